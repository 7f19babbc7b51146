from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from mutual.discussions.models import Post
from mutual.groups.models import Group


class Report(models.Model):
    """Someone asks a person to look at a post or a member."""

    class Reason(models.TextChoices):
        CRISIS = "crisis", _("Someone may be in danger")
        METHOD = "method", _("Describes methods of self-harm or suicide")
        HARASSMENT = "harassment", _("Harassment or bullying")
        HATE = "hate", _("Hate or discrimination")
        PRIVACY = "privacy", _("Shares someone's private information")
        SPAM = "spam", _("Spam or selling")
        MISINFORMATION = "misinformation", _("Harmful health advice")
        OTHER = "other", _("Something else")

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        RESOLVED = "resolved", _("Resolved")
        DISMISSED = "dismissed", _("Dismissed")

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="reports")
    post = models.ForeignKey(
        Post, null=True, blank=True, on_delete=models.CASCADE, related_name="reports"
    )
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="reports_about", help_text=_("The member reported, or the post's author."),
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="reports_made"
    )
    reason = models.CharField(_("reason"), max_length=16, choices=Reason.choices)
    text = models.TextField(_("what happened"), blank=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.OPEN)
    escalated = models.BooleanField(_("sent to the platform's moderators"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolution = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("report")
        indexes = [
            models.Index(fields=["group", "status"], name="report_group_queue"),
            models.Index(fields=["escalated", "status"], name="report_platform_queue"),
        ]

    def __str__(self) -> str:
        return f"Report {self.pk} ({self.reason})"


class ModerationAction(models.Model):
    """What a facilitator or moderator did, shown to the member it affects."""

    class Kind(models.TextChoices):
        HOLD = "hold", _("Held for review")
        RELEASE = "release", _("Released after review")
        HIDE = "hide", _("Hidden")
        RESTORE = "restore", _("Restored")
        REMOVE = "remove", _("Removed")
        MUTE = "mute", _("Muted")
        UNMUTE = "unmute", _("Unmuted")
        REMOVE_MEMBER = "remove_member", _("Removed from the group")
        REINSTATE = "reinstate", _("Let back into the group")
        ESCALATE = "escalate", _("Sent to the platform's moderators")
        DISMISS = "dismiss", _("Report dismissed")

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="moderation_actions")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+",
        help_text=_("Empty when the crisis check held a post."),
    )
    post = models.ForeignKey(
        Post, null=True, blank=True, on_delete=models.SET_NULL, related_name="moderation_actions"
    )
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="moderation_actions",
    )
    report = models.ForeignKey(
        Report, null=True, blank=True, on_delete=models.SET_NULL, related_name="actions"
    )
    reason = models.TextField(_("reason"), blank=True)
    until = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("moderation action")
        indexes = [models.Index(fields=["subject", "-created_at"], name="action_subject")]

    def __str__(self) -> str:
        return f"{self.kind} in {self.group_id}"


class Appeal(models.Model):
    """The affected member asks for a decision to be looked at again."""

    class Status(models.TextChoices):
        OPEN = "open", _("Waiting for a moderator")
        UPHELD = "upheld", _("Decision kept")
        OVERTURNED = "overturned", _("Decision reversed")

    action = models.OneToOneField(ModerationAction, on_delete=models.CASCADE, related_name="appeal")
    text = models.TextField(_("why the decision should change"))
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.OPEN)
    created_at = models.DateTimeField(auto_now_add=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    answered_at = models.DateTimeField(null=True, blank=True)
    answer = models.TextField(_("answer"), blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("appeal")

    def __str__(self) -> str:
        return f"Appeal of {self.action_id}"
