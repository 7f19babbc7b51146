"""The Open Referral HSDS 3.0 export: every object matches the official schemas, the CSV
datapackage matches its table schemas, nothing private leaves, and two runs agree."""

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from jsonschema import Draft202012Validator

from mutual.concerns.models import Concern
from mutual.core.models import Language
from mutual.organizations.models import Organization
from mutual.services import hsds
from mutual.services.hsds_csv import descriptor, read_tables, validate_tables, write_datapackage
from mutual.services.models import Location, Schedule, Service, ServiceAtLocation
from tests.factories import OrganizationFactory, PlaceFactory

pytestmark = pytest.mark.django_db

ON = dt.date(2026, 3, 2)  # a Monday, before the clocks change in North America
SCHEMAS = Path(hsds.__file__).parent / "hsds_schema"


def make_service(organization: Organization, **fields: Any) -> Service:
    defaults: dict[str, Any] = {
        "slug": f"service-{Service.objects.count()}", "name": "Peer counselling",
        "description": "Talk with someone who has been there.",
    }
    return Service.objects.create(organization=organization, **(defaults | fields))


def make_location(organization: Organization, **fields: Any) -> Location:
    return Location.objects.create(
        organization=organization, place=fields.pop("place", None) or PlaceFactory(),
        name="Main drop-in centre", **fields)


def make_schedule(**fields: Any) -> Schedule:
    defaults: dict[str, Any] = {
        "rrule": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "starts_on": dt.date(2026, 1, 5),
        "opens_at": dt.time(9), "closes_at": dt.time(17), "time_zone": "America/Los_Angeles",
    }
    return Schedule.objects.create(**(defaults | fields))


@pytest.fixture
def centre(db: None) -> Organization:
    federation = OrganizationFactory(name="Peer Federation", slug="peer-federation")
    organization = OrganizationFactory(
        name="Harbour Drop-in Centre", slug="harbour", mission="Peer support by the harbour.",
        website="https://harbour.example.org", phone="+1 510 555 0100", founded_year=1998,
        legal_status="cooperative", parent=federation, contact_email="private@example.org",
        logo_url="https://harbour.example.org/logo.png",
    )
    location = make_location(organization, accessibility="Step-free entrance.",
                             transportation="Bus 51 stops outside.")
    counselling = make_service(
        organization, name="Peer counselling", fee="donation", fee_description="$5 suggested",
        minimum_age=18, maximum_age=99, email="talk@example.org", phone="+1 510 555 0101",
        url="https://harbour.example.org/talk", eligibility="Adults in Berkeley.",
        interpretation="Spanish on request.", capacity="waitlist",
    )
    counselling.languages.set(Language.objects.filter(code__in=["en", "es"]))
    counselling.concerns.set(Concern.objects.filter(slug="loss-of-a-spouse"))
    link = ServiceAtLocation.objects.create(service=counselling, location=location,
                                            description="Room 2")
    make_schedule(service=counselling)
    make_schedule(location=location, rrule="FREQ=MONTHLY;BYDAY=TU;BYSETPOS=1",
                  opens_at=dt.time(18), closes_at=dt.time(20), notes="Closed in August.")
    make_schedule(service_at_location=link, rrule="FREQ=DAILY", opens_at=dt.time(7),
                  closes_at=dt.time(8), time_zone="Asia/Kolkata")
    make_service(organization, name="Warm line", status="temporarily closed")
    make_service(organization, name="Old housing clinic", status="defunct",
                 description="SECRET-DEFUNCT")
    return organization


def schema_validator(name: str) -> Draft202012Validator:
    return hsds.validator(name)


def all_services(export: hsds.Export) -> list[dict[str, Any]]:
    return [service for organization in export.organizations
            for service in organization.get("services", [])]


def test_every_object_matches_the_official_schemas(centre: Organization) -> None:
    export = hsds.build_export(on=ON)

    assert len(export.organizations) == 2
    for organization in export.organizations:
        schema_validator("organization.json").validate(organization)
        for location in organization.get("locations", []):
            schema_validator("location.json").validate(location)
    services = all_services(export)
    assert len(services) == 2
    for service in services:
        schema_validator("service.json").validate(service)
        for link in service.get("service_at_locations", []):
            schema_validator("service_at_location.json").validate(link)
        for schedule in service.get("schedules", []):
            schema_validator("schedule.json").validate(schedule)
    for term in export.taxonomy_terms:
        schema_validator("taxonomy_term.json").validate(term)
    assert hsds.validate_export(export) == []


def test_the_validator_catches_what_breaks_the_schema(centre: Organization) -> None:
    export = hsds.build_export(on=ON)
    export.organizations[0]["id"] = "not-a-uuid"
    all_services(export)[0]["status"] = "closed for good"

    problems = hsds.validate_export(export)

    assert any("not-a-uuid" in problem for problem in problems)
    assert any("closed for good" in problem for problem in problems)


def test_the_objects_carry_what_the_page_says(centre: Organization) -> None:
    export = hsds.build_export(on=ON)
    harbour = next(item for item in export.organizations if item["name"].startswith("Harbour"))

    assert harbour["id"] == hsds.organization_id(centre)
    assert harbour["parent_organization_id"] == hsds.organization_id(centre.parent)
    assert harbour["year_incorporated"] == 1998
    assert harbour["legal_status"] == "Cooperative"
    assert harbour["description"].startswith("Peer support by the harbour.")
    assert harbour["phones"][0]["number"] == "+1 510 555 0100"
    [location] = harbour["locations"]
    assert location["location_type"] == "physical"
    assert location["latitude"] == pytest.approx(37.87159)
    assert location["addresses"][0]["city"] == "Berkeley"
    assert location["addresses"][0]["country"] == "US"
    assert location["accessibility"][0]["description"] == "Step-free entrance."
    counselling = next(item for item in harbour["services"] if item["name"] == "Peer counselling")
    assert counselling["fees_description"] == "By donation: $5 suggested"
    assert {language["code"] for language in counselling["languages"]} == {"en", "es"}
    assert (counselling["minimum_age"], counselling["maximum_age"]) == (18, 99)
    kinds = {attribute["link_type"]: attribute for attribute in counselling["attributes"]}
    assert kinds["capacity"]["value"] == "waitlist"
    assert kinds["concern"]["taxonomy_term"]["code"] == "loss-of-a-spouse"
    [weekdays] = counselling["schedules"]
    assert (weekdays["freq"], weekdays["byday"], weekdays["interval"]) == (
        "WEEKLY", "MO,TU,WE,TH,FR", 1)
    assert (weekdays["opens_at"], weekdays["closes_at"]) == ("09:00:00", "17:00:00")
    assert weekdays["description"].startswith("Every Monday")
    [monthly] = location["schedules"]
    assert (monthly["freq"], monthly["byday"]) == ("MONTHLY", "1TU")
    assert monthly["notes"] == "Closed in August."
    [link] = counselling["service_at_locations"]
    [daily] = link["schedules"]
    assert daily["byday"] == "MO,TU,WE,TH,FR,SA,SU"
    assert daily["timezone"] == 5.5


def test_the_offset_follows_the_zone_across_a_change_of_clocks(centre: Organization) -> None:
    before = hsds.build_export(on=dt.date(2026, 3, 6))
    after = hsds.build_export(on=dt.date(2026, 3, 9))

    def weekdays(export: hsds.Export) -> dict[str, Any]:
        service = next(item for item in all_services(export) if item["name"] == "Peer counselling")
        return service["schedules"][0]

    assert weekdays(before)["timezone"] == -8
    assert weekdays(after)["timezone"] == -7
    assert weekdays(before)["opens_at"] == weekdays(after)["opens_at"] == "09:00:00"
    assert Schedule.objects.filter(time_zone="America/Los_Angeles").exists()


def test_nothing_private_leaves(centre: Organization, tmp_path: Path) -> None:
    export = hsds.build_export(on=ON)
    write_datapackage(export, tmp_path)
    everything = export.as_json() + "".join(
        path.read_text() for path in tmp_path.glob("*.csv"))

    assert "private@example.org" not in everything
    assert "SECRET-DEFUNCT" not in everything
    assert "Old housing clinic" not in everything
    statuses = {service["status"] for service in all_services(export)}
    assert statuses == {"active", "temporarily closed"}


def test_an_approximate_place_says_only_its_area(centre: Organization) -> None:
    place = PlaceFactory(approximate=True, latitude=37.871594, longitude=-122.272751)
    make_location(centre, place=place)

    export = hsds.build_export(on=ON)
    harbour = next(item for item in export.organizations if item["name"].startswith("Harbour"))
    vague = next(item for item in harbour["locations"] if item["latitude"] == 37.87)

    assert vague["longitude"] == -122.27
    assert vague["addresses"][0]["address_1"] == ""


def test_two_runs_give_the_same_bytes(centre: Organization, tmp_path: Path) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    call_command("hsds", "export", "--json", str(tmp_path / "one.json"), "--csv", str(first))
    call_command("hsds", "export", "--json", str(tmp_path / "two.json"), "--csv", str(second))

    assert (tmp_path / "one.json").read_bytes() == (tmp_path / "two.json").read_bytes()
    names = sorted(path.name for path in first.iterdir())
    assert names == sorted(path.name for path in second.iterdir())
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes()
    ids = [item["id"] for item in json.loads((tmp_path / "one.json").read_text())[
        "organizations"]]
    assert ids == sorted(ids)


def test_the_datapackage_matches_its_table_schemas(centre: Organization, tmp_path: Path) -> None:
    write_datapackage(hsds.build_export(on=ON), tmp_path)
    package = json.loads((tmp_path / "datapackage.json").read_text())

    assert package == json.loads((SCHEMAS / "datapackage.json").read_text())
    for resource in package["resources"]:
        with (tmp_path / resource["path"]).open(newline="") as handle:
            reader = csv.DictReader(handle)
            rows = list(reader)
        fields = resource["schema"]["fields"]
        assert reader.fieldnames == [field["name"] for field in fields]
        for field in fields:
            constraints = field.get("constraints", {})
            values = [row[field["name"]] for row in rows]
            if constraints.get("required"):
                assert all(values), (resource["name"], field["name"])
            if "enum" in constraints:
                assert set(filter(None, values)) <= set(constraints["enum"])
            if field["type"] == "number":
                for value in filter(None, values):
                    float(value)
            if field["type"] == "date":
                for value in filter(None, values):
                    dt.date.fromisoformat(value)
    tables = read_tables(tmp_path)
    assert len(tables["service"]) == 2
    assert len(tables["schedule"]) == 3
    assert {row["service_id"] for row in tables["service_at_location"]} <= {
        row["id"] for row in tables["service"]}
    assert validate_tables(tables) == []


def test_the_table_check_catches_a_broken_row(centre: Organization, tmp_path: Path) -> None:
    write_datapackage(hsds.build_export(on=ON), tmp_path)
    tables = read_tables(tmp_path)
    tables["service"][0]["status"] = "gone"
    tables["location"][0]["latitude"] = "north"
    tables["service_at_location"][0]["service_id"] = "4f1c6c1e-2d7e-4c1b-9d62-0c3b1c7e0a11"
    del tables["organization"][0]["name"]

    problems = "\n".join(validate_tables(tables))

    assert "'gone' is not one of" in problems
    assert "'north' is not of type 'number'" in problems
    assert "is not in service" in problems
    assert "'name' is a required property" in problems


def test_the_command_checks_and_says_so(centre: Organization, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    call_command("hsds", "export", "--check", "--csv", str(tmp_path))

    assert "Valid HSDS 3.0" in capsys.readouterr().err
    assert (tmp_path / "datapackage.json").exists()
    assert len(list(tmp_path.glob("*.csv"))) == len(descriptor()["resources"])


def test_the_command_fails_when_the_export_does_not_match(centre: Organization) -> None:
    Organization.objects.filter(pk=centre.pk).update(website="not a web address")

    with pytest.raises(CommandError, match="does not match HSDS"):
        call_command("hsds", "export", "--check")


def test_the_command_exit_status(centre: Organization) -> None:
    call_command("hsds", "export", "--check")  # returns: the shell sees status 0

    Organization.objects.filter(pk=centre.pk).update(website="not a web address")
    with pytest.raises(CommandError) as failure:
        call_command("hsds", "export", "--check")
    assert failure.value.returncode == 1  # what run_from_argv exits with


def test_organizations_are_found_by_their_stored_id(centre: Organization) -> None:
    assert hsds.organization_id(centre) == str(centre.hsds_id)
    centre.slug = "harbour-house"
    centre.save()
    assert hsds.organization_by_id(hsds.organization_id(centre)) == centre
    assert hsds.organization_by_id(hsds.derived_id("organization", "nowhere")) is None
    assert hsds.organization_by_id("not-a-uuid") is None
