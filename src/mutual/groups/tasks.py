from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django_tasks import task

from mutual.groups.models import Group


@task()
def deliver_contact_message(group_id: int, sender_name: str, sender_email: str, body: str) -> None:
    """Send a newcomer's message to the group; the subject line says nothing sensitive."""
    group = Group.objects.select_related("organization").get(pk=group_id)
    organization = group.organization
    recipient = group.contact_email or (organization.contact_email if organization else "")
    if not recipient:
        return
    message = EmailMessage(
        subject="A message through Mutual",
        body=render_to_string(
            "groups/email/contact.txt",
            {"group": group, "sender_name": sender_name, "body": body},
        ),
        to=[recipient],
        reply_to=[sender_email],
    )
    message.send()

