"""Meetings: a group's recurring gatherings, their exceptions, and what people do around them.

A meeting is stored as wall-clock time and an IANA zone with an RFC 5545 rule; its coming
occurrences are expanded into `Occurrence` rows so the finder can order them by start.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from mutual.accounts.models import validate_time_zone
from mutual.core.models import Language
from mutual.groups.models import Group
from mutual.meetings.recurrence import validate_rule
from mutual.places.models import Place


class Meeting(models.Model):
    """A recurring gathering of a group."""

    class Attendance(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        ONLINE = "online", _("Online")
        HYBRID = "hybrid", _("In person and online")

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        TEMPORARILY_CLOSED = "temporarily_closed", _("Temporarily closed")
        ENDED = "ended", _("Ended")

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="meetings")
    slug = models.SlugField(
        _("slug"), max_length=120, unique=True,
        help_text=_("The meeting's key in Meeting Guide feeds."),
    )
    name = models.CharField(
        _("name"), max_length=200, blank=True, help_text=_("Leave empty to use the group's name."),
    )
    rrule = models.CharField(
        _("recurrence rule"), max_length=300, validators=[validate_rule],
        help_text=_("An RFC 5545 rule, such as FREQ=WEEKLY;BYDAY=TU."),
    )
    starts_on = models.DateField(_("first date"), help_text=_("The rule counts from this date."))
    start_time = models.TimeField(_("start time"), help_text=_("Local time where it meets."))
    duration_minutes = models.PositiveSmallIntegerField(_("duration (minutes)"), default=60)
    time_zone = models.CharField(_("time zone"), max_length=64, validators=[validate_time_zone])
    attendance = models.CharField(
        _("attendance"), max_length=16, choices=Attendance.choices, default=Attendance.IN_PERSON
    )
    place = models.ForeignKey(
        Place, null=True, blank=True, on_delete=models.SET_NULL, related_name="meetings",
        verbose_name=_("place"), help_text=_("Leave empty to meet at the group's place."),
    )
    location_notes = models.TextField(
        _("notes about the place"), blank=True,
        help_text=_("How to find the room: entrance, floor, parking."),
    )
    conference_url = models.URLField(_("video link"), blank=True, max_length=500)
    conference_url_notes = models.CharField(
        _("notes on the video link"), max_length=300, blank=True
    )
    conference_phone = models.CharField(_("dial-in phone"), max_length=60, blank=True)
    conference_phone_notes = models.CharField(
        _("notes on the dial-in"), max_length=300, blank=True
    )
    conference_for_members_only = models.BooleanField(
        _("video link and phone for members only"), default=False,
        help_text=_("Others see that the meeting is online and how to ask the group to join."),
    )
    types = models.JSONField(
        _("meeting types"), default=list, blank=True,
        help_text=_("Meeting Guide type codes, such as O, BE, W."),
    )
    languages = models.ManyToManyField(
        Language, blank=True, related_name="meetings", verbose_name=_("languages")
    )
    notes = models.TextField(_("notes"), blank=True)
    status = models.CharField(
        _("status"), max_length=24, choices=Status.choices, default=Status.ACTIVE
    )
    source = models.CharField(
        _("imported from"), max_length=300, blank=True,
        help_text=_("The feed an imported meeting came from; empty for meetings made here."),
    )
    listing = models.JSONField(
        _("other listing fields"), default=dict, blank=True,
        help_text=_("Meeting Guide fields Mutual keeps for the feed without using them."),
    )
    occurrences_until = models.DateField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["group", "start_time", "pk"]
        verbose_name = _("meeting")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(duration_minutes__gte=1, duration_minutes__lte=24 * 60),
                name="meeting_duration_within_a_day",
                violation_error_message=_("A meeting lasts between one minute and a day."),
            ),
        ]

    def __str__(self) -> str:
        return self.display_name

    def get_absolute_url(self) -> str:
        return reverse("meeting-detail", args=[self.pk])

    @property
    def display_name(self) -> str:
        return self.name or self.group.name

    @property
    def effective_place(self) -> Place | None:
        if self.attendance == self.Attendance.ONLINE:
            return self.place
        return self.place or self.group.place

    @property
    def meets_online(self) -> bool:
        return self.attendance in (self.Attendance.ONLINE, self.Attendance.HYBRID)

    @property
    def meets_in_person(self) -> bool:
        return self.attendance in (self.Attendance.IN_PERSON, self.Attendance.HYBRID)


class MeetingType(models.Model):
    """A Meeting Guide type code on a meeting, kept as rows so the finder can filter by it."""

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="type_codes", db_index=False
    )
    code = models.CharField(max_length=16)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["meeting", "code"], name="one_type_code_per_meeting"),
        ]
        indexes = [models.Index(fields=["code", "meeting"], name="meeting_type_lookup")]

    def __str__(self) -> str:
        return self.code


class OccurrenceChange(models.Model):
    """One occurrence cancelled or moved, with the reason people are shown."""

    class Kind(models.TextChoices):
        CANCELLED = "cancelled", _("Cancelled")
        MOVED = "moved", _("Moved")

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="changes")
    original_date = models.DateField(
        _("date it was due"), help_text=_("The local date the rule gives.")
    )
    kind = models.CharField(max_length=16, choices=Kind.choices)
    new_start = models.DateTimeField(_("new start"), null=True, blank=True)
    new_duration_minutes = models.PositiveSmallIntegerField(null=True, blank=True)
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("change to one occurrence")
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "original_date"], name="one_change_per_occurrence"
            ),
            models.CheckConstraint(
                condition=models.Q(kind="cancelled") | models.Q(new_start__isnull=False),
                name="moved_occurrence_has_new_start",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.meeting} {self.original_date} {self.kind}"


class Pause(models.Model):
    """A stretch of dates on which a meeting does not take place."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="pauses")
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("until"))
    reason = models.CharField(_("reason"), max_length=300, blank=True)

    class Meta:
        ordering = ["starts_on"]
        verbose_name = _("pause")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")),
                name="pause_ends_after_it_starts",
                violation_error_message=_("A pause ends on or after the day it starts."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.meeting} {self.starts_on} to {self.ends_on}"


class Occurrence(models.Model):
    """One coming occurrence, expanded from its meeting's rule and rebuilt when it changes.

    Filter columns are copied from the meeting, its group and place so the finder reads
    one table in order of start.
    """

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        CANCELLED = "cancelled", _("Cancelled")
        MOVED = "moved", _("Moved")

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="occurrences", db_index=False
    )
    # Deleted with its meeting (indexed through the unique constraint below); cascading on
    # the group as well would scan the whole table for every group deleted.
    group = models.ForeignKey(
        Group, on_delete=models.DO_NOTHING, related_name="+", db_index=False
    )
    original_date = models.DateField()
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.SCHEDULED)
    reason = models.CharField(max_length=300, blank=True)
    local_weekday = models.PositiveSmallIntegerField(help_text="0 = Sunday, in the meeting's zone")
    local_minute = models.PositiveSmallIntegerField(help_text="minutes after local midnight")
    latitude = models.FloatField(null=True)
    longitude = models.FloatField(null=True)
    online = models.BooleanField()
    in_person = models.BooleanField()
    findable = models.BooleanField(help_text="the group shows its details to anyone")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "original_date"], name="one_occurrence_per_date"
            ),
        ]
        indexes = [
            models.Index(fields=["starts_at", "id"], name="occurrence_start"),
            # A search for one concern reads its groups' occurrences rather than the window.
            models.Index(fields=["group", "starts_at"], name="occurrence_group_start"),
            models.Index(fields=["online", "starts_at"], name="occurrence_online_start"),
            models.Index(fields=["latitude", "longitude"], name="occurrence_position"),
        ]

    def __str__(self) -> str:
        return f"{self.meeting_id} {self.starts_at:%Y-%m-%d %H:%M}"


class Attendance(models.Model):
    """A member's word that they plan to come, and the reminders they asked for.

    Only the member sees it; facilitators see a headcount, never names.
    """

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendances")
    original_date = models.DateField()
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="meeting_plans"
    )
    remind_day_before = models.BooleanField(_("remind me the day before"), default=False)
    remind_hour_before = models.BooleanField(_("remind me an hour before"), default=False)
    day_before_sent_at = models.DateTimeField(null=True, blank=True)
    hour_before_sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("plan to attend")
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "original_date", "user"], name="one_plan_per_occurrence"
            ),
        ]
        indexes = [models.Index(fields=["original_date"], name="attendance_date")]

    def __str__(self) -> str:
        return f"{self.user_id} → {self.meeting_id} {self.original_date}"


class Headcount(models.Model):
    """How many came to one occurrence: a number, never names."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="headcounts")
    original_date = models.DateField()
    count = models.PositiveIntegerField(_("people who came"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("headcount")
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "original_date"], name="one_headcount_per_occurrence"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.meeting_id} {self.original_date}: {self.count}"


class ListingReport(models.Model):
    """Someone says a meeting's listing is wrong; the group's facilitators resolve it."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        RESOLVED = "resolved", _("Resolved")

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="reports")
    problem = models.TextField(_("what is wrong"))
    suggested = models.JSONField(_("the details as they should be"), default=dict, blank=True)
    contact = models.CharField(_("how to reach you (optional)"), max_length=200, blank=True)
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.OPEN)
    resolution = models.TextField(_("what was done"), blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("listing report")
        indexes = [models.Index(fields=["meeting", "status"], name="report_meeting_status")]

    def __str__(self) -> str:
        return f"{self.meeting} ({self.status})"
