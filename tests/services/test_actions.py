"""The writes to services, locations and hours: what they refuse, and what they leave."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from mutual.audit.models import AuditEvent
from mutual.concerns.models import Concern
from mutual.places.models import Place
from mutual.services import actions
from mutual.services.hours import HoursRow
from mutual.services.models import Location, Schedule, Service
from tests.services.sides import SIDES, WRITERS, Sides, add_hours, make_location, sides, who

__all__ = ["sides"]
pytestmark = pytest.mark.django_db
NINE, FIVE = datetime.time(9), datetime.time(17)


@pytest.mark.parametrize("side", SIDES)
def test_only_stewards_and_staff_add_a_service(sides: Sides, side: str) -> None:
    def add() -> Service:
        return actions.create_service(actor=who(sides, side), organization=sides.organization,
                                      data={"name": "Warm line"})

    if side in WRITERS:
        assert add().slug == "warm-line"
        assert AuditEvent.objects.filter(verb="service.create").count() == 1
    else:
        with pytest.raises(PermissionDenied):
            add()
        assert not Service.objects.exists()


def test_slugs_are_unique_within_an_organization_and_never_manage(sides: Sides) -> None:
    def add(name: str, organization: object = None) -> str:
        return actions.create_service(
            actor=sides.staff, organization=organization or sides.organization,
            data={"name": name}).slug

    assert [add("Warm line"), add("Warm line"), add("Manage")] == [
        "warm-line", "warm-line-2", "manage-2"]
    assert add("Warm line", sides.other_organization) == "warm-line"


def test_a_new_name_gives_a_new_slug_and_the_change_is_audited(sides: Sides) -> None:
    service = actions.create_service(actor=sides.steward, organization=sides.organization,
                                     data={"name": "Warm line"})
    grief = Concern.objects.get(slug="bereavement")

    service = actions.update_service(actor=sides.steward, service=service, data={
        "name": "Evening warm line", "fee": "donation", "concerns": [grief],
        "languages": ["en", "es"]})

    assert service.slug == "evening-warm-line"
    assert list(service.concerns.all()) == [grief]
    event = AuditEvent.objects.get(verb="service.update")
    assert event.data["fields"] == ["name", "fee", "concerns", "languages"]


@pytest.mark.parametrize("side", ["anonymous", "member", "other_steward"])
def test_others_cannot_change_or_remove_a_service(sides: Sides, side: str) -> None:
    service = actions.create_service(actor=sides.steward, organization=sides.organization,
                                     data={"name": "Warm line"})
    with pytest.raises(PermissionDenied):
        actions.update_service(actor=who(sides, side), service=service, data={"name": "X"})
    with pytest.raises(PermissionDenied):
        actions.delete_service(actor=who(sides, side), service=service)
    with pytest.raises(PermissionDenied):
        actions.set_hours(actor=who(sides, side), owner=service, rows=[])
    assert Service.objects.get().name == "Warm line"


def test_ages_the_wrong_way_round_are_refused(sides: Sides) -> None:
    with pytest.raises(ValidationError) as refused:
        actions.create_service(actor=sides.steward, organization=sides.organization,
                               data={"name": "Youth drop-in", "minimum_age": 25,
                                     "maximum_age": 16})
    assert "maximum_age" in refused.value.message_dict
    assert not Service.objects.exists()


def test_a_service_is_offered_only_at_its_own_organizations_locations(sides: Sides) -> None:
    elsewhere = make_location(sides.other_organization)
    with pytest.raises(ValidationError) as refused:
        actions.create_service(actor=sides.staff, organization=sides.organization,
                               data={"name": "Warm line", "locations": [elsewhere]})
    assert "locations" in refused.value.message_dict


def test_hours_are_replaced_as_a_whole_with_a_weekly_rule(sides: Sides) -> None:
    location = make_location(sides.organization, "Main centre")
    add_hours(location)

    schedules = actions.set_hours(actor=sides.steward, owner=location, rows=[
        HoursRow(days=(1, 3), opens=NINE, closes=FIVE, notes="Closed on holidays"),
        HoursRow(days=(6,), opens=datetime.time(10), closes=datetime.time(14)),
    ])

    assert [(s.rrule, s.time_zone) for s in Schedule.objects.filter(location=location)] == [
        ("FREQ=WEEKLY;BYDAY=MO,WE", "America/Los_Angeles"),
        ("FREQ=WEEKLY;BYDAY=SA", "America/Los_Angeles")]
    assert len(schedules) == 2
    assert AuditEvent.objects.get(verb="location.hours").data["lines"] == 2

    actions.set_hours(actor=sides.steward, owner=location, rows=[])
    assert not Schedule.objects.exists()


def test_closing_before_opening_is_refused_with_the_line(sides: Sides) -> None:
    service = actions.create_service(actor=sides.steward, organization=sides.organization,
                                     data={"name": "Warm line"})
    add_hours(service)
    with pytest.raises(ValidationError) as refused:
        actions.set_hours(actor=sides.steward, owner=service, rows=[
            HoursRow(days=(1,), opens=NINE, closes=FIVE),
            HoursRow(days=(2,), opens=FIVE, closes=NINE),
            HoursRow(days=(), opens=NINE, closes=FIVE),
        ])
    messages = refused.value.message_dict["hours"]
    assert messages[0].startswith("Line 2: The closing time must come after the opening time")
    assert messages[1] == "Line 3: Choose at least one day."
    assert Schedule.objects.filter(service=service).count() == 1


def test_a_service_s_hours_are_in_its_first_location_s_zone(sides: Sides) -> None:
    lyon = make_location(sides.organization, locality="Lyon", region="", country="FR",
                         time_zone="Europe/Paris", latitude=45.76, longitude=4.84)
    service = actions.create_service(actor=sides.steward, organization=sides.organization,
                                     data={"name": "Warm line", "locations": [lyon]})
    bare = actions.create_service(actor=sides.steward, organization=sides.organization,
                                  data={"name": "Phone line"})
    row = HoursRow(days=(1,), opens=NINE, closes=FIVE)

    assert actions.set_hours(actor=sides.steward, owner=service, rows=[row])[0].time_zone == (
        "Europe/Paris")
    assert actions.set_hours(actor=sides.steward, owner=bare, rows=[row])[0].time_zone == "UTC"


@pytest.mark.parametrize("side", SIDES)
def test_only_stewards_and_staff_add_a_location(sides: Sides, side: str) -> None:
    def add() -> Location:
        return actions.create_location(
            actor=who(sides, side), organization=sides.organization,
            address={"name": "Town hall", "street": "1 Place Bellecour", "locality": "Lyon",
                     "country": "fr"},
            data={"name": "Lyon office"})

    if side not in WRITERS:
        with pytest.raises(PermissionDenied):
            add()
        assert not Location.objects.exists()
        return
    location = add()
    assert (location.place.locality, location.place.country.code, location.place.time_zone,
            location.place.approximate) == ("Lyon", "FR", "Europe/Paris", False)
    assert AuditEvent.objects.filter(verb="location.create").count() == 1


def test_an_unknown_town_is_refused_beside_the_town(sides: Sides) -> None:
    with pytest.raises(ValidationError) as refused:
        actions.create_location(actor=sides.steward, organization=sides.organization,
                                address={"locality": "Nowhereville Xyz", "country": "FR"},
                                data={})
    assert "locality" in refused.value.message_dict
    assert not Place.objects.filter(locality="Nowhereville Xyz").exists()


def test_a_new_address_is_located_anew_and_the_old_place_goes(sides: Sides) -> None:
    location = actions.create_location(
        actor=sides.steward, organization=sides.organization,
        address={"locality": "Lyon", "country": "FR"}, data={"name": "Office"})
    old = location.place_id
    assert location.place.approximate

    location = actions.update_location(
        actor=sides.steward, location=location, data={"name": "Office"},
        address={"street": "10 Rue de Rivoli", "locality": "Paris", "country": "FR"})

    assert location.place.locality == "Paris"
    assert not location.place.approximate
    assert not Place.objects.filter(pk=old).exists()
    assert AuditEvent.objects.get(verb="location.update").data["fields"] == ["address"]


def test_removing_a_location_keeps_its_services(sides: Sides) -> None:
    location = make_location(sides.organization)
    add_hours(location)
    service = actions.create_service(actor=sides.steward, organization=sides.organization,
                                     data={"name": "Warm line", "locations": [location]})
    with pytest.raises(PermissionDenied):
        actions.delete_location(actor=sides.other_steward, location=location)

    actions.delete_location(actor=sides.steward, location=location)

    assert not Location.objects.exists()
    assert not Schedule.objects.exists()
    assert list(service.locations.all()) == []
    assert AuditEvent.objects.filter(verb="location.delete").count() == 1


def test_staff_find_services_locations_and_hours_in_the_admin() -> None:
    from django.contrib import admin

    assert all(admin.site.is_registered(model) for model in (Service, Location, Schedule))
