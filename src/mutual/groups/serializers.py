"""How groups look in the API; the same shapes feed the directory pages."""

from typing import Any

from django.urls import reverse
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from mutual.groups.models import Group
from mutual.groups.permissions import can_view_exact_address, can_view_group_details
from mutual.places.geo import ROUNDED_DECIMALS
from mutual.places.models import Place


class PlaceSerializer(serializers.Serializer):
    city = serializers.CharField()
    region = serializers.CharField()
    country = serializers.CharField()
    latitude = serializers.FloatField()
    longitude = serializers.FloatField()
    approximate = serializers.BooleanField()
    street = serializers.CharField(required=False)
    postal_code = serializers.CharField(required=False)
    time_zone = serializers.CharField()


def place_for(group: Group, user: Any) -> dict[str, Any] | None:
    """A group's place as the viewer may see it: rounded when approximate or kept private."""
    if group.place is None or group.format == Group.Format.ONLINE:
        return None
    return place_shown(group.place, group, user)


def place_shown(place: Place, group: Group, user: Any) -> dict[str, Any]:
    """A place of the group's (its own or one of its meetings') as the viewer may see it."""
    exact = can_view_exact_address(user, group)
    rounded = place.approximate or not exact
    data: dict[str, Any] = {
        "city": place.locality,
        "region": place.region,
        "country": place.country.code,
        "latitude": round(place.latitude, ROUNDED_DECIMALS) if rounded else place.latitude,
        "longitude": round(place.longitude, ROUNDED_DECIMALS) if rounded else place.longitude,
        "approximate": rounded,
        "time_zone": place.time_zone,
    }
    if exact and not place.approximate:
        data.update({"name": place.name, "street": place.street, "postal_code": place.postal_code})
    return data


class ConcernRefSerializer(serializers.Serializer):
    slug = serializers.CharField()
    name = serializers.CharField()


class OrganizationRefSerializer(serializers.Serializer):
    slug = serializers.CharField()
    name = serializers.CharField()
    url = serializers.CharField()


class GroupResultSerializer(serializers.Serializer):
    """One directory result. Listed groups show only their name and how to contact them."""

    slug = serializers.CharField()
    name = serializers.CharField()
    url = serializers.SerializerMethodField()
    visibility = serializers.CharField()
    status = serializers.CharField()
    description = serializers.CharField(required=False)
    concerns = ConcernRefSerializer(many=True, required=False)
    led_by = serializers.CharField(required=False, allow_null=True)
    audience = serializers.CharField(required=False)
    format = serializers.CharField(required=False, allow_null=True)
    online = serializers.BooleanField(required=False)
    languages = serializers.ListField(child=serializers.CharField(), required=False)
    distance_km = serializers.FloatField(allow_null=True)
    place = serializers.SerializerMethodField()
    organization = serializers.SerializerMethodField()
    organization_classification = serializers.SerializerMethodField()
    contact_url = serializers.SerializerMethodField()

    def _absolute(self, path: str) -> str:
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request is not None else path

    def get_url(self, group: Group) -> str:
        return self._absolute(group.get_absolute_url())

    def get_contact_url(self, group: Group) -> str:
        return self._absolute(reverse("group-contact", args=[group.slug]))

    @extend_schema_field(PlaceSerializer(allow_null=True))
    def get_place(self, group: Group) -> dict[str, Any] | None:
        return place_for(group, self.context.get("user"))

    @extend_schema_field(OrganizationRefSerializer(allow_null=True))
    def get_organization(self, group: Group) -> dict[str, Any] | None:
        organization = group.organization
        if organization is None:
            return None
        return {
            "slug": organization.slug,
            "name": organization.name,
            "url": self._absolute(organization.get_absolute_url()),
        }

    @extend_schema_field(serializers.CharField(
        allow_null=True,
        help_text="The running organization's kind: mutual_assistance, partnership, "
        "professionally_led or unknown; null when no organization runs the group."))
    def get_organization_classification(self, group: Group) -> str | None:
        organization = group.organization
        return None if organization is None else organization.governance_kind

    def to_representation(self, group: Group) -> dict[str, Any]:
        user = self.context.get("user")
        distance = getattr(group, "distance_km", None)
        if not can_view_group_details(user, group):
            return {
                "slug": group.slug,
                "name": group.name,
                "url": self.get_url(group),
                "visibility": group.visibility,
                "status": group.status,
                "concerns": [],
                "led_by": None,
                "format": None,
                "online": False,
                "languages": [],
                "distance_km": None,
                "place": None,
                "organization": None,
                "organization_classification": None,
                "contact_url": self.get_contact_url(group),
            }
        return {
            "slug": group.slug,
            "name": group.name,
            "url": self.get_url(group),
            "visibility": group.visibility,
            "status": group.status,
            "description": group.description,
            "concerns": [{"slug": c.slug, "name": c.name} for c in group.concerns.all()],
            "led_by": group.led_by,
            "audience": group.audience,
            "format": group.format,
            "online": group.is_online,
            "languages": sorted(language.code for language in group.languages.all()),
            "distance_km": round(distance, 1) if distance is not None else None,
            "place": self.get_place(group),
            "organization": self.get_organization(group),
            "organization_classification": self.get_organization_classification(group),
            "contact_url": self.get_contact_url(group),
        }


class GroupDetailSerializer(GroupResultSerializer):
    website = serializers.URLField(required=False)
    founded_year = serializers.IntegerField(required=False, allow_null=True)
    open_meetings = serializers.BooleanField(required=False)

    def to_representation(self, group: Group) -> dict[str, Any]:
        data = super().to_representation(group)
        if "description" in data:
            data.update(
                {
                    "website": group.website,
                    "founded_year": group.founded_year,
                    "open_meetings": group.open_meetings,
                }
            )
        return data
