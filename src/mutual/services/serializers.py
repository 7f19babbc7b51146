"""How services, their locations and their opening hours look in the API, and what stewards
send to change them."""

from typing import Any

from django.urls import reverse
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from mutual.concerns.models import Concern
from mutual.core.models import Language
from mutual.groups.serializers import ConcernRefSerializer
from mutual.places.geo import ROUNDED_DECIMALS
from mutual.services.hours import HoursRow, describe_hours, problems
from mutual.services.models import Location, Schedule, Service

DAYS_HELP = "Days of the week, 0 = Sunday to 6 = Saturday."


def _absolute(context: dict[str, Any], path: str) -> str:
    request = context.get("request")
    return request.build_absolute_uri(path) if request is not None else path


class ScheduleSerializer(serializers.ModelSerializer):
    id = serializers.UUIDField(source="hsds_id", read_only=True)
    description = serializers.SerializerMethodField()

    class Meta:
        model = Schedule
        fields = ["id", "rrule", "starts_on", "ends_on", "opens_at", "closes_at", "time_zone",
                  "notes", "description"]

    def get_description(self, schedule: Schedule) -> str:
        """The hours in words, such as “Every Monday, Tuesday, 09:00 to 17:00”."""
        return describe_hours(schedule)


class AddressSerializer(serializers.Serializer):
    name = serializers.CharField()
    street = serializers.CharField(help_text="Empty when the place is only an area.")
    city = serializers.CharField()
    region = serializers.CharField()
    postal_code = serializers.CharField()
    country = serializers.CharField()
    latitude = serializers.FloatField()
    longitude = serializers.FloatField()
    approximate = serializers.BooleanField()
    time_zone = serializers.CharField()


class LocationSerializer(serializers.ModelSerializer):
    id = serializers.UUIDField(source="hsds_id", read_only=True)
    address = serializers.SerializerMethodField()
    schedules = ScheduleSerializer(many=True, read_only=True)

    class Meta:
        model = Location
        fields = ["id", "name", "description", "accessibility", "transportation", "position",
                  "address", "schedules"]

    @extend_schema_field(AddressSerializer)
    def get_address(self, location: Location) -> dict[str, Any]:
        # An approximate place is an area: no door, and coordinates to about a kilometre.
        place = location.place
        rounded = place.approximate
        return {
            "name": place.name, "street": "" if rounded else place.street,
            "city": place.locality, "region": place.region,
            "postal_code": "" if rounded else place.postal_code, "country": place.country.code,
            "latitude": round(place.latitude, ROUNDED_DECIMALS) if rounded else place.latitude,
            "longitude": round(place.longitude, ROUNDED_DECIMALS) if rounded
            else place.longitude,
            "approximate": rounded, "time_zone": place.time_zone,
        }


class ServiceOrganizationSerializer(serializers.Serializer):
    slug = serializers.CharField()
    name = serializers.CharField()
    url = serializers.CharField()
    governance = serializers.CharField(
        help_text="mutual_assistance, partnership, professionally_led or unknown")


class ServiceSerializer(serializers.ModelSerializer):
    """A service in search results and lists."""

    id = serializers.UUIDField(source="hsds_id", read_only=True)
    url = serializers.SerializerMethodField()
    api_url = serializers.SerializerMethodField()
    organization = serializers.SerializerMethodField()
    concerns = ConcernRefSerializer(many=True, read_only=True)
    languages = serializers.SlugRelatedField(
        many=True, read_only=True, slug_field="code", help_text="ISO 639-1 codes.")
    status = serializers.CharField(
        help_text="active, temporarily closed, inactive or defunct")
    fee = serializers.CharField(help_text="free, donation or fee")
    capacity = serializers.CharField(help_text="available, waitlist or full")
    distance_km = serializers.SerializerMethodField()

    class Meta:
        model = Service
        fields = ["id", "slug", "name", "url", "api_url", "organization", "description",
                  "status", "concerns", "languages", "fee", "fee_description", "capacity",
                  "distance_km"]

    def get_url(self, service: Service) -> str:
        return _absolute(self.context, service.get_absolute_url())

    def get_api_url(self, service: Service) -> str:
        return _absolute(self.context, reverse("api-service-detail", args=[service.hsds_id]))

    @extend_schema_field(ServiceOrganizationSerializer)
    def get_organization(self, service: Service) -> dict[str, Any]:
        organization = service.organization
        return {"slug": organization.slug, "name": organization.name,
                "url": _absolute(self.context, organization.get_absolute_url()),
                "governance": organization.governance_kind}

    @extend_schema_field(serializers.FloatField(
        allow_null=True, help_text="To the nearest location, when `near` was given."))
    def get_distance_km(self, service: Service) -> float | None:
        return getattr(service, "distance_km", None)


class ServiceDetailSerializer(ServiceSerializer):
    """A service with everything its page says, its locations and its opening hours."""

    locations = LocationSerializer(many=True, read_only=True)
    schedules = ScheduleSerializer(many=True, read_only=True)
    website = serializers.URLField(source="url", read_only=True)

    class Meta(ServiceSerializer.Meta):
        fields = [f for f in ServiceSerializer.Meta.fields if f != "distance_km"] + [
            "eligibility", "minimum_age", "maximum_age", "application_process",
            "interpretation", "accessibility", "email", "phone", "website", "locations",
            "schedules"]


class HoursLineSerializer(serializers.Serializer):
    days = serializers.ListField(
        child=serializers.IntegerField(min_value=0, max_value=6), allow_empty=False,
        help_text=DAYS_HELP)
    opens_at = serializers.TimeField()
    closes_at = serializers.TimeField()
    notes = serializers.CharField(required=False, allow_blank=True, max_length=300)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        found = problems(self.row(attrs))
        if found:
            raise serializers.ValidationError(
                {"closes_at" if name == "closes" else name: [message]
                 for name, message in found.items()})
        return attrs

    @staticmethod
    def row(attrs: dict[str, Any]) -> HoursRow:
        return HoursRow(days=tuple(attrs["days"]), opens=attrs["opens_at"],
                        closes=attrs["closes_at"], notes=attrs.get("notes", ""))


def _choice(values: list[str]) -> Any:
    def check(value: str) -> str:
        if value not in values:
            raise serializers.ValidationError(
                _("Choose one of: %(choices)s.") % {"choices": ", ".join(values)})
        return value
    return check


class ServiceChangeSerializer(serializers.Serializer):
    """A service's fields; on a change those left out stay as they are. `hours`, when given,
    replaces all its opening hours."""

    name = serializers.CharField(max_length=200)
    description = serializers.CharField(required=False, allow_blank=True)
    status = serializers.CharField(
        required=False, validators=[_choice(Service.Status.values)],
        help_text="active, temporarily closed, inactive or defunct")
    eligibility = serializers.CharField(required=False, allow_blank=True)
    minimum_age = serializers.IntegerField(
        required=False, allow_null=True, min_value=0, max_value=120)
    maximum_age = serializers.IntegerField(
        required=False, allow_null=True, min_value=0, max_value=120)
    fee = serializers.CharField(required=False, validators=[_choice(Service.Fee.values)],
                                help_text="free, donation or fee")
    fee_description = serializers.CharField(required=False, allow_blank=True, max_length=300)
    application_process = serializers.CharField(required=False, allow_blank=True)
    interpretation = serializers.CharField(required=False, allow_blank=True, max_length=300)
    accessibility = serializers.CharField(required=False, allow_blank=True)
    capacity = serializers.CharField(
        required=False, validators=[_choice(Service.Capacity.values)],
        help_text="available, waitlist or full")
    email = serializers.EmailField(required=False, allow_blank=True)
    phone = serializers.CharField(required=False, allow_blank=True, max_length=40)
    url = serializers.URLField(required=False, allow_blank=True, max_length=200)
    concerns = serializers.SlugRelatedField(
        many=True, required=False, slug_field="slug", queryset=Concern.objects.all(),
        help_text="Concern slugs; the whole list replaces the one stated.")
    languages = serializers.SlugRelatedField(
        many=True, required=False, slug_field="code", queryset=Language.objects.all(),
        help_text="ISO 639-1 codes; the whole list replaces the one stated.")
    locations = serializers.SlugRelatedField(
        many=True, required=False, slug_field="hsds_id", queryset=Location.objects.all(),
        help_text="The ids of the organization's locations where it is offered.")
    hours = HoursLineSerializer(many=True, required=False)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        low, high = attrs.get("minimum_age"), attrs.get("maximum_age")
        if low is not None and high is not None and low > high:
            raise serializers.ValidationError({"maximum_age": [_(
                "The maximum age is below the minimum age. Leave one empty for no limit.")]})
        return attrs


class LocationChangeSerializer(serializers.Serializer):
    """A location and its address; on a change those left out stay as they are. A changed
    address is located anew. `hours`, when given, replaces all its opening hours."""

    name = serializers.CharField(required=False, allow_blank=True, max_length=200)
    description = serializers.CharField(required=False, allow_blank=True)
    accessibility = serializers.CharField(required=False, allow_blank=True)
    transportation = serializers.CharField(required=False, allow_blank=True, max_length=300)
    position = serializers.IntegerField(required=False, min_value=0, max_value=32767)
    place_name = serializers.CharField(required=False, allow_blank=True, max_length=200,
                                       help_text="The building's name.")
    street = serializers.CharField(
        required=False, allow_blank=True, max_length=200,
        help_text="Leave empty to show only the area, not the door.")
    locality = serializers.CharField(max_length=120, help_text="The town or city.")
    region = serializers.CharField(required=False, allow_blank=True, max_length=120)
    postal_code = serializers.CharField(required=False, allow_blank=True, max_length=20)
    country = serializers.CharField(max_length=2, help_text="ISO 3166-1 alpha-2 code.")
    hours = HoursLineSerializer(many=True, required=False)

    ADDRESS = {"place_name": "name", "street": "street", "locality": "locality",
               "region": "region", "postal_code": "postal_code", "country": "country"}
    DETAILS = ("name", "description", "accessibility", "transportation", "position")

    def address(self) -> dict[str, Any] | None:
        data = self.validated_data
        given = {key: data[name] for name, key in self.ADDRESS.items() if name in data}
        return given or None

    def details(self) -> dict[str, Any]:
        return {name: self.validated_data[name] for name in self.DETAILS
                if name in self.validated_data}
