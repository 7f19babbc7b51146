"""Organizations, services, locations and opening hours as Open Referral HSDS 3.0 objects.

Only what the public may see leaves: no organization's contact email (the contact form's
private address), no service that is no longer offered (status "defunct"). Every object
carries a stable UUID: organizations and the rows that HSDS names keep their `hsds_id`, and
the small rows we do not store as such (addresses, phones, languages, attributes, taxonomy
terms) get uuid5 ids over NAMESPACE from their owner's id, so two exports name everything
alike.

Schedules keep our IANA zone; HSDS asks for a UTC offset, so `timezone` is the zone's
offset at the opening time on the day of the export.
"""

import datetime as dt
import json
import uuid
import zoneinfo
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from django.db.models import Prefetch, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from mutual.concerns.models import Concern
from mutual.meetings.recurrence import WEEKDAY_CODES, describe, local_moment, rule_parts
from mutual.organizations.models import LegalStatus, Organization
from mutual.services.models import Location, Schedule, Service, ServiceAtLocation

HSDS_VERSION = "3.0"
SCHEMA_DIR = Path(__file__).resolve().parent / "hsds_schema"
# Fixed for good: changing it renames every organization and derived row in every export.
NAMESPACE = uuid.UUID("8d3c0b6e-4a57-5f1e-9b2c-6f0e7a1d2c34")
PUBLIC_STATUSES = [
    Service.Status.ACTIVE, Service.Status.TEMPORARILY_CLOSED, Service.Status.INACTIVE,
]
CONCERN_TAXONOMY = "mutual-concerns"
DETAIL_TAXONOMY = "mutual-service-details"

Obj = dict[str, Any]


def derived_id(*parts: object) -> str:
    return str(uuid.uuid5(NAMESPACE, ":".join(str(part) for part in parts)))


def organization_id(organization: Organization) -> str:
    return str(organization.hsds_id)


def _compact(values: Obj) -> Obj:
    """Leave out what is unknown: HSDS types allow no nulls, and an empty text says nothing."""
    return {key: value for key, value in values.items() if value not in (None, "", [])}


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


# Taxonomies: concerns, and the details of a service HSDS has no field for (its capacity).

def taxonomies() -> list[Obj]:
    return [
        {"id": derived_id("taxonomy", CONCERN_TAXONOMY), "name": CONCERN_TAXONOMY,
         "description": _("The shared problems and life situations people come together "
                          "around."),
         "version": "1"},
        {"id": derived_id("taxonomy", DETAIL_TAXONOMY), "name": DETAIL_TAXONOMY,
         "description": _("Details of a service: whether it is taking people now."),
         "version": "1"},
    ]


def concern_term(concern: Concern, parent_slug: str | None) -> Obj:
    return _compact({
        "id": derived_id("concern", concern.slug),
        "code": concern.slug,
        "name": concern.name,
        "description": concern.description or concern.name,
        "parent_id": derived_id("concern", parent_slug) if parent_slug else None,
        "taxonomy": CONCERN_TAXONOMY,
        "taxonomy_id": derived_id("taxonomy", CONCERN_TAXONOMY),
    })


def capacity_term() -> Obj:
    return {
        "id": derived_id("term", "service-capacity"),
        "code": "service-capacity",
        "name": _("Capacity"),
        "description": _("Whether the service is taking people now: available, waitlist "
                         "or full."),
        "taxonomy": DETAIL_TAXONOMY,
        "taxonomy_id": derived_id("taxonomy", DETAIL_TAXONOMY),
    }


def taxonomy_terms() -> list[Obj]:
    concerns = Concern.objects.select_related("parent").order_by("slug")
    terms = [concern_term(concern, concern.parent.slug if concern.parent else None)
             for concern in concerns]
    return sorted([*terms, capacity_term()], key=lambda term: term["id"])


# One object per kind. "Fields" are the one-to-one fields HSDS lists show; "full" objects
# carry their nested arrays as the HSDS API's single-object answers do.

def organization_fields(organization: Organization) -> Obj:
    description = "\n\n".join(
        part for part in (organization.mission, organization.description) if part)
    return _compact({
        "id": organization_id(organization),
        "name": organization.name,
        "description": description or None,
        "website": organization.website,
        "year_incorporated": organization.founded_year,
        "legal_status": (str(LegalStatus(organization.legal_status).label)
                         if organization.legal_status else None),
        "logo": organization.logo_url,
        "parent_organization_id": (organization_id(organization.parent)
                                   if organization.parent_id else None),
    }) | {"description": description}


def organization_phones(organization: Organization) -> list[Obj]:
    if not organization.phone:
        return []
    return [{"id": derived_id("phone", "organization", organization.slug),
             "organization_id": organization_id(organization),
             "number": organization.phone}]


def fees_description(service: Service) -> str:
    label = str(Service.Fee(service.fee).label)
    return f"{label}: {service.fee_description}" if service.fee_description else label


def service_fields(service: Service) -> Obj:
    return _compact({
        "id": str(service.hsds_id),
        "organization_id": organization_id(service.organization),
        "name": service.name,
        "description": service.description,
        "url": service.url,
        "email": service.email,
        "status": service.status,
        "interpretation_services": service.interpretation,
        "application_process": service.application_process,
        "fees_description": fees_description(service),
        "eligibility_description": service.eligibility,
        "minimum_age": service.minimum_age,
        "maximum_age": service.maximum_age,
        "last_modified": service.updated_at.astimezone(dt.UTC)
        .isoformat(timespec="milliseconds").replace("+00:00", "Z"),
    })


def service_list_item(service: Service) -> Obj:
    return service_fields(service) | {"organization": organization_fields(service.organization)}


def _attribute(service: Service, kind: str, term: Obj, value: str = "") -> Obj:
    return _compact({
        "id": derived_id("attribute", service.hsds_id, kind, term["code"]),
        "link_id": str(service.hsds_id),
        "link_type": kind,
        "link_entity": "service",
        "taxonomy_term_id": term["id"],
        "value": value,
        "taxonomy_term": term,
    })


def service_attributes(service: Service) -> list[Obj]:
    attributes = [
        _attribute(service, "concern",
                   concern_term(concern, concern.parent.slug if concern.parent else None))
        for concern in service.concerns.all()
    ]
    attributes.append(_attribute(service, "capacity", capacity_term(), service.capacity))
    return sorted(attributes, key=lambda attribute: attribute["id"])


def service_full(service: Service, *, on: dt.date) -> Obj:
    phones = [{"id": derived_id("phone", "service", service.hsds_id),
               "service_id": str(service.hsds_id), "number": service.phone}
              ] if service.phone else []
    languages = [{"id": derived_id("language", "service", service.hsds_id, language.code),
                  "service_id": str(service.hsds_id), "name": language.name,
                  "code": language.code}
                 for language in service.languages.all()]
    return service_fields(service) | _compact({
        "phones": phones,
        "schedules": schedule_list(service.schedules.all(), on=on),
        "languages": sorted(languages, key=lambda language: language["id"]),
        "service_at_locations": sorted(
            (service_at_location_fields(link) | _compact(
                {"schedules": schedule_list(link.schedules.all(), on=on)})
             for link in service.at_locations.all()),
            key=lambda link: link["id"]),
        "attributes": service_attributes(service),
    })


def _coordinate(value: float, approximate: bool) -> float:
    # An approximate place marks an area: about a kilometre is all it says.
    return round(value, 2) if approximate else value


def location_fields(location: Location) -> Obj:
    place = location.place
    return _compact({
        "id": str(location.hsds_id),
        "location_type": "physical",
        "organization_id": organization_id(location.organization),
        "name": location.name or place.name,
        "description": location.description,
        "transportation": location.transportation,
        "latitude": _coordinate(place.latitude, place.approximate),
        "longitude": _coordinate(place.longitude, place.approximate),
    })


def location_full(location: Location, *, on: dt.date) -> Obj:
    place = location.place
    address = {
        "id": derived_id("address", location.hsds_id),
        "location_id": str(location.hsds_id),
        "address_1": "" if place.approximate else place.street,
        "city": place.locality,
        "state_province": place.region,
        "postal_code": place.postal_code,
        "country": str(place.country),
        "address_type": "physical",
    }
    accessibility = [{"id": derived_id("accessibility", location.hsds_id),
                      "location_id": str(location.hsds_id),
                      "description": location.accessibility}] if location.accessibility else []
    return location_fields(location) | _compact({
        "addresses": [address],
        "accessibility": accessibility,
        "schedules": schedule_list(location.schedules.all(), on=on),
    })


def service_at_location_fields(link: ServiceAtLocation) -> Obj:
    return _compact({
        "id": str(link.hsds_id),
        "service_id": str(link.service.hsds_id),
        "location_id": str(link.location.hsds_id),
        "description": link.description,
    })


def service_at_location_list_item(link: ServiceAtLocation) -> Obj:
    return service_at_location_fields(link) | {
        "service": service_list_item(link.service),
        "location": location_fields(link.location),
    }


def service_at_location_full(link: ServiceAtLocation, *, on: dt.date) -> Obj:
    phones = [{"id": derived_id("phone", "service", link.service.hsds_id),
               "service_id": str(link.service.hsds_id), "number": link.service.phone}
              ] if link.service.phone else []
    return service_at_location_fields(link) | _compact({
        "phones": phones,
        "schedules": schedule_list(link.schedules.all(), on=on),
    }) | {
        "service": service_list_item(link.service),
        "location": location_full(link.location, on=on),
    }


# Schedules

def utc_offset_hours(time_zone: str, on: dt.date, at: dt.time) -> int | float:
    """The zone's offset from UTC in hours (-7, 5.5) at a wall-clock time on a day."""
    offset = local_moment(on, at, zoneinfo.ZoneInfo(time_zone)).utcoffset()
    return _number((offset or dt.timedelta()).total_seconds() / 3600)


def rule_fields(schedule: Schedule) -> Obj:
    """The RRULE in HSDS's columns. HSDS knows only WEEKLY and MONTHLY: a daily rule is
    every day of the week, and what it cannot say stays in the description."""
    parts = rule_parts(schedule.rrule)
    frequency = parts.get("FREQ")
    interval = int(parts.get("INTERVAL", "1") or 1)
    fields: Obj = {}
    if frequency == "DAILY" and interval == 1:
        fields = {"freq": "WEEKLY", "interval": 1, "byday": ",".join(WEEKDAY_CODES)}
    elif frequency == "WEEKLY":
        byday = parts.get("BYDAY") or WEEKDAY_CODES[schedule.starts_on.weekday()]
        fields = {"freq": "WEEKLY", "interval": interval, "byday": byday}
    elif frequency == "MONTHLY":
        byday = parts.get("BYDAY", "")
        position = parts.get("BYSETPOS", "")
        if position and byday and "," not in byday and byday in WEEKDAY_CODES:
            byday = f"{position}{byday}"
        fields = {"freq": "MONTHLY", "interval": interval, "byday": byday,
                  "bymonthday": parts.get("BYMONTHDAY", "")}
        if not byday and not fields["bymonthday"]:
            fields["bymonthday"] = str(schedule.starts_on.day)
    if fields:
        until = parts.get("UNTIL", "")
        fields |= {
            "until": f"{until[:4]}-{until[4:6]}-{until[6:8]}" if until else "",
            "count": int(parts["COUNT"]) if "COUNT" in parts else None,
            "wkst": parts.get("WKST") if parts.get("WKST") in WEEKDAY_CODES else None,
        }
    return fields


def schedule_object(schedule: Schedule, *, on: dt.date) -> Obj:
    owner = (
        {"service_id": str(schedule.service.hsds_id)} if schedule.service_id else
        {"location_id": str(schedule.location.hsds_id)} if schedule.location_id else
        {"service_at_location_id": str(schedule.service_at_location.hsds_id)}
    )
    words = _("%(days)s, %(opens)s to %(closes)s") % {
        "days": describe(schedule.rrule, schedule.starts_on),
        "opens": f"{schedule.opens_at:%H:%M}", "closes": f"{schedule.closes_at:%H:%M}",
    }
    return _compact({
        "id": str(schedule.hsds_id),
        **owner,
        "valid_from": schedule.starts_on.isoformat(),
        "valid_to": schedule.ends_on.isoformat() if schedule.ends_on else None,
        "dtstart": schedule.starts_on.isoformat(),
        "timezone": utc_offset_hours(schedule.time_zone, on, schedule.opens_at),
        **rule_fields(schedule),
        "description": words,
        "opens_at": f"{schedule.opens_at:%H:%M:%S}",
        "closes_at": f"{schedule.closes_at:%H:%M:%S}",
        "notes": schedule.notes,
    })


def schedule_list(schedules: Iterable[Schedule], *, on: dt.date) -> list[Obj]:
    return sorted((schedule_object(schedule, on=on) for schedule in schedules),
                  key=lambda schedule: schedule["id"])


# Reads

def public_services() -> QuerySet[Service]:
    return Service.objects.filter(status__in=PUBLIC_STATUSES)


def full_services() -> QuerySet[Service]:
    """Services with everything `service_full` reads, in a constant number of queries."""
    return public_services().select_related("organization__parent").prefetch_related(
        "languages",
        Prefetch("concerns", queryset=Concern.objects.select_related("parent")),
        Prefetch("schedules", queryset=Schedule.objects.select_related("service")),
        Prefetch(
            "at_locations",
            queryset=ServiceAtLocation.objects.select_related("service", "location")
            .prefetch_related(Prefetch(
                "schedules",
                queryset=Schedule.objects.select_related("service_at_location"))),
        ),
    )


def full_locations() -> QuerySet[Location]:
    return Location.objects.select_related("place", "organization").prefetch_related(
        Prefetch("schedules", queryset=Schedule.objects.select_related("location")))


def full_service_at_locations() -> QuerySet[ServiceAtLocation]:
    return ServiceAtLocation.objects.filter(service__status__in=PUBLIC_STATUSES).select_related(
        "service__organization__parent", "location__place", "location__organization",
    ).prefetch_related(
        Prefetch("schedules", queryset=Schedule.objects.select_related("service_at_location")),
        Prefetch("location__schedules", queryset=Schedule.objects.select_related("location")),
    )


def organizations_full(organizations: QuerySet[Organization], *, on: dt.date) -> list[Obj]:
    """Each organization with its phones, locations and public services, sorted by id."""
    organizations = organizations.select_related("parent")
    services: dict[int, list[Obj]] = defaultdict(list)
    for service in full_services().filter(organization__in=organizations):
        services[service.organization_id].append(service_full(service, on=on))
    locations: dict[int, list[Obj]] = defaultdict(list)
    for location in full_locations().filter(organization__in=organizations):
        locations[location.organization_id].append(location_full(location, on=on))
    objects = [
        organization_fields(organization) | _compact({
            "phones": organization_phones(organization),
            "locations": sorted(locations[organization.pk], key=lambda item: item["id"]),
            "services": sorted(services[organization.pk], key=lambda item: item["id"]),
        })
        for organization in organizations
    ]
    return sorted(objects, key=lambda item: item["id"])


def organization_by_id(hsds_id: str) -> Organization | None:
    try:
        key = uuid.UUID(hsds_id)
    except ValueError:
        return None
    return Organization.objects.select_related("parent").filter(hsds_id=key).first()


@dataclass
class Export:
    """Everything the public may see, as HSDS objects sorted by id."""

    organizations: list[Obj] = field(default_factory=list)
    taxonomies: list[Obj] = field(default_factory=list)
    taxonomy_terms: list[Obj] = field(default_factory=list)

    def as_json(self) -> str:
        document = {
            "hsds_version": HSDS_VERSION,
            "organizations": self.organizations,
            "taxonomies": self.taxonomies,
            "taxonomy_terms": self.taxonomy_terms,
        }
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def build_export(*, on: dt.date | None = None) -> Export:
    on = on or timezone.localdate()
    return Export(
        organizations=organizations_full(Organization.objects.all(), on=on),
        taxonomies=taxonomies(),
        taxonomy_terms=taxonomy_terms(),
    )


# Validation against the official schemas

@cache
def schema_registry() -> Registry:
    resources = [
        (path.name, Resource.from_contents(json.loads(path.read_text(encoding="utf-8")),
                                           default_specification=DRAFT202012))
        for path in sorted((SCHEMA_DIR / "schema").glob("*.json"))
    ]
    return Registry().with_resources(resources)


def _is_uri(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return bool(parts.scheme and (parts.netloc or parts.path))


def _parses(parse: Any) -> Any:
    def check(value: object) -> bool:
        if not isinstance(value, str):
            return True
        try:
            parse(value)
        except ValueError:
            return False
        return True
    return check


def format_checker() -> FormatChecker:
    """uuid, email and date as jsonschema checks them; uri, time and date-time by the
    standard library, which needs no optional packages."""
    checker = FormatChecker(["uuid", "email", "date"])
    checker.checks("uri")(_is_uri)
    checker.checks("time")(_parses(dt.time.fromisoformat))
    checker.checks("date-time")(_parses(dt.datetime.fromisoformat))
    return checker


def validator(schema_name: str) -> Draft202012Validator:
    """A validator for one HSDS object, e.g. "service.json"."""
    return Draft202012Validator(
        {"$ref": schema_name}, registry=schema_registry(), format_checker=format_checker())


def _problems(schema_name: str, objects: Iterable[Obj]) -> list[str]:
    check = validator(schema_name)
    return [
        f"{schema_name} {item.get('id', '?')} at /{'/'.join(map(str, error.absolute_path))}: "
        f"{error.message}"
        for item in objects
        for error in check.iter_errors(item)
    ]


def validate_export(export: Export) -> list[str]:
    """What does not match the HSDS 3.0 schemas; empty when everything does."""
    return (
        _problems("organization.json", export.organizations)
        + _problems("service.json", [service for organization in export.organizations
                                     for service in organization.get("services", [])])
        + _problems("taxonomy.json", export.taxonomies)
        + _problems("taxonomy_term.json", export.taxonomy_terms)
    )
