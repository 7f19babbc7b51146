import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from mutual.core.models import Language
from mutual.places.models import Place


class LegalStatus(models.TextChoices):
    NONPROFIT = "nonprofit", _("Nonprofit")
    CHARITY = "charity", _("Registered charity")
    COOPERATIVE = "cooperative", _("Cooperative")
    INFORMAL = "informal", _("Informal group")
    PUBLIC_BODY = "public_body", _("Public body")
    COMPANY = "company", _("Company")
    OTHER = "other", _("Other")


class Organization(models.Model):
    """A structured body that may run many groups and services."""

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    # Its identifier in Open Referral exports and the HSDS API; it never changes.
    hsds_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    contact_email = models.EmailField(
        _("contact email"), blank=True,
        help_text=_("Messages sent through the contact form go here; it is never shown."),
    )
    phone = models.CharField(_("public phone"), max_length=40, blank=True)
    service_area = models.CharField(
        _("area served"), max_length=200, blank=True,
        help_text=_("In words, such as “Whatcom County, Washington”."),
    )
    logo_url = models.URLField(_("logo address"), blank=True)
    founded_year = models.PositiveSmallIntegerField(_("year founded"), null=True, blank=True)
    place = models.ForeignKey(
        Place, null=True, blank=True, on_delete=models.SET_NULL, related_name="organizations"
    )
    mission = models.CharField(
        _("mission"), max_length=300, blank=True,
        help_text=_("One or two sentences: what the organization is for."),
    )
    legal_status = models.CharField(
        _("legal status"), max_length=20, choices=LegalStatus.choices, blank=True)
    languages = models.ManyToManyField(
        Language, blank=True, related_name="organizations", verbose_name=_("languages"))
    # A chapter names its federation; the actions refuse a loop of parents.
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="chapters",
        verbose_name=_("part of"),
    )
    # Set only by staff after checking documents.
    verified_at = models.DateTimeField(_("verified"), null=True, blank=True, editable=False)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", editable=False,
    )
    # What `classification.classify` makes of the profile in effect, kept for the directory's
    # filter; written only by the actions that state a profile and by the daily refresh.
    governance_kind = models.CharField(
        max_length=20, default="unknown", db_index=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organization")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("organization-detail", args=[self.slug])


class Stewardship(models.Model):
    """A person who may describe an organization: a board member or a member of its staff."""

    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="stewardships"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="stewardships"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("steward")
        constraints = [
            models.UniqueConstraint(fields=["organization", "user"], name="one_stewardship"),
        ]

    def __str__(self) -> str:
        return f"{self.user} for {self.organization}"


class GovernanceProfile(models.Model):
    """Who holds power in an organization, as stated from a date on. A change is a new row,
    so the history shows what was stated, by whom, and when it took effect."""

    class Answer(models.TextChoices):
        YES = "yes", _("Yes")
        NO = "no", _("No")
        UNKNOWN = "unknown", _("Not stated")

    class HireFire(models.TextChoices):
        BOARD = "board", _("The board")
        MEMBERS = "members", _("The members")
        OUTSIDE = "outside_body", _("An outside body (a parent agency, a funder, a hospital)")
        NO_PROFESSIONALS = "no_professionals", _(
            "Nobody: the organization employs no professionals")
        UNKNOWN = "unknown", _("Not stated")

    class Budget(models.TextChoices):
        BOARD = "board", _("The board")
        MEMBERS = "members", _("The members")
        STAFF = "staff", _("The staff")
        OUTSIDE = "outside_body", _("An outside body")
        UNKNOWN = "unknown", _("Not stated")

    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="governance_profiles"
    )
    effective_from = models.DateField(_("true from"))
    executive_lead_lived_experience = models.CharField(
        _("the executive lead has lived experience"), max_length=8, choices=Answer.choices,
        default=Answer.UNKNOWN,
    )
    paid_staff = models.PositiveIntegerField(_("paid staff"), null=True, blank=True)
    paid_staff_lived_experience = models.PositiveIntegerField(
        _("paid staff with lived experience"), null=True, blank=True)
    volunteer_staff = models.PositiveIntegerField(_("volunteer staff"), null=True, blank=True)
    volunteer_staff_lived_experience = models.PositiveIntegerField(
        _("volunteer staff with lived experience"), null=True, blank=True)
    board_seats = models.PositiveIntegerField(_("board seats"), null=True, blank=True)
    board_seats_lived_experience = models.PositiveIntegerField(
        _("board seats held by people with lived experience"), null=True, blank=True)
    hire_fire = models.CharField(
        _("who can hire and fire professionals"), max_length=16, choices=HireFire.choices,
        default=HireFire.UNKNOWN,
    )
    budget_control = models.CharField(
        _("who controls the budget"), max_length=16, choices=Budget.choices,
        default=Budget.UNKNOWN,
    )
    member_participation = models.TextField(
        _("how members take part in decisions"), blank=True)
    evidence_url = models.URLField(_("evidence (a link to a document)"), blank=True)
    evidence_note = models.TextField(_("about the evidence"), blank=True)
    stated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    stated_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-effective_from", "-stated_at"]
        verbose_name = _("governance profile")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(paid_staff_lived_experience__isnull=True)
                | models.Q(paid_staff_lived_experience__lte=models.F("paid_staff")),
                name="paid_staff_lived_within_total",
                violation_error_message=_(
                    "More paid staff with lived experience than paid staff."),
            ),
            models.CheckConstraint(
                condition=models.Q(volunteer_staff_lived_experience__isnull=True)
                | models.Q(volunteer_staff_lived_experience__lte=models.F("volunteer_staff")),
                name="volunteer_staff_lived_within_total",
                violation_error_message=_(
                    "More volunteer staff with lived experience than volunteer staff."),
            ),
            models.CheckConstraint(
                condition=models.Q(board_seats_lived_experience__isnull=True)
                | models.Q(board_seats_lived_experience__lte=models.F("board_seats")),
                name="board_seats_lived_within_total",
                violation_error_message=_(
                    "More board seats held by people with lived experience than seats."),
            ),
        ]
        indexes = [
            models.Index(fields=["organization", "-effective_from"], name="governance_current"),
        ]

    def __str__(self) -> str:
        return f"{self.organization} from {self.effective_from}"
