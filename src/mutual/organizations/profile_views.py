"""The page where stewards change what the organization's page says about it."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from mutual.core.forms import add_errors
from mutual.organizations.actions import update_organization, verify_organization
from mutual.organizations.forms import OrganizationProfileForm
from mutual.organizations.models import Organization
from mutual.organizations.permissions import can_describe_organization


@require_http_methods(["GET", "POST"])
def organization_edit(request: HttpRequest, slug: str) -> HttpResponse:
    organization = get_object_or_404(Organization, slug=slug)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    # The organization's page is public, so others are told no rather than shown nothing.
    if not can_describe_organization(request.user, organization):
        raise PermissionDenied(_("Only this organization's stewards can describe it."))
    is_staff = request.user.is_staff
    form = OrganizationProfileForm(request.POST if request.method == "POST" else None,
                                   instance=organization)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                update_organization(actor=request.user, organization=organization,
                                    data=form.profile_data())
                if is_staff:
                    verify_organization(actor=request.user, organization=organization,
                                        verified=request.POST.get("verified") == "on")
            except ValidationError as error:
                add_errors(form, error)
            else:
                messages.success(request, _("The organization's page is saved."))
                return redirect(organization)
    verified = (request.POST.get("verified") == "on" if request.method == "POST"
                else organization.verified_at is not None)
    return render(request, "organizations/edit.html", {
        "organization": organization, "form": form, "is_staff": is_staff,
        "verified": verified,
    }, status=status)
