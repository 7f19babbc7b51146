from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from mutual.concerns.queries import concern_choices, concern_index
from mutual.core.models import is_language_code
from mutual.groups.models import Group, ReferralPolicy
from mutual.groups.queries import DEFAULT_RADIUS_KM, DirectoryCriteria, languages_in_use
from mutual.organizations.classification import KINDS
from mutual.places.lookup import PlaceNotFound, resolve_place

MAX_RADIUS_KM = 500


def _blank(choices: list[tuple[str, str]], label: str) -> list[tuple[str, str]]:
    return [("", label), *choices]


class PlaceConcernLanguageFields:
    """What the directory and the meeting finder both ask: where, which concern, which
    language; read and checked the same way in both."""

    fields: dict[str, forms.Field]
    cleaned_data: dict[str, Any]
    # Pages list the concerns and languages to choose from; the API only checks the value.
    show_choices = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[call-arg]
        if not self.show_choices:
            return
        self.fields["language"].widget = forms.Select(
            choices=[("", _("Any language")), *languages_in_use()]
        )
        self.fields["concern"].widget = forms.Select(
            choices=[("", _("Any concern")), *concern_choices()]
        )

    def clean_near(self) -> Any:
        text = self.cleaned_data["near"].strip()
        if not text:
            return None
        try:
            return resolve_place(text)
        except PlaceNotFound as error:
            raise forms.ValidationError(str(error), code="unknown_place") from error

    def clean_concern(self) -> str:
        slug = self.cleaned_data["concern"].strip()
        if slug and slug not in concern_index().by_slug:
            raise forms.ValidationError(
                _("There is no concern “%(slug)s”. See /api/v1/concerns/ for the list."),
                params={"slug": slug}, code="unknown_concern",
            )
        return slug

    def clean_language(self) -> str:
        code = self.cleaned_data["language"].strip().lower()
        if code and not is_language_code(code):
            raise forms.ValidationError(
                _("“%(code)s” is not a two-letter ISO 639-1 language code, such as “en” or “es”."),
                params={"code": code}, code="unknown_language",
            )
        return code


class DirectorySearchForm(PlaceConcernLanguageFields, forms.Form):
    """The directory's parameters, parsed the same way for pages and the API."""

    q = forms.CharField(
        label=_("What are you looking for?"), required=False, max_length=200,
        widget=forms.TextInput(attrs={"placeholder": _("grief, alcohol, caring for a parent…"),
                                      "type": "search"}),
    )
    near = forms.CharField(
        label=_("Where?"), required=False, max_length=200,
        widget=forms.TextInput(attrs={"placeholder": _("town, postal code or lat,lon")}),
    )
    radius_km = forms.FloatField(
        label=_("Within (km)"), required=False, min_value=0.1, max_value=MAX_RADIUS_KM,
    )
    concern = forms.CharField(label=_("Concern"), required=False, max_length=80)
    language = forms.CharField(label=_("Language"), required=False, max_length=8)
    format = forms.ChoiceField(
        label=_("How it meets"), required=False,
        choices=_blank(Group.Format.choices, _("In person or online")),
    )
    led_by = forms.ChoiceField(
        label=_("Led by"), required=False, choices=_blank(Group.LedBy.choices, _("Anyone")),
    )
    audience = forms.ChoiceField(
        label=_("Who may come"), required=False,
        choices=_blank(Group.Audience.choices, _("Anyone")),
    )
    governance = forms.ChoiceField(
        label=_("Run by an organization that is…"), required=False,
        # Unknown is no choice: it says only that too little is stated.
        choices=_blank(
            [(kind, label) for kind, label in KINDS.items() if kind != "unknown"],
            _("Any, or no organization"),
        ),
    )

    def criteria(self) -> DirectoryCriteria:
        data = self.cleaned_data
        return DirectoryCriteria(
            q=data["q"],
            concern=data["concern"],
            near=data["near"],
            radius_km=data["radius_km"] or DEFAULT_RADIUS_KM,
            language=data["language"],
            format=data["format"],
            led_by=data["led_by"],
            audience=data["audience"],
            governance=data["governance"],
        )


class DirectoryQuery(DirectorySearchForm):
    """The directory's parameters read for the API: the same checks, without the lists a
    page shows to choose from."""

    show_choices = False


class GroupForm(forms.ModelForm):
    """What a facilitator keeps true on their group's page."""

    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")

    class Meta:
        model = Group
        fields = [
            "name", "description", "concerns", "led_by", "audience", "open_meetings", "format",
            "languages", "visibility", "status", "address_for_members_only", "contact_email",
            "website", "founded_year", "referral_policy", "referral_phone",
        ]
        widgets = {
            "concerns": forms.SelectMultiple(attrs={"size": 8}),
            "languages": forms.SelectMultiple(attrs={"size": 6}),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Left out of a submission (an older form, a script), the group keeps its answer.
        self.fields["referral_policy"].required = False

    def clean_referral_policy(self) -> str:
        return self.cleaned_data.get("referral_policy") or self.instance.referral_policy

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("format") != Group.Format.ONLINE and self.instance.place_id is None:
            self.add_error("format", _("A group that meets in person needs a place first."))
        if data.get("referral_policy") == ReferralPolicy.PHONE and not data.get("referral_phone"):
            self.add_error("referral_phone", _("Give the number professionals should call."))
        return data


class ContactForm(forms.Form):
    name = forms.CharField(label=_("Your name (or what to call you)"), max_length=80)
    email = forms.EmailField(
        label=_("Your email address"),
        help_text=_("The group replies to this address. It is not shown to anyone else."),
    )
    message = forms.CharField(label=_("Message"), max_length=4000, widget=forms.Textarea)
    website = forms.CharField(required=False, label="", widget=forms.HiddenInput)
