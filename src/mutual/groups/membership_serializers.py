"""What the membership API reads and answers: an input and an output shape per endpoint."""

from typing import Any

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from mutual.groups.actions import LONGEST_REQUEST_MESSAGE
from mutual.groups.models import Invitation, Membership


class MembershipSerializer(serializers.ModelSerializer):
    """One's own membership, in any status."""

    group = serializers.SlugRelatedField(slug_field="slug", read_only=True)

    class Meta:
        model = Membership
        fields = [
            "id", "group", "display_name", "role", "status", "request_message", "joined_at",
            "admitted_at", "muted_until", "email_replies", "email_mentions",
            "email_milestones", "digest",
        ]
        read_only_fields = fields


class JoinSerializer(serializers.Serializer):
    display_name = serializers.CharField(
        max_length=60, required=False,
        help_text=_("How members will know you here; a pseudonym is suggested if left out."),
    )
    accept_rules = serializers.BooleanField(
        help_text=_("The group's rules must be accepted to join (see the group's `rules`)."),
    )
    message = serializers.CharField(
        max_length=LONGEST_REQUEST_MESSAGE, required=False, allow_blank=True, default="",
        help_text=_("For groups that admit on request: a note to the facilitators."),
    )


class MembershipUpdateSerializer(serializers.Serializer):
    display_name = serializers.CharField(max_length=60, required=False)
    email_replies = serializers.BooleanField(required=False)
    email_mentions = serializers.BooleanField(required=False)
    email_milestones = serializers.BooleanField(required=False)
    digest = serializers.ChoiceField(choices=Membership.Digest.choices, required=False)


@extend_schema_field({"type": "string", "enum": Membership.Status.values})
class MemberStatusField(serializers.ChoiceField):
    """Described on its own, so that the schema can name this enum and the membership's apart."""


class MemberSerializer(serializers.Serializer):
    """A member as others in the group see them; facilitators also see role, status, the
    request's message and any mute."""

    FACILITATORS_ONLY = ("role", "status", "request_message", "muted_until")

    id = serializers.IntegerField(read_only=True)
    display_name = serializers.CharField(read_only=True)
    role = serializers.ChoiceField(choices=Membership.Role.choices, required=False,
                                   help_text=_("Facilitators only."))
    status = MemberStatusField(choices=Membership.Status.choices, required=False,
                               help_text=_("Facilitators only."))
    request_message = serializers.CharField(required=False, help_text=_("Facilitators only."))
    muted_until = serializers.DateTimeField(required=False, allow_null=True,
                                            help_text=_("Facilitators only."))

    def to_representation(self, instance: Membership) -> dict[str, Any]:
        data = super().to_representation(instance)
        if not self.context.get("manages"):
            for name in self.FACILITATORS_ONLY:
                data.pop(name, None)
        return data


class DecisionSerializer(serializers.Serializer):
    admit = serializers.BooleanField()


class DecisionResultSerializer(serializers.Serializer):
    admitted = serializers.BooleanField()
    member = MemberSerializer(allow_null=True)


class RoleSerializer(serializers.Serializer):
    role = serializers.ChoiceField(choices=Membership.Role.choices)


class InvitationSerializer(serializers.ModelSerializer):
    usable = serializers.SerializerMethodField()

    class Meta:
        model = Invitation
        fields = ["id", "prefix", "note", "created_at", "expires_at", "max_uses", "uses",
                  "revoked_at", "usable"]
        read_only_fields = fields

    def get_usable(self, invitation: Invitation) -> bool:
        return invitation.is_usable()


class InvitationCreateSerializer(serializers.Serializer):
    note = serializers.CharField(max_length=120, required=False, allow_blank=True, default="")
    max_uses = serializers.IntegerField(min_value=1, max_value=100, default=1)
    lifetime_days = serializers.IntegerField(min_value=1, max_value=90, default=14)


class InvitationCreatedSerializer(InvitationSerializer):
    key = serializers.CharField(read_only=True, help_text=_("Shown this once only."))
    url = serializers.CharField(read_only=True, help_text=_("The link to send: /join/<key>/."))

    class Meta(InvitationSerializer.Meta):
        fields = [*InvitationSerializer.Meta.fields, "key", "url"]
        read_only_fields = fields


class AcceptInvitationSerializer(serializers.Serializer):
    key = serializers.CharField(max_length=100)
    display_name = serializers.CharField(max_length=60, required=False)
    accept_rules = serializers.BooleanField()
