from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from mutual.groups.models import Group
from mutual.organizations.classification import classify
from mutual.organizations.models import Organization
from mutual.organizations.queries import current_governance
from mutual.services.serializers import LocationSerializer


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


class ServiceRefSerializer(serializers.Serializer):
    id = serializers.UUIDField(help_text="The service's stable id, for /api/v1/services/<id>/.")
    name = serializers.CharField()
    url = serializers.CharField(help_text="The service's page.")
    status = serializers.CharField(help_text="active or temporarily closed")


class CriterionSerializer(serializers.Serializer):
    key = serializers.CharField(help_text="directed, staffed, board or hire_fire")
    met = serializers.BooleanField(allow_null=True)
    reason = serializers.CharField()


class ClassificationSerializer(serializers.Serializer):
    # A plain string in the schema: other components name their own "kind" choices.
    kind = serializers.CharField(
        help_text="mutual_assistance, partnership, professionally_led or unknown")
    label = serializers.CharField()
    criteria = CriterionSerializer(many=True)


class OrganizationDetailSerializer(OrganizationSerializer):
    groups = serializers.SerializerMethodField()
    classification = serializers.SerializerMethodField()
    # A plain string in the schema: other components may name their own choices alike.
    legal_status = serializers.CharField(
        read_only=True, help_text="nonprofit, charity, cooperative, informal, public_body, "
                                  "company, other, or empty when not stated")
    languages = serializers.SlugRelatedField(
        many=True, read_only=True, slug_field="code", help_text="ISO 639-1 codes.")
    parent = serializers.SlugRelatedField(
        read_only=True, slug_field="slug",
        help_text="The slug of the organization this one is a chapter of.")
    chapters = serializers.SlugRelatedField(
        many=True, read_only=True, slug_field="slug", help_text="The slugs of its chapters.")
    verified = serializers.SerializerMethodField()
    services = serializers.SerializerMethodField()
    locations = LocationSerializer(
        many=True, read_only=True, source="shown_locations",
        help_text="Its places, each with its opening hours.")

    class Meta(OrganizationSerializer.Meta):
        fields = [*OrganizationSerializer.Meta.fields, "mission", "legal_status", "languages",
                  "parent", "chapters", "verified", "groups", "classification", "services",
                  "locations"]

    @extend_schema_field(ServiceRefSerializer(many=True))
    def get_services(self, organization: Organization) -> list[dict[str, Any]]:
        """What it offers now: inactive and defunct services are left out."""
        request = self.context.get("request")
        return [
            {"id": service.hsds_id, "name": service.name, "status": service.status,
             "url": request.build_absolute_uri(service.get_absolute_url())
             if request is not None else service.get_absolute_url()}
            for service in organization.shown_services
        ]

    @extend_schema_field(serializers.BooleanField(
        help_text="Whether Mutual's staff checked the organization's documents."))
    def get_verified(self, organization: Organization) -> bool:
        return organization.verified_at is not None

    @extend_schema_field(ClassificationSerializer)
    def get_classification(self, organization: Organization) -> dict[str, Any]:
        return classify(current_governance(organization)).as_dict()

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
