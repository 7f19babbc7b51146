"""A newcomer in Lyon finds a meeting about alcohol for tonight and adds it to a calendar."""

import datetime as dt
import re
import zoneinfo
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone
from playwright.sync_api import Browser, Page, expect
from pytest_django.live_server_helper import LiveServer

from mutual.groups.models import Group
from mutual.meetings.models import Meeting
from tests.e2e.support import needs_chromium
from tests.factories import GroupFactory, MeetingFactory, PlaceFactory

pytestmark = [pytest.mark.e2e, needs_chromium]

PARIS = zoneinfo.ZoneInfo("Europe/Paris")


@dataclass
class Tonight:
    in_progress: Meeting
    soon: Meeting
    far: Meeting


def _daily_at(group: Group, name: str, start: dt.datetime, minutes: int) -> Meeting:
    """A weekly meeting on the weekday and at the local time of `start`, so one occurrence
    falls at `start` whatever today is and the next is a week away."""
    local = start.astimezone(PARIS)
    return MeetingFactory(
        group=group, name=name, rrule="FREQ=WEEKLY",
        starts_on=local.date() - dt.timedelta(days=7),
        start_time=local.time().replace(second=0, microsecond=0),
        duration_minutes=minutes, time_zone="Europe/Paris", types=["O", "BE"],
        languages=["fr"],
    )


@pytest.fixture
def tonight(live_server: LiveServer) -> Tonight:
    lyon = PlaceFactory(
        locality="Lyon", region="Auvergne-Rhône-Alpes", country="FR", latitude=45.7640,
        longitude=4.8357, time_zone="Europe/Paris", postal_code="69001",
        street="12 rue de la République",
    )
    group = GroupFactory(
        name="Entraide Alcool Lyon", slug="entraide-alcool-lyon", concerns=["alcohol-use"],
        languages=["fr"], place=lyon,
    )
    grenoble = GroupFactory(
        name="Entraide Alcool Grenoble", slug="entraide-alcool-grenoble",
        concerns=["alcohol-use"], languages=["fr"],
        place=PlaceFactory(locality="Grenoble", country="FR", latitude=45.1885,
                           longitude=5.7245, time_zone="Europe/Paris", postal_code="38000"),
    )
    now = timezone.now()
    return Tonight(
        in_progress=_daily_at(group, "Partage du soir", now - dt.timedelta(minutes=20), 90),
        soon=_daily_at(group, "Groupe des nouveaux", now + dt.timedelta(minutes=40), 60),
        far=_daily_at(grenoble, "Réunion de Grenoble", now + dt.timedelta(minutes=30), 60),
    )


@pytest.fixture
def page_in_new_york(browser: Browser, live_server: LiveServer) -> Iterator[Page]:
    """A visitor whose browser runs on New York time, so both clocks show."""
    context = browser.new_context(
        base_url=live_server.url, locale="en-US", timezone_id="America/New_York",
        accept_downloads=True,
    )
    context.set_default_timeout(10_000)
    expect.set_options(timeout=10_000)
    yield context.new_page()
    context.close()


def test_a_newcomer_finds_a_meeting_for_tonight_and_adds_it_to_a_calendar(
    page_in_new_york: Page, tonight: Tonight
) -> None:
    page = page_in_new_york
    page.goto("/meetings/")
    page.get_by_label("Where?").fill("Lyon")
    page.get_by_label("Within (km)").fill("10")
    page.get_by_label("Online meetings").select_option("include")
    page.get_by_label("Concern").select_option("alcohol-use")
    page.get_by_label("Starting within (hours)").fill("24")
    page.get_by_role("search").get_by_role("button", name="Search").click()

    expect(page).to_have_url(re.compile(r"/meetings/\?.*near=Lyon"))
    results = page.locator("#results .result")
    expect(results).to_have_count(2)
    expect(results.nth(0)).to_contain_text(tonight.in_progress.name)
    expect(results.nth(0)).to_contain_text("In progress")
    expect(results.nth(1)).to_contain_text(tonight.soon.name)
    expect(results.nth(1)).to_contain_text(re.compile(r"Starts in (3[5-9]|40) min"))
    expect(results.filter(has_text=tonight.far.name)).to_have_count(0)
    # Local time in Lyon, and the visitor's own in New York.
    expect(results.nth(1)).to_contain_text("Europe/Paris")
    expect(results.nth(1)).to_contain_text("your time")

    with page.expect_download() as download_info:
        results.nth(1).get_by_role("link", name="Add to calendar").click()
    body = Path(download_info.value.path()).read_text(encoding="utf-8")
    assert body.startswith("BEGIN:VCALENDAR")
    assert "TZID:Europe/Paris" in body
    assert f"SUMMARY:{tonight.soon.name}" in body
    assert "RRULE:FREQ=WEEKLY" in body

    assert_no_serious_violations(page)

    results.nth(1).get_by_role("link", name=tonight.soon.name).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(tonight.soon.name)
    expect(page.get_by_role("link", name="Add to calendar")).to_be_visible()
    expect(page.locator(".facts")).to_contain_text(re.compile(r"Every \w+day, \d\d:\d\d"))
    assert_no_serious_violations(page)


def assert_no_serious_violations(page: Page) -> None:
    violations = Axe().run(page).response["violations"]
    blocking = [v for v in violations if v["impact"] in {"serious", "critical"}]
    assert not blocking, [(v["id"], [node["target"] for node in v["nodes"]]) for v in blocking]
