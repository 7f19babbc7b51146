from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from mutual.groups.queries import active_facilitators
from mutual.meetings import reminders
from mutual.meetings.models import ListingReport


@task()
def send_reminder(attendance_id: int, kind: str) -> None:
    """One reminder, or a note that the meeting is cancelled, to someone who plans to come."""
    reminders.deliver_reminder(attendance_id, kind)


@task()
def notify_listing_report(report_id: int) -> None:
    """Tell the group's facilitators, each in their language, that a listing needs checking;
    the subject names neither the group nor its concern."""
    report = ListingReport.objects.select_related("meeting__group").filter(pk=report_id).first()
    if report is None:
        return
    group = report.meeting.group
    facilitators = active_facilitators().filter(group=group).select_related("user")
    context = {
        "report": report,
        "meeting": report.meeting,
        "meeting_url": reminders.absolute_url(report.meeting.get_absolute_url()),
        "reports_url": reminders.absolute_url(reverse("meeting-reports", args=[group.slug])),
    }
    for membership in facilitators:
        user = membership.user
        if not user.email or not user.is_active:
            continue
        with translation.override(user.preferred_language):
            message = EmailMultiAlternatives(
                subject=_("A listing needs checking"),
                body=render_to_string("meetings/email/listing_report.txt", context),
                to=[user.email],
            )
            message.attach_alternative(
                render_to_string("meetings/email/listing_report.html", context), "text/html"
            )
        message.send()
