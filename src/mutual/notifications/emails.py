"""The emails notifications send, and the one-click unsubscribe links inside them.

A subject never names a group, a person or what they wrote: an inbox can be seen by others,
and the name of a group can say more than its member would.
"""

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from mutual.accounts.models import User
from mutual.notifications.actions import STOPPABLE
from mutual.notifications.models import Notification

UNSUBSCRIBE_SALT = "mutual.notifications.unsubscribe"
UNDO_SALT = "mutual.notifications.unsubscribe.undo"

# Which email setting a kind of notification obeys; kinds not listed are always emailed
# (admission decisions, alerts to facilitators and moderators).
EMAIL_SETTING = {
    Notification.Kind.REPLY: "email_replies",
    Notification.Kind.MENTION: "email_mentions",
    Notification.Kind.MILESTONE: "email_milestones",
}
# What the unsubscribe link in a notification's email stops.
STOPS_FOR_KIND = {
    Notification.Kind.REPLY: "replies",
    Notification.Kind.MENTION: "mentions",
    Notification.Kind.MILESTONE: "milestones",
}

# The words for what a link stops: (in one group, in all of a person's groups).
STOP_LINK = {
    "replies": (gettext_lazy("Stop emails about replies to your threads in %(group)s"),
                gettext_lazy("Stop emails about replies to your threads")),
    "mentions": (gettext_lazy("Stop emails when someone mentions you in %(group)s"),
                 gettext_lazy("Stop emails when someone mentions you")),
    "milestones": (gettext_lazy("Stop emails about members' milestones in %(group)s"),
                   gettext_lazy("Stop emails about members' milestones")),
    "digest": (gettext_lazy("Stop the digest from %(group)s"),
               gettext_lazy("Stop all digests")),
    "all": (gettext_lazy("Stop all email from %(group)s"),
            gettext_lazy("Stop all email from your groups")),
}
STOPPED = {
    "replies": (gettext_lazy("You will no longer get emails about replies to your threads "
                             "in %(group)s."),
                gettext_lazy("You will no longer get emails about replies to your threads.")),
    "mentions": (gettext_lazy("You will no longer get emails when someone mentions you "
                              "in %(group)s."),
                 gettext_lazy("You will no longer get emails when someone mentions you.")),
    "milestones": (gettext_lazy("You will no longer get emails about members' milestones "
                                "in %(group)s."),
                   gettext_lazy("You will no longer get emails about members' milestones.")),
    "digest": (gettext_lazy("You will no longer get the digest from %(group)s."),
               gettext_lazy("You will no longer get digests from any of your groups.")),
    "all": (gettext_lazy("You will no longer get replies, mentions, milestones or the digest "
                         "from %(group)s by email."),
            gettext_lazy("You will no longer get replies, mentions, milestones or digests "
                         "from any of your groups by email.")),
}


def describe(wording: dict[str, tuple[Any, Any]], what: str, group_name: str | None) -> str:
    """One of the sentences above, for a group or for all of a person's groups."""
    in_group, everywhere = wording[what]
    return str(in_group) % {"group": group_name} if group_name else str(everywhere)


@dataclass(frozen=True)
class Unsubscribe:
    """What an unsubscribe link asks: stop `what` for a person in a group (None: all)."""

    user_id: int
    group_id: int | None
    what: str


def absolute_url(path: str) -> str:
    """A link for an email: absolute when the site's address is configured."""
    return settings.SITE_URL.rstrip("/") + path if settings.SITE_URL else path


def unsubscribe_token(*, user_id: int, group_id: int | None, what: str) -> str:
    return signing.dumps({"u": user_id, "g": group_id, "w": what}, salt=UNSUBSCRIBE_SALT)


def read_unsubscribe_token(token: str) -> Unsubscribe:
    """What a link asks to stop. Raises signing.BadSignature for a link Mutual did not make."""
    data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    if not (isinstance(data, dict) and isinstance(data.get("u"), int)
            and (data.get("g") is None or isinstance(data.get("g"), int))
            and data.get("w") in STOPPABLE):
        raise signing.BadSignature("not an unsubscribe token")
    return Unsubscribe(user_id=data["u"], group_id=data["g"], what=data["w"])


def undo_token(*, user_id: int, previous: dict[int, dict[str, Any]]) -> str:
    return signing.dumps({"u": user_id, "p": previous}, salt=UNDO_SALT)


def read_undo_token(token: str, *, user_id: int) -> dict[int, dict[str, Any]]:
    """The settings to put back. Raises signing.BadSignature when it is not this person's."""
    data = signing.loads(token, salt=UNDO_SALT)
    if not (isinstance(data, dict) and data.get("u") == user_id
            and isinstance(data.get("p"), dict)):
        raise signing.BadSignature("not an undo token")
    return {int(key): value for key, value in data["p"].items() if isinstance(value, dict)}


def unsubscribe_url(*, user_id: int, group_id: int | None, what: str) -> str:
    token = unsubscribe_token(user_id=user_id, group_id=group_id, what=what)
    return absolute_url(reverse("notification-unsubscribe", args=[token]))


def _message(*, user: User, subject: str, text: str, html: str,
             unsubscribe: str) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=subject, body=text, to=[user.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.attach_alternative(html, "text/html")
    return message


def notification_email(notification: Notification) -> EmailMultiAlternatives:
    """One notification by email, in the recipient's language."""
    user = notification.recipient
    what = STOPS_FOR_KIND.get(notification.kind, "all")
    unsubscribe = unsubscribe_url(user_id=user.pk, group_id=notification.group_id, what=what)
    with translation.override(user.preferred_language):
        context = {
            "notification": notification,
            "group": notification.group,
            "stop_text": describe(STOP_LINK, what, getattr(notification.group, "name", None)),
            "always_sent": notification.kind not in EMAIL_SETTING,
            "open_url": absolute_url(reverse("notification-open", args=[notification.pk])),
            "settings_url": absolute_url(reverse("notification-settings")),
            "unsubscribe_url": unsubscribe,
        }
        subject = _("New activity on Mutual")
        text = render_to_string("notifications/email/notification.txt", context)
        html = render_to_string("notifications/email/notification.html", context)
    return _message(user=user, subject=subject, text=text, html=html, unsubscribe=unsubscribe)


def digest_email(user: User, sections: list[dict[str, Any]]) -> EmailMultiAlternatives:
    """One digest for a person, with a section per group; each section can be stopped
    on its own, and the header's one-click link stops them all."""
    unsubscribe = unsubscribe_url(user_id=user.pk, group_id=None, what="digest")
    with translation.override(user.preferred_language):
        for section in sections:
            group = section["group"]
            section["unsubscribe_url"] = unsubscribe_url(
                user_id=user.pk, group_id=group.pk, what="digest")
            section["stop_text"] = describe(STOP_LINK, "digest", group.name)
        context = {
            "sections": sections,
            "settings_url": absolute_url(reverse("notification-settings")),
            "unsubscribe_url": unsubscribe,
            "stop_text": describe(STOP_LINK, "digest", None),
        }
        subject = _("Your Mutual digest")
        text = render_to_string("notifications/email/digest.txt", context)
        html = render_to_string("notifications/email/digest.html", context)
    return _message(user=user, subject=subject, text=text, html=html, unsubscribe=unsubscribe)
