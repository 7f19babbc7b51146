"""What stewards may change about an organization through the API, with the same action and
checks as the page."""

from django.core.exceptions import NON_FIELD_ERRORS
from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.translation import gettext as _
from rest_framework import exceptions, serializers

from mutual.core.models import Language
from mutual.organizations.models import LegalStatus, Organization


class OrganizationChangeSerializer(serializers.Serializer):
    """The fields to change; those left out stay as they are."""

    name = serializers.CharField(required=False, max_length=200)
    mission = serializers.CharField(required=False, allow_blank=True, max_length=300)
    description = serializers.CharField(required=False, allow_blank=True)
    website = serializers.URLField(required=False, allow_blank=True, max_length=200)
    phone = serializers.CharField(required=False, allow_blank=True, max_length=40)
    contact_email = serializers.EmailField(required=False, allow_blank=True)
    service_area = serializers.CharField(required=False, allow_blank=True, max_length=200)
    logo_url = serializers.URLField(required=False, allow_blank=True, max_length=200)
    founded_year = serializers.IntegerField(
        required=False, allow_null=True, min_value=0, max_value=32767)
    # A plain string in the schema: other components may name their own choices alike.
    legal_status = serializers.CharField(
        required=False, allow_blank=True,
        help_text="nonprofit, charity, cooperative, informal, public_body, company or other")
    languages = serializers.SlugRelatedField(
        many=True, required=False, slug_field="code", queryset=Language.objects.all(),
        help_text="ISO 639-1 codes; the whole list replaces the one stated.")
    parent = serializers.SlugRelatedField(
        required=False, allow_null=True, slug_field="slug",
        queryset=Organization.objects.all(),
        help_text="The slug of the organization this one is a chapter of, or null.")

    def validate_legal_status(self, value: str) -> str:
        if value and value not in LegalStatus.values:
            raise serializers.ValidationError(
                _("Choose one of: %(choices)s.") % {"choices": ", ".join(LegalStatus.values)})
        return value


def as_api_error(invalid: DjangoValidationError) -> exceptions.ValidationError:
    """What an action refused, in the API's one shape for errors."""
    if hasattr(invalid, "error_dict"):
        return exceptions.ValidationError({
            ("non_field_errors" if name == NON_FIELD_ERRORS else name): messages
            for name, messages in invalid.message_dict.items()
        })
    return exceptions.ValidationError(invalid.messages)
