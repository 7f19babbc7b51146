"""`mutual import meeting-guide`: a meeting list's Meeting Guide feed moves into Mutual."""

import datetime as dt
import json
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.test import Client

from mutual.audit.models import AuditEvent
from mutual.concerns.models import Concern
from mutual.groups.models import Group
from mutual.meetings import imports
from mutual.meetings.actions import create_meeting as real_create_meeting
from mutual.meetings.imports import import_meeting_guide
from mutual.meetings.meeting_guide import SPEC_FIELDS, split_address
from mutual.meetings.models import Meeting
from mutual.meetings.serializers import meeting_place
from mutual.organizations.models import Organization
from mutual.places.models import Place
from tests.factories import GroupFactory, MeetingFactory, OrganizationFactory

pytestmark = pytest.mark.django_db

FEEDS = Path(__file__).parent / "feeds"
EVERY_FIELD = FEEDS / "every_field.json"
CONCERN = "concern=alcohol-use"


def run(path: Path | str, *options: str) -> str:
    out = StringIO()
    call_command("import", "meeting-guide", str(path), *options, stdout=out)
    return out.getvalue()


def rows_of(path: Path) -> list[dict[str, Any]]:
    return json.loads(path.read_text())


def write_feed(tmp_path: Path, rows: list[Any], name: str = "feed.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(rows))
    return path


def counts(output: str) -> str:
    return output.splitlines()[0]


def meeting(slug: str) -> Meeting:
    return Meeting.objects.select_related("group", "place").get(slug=slug)


def languages(slug: str) -> set[str]:
    return set(meeting(slug).languages.values_list("code", flat=True))


# The round trip


def test_the_every_field_feed_uses_every_field_of_the_specification() -> None:
    used = {key for row in rows_of(EVERY_FIELD) for key in row}
    assert set(SPEC_FIELDS) <= used


def test_round_trip_keeps_every_field_the_specification_defines() -> None:
    """Import a feed that uses every field, publish it again, and find each field unchanged.

    Types are compared as sets. After the move Mutual is where a meeting's listing lives,
    so `url`, `edit_url` and `feedback_url` come back as the meeting's page in Mutual (where
    its facilitators edit it and anyone can report that the listing is wrong) rather than
    the old site's pages.
    """
    run(EVERY_FIELD, "--group-defaults", CONCERN)
    published = {row["slug"]: row for row in Client().get("/feeds/meeting-guide.json").json()}
    for original in rows_of(EVERY_FIELD):
        row = published[original["slug"]]
        page = f"http://testserver{meeting(original['slug']).get_absolute_url()}"
        for key, value in original.items():
            if key == "types":
                assert set(row["types"]) == set(value), original["slug"]
            elif key in ("url", "edit_url", "feedback_url"):
                assert row[key] == page, (original["slug"], key)
            else:
                assert row.get(key) == value, (original["slug"], key)


# Attendance


def test_every_attendance_case() -> None:
    output = run(FEEDS / "attendance.json", "--group-defaults", CONCERN)
    assert counts(output) == "created 10, updated 0, unchanged 0, rejected 0"
    expected = {
        "stated-in-person": ("in_person", "active"),
        "stated-online": ("online", "active"),
        "stated-hybrid": ("hybrid", "active"),
        "stated-inactive": ("in_person", "temporarily_closed"),
        "inferred-online": ("online", "active"),
        "inferred-hybrid": ("hybrid", "active"),
        "inferred-in-person": ("in_person", "active"),
        "legacy-online": ("online", "active"),
        "legacy-closed": ("in_person", "temporarily_closed"),
        "legacy-closed-room-online": ("online", "active"),
    }
    for slug, (attendance, status) in expected.items():
        found = meeting(slug)
        assert (found.attendance, found.status) == (attendance, status), slug


def test_legacy_types_become_attendance_and_status_not_types() -> None:
    run(FEEDS / "attendance.json", "--group-defaults", CONCERN)
    assert meeting("legacy-online").types == ["O"]
    assert meeting("legacy-closed").types == ["C"]
    # The room is closed while the meeting goes on online: TC stays to say so.
    assert meeting("legacy-closed-room-online").types == ["D", "TC"]


def test_an_inactive_or_closed_meeting_has_no_coming_occurrences() -> None:
    run(FEEDS / "attendance.json", "--group-defaults", CONCERN)
    assert not meeting("stated-inactive").occurrences.exists()
    assert meeting("stated-in-person").occurrences.exists()


def test_an_approximate_address_of_an_online_meeting_is_its_town() -> None:
    run(FEEDS / "attendance.json", "--group-defaults", CONCERN)
    place = meeting("inferred-online").place
    assert (place.locality, place.region, place.country.code) == ("Berkeley", "CA", "US")
    assert place.approximate
    assert place.street == ""
    assert meeting("inferred-online").time_zone == "America/Los_Angeles"


# What each field becomes


def test_fields_are_mapped_onto_the_meeting_its_place_group_and_organization() -> None:
    run(EVERY_FIELD, "--group-defaults", CONCERN)
    found = meeting("sunday-serenity-14")
    assert found.name == "Sunday Serenity"
    assert found.rrule == "FREQ=WEEKLY;BYDAY=SU"
    assert found.start_time == dt.time(18, 0)
    assert found.duration_minutes == 90
    assert found.time_zone == "America/Chicago"
    assert found.types == ["D", "LGBTQ", "O", "X"]
    assert languages("sunday-serenity-14") == {"es"}
    assert found.updated_at == dt.datetime(2024, 5, 31, 14, 32, 23, tzinfo=dt.UTC)
    assert found.source == str(EVERY_FIELD.resolve())
    assert found.location_notes == "Parking behind the building."
    place = found.place
    assert (place.name, place.street, place.locality, place.region, place.postal_code) == (
        "Alano Club", "4953 W Addison St", "Chicago", "IL", "60641"
    )
    assert (place.latitude, place.longitude, place.approximate) == (41.94532, -87.75003, False)
    assert found.listing["formatted_address"] == "4953 W Addison St, Chicago, IL 60641, USA"
    assert found.listing["venmo"] == "@SerenityGroup"
    assert "url" not in found.listing
    group = found.group
    assert group.name == "The Serenity Group"
    assert group.description == "Business meeting after the last Sunday meeting of the month."
    assert group.format == Group.Format.HYBRID  # one meeting in person, one hybrid
    assert group.place == place
    assert group.organization.name == "District 123"
    assert group.organization.website == "https://district123.org"
    assert group.organization.service_area == "Cook County, Illinois"
    assert group.organization.contact_email == ""


def test_several_days_and_a_meeting_past_midnight() -> None:
    run(EVERY_FIELD, "--group-defaults", CONCERN)
    assert meeting("weekday-online-circle").rrule == "FREQ=WEEKLY;BYDAY=MO,WE,FR"
    late = meeting("late-night-hybrid")
    assert (late.start_time, late.duration_minutes) == (dt.time(23, 30), 60)
    assert languages("late-night-hybrid") == {"it", "ko"}


def test_a_missing_end_time_means_an_hour(tmp_path: Path) -> None:
    run(write_feed(tmp_path, [{
        "name": "No End", "slug": "no-end", "day": 1, "time": "19:00",
        "timezone": "Europe/Paris", "conference_url": "https://zoom.us/j/1",
    }]), "--group-defaults", CONCERN)
    assert meeting("no-end").duration_minutes == 60


def test_rows_at_one_address_share_a_place_and_one_group_is_made_per_name() -> None:
    run(EVERY_FIELD, "--group-defaults", CONCERN)
    assert meeting("sunday-serenity-14").place == meeting("late-night-hybrid").place
    assert meeting("lakeview-tuesday").place == meeting("lakeview-thursday").place
    assert Group.objects.filter(name="The Serenity Group").count() == 1
    assert meeting("sunday-serenity-14").group == meeting("late-night-hybrid").group


def test_new_groups_take_the_defaults_given() -> None:
    run(EVERY_FIELD, "--group-defaults",
        f"{CONCERN},led_by=co_led,audience=both,visibility=listed,language=en")
    group = meeting("weekday-online-circle").group
    assert list(group.concerns.values_list("slug", flat=True)) == ["alcohol-use"]
    assert (group.led_by, group.audience, group.visibility) == ("co_led", "both", "listed")
    assert set(group.languages.values_list("code", flat=True)) == {"en", "fr"}
    assert group.format == Group.Format.ONLINE


def test_an_existing_group_is_found_by_name_and_no_concern_is_needed(tmp_path: Path) -> None:
    group = GroupFactory(name="Existing Circle")
    run(write_feed(tmp_path, [{
        "name": "Existing Monday", "slug": "existing-monday", "day": 1, "time": "19:00",
        "timezone": "America/Los_Angeles", "conference_url": "https://zoom.us/j/1",
        "group": "Existing Circle",
    }]))
    assert meeting("existing-monday").group == group


def test_an_existing_organization_is_found_by_name() -> None:
    organization = OrganizationFactory(name="District 123", website="https://example.org")
    run(EVERY_FIELD, "--group-defaults", CONCERN)
    assert meeting("sunday-serenity-14").group.organization == organization
    assert Organization.objects.filter(name="District 123").count() == 1


def test_an_address_without_coordinates_is_placed_offline(tmp_path: Path) -> None:
    run(write_feed(tmp_path, [
        {"name": "By Zip", "slug": "by-zip", "day": 1, "time": "19:00",
         "address": "4953 W Addison St", "city": "Chicago", "state": "IL",
         "postal_code": "60641", "country": "US"},
        {"name": "By Town", "slug": "by-town", "day": 1, "time": "19:00",
         "formatted_address": "12 Rue de la République, 69001 Lyon, France"},
    ]), "--group-defaults", CONCERN)
    by_zip = meeting("by-zip")
    assert by_zip.time_zone == "America/Chicago"
    assert by_zip.place.latitude == pytest.approx(41.95, abs=0.05)
    by_town = meeting("by-town")
    assert by_town.time_zone == "Europe/Paris"
    assert (by_town.place.street, by_town.place.postal_code) == ("12 Rue de la République", "69001")
    assert (by_town.place.locality, by_town.place.country.code) == ("Lyon", "FR")
    # Placed at the town's centre, yet the street stays for those who may see it.
    assert not by_town.place.approximate
    assert meeting_place(by_town, AnonymousUser())["street"] == "12 Rue de la République"
    assert by_town.place.latitude == pytest.approx(45.75, abs=0.05)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("4953 W Addison St, Chicago, IL 60641, USA",
         ("4953 W Addison St", "Chicago", "IL", "60641", "US")),
        ("Chicago, IL, USA", ("", "Chicago", "IL", "", "US")),
        ("12 Rue de la République, 69001 Lyon, France",
         ("12 Rue de la République", "Lyon", "", "69001", "FR")),
        # Two letters may be a state or a country ("CA"): the offline lookup decides later.
        ("Berkeley, CA", ("", "Berkeley", "CA", "", "")),
    ],
)
def test_a_one_line_address_is_split_into_its_parts(text: str, parts: tuple) -> None:
    found = split_address(text)
    assert (found["street"], found["city"], found["state"], found["postal_code"],
            found["country"]) == parts


def test_an_approximate_area_comes_back_in_the_feeds_own_words(tmp_path: Path) -> None:
    row = {
        "name": "Wicker Park Online", "slug": "wicker-park-online", "day": 3, "time": "20:00",
        "formatted_address": "Wicker Park, Chicago, IL, USA", "approximate": "yes",
        "conference_url": "https://zoom.us/j/7",
    }
    run(write_feed(tmp_path, [row]), "--group-defaults", CONCERN)
    place = meeting("wicker-park-online").place
    assert (place.street, place.locality, place.approximate) == ("", "Chicago", True)
    published = Client().get("/feeds/meeting-guide.json").json()[0]
    assert published["formatted_address"] == "Wicker Park, Chicago, IL, USA"
    assert published["approximate"] == "yes"
    assert "address" not in published


def test_a_row_without_zone_or_address_takes_the_default_zone(tmp_path: Path) -> None:
    path = write_feed(tmp_path, [{
        "name": "Zoneless", "slug": "zoneless", "day": 1, "time": "19:00",
        "conference_url": "https://zoom.us/j/1",
    }])
    output = run(path, "--group-defaults", CONCERN)
    assert "rejected 1" in counts(output)
    assert "time zone" in output
    run(path, "--group-defaults", f"{CONCERN},timezone=Europe/Lisbon")
    assert meeting("zoneless").time_zone == "Europe/Lisbon"


# Broken rows and files


def test_broken_rows_are_rejected_with_their_reason_and_the_good_rows_imported() -> None:
    output = run(FEEDS / "broken.json", "--group-defaults", CONCERN)
    assert counts(output) == "created 2, updated 0, unchanged 0, rejected 12"
    assert set(Meeting.objects.values_list("slug", flat=True)) == {"good-monday", "good-tuesday"}
    reasons = {
        2: "has no slug",
        3: "has no name",
        4: "“day” must be 0 (Sunday) to 6",
        5: "“day” must be 0 (Sunday) to 6",
        6: "“time” must be a time as HH:MM",
        7: "“Mars/Olympus_Mons” is not a time zone",
        8: "in person needs an address",
        9: "needs a conference_url or a conference_phone",
        10: "appears earlier in the feed",
        11: "not a JSON object",
        12: "only letters, digits, hyphens and underscores",
        13: "could not place",
    }
    lines = output.splitlines()[1:]
    assert len(lines) == len(reasons)
    for line, (number, reason) in zip(lines, reasons.items(), strict=True):
        assert line.startswith(f"rejected row {number},"), line
        assert reason in line, line
    assert "slug “day-seven”, name “Day Seven”" in output


def test_a_file_that_is_not_json_is_refused_and_changes_nothing() -> None:
    events = AuditEvent.objects.count()
    with pytest.raises(CommandError, match="is not valid JSON"):
        run(FEEDS / "malformed.json", "--group-defaults", CONCERN)
    assert not Meeting.objects.exists()
    assert AuditEvent.objects.count() == events


def test_a_file_that_is_not_a_list_is_refused_and_changes_nothing() -> None:
    with pytest.raises(CommandError, match="not a JSON array"):
        run(FEEDS / "not_an_array.json", "--group-defaults", CONCERN)
    assert not Meeting.objects.exists()


def test_a_missing_file_is_refused() -> None:
    with pytest.raises(CommandError, match="Could not read"):
        run(FEEDS / "no-such-feed.json")


def test_groups_to_create_without_a_concern_stop_the_run_and_change_nothing() -> None:
    with pytest.raises(CommandError, match="concern=SLUG"):
        run(EVERY_FIELD)
    assert not Meeting.objects.exists()
    assert not Group.objects.exists()


@pytest.mark.parametrize(
    ("defaults", "message"),
    [
        ("concern=no-such-concern", "no concern"),
        (f"{CONCERN},colour=blue", "Unknown group default"),
        (f"{CONCERN},led_by=nobody", "led_by must be one of"),
        (f"{CONCERN},visibility=everyone", "visibility must be one of"),
        (f"{CONCERN},language=xx", "not an ISO 639-1"),
        (f"{CONCERN},timezone=Mars/Base", "not a time zone"),
        ("concern", "has no “=”"),
    ],
)
def test_bad_group_defaults_are_refused(defaults: str, message: str) -> None:
    with pytest.raises(CommandError, match=message):
        run(EVERY_FIELD, "--group-defaults", defaults)
    assert not Meeting.objects.exists()


# Running again


def test_a_second_run_changes_nothing() -> None:
    run(EVERY_FIELD, "--group-defaults", CONCERN)
    events = AuditEvent.objects.count()
    places, groups = Place.objects.count(), Group.objects.count()
    output = run(EVERY_FIELD, "--group-defaults", CONCERN)
    assert counts(output) == "created 0, updated 0, unchanged 5, rejected 0"
    assert (Place.objects.count(), Group.objects.count()) == (places, groups)
    new_events = AuditEvent.objects.order_by("pk")[events:]
    assert [event.verb for event in new_events] == ["meeting.import"]
    assert new_events[0].data["unchanged"] == 5


def test_the_run_is_audited_with_its_counts() -> None:
    run(FEEDS / "broken.json", "--group-defaults", CONCERN)
    event = AuditEvent.objects.get(verb="meeting.import")
    assert event.data["created"] == 2
    assert event.data["rejected"] == 12
    assert event.data["source"] == str((FEEDS / "broken.json").resolve())


def test_a_changed_row_updates_its_meeting(tmp_path: Path) -> None:
    rows = rows_of(EVERY_FIELD)
    path = write_feed(tmp_path, rows)
    run(path, "--group-defaults", CONCERN)
    rows[0].update({"time": "18:30", "end_time": "20:00", "notes": "Now on the 3rd floor.",
                    "types": ["C", "S"], "updated": "2024-07-01 09:00:00"})
    path.write_text(json.dumps(rows))
    output = run(path, "--group-defaults", CONCERN)
    assert counts(output) == "created 0, updated 1, unchanged 4, rejected 0"
    found = meeting("sunday-serenity-14")
    assert (found.start_time, found.duration_minutes) == (dt.time(18, 30), 90)
    assert found.notes == "Now on the 3rd floor."
    assert found.types == ["C"]
    assert found.updated_at == dt.datetime(2024, 7, 1, 9, 0, tzinfo=dt.UTC)
    change = AuditEvent.objects.filter(verb="meeting.update").get()
    assert set(change.data["changes"]) == {"start_time", "notes", "types"}


def test_a_slug_that_belongs_to_a_meeting_from_elsewhere_is_rejected(tmp_path: Path) -> None:
    MeetingFactory(slug="sunday-serenity-14", notes="Made in Mutual.")
    output = run(EVERY_FIELD, "--group-defaults", CONCERN)
    assert counts(output) == "created 4, updated 0, unchanged 0, rejected 1"
    assert "did not come from this feed" in output
    assert meeting("sunday-serenity-14").notes == "Made in Mutual."


def test_the_same_feed_under_another_source_name_does_not_take_over_its_meetings() -> None:
    run(EVERY_FIELD, "--group-defaults", CONCERN, "--source", "district-123")
    output = run(EVERY_FIELD, "--group-defaults", CONCERN, "--source", "someone-else")
    assert counts(output) == "created 0, updated 0, unchanged 0, rejected 5"


def test_a_dry_run_reports_and_changes_nothing() -> None:
    output = run(EVERY_FIELD, "--group-defaults", CONCERN, "--dry-run")
    assert "Dry run" in output
    assert "created 5, updated 0, unchanged 0, rejected 0" in output
    assert not Meeting.objects.exists()
    assert not Group.objects.exists()
    assert not AuditEvent.objects.filter(verb="meeting.import").exists()


def test_a_row_refused_while_writing_leaves_nothing_of_it_behind(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A meeting the action refuses takes the group, organization and place made for it
    along; the other rows still go in, and a later row of that group makes it anew."""
    refused = {"sunday-serenity-14"}

    def create_meeting(**fields: Any) -> Meeting:
        if fields["slug"] in refused:
            raise ValidationError({"slug": "Refused for the test."})
        return real_create_meeting(**fields)

    monkeypatch.setattr(imports, "create_meeting", create_meeting)
    output = run(EVERY_FIELD, "--group-defaults", CONCERN)
    assert counts(output) == "created 4, updated 0, unchanged 0, rejected 1"
    assert "rejected row 1, slug “sunday-serenity-14”" in output
    assert "Refused for the test." in output
    group = meeting("late-night-hybrid").group
    assert Group.objects.filter(name="The Serenity Group").get() == group
    assert Organization.objects.filter(name="District 123").count() == 1
    assert group.organization.name == "District 123"
    assert Place.objects.filter(name="Alano Club").count() == 1


def test_the_action_can_be_called_without_the_command() -> None:
    concern = Concern.objects.get(slug="alcohol-use")
    report = import_meeting_guide(
        rows=rows_of(EVERY_FIELD), source="district-123", defaults={"concern": concern.slug},
    )
    assert report.counts() == {"created": 5, "updated": 0, "unchanged": 0, "rejected": 0}
    assert Meeting.objects.filter(source="district-123").count() == 5
