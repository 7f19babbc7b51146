"""Facilitators keep their group's meetings true: the schedule, single occurrences, pauses
and the history of every change. Nobody else may touch them."""

import datetime as dt
import zoneinfo
from functools import partial
from itertools import pairwise
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from mutual.audit.models import AuditEvent
from mutual.groups.models import Group, Membership
from mutual.meetings.actions import (
    cancel_occurrence,
    plan_to_attend,
    report_listing,
    update_meeting,
)
from mutual.meetings.models import Meeting, Occurrence, OccurrenceChange, Pause
from mutual.meetings.occurrences import horizon
from mutual.places.actions import create_meeting_place
from mutual.places.models import Place
from tests.conftest import SIDES, Cast, client_for, person
from tests.factories import MeetingFactory, PlaceFactory

pytestmark = pytest.mark.django_db

LOS_ANGELES = zoneinfo.ZoneInfo("America/Los_Angeles")
TUESDAY, SATURDAY = 1, 5  # date.weekday()


def form_data(**changes: Any) -> dict[str, Any]:
    """What the meeting form posts for a weekly Tuesday 19:00 meeting at the group's place."""
    data: dict[str, Any] = {
        "name": "",
        "pattern": "weekly",
        "days": ["2"],
        "ordinal": "1",
        "weekday": "2",
        "custom_rule": "",
        "starts_on": timezone.now().date().isoformat(),
        "start_time": "19:00",
        "duration_minutes": "90",
        "time_zone": "America/Los_Angeles",
        "attendance": "in_person",
        "where": "group",
        "place_name": "",
        "street": "",
        "locality": "",
        "region": "",
        "postal_code": "",
        "country": "US",
        "location_notes": "",
        "conference_url": "",
        "conference_url_notes": "",
        "conference_phone": "",
        "conference_phone_notes": "",
        "types": ["O", "D"],
        "languages": ["en"],
        "notes": "",
        "status": "active",
    }
    data.update(changes)
    return data


def edit_data(meeting: Meeting, **changes: Any) -> dict[str, Any]:
    """What the edit form posts back when a person changes only `changes`."""
    data = form_data(
        name=meeting.name,
        starts_on=meeting.starts_on.isoformat(),
        start_time=meeting.start_time.strftime("%H:%M"),
        duration_minutes=str(meeting.duration_minutes),
        time_zone=meeting.time_zone,
        attendance=meeting.attendance,
        types=list(meeting.types),
        languages=[language.pk for language in meeting.languages.all()],
        notes=meeting.notes,
        status=meeting.status,
    )
    data.update(changes)
    return data


def coming(meeting: Meeting) -> list[Occurrence]:
    return list(
        Occurrence.objects.filter(meeting=meeting, ends_at__gt=timezone.now()).order_by("starts_at")
    )


def next_week(meeting: Meeting) -> dt.date:
    """The first date the meeting meets at least a week from today."""
    week_on = timezone.now().date() + dt.timedelta(days=7)
    return next(o.original_date for o in coming(meeting) if o.original_date >= week_on)


def occurrence_url(meeting: Meeting, day: dt.date) -> str:
    return f"/meetings/{meeting.pk}/occurrences/{day.isoformat()}/"


def finder_results(meeting: Meeting, first: dt.date, last: dt.date) -> list[dict[str, Any]]:
    response = client_for(None).get(
        "/api/v1/meetings/", {"from": first.isoformat(), "to": last.isoformat(), "tz": "UTC"}
    )
    assert response.status_code == 200
    return [item for item in response.json()["results"] if item["id"] == meeting.pk]


def next_meetings(meeting: Meeting) -> str:
    """The "Next meetings" list on the meeting's public page."""
    page = client_for(None).get(f"/meetings/{meeting.pk}/").content.decode()
    listed = page[page.index('id="next-title"'):]
    return listed[:listed.index("</section>")]


def entry(history: str, text: str) -> str:
    """The history entry (one list item) that says `text`."""
    at = history.index(text)
    return history[history.rindex("<li>", 0, at):history.index("</li>", at)]


def pages(cast: Cast, meeting: Meeting) -> dict[str, str]:
    return {
        "create": f"/groups/{cast.group.slug}/meetings/new/",
        "edit": f"/meetings/{meeting.pk}/edit/",
        "occurrence": occurrence_url(meeting, coming(meeting)[0].original_date),
        "pauses": f"/meetings/{meeting.pk}/pauses/",
        "history": f"/meetings/{meeting.pk}/history/",
    }


def refused_posts(meeting: Meeting, day: dt.date) -> dict[str, dict[str, Any]]:
    """A change to make on each page, for those who may not make it."""
    return {
        "create": form_data(name="Taken over"),
        "edit": edit_data(meeting, name="Taken over"),
        "occurrence": {"action": "cancel", "reason": "Taken over"},
        "pauses": {"action": "add", "starts_on": day.isoformat(),
                   "ends_on": (day + dt.timedelta(days=14)).isoformat(), "reason": "Taken over"},
        "history": {},
    }


# Who may do what ---------------------------------------------------------------------------

PAGES = ["create", "edit", "occurrence", "pauses", "history"]


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("side", SIDES)
def test_only_facilitators_and_staff_open_the_pages_that_change_a_meeting(
    cast: Cast, side: str, page: str
) -> None:
    meeting = MeetingFactory(group=cast.group)
    url = pages(cast, meeting)[page]

    response = client_for(person(cast, side)).get(url)

    if side == "anonymous":
        assert (response.status_code, response["Location"]) == (
            302, f"/accounts/login/?next={url}"
        )
    elif side in ("member", "other_member"):
        assert response.status_code == 403
        assert "Only this group&#x27;s facilitators and staff" in response.content.decode()
    else:
        assert response.status_code == 200


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("side", ["anonymous", "member", "other_member"])
def test_nobody_else_changes_a_meeting(cast: Cast, side: str, page: str) -> None:
    meeting = MeetingFactory(group=cast.group)
    day = next_week(meeting)
    before = AuditEvent.objects.count()

    response = client_for(person(cast, side)).post(
        pages(cast, meeting)[page] if page != "occurrence" else occurrence_url(meeting, day),
        refused_posts(meeting, day)[page],
    )

    assert response.status_code == (302 if side == "anonymous" else
                                    405 if page == "history" else 403)
    assert AuditEvent.objects.count() == before
    assert not Meeting.objects.filter(name="Taken over").exists()
    assert not OccurrenceChange.objects.exists()
    assert not Pause.objects.exists()


@pytest.mark.parametrize("page", PAGES)
def test_a_secret_groups_meetings_are_not_found_by_outsiders(cast: Cast, page: str) -> None:
    meeting = MeetingFactory(group=cast.group)
    url = pages(cast, meeting)[page]
    Group.objects.filter(pk=cast.group.pk).update(visibility=Group.Visibility.SECRET)

    assert client_for(cast.other_member).get(url).status_code == 404
    assert client_for(cast.member).get(url).status_code == 403
    assert client_for(cast.facilitator).get(url).status_code == 200


@pytest.mark.parametrize("side", SIDES)
def test_the_meeting_page_links_to_its_management_only_for_those_who_may_use_it(
    cast: Cast, side: str
) -> None:
    meeting = MeetingFactory(group=cast.group)

    page = client_for(person(cast, side)).get(f"/meetings/{meeting.pk}/").content.decode()

    links = [
        f'href="/meetings/{meeting.pk}/edit/"',
        f'href="/meetings/{meeting.pk}/pauses/"',
        f'href="/meetings/{meeting.pk}/history/"',
        f'href="{occurrence_url(meeting, coming(meeting)[0].original_date)}"',
    ]
    shown = side in ("facilitator", "staff")
    assert [link in page for link in links] == [shown] * len(links)


# Setting the schedule ----------------------------------------------------------------------


def test_two_meetings_of_one_group_get_the_right_dates(cast: Cast) -> None:
    client = client_for(cast.facilitator)
    url = f"/groups/{cast.group.slug}/meetings/new/"

    weekly = client.post(url, form_data(name="Tuesday evening", days=["2"], start_time="19:00"))
    monthly = client.post(url, form_data(
        name="First Saturday", pattern="monthly", ordinal="1", weekday="6", days=[],
        start_time="10:00", duration_minutes="120",
    ))

    tuesdays = Meeting.objects.get(name="Tuesday evening")
    saturdays = Meeting.objects.get(name="First Saturday")
    assert weekly["Location"] == f"/meetings/{tuesdays.pk}/"
    assert monthly["Location"] == f"/meetings/{saturdays.pk}/"
    assert (tuesdays.rrule, saturdays.rrule) == ("FREQ=WEEKLY;BYDAY=TU", "FREQ=MONTHLY;BYDAY=1SA")
    today = timezone.now().date()
    _first, last = horizon()
    days = [today + dt.timedelta(days=n) for n in range((last - today).days + 1)]
    for meeting, expected, local_time in (
        (tuesdays, [d for d in days if d.weekday() == TUESDAY], dt.time(19)),
        (saturdays, [d for d in days if d.weekday() == SATURDAY and d.day <= 7], dt.time(10)),
    ):
        rows = list(Occurrence.objects.filter(meeting=meeting).order_by("starts_at"))
        assert [row.original_date for row in rows] == expected
        assert {row.starts_at.astimezone(LOS_ANGELES).time() for row in rows} == {local_time}
        assert all(row.status == "scheduled" for row in rows)
    assert saturdays.duration_minutes == 120
    assert AuditEvent.objects.filter(verb="meeting.create", actor=cast.facilitator).count() == 2
    group_page = client_for(None).get(f"/groups/{cast.group.slug}/").content.decode()
    assert "Tuesday evening" in group_page
    assert "First Saturday" in group_page


def test_a_new_meeting_starts_from_the_groups_zone_and_languages(cast: Cast) -> None:
    cast.group.languages.set(["en", "es"])

    page = client_for(cast.facilitator).get(
        f"/groups/{cast.group.slug}/meetings/new/"
    ).content.decode()

    assert '<option value="America/Los_Angeles" selected>' in page
    assert '<option value="es" selected>' in page
    assert f'value="{timezone.now().astimezone(LOS_ANGELES).date().isoformat()}"' in page


def test_a_new_meeting_of_an_online_group_starts_from_the_facilitators_zone(cast: Cast) -> None:
    Group.objects.filter(pk=cast.group.pk).update(format=Group.Format.ONLINE, place=None)
    cast.facilitator.time_zone = "Europe/Paris"
    cast.facilitator.save()
    client = client_for(cast.facilitator)
    url = f"/groups/{cast.group.slug}/meetings/new/"

    page = client.get(url).content.decode()
    response = client.post(url, form_data(
        name="Online circle", attendance="online", time_zone="Europe/Paris",
        conference_url="https://meet.example.org/circle",
    ))

    assert '<option value="Europe/Paris" selected>' in page
    assert 'name="attendance" value="online" required id="id_attendance_1" checked' in page
    assert response.status_code == 302
    meeting = Meeting.objects.get(name="Online circle")
    assert (meeting.place, meeting.attendance) == (None, "online")
    assert {row.starts_at.astimezone(zoneinfo.ZoneInfo("Europe/Paris")).time()
            for row in coming(meeting)} == {dt.time(19)}


@pytest.mark.parametrize(
    ("rule", "checked"),
    [
        ("FREQ=WEEKLY;BYDAY=TU,TH", ['name="pattern" value="weekly"', 'name="days" value="2"',
                                     'name="days" value="4"']),
        ("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", ['name="pattern" value="biweekly"',
                                             'name="days" value="1"']),
        ("FREQ=MONTHLY;BYDAY=-1FR", ['name="pattern" value="monthly"']),
        ("FREQ=MONTHLY;BYMONTHDAY=15", ['name="pattern" value="custom"']),
    ],
)
def test_editing_prefills_the_recurrence_chooser(cast: Cast, rule: str, checked: list[str]) -> None:
    meeting = MeetingFactory(group=cast.group, rrule=rule)

    page = client_for(cast.facilitator).get(f"/meetings/{meeting.pk}/edit/").content.decode()

    for attributes in checked:
        tag = page[page.index(attributes):].split(">", 1)[0]
        assert "checked" in tag
    assert f'value="{rule}"' in page
    if rule.endswith("-1FR"):
        assert '<option value="-1" selected>' in page
        assert '<option value="5" selected>' in page


def test_saving_an_unchanged_form_changes_nothing(cast: Cast) -> None:
    meeting = MeetingFactory(group=cast.group, languages=["en"])

    response = client_for(cast.facilitator).post(
        f"/meetings/{meeting.pk}/edit/", edit_data(meeting)
    )

    assert response.status_code == 302
    assert not AuditEvent.objects.filter(verb="meeting.update").exists()


@pytest.mark.parametrize("side", ["facilitator", "staff"])
def test_an_edit_changes_the_schedule_and_is_in_the_history(cast: Cast, side: str) -> None:
    meeting = MeetingFactory(group=cast.group, languages=["en"])
    client = client_for(person(cast, side))

    response = client.post(
        f"/meetings/{meeting.pk}/edit/",
        edit_data(meeting, start_time="18:30", pattern="biweekly", days=["2"]),
    )

    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.start_time == dt.time(18, 30)
    assert meeting.rrule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"
    rows = coming(meeting)
    assert {row.starts_at.astimezone(LOS_ANGELES).time() for row in rows} == {dt.time(18, 30)}
    gaps = {(later.original_date - earlier.original_date).days for earlier, later in pairwise(rows)}
    assert gaps == {14}
    history = client.get(f"/meetings/{meeting.pk}/history/").content.decode()
    who = (
        Membership.objects.get(user=cast.facilitator, group=cast.group).display_name
        if side == "facilitator" else "staff"
    )
    edit = entry(history, "Changed the meeting:")
    assert who in edit
    row = edit[edit.index("Start time"):]
    assert row.index("19:00") < row.index("18:30") < row.index("</tr>")
    assert "Every Tuesday" in edit
    assert "Every other week on Tuesday" in edit
    assert "import" in entry(history, "Added the meeting.")
    assert history.index("Changed the meeting:") < history.index("Added the meeting.")


def test_a_custom_rule_that_is_not_allowed_is_refused_and_nothing_typed_is_lost(
    cast: Cast,
) -> None:
    response = client_for(cast.facilitator).post(
        f"/groups/{cast.group.slug}/meetings/new/",
        form_data(name="Hourly chat", pattern="custom", custom_rule="FREQ=HOURLY",
                  notes="Bring a friend."),
    )

    page = response.content.decode()
    assert response.status_code == 400
    assert "A rule starts with FREQ=WEEKLY" in page
    assert 'value="FREQ=HOURLY"' in page
    assert 'value="Hourly chat"' in page
    assert "Bring a friend." in page
    assert not Meeting.objects.filter(name="Hourly chat").exists()


def test_an_online_meeting_without_a_link_is_refused_and_nothing_typed_is_lost(
    cast: Cast,
) -> None:
    meeting = MeetingFactory(group=cast.group)

    response = client_for(cast.facilitator).post(
        f"/meetings/{meeting.pk}/edit/",
        edit_data(meeting, attendance="online", notes="We meet on the video call now.",
                  conference_url_notes="Passcode 1234"),
    )

    page = response.content.decode()
    assert response.status_code == 400
    assert "An online meeting needs a video link or a dial-in phone." in page
    assert 'id="id_conference_url_error"' in page
    assert "We meet on the video call now." in page
    assert 'value="Passcode 1234"' in page
    meeting.refresh_from_db()
    assert meeting.attendance == "in_person"
    assert not AuditEvent.objects.filter(verb="meeting.update").exists()


def test_a_monthly_meeting_needs_its_weekday_of_the_month(cast: Cast) -> None:
    data = form_data(name="Monthly", pattern="monthly")
    del data["ordinal"]

    response = client_for(cast.facilitator).post(
        f"/groups/{cast.group.slug}/meetings/new/", data
    )

    assert response.status_code == 400
    assert "Choose which weekday of the month it meets." in response.content.decode()


def test_weekly_needs_a_day(cast: Cast) -> None:
    response = client_for(cast.facilitator).post(
        f"/groups/{cast.group.slug}/meetings/new/", form_data(days=[])
    )

    assert response.status_code == 400
    assert "Choose the days it meets." in response.content.decode()


# A place of its own ------------------------------------------------------------------------


def test_a_street_outside_the_us_keeps_its_street_at_the_towns_position_and_zone(
    cast: Cast,
) -> None:
    """Offline, only the town is found; the street is still shown to those who may see it."""
    response = client_for(cast.facilitator).post(
        f"/groups/{cast.group.slug}/meetings/new/",
        form_data(name="Lyon", where="own", place_name="Maison des associations",
                  street="28 rue Denfert-Rochereau", locality="Lyon", country="FR",
                  time_zone="Europe/Paris"),
    )

    assert response.status_code == 302
    place = Meeting.objects.get(name="Lyon").place
    assert place is not None
    assert (place.locality, place.street, place.name) == (
        "Lyon", "28 rue Denfert-Rochereau", "Maison des associations"
    )
    assert (place.country.code, place.time_zone, place.approximate) == (
        "FR", "Europe/Paris", False
    )
    assert abs(place.latitude - 45.75) < 0.1
    assert abs(place.longitude - 4.85) < 0.1
    event = AuditEvent.objects.get(verb="place.create")
    assert (event.actor, event.target_id) == (cast.facilitator, str(place.pk))
    assert event.data["located_by_town"] is True
    page = client_for(cast.member).get(Meeting.objects.get(name="Lyon").get_absolute_url())
    assert "28 rue Denfert-Rochereau" in page.content.decode()


def test_a_us_zip_code_places_the_meeting_more_closely(cast: Cast) -> None:
    client_for(cast.facilitator).post(
        f"/groups/{cast.group.slug}/meetings/new/",
        form_data(name="Berkeley", where="own", street="2121 Allston Way", locality="Berkeley",
                  region="CA", postal_code="94704", country="US"),
    )

    place = Meeting.objects.get(name="Berkeley").place
    assert place is not None
    assert (place.approximate, place.time_zone) == (False, "America/Los_Angeles")
    assert abs(place.latitude - 37.87) < 0.05


def test_a_french_postal_code_is_not_read_as_a_us_zip_code(cast: Cast) -> None:
    client_for(cast.facilitator).post(
        f"/groups/{cast.group.slug}/meetings/new/",
        form_data(name="Paris", where="own", locality="Paris", postal_code="75001", country="FR",
                  time_zone="Europe/Paris"),
    )

    place = Meeting.objects.get(name="Paris").place
    assert place is not None
    assert (place.time_zone, place.approximate) == ("Europe/Paris", True)


def test_an_unknown_town_is_refused_with_suggestions_and_nothing_is_saved(cast: Cast) -> None:
    response = client_for(cast.facilitator).post(
        f"/groups/{cast.group.slug}/meetings/new/",
        form_data(name="Misspelt", where="own", street="1 Main Street", locality="Berkely",
                  region="CA", country="US"),
    )

    page = response.content.decode()
    assert response.status_code == 400
    assert 'id="id_locality_error"' in page
    assert "Berkeley" in page[page.index('id="id_locality_error"'):]
    assert 'value="1 Main Street"' in page
    assert not Place.objects.filter(street="1 Main Street").exists()
    assert not Meeting.objects.filter(name="Misspelt").exists()


def test_a_place_of_its_own_needs_a_town_and_a_country(cast: Cast) -> None:
    response = client_for(cast.facilitator).post(
        f"/groups/{cast.group.slug}/meetings/new/",
        form_data(where="own", locality="", country=""),
    )

    page = response.content.decode()
    assert response.status_code == 400
    assert "Give the town or city where it meets." in page
    assert "Choose the country where it meets." in page


def test_an_unchanged_own_place_is_kept(cast: Cast) -> None:
    place = PlaceFactory(locality="Oakland", street="1 Broadway", postal_code="94607")
    meeting = MeetingFactory(group=cast.group, place=place)

    client_for(cast.facilitator).post(f"/meetings/{meeting.pk}/edit/", edit_data(
        meeting, where="own", street="1 Broadway", locality="Oakland", region="CA",
        postal_code="94607", country="US", notes="Side door.",
    ))

    meeting.refresh_from_db()
    assert (meeting.notes, meeting.place_id) == ("Side door.", place.pk)
    assert not AuditEvent.objects.filter(verb="place.create").exists()


@pytest.mark.parametrize("side", SIDES)
def test_only_facilitators_staff_and_imports_add_a_place_for_a_groups_meeting(
    cast: Cast, side: str
) -> None:
    actor = person(cast, side)
    add = partial(create_meeting_place, actor=actor, group=cast.group, locality="Lyon",
                  country="FR")

    if side in ("member", "other_member"):
        with pytest.raises(PermissionDenied):
            add()
        assert not Place.objects.filter(locality="Lyon").exists()
    else:
        place = add()
        assert (place.locality, place.approximate) == ("Lyon", True)
        assert AuditEvent.objects.get(verb="place.create").actor == actor


# Single occurrences ------------------------------------------------------------------------


def test_a_cancellation_shows_with_its_reason_on_the_page_and_in_the_finder(cast: Cast) -> None:
    meeting = MeetingFactory(group=cast.group)
    day = next_week(meeting)

    response = client_for(cast.facilitator).post(
        occurrence_url(meeting, day), {"action": "cancel", "reason": "Thanksgiving week"}
    )

    assert (response.status_code, response["Location"]) == (302, f"/meetings/{meeting.pk}/")
    page = next_meetings(meeting)
    line = page[page.index(f'<time datetime="{day.isoformat()}'):]
    line = line[:line.index("</li>")]
    assert "Cancelled" in line
    assert "Thanksgiving week" in line
    [found] = finder_results(meeting, day, day + dt.timedelta(days=1))
    assert (found["date"], found["status"], found["reason"]) == (
        day.isoformat(), "cancelled", "Thanksgiving week"
    )
    others = [row for row in coming(meeting) if row.original_date != day]
    assert all(row.status == "scheduled" for row in others)


def test_a_moved_occurrence_shows_once_at_its_new_time(cast: Cast) -> None:
    meeting = MeetingFactory(group=cast.group)
    day = next_week(meeting)
    thursday = day + dt.timedelta(days=2)

    response = client_for(cast.facilitator).post(occurrence_url(meeting, day), {
        "action": "move", "date": thursday.isoformat(), "time": "18:00",
        "duration_minutes": "60", "reason": "The hall is booked on Tuesday",
    })

    assert response.status_code == 302
    [row] = Occurrence.objects.filter(meeting=meeting, original_date=day)
    new_start = dt.datetime.combine(thursday, dt.time(18), tzinfo=LOS_ANGELES)
    assert (row.status, row.starts_at, row.ends_at) == (
        "moved", new_start, new_start + dt.timedelta(hours=1)
    )
    page = next_meetings(meeting)
    assert page.count(f'<time datetime="{new_start.isoformat()}"') == 1
    planned = dt.datetime.combine(day, dt.time(19), tzinfo=LOS_ANGELES)
    assert f'<time datetime="{planned.isoformat()}"' not in page
    assert "The hall is booked on Tuesday" in page
    found = finder_results(meeting, day, thursday + dt.timedelta(days=1))
    assert [(item["date"], item["status"], item["start"]) for item in found] == [
        (day.isoformat(), "moved", new_start.isoformat())
    ]


def test_a_cancelled_occurrence_can_be_restored(cast: Cast) -> None:
    meeting = MeetingFactory(group=cast.group)
    day = next_week(meeting)
    cancel_occurrence(actor=None, meeting=meeting, original_date=day, reason="Holiday")
    client = client_for(cast.facilitator)

    page = client.get(occurrence_url(meeting, day)).content.decode()
    response = client.post(occurrence_url(meeting, day), {"action": "restore"})

    assert "Cancelled: Holiday" in page
    assert 'value="restore"' in page
    assert response.status_code == 302
    assert Occurrence.objects.get(meeting=meeting, original_date=day).status == "scheduled"
    assert AuditEvent.objects.filter(verb="meeting.restore_occurrence").count() == 1


def test_a_cancellation_needs_a_reason(cast: Cast) -> None:
    meeting = MeetingFactory(group=cast.group)
    day = next_week(meeting)

    response = client_for(cast.facilitator).post(
        occurrence_url(meeting, day), {"action": "cancel", "reason": ""}
    )

    assert response.status_code == 400
    assert 'id="cancel_reason_error"' in response.content.decode()
    assert not OccurrenceChange.objects.exists()


def test_a_move_with_a_bad_time_keeps_what_was_typed(cast: Cast) -> None:
    meeting = MeetingFactory(group=cast.group)
    day = next_week(meeting)

    response = client_for(cast.facilitator).post(occurrence_url(meeting, day), {
        "action": "move", "date": day.isoformat(), "time": "25:99", "reason": "Later tonight",
    })

    page = response.content.decode()
    assert response.status_code == 400
    assert 'id="move_time_error"' in page
    assert 'value="25:99"' in page
    assert 'value="Later tonight"' in page
    assert not OccurrenceChange.objects.exists()


def test_an_unknown_action_is_refused(cast: Cast) -> None:
    meeting = MeetingFactory(group=cast.group)
    day = next_week(meeting)

    response = client_for(cast.facilitator).post(occurrence_url(meeting, day), {"action": "x"})

    assert response.status_code == 400
    assert "Choose to cancel, move or restore this meeting." in response.content.decode()


@pytest.mark.parametrize("offset", [1, 2, 3])
def test_a_date_the_meeting_does_not_meet_on_is_not_found(cast: Cast, offset: int) -> None:
    meeting = MeetingFactory(group=cast.group)
    day = next_week(meeting) + dt.timedelta(days=offset)

    assert client_for(cast.facilitator).get(occurrence_url(meeting, day)).status_code == 404


def test_an_address_that_is_not_a_date_is_not_found(cast: Cast) -> None:
    meeting = MeetingFactory(group=cast.group)

    response = client_for(cast.facilitator).get(f"/meetings/{meeting.pk}/occurrences/soon/")

    assert response.status_code == 404


# Pauses ------------------------------------------------------------------------------------


def test_a_pause_cancels_each_date_in_range_until_it_ends(cast: Cast) -> None:
    meeting = MeetingFactory(group=cast.group)
    day = next_week(meeting)
    until = day + dt.timedelta(days=7)
    client = client_for(cast.facilitator)

    response = client.post(f"/meetings/{meeting.pk}/pauses/", {
        "action": "add", "starts_on": day.isoformat(), "ends_on": until.isoformat(),
        "reason": "Winter break",
    })

    assert (response.status_code, response["Location"]) == (302, f"/meetings/{meeting.pk}/pauses/")
    statuses = {row.original_date: (row.status, row.reason) for row in coming(meeting)}
    assert statuses[day] == statuses[until] == ("cancelled", "Winter break")
    assert all(
        value == ("scheduled", "") for date, value in statuses.items() if not day <= date <= until
    )
    page = client.get(f"/meetings/{meeting.pk}/pauses/").content.decode()
    assert "Winter break" in page
    pause = Pause.objects.get(meeting=meeting)

    client.post(f"/meetings/{meeting.pk}/pauses/", {"action": "end", "pause": pause.pk})

    assert not Pause.objects.exists()
    assert {row.status for row in coming(meeting)} == {"scheduled"}
    history = client.get(f"/meetings/{meeting.pk}/history/").content.decode()
    assert "Paused the meeting from" in history
    assert "Ended the pause from" in history
    assert "Reason: Winter break" in history


def test_a_pause_that_ends_before_it_starts_is_refused(cast: Cast) -> None:
    meeting = MeetingFactory(group=cast.group)
    day = next_week(meeting)

    response = client_for(cast.facilitator).post(f"/meetings/{meeting.pk}/pauses/", {
        "action": "add", "starts_on": day.isoformat(),
        "ends_on": (day - dt.timedelta(days=1)).isoformat(), "reason": "Winter break",
    })

    page = response.content.decode()
    assert response.status_code == 400
    assert "The pause ends before it starts: check the dates." in page
    assert 'value="Winter break"' in page
    assert not Pause.objects.exists()


def test_a_pause_of_another_meeting_cannot_be_ended_from_here(cast: Cast) -> None:
    meeting = MeetingFactory(group=cast.group)
    elsewhere = MeetingFactory(group=cast.other_group)
    day = next_week(elsewhere)
    pause = Pause.objects.create(meeting=elsewhere, starts_on=day, ends_on=day, reason="Theirs")

    response = client_for(cast.facilitator).post(
        f"/meetings/{meeting.pk}/pauses/", {"action": "end", "pause": pause.pk}
    )

    assert response.status_code == 404
    assert Pause.objects.filter(pk=pause.pk).exists()


# History -----------------------------------------------------------------------------------


def test_the_history_lists_cancellations_and_moves_newest_first(cast: Cast) -> None:
    meeting = MeetingFactory(group=cast.group)
    day = next_week(meeting)
    client = client_for(cast.facilitator)
    client.post(occurrence_url(meeting, day), {"action": "cancel", "reason": "Holiday"})
    client.post(occurrence_url(meeting, day), {
        "action": "move", "date": day.isoformat(), "time": "20:15", "reason": "Later start",
    })

    history = client.get(f"/meetings/{meeting.pk}/history/").content.decode()

    moved, cancelled = history.index("Moved the meeting of"), history.index("Cancelled the")
    assert moved < cancelled < history.index("Added the meeting.")
    assert "20:15" in history[moved:cancelled]
    assert "Reason: Later start" in history[moved:cancelled]
    assert "Reason: Holiday" in history[cancelled:]


def test_the_history_reads_values_as_people_do(cast: Cast) -> None:
    meeting = MeetingFactory(group=cast.group, languages=["en"])
    update_meeting(actor=cast.staff, meeting=meeting, data={
        "attendance": "hybrid", "conference_url": "https://meet.example.org/circle",
        "languages": ["en", "es"], "types": ["O", "D", "W"],
        "conference_for_members_only": True,
    })

    history = client_for(cast.facilitator).get(
        f"/meetings/{meeting.pk}/history/"
    ).content.decode()

    rows = {
        "Attendance": ("In person", "In person and online"),
        "Video link": ("—", "https://meet.example.org/circle"),
        "Languages": ("English", "English, Español"),
        "Meeting types": ("Open, Discussion", "Open, Discussion, Women"),
        "Video link and phone for members only": ("no", "yes"),
    }
    for label, (old, new) in rows.items():
        assert f'<th scope="row">{label}</th><td>{old}</td><td>{new}</td>' in history
    assert "staff" in entry(history, "Changed the meeting:")


def test_the_history_leaves_out_who_plans_to_come_and_who_reported(cast: Cast) -> None:
    meeting = MeetingFactory(group=cast.group)
    day = next_week(meeting)
    plan_to_attend(actor=cast.member, meeting=meeting, original_date=day,
                   remind_day_before=True, remind_hour_before=False)
    report_listing(actor=cast.member, meeting=meeting, problem="The room moved.",
                   suggested={}, contact="", client="192.0.2.1")

    history = client_for(cast.facilitator).get(
        f"/meetings/{meeting.pk}/history/"
    ).content.decode()

    listed = history[history.index('class="cards history"'):]
    listed = listed[:listed.index("</ol>")]
    assert listed.count("<li>") == 2
    reported = entry(history, "Reported a problem with the listing.")
    assert "someone" in reported
    assert Membership.objects.get(user=cast.member, group=cast.group).display_name not in history


def test_the_history_page_costs_the_same_queries_however_long_it_is(cast: Cast) -> None:
    meeting = MeetingFactory(group=cast.group)
    client = client_for(cast.facilitator)
    day = next_week(meeting)

    def queries() -> int:
        with CaptureQueriesContext(connection) as context:
            assert client.get(f"/meetings/{meeting.pk}/history/").status_code == 200
        return len(context.captured_queries)

    cancel_occurrence(actor=cast.facilitator, meeting=meeting, original_date=day, reason="First")
    few = queries()
    for n in range(5):
        cancel_occurrence(actor=cast.facilitator, meeting=meeting, original_date=day,
                          reason=f"Reason {n}")
        cancel_occurrence(actor=cast.staff, meeting=meeting, original_date=day, reason="Staff")

    assert queries() == few
