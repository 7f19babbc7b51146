"""The demonstration data: reproducible, varied, safe to read, and enough for the newcomer who
looks for grief support near Berkeley."""

import re
import zoneinfo
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import authenticate
from django.db import transaction
from django.db.models import Count
from django.test import Client

from mutual.accounts.models import User
from mutual.concerns.models import Concern
from mutual.core.models import Language
from mutual.groups.models import Group, Membership
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
    assert not [found for text in texts for found in ADDRESS.findall(text)]
    assert all(address.endswith(OUR_DOMAINS) for address in addresses)
    assert any(g["contact_email"] == f"contact@{g['slug']}.example.org" for g in plan["groups"])


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
