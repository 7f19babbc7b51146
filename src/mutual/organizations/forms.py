"""What a steward fills in to say who holds power in an organization."""

from collections.abc import Mapping
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from mutual.core.models import Language
from mutual.organizations.actions import GOVERNANCE_FIELDS
from mutual.organizations.models import GovernanceProfile, Organization

LIVED_EXPERIENCE_HELP = _(
    "People with lived experience: people who have lived with the concern the organization "
    "serves.")
COUNT_HELP = _("Leave empty if you do not know.")

# Each count of people with lived experience, the total it is part of, and the database
# constraint whose message says what is wrong.
WITHIN_TOTALS = (
    ("paid_staff_lived_experience", "paid_staff", "paid_staff_lived_within_total"),
    ("volunteer_staff_lived_experience", "volunteer_staff",
     "volunteer_staff_lived_within_total"),
    ("board_seats_lived_experience", "board_seats", "board_seats_lived_within_total"),
)


def counts_beyond_totals(data: Mapping[str, Any]) -> dict[str, str]:
    """The counts of people with lived experience that exceed their totals, each with the
    message the database would give, keyed by the field to show it beside."""
    messages = {constraint.name: constraint.violation_error_message
                for constraint in GovernanceProfile._meta.constraints}
    errors = {}
    for part, whole, constraint in WITHIN_TOTALS:
        lived, total = data.get(part), data.get(whole)
        if lived is not None and total is not None and lived > total:
            errors[part] = str(messages[constraint])
    return errors


def _count(label: str, help_text: Any = COUNT_HELP) -> forms.IntegerField:
    return forms.IntegerField(label=label, required=False, min_value=0, max_value=100_000,
                              help_text=help_text)


class GovernanceForm(forms.Form):
    effective_from = forms.DateField(
        label=_("True from"), widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("The day this description became true. Earlier descriptions stay in the "
                    "history."),
        error_messages={"required": _("Please give the day this became true."),
                        "invalid": _("Please give a date such as 2026-03-31.")},
    )
    executive_lead_lived_experience = forms.ChoiceField(
        label=_("Does the person who leads the organization day to day have lived experience?"),
        choices=GovernanceProfile.Answer.choices, help_text=LIVED_EXPERIENCE_HELP,
    )
    paid_staff = _count(_("Paid staff"))
    paid_staff_lived_experience = _count(_("Paid staff with lived experience"))
    volunteer_staff = _count(_("Volunteers"))
    volunteer_staff_lived_experience = _count(_("Volunteers with lived experience"))
    board_seats = _count(_("Board seats"), _("Write 0 if the organization has no board."))
    board_seats_lived_experience = _count(
        _("Board seats held by people with lived experience"))
    hire_fire = forms.ChoiceField(
        label=_("Who can hire and fire the professionals who work for it?"),
        choices=GovernanceProfile.HireFire.choices,
        help_text=_("Professionals: clinicians, social workers, consultants paid for their "
                    "training rather than their experience."),
    )
    budget_control = forms.ChoiceField(
        label=_("Who decides how the money is spent?"),
        choices=GovernanceProfile.Budget.choices,
    )
    member_participation = forms.CharField(
        label=_("How do members take part in decisions?"), required=False, max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("For example: a members' meeting every month elects the board and votes "
                    "on the plan for the year."),
    )
    evidence_url = forms.URLField(
        label=_("A link to evidence"), required=False, max_length=200, assume_scheme="https",
        help_text=_("Bylaws, an annual report or a list of the board, where anyone can read "
                    "it."),
        error_messages={"invalid": _("Please give a whole web address, such as "
                                     "https://example.org/bylaws.pdf.")},
    )
    evidence_note = forms.CharField(
        label=_("About the evidence"), required=False, max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("What the link shows, or where else it can be checked."),
    )

    @classmethod
    def for_profile(cls, profile: GovernanceProfile | None,
                    data: Any = None) -> "GovernanceForm":
        """Prefilled from the profile in effect, true from today unless told otherwise."""
        initial: dict[str, Any] = {"effective_from": timezone.localdate()}
        if profile is not None:
            initial.update({name: getattr(profile, name) for name in GOVERNANCE_FIELDS})
        return cls(data, initial=initial)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        for name, message in counts_beyond_totals(cleaned).items():
            if name not in self.errors:
                self.add_error(name, message)
        return cleaned

    def governance_data(self) -> dict[str, Any]:
        return {name: self.cleaned_data[name] for name in GOVERNANCE_FIELDS}


class OrganizationProfileForm(forms.ModelForm):
    """What the organization's page says about it, as its stewards write it."""

    languages = forms.ModelMultipleChoiceField(
        label=_("Languages"), queryset=Language.objects.all(), required=False,
        help_text=_("The languages people can be helped in."),
    )
    parent = forms.ModelChoiceField(
        label=_("Part of"), queryset=Organization.objects.all(), required=False,
        empty_label=_("None: it stands on its own"),
        help_text=_("The federation or network this organization is a chapter of."),
    )

    website = forms.URLField(label=_("Website"), required=False, max_length=200,
                             assume_scheme="https")
    logo_url = forms.URLField(label=_("Logo address"), required=False, max_length=200,
                              assume_scheme="https")

    class Meta:
        model = Organization
        fields = ["name", "mission", "description", "legal_status", "languages", "parent",
                  "website", "phone", "contact_email", "service_area", "logo_url",
                  "founded_year"]
        widgets = {"description": forms.Textarea(attrs={"rows": 6}),
                   "mission": forms.Textarea(attrs={"rows": 2, "maxlength": 300})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["parent"].queryset = Organization.objects.exclude(pk=self.instance.pk)

    def _post_clean(self) -> None:
        # The action saves and validates the whole model; the form only checks the input.
        pass

    def profile_data(self) -> dict[str, Any]:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}
