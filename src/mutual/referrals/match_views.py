"""The matching page: a helping professional enters a client's needs and sees what fits."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from mutual.referrals.match_forms import ClientNeedsForm
from mutual.referrals.matching import match
from mutual.referrals.permissions import can_send_referrals, professional_of, uses_two_factor

# The needs form's fields: any of them in the address means a search was asked for.
NEEDS_FIELDS = list(ClientNeedsForm.base_fields)


@login_required
@require_GET
def referral_match(request: HttpRequest) -> HttpResponse:
    if not can_send_referrals(request.user):
        professional = professional_of(request.user)
        return render(request, "referrals/match_forbidden.html", {
            "professional": professional,
            "needs_two_factor": professional is not None and professional.is_verified
            and not uses_two_factor(request.user),
        }, status=403)
    asked = any(name in request.GET for name in NEEDS_FIELDS)
    form = ClientNeedsForm(request.GET if asked else None)
    matches = None
    if asked and form.is_valid():
        matches = match(form.needs(time_zone=request.user.time_zone or "UTC"))
    return render(request, "referrals/match.html", {"form": form, "matches": matches})
