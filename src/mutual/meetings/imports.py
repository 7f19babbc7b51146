"""Importing a Meeting Guide feed: a meeting list that publishes one moves into Mutual.

The whole run is one transaction. Each row is checked on its own and rejected with its
reason while the others go in; a row whose slug is already here updates that meeting,
so running the same feed twice changes nothing.
"""

import zoneinfo
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from mutual.audit.actions import record
from mutual.concerns.queries import concern_index
from mutual.core.models import Language
from mutual.groups.actions import create_group, unique_slug
from mutual.groups.models import Group
from mutual.meetings.actions import create_meeting, update_meeting
from mutual.meetings.meeting_guide import (
    EntitySpec,
    MeetingSpec,
    PlaceSpec,
    RowError,
    known_time_zones,
    read_row,
)
from mutual.meetings.models import Meeting
from mutual.meetings.recurrence import weekly_rule
from mutual.organizations.models import Organization
from mutual.places.models import Place

DEFAULT_KEYS = ("concern", "led_by", "audience", "visibility", "language", "timezone")


class FeedError(ValueError):
    """The feed or the options cannot be used at all; nothing was changed."""


@dataclass(frozen=True)
class GroupDefaults:
    """What a feed cannot say about the groups it brings, given by the person importing."""

    concern_id: int | None = None
    led_by: str = Group.LedBy.PEERS
    audience: str = Group.Audience.CONCERN
    visibility: str = Group.Visibility.PUBLIC
    language: str = ""
    timezone: str = ""


def read_defaults(options: Mapping[str, str]) -> GroupDefaults:
    """--group-defaults as given (key → value), checked; raises FeedError saying what to fix."""
    unknown = sorted(set(options) - set(DEFAULT_KEYS))
    if unknown:
        raise FeedError(
            _("Unknown group default %(keys)s; the known ones are %(known)s.")
            % {"keys": ", ".join(unknown), "known": ", ".join(DEFAULT_KEYS)}
        )
    concern_id = None
    if options.get("concern"):
        concern_id = concern_index().by_slug.get(options["concern"])
        if concern_id is None:
            raise FeedError(_("There is no concern “%(slug)s”.") % {"slug": options["concern"]})
    choices = {
        "led_by": Group.LedBy.values,
        "audience": Group.Audience.values,
        "visibility": Group.Visibility.values,
    }
    for key, allowed in choices.items():
        if options.get(key) and options[key] not in allowed:
            raise FeedError(
                _("%(key)s must be one of %(allowed)s.")
                % {"key": key, "allowed": ", ".join(allowed)}
            )
    language = options.get("language", "").lower()
    if language and not Language.objects.filter(code=language).exists():
        raise FeedError(_("“%(code)s” is not an ISO 639-1 language code.") % {"code": language})
    zone = options.get("timezone", "")
    if zone and zone not in known_time_zones():
        raise FeedError(_("“%(zone)s” is not a time zone we know.") % {"zone": zone})
    return GroupDefaults(
        concern_id=concern_id,
        led_by=options.get("led_by") or Group.LedBy.PEERS,
        audience=options.get("audience") or Group.Audience.CONCERN,
        visibility=options.get("visibility") or Group.Visibility.PUBLIC,
        language=language,
        timezone=zone,
    )


@dataclass(frozen=True)
class Rejection:
    number: int  # the row's place in the feed, from 1
    slug: str
    name: str
    reason: str


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    dry_run: bool = False

    def counts(self) -> dict[str, int]:
        return {"created": self.created, "updated": self.updated,
                "unchanged": self.unchanged, "rejected": len(self.rejected)}


def _shown(row: Any, key: str) -> str:
    value = row.get(key) if isinstance(row, dict) else None
    return "" if value is None else str(value)


def _reason(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(error)


def _group_format(attendances: set[str]) -> str:
    if attendances == {Meeting.Attendance.IN_PERSON}:
        return Group.Format.IN_PERSON
    if attendances == {Meeting.Attendance.ONLINE}:
        return Group.Format.ONLINE
    return Group.Format.HYBRID


class _Run:
    """One import: what it has found or made so far, so each thing is looked up once."""

    def __init__(self, *, source: str, defaults: GroupDefaults, specs: list[MeetingSpec]):
        self.source = source
        self.defaults = defaults
        self.places: dict[tuple, Place] = {}
        self.groups: dict[str, Group] = {}
        self.organizations: dict[str, Organization] = {}
        self.made = {"places": 0, "groups": 0, "organizations": 0}
        # What the current row added, forgotten if the row is rolled back.
        self._added: list[tuple[dict, Any]] = []
        self._made: list[str] = []
        self.rows_by_group: dict[str, list[MeetingSpec]] = {}
        for spec in specs:
            self.rows_by_group.setdefault(spec.group_name, []).append(spec)

    def remember(self, store: dict, key: Any, value: Any) -> Any:
        store[key] = value
        self._added.append((store, key))
        return value

    def row_done(self, *, kept: bool) -> None:
        if kept:
            for kind in self._made:
                self.made[kind] += 1
        else:
            for store, key in self._added:
                store.pop(key, None)
        self._added, self._made = [], []

    def find_groups(self, names: Iterable[str]) -> None:
        """Groups already here by name; one with meetings from this feed comes first."""
        from_source = Meeting.objects.filter(group=OuterRef("pk"), source=self.source)
        for group in (
            Group.objects.filter(name__in=list(names))
            .annotate(from_source=Exists(from_source))
            .order_by("-from_source", "pk")
        ):
            self.groups.setdefault(group.name, group)

    def place(self, spec: PlaceSpec) -> Place:
        fields = spec.fields()
        key = tuple(fields.items())
        if key in self.places:
            return self.places[key]
        place = Place.objects.filter(**fields).order_by("pk").first()
        if place is None:
            place = Place(**fields)
            place.full_clean()
            place.save()
            self._made.append("places")
        return self.remember(self.places, key, place)

    def organization(self, entity: EntitySpec) -> Organization:
        if entity.name in self.organizations:
            return self.organizations[entity.name]
        organization = Organization.objects.filter(name=entity.name).order_by("pk").first()
        if organization is None:
            organization = Organization(
                name=entity.name, slug=unique_slug(entity.name, taken=Organization.objects),
                website=entity.website, phone=entity.phone, service_area=entity.service_area,
                logo_url=entity.logo_url,
            )
            organization.full_clean()
            organization.save()
            record(actor=None, verb="organization.create", target=organization,
                   source=self.source)
            self._made.append("organizations")
        return self.remember(self.organizations, entity.name, organization)

    def group(self, spec: MeetingSpec) -> Group:
        if spec.group_name in self.groups:
            return self.groups[spec.group_name]
        rows = self.rows_by_group[spec.group_name]
        # The group's own place is where its first meeting in person is, else any it has.
        with_place = sorted(
            (row for row in rows if row.place is not None),
            key=lambda row: row.attendance == Meeting.Attendance.ONLINE,
        )
        languages = {language for row in rows for language in row.languages}
        if self.defaults.language:
            languages.add(self.defaults.language)
        entity = next((row.entity for row in rows if row.entity is not None), None)
        group = create_group(
            actor=None,
            # Given whenever a group is to be made: the run stops before writing otherwise.
            concerns=[self.defaults.concern_id],
            languages=sorted(languages),
            name=spec.group_name,
            description=next((row.group_notes for row in rows if row.group_notes), ""),
            led_by=self.defaults.led_by,
            audience=self.defaults.audience,
            visibility=self.defaults.visibility,
            format=_group_format({row.attendance for row in rows}),
            place=self.place(with_place[0].place) if with_place else None,
            organization=self.organization(entity) if entity is not None else None,
        )
        self._made.append("groups")
        return self.remember(self.groups, spec.group_name, group)


def _meeting_fields(spec: MeetingSpec, place: Place | None) -> dict[str, Any]:
    """The meeting's editable fields as the row gives them."""
    return {
        "name": spec.name,
        "rrule": weekly_rule(spec.days),
        "start_time": spec.start_time,
        "duration_minutes": spec.duration_minutes,
        "time_zone": spec.time_zone,
        "attendance": spec.attendance,
        "place": place,
        "location_notes": spec.location_notes,
        "conference_url": spec.conference_url,
        "conference_url_notes": spec.conference_url_notes,
        "conference_phone": spec.conference_phone,
        "conference_phone_notes": spec.conference_phone_notes,
        "types": spec.types,
        "notes": spec.notes,
        "status": spec.status,
        "listing": spec.listing,
    }


def _write(run: _Run, spec: MeetingSpec, existing: Meeting | None, report: ImportReport) -> None:
    if existing is not None and existing.source != run.source:
        raise RowError(
            _("The slug “%(slug)s” belongs to a meeting that did not come from this feed.")
            % {"slug": spec.slug}
        )
    place = run.place(spec.place) if spec.place is not None else None
    fields = _meeting_fields(spec, place)
    if existing is not None:
        changed = update_meeting(
            actor=None, meeting=existing, data={**fields, "languages": spec.languages},
            updated_at=spec.updated_at,
        )
        if changed:
            report.updated += 1
        else:
            report.unchanged += 1
        return
    today = timezone.now().astimezone(zoneinfo.ZoneInfo(spec.time_zone)).date()
    create_meeting(
        actor=None, group=run.group(spec), languages=spec.languages, slug=spec.slug,
        starts_on=today, source=run.source, updated_at=spec.updated_at, **fields,
    )
    report.created += 1


@transaction.atomic
def import_meeting_guide(
    *, rows: list[Any], source: str, defaults: Mapping[str, str] | GroupDefaults,
    actor: Any = None, dry_run: bool = False,
) -> ImportReport:
    """Bring a Meeting Guide feed's rows in, as one audited transaction.

    Raises FeedError, having changed nothing, when the feed or the defaults cannot be used;
    rows that cannot be imported are listed in the report with their reason. A dry run
    does everything and then rolls it back.
    """
    if not isinstance(rows, list):
        raise FeedError(_("A Meeting Guide feed is a JSON array of meetings."))
    if not isinstance(defaults, GroupDefaults):
        defaults = read_defaults(defaults)
    source = source[: Meeting._meta.get_field("source").max_length]
    report = ImportReport(dry_run=dry_run)
    specs: list[tuple[int, Any, MeetingSpec]] = []
    seen: set[str] = set()
    for number, row in enumerate(rows, start=1):
        slug = _shown(row, "slug").strip()
        if slug and slug in seen:
            report.rejected.append(Rejection(number, slug, _shown(row, "name"), _(
                "The slug “%(slug)s” appears earlier in the feed.") % {"slug": slug}))
            continue
        seen.add(slug)
        try:
            specs.append((number, row, read_row(row, fallback_zone=defaults.timezone)))
        except RowError as error:
            report.rejected.append(Rejection(number, slug, _shown(row, "name"), str(error)))

    existing = {
        meeting.slug: meeting
        for meeting in Meeting.objects.filter(slug__in=[spec.slug for *_row, spec in specs])
        .select_related("group")
    }
    new = [spec for *_row, spec in specs if spec.slug not in existing]
    run = _Run(source=source, defaults=defaults, specs=new)
    run.find_groups({spec.group_name for spec in new})
    missing = sorted({spec.group_name for spec in new} - set(run.groups))
    if missing and defaults.concern_id is None:
        raise FeedError(
            ngettext(
                "%(count)s group is not in Mutual yet (%(names)s); give --group-defaults "
                "concern=SLUG so it can be created.",
                "%(count)s groups are not in Mutual yet (%(names)s); give --group-defaults "
                "concern=SLUG so they can be created.",
                len(missing),
            ) % {"count": len(missing), "names": ", ".join(missing[:5])}
        )

    for number, row, spec in specs:
        try:
            with transaction.atomic():
                _write(run, spec, existing.get(spec.slug), report)
        except (RowError, ValidationError, PermissionDenied) as error:
            run.row_done(kept=False)
            name = _shown(row, "name")
            report.rejected.append(Rejection(number, spec.slug, name, _reason(error)))
        else:
            run.row_done(kept=True)
    report.rejected.sort(key=lambda rejection: rejection.number)
    record(actor=actor, verb="meeting.import", source=source, dry_run=dry_run,
           **report.counts(), **{f"{kind}_created": count for kind, count in run.made.items()})
    if dry_run:
        transaction.set_rollback(True)
    return report

