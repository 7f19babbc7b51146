"""The demonstration data: reproducible, varied, safe to read, and enough for the newcomer who
looks for grief support near Berkeley."""

import datetime as dt
import re
import zoneinfo
from collections import Counter
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import authenticate
from django.db import transaction
from django.db.models import Count
from django.test import Client
from django.utils import timezone

from mutual.accounts.models import User
from mutual.concerns.models import Concern
from mutual.core.models import Language
from mutual.discussions.models import Milestone, Post, Thanks, Thread, Visibility
from mutual.groups.models import Group, Membership
from mutual.meetings.models import Meeting, Occurrence, OccurrenceChange, Pause
from mutual.meetings.queries import FinderCriteria, find_occurrences
from mutual.meetings.recurrence import expand, validate_rule
from mutual.organizations.models import Organization
from mutual.places.geo import distance_km
from mutual.places.lookup import resolve_place
from mutual.seed.demo import PASSWORD, build_demo, demo_plan

ROLES = ["member", "facilitator", "steward", "socialworker", "moderator", "staff"]
MUST_HAVE_CONCERNS = {
    "loss-of-a-spouse", "loss-of-a-child", "suicide-loss", "pregnancy-loss", "loss-of-a-parent",
    "alcohol-use", "family-of-alcoholics", "depression", "anxiety", "dementia-caregiving",
    "multiple-sclerosis", "cancer", "domestic-violence",
}
ADDRESS = re.compile(r"[\w.-]+\.[a-z]{2,}\b", re.IGNORECASE)
OUR_DOMAINS = ("example.org", "demo.mutual.test")
PROMISES = re.compile(r"\b(cure[sd]?|guaranteed?|cura[rn]?|guérir|guérison)\b", re.IGNORECASE)
TRADEMARKS = re.compile(r"\b(AA|NA)\b|al-?anon|alateen|anonymous|anónimos|anonymes", re.IGNORECASE)
# How the gazetteer spells the cities whose local name it does not know.
GAZETTEER_NAMES = {"Ciudad de México": "Mexico City"}
# A year of occurrences, so every clock change of the year is crossed.
YEAR = (dt.date(2026, 1, 1), dt.date(2027, 1, 1))


def planned_starts(meetings: list[dict[str, Any]]) -> list[tuple[dt.datetime, dt.datetime]]:
    """(start, end) in UTC of every occurrence of these planned meetings over YEAR."""
    found = []
    for spec in meetings:
        meeting = Meeting(**{name: spec[name] for name in (
            "rrule", "starts_on", "start_time", "duration_minutes", "time_zone")})
        found += [(planned.start.astimezone(dt.UTC), planned.end.astimezone(dt.UTC))
                  for planned in expand(meeting, *YEAR)]
    return sorted(found)


def longest_gap(spans: list[tuple[dt.datetime, dt.datetime]]) -> dt.timedelta:
    """The longest time between the end of everything so far and the next start; less than
    nothing when each span overlaps the next."""
    gaps, covered = [], spans[0][1]
    for start, end in spans[1:]:
        gaps.append(start - covered)
        covered = max(covered, end)
    return max(gaps)


@pytest.fixture(scope="module")
def plan() -> dict[str, list[dict[str, Any]]]:
    return demo_plan(2026)


@pytest.fixture(scope="module")
def summary(django_db_setup: None, django_db_blocker: Any) -> Iterator[str]:
    """Build once for the whole module, in a transaction rolled back when the module ends."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_demo(seed=2026)
        transaction.set_rollback(True)


# --- the plan: pure, fast ------------------------------------------------------------------


def test_the_same_seed_gives_the_same_plan(plan: dict[str, Any]) -> None:
    assert demo_plan(2026) == plan
    assert demo_plan(1) != plan


def test_the_plan_spans_cities_countries_languages_and_concerns(plan: dict[str, Any]) -> None:
    groups = plan["groups"]
    located = [g["place"] for g in groups if g["place"]]
    assert 280 <= len(groups) <= 330
    assert len({(p["locality"], p["country"]) for p in located}) >= 15
    assert len({p["country"] for p in located}) >= 5
    assert {"en", "es", "fr"} <= {code for g in groups for code in g["languages"]}
    concerns = Counter(slug for g in groups for slug in g["concerns"])
    assert len(concerns) >= 40
    assert set(concerns) >= MUST_HAVE_CONCERNS
    assert len(plan["organizations"]) >= 30
    runs = Counter(g["organization"] for g in groups if g["organization"])
    assert set(runs) == {org["slug"] for org in plan["organizations"]}
    assert all(1 <= count <= 15 for count in runs.values())


def test_groups_meet_in_the_languages_of_their_place(plan: dict[str, Any]) -> None:
    by_city: dict[str, set[str]] = {}
    for group in plan["groups"]:
        if group["place"]:
            by_city.setdefault(group["place"]["locality"], set()).update(group["languages"])
    assert {"fr", "en"} <= by_city["Montréal"]
    assert {"en", "es"} <= by_city["Oakland"]
    for city in ("Ciudad de México", "Guadalajara", "Madrid", "Sevilla"):
        assert by_city[city] == {"es"}
    online = {g["languages"][0] for g in plan["groups"] if g["format"] == "online"}
    assert online == {"en", "es", "fr"}
    assert all(g["place"] is None for g in plan["groups"] if g["format"] == "online")


def test_groups_are_a_realistic_mix(plan: dict[str, Any]) -> None:
    groups = plan["groups"]

    def share(field: str) -> Counter[str]:
        return Counter(g[field] for g in groups)

    led_by, visibility, status = share("led_by"), share("visibility"), share("status")
    assert led_by["peers"] > led_by["professionals"] + led_by["co_led"]
    assert led_by["professionals"] and led_by["co_led"]
    assert set(share("audience")) == {"concern", "family", "both"}
    assert set(share("format")) == {"in_person", "hybrid", "online"}
    assert visibility["public"] > len(groups) / 2
    assert visibility["private"] and visibility["listed"] and visibility["secret"] >= 3
    assert status["active"] > len(groups) * 0.9 and status["paused"] and status["closed"] >= 2
    assert any(g["address_for_members_only"] for g in groups)
    assert any(g["place"] and g["place"]["approximate"] for g in groups)
    assert sum(g["founded_year"] is not None for g in groups) > len(groups) / 2


def test_every_abuse_group_keeps_its_address_for_members(plan: dict[str, Any]) -> None:
    abuse = [g for g in plan["groups"] if "domestic-violence" in g["concerns"]]
    assert abuse
    for group in abuse:
        assert group["visibility"] in ("private", "secret")
        assert group["place"] is None or (
            group["address_for_members_only"] and group["place"]["approximate"]
        )


def test_places_are_real_cities_with_real_time_zones(plan: dict[str, Any]) -> None:
    places = [g["place"] for g in plan["groups"] if g["place"]]
    places += [org["place"] for org in plan["organizations"]]
    centres = {}
    for place in places:
        assert place["time_zone"] in zoneinfo.available_timezones()
        locality = place["locality"]
        if locality not in centres:
            centres[locality] = resolve_place(GAZETTEER_NAMES.get(locality, locality))
        centre = centres[locality]
        assert (centre.country, centre.time_zone) == (place["country"], place["time_zone"])
        assert distance_km(centre.latitude, centre.longitude,
                           place["latitude"], place["longitude"]) < 25


def test_names_and_descriptions_read_like_real_groups(plan: dict[str, Any]) -> None:
    groups = plan["groups"]
    assert len({g["name"] for g in groups}) == len(groups)
    assert len({g["description"] for g in groups}) == len(groups)
    for group in groups:
        assert not TRADEMARKS.search(group["name"]), group["name"]
        assert not PROMISES.search(group["description"]), group["name"]
        sentences = len(re.findall(r"[.?!](?:\s|$)", group["description"]))
        assert 2 <= sentences <= 5, group["description"]
    spanish = next(g for g in groups if g["languages"] == ["es"] and g["place"])
    assert spanish["description"].startswith(("Para", "Este", "Un", "Damos"))


def test_addresses_are_never_real_domains(plan: dict[str, Any]) -> None:
    texts = [g["description"] for g in plan["groups"]]
    texts += [org["description"] for org in plan["organizations"]]
    addresses = [g["contact_email"] for g in plan["groups"] if g["contact_email"]]
    addresses += [g["website"] for g in plan["groups"] if g["website"]]
    addresses += [org["contact_email"] for org in plan["organizations"]]
    addresses += [org["website"] for org in plan["organizations"]]
    addresses += [account["email"] for account in plan["accounts"]]
    texts += [m[field] for m in plan["meetings"] for field in ("notes", "location_notes")]
    assert not [found for text in texts for found in ADDRESS.findall(text)]
    assert all(address.endswith(OUR_DOMAINS) for address in addresses)
    links = [urlsplit(m["conference_url"]) for m in plan["meetings"] if m["conference_url"]]
    assert links and all(link.hostname.endswith("example.org") for link in links)
    phones = [m["conference_phone"] for m in plan["meetings"] if m["conference_phone"]]
    assert phones and all(phone.startswith("+1 555 01") for phone in phones)
    assert any(g["contact_email"] == f"contact@{g['slug']}.example.org" for g in plan["groups"])


def test_meetings_follow_many_kinds_of_rules_in_many_zones(plan: dict[str, Any]) -> None:
    meetings = plan["meetings"]
    groups = {group["slug"]: group for group in plan["groups"]}
    assert len(meetings) >= len(groups)
    assert all(validate_rule(m["rrule"]) == m["rrule"] for m in meetings)
    kinds = Counter(
        "monthly" if "MONTHLY" in m["rrule"] else
        "every other week" if "INTERVAL=2" in m["rrule"] else "weekly" for m in meetings
    )
    assert min(kinds.values()) >= 10, kinds
    assert {m["attendance"] for m in meetings} == {"in_person", "online", "hybrid"}
    zones = {m["time_zone"] for m in meetings}
    assert {"America/Los_Angeles", "America/New_York", "Europe/Paris", "Europe/London",
            "America/Mexico_City", "Europe/Madrid"} <= zones
    assert all(m["types"] and {"O", "C"} & set(m["types"]) for m in meetings)
    assert {"es", "fr", "en"} <= {code for m in meetings for code in m["languages"]}
    for meeting in meetings:
        group = groups[meeting["group"]]
        assert meeting["time_zone"] == (group["place"] or {}).get(
            "time_zone", meeting["time_zone"])
        assert (meeting["attendance"] == "online") == (group["format"] == "online")
        assert bool(meeting["conference_url"]) == (meeting["attendance"] != "in_person")
        assert meeting["status"] == {"active": "active", "paused": "temporarily_closed",
                                     "closed": "ended"}[group["status"]]
    assert {change["kind"] for change in plan["changes"]} == {"cancelled", "moved", "paused"}
    assert all(change["reason"] for change in plan["changes"])


def test_something_is_on_or_about_to_start_at_any_moment_of_the_year(
    plan: dict[str, Any],
) -> None:
    """The now view always has a meeting in progress or starting within the hour, whichever
    clocks have changed."""
    groups = {group["slug"]: group for group in plan["groups"]}
    online = [
        m for m in plan["meetings"]
        if m["attendance"] != "in_person" and m["status"] == "active"
        and groups[m["group"]]["visibility"] == "public"
        and groups[m["group"]]["status"] == "active"
    ]
    spans = planned_starts(online)
    # An hour before it starts, a meeting shows in the now view.
    # Each overlaps the next by half an hour at least, so no moment falls between two.
    assert longest_gap([(start - dt.timedelta(hours=1), end) for start, end in spans]) <= (
        -dt.timedelta(minutes=30)
    )


def test_a_newcomer_in_lyon_always_has_an_alcohol_meeting_within_a_day(
    plan: dict[str, Any],
) -> None:
    lyon = {group["slug"] for group in plan["groups"] if "alcohol-use" in group["concerns"]
            and group["place"] and group["place"]["locality"] == "Lyon"
            and group["visibility"] == "public" and group["format"] != "online"}
    in_person = [m for m in plan["meetings"] if m["group"] in lyon
                 and m["attendance"] != "online" and m["status"] == "active"]
    assert in_person
    assert longest_gap(planned_starts(in_person)) < dt.timedelta(hours=24)


# --- the build -----------------------------------------------------------------------------


@pytest.mark.django_db
def test_build_writes_the_plan(summary: str, plan: dict[str, Any]) -> None:
    groups = Group.objects.all()
    assert groups.count() == len(plan["groups"])
    assert summary.startswith(f"Demo: {len(plan['groups'])} groups in ")
    assert groups.exclude(place=None).values("place__locality").distinct().count() >= 15
    assert groups.exclude(place=None).values("place__country").distinct().count() >= 5
    assert Language.objects.filter(groups__isnull=False).distinct().count() >= 3
    assert Concern.objects.filter(groups__isnull=False).distinct().count() >= 40
    organizations = Organization.objects.annotate(runs=Count("groups"))
    assert organizations.count() >= 30
    assert all(1 <= org.runs <= 15 and org.place_id for org in organizations)
    assert Membership.objects.filter(status=Membership.Status.PENDING).exists()


@pytest.mark.django_db
def test_every_demo_login_works(summary: str) -> None:
    for email in [f"{role}@demo.mutual.test" for role in ROLES] + ["member1@demo.mutual.test"]:
        user = authenticate(None, email=email, password=PASSWORD)
        assert user is not None, email
        assert EmailAddress.objects.filter(
            user=user, email=email, verified=True, primary=True
        ).exists()
    people = {user.email.split("@")[0]: user for user in User.objects.filter(
        email__in=[f"{role}@demo.mutual.test" for role in ROLES])}
    assert people["moderator"].is_moderator and not people["moderator"].is_staff
    assert people["staff"].is_staff and people["staff"].is_superuser
    assert people["steward"].display_name == "Steward demo"
    assert people["socialworker"].display_name == "Social worker demo"
    assert not any(people[role].is_staff for role in ("member", "facilitator", "steward"))


@pytest.mark.django_db
def test_the_demo_facilitator_and_member_belong_to_their_groups(summary: str) -> None:
    leads = Membership.objects.filter(
        user__email="facilitator@demo.mutual.test", role=Membership.Role.FACILITATOR
    )
    assert leads.filter(group__name="Berkeley Widowed Peer Circle").exists()
    assert leads.count() >= 2
    waiting = Membership.objects.filter(
        group__in=[m.group for m in leads], status=Membership.Status.PENDING
    )
    assert waiting.exists()
    member = Membership.objects.filter(
        user__email="member@demo.mutual.test", status=Membership.Status.ACTIVE
    )
    assert member.count() >= 3
    assert member.filter(group__visibility=Group.Visibility.PRIVATE).exists()
    assert all(m.display_name for m in Membership.objects.all()[:200])


@pytest.mark.django_db
def test_the_demo_groups_have_conversations_thanks_a_milestone_and_a_held_post(
    summary: str,
) -> None:
    member = User.objects.get(email="member@demo.mutual.test")
    started = Thread.objects.filter(author=member)
    assert started.exists()
    assert Post.objects.filter(thread__in=started).exclude(author=member).exists()
    assert Thanks.objects.filter(user=member).exists()
    assert Milestone.objects.filter(user=member, shared=True).exists()
    held = Post.objects.get(status=Visibility.HELD)
    assert held.crisis_flagged and held.status_reason
    assert held.moderation_actions.filter(kind="hold").exists()
    for post in Post.objects.exclude(author__isnull=True):
        assert Membership.objects.filter(
            group=post.group, user=post.author, status=Membership.Status.ACTIVE
        ).exists()


@pytest.mark.django_db
def test_the_demo_organizations_show_every_classification_and_a_stewarded_history(
    summary: str,
) -> None:
    from mutual.organizations.models import Organization, Stewardship

    kinds = set(Organization.objects.values_list("governance_kind", flat=True))
    assert kinds == {"mutual_assistance", "partnership", "professionally_led", "unknown"}
    stewarded = Stewardship.objects.get(user__email="steward@demo.mutual.test").organization
    assert stewarded.governance_kind == "mutual_assistance"
    assert stewarded.governance_profiles.count() == 2


@pytest.mark.django_db
def test_the_demo_social_worker_is_verified_and_the_facilitator_has_referrals(
    summary: str,
) -> None:
    from mutual.referrals.models import Professional, Referral

    worker = User.objects.get(email="socialworker@demo.mutual.test")
    assert Professional.objects.get(user=worker).is_verified
    statuses = set(Referral.objects.filter(sender=worker).values_list("status", flat=True))
    assert statuses == {"requested", "in-progress", "completed", "rejected"}
    facilitator = User.objects.get(email="facilitator@demo.mutual.test")
    client = Client()
    client.force_login(facilitator)
    inbox = client.get("/referrals/inbox/").content.decode()
    assert "Tomás" in inbox and "asked for themselves" in inbox
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    TOTP.activate(worker, generate_totp_secret())  # what the visitor sets up first
    client.force_login(worker)
    assert "Mei" in client.get("/referrals/").content.decode()


@pytest.mark.django_db
def test_a_newcomer_finds_grief_support_near_berkeley(summary: str) -> None:
    client, results = Client(), []
    url: str | None = "/api/v1/groups/?q=grief&near=Berkeley"
    while url:
        response = client.get(url)
        assert response.status_code == 200, response.content
        results += response.json()["results"]
        url = response.json()["next"]
    nearby = [r for r in results if r["distance_km"] is not None]
    assert any(r["led_by"] == "peers" for r in nearby)
    assert any(r["led_by"] == "professionals" for r in nearby)
    assert "Berkeley Widowed Peer Circle" in {r["name"] for r in nearby}
    online = {r["name"]: r["languages"] for r in results if r["format"] == "online"}
    assert ["en"] in online.values() and ["es"] in online.values()


@pytest.mark.django_db
def test_building_twice_says_so(summary: str) -> None:
    with pytest.raises(ValueError, match="Demo data is already loaded"):
        build_demo(seed=2026)


@pytest.mark.django_db
def test_build_creates_the_meetings_with_their_coming_occurrences(
    summary: str, plan: dict[str, Any]
) -> None:
    assert Meeting.objects.count() == len(plan["meetings"])
    assert f"{len(plan['meetings'])} meetings" in summary
    active = Meeting.objects.filter(status="active", group__status="active")
    assert not active.filter(occurrences__isnull=True).exists()
    assert not Occurrence.objects.exclude(meeting__in=active).exists()
    ours = Meeting.objects.filter(
        group__memberships__user__email="facilitator@demo.mutual.test",
        group__memberships__role=Membership.Role.FACILITATOR,
    )
    assert ours.filter(occurrences__starts_at__gt=timezone.now()).exists()


@pytest.mark.django_db
def test_one_occurrence_is_cancelled_one_moved_and_a_meeting_paused(summary: str) -> None:
    now = timezone.now()
    cancelled = OccurrenceChange.objects.get(kind="cancelled")
    assert cancelled.meeting.group.name == "Berkeley Widowed Peer Circle"
    shown = Occurrence.objects.get(meeting=cancelled.meeting, original_date=cancelled.original_date)
    assert (shown.status, shown.reason) == ("cancelled", cancelled.reason)
    assert shown.starts_at > now

    moved = OccurrenceChange.objects.get(kind="moved")
    rows = Occurrence.objects.filter(meeting=moved.meeting, original_date=moved.original_date)
    assert [(row.status, row.starts_at) for row in rows] == [("moved", moved.new_start)]
    held_on = moved.new_start.astimezone(zoneinfo.ZoneInfo(moved.meeting.time_zone))
    assert held_on.date() == moved.original_date + dt.timedelta(days=1)
    assert held_on.time() == moved.meeting.start_time
    assert moved.new_start > now

    pause = Pause.objects.get()
    paused = Occurrence.objects.filter(
        meeting=pause.meeting, original_date__range=(pause.starts_on, pause.ends_on)
    )
    assert paused.count() == 2
    assert {(row.status, row.reason) for row in paused} == {("cancelled", pause.reason)}


@pytest.mark.django_db
def test_a_newcomer_in_lyon_finds_alcohol_meetings_near_or_online_within_a_day(
    summary: str,
) -> None:
    response = Client().get("/api/v1/meetings/", {
        "near": "Lyon", "radius_km": "10", "online": "include", "concern": "alcohol-use",
        "starts_within_hours": "24", "tz": "Europe/Paris",
    })
    assert response.status_code == 200, response.content
    results = response.json()["results"]
    in_person = [r for r in results if r["attendance"] == "in_person"]
    assert in_person
    assert all(r["distance_km"] <= 10 and r["place"]["city"] == "Lyon" for r in in_person)
    assert [r for r in results if r["attendance"] == "online" and r["conference"]]
    starts = [dt.datetime.fromisoformat(r["start"]) for r in results]
    assert starts == sorted(starts)
    assert starts[-1] <= timezone.now() + dt.timedelta(hours=24)


@pytest.mark.django_db
def test_the_now_view_has_meetings_under_way_or_starting_soon(summary: str) -> None:
    now = timezone.now()
    for hours in range(0, 48, 3):
        moment = now + dt.timedelta(hours=hours, minutes=17 * hours % 60)
        found = find_occurrences(FinderCriteria(in_progress_or_within_hour=True), now=moment)
        assert found.filter(status="scheduled").exists(), moment
    response = Client().get("/meetings/now/")
    assert response.status_code == 200
    assert re.search(r"In progress|Starts in \d+ min", response.content.decode())
