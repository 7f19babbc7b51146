"""Email for notifications. Subjects never say anything sensitive: an inbox can be seen by
others, and the name of a group can say more than its member would."""

from django.core.mail import EmailMessage
from django_tasks import task

from mutual.groups.models import Membership
from mutual.notifications.models import Notification

# Which membership setting decides whether a kind of notification is emailed; kinds not
# listed are always emailed (admission decisions, alerts to facilitators and moderators).
EMAIL_SETTING = {
    "reply": "email_replies",
    "mention": "email_mentions",
    "milestone": "email_milestones",
    "thanks": None,
    "helped": None,
}


@task()
def email_notifications(kind: str, group_id: int | None, user_ids: list[int]) -> None:
    setting = EMAIL_SETTING.get(kind, "always")
    if setting is None:
        return
    wanted = set(user_ids)
    if setting != "always" and group_id is not None:
        wanted = set(Membership.objects.filter(
            group_id=group_id, user_id__in=user_ids, **{setting: True}
        ).values_list("user_id", flat=True))
    notifications = Notification.objects.filter(
        recipient_id__in=wanted, kind=kind, emailed_at__isnull=True
    ).select_related("recipient")
    for notification in notifications:
        EmailMessage(
            subject="New activity on Mutual",
            body=notification.text,
            to=[notification.recipient.email],
        ).send()
