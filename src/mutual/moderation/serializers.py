"""What the moderation API reads and writes. Names come from the queries, already blanked
where the viewer may not see them; a blank name is shown as "a member"."""

from typing import Any

from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from mutual.moderation.actions import MEMBER_ACTIONS, POST_ACTIONS
from mutual.moderation.models import Appeal, ModerationAction, Report

EXCERPT = 300
# Written out rather than as enums, whose names would collide with other apps' "kind" and
# "status" in the OpenAPI description.
KINDS = "One of: " + ", ".join(ModerationAction.Kind.values) + "."
REPORT_STATUSES = "One of: " + ", ".join(Report.Status.values) + "."
APPEAL_STATUSES = "One of: " + ", ".join(Appeal.Status.values) + "."


def _excerpt(text: str) -> str:
    return text if len(text) <= EXCERPT else text[: EXCERPT - 1] + "…"


def _shown(name: str | None) -> str:
    return name or _("a member")


class ReportInputSerializer(serializers.Serializer):
    group = serializers.SlugField(help_text="The group's slug.")
    post = serializers.IntegerField(required=False, allow_null=True, min_value=1,
                                    help_text="The post reported, or:")
    member = serializers.IntegerField(required=False, allow_null=True, min_value=1,
                                      help_text="The membership id of the member reported.")
    reason = serializers.ChoiceField(choices=Report.Reason.choices)
    text = serializers.CharField(required=False, allow_blank=True, max_length=2000, default="")

    def validate(self, data: dict[str, Any]) -> dict[str, Any]:
        if bool(data.get("post")) == bool(data.get("member")):
            raise serializers.ValidationError(
                {"post": [_("Please give either a post or a member, not both.")]})
        return data


class ReportSerializer(serializers.ModelSerializer):
    group = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    status = serializers.CharField(read_only=True, help_text=REPORT_STATUSES)
    message = serializers.SerializerMethodField()

    class Meta:
        model = Report
        fields = ["id", "group", "post", "reason", "text", "status", "escalated", "created_at",
                  "message"]
        read_only_fields = fields

    def get_message(self, report: Report) -> str:
        if report.reason == Report.Reason.CRISIS:
            return _("Thank you. A facilitator will look at this. The platform's moderators "
                     "were alerted too.")
        return _("Thank you. A facilitator will look at this.")


class QueuePostSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    group = serializers.CharField(source="group.slug")
    thread = serializers.IntegerField(source="thread_id")
    thread_title = serializers.CharField(source="thread.title")
    excerpt = serializers.SerializerMethodField()
    author = serializers.SerializerMethodField()
    anonymous = serializers.BooleanField()
    status = serializers.CharField()
    status_reason = serializers.CharField()
    crisis_flagged = serializers.BooleanField()
    created_at = serializers.DateTimeField()

    def get_excerpt(self, post: Any) -> str:
        return _excerpt(post.body)

    def get_author(self, post: Any) -> str:
        return _shown(post.author_name)


class QueueReportSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    group = serializers.CharField(source="group.slug")
    reason = serializers.CharField()
    text = serializers.CharField()
    escalated = serializers.BooleanField()
    created_at = serializers.DateTimeField()
    post = serializers.IntegerField(source="post_id", allow_null=True)
    excerpt = serializers.SerializerMethodField()
    member = serializers.SerializerMethodField(
        help_text="The reported member's membership id; null for a post.")
    subject = serializers.SerializerMethodField(help_text="Who the report is about.")
    reporter = serializers.SerializerMethodField(help_text="Always “a member”.")

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_excerpt(self, report: Report) -> str | None:
        return _excerpt(report.post.body) if report.post_id else None

    @extend_schema_field(serializers.IntegerField(allow_null=True))
    def get_member(self, report: Report) -> int | None:
        return getattr(report, "subject_membership_id", None) if not report.post_id else None

    def get_subject(self, report: Report) -> str:
        return _shown(report.subject_name)

    def get_reporter(self, report: Report) -> str:
        return _("a member")


class MutedMemberSerializer(serializers.Serializer):
    member = serializers.SerializerMethodField(
        help_text="The membership id; null when the member was muted through an anonymous post.")
    name = serializers.SerializerMethodField()
    post = serializers.SerializerMethodField(
        help_text="The anonymous post the mute came through, to act on it.")
    muted_until = serializers.DateTimeField()

    @extend_schema_field(serializers.IntegerField(allow_null=True))
    def get_member(self, membership: Any) -> int | None:
        return membership.pk if membership.shown_name else None

    def get_name(self, membership: Any) -> str:
        return _shown(membership.shown_name)

    @extend_schema_field(serializers.IntegerField(allow_null=True))
    def get_post(self, membership: Any) -> int | None:
        return None if membership.shown_name else membership.through_post


class GroupDecisionSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    kind = serializers.CharField(help_text=KINDS)
    post = serializers.IntegerField(source="post_id", allow_null=True)
    subject = serializers.SerializerMethodField()
    actor = serializers.SerializerMethodField()
    reason = serializers.CharField()
    until = serializers.DateTimeField(allow_null=True)
    created_at = serializers.DateTimeField()

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_subject(self, action: Any) -> str | None:
        return _shown(action.subject_name) if action.subject_id else None

    def get_actor(self, action: Any) -> str:
        return action.actor_name or _("a platform moderator")


class GroupQueueSerializer(serializers.Serializer):
    reports = QueueReportSerializer(many=True)
    held = QueuePostSerializer(many=True)
    hidden = QueuePostSerializer(many=True)
    muted = MutedMemberSerializer(many=True)
    decisions = GroupDecisionSerializer(many=True)


class AppealSerializer(serializers.ModelSerializer):
    status = serializers.CharField(read_only=True, help_text=APPEAL_STATUSES)

    class Meta:
        model = Appeal
        fields = ["id", "status", "text", "answer", "created_at", "answered_at"]
        read_only_fields = fields


class QueueAppealSerializer(AppealSerializer):
    group = serializers.SlugRelatedField(source="action.group", slug_field="slug",
                                         read_only=True)
    decision = serializers.IntegerField(source="action_id")
    kind = serializers.CharField(source="action.kind", help_text=KINDS)
    subject = serializers.SerializerMethodField()

    class Meta(AppealSerializer.Meta):
        fields = [*AppealSerializer.Meta.fields, "group", "decision", "kind", "subject"]
        read_only_fields = fields

    def get_subject(self, appeal: Any) -> str:
        return _shown(appeal.subject_name)


class PlatformQueueSerializer(serializers.Serializer):
    holds = QueuePostSerializer(many=True)
    reports = QueueReportSerializer(many=True)
    appeals = QueueAppealSerializer(many=True)


class DecisionSerializer(serializers.ModelSerializer):
    """A decision about the person asking, with their appeal if they made one."""

    group = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    group_name = serializers.CharField(source="group.name", read_only=True)
    kind = serializers.CharField(read_only=True, help_text=KINDS)
    appealable = serializers.SerializerMethodField()
    appeal = serializers.SerializerMethodField()

    class Meta:
        model = ModerationAction
        fields = ["id", "group", "group_name", "kind", "post", "reason", "until", "created_at",
                  "appealable", "appeal"]
        read_only_fields = fields

    def get_appealable(self, action: Any) -> bool:
        return bool(getattr(action, "appealable", False))

    @extend_schema_field(AppealSerializer(allow_null=True))
    def get_appeal(self, action: Any) -> dict | None:
        made = getattr(action, "made_appeal", None)
        return AppealSerializer(made).data if made is not None else None


class PostModerationSerializer(serializers.Serializer):
    action = serializers.ChoiceField(choices=POST_ACTIONS)
    reason = serializers.CharField(required=False, allow_blank=True, max_length=2000,
                                   default="", help_text="Shown to the author.")
    method_detail = serializers.BooleanField(
        required=False, default=False,
        help_text="Remove with the standard reason for method detail.")
    days = serializers.IntegerField(required=False, allow_null=True, min_value=1,
                                    max_value=365, help_text="For mute_author.")
    report = serializers.IntegerField(required=False, allow_null=True, min_value=1,
                                      help_text="The report this decision answers.")


class MemberModerationSerializer(serializers.Serializer):
    action = serializers.ChoiceField(choices=MEMBER_ACTIONS)
    reason = serializers.CharField(required=False, allow_blank=True, max_length=2000,
                                   default="", help_text="Shown to the member.")
    days = serializers.IntegerField(required=False, allow_null=True, min_value=1,
                                    max_value=365, help_text="For mute.")
    report = serializers.IntegerField(required=False, allow_null=True, min_value=1,
                                      help_text="The report this decision answers.")


class ModerationResultSerializer(serializers.ModelSerializer):
    """The decision just made; it never names the member, who may have posted anonymously."""

    kind = serializers.CharField(read_only=True, help_text=KINDS)

    class Meta:
        model = ModerationAction
        fields = ["id", "kind", "post", "reason", "until", "created_at"]
        read_only_fields = fields


class AppealInputSerializer(serializers.Serializer):
    text = serializers.CharField(max_length=4000)
