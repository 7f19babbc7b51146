"""How discussions look in the API. No shape here carries a member's account: authors are
shown by their display name in the group, and an anonymous post by "a member" alone."""

from typing import Any

from django.urls import reverse
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from mutual.core.crisis import CrisisCard
from mutual.discussions.actions import MAX_POST_LENGTH
from mutual.discussions.models import Milestone, Post, Thread, Visibility


class CrisisLineSerializer(serializers.Serializer):
    name = serializers.CharField()
    phone = serializers.CharField()
    sms = serializers.CharField()
    sms_keyword = serializers.CharField()
    url = serializers.CharField()
    hours = serializers.CharField()
    languages = serializers.ListField(child=serializers.CharField())


class CrisisHelpSerializer(serializers.Serializer):
    """Where the author of a held post can find help now: the crisis lines for their country,
    or, where we know none, what to do."""

    country = serializers.CharField(allow_null=True)
    emergency = serializers.CharField(allow_null=True)
    lines = CrisisLineSerializer(many=True)
    advice = serializers.CharField()
    more = serializers.CharField(help_text="The page with crisis lines for every country.")


def crisis_help(card: CrisisCard | None) -> dict[str, Any]:
    return {
        "more": reverse("crisis"),
        "country": card.country if card else None,
        "emergency": card.emergency if card else None,
        "lines": [
            {"name": line.name, "phone": line.phone, "sms": line.sms,
             "sms_keyword": line.sms_keyword, "url": line.url, "hours": line.hours,
             "languages": list(line.languages)}
            for line in (card.lines if card else [])
        ],
        "advice": _("If you are in danger now, call your local emergency number. A crisis line "
                    "has people ready to talk, day and night."),
    }


class PostSerializer(serializers.Serializer):
    """A post as queries.posts_for_reader shapes it for the viewer."""

    id = serializers.IntegerField(source="pk")
    thread = serializers.IntegerField(source="thread_id")
    is_opening = serializers.BooleanField()
    author = serializers.SerializerMethodField(
        help_text="The author's display name in the group; “a member” for an anonymous post.")
    anonymous = serializers.BooleanField()
    mine = serializers.BooleanField(help_text="Whether the viewer wrote it.")
    status = serializers.ChoiceField(choices=Visibility.choices)
    status_reason = serializers.CharField(
        help_text="Why a post is held, hidden or removed; shown to its author and moderators.")
    content_note = serializers.CharField()
    body = serializers.CharField(help_text="As written, in Markdown.")
    body_html = serializers.CharField(help_text="Rendered and sanitised.")
    created_at = serializers.DateTimeField()
    edited_at = serializers.DateTimeField(allow_null=True)
    can_edit = serializers.BooleanField()
    thanked = serializers.BooleanField(help_text="Whether the viewer thanked it.")
    thanked_by = serializers.ListField(
        child=serializers.CharField(),
        help_text="On the viewer's own posts, who thanked them; empty on others'.")
    crisis_help = serializers.SerializerMethodField(
        help_text="For the author of a post held by the crisis check: crisis lines, now.")

    def get_author(self, post: Post) -> str:
        return post.shown_name or _("a member")  # type: ignore[attr-defined]

    @extend_schema_field(CrisisHelpSerializer(allow_null=True))
    def get_crisis_help(self, post: Post) -> dict[str, Any] | None:
        if post.mine and post.crisis_flagged and post.status == Visibility.HELD:  # type: ignore[attr-defined]
            return crisis_help(self.context["crisis_card"])
        return None


class ThreadSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="pk")
    title = serializers.CharField()
    started_by = serializers.SerializerMethodField(
        help_text="The starter's display name in the group; “a member” if posted anonymously.")
    # A plain string, not a second enum: the schema names one enum per field name and choices.
    status = serializers.CharField(help_text="Its opening post's status (see Post).")
    pinned = serializers.BooleanField()
    reply_count = serializers.IntegerField()
    created_at = serializers.DateTimeField()
    last_post_at = serializers.DateTimeField()
    url = serializers.SerializerMethodField()
    snippet = serializers.SerializerMethodField(
        help_text="With ?q=: the words around the first match in a post, if any.")

    def get_started_by(self, thread: Thread) -> str:
        return getattr(thread, "started_by", "") or _("a member")

    def get_url(self, thread: Thread) -> str:
        return thread.get_absolute_url()

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_snippet(self, thread: Thread) -> str | None:
        found = getattr(thread, "snippet", None)
        return f"{found.before}{found.match}{found.after}" if found else None


class ThreadDetailSerializer(ThreadSerializer):
    opening_post = PostSerializer(allow_null=True)


class PostInput(serializers.Serializer):
    body = serializers.CharField(max_length=MAX_POST_LENGTH, trim_whitespace=False)
    content_note = serializers.CharField(max_length=200, required=False, allow_blank=True,
                                         default="")
    anonymous = serializers.BooleanField(required=False, default=False)


class ThreadInput(PostInput):
    title = serializers.CharField(max_length=200)


class PostChange(serializers.Serializer):
    body = serializers.CharField(max_length=MAX_POST_LENGTH, required=False,
                                 trim_whitespace=False)
    content_note = serializers.CharField(max_length=200, required=False, allow_blank=True)
    title = serializers.CharField(max_length=200, required=False,
                                  help_text="The thread's title; only on an opening post.")


class ThanksSerializer(serializers.Serializer):
    thanked = serializers.BooleanField()


class MilestoneSerializer(serializers.ModelSerializer):
    class Meta:
        model = Milestone
        fields = ["id", "kind", "label", "date", "shared", "created_at"]
        read_only_fields = ["id", "created_at"]


class MilestoneChange(serializers.Serializer):
    kind = serializers.ChoiceField(choices=Milestone.Kind.choices, required=False)
    label = serializers.CharField(max_length=120, required=False)
    date = serializers.DateField(required=False)
    shared = serializers.BooleanField(required=False)


class TodaySerializer(serializers.Serializer):
    """A member's shared milestone that falls today."""

    name = serializers.CharField(source="display_name")
    kind = serializers.ChoiceField(choices=Milestone.Kind.choices)
    label = serializers.CharField()
    span = serializers.CharField(help_text="What is marked: “30 days”, “1 year”.")


class GroupMilestonesSerializer(serializers.Serializer):
    mine = MilestoneSerializer(many=True)
    today = TodaySerializer(many=True)
