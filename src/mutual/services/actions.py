"""Every write to services, their locations and their opening hours: checked, saved and
audited in one place."""

from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from mutual.audit.actions import record
from mutual.meetings.recurrence import weekly_rule
from mutual.organizations.models import Organization
from mutual.organizations.permissions import can_describe_organization
from mutual.places.actions import locate_address
from mutual.places.models import Place
from mutual.services.hours import HoursRow, problems
from mutual.services.models import Location, Schedule, Service

SERVICE_FIELDS = (
    "name", "description", "status", "eligibility", "minimum_age", "maximum_age", "fee",
    "fee_description", "application_process", "interpretation", "accessibility", "capacity",
    "email", "phone", "url",
)
LOCATION_FIELDS = ("name", "description", "accessibility", "transportation", "position")
ADDRESS_FIELDS = ("name", "street", "locality", "region", "postal_code", "country")
# Words the organization's service pages use in their own addresses.
RESERVED_SLUGS = frozenset({"manage"})


def _check(actor: Any, organization: Organization) -> None:
    if not can_describe_organization(actor, organization):
        raise PermissionDenied(_("Only this organization's stewards can describe it."))


def unique_service_slug(organization: Organization, name: str,
                        exclude_pk: int | None = None) -> str:
    base = slugify(name)[:100] or "service"
    taken = set(Service.objects.filter(organization=organization, slug__startswith=base)
                .exclude(pk=exclude_pk).values_list("slug", flat=True)) | RESERVED_SLUGS
    slug, counter = base, 2
    while slug in taken:
        slug, counter = f"{base}-{counter}", counter + 1
    return slug


def _check_ages(service: Service) -> None:
    low, high = service.minimum_age, service.maximum_age
    if low is not None and high is not None and low > high:
        raise ValidationError({"maximum_age": _(
            "The maximum age is below the minimum age. Leave one empty for no limit.")})


def _set_relations(service: Service, data: dict[str, Any]) -> list[str]:
    """Concerns, languages and locations given in `data`; the names of those that changed."""
    changed = []
    if "locations" in data:
        foreign = [location for location in data["locations"]
                   if location.organization_id != service.organization_id]
        if foreign:
            raise ValidationError({"locations": _(
                "A service can only be offered at its own organization's locations.")})
    for relation in ("concerns", "languages", "locations"):
        if relation in data:
            wanted = {getattr(item, "pk", item) for item in data[relation]}
            manager = getattr(service, relation)
            if wanted != set(manager.values_list("pk", flat=True)):
                manager.set(wanted)
                changed.append(relation)
    return changed


@transaction.atomic
def create_service(*, actor: Any, organization: Organization,
                   data: dict[str, Any]) -> Service:
    """A steward adds something the organization offers; its address comes from its name."""
    _check(actor, organization)
    service = Service(organization=organization,
                      **{name: data[name] for name in SERVICE_FIELDS if name in data})
    service.slug = unique_service_slug(organization, service.name)
    _check_ages(service)
    service.full_clean()
    service.save()
    _set_relations(service, data)
    record(actor=actor, verb="service.create", target=service,
           organization=organization.slug)
    return service


@transaction.atomic
def update_service(*, actor: Any, service: Service, data: dict[str, Any]) -> Service:
    """A steward changes a service; only the fields given change. A new name gives a new
    address."""
    _check(actor, service.organization)
    stored = Service.objects.select_for_update().get(pk=service.pk)
    changed = [name for name in SERVICE_FIELDS
               if name in data and getattr(stored, name) != data[name]]
    for name in changed:
        setattr(stored, name, data[name])
    if "name" in changed:
        stored.slug = unique_service_slug(stored.organization, stored.name, exclude_pk=stored.pk)
    _check_ages(stored)
    stored.full_clean()
    stored.save()
    changed += _set_relations(stored, data)
    record(actor=actor, verb="service.update", target=stored, fields=changed)
    return stored


@transaction.atomic
def delete_service(*, actor: Any, service: Service) -> None:
    """A steward removes a service with its hours. To say it is no longer offered while
    keeping its page, change its status instead."""
    _check(actor, service.organization)
    record(actor=actor, verb="service.delete", target=service, name=service.name,
           organization=service.organization.slug)
    service.delete()


def _locate(address: dict[str, Any]) -> Place:
    """A place for an address, located offline. Without a street it is an area, not a door."""
    country = (address.get("country") or "").upper()
    locality = (address.get("locality") or "").strip()
    missing = {}
    if not locality:
        missing["locality"] = _("Give the town or city.")
    if not country:
        missing["country"] = _("Choose the country.")
    if missing:
        raise ValidationError(missing)
    found, _town_only = locate_address(
        locality=locality, region=address.get("region", ""),
        postal_code=address.get("postal_code", ""), country=country)
    street = address.get("street", "")
    place = Place(
        name=address.get("name", ""), street=street, locality=locality,
        region=address.get("region", ""), postal_code=address.get("postal_code", ""),
        country=country, latitude=found.latitude, longitude=found.longitude,
        time_zone=found.time_zone, approximate=not street.strip(),
    )
    place.full_clean()
    place.save()
    return place


def _same_address(place: Place, address: dict[str, Any]) -> bool:
    current = {"name": place.name, "street": place.street, "locality": place.locality,
               "region": place.region, "postal_code": place.postal_code,
               "country": place.country.code}
    return all(str(address.get(key, current[key])) == str(current[key]) if key != "country"
               else str(address.get(key, current[key])).upper() == current[key]
               for key in ADDRESS_FIELDS)


@transaction.atomic
def create_location(*, actor: Any, organization: Organization, address: dict[str, Any],
                    data: dict[str, Any]) -> Location:
    """One of the organization's places, located from its address; `address` has the keys
    of ADDRESS_FIELDS (its `name` is the venue's)."""
    _check(actor, organization)
    place = _locate(address)
    location = Location(organization=organization, place=place,
                        **{name: data[name] for name in LOCATION_FIELDS if name in data})
    location.full_clean()
    location.save()
    record(actor=actor, verb="location.create", target=location,
           organization=organization.slug, approximate=place.approximate)
    return location


@transaction.atomic
def update_location(*, actor: Any, location: Location, data: dict[str, Any],
                    address: dict[str, Any] | None = None) -> Location:
    """A steward changes a location; a changed address is located anew."""
    _check(actor, location.organization)
    changed = [name for name in LOCATION_FIELDS
               if name in data and getattr(location, name) != data[name]]
    for name in changed:
        setattr(location, name, data[name])
    old_place = None
    if address is not None and not _same_address(location.place, address):
        current = {"name": location.place.name, "street": location.place.street,
                   "locality": location.place.locality, "region": location.place.region,
                   "postal_code": location.place.postal_code,
                   "country": location.place.country.code}
        old_place = location.place
        location.place = _locate({**current, **address})
        changed.append("address")
    location.full_clean()
    location.save()
    if old_place is not None:
        _forget_place(old_place)
    record(actor=actor, verb="location.update", target=location, fields=changed)
    return location


def _forget_place(place: Place) -> None:
    """A location's place, once nothing points to it any more."""
    in_use = (place.locations.exists() or place.organizations.exists()
               or place.groups.exists() or place.meetings.exists())
    if not in_use:
        place.delete()


@transaction.atomic
def delete_location(*, actor: Any, location: Location) -> None:
    """A steward removes a location with its hours; services stay, offered elsewhere."""
    _check(actor, location.organization)
    record(actor=actor, verb="location.delete", target=location, name=str(location),
           organization=location.organization.slug)
    place = location.place
    location.delete()
    _forget_place(place)


def zone_for(owner: Service | Location) -> str:
    """The zone opening hours are in: the location's; for a service, its first location's,
    else its organization's place's, else the site's."""
    if isinstance(owner, Location):
        return owner.place.time_zone
    first = owner.locations.select_related("place").order_by("position", "pk").first()
    if first is not None:
        return first.place.time_zone
    place = owner.organization.place
    return place.time_zone if place is not None else settings.TIME_ZONE


@transaction.atomic
def set_hours(*, actor: Any, owner: Service | Location, rows: Iterable[HoursRow],
              time_zone: str = "") -> list[Schedule]:
    """Replace the opening hours of a service or a location with the rows given; no rows
    means no stated hours."""
    _check(actor, owner.organization)
    rows = list(rows)
    errors = []
    for number, row in enumerate(rows, start=1):
        for message in problems(row).values():
            errors.append(_("Line %(number)s: %(message)s") % {
                "number": number, "message": message})
    if errors:
        raise ValidationError({"hours": errors})
    zone = time_zone or zone_for(owner)
    owner_field = "location" if isinstance(owner, Location) else "service"
    Schedule.objects.filter(**{owner_field: owner}).delete()
    today = timezone.localdate()
    schedules = []
    for row in rows:
        schedule = Schedule(
            **{owner_field: owner}, rrule=weekly_rule(row.days), starts_on=today,
            opens_at=row.opens, closes_at=row.closes, time_zone=zone, notes=row.notes,
        )
        schedule.full_clean()
        schedule.save()
        schedules.append(schedule)
    record(actor=actor, verb=f"{owner_field}.hours", target=owner, lines=len(schedules),
           time_zone=zone)
    return schedules
