from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from mutual.core.http import client_address
from mutual.core.ratelimit import RateLimited
from mutual.organizations.contact_actions import send_contact_message
from mutual.organizations.contact_forms import ContactForm
from mutual.organizations.models import Organization


@require_http_methods(["GET", "POST"])
def organization_contact(request: HttpRequest, slug: str) -> HttpResponse:
    """Anyone writes to an organization; the message goes to its private address."""
    organization = get_object_or_404(Organization, slug=slug)
    if not organization.contact_email:
        return render(request, "organizations/contact.html",
                      {"organization": organization, "form": None})
    initial = {"email": request.user.email} if request.user.is_authenticated else {}
    form = ContactForm(request.POST if request.method == "POST" else None, initial=initial)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            sent = _("Your message is on its way to %(name)s. They answer by email.") % {
                "name": organization.name}
            if form.cleaned_data["website"]:
                messages.success(request, sent)
                return redirect(organization)
            try:
                send_contact_message(
                    actor=request.user, organization=organization,
                    sender_email=form.cleaned_data["email"],
                    sender_name=form.cleaned_data["name"],
                    message=form.cleaned_data["message"], client=client_address(request),
                )
            except RateLimited as limited:
                form.add_error(None, limited.message)
                status = 429
            except ValidationError as invalid:
                form.add_error(None, invalid)
            else:
                messages.success(request, sent)
                return redirect(organization)
    return render(request, "organizations/contact.html",
                  {"organization": organization, "form": form}, status=status)
