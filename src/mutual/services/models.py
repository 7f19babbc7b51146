"""What organizations offer, where and when, in the shape of Open Referral HSDS 3.0.

Each row that HSDS names carries a UUID (`hsds_id`) so that exports keep the same
identifiers from one run to the next.
"""

import datetime as dt
import uuid

from django.core.validators import MaxValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from mutual.accounts.models import validate_time_zone
from mutual.concerns.models import Concern
from mutual.core.models import Language
from mutual.meetings.recurrence import validate_rule
from mutual.organizations.models import Organization
from mutual.places.models import Place


class Location(models.Model):
    """One of an organization's places: a drop-in centre, an office, a clinic room."""

    hsds_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="locations")
    place = models.ForeignKey(Place, on_delete=models.PROTECT, related_name="locations")
    name = models.CharField(
        _("name"), max_length=200, blank=True,
        help_text=_("How people know it, such as “Main drop-in centre”."))
    description = models.TextField(_("description"), blank=True)
    accessibility = models.TextField(
        _("accessibility"), blank=True,
        help_text=_("Step-free entrance, accessible toilet, hearing loop, parking…"))
    transportation = models.CharField(
        _("getting there"), max_length=300, blank=True,
        help_text=_("Buses, trains and parking nearby."))
    position = models.PositiveSmallIntegerField(_("order"), default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("location")

    def __str__(self) -> str:
        return self.name or str(self.place)


class Service(models.Model):
    """Something an organization offers: peer counselling, a warm line, help with forms."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        TEMPORARILY_CLOSED = "temporarily closed", _("Temporarily closed")
        INACTIVE = "inactive", _("Inactive")
        DEFUNCT = "defunct", _("No longer offered")

    class Fee(models.TextChoices):
        FREE = "free", _("Free")
        DONATION = "donation", _("By donation")
        FEE = "fee", _("A fee")

    class Capacity(models.TextChoices):
        AVAILABLE = "available", _("Taking people now")
        WAITLIST = "waitlist", _("Waiting list")
        FULL = "full", _("Full")

    hsds_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="services")
    slug = models.SlugField(_("slug"), max_length=120)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    concerns = models.ManyToManyField(
        Concern, blank=True, related_name="services", verbose_name=_("concerns"))
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.ACTIVE,
        db_index=True)
    eligibility = models.TextField(
        _("who it is for"), blank=True,
        help_text=_("In plain words: who may use it, and anything they need to bring."))
    minimum_age = models.PositiveSmallIntegerField(
        _("minimum age"), null=True, blank=True, validators=[MaxValueValidator(120)])
    maximum_age = models.PositiveSmallIntegerField(
        _("maximum age"), null=True, blank=True, validators=[MaxValueValidator(120)])
    fee = models.CharField(_("cost"), max_length=10, choices=Fee.choices, default=Fee.FREE)
    fee_description = models.CharField(
        _("about the cost"), max_length=300, blank=True,
        help_text=_("Such as “$10 a session, less if you cannot afford it”."))
    application_process = models.TextField(
        _("how to start"), blank=True,
        help_text=_("Walk in, call first, or be referred: what a person does to begin."))
    languages = models.ManyToManyField(
        Language, blank=True, related_name="services", verbose_name=_("languages"))
    interpretation = models.CharField(
        _("interpretation"), max_length=300, blank=True,
        help_text=_("Interpreters on request, sign language, and how to ask for them."))
    accessibility = models.TextField(_("accessibility"), blank=True)
    capacity = models.CharField(
        _("capacity"), max_length=10, choices=Capacity.choices, default=Capacity.AVAILABLE)
    email = models.EmailField(_("public email"), blank=True)
    phone = models.CharField(_("public phone"), max_length=40, blank=True)
    url = models.URLField(_("web page"), blank=True)
    locations = models.ManyToManyField(
        Location, through="ServiceAtLocation", blank=True, related_name="services",
        verbose_name=_("locations"))
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("service")
        constraints = [
            models.UniqueConstraint(fields=["organization", "slug"], name="service_slug_per_org"),
            models.CheckConstraint(
                condition=models.Q(minimum_age__isnull=True) | models.Q(maximum_age__isnull=True)
                | models.Q(minimum_age__lte=models.F("maximum_age")),
                name="service_age_range",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("service-detail", args=[self.organization.slug, self.slug])


class ServiceAtLocation(models.Model):
    """A service offered at one of its organization's locations."""

    hsds_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="at_locations")
    location = models.ForeignKey(
        Location, on_delete=models.CASCADE, related_name="service_links")
    description = models.CharField(_("note"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("service at a location")
        constraints = [
            models.UniqueConstraint(fields=["service", "location"], name="one_service_at_location"),
        ]

    def __str__(self) -> str:
        return f"{self.service} at {self.location}"


class Schedule(models.Model):
    """Opening hours: a recurrence rule (RFC 5545, as meetings use), the local times it opens
    and closes, and the IANA zone they are in. It belongs to a service, a location, or a
    service at one location, and to exactly one of them."""

    hsds_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    service = models.ForeignKey(
        Service, null=True, blank=True, on_delete=models.CASCADE, related_name="schedules")
    location = models.ForeignKey(
        Location, null=True, blank=True, on_delete=models.CASCADE, related_name="schedules")
    service_at_location = models.ForeignKey(
        ServiceAtLocation, null=True, blank=True, on_delete=models.CASCADE,
        related_name="schedules")
    rrule = models.CharField(
        _("repeats"), max_length=200, validators=[validate_rule],
        help_text=_("An RFC 5545 rule, such as FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR."))
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("until"), null=True, blank=True)
    opens_at = models.TimeField(_("opens"))
    closes_at = models.TimeField(_("closes"))
    time_zone = models.CharField(
        _("time zone"), max_length=64, validators=[validate_time_zone])
    notes = models.CharField(
        _("notes"), max_length=300, blank=True,
        help_text=_("Such as “Closed on public holidays” or “Last entry 30 minutes before”."))

    class Meta:
        ordering = ["pk"]
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(service__isnull=False, location__isnull=True,
                             service_at_location__isnull=True)
                    | models.Q(service__isnull=True, location__isnull=False,
                               service_at_location__isnull=True)
                    | models.Q(service__isnull=True, location__isnull=True,
                               service_at_location__isnull=False)
                ),
                name="schedule_belongs_to_one",
            ),
            models.CheckConstraint(
                condition=models.Q(closes_at__gt=models.F("opens_at")),
                name="schedule_closes_after_opening",
            ),
            models.CheckConstraint(
                condition=models.Q(ends_on__isnull=True)
                | models.Q(ends_on__gte=models.F("starts_on")),
                name="schedule_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.rrule} {self.opens_at:%H:%M}-{self.closes_at:%H:%M}"

    # What meetings.recurrence reads of a schedule.
    @property
    def start_time(self) -> dt.time:
        return self.opens_at

    @property
    def duration_minutes(self) -> int:
        opens = self.opens_at.hour * 60 + self.opens_at.minute
        return self.closes_at.hour * 60 + self.closes_at.minute - opens
