"""The page where a steward states who holds power in their organization."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from mutual.core.forms import add_errors
from mutual.organizations.actions import state_governance
from mutual.organizations.classification import KINDS, classify
from mutual.organizations.forms import GovernanceForm
from mutual.organizations.models import Organization
from mutual.organizations.permissions import can_describe_organization
from mutual.organizations.queries import current_governance


@require_http_methods(["GET", "POST"])
def organization_governance(request: HttpRequest, slug: str) -> HttpResponse:
    """Who directs, staffs and governs the organization, stated from a day on."""
    organization = get_object_or_404(Organization, slug=slug)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    # The organization's page is public, so others are told no rather than shown nothing.
    if not can_describe_organization(request.user, organization):
        raise PermissionDenied(_("Only this organization's stewards can describe it."))
    current = current_governance(organization)
    form = GovernanceForm.for_profile(current, request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                state_governance(actor=request.user, organization=organization,
                                 data=form.governance_data(),
                                 effective_from=form.cleaned_data["effective_from"])
            except ValidationError as error:
                add_errors(form, error)
            else:
                messages.success(request, _(
                    "The governance profile is saved. The page now says: %(kind)s.")
                    % {"kind": KINDS[organization.governance_kind]})
                return redirect(organization)
    return render(request, "organizations/governance.html", {
        "organization": organization,
        "form": form,
        "classification": classify(current),
        "governance": current,
    }, status=status)
