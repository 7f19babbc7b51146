"""Services, locations and opening hours in the API: read by everyone, written by the
organization's stewards and staff through the same actions as the pages."""

from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, generics, status
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from mutual.groups.api import DIRECTORY_PARAMETERS
from mutual.organizations.governance_api import ERROR, SLUG, StewardsWrite
from mutual.organizations.models import Organization
from mutual.organizations.permissions import can_describe_organization
from mutual.organizations.profile_api import as_api_error
from mutual.services import actions
from mutual.services.forms import ServiceQuery
from mutual.services.models import Location, Service
from mutual.services.queries import (
    location_by_hsds_id,
    locations_of,
    ranked_services,
    service_by_hsds_id,
    services_for_results,
    services_of,
)
from mutual.services.serializers import (
    HoursLineSerializer,
    LocationChangeSerializer,
    LocationSerializer,
    ServiceChangeSerializer,
    ServiceDetailSerializer,
    ServiceSerializer,
)

TAGS = ["services"]
SEARCH_PARAMETERS = [
    *[parameter for parameter in DIRECTORY_PARAMETERS
      if parameter.name not in ("format", "led_by", "audience", "governance", "page")],
    OpenApiParameter(
        "governance", str, enum=["mutual_assistance", "partnership", "professionally_led"],
        description="Only services of an organization of this kind."),
    OpenApiParameter("fee", str, enum=Service.Fee.values, description="Only at this cost."),
    OpenApiParameter("capacity", str, enum=Service.Capacity.values,
                     description="Only services in this state of taking people."),
    OpenApiParameter("page", OpenApiTypes.INT),
]
HSDS_ID = OpenApiParameter("hsds_id", OpenApiTypes.UUID, OpenApiParameter.PATH,
                           description="The service's or location's stable id.")


def _parse_search(request: Request) -> ServiceQuery:
    form = ServiceQuery(request.query_params)
    if not form.is_valid():
        raise exceptions.ValidationError(
            {name: list(errors) for name, errors in form.errors.items()})
    return form


def _steward_check(request: Request, organization: Organization) -> None:
    if not can_describe_organization(request.user, organization):
        raise exceptions.PermissionDenied(_("Only this organization's stewards can describe it."))


def _rows(lines: list[dict[str, Any]]) -> list[Any]:
    return [HoursLineSerializer.row(line) for line in lines]


class ServiceListAPI(generics.ListAPIView):
    """Services that match the directory's filters, nearest first, then by name."""

    serializer_class = ServiceSerializer

    def get_queryset(self) -> Any:
        form = _parse_search(self.request)
        return ranked_services(form.criteria(), **form.filters())

    def paginate_queryset(self, queryset: Any) -> Any:
        page = super().paginate_queryset(queryset)
        return None if page is None else services_for_results(page)

    @extend_schema(tags=TAGS, parameters=SEARCH_PARAMETERS)
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return self.list(request, *args, **kwargs)


def _write_service(request: Request, organization: Organization, service: Service | None,
                   given: ServiceChangeSerializer) -> Service:
    data = dict(given.validated_data)
    hours = data.pop("hours", None)
    try:
        with transaction.atomic():
            if service is None:
                service = actions.create_service(
                    actor=request.user, organization=organization, data=data)
            else:
                service = actions.update_service(actor=request.user, service=service, data=data)
            if hours is not None:
                actions.set_hours(actor=request.user, owner=service, rows=_rows(hours))
    except DjangoValidationError as invalid:
        raise as_api_error(invalid) from invalid
    return service


class OrganizationServicesAPI(APIView):
    permission_classes = [StewardsWrite]

    @extend_schema(operation_id="organization_services_list", tags=TAGS, parameters=[SLUG],
                   responses={200: ServiceSerializer(many=True), 404: ERROR},
                   description="Every service of the organization, whatever its status.")
    def get(self, request: Request, slug: str) -> Response:
        organization = get_object_or_404(Organization, slug=slug)
        services = services_of(organization).select_related("organization").prefetch_related(
            "concerns")
        return Response(ServiceSerializer(services, many=True,
                                          context={"request": request}).data)

    @extend_schema(
        operation_id="organization_services_create", tags=TAGS, parameters=[SLUG],
        request=ServiceChangeSerializer,
        responses={201: ServiceDetailSerializer, 400: ERROR, 401: ERROR, 403: ERROR,
                   404: ERROR},
        description="Add a service (stewards and staff only); its slug comes from its name.",
    )
    def post(self, request: Request, slug: str) -> Response:
        organization = get_object_or_404(Organization, slug=slug)
        _steward_check(request, organization)
        given = ServiceChangeSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        service = _write_service(request, organization, None, given)
        return Response(
            ServiceDetailSerializer(service_by_hsds_id(service.hsds_id),
                                    context={"request": request}).data,
            status=status.HTTP_201_CREATED)


class ServiceDetailAPI(APIView):
    permission_classes = [StewardsWrite]

    def _service(self, hsds_id: Any) -> Service:
        service = service_by_hsds_id(hsds_id)
        if service is None:
            raise NotFound()
        return service

    @extend_schema(operation_id="service_retrieve", tags=TAGS, parameters=[HSDS_ID],
                   responses={200: ServiceDetailSerializer, 404: ERROR})
    def get(self, request: Request, hsds_id: Any) -> Response:
        return Response(ServiceDetailSerializer(self._service(hsds_id),
                                                context={"request": request}).data)

    @extend_schema(
        operation_id="service_update", tags=TAGS, parameters=[HSDS_ID],
        request=ServiceChangeSerializer,
        responses={200: ServiceDetailSerializer, 400: ERROR, 401: ERROR, 403: ERROR,
                   404: ERROR},
        description="Change a service (stewards and staff only); fields left out stay as "
                    "they are, and `hours`, when given, replaces all its opening hours.",
    )
    def patch(self, request: Request, hsds_id: Any) -> Response:
        service = self._service(hsds_id)
        _steward_check(request, service.organization)
        given = ServiceChangeSerializer(data=request.data, partial=True)
        given.is_valid(raise_exception=True)
        _write_service(request, service.organization, service, given)
        return Response(ServiceDetailSerializer(self._service(hsds_id),
                                                context={"request": request}).data)

    @extend_schema(operation_id="service_destroy", tags=TAGS, parameters=[HSDS_ID],
                   responses={204: None, 401: ERROR, 403: ERROR, 404: ERROR})
    def delete(self, request: Request, hsds_id: Any) -> Response:
        service = self._service(hsds_id)
        _steward_check(request, service.organization)
        actions.delete_service(actor=request.user, service=service)
        return Response(status=status.HTTP_204_NO_CONTENT)


def _write_location(request: Request, organization: Organization, location: Location | None,
                    given: LocationChangeSerializer) -> Location:
    hours = given.validated_data.get("hours")
    try:
        with transaction.atomic():
            if location is None:
                location = actions.create_location(
                    actor=request.user, organization=organization,
                    address=given.address() or {}, data=given.details())
            else:
                location = actions.update_location(
                    actor=request.user, location=location, address=given.address(),
                    data=given.details())
            if hours is not None:
                actions.set_hours(actor=request.user, owner=location, rows=_rows(hours))
    except DjangoValidationError as invalid:
        raise as_api_error(invalid) from invalid
    return location


class OrganizationLocationsAPI(APIView):
    permission_classes = [StewardsWrite]

    @extend_schema(operation_id="organization_locations_list", tags=TAGS, parameters=[SLUG],
                   responses={200: LocationSerializer(many=True), 404: ERROR})
    def get(self, request: Request, slug: str) -> Response:
        organization = get_object_or_404(Organization, slug=slug)
        return Response(LocationSerializer(locations_of(organization), many=True).data)

    @extend_schema(
        operation_id="organization_locations_create", tags=TAGS, parameters=[SLUG],
        request=LocationChangeSerializer,
        responses={201: LocationSerializer, 400: ERROR, 401: ERROR, 403: ERROR, 404: ERROR},
        description="Add a place of the organization's, located from its address, with its "
                    "opening hours (stewards and staff only).",
    )
    def post(self, request: Request, slug: str) -> Response:
        organization = get_object_or_404(Organization, slug=slug)
        _steward_check(request, organization)
        given = LocationChangeSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        location = _write_location(request, organization, None, given)
        return Response(LocationSerializer(location_by_hsds_id(location.hsds_id)).data,
                        status=status.HTTP_201_CREATED)


class LocationDetailAPI(APIView):
    permission_classes = [StewardsWrite]

    def _location(self, hsds_id: Any) -> Location:
        location = location_by_hsds_id(hsds_id)
        if location is None:
            raise NotFound()
        return location

    @extend_schema(operation_id="location_retrieve", tags=TAGS, parameters=[HSDS_ID],
                   responses={200: LocationSerializer, 404: ERROR})
    def get(self, request: Request, hsds_id: Any) -> Response:
        return Response(LocationSerializer(self._location(hsds_id)).data)

    @extend_schema(
        operation_id="location_update", tags=TAGS, parameters=[HSDS_ID],
        request=LocationChangeSerializer,
        responses={200: LocationSerializer, 400: ERROR, 401: ERROR, 403: ERROR, 404: ERROR},
        description="Change a location (stewards and staff only); a changed address is "
                    "located anew, and `hours`, when given, replaces all its opening hours.",
    )
    def patch(self, request: Request, hsds_id: Any) -> Response:
        location = self._location(hsds_id)
        _steward_check(request, location.organization)
        given = LocationChangeSerializer(data=request.data, partial=True)
        given.is_valid(raise_exception=True)
        _write_location(request, location.organization, location, given)
        return Response(LocationSerializer(self._location(hsds_id)).data)

    @extend_schema(operation_id="location_destroy", tags=TAGS, parameters=[HSDS_ID],
                   responses={204: None, 401: ERROR, 403: ERROR, 404: ERROR})
    def delete(self, request: Request, hsds_id: Any) -> Response:
        location = self._location(hsds_id)
        _steward_check(request, location.organization)
        actions.delete_location(actor=request.user, location=location)
        return Response(status=status.HTTP_204_NO_CONTENT)
