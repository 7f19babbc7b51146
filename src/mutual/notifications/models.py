from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from mutual.groups.models import Group


class Notification(models.Model):
    """Something a person should know, shown under the bell and perhaps emailed."""

    class Kind(models.TextChoices):
        REPLY = "reply", _("A reply to your thread")
        MENTION = "mention", _("You were mentioned")
        JOIN_REQUEST = "join_request", _("Someone asks to join")
        ADMITTED = "admitted", _("You were admitted")
        DECLINED = "declined", _("Your request was declined")
        MILESTONE = "milestone", _("A member's milestone")
        THANKS = "thanks", _("Someone thanked you")
        HELPED = "helped", _("You helped people this month")
        CRISIS_ALERT = "crisis_alert", _("A post is held for review")
        REPORT = "report", _("A new report")
        MODERATION = "moderation", _("A moderation decision about you")
        APPEAL = "appeal", _("An appeal")
        PROFESSIONAL = "professional", _("A decision about your verification")
        REFERRAL = "referral", _("News of a referral")

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(max_length=16, choices=Kind.choices)
    group = models.ForeignKey(
        Group, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    # The words shown under the bell; written when the notification is made, in the
    # recipient's language, without anything that should not be read over a shoulder.
    text = models.CharField(max_length=300)
    url = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("notification")
        indexes = [
            models.Index(fields=["recipient", "read_at"], name="notification_unread"),
            models.Index(fields=["recipient", "-created_at"], name="notification_recent"),
            models.Index(fields=["kind", "created_at"], name="notification_kind_recent"),
        ]

    def __str__(self) -> str:
        return self.text
