from typing import Any

from rest_framework import generics
from rest_framework.exceptions import NotFound

from mutual.organizations.models import Organization
from mutual.organizations.queries import organization_for_page, organizations_listing
from mutual.organizations.serializers import OrganizationDetailSerializer, OrganizationSerializer


class OrganizationListAPI(generics.ListAPIView):
    serializer_class = OrganizationSerializer

    def get_queryset(self) -> Any:
        return organizations_listing()


class OrganizationDetailAPI(generics.RetrieveAPIView):
    serializer_class = OrganizationDetailSerializer
    lookup_field = "slug"

    def get_object(self) -> Organization:
        organization = organization_for_page(self.kwargs["slug"])
        if organization is None:
            raise NotFound()
        organization.group_count = len(organization.shown_groups)
        return organization
