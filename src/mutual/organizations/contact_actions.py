"""Writing to an organization through its contact form: the address stays private."""

from email.utils import formataddr
from typing import Any

from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.core.validators import validate_email
from django.db import transaction
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from mutual.audit.actions import record
from mutual.core import ratelimit
from mutual.notifications.emails import absolute_url
from mutual.organizations.models import Organization

MESSAGES_PER_HOUR = 5
MESSAGE_MAX_LENGTH = 5000


def _one_line(text: str) -> str:
    return " ".join(text.split())


def send_contact_message(
    *, actor: Any, organization: Organization, sender_email: str, sender_name: str,
    message: str, client: str,
) -> None:
    """Send a visitor's message to the organization's private contact address, with
    Reply-To set to the visitor. The history records that a message was sent, not what."""
    if not organization.contact_email:
        raise ValidationError(
            _("This organization has not given an address for messages."), code="no_address")
    sender_email = sender_email.strip()
    try:
        validate_email(sender_email)
    except ValidationError as invalid:
        raise ValidationError(
            {"email": _("Enter an email address the organization can answer.")}) from invalid
    if not message.strip():
        raise ValidationError({"message": _("Write your message.")})
    if len(message) > MESSAGE_MAX_LENGTH:
        raise ValidationError({"message": _("Keep the message under %(count)s characters.")
                               % {"count": MESSAGE_MAX_LENGTH}})
    limited = _("Many messages have come from you in the last hour. Please try again in an "
                "hour.")
    ratelimit.hit(f"organization-contact:ip:{client}", limit=MESSAGES_PER_HOUR,
                  period_seconds=3600, message=limited)
    if getattr(actor, "is_authenticated", False):
        ratelimit.hit(f"organization-contact:user:{actor.pk}", limit=MESSAGES_PER_HOUR,
                      period_seconds=3600, message=limited)
    sender_name = _one_line(sender_name)
    context = {
        "organization": organization, "sender_name": sender_name,
        "sender_email": sender_email, "message": message.strip(),
        "page_url": absolute_url(organization.get_absolute_url()),
    }
    email = EmailMessage(
        subject=_("A message for %(name)s from its page on Mutual")
        % {"name": _one_line(organization.name)},
        body=render_to_string("organizations/email/contact.txt", context),
        to=[organization.contact_email],
        reply_to=[formataddr((sender_name, sender_email))],
    )
    with transaction.atomic():
        record(actor=actor, verb="organization.contact", target=organization)
        # Sent inside the transaction: the history says "sent" only if it was.
        email.send()
