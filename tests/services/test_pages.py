"""The service's public page and the stewards' pages for services, locations and hours,
tried from each side."""

import datetime

import pytest

from mutual.audit.models import AuditEvent
from mutual.services.models import Location, Schedule, Service
from tests.conftest import client_for
from tests.services.sides import (
    SIDES,
    WRITERS,
    Sides,
    add_hours,
    make_location,
    make_service,
    sides,
    who,
)

__all__ = ["sides"]
pytestmark = pytest.mark.django_db

MANAGE = "/organizations/harbour/services/manage/"
NEW = "/organizations/harbour/services/manage/new/"
LOCATIONS = "/organizations/harbour/locations/"
NEW_LOCATION = "/organizations/harbour/locations/new/"


def hours_data(*lines: dict[str, object], prefix: str = "hours") -> dict[str, object]:
    data: dict[str, object] = {
        f"{prefix}-TOTAL_FORMS": str(len(lines)), f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "30"}
    for number, line in enumerate(lines):
        for key, value in line.items():
            data[f"{prefix}-{number}-{key}"] = value
    return data


def service_data(**changes: object) -> dict[str, object]:
    return {"name": "Peer counselling", "description": "Talk with someone who has been there.",
            "status": "active", "capacity": "waitlist", "fee": "free", "eligibility": "",
            "minimum_age": "18", "maximum_age": "", "fee_description": "",
            "application_process": "Walk in.", "interpretation": "", "accessibility": "",
            "email": "", "phone": "", "url": "",
            **hours_data({"days": ["1", "3"], "opens": "09:00", "closes": "17:00"}),
            **changes}


def test_the_service_page_says_what_a_person_needs(sides: Sides) -> None:
    location = make_location(sides.organization, "Main centre", street="12 Harbour Road",
                             locality="Berkeley")
    add_hours(location, days=(1, 2), notes="Closed on holidays")
    service = make_service(
        sides.organization, "Peer counselling", concerns=("bereavement",), languages=("es",),
        locations=(location,), eligibility="Anyone grieving.", minimum_age=16,
        fee="fee", fee_description="$5, less if you cannot", capacity="waitlist",
        application_process="Call first.", interpretation="ASL on request",
        accessibility="Step-free", phone="555-0100")
    add_hours(service, days=(6,), opens=datetime.time(10), closes=datetime.time(12))

    response = client_for(None).get("/organizations/harbour/services/peer-counselling/")

    page = response.content.decode()
    assert response.status_code == 200
    for text in ("Anyone grieving.", "16 and over", "A fee: $5, less if you cannot",
                 "Waiting list", "Call first.", "Spanish", "ASL on request", "Step-free",
                 "12 Harbour Road", "Every Monday, Tuesday, 09:00 to 17:00",
                 "Closed on holidays", "Every Saturday, 10:00 to 12:00",
                 "Times in America/Los_Angeles.", "555-0100", "Bereavement",
                 'href="/organizations/harbour/"'):
        assert text in page, text
    assert service.get_absolute_url() == "/organizations/harbour/services/peer-counselling/"


def test_an_approximate_place_shows_no_street(sides: Sides) -> None:
    location = make_location(sides.organization, street="Secret Lane 1", approximate=True)
    make_service(sides.organization, "Shelter", locations=(location,))

    page = client_for(None).get("/organizations/harbour/services/shelter/").content.decode()

    assert "Secret Lane" not in page
    assert "the area, not the door" in page


def test_an_unknown_service_is_not_found(sides: Sides) -> None:
    make_service(sides.other_organization, "Warm line")
    assert client_for(None).get(
        "/organizations/harbour/services/warm-line/").status_code == 404


@pytest.mark.parametrize("side", SIDES)
def test_the_edit_link_is_for_stewards_and_staff(sides: Sides, side: str) -> None:
    make_service(sides.organization, "Warm line")
    page = client_for(who(sides, side)).get(
        "/organizations/harbour/services/warm-line/").content.decode()
    assert ("/organizations/harbour/services/warm-line/edit/" in page) == (side in WRITERS)


@pytest.mark.parametrize("url", [MANAGE, NEW, LOCATIONS, NEW_LOCATION,
                                 "/organizations/harbour/services/warm-line/edit/",
                                 "/organizations/harbour/services/warm-line/delete/",
                                 "/organizations/harbour/locations/{pk}/edit/",
                                 "/organizations/harbour/locations/{pk}/delete/"])
@pytest.mark.parametrize(("side", "status"), [
    ("anonymous", 302), ("member", 403), ("other_steward", 403), ("steward", 200),
    ("staff", 200)])
def test_only_stewards_and_staff_open_the_stewards_pages(sides: Sides, url: str, side: str,
                                                        status: int) -> None:
    location = make_location(sides.organization, "Main centre")
    make_service(sides.organization, "Warm line", status="inactive")

    response = client_for(who(sides, side)).get(url.format(pk=location.pk))

    assert response.status_code == status
    if side == "anonymous":
        assert "/login/" in response["Location"]


@pytest.mark.parametrize(("side", "status"), [
    ("anonymous", 302), ("member", 403), ("other_steward", 403), ("steward", 302),
    ("staff", 302)])
def test_only_stewards_and_staff_add_a_service_on_the_page(sides: Sides, side: str,
                                                          status: int) -> None:
    location = make_location(sides.organization, "Main centre")

    response = client_for(who(sides, side)).post(NEW, service_data(locations=[location.pk]))

    assert response.status_code == status
    added = Service.objects.filter(name="Peer counselling").first()
    assert (added is not None) == (side in WRITERS)
    if added is not None:
        assert response["Location"] == "/organizations/harbour/services/peer-counselling/"
        assert list(added.locations.all()) == [location]
        assert [s.rrule for s in added.schedules.all()] == ["FREQ=WEEKLY;BYDAY=MO,WE"]
        assert AuditEvent.objects.filter(verb="service.hours").count() == 1


def test_mistakes_are_shown_beside_the_fields_and_nothing_is_lost(sides: Sides) -> None:
    response = client_for(sides.steward).post(NEW, service_data(
        name="", description="Typed with care", minimum_age="30", maximum_age="20",
        **hours_data({"days": ["2"], "opens": "17:00", "closes": "09:00",
                      "notes": "Evenings"})))

    assert response.status_code == 400
    page = response.content.decode()
    assert "Typed with care</textarea>" in page
    assert "The maximum age is below the minimum age" in page
    assert "The closing time must come after the opening time" in page
    assert 'value="Evenings"' in page
    assert 'value="17:00"' in page
    assert not Service.objects.exists()


def test_a_steward_edits_a_service_and_its_hours(sides: Sides) -> None:
    service = make_service(sides.organization, "Warm line")
    add_hours(service)
    edit = "/organizations/harbour/services/warm-line/edit/"
    form = client_for(sides.steward).get(edit).content.decode()
    assert 'value="09:00"' in form

    response = client_for(sides.steward).post(edit, service_data(
        name="Evening warm line",
        **hours_data({"days": ["0", "6"], "opens": "18:00", "closes": "22:00"},
                     {"days": [], "opens": "", "closes": "", "notes": ""})))

    assert response.status_code == 302
    service.refresh_from_db()
    assert service.slug == "evening-warm-line"
    assert [(s.rrule, s.opens_at.hour) for s in service.schedules.all()] == [
        ("FREQ=WEEKLY;BYDAY=SU,SA", 18)]


@pytest.mark.parametrize("side", SIDES)
def test_removing_a_service_needs_a_post_from_a_steward(sides: Sides, side: str) -> None:
    make_service(sides.organization, "Warm line")
    url = "/organizations/harbour/services/warm-line/delete/"
    client = client_for(who(sides, side))

    if side in WRITERS:
        assert "Yes, remove it" in client.get(url).content.decode()
        assert Service.objects.exists()
    response = client.post(url)

    assert Service.objects.exists() == (side not in WRITERS)
    if side in WRITERS:
        assert response["Location"] == MANAGE


def test_the_manage_page_lists_every_status(sides: Sides) -> None:
    make_service(sides.organization, "Warm line", status="defunct")
    make_service(sides.other_organization, "Not ours")

    page = client_for(sides.steward).get(MANAGE).content.decode()

    assert "Warm line" in page and "No longer offered" in page
    assert "Not ours" not in page


@pytest.mark.parametrize(("side", "status"), [
    ("anonymous", 302), ("member", 403), ("other_steward", 403), ("steward", 302),
    ("staff", 302)])
def test_only_stewards_and_staff_add_a_location_with_hours(sides: Sides, side: str,
                                                          status: int) -> None:
    response = client_for(who(sides, side)).post(NEW_LOCATION, {
        "name": "Lyon office", "street": "1 Place Bellecour", "locality": "Lyon",
        "country": "FR", **hours_data({"days": ["1", "2", "3", "4", "5"], "opens": "09:00",
                                       "closes": "17:30", "notes": "Ring the bell"})})

    assert response.status_code == status
    location = Location.objects.filter(name="Lyon office").first()
    assert (location is not None) == (side in WRITERS)
    if location is not None:
        schedule = location.schedules.get()
        assert (schedule.rrule, schedule.time_zone, schedule.notes) == (
            "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "Europe/Paris", "Ring the bell")
        page = client_for(sides.steward).get(LOCATIONS).content.decode()
        assert "Every Monday, Tuesday, Wednesday, Thursday, Friday, 09:00 to 17:30" in page


def test_a_location_s_mistakes_keep_what_was_typed(sides: Sides) -> None:
    response = client_for(sides.steward).post(NEW_LOCATION, {
        "name": "Somewhere", "street": "2 Long Road", "locality": "Nowhereville Xyz",
        "country": "FR", **hours_data({"days": ["1"], "opens": "10:00", "closes": "10:00"})})

    assert response.status_code == 400
    page = response.content.decode()
    assert 'value="2 Long Road"' in page
    assert "The closing time must come after the opening time" in page
    assert not Location.objects.exists()

    response = client_for(sides.steward).post(NEW_LOCATION, {
        "street": "2 Long Road", "locality": "Nowhereville Xyz", "country": "FR",
        **hours_data({"days": ["1"], "opens": "10:00", "closes": "12:00"})})
    assert response.status_code == 400
    assert "Check the town" in response.content.decode()


def test_a_steward_edits_and_removes_a_location(sides: Sides) -> None:
    location = make_location(sides.organization, "Old name")
    add_hours(location)
    edit = f"/organizations/harbour/locations/{location.pk}/edit/"
    form = client_for(sides.steward).get(edit).content.decode()
    assert 'value="Old name"' in form and 'value="09:00"' in form

    response = client_for(sides.steward).post(edit, {
        "name": "New name", "street": location.place.street, "locality": "Berkeley",
        "region": "CA", "postal_code": "94704", "country": "US",
        **hours_data({"days": ["1"], "opens": "09:00", "closes": "17:00", "DELETE": "on"})})

    assert response.status_code == 302
    location.refresh_from_db()
    assert location.name == "New name"
    assert not Schedule.objects.exists()

    other = client_for(sides.other_steward).post(
        f"/organizations/harbour/locations/{location.pk}/delete/")
    assert other.status_code == 403
    client_for(sides.steward).post(f"/organizations/harbour/locations/{location.pk}/delete/")
    assert not Location.objects.exists()


def test_another_organization_s_location_is_not_found_here(sides: Sides) -> None:
    elsewhere = make_location(sides.other_organization)
    assert client_for(sides.steward).get(
        f"/organizations/harbour/locations/{elsewhere.pk}/edit/").status_code == 404
