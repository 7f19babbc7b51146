"""Issue 6's story in a real browser: a verified social worker matches a Spanish-speaking
widower in Oakland to a peer-led group that meets on a weekday evening, refers him with his
consent, prints his handout in Spanish; the group's facilitator accepts and later marks that he
came, and the social worker sees it."""

import datetime
from collections.abc import Callable

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from mutual.accounts.models import User
from mutual.groups.models import Group, Membership
from mutual.places.models import Place
from mutual.referrals.models import Referral
from tests.e2e.support import needs_chromium
from tests.factories import GroupFactory, MeetingFactory, MembershipFactory, PlaceFactory
from tests.referrals.support import verified_professional

pytestmark = [pytest.mark.e2e, needs_chromium]

KM_OF_LATITUDE = 111.195


def _no_serious_violations(page: Page) -> None:
    results = Axe().run(page)
    serious = [v for v in results.response["violations"]
               if v["impact"] in ("serious", "critical")]
    assert not serious, [(v["id"], [n["target"] for n in v["nodes"]]) for v in serious]


def _oakland(km_north: float) -> Place:
    return PlaceFactory(locality="Oakland", latitude=37.8044 + km_north / KM_OF_LATITUDE,
                        longitude=-122.2712)


def _group(name: str, *, km: float, language: str, day: str) -> Group:
    group = GroupFactory(name=name, concerns=["loss-of-a-spouse"], languages=[language],
                         led_by=Group.LedBy.PEERS, place=_oakland(km))
    MeetingFactory(group=group, rrule=f"FREQ=WEEKLY;BYDAY={day}",
                   start_time=datetime.time(19, 0), languages=[language])
    return group


def test_from_match_to_attended(sign_in: Callable[[User], Page]) -> None:
    spanish = _group("Grupo de Duelo Oakland", km=1.8, language="es", day="TU")
    _group("Widowers Circle", km=1.0, language="en", day="WE")
    facilitator = MembershipFactory(group=spanish, role=Membership.Role.FACILITATOR).user
    worker = verified_professional(display_name="Rosa")

    page = sign_in(worker)
    page.goto("/referrals/match/")
    _no_serious_violations(page)
    page.get_by_label("Concerns").select_option(label="Bereavement")
    page.get_by_label("Where the client lives").fill("37.8044,-122.2712")
    page.get_by_label("How far they can travel (km)").fill("3")
    page.get_by_label("Languages they speak").select_option(label="Spanish")
    for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"):
        page.get_by_label(day, exact=True).check()
    page.get_by_label("Free from").fill("17:00")
    page.get_by_label("Free until").fill("21:00")
    page.get_by_label("Peer-led").check()
    page.get_by_role("button", name="Find matches").click()

    first = page.locator(".matches > li").first
    expect(first).to_contain_text("Grupo de Duelo Oakland")
    expect(first.locator(".reasons")).to_contain_text("Spanish · Tue 19:00 · 1.8 km")
    expect(page.locator(".matches")).to_contain_text("meets in English only")
    page.get_by_label("Refer to Grupo de Duelo Oakland").check()
    page.get_by_role("button", name="Refer to the chosen").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Refer your client")
    page.get_by_label("First name or initials").fill("Tomás")
    page.get_by_label("How the group may reach them").select_option(label="Phone call")
    page.get_by_label("Phone or email").fill("510-555-0142")
    page.get_by_label("Client's language").select_option(label="Spanish")
    page.get_by_label("Spoken, in person or by phone").check()
    page.get_by_role("button", name="Send the referrals").click()
    # Without the consent box nothing is sent, and nothing typed is lost.
    expect(page.locator(".errors, .error").first).to_be_visible()
    expect(page.get_by_label("First name or initials")).to_have_value("Tomás")
    assert not Referral.objects.exists()
    page.get_by_label("The client agreed").check()
    _no_serious_violations(page)
    page.get_by_role("button", name="Send the referrals").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Referrals recorded")
    expect(page.locator("main")).to_contain_text("Sent")
    page.get_by_role("link", name="Print a handout for the client").click()
    handout = page.locator("article.handout")
    expect(handout).to_contain_text("Grupo de Duelo Oakland")
    expect(handout).to_contain_text("Mutual no es un servicio de crisis.")
    expect(handout).not_to_contain_text("510-555-0142")

    answering = sign_in(facilitator)
    answering.goto("/referrals/inbox/")
    _no_serious_violations(answering)
    answering.get_by_role("link", name="Tomás").click()
    expect(answering.locator("dl.facts")).to_contain_text("510-555-0142")
    answering.get_by_label("Accepted").check()
    answering.get_by_role("button", name="Save").click()
    expect(answering.locator(".status")).to_contain_text("Accepted")
    answering.get_by_label("Attended").check()
    answering.get_by_role("button", name="Save").click()
    expect(answering.locator(".status")).to_contain_text("Attended")

    page.goto("/referrals/")
    expect(page.locator("main")).to_contain_text("No open referrals.")
    expect(page.locator("main")).to_contain_text("Grupo de Duelo Oakland: Attended")
    _no_serious_violations(page)
    assert Referral.objects.get().status == "completed"
