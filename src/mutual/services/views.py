"""A service's public page, the services search, and the pages where an organization's
stewards keep its services, locations and opening hours true."""

from typing import Any

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.forms import Form
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from mutual.organizations.models import Organization
from mutual.organizations.permissions import can_describe_organization
from mutual.referrals.permissions import answering
from mutual.services import actions
from mutual.services.forms import (
    LocationForm,
    ServiceForm,
    ServiceSearchForm,
    hours_formset,
    hours_rows,
)
from mutual.services.models import Location, Service
from mutual.services.queries import (
    locations_of,
    ranked_services,
    service_for_page,
    services_for_results,
    services_of,
)

PAGE_SIZE = 20


@require_GET
def service_search(request: HttpRequest) -> HttpResponse:
    form = ServiceSearchForm(request.GET)
    if not form.is_valid():
        return render(request, "services/search.html", {"form": form}, status=400)
    criteria = form.criteria()
    page = Paginator(ranked_services(criteria, **form.filters()), PAGE_SIZE).get_page(
        request.GET.get("page"))
    asked = request.GET.copy()
    asked.pop("page", None)
    return render(request, "services/search.html", {
        "form": form, "criteria": criteria, "page": page,
        "results": services_for_results(page.object_list), "query": asked.urlencode(),
    })


@require_GET
def service_detail(request: HttpRequest, slug: str, service_slug: str) -> HttpResponse:
    service = service_for_page(slug, service_slug)
    if service is None:
        raise Http404(_("No service here."))
    return render(request, "services/detail.html", {
        "service": service, "organization": service.organization,
        "can_describe": can_describe_organization(request.user, service.organization),
        # Whether anyone answers a request to be contacted (the organization's stewards).
        "answered": bool(answering(None, service)),
    })


def _stewarded(request: HttpRequest, slug: str) -> Organization | HttpResponse:
    """The organization if the viewer may describe it; a sign-in page or a refusal if not."""
    organization = get_object_or_404(Organization, slug=slug)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not can_describe_organization(request.user, organization):
        raise PermissionDenied(_("Only this organization's stewards can describe it."))
    return organization


def _show(error: ValidationError, form: Form, hours: Any = None) -> None:
    """An action's refusal beside the field a person can fix."""
    by_field = error.error_dict if hasattr(error, "error_dict") else {None: error.error_list}
    for name, errors in by_field.items():
        if name == "hours" and hours is not None:
            hours._non_form_errors = hours.error_class(
                [message for item in errors for message in item.messages])
        else:
            form.add_error(name if name in form.fields else None, errors)


@require_http_methods(["GET", "HEAD"])
def service_manage(request: HttpRequest, slug: str) -> HttpResponse:
    organization = _stewarded(request, slug)
    if isinstance(organization, HttpResponse):
        return organization
    return render(request, "services/manage.html", {
        "organization": organization, "services": services_of(organization),
    })


def _service_form(request: HttpRequest, organization: Organization,
                  service: Service | None) -> HttpResponse:
    data = request.POST if request.method == "POST" else None
    form = ServiceForm(data, instance=service, organization=organization,
                       initial=None if service is None else {
                           "locations": list(service.locations.values_list("pk", flat=True))})
    hours = hours_formset(list(service.schedules.all()) if service else [], data)
    if request.method == "POST" and form.is_valid() and hours.is_valid():
        try:
            with transaction.atomic():
                if service is None:
                    saved = actions.create_service(actor=request.user, organization=organization,
                                                   data=form.service_data())
                else:
                    saved = actions.update_service(actor=request.user, service=service,
                                                   data=form.service_data())
                actions.set_hours(actor=request.user, owner=saved, rows=hours_rows(hours))
        except ValidationError as error:
            _show(error, form, hours)
        else:
            messages.success(request, _("The service is saved."))
            return redirect(saved.get_absolute_url())
    failed = request.method == "POST"
    return render(request, "services/edit.html", {
        "organization": organization, "service": service, "form": form, "hours": hours,
    }, status=400 if failed else 200)


@require_http_methods(["GET", "POST"])
def service_create(request: HttpRequest, slug: str) -> HttpResponse:
    organization = _stewarded(request, slug)
    if isinstance(organization, HttpResponse):
        return organization
    return _service_form(request, organization, None)


@require_http_methods(["GET", "POST"])
def service_edit(request: HttpRequest, slug: str, service_slug: str) -> HttpResponse:
    organization = _stewarded(request, slug)
    if isinstance(organization, HttpResponse):
        return organization
    service = get_object_or_404(Service, organization=organization, slug=service_slug)
    return _service_form(request, organization, service)


@require_http_methods(["GET", "POST"])
def service_delete(request: HttpRequest, slug: str, service_slug: str) -> HttpResponse:
    organization = _stewarded(request, slug)
    if isinstance(organization, HttpResponse):
        return organization
    service = get_object_or_404(Service, organization=organization, slug=service_slug)
    if request.method == "POST":
        actions.delete_service(actor=request.user, service=service)
        messages.success(request, _("“%(name)s” is removed.") % {"name": service.name})
        return redirect("service-manage", organization.slug)
    return render(request, "services/confirm_delete.html", {
        "organization": organization, "thing": service,
        "back": reverse("service-edit", args=[organization.slug, service.slug]),
    })


@require_http_methods(["GET", "HEAD"])
def location_list(request: HttpRequest, slug: str) -> HttpResponse:
    organization = _stewarded(request, slug)
    if isinstance(organization, HttpResponse):
        return organization
    return render(request, "services/locations.html", {
        "organization": organization, "locations": locations_of(organization),
    })


def _location_form(request: HttpRequest, organization: Organization,
                   location: Location | None) -> HttpResponse:
    data = request.POST if request.method == "POST" else None
    form = LocationForm.for_location(location, data)
    hours = hours_formset(list(location.schedules.all()) if location else [], data)
    if request.method == "POST" and form.is_valid() and hours.is_valid():
        try:
            with transaction.atomic():
                if location is None:
                    saved = actions.create_location(
                        actor=request.user, organization=organization,
                        address=form.address(), data=form.location_data())
                else:
                    saved = actions.update_location(
                        actor=request.user, location=location, address=form.address(),
                        data=form.location_data())
                actions.set_hours(actor=request.user, owner=saved, rows=hours_rows(hours))
        except ValidationError as error:
            _show(error, form, hours)
        else:
            messages.success(request, _("The location is saved."))
            return redirect("location-list", organization.slug)
    return render(request, "services/location_edit.html", {
        "organization": organization, "location": location, "form": form, "hours": hours,
    }, status=400 if request.method == "POST" else 200)


@require_http_methods(["GET", "POST"])
def location_create(request: HttpRequest, slug: str) -> HttpResponse:
    organization = _stewarded(request, slug)
    if isinstance(organization, HttpResponse):
        return organization
    return _location_form(request, organization, None)


@require_http_methods(["GET", "POST"])
def location_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    organization = _stewarded(request, slug)
    if isinstance(organization, HttpResponse):
        return organization
    location = get_object_or_404(
        Location.objects.select_related("place", "organization"),
        organization=organization, pk=pk)
    return _location_form(request, organization, location)


@require_http_methods(["GET", "POST"])
def location_delete(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    organization = _stewarded(request, slug)
    if isinstance(organization, HttpResponse):
        return organization
    location = get_object_or_404(
        Location.objects.select_related("place", "organization"),
        organization=organization, pk=pk)
    if request.method == "POST":
        actions.delete_location(actor=request.user, location=location)
        messages.success(request, _("“%(name)s” is removed.") % {"name": str(location)})
        return redirect("location-list", organization.slug)
    return render(request, "services/confirm_delete.html", {
        "organization": organization, "thing": location,
        "back": reverse("location-edit", args=[organization.slug, location.pk]),
    })
