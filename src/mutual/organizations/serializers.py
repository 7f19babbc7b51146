from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from mutual.groups.models import Group
from mutual.organizations.models import Organization


class OrganizationSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField()
    place = serializers.SerializerMethodField()
    group_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Organization
        fields = ["slug", "name", "url", "description", "website", "founded_year", "place",
                  "group_count"]

    def get_url(self, organization: Organization) -> str:
        request = self.context.get("request")
        path = organization.get_absolute_url()
        return request.build_absolute_uri(path) if request is not None else path

    @extend_schema_field(serializers.DictField(allow_null=True))
    def get_place(self, organization: Organization) -> dict[str, Any] | None:
        place = organization.place
        if place is None:
            return None
        return {"city": place.locality, "region": place.region, "country": place.country.code}


class GroupRefSerializer(serializers.Serializer):
    slug = serializers.CharField()
    name = serializers.CharField()
    led_by = serializers.CharField(allow_null=True)
    format = serializers.CharField(allow_null=True)


class OrganizationDetailSerializer(OrganizationSerializer):
    groups = serializers.SerializerMethodField()

    class Meta(OrganizationSerializer.Meta):
        fields = [*OrganizationSerializer.Meta.fields, "groups"]

    @extend_schema_field(GroupRefSerializer(many=True))
    def get_groups(self, organization: Organization) -> list[dict[str, Any]]:
        # A listed group shows only its name, here as everywhere.
        return [
            {
                "slug": group.slug,
                "name": group.name,
                "led_by": None if group.visibility == Group.Visibility.LISTED else group.led_by,
                "format": None if group.visibility == Group.Visibility.LISTED else group.format,
            }
            for group in organization.shown_groups
        ]
