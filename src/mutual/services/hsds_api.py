"""A read-only API in the shape of HSDS 3.0's OpenAPI description: its root, pages of
services, organizations and services at locations, and each of them whole."""

import math
import uuid
from collections.abc import Callable
from typing import Any

from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import NotFound
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from mutual.organizations.models import Organization
from mutual.services import hsds

PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
PROFILE_URL = "https://docs.openreferral.org/en/latest/hsds/"

PAGE_PARAMETERS = [
    OpenApiParameter("page", int, description="Page number, from 1."),
    OpenApiParameter("per_page", int,
                     description=f"Results on a page, 1 to {MAX_PAGE_SIZE} ({PAGE_SIZE} "
                                 "unless given)."),
]
ORGANIZATION_PARAMETER = OpenApiParameter(
    "organization_id", str, description="Only what this organization (its HSDS id) offers.")


class PageQuery(serializers.Serializer):
    page = serializers.IntegerField(min_value=1, required=False, default=1)
    per_page = serializers.IntegerField(
        min_value=1, max_value=MAX_PAGE_SIZE, required=False, default=PAGE_SIZE)
    organization_id = serializers.UUIDField(required=False)


def hsds_page(request: Request, queryset: QuerySet, item: Callable[[Any], dict]) -> Response:
    """One page in HSDS's shape: total_items … empty, and the objects in `contents`.
    A page past the last is empty rather than an error, as the shape allows."""
    query = PageQuery(data=request.query_params)
    query.is_valid(raise_exception=True)
    number, size = query.validated_data["page"], query.validated_data["per_page"]
    total = queryset.count()
    start = (number - 1) * size
    contents = [item(row) for row in queryset[start:start + size]] if start < total else []
    pages = max(1, math.ceil(total / size))
    return Response({
        "total_items": total,
        "total_pages": pages,
        "page_number": number,
        "size": len(contents),
        "first_page": number == 1,
        "last_page": number >= pages,
        "empty": not contents,
        "contents": contents,
    })


def _uuid(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError as error:
        raise NotFound() from error


def _organization_filter(request: Request) -> Organization | None:
    given = request.query_params.get("organization_id")
    if not given:
        return None
    organization = hsds.organization_by_id(str(_uuid(given)))
    if organization is None:
        raise NotFound()
    return organization


class HSDSView(APIView):
    permission_classes = [AllowAny]


class RootAPI(HSDSView):
    @extend_schema(operation_id="hsds_root", responses=OpenApiTypes.OBJECT,
                   description="About this API and the HSDS version it speaks.")
    def get(self, request: Request) -> Response:
        return Response({
            "version": "3.0.0",
            "profile": PROFILE_URL,
            "openapi_url": request.build_absolute_uri(reverse("api-schema")),
        })


class ServiceListAPI(HSDSView):
    @extend_schema(operation_id="hsds_services_list",
                   parameters=[*PAGE_PARAMETERS, ORGANIZATION_PARAMETER],
                   responses=OpenApiTypes.OBJECT,
                   description="A page of services with their one-to-one fields and their "
                               "organization's, as HSDS 3.0 lists them.")
    def get(self, request: Request) -> Response:
        services = hsds.public_services().select_related("organization__parent")
        organization = _organization_filter(request)
        if organization is not None:
            services = services.filter(organization=organization)
        return hsds_page(request, services.order_by("hsds_id"), hsds.service_list_item)


class ServiceDetailAPI(HSDSView):
    @extend_schema(operation_id="hsds_services_retrieve", responses=OpenApiTypes.OBJECT,
                   description="A service with its schedules, languages, phones, places "
                               "(service at location, each location whole) and organization.")
    def get(self, request: Request, hsds_id: str) -> Response:
        service = hsds.full_services().filter(hsds_id=_uuid(hsds_id)).first()
        if service is None:
            raise NotFound()
        on = timezone.localdate()
        locations = {
            str(link.hsds_id): link.location
            for link in hsds.full_service_at_locations().filter(service=service)
        }
        body = hsds.service_full(service, on=on)
        for link in body.get("service_at_locations", []):
            link["location"] = hsds.location_full(locations[link["id"]], on=on)
        body["organization"] = hsds.organization_fields(service.organization)
        return Response(body)


class OrganizationListAPI(HSDSView):
    @extend_schema(operation_id="hsds_organizations_list", parameters=PAGE_PARAMETERS,
                   responses=OpenApiTypes.OBJECT,
                   description="A page of organizations (one-to-one fields), by name.")
    def get(self, request: Request) -> Response:
        organizations = Organization.objects.select_related("parent").order_by("name", "pk")
        return hsds_page(request, organizations, hsds.organization_fields)


class OrganizationDetailAPI(HSDSView):
    @extend_schema(operation_id="hsds_organizations_retrieve", responses=OpenApiTypes.OBJECT,
                   description="An organization with its phones, locations and public "
                               "services, each whole.")
    def get(self, request: Request, hsds_id: str) -> Response:
        organization = hsds.organization_by_id(str(_uuid(hsds_id)))
        if organization is None:
            raise NotFound()
        [body] = hsds.organizations_full(
            Organization.objects.filter(pk=organization.pk), on=timezone.localdate())
        return Response(body)


class ServiceAtLocationListAPI(HSDSView):
    @extend_schema(operation_id="hsds_service_at_locations_list",
                   parameters=[*PAGE_PARAMETERS, ORGANIZATION_PARAMETER],
                   responses=OpenApiTypes.OBJECT,
                   description="A page of services at locations, each with its service and "
                               "location.")
    def get(self, request: Request) -> Response:
        links = hsds.full_service_at_locations().prefetch_related(None)
        organization = _organization_filter(request)
        if organization is not None:
            links = links.filter(service__organization=organization)
        return hsds_page(request, links.order_by("hsds_id"), hsds.service_at_location_list_item)


class ServiceAtLocationDetailAPI(HSDSView):
    @extend_schema(operation_id="hsds_service_at_locations_retrieve", responses=OpenApiTypes.OBJECT,
                   description="A service at a location with its schedules, the service and "
                               "the location whole.")
    def get(self, request: Request, hsds_id: str) -> Response:
        link = hsds.full_service_at_locations().filter(hsds_id=_uuid(hsds_id)).first()
        if link is None:
            raise NotFound()
        return Response(hsds.service_at_location_full(link, on=timezone.localdate()))
