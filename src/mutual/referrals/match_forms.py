"""The client-needs form: read the same way for the matching page and the API."""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from mutual.concerns.queries import concern_choices, concern_index
from mutual.core.models import is_language_code
from mutual.groups.queries import languages_in_use
from mutual.meetings.forms import DAY_CHOICES
from mutual.places.lookup import PlaceNotFound, resolve_place
from mutual.referrals.matching import DEFAULT_MAX_KM, Needs, language_name
from mutual.services.queries import service_languages

MAX_KM = 500
PREFERENCES = [
    ("peer_led", _("Peer-led")),
    ("lgbtq", _("LGBTQ+")),
    ("accessible", _("Accessible venue (wheelchair access)")),
    ("free", _("Free")),
]
GENDER_CHOICES = [("", _("Anyone")), ("women", _("Women only")), ("men", _("Men only"))]


class _OpenChoices(forms.MultipleChoiceField):
    """Values are checked by the form's own clean methods, whatever the page lists."""

    def valid_value(self, value: Any) -> bool:
        return True


class ClientNeedsForm(forms.Form):
    concern = _OpenChoices(
        label=_("Concerns"), widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_("One or more; each includes the concerns below it."),
        error_messages={"required": _("Choose at least one concern.")},
    )
    near = forms.CharField(
        label=_("Where the client lives"), required=False, max_length=200,
        widget=forms.TextInput(attrs={"placeholder": _("town, postal code or lat,lon")}),
    )
    online_only = forms.BooleanField(
        label=_("Online only"), required=False,
        help_text=_("The place then only sets the clock meeting times are shown in."),
    )
    max_km = forms.FloatField(
        label=_("How far they can travel (km)"), required=False, min_value=0.1,
        max_value=MAX_KM, help_text=_("Leave empty for 10 km."),
    )
    language = _OpenChoices(
        label=_("Languages they speak"), required=False,
        widget=forms.SelectMultiple(attrs={"size": 5}),
    )
    day = forms.TypedMultipleChoiceField(
        label=_("Days they are free"), required=False, choices=DAY_CHOICES, coerce=int,
        widget=forms.CheckboxSelectMultiple,
    )
    free_from = forms.TimeField(
        label=_("Free from"), required=False, widget=forms.TimeInput(attrs={"type": "time"}),
        help_text=_("Such as 17:00."),
    )
    free_until = forms.TimeField(
        label=_("Free until"), required=False, widget=forms.TimeInput(attrs={"type": "time"}),
        help_text=_("Such as 21:00."),
    )
    prefer = forms.MultipleChoiceField(
        label=_("Preferences"), required=False, choices=PREFERENCES,
        widget=forms.CheckboxSelectMultiple,
    )
    gender = forms.ChoiceField(label=_("Gender-specific"), required=False,
                               choices=GENDER_CHOICES)
    for_family = forms.BooleanField(
        label=_("A family member is the one seeking help"), required=False,
        help_text=_("Looks for groups that welcome family and friends."),
    )

    # Pages list the concerns and languages to choose from; the API only checks the values.
    show_choices = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.show_choices:
            self.fields["concern"].choices = concern_choices()
            spoken = {code for code, _name in [*languages_in_use(), *service_languages()]}
            self.fields["language"].choices = sorted(
                ((code, language_name(code)) for code in spoken), key=lambda choice: choice[1])

    def clean_concern(self) -> list[str]:
        slugs = [slug.strip() for slug in self.cleaned_data["concern"] if slug.strip()]
        unknown = [slug for slug in slugs if slug not in concern_index().by_slug]
        if unknown:
            raise forms.ValidationError(
                _("There is no concern “%(slug)s”. See /api/v1/concerns/ for the list."),
                params={"slug": unknown[0]}, code="unknown_concern")
        if not slugs:
            raise forms.ValidationError(_("Choose at least one concern."), code="required")
        return list(dict.fromkeys(slugs))

    def clean_language(self) -> list[str]:
        codes = [code.strip().lower() for code in self.cleaned_data["language"] if code.strip()]
        for code in codes:
            if not is_language_code(code):
                raise forms.ValidationError(
                    _("“%(code)s” is not a two-letter ISO 639-1 language code, such as “en” "
                      "or “es”."), params={"code": code}, code="unknown_language")
        return list(dict.fromkeys(codes))

    def clean_near(self) -> Any:
        text = self.cleaned_data["near"].strip()
        if not text:
            return None
        try:
            return resolve_place(text)
        except PlaceNotFound as error:
            raise forms.ValidationError(str(error), code="unknown_place") from error

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        begins, ends = data.get("free_from"), data.get("free_until")
        if begins is not None and ends is not None and ends <= begins:
            self.add_error("free_until", _(
                "Give a time after “free from”, on the same day, such as 17:00 to 21:00."))
        if not self.has_error("near") and data.get("near") is None and not data.get(
                "online_only"):
            self.add_error("near", _(
                "Say where the client lives, or tick “Online only”."))
        return data

    def needs(self, *, time_zone: str = "UTC") -> Needs:
        """The client's needs; `time_zone` is the clock to read meetings on when no place
        is given."""
        data = self.cleaned_data
        prefer = set(data["prefer"])
        return Needs(
            concerns=tuple(data["concern"]),
            near=data["near"],
            online_only=data["online_only"],
            max_km=data["max_km"] or DEFAULT_MAX_KM,
            languages=tuple(data["language"]),
            days=tuple(sorted(set(data["day"]))),
            free_from=data["free_from"],
            free_until=data["free_until"],
            peer_led="peer_led" in prefer,
            gender=data["gender"],
            lgbtq="lgbtq" in prefer,
            accessible="accessible" in prefer,
            free="free" in prefer,
            for_family=data["for_family"],
            time_zone=time_zone,
        )


class ClientNeedsQuery(ClientNeedsForm):
    """The same needs read from the API's query parameters."""

    show_choices = False
