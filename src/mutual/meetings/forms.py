import datetime as dt
import json
import zoneinfo
from functools import cache
from pathlib import Path
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from mutual.concerns.queries import concern_choices, concern_index
from mutual.core.models import is_language_code
from mutual.groups.models import Group
from mutual.groups.queries import languages_in_use
from mutual.meetings.occurrences import HORIZON_DAYS
from mutual.meetings.queries import DEFAULT_RADIUS_KM, TIMES_OF_DAY, FinderCriteria
from mutual.places.lookup import PlaceNotFound, resolve_place

MAX_RADIUS_KM = 500
MAX_HOURS = HORIZON_DAYS * 24
TYPES_FILE = Path(__file__).parent / "data" / "types.json"


@cache
def meeting_types() -> dict[str, dict[str, str]]:
    """Meeting Guide type codes with their names by language."""
    return json.loads(TYPES_FILE.read_text(encoding="utf-8"))


def type_name(code: str, language: str | None = None) -> str:
    names = meeting_types().get(code)
    if names is None:
        return code
    language = (language or get_language() or "en")[:2]
    return names.get(language) or names["en"]


def type_choices() -> list[tuple[str, str]]:
    return sorted(((code, type_name(code)) for code in meeting_types()), key=lambda c: c[1])


DAY_CHOICES = [
    ("0", _("Sunday")), ("1", _("Monday")), ("2", _("Tuesday")), ("3", _("Wednesday")),
    ("4", _("Thursday")), ("5", _("Friday")), ("6", _("Saturday")),
]
TIME_OF_DAY_CHOICES = [
    ("", _("Any time")),
    ("morning", _("Morning (5-12)")),
    ("afternoon", _("Afternoon (12-17)")),
    ("evening", _("Evening (17-21)")),
    ("night", _("Night (21-5)")),
]
ONLINE_CHOICES = [
    ("", _("In person only (near the place), or all")),
    ("include", _("In person or online")),
    ("only", _("Online only")),
]


def zone_or_none(name: str) -> zoneinfo.ZoneInfo | None:
    try:
        return zoneinfo.ZoneInfo(name) if name else None
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None


class MeetingSearchForm(forms.Form):
    """The finder's parameters, parsed the same way for pages, the API and calendar feeds."""

    near = forms.CharField(
        label=_("Where?"), required=False, max_length=200,
        widget=forms.TextInput(attrs={"placeholder": _("town, postal code or lat,lon")}),
    )
    radius_km = forms.FloatField(
        label=_("Within (km)"), required=False, min_value=0.1, max_value=MAX_RADIUS_KM,
    )
    online = forms.ChoiceField(label=_("Online meetings"), required=False, choices=ONLINE_CHOICES)
    concern = forms.CharField(label=_("Concern"), required=False, max_length=80)
    language = forms.CharField(label=_("Language"), required=False, max_length=8)
    type = forms.MultipleChoiceField(
        label=_("Meeting types"), required=False,
        widget=forms.SelectMultiple(attrs={"size": 4}),
    )
    led_by = forms.ChoiceField(
        label=_("Led by"), required=False, choices=[("", _("Anyone")), *Group.LedBy.choices],
    )
    day = forms.TypedMultipleChoiceField(
        label=_("Days"), required=False, choices=DAY_CHOICES, coerce=int,
        widget=forms.CheckboxSelectMultiple,
    )
    time_of_day = forms.ChoiceField(
        label=_("Time of day"), required=False, choices=TIME_OF_DAY_CHOICES,
        help_text=_("In the meeting's own time."),
    )
    starts_within_hours = forms.FloatField(
        label=_("Starting within (hours)"), required=False, min_value=0, max_value=MAX_HOURS,
    )
    date_from = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}),
    )
    date_to = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"}),
    )
    tz = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)

    # `from` is a Python keyword: in URLs the two dates are `from` and `to`.
    PARAMETER_NAMES = {"date_from": "from", "date_to": "to"}

    def __init__(self, data: Any = None, *args: Any, default_zone: str = "", **kwargs: Any):
        super().__init__(data, *args, **kwargs)
        self.default_zone = default_zone
        self.fields["language"].widget = forms.Select(
            choices=[("", _("Any language")), *languages_in_use()]
        )
        self.fields["concern"].widget = forms.Select(
            choices=[("", _("Any concern")), *concern_choices()]
        )
        self.fields["type"].choices = type_choices()

    def add_prefix(self, field_name: str) -> str:
        return self.PARAMETER_NAMES.get(field_name, field_name)

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

    def clean_tz(self) -> str:
        name = self.cleaned_data["tz"].strip()
        if name and zone_or_none(name) is None:
            raise forms.ValidationError(
                _("“%(zone)s” is not an IANA time zone, such as “Europe/Paris”."),
                params={"zone": name}, code="unknown_zone",
            )
        return name

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        first, last = data.get("date_from"), data.get("date_to")
        today = timezone.now().date()
        limit = today + dt.timedelta(days=HORIZON_DAYS - 1)
        if first and last and last < first:
            self.add_error("date_to", _("“To” is before “From”."))
        for name, day in (("date_from", first), ("date_to", last)):
            if day and day > limit:
                self.add_error(
                    name,
                    _("Meetings are listed up to %(days)s days ahead, until %(date)s.")
                    % {"days": HORIZON_DAYS, "date": limit.isoformat()},
                )
        if data.get("online") == "" and data.get("radius_km") and not data.get("near"):
            self.add_error("radius_km", _("Give a place to search around, or leave this empty."))
        return data

    @property
    def viewer_zone_name(self) -> str:
        return (self.is_bound and self.cleaned_data.get("tz")) or self.default_zone or "UTC"

    def criteria(self, **extra: Any) -> FinderCriteria:
        data = self.cleaned_data
        return FinderCriteria(
            near=data["near"],
            radius_km=data["radius_km"] or DEFAULT_RADIUS_KM,
            online=data["online"],
            concern=data["concern"],
            language=data["language"],
            types=tuple(data["type"]),
            led_by=data["led_by"],
            days=tuple(data["day"]),
            time_of_day=data["time_of_day"] if data["time_of_day"] in TIMES_OF_DAY else "",
            starts_within_hours=data["starts_within_hours"],
            date_from=data["date_from"],
            date_to=data["date_to"],
            viewer_zone=zone_or_none(self.viewer_zone_name) or dt.UTC,
            **extra,
        )
