from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from mutual.concerns.models import Concern
from mutual.core.models import Language
from mutual.organizations.models import Organization
from mutual.places.models import Place


class Group(models.Model):
    """People with a common concern who meet for mutual support."""

    class LedBy(models.TextChoices):
        PEERS = "peers", _("Peer-led")
        PROFESSIONALS = "professionals", _("Professionally led")
        CO_LED = "co_led", _("Co-led by peers and professionals")

    class Audience(models.TextChoices):
        CONCERN = "concern", _("People with the concern")
        FAMILY = "family", _("Family and friends")
        BOTH = "both", _("People with the concern, and their family and friends")

    class Format(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        ONLINE = "online", _("Online")
        HYBRID = "hybrid", _("In person and online")

    class Visibility(models.TextChoices):
        PUBLIC = "public", _("Public")
        LISTED = "listed", _("Listed (name only)")
        PRIVATE = "private", _("Private (join on request)")
        SECRET = "secret", _("Secret (by invitation only)")

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        PAUSED = "paused", _("Paused")
        CLOSED = "closed", _("Closed")

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    concerns = models.ManyToManyField(Concern, related_name="groups", verbose_name=_("concerns"))
    led_by = models.CharField(_("led by"), max_length=16, choices=LedBy.choices)
    audience = models.CharField(
        _("who may come"), max_length=16, choices=Audience.choices, default=Audience.CONCERN
    )
    open_meetings = models.BooleanField(
        _("open meetings"), default=True,
        help_text=_("Anyone interested may attend, not only people with the concern."),
    )
    format = models.CharField(_("format"), max_length=16, choices=Format.choices)
    languages = models.ManyToManyField(Language, related_name="groups", verbose_name=_("languages"))
    visibility = models.CharField(
        _("visibility"), max_length=16, choices=Visibility.choices, default=Visibility.PUBLIC
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.ACTIVE
    )
    place = models.ForeignKey(
        Place, null=True, blank=True, on_delete=models.SET_NULL, related_name="groups",
        verbose_name=_("place"),
    )
    address_for_members_only = models.BooleanField(
        _("street address for members only"), default=False,
        help_text=_("Others see only the town and an approximate position."),
    )
    organization = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.SET_NULL, related_name="groups",
        verbose_name=_("organization"),
    )
    contact_email = models.EmailField(
        _("contact email"), blank=True,
        help_text=_("Messages sent through the contact form go here; it is never shown."),
    )
    website = models.URLField(_("website"), blank=True)
    founded_year = models.PositiveSmallIntegerField(_("year founded"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("group")
        indexes = [
            models.Index(fields=["format", "visibility", "status"], name="group_directory"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(format="online") | models.Q(place__isnull=False),
                name="group_in_person_has_place",
                violation_error_message=_("A group that meets in person needs a place."),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("group-detail", args=[self.slug])

    @property
    def is_online(self) -> bool:
        return self.format in (self.Format.ONLINE, self.Format.HYBRID)


# Visibilities whose description, concerns and place anyone may see.
SHOWS_DETAILS = (Group.Visibility.PUBLIC, Group.Visibility.PRIVATE)


class Membership(models.Model):
    """A person in a group, known there by a display name chosen for that group."""

    class Role(models.TextChoices):
        MEMBER = "member", _("Member")
        FACILITATOR = "facilitator", _("Facilitator")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for admission")
        ACTIVE = "active", _("Member")

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.MEMBER)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.ACTIVE
    )
    display_name = models.CharField(_("display name in this group"), max_length=60)
    joined_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("membership")
        constraints = [
            models.UniqueConstraint(fields=["group", "user"], name="one_membership_per_group"),
        ]
        indexes = [models.Index(fields=["user", "status"], name="membership_user_status")]

    def __str__(self) -> str:
        return f"{self.display_name} in {self.group}"


class SearchTerm(models.Model):
    """A word a group can be found by, and how much a match on it counts.

    The directory's index of names and descriptions, kept by the actions that change
    groups. A listed group is found by its name alone.
    """

    NAME, DESCRIPTION = 3, 1

    group = models.ForeignKey(
        Group, on_delete=models.CASCADE, related_name="search_terms", db_index=False
    )
    term = models.CharField(max_length=40)
    weight = models.PositiveSmallIntegerField()

    class Meta:
        verbose_name = _("search term")
        constraints = [
            models.UniqueConstraint(fields=["group", "term"], name="one_search_term_per_group"),
        ]
        indexes = [models.Index(fields=["term", "group"], name="search_term_lookup")]

    def __str__(self) -> str:
        return f"{self.term} ({self.weight})"
