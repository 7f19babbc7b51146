"""Email for notifications, sent in the background after the notifications are saved."""

from django.core.mail import get_connection
from django.db.models import Exists, OuterRef, Q
from django_tasks import task

from mutual.groups.models import Membership
from mutual.notifications.actions import IN_APP_ONLY, mark_emailed
from mutual.notifications.emails import EMAIL_SETTING, notification_email
from mutual.notifications.models import Notification


def _wanted() -> Q:
    """Notifications whose recipient wants them by email: the kinds a membership setting
    governs need it on (and the membership active); the rest always go."""
    wanted = ~Q(kind__in=[*IN_APP_ONLY, *EMAIL_SETTING])
    for kind, setting in EMAIL_SETTING.items():
        membership = Membership.objects.filter(
            group_id=OuterRef("group_id"), user_id=OuterRef("recipient_id"),
            status=Membership.Status.ACTIVE, **{setting: True},
        )
        wanted |= Q(kind=kind) & Exists(membership)
    return wanted


def send_notification_emails(notification_ids: list[int]) -> int:
    """Email each of these notifications its recipient wants by email; returns how many."""
    notifications = list(
        Notification.objects.filter(
            _wanted(), pk__in=notification_ids, emailed_at__isnull=True,
            recipient__is_active=True,
        ).exclude(recipient__email="").select_related("recipient", "group")
    )
    if not notifications:
        return 0
    messages = [notification_email(notification) for notification in notifications]
    get_connection().send_messages(messages)
    return mark_emailed(ids=[notification.pk for notification in notifications])


@task()
def email_notifications(notification_ids: list[int]) -> int:
    return send_notification_emails(notification_ids)
