import datetime

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from mutual.concerns.models import Concern
from mutual.core.models import Language
from mutual.organizations.models import Organization
from mutual.places.models import Place

DEFAULT_RULES = _(
    "What is said here stays here: do not repeat what members share, or who they are. "
    "Speak from your own experience and listen without judging. "
    "No advice about methods of self-harm, no selling, no hate. "
    "If you are in danger, contact a crisis line: this group is not a crisis service."
)


class ReferralPolicy(models.TextChoices):
    WELCOME = "welcome", _("Welcome through Mutual")
    PHONE = "phone", _("Only by phone")
    NONE = "none", _("We do not take referrals")


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
    rules = models.TextField(
        _("group rules"), blank=True,
        help_text=_("What each member accepts on joining. Left empty, the standard rules apply."),
    )
    allows_anonymous_posts = models.BooleanField(
        _("members may post anonymously"), default=False,
        help_text=_("Such posts show “a member”; facilitators and moderators can still act."),
    )
    allows_outside_images = models.BooleanField(
        _("show images from other websites in posts"), default=False,
    )
    referral_policy = models.CharField(
        _("referrals"), max_length=8, choices=ReferralPolicy.choices,
        default=ReferralPolicy.WELCOME,
    )
    referral_phone = models.CharField(
        _("phone for referrals"), max_length=40, blank=True,
        help_text=_("Shown to verified professionals when the group takes referrals by phone."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("group")
        indexes = [
            models.Index(fields=["format", "visibility", "status"], name="group_directory"),
            # Matching's online sample, read from the index alone (see referrals.matching).
            models.Index(fields=["format", "visibility", "status", "led_by", "audience", "id"],
                         name="group_online_sample"),
            # Matching's groups at the places near a client, read from the index alone.
            models.Index(fields=["place", "visibility", "status", "format", "id", "led_by",
                                 "audience", "address_for_members_only"],
                         name="group_at_place"),
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
    def rules_text(self) -> str:
        return self.rules or str(DEFAULT_RULES)

    @property
    def admits_on_request(self) -> bool:
        return self.visibility in (self.Visibility.PRIVATE, self.Visibility.LISTED)

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
        REMOVED = "removed", _("Removed by a facilitator")
        # Kept, not deleted, so that what they wrote still carries the name they used.
        LEFT = "left", _("Left the group")

    class Digest(models.TextChoices):
        NONE = "none", _("No digest")
        DAILY = "daily", _("Daily")
        WEEKLY = "weekly", _("Weekly")

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
    request_message = models.TextField(_("message to the facilitators"), blank=True)
    rules_accepted_at = models.DateTimeField(null=True, blank=True)
    admitted_at = models.DateTimeField(null=True, blank=True)
    muted_until = models.DateTimeField(null=True, blank=True)
    email_replies = models.BooleanField(_("email me replies to my threads"), default=True)
    email_mentions = models.BooleanField(_("email me when someone mentions me"), default=True)
    email_milestones = models.BooleanField(_("email me members' milestones"), default=False)
    digest = models.CharField(
        _("digest of new threads"), max_length=8, choices=Digest.choices, default=Digest.WEEKLY
    )
    digest_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("membership")
        constraints = [
            models.UniqueConstraint(fields=["group", "user"], name="one_membership_per_group"),
        ]
        indexes = [
            models.Index(fields=["user", "status"], name="membership_user_status"),
            models.Index(fields=["group", "status", "role"], name="membership_group_status"),
        ]

    def __str__(self) -> str:
        return f"{self.display_name} in {self.group}"

    def is_muted(self, now: datetime.datetime | None = None) -> bool:
        return self.muted_until is not None and self.muted_until > (now or timezone.now())


class Invitation(models.Model):
    """A link that lets its holder join a secret group; only its hash is kept."""

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="invitations")
    key_hash = models.CharField(max_length=64, unique=True)
    prefix = models.CharField(max_length=8)
    note = models.CharField(_("who it is for"), max_length=120, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"))
    revoked_at = models.DateTimeField(null=True, blank=True)
    max_uses = models.PositiveIntegerField(_("how many people may use it"), default=1)
    uses = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("invitation")

    def __str__(self) -> str:
        return f"{self.prefix}… for {self.group}"

    def is_usable(self, now: datetime.datetime | None = None) -> bool:
        now = now or timezone.now()
        return self.revoked_at is None and self.expires_at > now and self.uses < self.max_uses


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
