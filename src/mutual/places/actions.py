"""Writes to places: an address located offline, from its postal code or its town."""

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from mutual.audit.actions import record
from mutual.groups.models import Group
from mutual.groups.permissions import can_edit_group
from mutual.places.lookup import US_ZIP, PlaceNotFound, ResolvedPlace, resolve_place
from mutual.places.models import Place


def locate_address(
    *, locality: str, region: str, postal_code: str, country: str
) -> tuple[ResolvedPlace, bool]:
    """Coordinates and zone for an address, and whether only its town was found.

    The gazetteer knows US ZIP codes and towns; a postal code counts only when it lies in
    the country given, so a French “75001” is not read as a ZIP code in Texas.
    """
    country = country.upper()
    if US_ZIP.match(postal_code):
        try:
            found = resolve_place(postal_code)
        except PlaceNotFound:
            pass
        else:
            if found.country == country:
                return found, False
    attempts = [f"{locality}, {country}"]
    if region:
        attempts.insert(0, f"{locality}, {region}, {country}")
    failure: PlaceNotFound | None = None
    for text in attempts:
        try:
            found = resolve_place(text)
        except PlaceNotFound as error:
            failure = error
        else:
            if found.country == country:
                return found, True
    message = str(failure) if failure is not None else ""
    raise ValidationError({
        "locality": _("%(not_found)s Check the town's spelling and the country, or give the "
                      "nearest town.") % {"not_found": message},
    })


@transaction.atomic
def create_meeting_place(
    *, actor: Any, group: Group, locality: str, country: str, name: str = "", street: str = "",
    region: str = "", postal_code: str = "",
) -> Place:
    """A place of its own for one of a group's meetings, located offline.

    Without a street it is approximate: an area, not a door. With a street it is not, even
    when only the town could be found offline and its point is the town's centre: members
    still need the street to get there.
    """
    if actor is not None and not can_edit_group(actor, group):
        raise PermissionDenied(_("Only this group's facilitators can change its meetings."))
    found, town_only = locate_address(
        locality=locality, region=region, postal_code=postal_code, country=country
    )
    approximate = not street.strip()
    place = Place(
        name=name, street=street, locality=locality, region=region, postal_code=postal_code,
        country=country.upper(), latitude=found.latitude, longitude=found.longitude,
        time_zone=found.time_zone, approximate=approximate,
    )
    place.full_clean()
    place.save()
    record(actor=actor, verb="place.create", target=place, group=group.slug,
           approximate=approximate, located_by_town=town_only)
    return place
