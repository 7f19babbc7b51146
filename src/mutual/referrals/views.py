from allauth.mfa.utils import is_mfa_enabled
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from mutual.core.forms import add_errors
from mutual.referrals import actions
from mutual.referrals.forms import ApplicationForm, DecisionForm
from mutual.referrals.models import Professional
from mutual.referrals.permissions import can_review_professionals, professional_of
from mutual.referrals.queries import professionals_to_review


@login_required
@require_http_methods(["GET", "POST"])
def professional_apply(request: HttpRequest) -> HttpResponse:
    current = professional_of(request.user)
    form = ApplicationForm(request.POST or None, instance=current)
    if request.method == "POST" and form.is_valid():
        try:
            actions.apply_as_professional(user=request.user, data=form.cleaned_data)
        except ValidationError as invalid:
            add_errors(form, invalid)
        else:
            messages.success(request, _("Thank you. Staff will review your application."))
            return redirect("professional-status")
    return render(request, "referrals/professional_apply.html",
                  {"form": form, "current": current})


@login_required
def professional_status(request: HttpRequest) -> HttpResponse:
    return render(request, "referrals/professional_status.html", {
        "professional": professional_of(request.user),
        "two_factor": is_mfa_enabled(request.user),
    })


def _staff_only(request: HttpRequest) -> None:
    if not can_review_professionals(request.user):
        raise PermissionDenied(_("Only Mutual's staff review professionals."))


@login_required
def professional_review_list(request: HttpRequest) -> HttpResponse:
    _staff_only(request)
    pending, reviewed = professionals_to_review()
    return render(request, "referrals/professional_review_list.html",
                  {"pending": pending, "reviewed": reviewed})


@login_required
@require_http_methods(["GET", "POST"])
def professional_review(request: HttpRequest, pk: int) -> HttpResponse:
    _staff_only(request)
    professional = get_object_or_404(Professional.objects.select_related("user"), pk=pk)
    form = DecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            if form.cleaned_data["decision"] == "verify":
                actions.verify_professional(actor=request.user, professional=professional,
                                            until=form.cleaned_data["until"])
            else:
                actions.decline_professional(actor=request.user, professional=professional,
                                             reason=form.cleaned_data["reason"])
        except ValidationError as invalid:
            add_errors(form, invalid)
        else:
            messages.success(request, _("Your decision was recorded and the person told."))
            return redirect("professional-review-list")
    return render(request, "referrals/professional_review.html",
                  {"professional": professional, "form": form})
