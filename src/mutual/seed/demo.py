"""The demonstration directory: about 300 groups in 18 cities and online, their meetings, the
organizations that run some of them, and a login for each role in DESIGN.md §1.

`demo_plan` decides everything from a seed and returns plain data, so the same seed always
gives the same directory; `build_demo` writes a plan in one transaction, creating the groups
and meetings through `create_group` and `create_meeting` like any other write. Cancelled,
moved and paused occurrences are counted from the day of the build, so they are always ahead.
"""

import datetime as dt
import math
import random
import zoneinfo
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from mutual.accounts.models import User
from mutual.concerns.models import Concern
from mutual.groups.actions import create_group
from mutual.groups.models import Group, Membership
from mutual.meetings.actions import (
    cancel_occurrence,
    create_meeting,
    move_occurrence,
    pause_meeting,
)
from mutual.meetings.models import Meeting
from mutual.meetings.occurrences import HORIZON_DAYS
from mutual.meetings.recurrence import local_moment, rule_dates
from mutual.organizations.models import Organization
from mutual.places.models import Place
from mutual.seed import demo_data as data
from mutual.seed.demo_assessments import seed_assessments
from mutual.seed.demo_discussions import seed_discussions
from mutual.seed.demo_governance import seed_governance
from mutual.seed.demo_referrals import seed_referrals
from mutual.seed.demo_services import seed_services

# Published on purpose: it opens the demonstration accounts and nothing else.
PASSWORD = "mutual-demo"  # noqa: S105
EMAIL_DOMAIN = "demo.mutual.test"
ORDINARY_MEMBERS = 60

# How many of the generated groups (the story groups aside) are not simply public and active.
PRIVATE_GROUPS = 24
LISTED_GROUPS = 10
SECRET_GROUPS = 3
PAUSED_GROUPS = 9
CLOSED_GROUPS = 2

GROUP_FIELDS = (
    "slug", "name", "description", "led_by", "audience", "open_meetings", "format",
    "visibility", "status", "address_for_members_only", "contact_email", "website",
    "founded_year",
)
MEETING_FIELDS = (
    "name", "rrule", "starts_on", "start_time", "duration_minutes", "time_zone", "attendance",
    "location_notes", "conference_url", "conference_phone", "conference_for_members_only",
    "types", "notes", "status",
)
# The meetings' rules count from a day in 2024 (the first the rule gives after it).
MEETINGS_SINCE = dt.date(2024, 1, 1)
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
MEETING_STATUS = {"active": "active", "paused": "temporarily_closed", "closed": "ended"}


@dataclass
class _Draft:
    """A group while the plan is being made."""

    concern: str
    languages: tuple[str, ...]
    format: str
    city: dict[str, Any] | None = None
    nb: dict[str, Any] | None = None
    story: dict[str, Any] | None = None
    concerns: list[str] = field(default_factory=list)
    name: str = ""
    slug: str = ""
    organization: dict[str, Any] | None = None
    led_by: str = "peers"
    audience: str = "concern"
    visibility: str = "public"
    status: str = "active"
    open_meetings: bool = True
    members_only: bool = False
    approximate: bool = False
    facilitator: str | None = None

    @property
    def language(self) -> str:
        return self.languages[0]

    @property
    def sensitive(self) -> bool:
        return bool(data.CONCERNS[self.concern].get("sensitive"))


def demo_plan(seed: int = 2026) -> dict[str, list[dict[str, Any]]]:
    """Everything the demonstration holds, as plain data; the same seed gives the same plan."""
    rng = random.Random(seed)
    cities = {city["key"]: city for city in data.CITIES}
    accounts = _accounts(rng, cities)
    organizations = [_organization(rng, spec, cities) for spec in data.ORGANIZATIONS]
    drafts = _drafts(rng, cities)
    _assign_organizations(rng, drafts)
    _assign_settings(rng, drafts)
    _assign_facilitators(rng, drafts, accounts)
    descriptions: set[str] = set()
    groups = [_group(rng, draft, descriptions) for draft in drafts]
    memberships = _memberships(rng, drafts, accounts)
    meetings = [meeting for draft in drafts for meeting in _meetings(rng, draft)]
    return {
        "accounts": accounts,
        "organizations": organizations,
        "groups": groups,
        "memberships": memberships,
        "meetings": meetings,
        "changes": _changes(drafts),
    }


def build_demo(*, seed: int = 2026) -> str:
    """Write the demonstration data; refuses to run twice."""
    plan = demo_plan(seed)
    if User.objects.filter(email__in=[a["email"] for a in plan["accounts"]]).exists():
        raise ValueError("Demo data is already loaded.")
    slugs = {slug for group in plan["groups"] for slug in group["concerns"]}
    with transaction.atomic():
        concerns = Concern.objects.in_bulk(slugs, field_name="slug")
        missing = sorted(slugs - set(concerns))
        if missing:
            raise ValueError(
                f"The concern tree lacks {', '.join(missing)}; run `mutual migrate` first."
            )
        users = _create_accounts(plan["accounts"])
        organizations = _create_organizations(plan["organizations"])
        places = Place.objects.bulk_create(
            [Place(**group["place"]) for group in plan["groups"] if group["place"]]
        )
        group_places = iter(places)
        taken = set(
            Group.objects.filter(slug__in=[g["slug"] for g in plan["groups"]])
            .values_list("slug", flat=True)
        )
        groups = {}
        for spec in plan["groups"]:
            fields = {name: spec[name] for name in GROUP_FIELDS}
            if spec["slug"] in taken:
                del fields["slug"]  # someone else's group has it: create_group finds another
            groups[spec["slug"]] = create_group(
                actor=None,
                concerns=[concerns[slug] for slug in spec["concerns"]],
                languages=spec["languages"],
                facilitator=users.get(spec["facilitator"] or ""),
                place=next(group_places) if spec["place"] else None,
                organization=organizations.get(spec["organization"] or ""),
                **fields,
            )
        Membership.objects.bulk_create(
            Membership(
                group=groups[m["group"]], user=users[m["email"]], role=m["role"],
                status=m["status"], display_name=m["display_name"],
            )
            for m in plan["memberships"]
        )
        meetings = {
            spec["key"]: create_meeting(
                actor=None, group=groups[spec["group"]], languages=spec["languages"],
                **{name: spec[name] for name in MEETING_FIELDS},
            )
            for spec in plan["meetings"]
        }
        for change in plan["changes"]:
            _make_change(change, meetings[change["meeting"]], timezone.now())
        # The demo's people have taken part for a while: they are past a new account's limits.
        User.objects.filter(pk__in=[user.pk for user in users.values()]).update(
            date_joined=timezone.now() - dt.timedelta(days=400))
        by_name = {group.name: group for group in groups.values()}
        roles = {a["role"]: users[a["email"]] for a in plan["accounts"] if a["role"]}
        posts = seed_discussions(by_name, roles)
        seed_governance(organizations, roles)
        seed_assessments(organizations, roles)
        seed_services(organizations, roles)
        seed_referrals(roles, newcomer=users[f"member1@{EMAIL_DOMAIN}"])
    located = [g["place"] for g in plan["groups"] if g["place"]]
    cities = {(place["locality"], place["country"]) for place in located}
    countries = {place["country"] for place in located}
    return (
        f"Demo: {len(groups)} groups in {len(cities)} cities ({len(countries)} countries), "
        f"{len(meetings)} meetings, {len(organizations)} organizations, {posts} posts, "
        f"{len(users)} accounts "
        f"(password: {PASSWORD})."
    )


def _make_change(change: dict[str, Any], meeting: Meeting, now: dt.datetime) -> None:
    """Cancel, move or pause from the nth occurrence still to come."""
    zone = zoneinfo.ZoneInfo(meeting.time_zone)
    today = now.astimezone(zone).date()
    coming = [
        day for day in rule_dates(meeting, today, today + dt.timedelta(days=HORIZON_DAYS))
        if local_moment(day, meeting.start_time, zone) > now
    ]
    day = coming[change["nth"] - 1]
    if change["kind"] == "cancelled":
        cancel_occurrence(actor=None, meeting=meeting, original_date=day, reason=change["reason"])
    elif change["kind"] == "moved":
        new_start = local_moment(
            day + dt.timedelta(days=change["days"]), meeting.start_time, zone
        )
        move_occurrence(
            actor=None, meeting=meeting, original_date=day, new_start=new_start,
            reason=change["reason"],
        )
    else:
        pause_meeting(
            actor=None, meeting=meeting, starts_on=day,
            ends_on=day + dt.timedelta(weeks=change["weeks"], days=-1), reason=change["reason"],
        )


# --- writing -------------------------------------------------------------------------------


def _create_accounts(accounts: list[dict[str, Any]]) -> dict[str, User]:
    users: dict[str, User] = {}
    ordinary = []
    shared_hash = make_password(PASSWORD)  # one slow hash for all the ordinary members
    for account in accounts:
        fields = {k: v for k, v in account.items() if k not in ("email", "role", "home")}
        if account["role"]:
            users[account["email"]] = User.objects.create_user(
                account["email"], password=PASSWORD, **fields
            )
        else:
            ordinary.append(User(email=account["email"], password=shared_hash, **fields))
    for user in User.objects.bulk_create(ordinary):
        users[user.email] = user
    EmailAddress.objects.bulk_create(
        EmailAddress(user=user, email=user.email, verified=True, primary=True)
        for user in users.values()
    )
    return users


def _create_organizations(specs: list[dict[str, Any]]) -> dict[str, Organization]:
    places = Place.objects.bulk_create([Place(**spec["place"]) for spec in specs])
    taken = set(
        Organization.objects.filter(slug__in=[s["slug"] for s in specs])
        .values_list("slug", flat=True)
    )
    organizations = []
    for spec, place in zip(specs, places, strict=True):
        slug = spec["slug"] if spec["slug"] not in taken else f"{spec['slug']}-demo"
        fields = {k: v for k, v in spec.items() if k not in ("place", "slug")}
        organizations.append(Organization(slug=slug, place=place, **fields))
    Organization.objects.bulk_create(organizations)
    return {spec["slug"]: org for spec, org in zip(specs, organizations, strict=True)}


# --- planning: people and organizations ----------------------------------------------------


def _main_language(city: dict[str, Any]) -> str:
    return str(city["languages"][0][0][0])


def _accounts(rng: random.Random, cities: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    accounts = []
    for spec in data.ROLE_ACCOUNTS:
        city = cities[spec["city"]]
        accounts.append({
            "email": f"{spec['role']}@{EMAIL_DOMAIN}",
            "role": spec["role"],
            "display_name": spec["display_name"],
            "preferred_language": _main_language(city),
            "time_zone": city["time_zone"],
            "is_staff": spec.get("is_staff", False),
            "is_superuser": spec.get("is_superuser", False),
            "is_moderator": spec.get("is_moderator", False),
        })
    names = {lang: rng.sample(pool, len(pool)) for lang, pool in data.PSEUDONYMS.items()}
    homes = rng.choices(
        list(cities.values()), weights=[c["groups"] for c in cities.values()],
        k=ORDINARY_MEMBERS,
    )
    for number, city in enumerate(homes, start=1):
        language = _main_language(city)
        pool = names[language]
        display_name = pool[(number - 1) % len(pool)]
        if number > len(pool):
            display_name = f"{display_name} {chr(ord('A') + rng.randrange(26))}."
        accounts.append({
            "email": f"member{number}@{EMAIL_DOMAIN}",
            "role": None,
            "display_name": display_name,
            "preferred_language": language,
            "time_zone": city["time_zone"],
            "is_staff": False,
            "is_superuser": False,
            "is_moderator": False,
            "home": city["key"],
        })
    return accounts


def _organization(
    rng: random.Random, spec: dict[str, Any], cities: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    city = cities[spec["city"]]
    domain = _domain(spec["slug"])
    return {
        "slug": spec["slug"],
        "name": spec["name"],
        "description": spec["description"],
        "website": f"https://{domain}",
        "contact_email": f"contact@{domain}",
        "founded_year": spec["founded"],
        "place": _place(rng, city, _neighbourhood(city, spec["nb"]), approximate=False),
    }


# --- planning: groups ----------------------------------------------------------------------


def _drafts(rng: random.Random, cities: dict[str, dict[str, Any]]) -> list[_Draft]:
    drafts = []
    names: set[str] = set()
    for story in data.STORY_GROUPS:
        city = cities[story["city"]] if story["city"] else None
        draft = _Draft(
            concern=story["concerns"][0], concerns=list(story["concerns"]),
            languages=tuple(story["languages"]), format=story["format"], city=city,
            nb=_neighbourhood(city, story["nb"]) if city else None, story=story,
            name=story["name"],
        )
        names.add(draft.name)
        drafts.append(draft)

    deck = _ConcernDeck(rng)
    for city in cities.values():
        for _ in range(city["groups"]):
            nb = rng.choice(city["neighbourhoods"])
            draft = _Draft(
                concern=deck.draw(), city=city, nb=nb,
                languages=_pick(rng, nb.get("languages", city["languages"])),
                format="hybrid" if rng.random() < 0.25 else "in_person",
            )
            drafts.append(draft)
    for language, count in data.ONLINE_GROUPS.items():
        for _ in range(count):
            drafts.append(_Draft(concern=deck.draw(), languages=(language,), format="online"))

    for draft in drafts:
        if draft.story:
            continue
        draft.concerns = [draft.concern]
        related = data.CONCERNS[draft.concern].get("related")
        if related and rng.random() < 0.3:
            draft.concerns.append(rng.choice(related))
        draft.name = _name(rng, draft, names)
        names.add(draft.name)

    slugs: set[str] = set()
    for draft in drafts:
        base = _slugify(draft.name)[:100] or "group"
        slug, counter = base, 2
        while slug in slugs:
            slug, counter = f"{base}-{counter}", counter + 1
        draft.slug = slug
        slugs.add(slug)
    return drafts


class _ConcernDeck:
    """Concerns dealt like cards, commoner ones more often, so every one of them is used."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.cards: list[str] = []

    def draw(self) -> str:
        if not self.cards:
            self.cards = [
                slug for slug, spec in data.CONCERNS.items() for _ in range(spec["weight"])
            ]
            self.rng.shuffle(self.cards)
        return self.cards.pop()


def _fits(organization: dict[str, Any], draft: _Draft) -> bool:
    focus = organization["focus"]
    return "any" in focus or data.CONCERNS[draft.concern]["family"] in focus


def _assign_organizations(rng: random.Random, drafts: list[_Draft]) -> None:
    """Organizations run groups in their city (and online ones in their language), 1 to 15."""
    by_slug = {org["slug"]: org for org in data.ORGANIZATIONS}
    counts: Counter[str] = Counter()
    limit = {org["slug"]: rng.randint(3, 15) for org in data.ORGANIZATIONS}
    for draft in drafts:
        if draft.story and draft.story.get("organization"):
            draft.organization = by_slug[draft.story["organization"]]
            counts[draft.organization["slug"]] += 1
    for draft in drafts:
        if draft.story:
            continue
        candidates = [
            org for org in data.ORGANIZATIONS
            if counts[org["slug"]] < limit[org["slug"]] and _fits(org, draft) and (
                org["city"] == draft.city["key"] if draft.city
                else org.get("online") == draft.language
            )
        ]
        if candidates and rng.random() < 0.5:
            draft.organization = rng.choice(candidates)
            counts[draft.organization["slug"]] += 1
    for org in data.ORGANIZATIONS:
        if counts[org["slug"]]:
            continue
        # Every organization runs at least one group: take one nobody (or a busier one) runs.
        spare = [
            d for d in drafts
            if not d.story and d.city and d.city["key"] == org["city"]
            and (d.organization is None or counts[d.organization["slug"]] > 1)
        ]
        draft = rng.choice([d for d in spare if _fits(org, d)] or spare)
        if draft.organization is not None:
            counts[draft.organization["slug"]] -= 1
        draft.organization = org
        counts[org["slug"]] += 1


def _assign_settings(rng: random.Random, drafts: list[_Draft]) -> None:
    """Who leads, who may come, visibility and status: mostly public, active and peer-led."""
    for draft in drafts:
        concern = data.CONCERNS[draft.concern]
        if draft.story:
            story = draft.story
            draft.led_by = story["led_by"]
            draft.audience = concern.get("audience", "concern")
            draft.visibility = story.get("visibility", "public")
            draft.open_meetings = story.get("open_meetings", True)
            draft.members_only = story.get("address_for_members_only", False)
            draft.approximate = story.get("approximate", False)
            continue
        kind = draft.organization["kind"] if draft.organization else "independent"
        draft.led_by = _pick(rng, data.LED_BY_WEIGHTS[kind])
        draft.audience = concern.get("audience", "concern")
        if draft.audience == "concern" and concern["family"] in (
            "mental", "physical", "addiction", "life"
        ) and rng.random() < 0.12:
            draft.audience = "both"
        draft.open_meetings = rng.random() >= 0.12
        if draft.format != "online":
            draft.members_only = rng.random() < 0.08
            draft.approximate = rng.random() < 0.1
        if draft.sensitive:
            draft.visibility = "secret" if rng.random() < 0.3 else "private"
            draft.open_meetings = False
            draft.members_only = draft.format != "online"
            draft.approximate = draft.format != "online"

    ordinary = [d for d in drafts if not d.story and not d.sensitive]
    rng.shuffle(ordinary)
    settings = (
        ["private"] * PRIVATE_GROUPS + ["listed"] * LISTED_GROUPS + ["secret"] * SECRET_GROUPS
    )
    for draft, visibility in zip(ordinary, settings, strict=False):
        draft.visibility = visibility
    rng.shuffle(ordinary)
    for draft, status in zip(
        ordinary, ["closed"] * CLOSED_GROUPS + ["paused"] * PAUSED_GROUPS, strict=False
    ):
        draft.status = status


def _assign_facilitators(
    rng: random.Random, drafts: list[_Draft], accounts: list[dict[str, Any]]
) -> None:
    """Some members lead groups in their own town, or online in their language."""
    roles = {account["role"]: account["email"] for account in accounts if account["role"]}
    ordinary = [account for account in accounts if not account["role"]]
    leading: Counter[str] = Counter()
    for draft in drafts:
        if draft.story:
            role = draft.story.get("facilitator")
            draft.facilitator = roles[role] if role else None
            continue
        if draft.led_by == "professionals" or draft.status == "closed" or rng.random() > 0.35:
            continue
        candidates = [
            account for account in ordinary
            if leading[account["email"]] < 2 and (
                account["home"] == draft.city["key"] if draft.city
                else account["preferred_language"] == draft.language
            )
        ]
        if candidates:
            draft.facilitator = rng.choice(candidates)["email"]
            leading[draft.facilitator] += 1


def _memberships(
    rng: random.Random, drafts: list[_Draft], accounts: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The demo member joins her groups; the story groups get a few members; ordinary members
    join one to four groups near home or online; two people wait for the demo facilitator."""
    by_name = {draft.name: draft for draft in drafts}
    memberships = []
    joined: set[tuple[str, str]] = {(d.facilitator, d.slug) for d in drafts if d.facilitator}

    def join(account: dict[str, Any], draft: _Draft, status: str, display_name: str) -> None:
        joined.add((account["email"], draft.slug))
        memberships.append({
            "email": account["email"], "group": draft.slug, "role": "member",
            "status": status, "display_name": display_name,
        })

    def may_join(account: dict[str, Any], draft: _Draft) -> bool:
        if (account["email"], draft.slug) in joined or draft.status == "closed":
            return False
        if draft.city:
            return bool(draft.city["key"] == account["home"])
        return draft.language == account["preferred_language"]

    member = next(account for account in accounts if account["role"] == "member")
    for name in data.MEMBER_GROUPS:
        join(member, by_name[name], "active", member["display_name"])

    ordinary = [account for account in accounts if not account["role"]]
    for draft in drafts:
        if draft.story and draft.visibility == "public":
            neighbours = [account for account in ordinary if may_join(account, draft)]
            for account in rng.sample(neighbours, min(len(neighbours), rng.randint(2, 4))):
                join(account, draft, "active", account["display_name"])
    for account in ordinary:
        nearby = [draft for draft in drafts if may_join(account, draft)]
        for draft in rng.sample(nearby, min(len(nearby), rng.randint(1, 4))):
            pending = draft.visibility == "private" and rng.random() < 0.3
            display_name = account["display_name"]
            if rng.random() < 0.2:
                display_name = rng.choice(data.PSEUDONYMS[account["preferred_language"]])
            join(account, draft, "pending" if pending else "active", display_name)

    circle = by_name["Young Widowed Online Circle"]
    english = [account for account in ordinary if may_join(account, circle)]
    for position, account in enumerate(rng.sample(english, min(5, len(english)))):
        join(account, circle, "pending" if position < 2 else "active", account["display_name"])
    return memberships


def _group(rng: random.Random, draft: _Draft, descriptions: set[str]) -> dict[str, Any]:
    story = draft.story or {}
    if story:
        description = story["description"]
    else:
        description = _description(rng, draft)
        for _ in range(20):
            if description not in descriptions:
                break
            description = _description(rng, draft)
    descriptions.add(description)
    domain = _domain(draft.slug)
    via_organization = draft.organization is not None and rng.random() < 0.25
    place = None
    if draft.city and draft.nb:
        place = _place(rng, draft.city, draft.nb, approximate=draft.approximate)
    founded = story.get("founded_year")
    if not story and rng.random() < 0.75:
        founded = rng.randint(1979, 2025)
    return {
        "slug": draft.slug,
        "name": draft.name,
        "description": description,
        "concerns": draft.concerns,
        "languages": list(draft.languages),
        "led_by": draft.led_by,
        "audience": draft.audience,
        "open_meetings": draft.open_meetings,
        "format": draft.format,
        "visibility": draft.visibility,
        "status": draft.status,
        "address_for_members_only": draft.members_only,
        "contact_email": "" if via_organization else f"contact@{domain}",
        "website": f"https://{domain}" if story or rng.random() < 0.35 else "",
        "founded_year": founded,
        "place": place,
        "organization": draft.organization["slug"] if draft.organization else None,
        "facilitator": draft.facilitator,
    }


# --- planning: meetings --------------------------------------------------------------------


def _meetings(rng: random.Random, draft: _Draft) -> list[dict[str, Any]]:
    """A story group's meetings as its story needs; any other group's one to three, in its
    zone, mostly in the evening; a closed group's one meeting has ended."""
    if draft.story:
        specs = data.STORY_MEETINGS.get(draft.name, [])
        return [_meeting(rng, draft, number, spec) for number, spec in enumerate(specs)]
    count = 1 if draft.status != "active" else _pick(rng, [(1, 65), (2, 30), (3, 5)])
    meetings = []
    for number in range(count):
        day, other = rng.sample(WEEKDAYS, 2)
        rule = _pick(rng, data.MEETING_RULES).format(
            day=day, days=",".join(sorted((day, other), key=WEEKDAYS.index)),
            nth=rng.choice(["1", "2", "3", "-1"]),
        )
        attendance = {
            "online": "online",
            "hybrid": _pick(rng, [("hybrid", 70), ("in_person", 30)]),
            "in_person": _pick(rng, [("in_person", 90), ("hybrid", 10)]),
        }[draft.format]
        named = rng.random() < (0.6 if number else 0.15)
        meetings.append(_meeting(rng, draft, number, {
            "name": rng.choice(data.MEETING_NAMES[draft.language]) if named else "",
            "rrule": rule,
            "start": _pick(rng, data.MEETING_STARTS),
            "minutes": _pick(rng, data.MEETING_MINUTES),
            "attendance": attendance,
            "types": _types(rng, draft, attendance),
        }))
    return meetings


def _types(rng: random.Random, draft: _Draft, attendance: str) -> list[str]:
    types = {"O" if draft.open_meetings else "C"}
    types.update(_pick(rng, data.MEETING_EXTRA_TYPES) for _ in range(rng.choice([0, 1, 1, 2])))
    if attendance != "online" and rng.random() < 0.3:
        types.add("X")
    return sorted(types)


def _meeting(
    rng: random.Random, draft: _Draft, number: int, spec: dict[str, Any]
) -> dict[str, Any]:
    attendance = spec.get("attendance", draft.format)
    online, in_person = attendance != "in_person", attendance != "online"
    if "zone" in spec:
        zone = spec["zone"]
    elif draft.city:
        zone = draft.city["time_zone"]
    else:
        zone = rng.choice(data.ONLINE_ZONES[draft.language])
    start_time = dt.time.fromisoformat(spec["start"])
    since = MEETINGS_SINCE + dt.timedelta(days=0 if draft.story else rng.randrange(365))
    languages = spec.get("languages", list(draft.languages))
    language = languages[0]
    phone = online and language == "en" and rng.random() < 0.3
    private = draft.visibility in ("private", "secret")
    return {
        "key": f"{draft.slug}/{number}",
        "group": draft.slug,
        "name": spec.get("name", ""),
        "rrule": spec["rrule"],
        "starts_on": _first_date(spec["rrule"], since, start_time, zone),
        "start_time": start_time,
        "duration_minutes": spec["minutes"],
        "time_zone": zone,
        "attendance": attendance,
        "location_notes": rng.choice(data.LOCATION_NOTES[language])
        if in_person and rng.random() < 0.3 else "",
        "conference_url": f"https://meet.example.org/{draft.slug[:50]}-{number + 1}"
        if online else "",
        "conference_phone": f"+1 555 01{rng.randrange(100):02d}" if phone else "",
        "conference_for_members_only": online and spec.get(
            "conference_for_members_only", private or rng.random() < 0.1
        ),
        "types": spec["types"],
        "languages": languages,
        "notes": rng.choice(data.ONLINE_NOTES[language]) if online and rng.random() < 0.3
        else "",
        "status": MEETING_STATUS[draft.status],
    }


def _first_date(rule: str, since: dt.date, start_time: dt.time, zone: str) -> dt.date:
    """The first day on or after `since` that the rule gives, so the rule and its first
    occurrence agree in calendars."""
    schedule = Meeting(rrule=rule, starts_on=since, start_time=start_time, time_zone=zone)
    return rule_dates(schedule, since, since + dt.timedelta(days=70))[0]


def _changes(drafts: list[_Draft]) -> list[dict[str, Any]]:
    slugs = {draft.name: draft.slug for draft in drafts}
    return [
        {**{k: v for k, v in change.items() if k not in ("group", "meeting")},
         "meeting": f"{slugs[change['group']]}/{change['meeting']}"}
        for change in data.STORY_CHANGES
    ]


# --- planning: words -----------------------------------------------------------------------


def _name(rng: random.Random, draft: _Draft, taken: set[str]) -> str:
    patterns = data.CONCERNS[draft.concern][draft.language]["names"]
    if draft.city and draft.nb:
        places: list[dict[str, Any]] = [draft.nb, draft.city]
    else:
        places = [{}]
    options = [(pattern, place) for pattern in patterns for place in places]
    rng.shuffle(options)
    names = [_fill_name(pattern, place, draft.language) for pattern, place in options]
    for name in names:
        if name not in taken:
            return name
    suffixes = data.NAME_SUFFIXES[draft.language]
    for suffix in rng.sample(suffixes, len(suffixes)):
        if names[0] + suffix not in taken:
            return names[0] + suffix
    counter = 2
    while f"{names[0]} {counter}" in taken:
        counter += 1
    return f"{names[0]} {counter}"


def _fill_name(pattern: str, place: dict[str, Any], language: str) -> str:
    if place:
        filled = pattern.format(place=place["name"], de=_de(place, language))
    else:
        online = data.ONLINE_PLACE[language]
        filled = pattern.format(place=online, de=online)
    return filled[0].upper() + filled[1:]


def _description(rng: random.Random, draft: _Draft) -> str:
    """Three or four sentences: who it is for, what happens or who leads, how to come, and
    what stays private (or a safety note, or who else is welcome)."""
    language = draft.language
    concern = data.CONCERNS[draft.concern]
    sentences = [rng.choice(data.WHO[language]).format(who=concern[language]["who"])]
    if draft.led_by != "peers" or rng.random() < 0.45:
        sentences.append(rng.choice(data.LED_BY[draft.led_by][language]))
    else:
        sentences.append(rng.choice(data.FOCUS[concern["family"]][language]))
    sentences.append(_how_to_come(rng, draft))

    extra = concern.get("extra")
    if extra is data.MEMBERS_ONLY_NOTE and not draft.members_only:
        extra = None
    if draft.status == "closed":
        pass  # a closed group's page only says goodbye
    elif extra and rng.random() < concern.get("extra_p", 1.0):
        sentences.append(extra[language])
    elif draft.audience == "both" and concern.get("audience") != "both":
        sentences.append(data.BOTH_AUDIENCES[language])
    elif len(draft.languages) > 1:
        names = data.LANGUAGE_NAMES[language]
        first, second = names[draft.languages[0]], names[draft.languages[1]]
        conjunction = "e" if second.startswith(("i", "hi")) else "y"
        sentences.append(data.BILINGUAL[language].format(a=first, b=second, y=conjunction))
    elif rng.random() < 0.8:
        sentences.append(rng.choice(data.CONFIDENTIAL[language]))
    return " ".join(sentences)


def _how_to_come(rng: random.Random, draft: _Draft) -> str:
    language = draft.language
    in_nb = _in(draft.nb, language) if draft.nb else ""
    if draft.status == "closed":
        return data.CLOSED[language]
    if draft.status == "paused":
        return data.PAUSED[language]
    if draft.visibility == "secret":
        return data.SECRET[language]
    if draft.visibility == "private":
        return rng.choice(data.PRIVATE[language])
    if draft.format == "online":
        return rng.choice(data.ONLINE[language])
    if draft.format == "hybrid":
        return rng.choice(data.HYBRID[language]).format(in_nb=in_nb)
    if not draft.open_meetings:
        return data.CLOSED_MEETINGS[language]
    return rng.choice(data.NEWCOMERS[language]).format(in_nb=in_nb)


def _in(place: dict[str, Any], language: str) -> str:
    """Where, inside a sentence: "in the Mission", "en la Condesa", "au Panier"."""
    override = place.get("in", {}).get(language)
    if override:
        return str(override)
    return {"en": "in {}", "es": "en {}", "fr": "à {}"}[language].format(place["name"])


def _de(place: dict[str, Any], language: str) -> str:
    """Of where, inside a name: "de Triana", "del Raval", "d'Endoume", "du Panier"."""
    override = place.get("de", {}).get(language)
    if override:
        return str(override)
    name = str(place["name"])
    if language == "fr" and name[:1].lower() in "aeiouyhéèêâîô":
        return f"d'{name}"
    return f"de {name}"


# --- planning: places and small helpers ----------------------------------------------------


def _neighbourhood(city: dict[str, Any], name: str) -> dict[str, Any]:
    return next(nb for nb in city["neighbourhoods"] if nb["name"] == name)


def _place(
    rng: random.Random, city: dict[str, Any], nb: dict[str, Any], *, approximate: bool
) -> dict[str, Any]:
    """A place near the neighbourhood's centre (within 1.5 km); approximate ones have no door."""
    distance, bearing = 0.2 + 1.3 * rng.random(), 2 * math.pi * rng.random()
    latitude = nb["lat"] + distance * math.cos(bearing) / 111.2
    longitude = nb["lon"] + distance * math.sin(bearing) / (
        111.2 * math.cos(math.radians(nb["lat"]))
    )
    place = {
        "name": "", "street": "", "locality": city["name"], "region": city["region"],
        "postal_code": nb["postal"], "country": city["country"],
        "latitude": round(latitude, 5), "longitude": round(longitude, 5),
        "time_zone": city["time_zone"], "approximate": approximate,
    }
    if not approximate:
        style = city["style"]
        template, low, high = data.ADDRESS_FORMATS[style]
        street = rng.choice(nb["streets"])
        place["street"] = template.format(n=rng.randint(low, high), street=street)
        venue_language = {"fr": "fr", "qc": "fr", "es": "es", "mx": "es"}.get(style, "en")
        place["name"] = rng.choice(data.VENUES[style]).format(
            nb=nb["name"], de=_de(nb, venue_language)
        )
    return place


def _slugify(name: str) -> str:
    """Like slugify, but "sœur" keeps its "oe" instead of losing the letter."""
    for letter, spelled in (("œ", "oe"), ("Œ", "Oe"), ("æ", "ae"), ("Æ", "Ae"), ("ß", "ss")):
        name = name.replace(letter, spelled)
    return slugify(name)


def _domain(slug: str) -> str:
    """A web domain for a demo group or organization, under example.org (labels ≤ 63)."""
    return f"{slug[:50].rstrip('-')}.example.org"


def _pick(rng: random.Random, weighted: list[tuple[Any, int]]) -> Any:
    choices, weights = zip(*weighted, strict=True)
    return rng.choices(choices, weights=weights)[0]
