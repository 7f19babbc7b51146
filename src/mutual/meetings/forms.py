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
from django_countries import countries

from mutual.core.models import Language
from mutual.groups.forms import PlaceConcernLanguageFields
from mutual.groups.models import Group
from mutual.meetings.models import Meeting
from mutual.meetings.occurrences import HORIZON_DAYS
from mutual.meetings.queries import DEFAULT_RADIUS_KM, TIMES_OF_DAY, FinderCriteria
from mutual.meetings.recurrence import (
    SUNDAY_FIRST,
    monthly_rule,
    rule_parts,
    validate_rule,
    weekly_rule,
)
from mutual.places.models import Place

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
    """The type codes with their names in the current language, by name."""
    return _type_choices((get_language() or "en")[:2])


@cache
def _type_choices(language: str) -> list[tuple[str, str]]:
    return sorted(
        ((code, type_name(code, language)) for code in meeting_types()), key=lambda c: c[1]
    )


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


class MeetingSearchForm(PlaceConcernLanguageFields, forms.Form):
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
        self.fields["type"].choices = type_choices()

    def add_prefix(self, field_name: str) -> str:
        return self.PARAMETER_NAMES.get(field_name, field_name)

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


PATTERN_CHOICES = [
    ("weekly", _("Every week")),
    ("biweekly", _("Every other week")),
    ("monthly", _("Once a month, on a weekday")),
    ("custom", _("Another pattern, written as a rule")),
]
ORDINAL_CHOICES = [
    ("1", _("first")), ("2", _("second")), ("3", _("third")), ("4", _("fourth")),
    ("-1", _("last")),
]
MONTHLY_ORDINALS = {value for value, _label in ORDINAL_CHOICES}


def zone_choices() -> list[tuple[str, str]]:
    return [(name, name) for name in sorted(zoneinfo.available_timezones())]


def country_choices() -> list[tuple[str, str]]:
    return [("", _("Choose a country")), *((code, name) for code, name in countries)]


def rule_shape(rule: str) -> dict[str, Any]:
    """The recurrence chooser's fields for a rule: one of its simple shapes, else custom."""
    try:
        canonical = validate_rule(rule)
    except forms.ValidationError:
        return {"pattern": "custom"}
    parts = rule_parts(canonical)
    codes = [code for code in parts.get("BYDAY", "").split(",") if code]
    if parts.get("FREQ") == "WEEKLY" and codes and all(code in SUNDAY_FIRST for code in codes):
        days = sorted(SUNDAY_FIRST.index(code) for code in codes)
        for pattern, interval in (("weekly", 1), ("biweekly", 2)):
            if weekly_rule(days, interval) == canonical:
                return {"pattern": pattern, "days": [str(day) for day in days]}
    if parts.get("FREQ") == "MONTHLY" and len(codes) == 1 and codes[0][-2:] in SUNDAY_FIRST:
        ordinal, weekday = codes[0][:-2], SUNDAY_FIRST.index(codes[0][-2:])
        if ordinal in MONTHLY_ORDINALS and monthly_rule(int(ordinal), weekday) == canonical:
            return {"pattern": "monthly", "ordinal": ordinal, "weekday": str(weekday)}
    return {"pattern": "custom"}


class MeetingForm(forms.Form):
    """What a facilitator sets for one of their group's meetings.

    The recurrence chooser builds the RFC 5545 rule from a few plain choices; the actions
    decide what a meeting needs (a link when online, a place when in person).
    """

    name = forms.CharField(
        label=_("Name"), required=False, max_length=200,
        help_text=_("Leave empty to use the group's name."),
    )
    pattern = forms.ChoiceField(
        label=_("How often it meets"), choices=PATTERN_CHOICES, widget=forms.RadioSelect,
    )
    days = forms.TypedMultipleChoiceField(
        label=_("On"), required=False, choices=DAY_CHOICES, coerce=int,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("For meetings every week or every other week."),
    )
    ordinal = forms.TypedChoiceField(
        label=_("Which one in the month"), required=False, choices=ORDINAL_CHOICES, coerce=int,
        empty_value=None, help_text=_("For meetings once a month."),
    )
    weekday = forms.TypedChoiceField(
        label=_("Weekday"), required=False, choices=DAY_CHOICES, coerce=int, empty_value=None,
        help_text=_("For meetings once a month."),
    )
    custom_rule = forms.CharField(
        label=_("Rule"), required=False, max_length=300,
        help_text=_("For another pattern: an RFC 5545 rule, such as FREQ=MONTHLY;BYDAY=-1FR "
                    "for the last Friday of each month."),
    )
    starts_on = forms.DateField(
        label=_("First date"), widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("The schedule counts from this date. For every other week, "
                    "choose a date in a week it meets."),
    )
    start_time = forms.TimeField(
        label=_("Start time"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        help_text=_("The local time where it meets."),
    )
    duration_minutes = forms.IntegerField(
        label=_("Duration (minutes)"), min_value=1, max_value=24 * 60,
    )
    time_zone = forms.ChoiceField(label=_("Time zone"), choices=zone_choices)
    attendance = forms.ChoiceField(
        label=_("How people take part"), choices=Meeting.Attendance.choices,
        widget=forms.RadioSelect,
    )
    where = forms.ChoiceField(label=_("Where it meets"), widget=forms.RadioSelect)
    place_name = forms.CharField(label=_("Name of the venue"), required=False, max_length=200)
    street = forms.CharField(label=_("Street address"), required=False, max_length=200)
    locality = forms.CharField(label=_("Town or city"), required=False, max_length=120)
    region = forms.CharField(label=_("Region or state"), required=False, max_length=120)
    postal_code = forms.CharField(label=_("Postal code"), required=False, max_length=20)
    country = forms.ChoiceField(label=_("Country"), required=False, choices=country_choices)
    location_notes = forms.CharField(
        label=_("Notes about the place"), required=False, max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("How to find the room: entrance, floor, parking."),
    )
    conference_url = forms.URLField(
        label=_("Video link"), required=False, max_length=500, assume_scheme="https",
    )
    conference_url_notes = forms.CharField(
        label=_("Notes on the video link"), required=False, max_length=300,
        help_text=_("A meeting ID or passcode, for example."),
    )
    conference_phone = forms.CharField(label=_("Dial-in phone"), required=False, max_length=60)
    conference_phone_notes = forms.CharField(
        label=_("Notes on the dial-in"), required=False, max_length=300,
    )
    conference_for_members_only = forms.BooleanField(
        label=_("Video link and phone for members only"), required=False,
        help_text=_("Others see that the meeting is online and how to ask the group to join."),
    )
    types = forms.MultipleChoiceField(
        label=_("Meeting types"), required=False, widget=forms.CheckboxSelectMultiple,
    )
    languages = forms.ModelMultipleChoiceField(
        label=_("Languages"), required=False, queryset=Language.objects.all(),
        widget=forms.SelectMultiple(attrs={"size": 6}),
    )
    notes = forms.CharField(
        label=_("Notes"), required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 4}),
    )
    status = forms.ChoiceField(label=_("Status"), choices=Meeting.Status.choices)

    MEETING_FIELDS = (
        "name", "starts_on", "start_time", "duration_minutes", "time_zone", "attendance",
        "location_notes", "conference_url", "conference_url_notes", "conference_phone",
        "conference_phone_notes", "conference_for_members_only", "notes", "status",
    )

    def __init__(
        self, data: Any = None, *, group: Group, meeting: Meeting | None = None,
        user: Any = None,
    ) -> None:
        self.group = group
        self.meeting = meeting
        initial = self._initial_for(meeting) if meeting else self._initial_for_new(group, user)
        super().__init__(data, initial=initial)
        group_place = (
            _("At the group's place: %(place)s") % {"place": group.place}
            if group.place else _("No place of its own (the group has no place yet)")
        )
        self.fields["where"].choices = [
            ("group", group_place),
            ("own", _("At a place of its own")),
        ]
        known = list(type_choices())
        listed = {code for code, _name in known}
        kept = [(code, code) for code in (meeting.types if meeting else []) if code not in listed]
        self.fields["types"].choices = [*known, *kept]

    @staticmethod
    def _initial_for_new(group: Group, user: Any) -> dict[str, Any]:
        zone = group.place.time_zone if group.place else getattr(user, "time_zone", "") or "UTC"
        return {
            "pattern": "weekly",
            "starts_on": timezone.now().astimezone(zone_or_none(zone) or dt.UTC).date(),
            "duration_minutes": 60,
            "time_zone": zone,
            # A group's format and a meeting's attendance share their values.
            "attendance": group.format,
            # Only a group that meets online has no place; its meetings need none either.
            "where": "group",
            "country": group.place.country.code if group.place else "",
            "languages": [language.pk for language in group.languages.all()],
            "status": Meeting.Status.ACTIVE,
        }

    @staticmethod
    def _initial_for(meeting: Meeting) -> dict[str, Any]:
        initial: dict[str, Any] = {
            name: getattr(meeting, name) for name in MeetingForm.MEETING_FIELDS
        }
        initial.update(rule_shape(meeting.rrule))
        initial["custom_rule"] = meeting.rrule
        initial["types"] = list(meeting.types)
        initial["languages"] = [language.pk for language in meeting.languages.all()]
        place = meeting.place
        initial["where"] = "own" if place else "group"
        if place is not None:
            initial.update({
                "place_name": place.name, "street": place.street, "locality": place.locality,
                "region": place.region, "postal_code": place.postal_code,
                "country": place.country.code,
            })
        elif meeting.group.place is not None:
            initial["country"] = meeting.group.place.country.code
        return initial

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        data["rrule"] = self._rule(data)
        if data.get("where") == "own":
            if not data.get("locality"):
                self.add_error("locality", _("Give the town or city where it meets."))
            if not data.get("country"):
                self.add_error("country", _("Choose the country where it meets."))
        return data

    def _rule(self, data: dict[str, Any]) -> str | None:
        pattern = data.get("pattern")
        if pattern in ("weekly", "biweekly"):
            if not data.get("days"):
                self.add_error("days", _("Choose the days it meets."))
                return None
            return weekly_rule(data["days"], 2 if pattern == "biweekly" else 1)
        if pattern == "monthly":
            if data.get("ordinal") is None or data.get("weekday") is None:
                self.add_error("ordinal", _("Choose which weekday of the month it meets."))
                return None
            return monthly_rule(data["ordinal"], data["weekday"])
        if pattern == "custom":
            text = data.get("custom_rule", "")
            if not text:
                self.add_error("custom_rule", _("Write the rule, such as FREQ=WEEKLY;BYDAY=MO,TH."))
                return None
            try:
                return validate_rule(text)
            except forms.ValidationError as error:
                self.add_error("custom_rule", error)
        return None

    def meeting_data(self) -> dict[str, Any]:
        """The meeting's fields as the actions take them (place and languages aside)."""
        data = self.cleaned_data
        fields = {name: data[name] for name in self.MEETING_FIELDS}
        fields["rrule"] = data["rrule"]
        codes = list(data["types"])
        # The same codes in another order are no change.
        if self.meeting is not None and set(codes) == set(self.meeting.types):
            codes = list(self.meeting.types)
        fields["types"] = codes
        return fields

    def address(self) -> dict[str, str]:
        """The meeting's own address as typed, for the place action."""
        data = self.cleaned_data
        return {
            "name": data["place_name"], "street": data["street"], "locality": data["locality"],
            "region": data["region"], "postal_code": data["postal_code"],
            "country": data["country"],
        }

    def describes(self, place: Place) -> bool:
        """Whether the address typed is this place's, so the place can stay as it is."""
        address = self.address()
        return (
            place.name, place.street, place.locality, place.region, place.postal_code,
            place.country.code,
        ) == (
            address["name"], address["street"], address["locality"], address["region"],
            address["postal_code"], address["country"],
        )


class ReasonField(forms.CharField):
    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("label", _("Reason"))
        kwargs.setdefault("help_text", _("Shown to people with the meeting, such as “Holiday”."))
        super().__init__(max_length=300, **kwargs)


class CancelOccurrenceForm(forms.Form):
    reason = ReasonField()


class MoveOccurrenceForm(forms.Form):
    """A new local date and time for one occurrence, in the meeting's own zone."""

    date = forms.DateField(label=_("New date"), widget=forms.DateInput(attrs={"type": "date"}))
    time = forms.TimeField(
        label=_("New start time"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
    )
    duration_minutes = forms.IntegerField(
        label=_("Duration (minutes)"), required=False, min_value=1, max_value=24 * 60,
        help_text=_("Leave empty to keep the usual length."),
    )
    reason = ReasonField()


class PauseForm(forms.Form):
    """A stretch of dates on which a meeting does not take place, such as a summer break."""

    starts_on = forms.DateField(label=_("From"), widget=forms.DateInput(attrs={"type": "date"}))
    ends_on = forms.DateField(
        label=_("Until"), widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("The last day of the pause."),
    )
    reason = ReasonField(help_text=_("Shown to people with the meeting, such as “Summer break”."))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        starts_on, ends_on = data.get("starts_on"), data.get("ends_on")
        if starts_on and ends_on and ends_on < starts_on:
            self.add_error("ends_on", _("The pause ends before it starts: check the dates."))
        return data


class MeetingQuery(MeetingSearchForm):
    """The finder's parameters read for the API and calendar feeds: the same checks, without
    the lists a page shows to choose from."""

    show_choices = False
