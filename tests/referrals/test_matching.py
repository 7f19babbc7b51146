"""Matching a client to groups and services: the story's best fit first, each with its
reasons and misfits; only for verified professionals with two-factor authentication."""

import datetime

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from mutual.accounts.actions import create_token
from mutual.groups.models import Group, Membership, ReferralPolicy
from mutual.groups.queries import directory_groups
from mutual.organizations.models import Stewardship
from mutual.places.geo import ROUNDED_DECIMALS, distance_km
from mutual.places.lookup import ResolvedPlace
from mutual.places.models import Place
from mutual.referrals import actions
from mutual.referrals.matching import Match, Needs, _concern_ids, _group_candidates, match
from mutual.services.models import Location, Schedule, Service, ServiceAtLocation
from tests.conftest import client_for
from tests.factories import (
    GroupFactory,
    MeetingFactory,
    MembershipFactory,
    OrganizationFactory,
    PlaceFactory,
    UserFactory,
)
from tests.referrals.support import APPLICATION, verified_professional, with_two_factor

pytestmark = pytest.mark.django_db

OAKLAND = ResolvedPlace("Oakland, CA, US", 37.8044, -122.2712, "US", "America/Los_Angeles")
KM_OF_LATITUDE = 111.195
WEEKDAYS = (1, 2, 3, 4, 5)


def place_at(km_north: float) -> Place:
    return PlaceFactory(locality="Oakland", latitude=OAKLAND.latitude + km_north / KM_OF_LATITUDE,
                        longitude=OAKLAND.longitude)


def group(name: str, *, km: float | None, languages: list[str], day: str = "TU",
          at: datetime.time = datetime.time(19, 0), **fields: object) -> Group:
    types = fields.pop("types", ["O"])
    where = {"place": place_at(km)} if km is not None else {
        "place": None, "format": Group.Format.ONLINE}
    found = GroupFactory(name=name, concerns=fields.pop("concerns", ["loss-of-a-spouse"]),
                         languages=languages, **where, **fields)
    MembershipFactory(group=found, role=Membership.Role.FACILITATOR)
    MeetingFactory(group=found, rrule=f"FREQ=WEEKLY;BYDAY={day}", start_time=at,
                   languages=languages, types=types,
                   **({"attendance": "online", "conference_url": "https://meet.example.org/d"}
                      if km is None else {}))
    return found


def story(**changes: object) -> Needs:
    """A Spanish-speaking widower in Oakland, no car, free on weekday evenings."""
    needs = {"concerns": ("bereavement",), "near": OAKLAND, "max_km": 3.0, "languages": ("es",),
             "days": WEEKDAYS, "free_from": datetime.time(17), "free_until": datetime.time(21),
             "peer_led": True}
    return Needs(**{**needs, **changes})  # type: ignore[arg-type]


def by_name(found: list[Match]) -> dict[str, Match]:
    return {item.name: item for item in found}


@pytest.fixture
def groups() -> dict[str, Group]:
    return {
        "spanish": group("Grupo de Duelo", km=1.8, languages=["es"]),
        "english": group("Widowers Circle", km=1.0, languages=["en"]),
        "saturday": group("Sábado de Duelo", km=1.5, languages=["es"], day="SA",
                          at=datetime.time(10, 0)),
        "far": group("Duelo en San José", km=40, languages=["es"]),
        "other_concern": group("Grupo de Alcohol", km=1.0, languages=["es"],
                               concerns=["alcohol-use"]),
    }


def test_the_story_ranks_the_spanish_weekday_evening_group_first(groups: dict) -> None:
    found = match(story())
    names = [item.name for item in found]
    assert names[0] == "Grupo de Duelo"
    assert names.index("Grupo de Duelo") < names.index("Widowers Circle")
    assert names.index("Grupo de Duelo") < names.index("Sábado de Duelo")
    assert "Duelo en San José" not in names
    assert "Grupo de Alcohol" not in names
    best = found[0]
    assert best.summary == "Spanish · Tue 19:00 · 1.8 km · peer-led"
    assert best.misfits == []
    assert best.next_meetings and best.next_meetings[0].meeting.group_id == groups["spanish"].pk


def test_misfits_say_what_does_not_fit(groups: dict) -> None:
    found = by_name(match(story()))
    assert "meets in English only" in found["Widowers Circle"].misfits
    assert found["Sábado de Duelo"].misfits == ["nothing on your free days (Sat 10:00)"]
    assert found["Grupo de Duelo"].score > found["Widowers Circle"].score
    assert found["Grupo de Duelo"].score > found["Sábado de Duelo"].score


def test_a_little_beyond_the_distance_is_shown_as_a_misfit_and_far_beyond_left_out() -> None:
    group("Grupo Lejano", km=4.2, languages=["es"])
    group("Duelo en San José", km=40, languages=["es"])
    found = by_name(match(story()))
    assert "4.2 km, beyond your 3 km" in found["Grupo Lejano"].misfits
    assert "Duelo en San José" not in found


def test_a_meeting_outside_the_free_hours_is_a_misfit() -> None:
    group("Mañanas de Duelo", km=1, languages=["es"], at=datetime.time(10, 0))
    found = by_name(match(story()))
    assert found["Mañanas de Duelo"].misfits == ["Tue 10:00, outside your free hours"]


def test_a_members_only_address_is_measured_where_outsiders_see_it() -> None:
    """As the directory does: from coordinates rounded to about a kilometre, so that
    searching around it cannot pin the door down."""
    group("Duelo a puerta cerrada", km=1.0, languages=["es"], address_for_members_only=True)
    group("Duelo a puerta abierta", km=1.0, languages=["es"])
    found = by_name(match(story()))
    hidden = Place.objects.get(groups__name="Duelo a puerta cerrada")
    seen = distance_km(OAKLAND.latitude, OAKLAND.longitude,
                       round(hidden.latitude, ROUNDED_DECIMALS),
                       round(hidden.longitude, ROUNDED_DECIMALS))
    assert found["Duelo a puerta abierta"].distance_km == 1.0
    assert found["Duelo a puerta cerrada"].distance_km == round(seen, 1) == 0.6


def test_groups_across_the_antimeridian_are_near() -> None:
    taveuni = ResolvedPlace("Taveuni, FJ", -16.8, 179.95, "FJ", "Pacific/Fiji")
    found = GroupFactory(name="Veilomani", concerns=["loss-of-a-spouse"], languages=["fj"],
                         place=PlaceFactory(locality="Vuna", latitude=-16.8, longitude=-179.97))
    MembershipFactory(group=found, role=Membership.Role.FACILITATOR)
    matched = by_name(match(story(near=taveuni, max_km=10.0, languages=(), days=())))
    assert matched["Veilomani"].distance_km == pytest.approx(8.5, abs=0.1)


def test_online_groups_are_read_on_the_clients_clock() -> None:
    madrid = GroupFactory(name="Duelo en línea", place=None, format=Group.Format.ONLINE,
                          languages=["es"])
    MembershipFactory(group=madrid, role=Membership.Role.FACILITATOR)
    MeetingFactory(group=madrid, rrule="FREQ=WEEKLY;BYDAY=TU", start_time=datetime.time(20),
                   time_zone="Europe/Madrid", attendance="online", languages=["es"],
                   conference_url="https://meet.example.org/duelo")
    found = by_name(match(story(online_only=True)))
    item = found["Duelo en línea"]
    assert "online" in item.reasons
    assert item.misfits == ["Tue 11:00, outside your free hours"]


def test_a_group_or_service_nobody_answers_for_is_shown_but_cannot_be_chosen() -> None:
    unanswered = group("Duelo sin facilitadora", km=1.0, languages=["es"])
    unanswered.memberships.update(role=Membership.Role.MEMBER)
    offered = service("Consejería sin administradores")
    Stewardship.objects.filter(organization=offered.organization).delete()
    found = by_name(match(story()))
    for name in ("Duelo sin facilitadora", "Consejería sin administradores"):
        assert "nobody answers referrals for it on Mutual yet" in found[name].misfits
        assert not found[name].takes_referrals


def test_online_groups_only_in_the_clients_languages() -> None:
    group("Grief Online", km=None, languages=["en"])
    group("Duelo en línea", km=None, languages=["es"])
    found = by_name(match(story()))
    assert "Grief Online" not in found
    assert "online" in found["Duelo en línea"].reasons
    assert "Grief Online" in by_name(match(story(languages=())))


def test_secret_closed_and_listed_groups_are_never_matched() -> None:
    group("Secreto", km=1, languages=["es"], visibility=Group.Visibility.SECRET)
    group("Cerrado", km=1, languages=["es"], status=Group.Status.CLOSED)
    group("Solo el nombre", km=1, languages=["es"], visibility=Group.Visibility.LISTED)
    assert match(story()) == []


def test_a_group_that_takes_no_referrals_is_shown_and_marked() -> None:
    group("Sin derivaciones", km=1, languages=["es"], referral_policy=ReferralPolicy.NONE)
    group("Por teléfono", km=1, languages=["es"], referral_policy=ReferralPolicy.PHONE,
          referral_phone="510-555-0100")
    found = by_name(match(story()))
    assert "does not take referrals" in found["Sin derivaciones"].misfits
    assert not found["Sin derivaciones"].takes_referrals
    assert "takes referrals by phone only: 510-555-0100" in found["Por teléfono"].misfits


@pytest.mark.parametrize("led_by,fits", [
    (Group.LedBy.PEERS, "peer-led"), (Group.LedBy.CO_LED, "co-led by peers and professionals"),
    (Group.LedBy.PROFESSIONALS, None),
])
def test_peer_led_preference(led_by: str, fits: str | None) -> None:
    group("Duelo", km=1, languages=["es"], led_by=led_by)
    item = match(story())[0]
    if fits:
        assert fits in item.reasons
    else:
        assert "professionally led" in item.misfits
    assert match(story(peer_led=False))[0].score < item.score or fits is None


@pytest.mark.parametrize("preference,types,fits,misfit", [
    ({"gender": "men"}, ["O", "M"], "for men", None),
    ({"gender": "women"}, ["O", "M"], None, "not listed as a meeting for women"),
    ({"lgbtq": True}, ["O", "LGBTQ"], "LGBTQ+", None),
    ({"lgbtq": True}, ["O"], None, "not listed as an LGBTQ+ meeting"),
    ({"accessible": True}, ["O", "X"], "wheelchair access", None),
    ({"accessible": True}, ["O"], None, "wheelchair access not listed"),
    ({"free": True}, ["O"], None, "cost not recorded (self-help groups are usually free)"),
])
def test_group_preferences(preference: dict, types: list[str], fits: str | None,
                           misfit: str | None) -> None:
    group("Duelo", km=1, languages=["es"], types=types)
    item = match(story(**preference))[0]
    without = match(story())[0]
    if fits:
        assert fits in item.reasons and item.score > without.score
    else:
        assert misfit in item.misfits and item.score == without.score


@pytest.mark.parametrize("audience,fits", [
    (Group.Audience.FAMILY, True), (Group.Audience.BOTH, True), (Group.Audience.CONCERN, False),
])
def test_family_members_seeking_help(audience: str, fits: bool) -> None:
    group("Duelo", km=1, languages=["es"], audience=audience)
    item = match(story(for_family=True))[0]
    if fits:
        assert "welcomes family and friends" in item.reasons
    else:
        assert "for people with the concern, not their family" in item.misfits


def service(name: str, *, fee: str = Service.Fee.FREE, km: float = 1.0,
            languages: tuple[str, ...] = ("es",), **fields: object) -> Service:
    organization = OrganizationFactory(governance_kind="mutual_assistance")
    Stewardship.objects.create(organization=organization, user=UserFactory())
    offered = Service.objects.create(organization=organization, slug=name.lower()[:20],
                                     name=name, fee=fee, **fields)
    offered.concerns.set(offered.concerns.model.objects.filter(slug="bereavement"))
    offered.languages.set(languages)
    site = Location.objects.create(organization=organization, place=place_at(km))
    ServiceAtLocation.objects.create(service=offered, location=site)
    Schedule.objects.create(service=offered, rrule="FREQ=WEEKLY;BYDAY=MO,WE",
                            starts_on=datetime.date(2026, 1, 5), opens_at=datetime.time(16),
                            closes_at=datetime.time(18), time_zone="America/Los_Angeles")
    return offered


def test_services_are_matched_with_their_own_reasons() -> None:
    service("Consejería de duelo")
    service("Grief counselling", fee=Service.Fee.FEE, languages=("en",),
            capacity=Service.Capacity.WAITLIST)
    service("Closed counselling", status=Service.Status.INACTIVE)
    found = by_name(match(story(free=True, accessible=True)))
    assert "Closed counselling" not in found
    good, costly = found["Consejería de duelo"], found["Grief counselling"]
    assert good.kind == "service"
    assert good.summary == ("Spanish · Mon 16:00, Wed 16:00 · 1.0 km · "
                            "run by a mutual-assistance organization · free")
    assert "check its accessibility notes" in good.misfits
    assert {"charges a fee", "waiting list", "meets in English only"} <= set(costly.misfits)
    assert good.score > costly.score


def test_a_service_offered_in_several_places_is_as_near_as_its_nearest() -> None:
    spread = service("Consejería en dos sitios", km=12.0)
    for km in (2.0, 40.0):
        site = Location.objects.create(organization=spread.organization, place=place_at(km))
        ServiceAtLocation.objects.create(service=spread, location=site)
    service("Consejería lejana", km=40.0)
    found = by_name(match(story()))
    assert found["Consejería en dos sitios"].distance_km == 2.0
    assert "2.0 km" in found["Consejería en dos sitios"].reasons
    assert "Consejería lejana" not in found


def test_the_online_sample_is_kept_for_the_next_client_with_the_same_needs() -> None:
    group("Duelo en línea", km=None, languages=["es"])
    match(story(languages=("fr",)))  # the concern tree, once
    with CaptureQueriesContext(connection) as first:
        match(story())
    with CaptureQueriesContext(connection) as again:
        found = by_name(match(story()))
    assert "Duelo en línea" in found
    assert len(again) == len(first) - 1
    with CaptureQueriesContext(connection) as other:
        match(story(languages=("es", "en")))
    assert len(other) == len(first)


@pytest.mark.parametrize("change", [
    {"visibility": Group.Visibility.SECRET}, {"visibility": Group.Visibility.LISTED},
    {"status": Group.Status.CLOSED},
])
def test_an_online_group_hidden_since_the_sample_was_taken_is_not_shown(change: dict) -> None:
    online = group("Duelo en línea", km=None, languages=["es"])
    assert "Duelo en línea" in by_name(match(story()))
    Group.objects.filter(pk=online.pk).update(**change)
    assert "Duelo en línea" not in by_name(match(story()))


@pytest.mark.parametrize("visibility", list(Group.Visibility))
@pytest.mark.parametrize("status", list(Group.Status))
def test_groups_nearby_are_matched_only_where_the_directory_shows_their_concern(
        visibility: str, status: str) -> None:
    near = group("Duelo cercano", km=1.0, languages=["es"], visibility=visibility,
                 status=status)
    shown = directory_groups().filter(pk=near.pk).exists() and visibility != "listed"
    assert ("Duelo cercano" in by_name(match(story()))) == shown


def test_an_online_group_no_longer_about_the_concern_is_not_shown() -> None:
    online = group("Duelo en línea", km=None, languages=["es"])
    assert "Duelo en línea" in by_name(match(story()))
    online.concerns.set(online.concerns.model.objects.filter(slug="alcohol-use"))
    assert "Duelo en línea" not in by_name(match(story()))


def test_the_query_count_does_not_grow_with_the_results() -> None:
    group("Duelo 1", km=1, languages=["es"])
    service("Consejería 1")
    match(story())  # the concern tree and caches, once
    with CaptureQueriesContext(connection) as few:
        match(story())
    for n in range(2, 7):
        group(f"Duelo {n}", km=1, languages=["es", "en"])
        service(f"Consejería {n}")
    with CaptureQueriesContext(connection) as many:
        found = match(story())
    assert len(found) == 12
    assert len(many) == len(few) == 9


@pytest.mark.parametrize("changes", [
    {}, {"peer_led": False}, {"for_family": True, "accessible": True},
    {"gender": "women", "lgbtq": True, "days": ()}, {"free_from": None, "max_km": 1.5},
    {"online_only": True}, {"languages": ("en", "es"), "days": (6,)},
])
def test_the_database_ranks_groups_by_the_points_the_reasons_give(groups: dict,
                                                                  changes: dict) -> None:
    group("Duelo en línea", km=None, languages=["es"], types=["O", "W", "LGBTQ"])
    group("Duelo familiar", km=2.9, languages=["en"], audience=Group.Audience.FAMILY,
          status=Group.Status.PAUSED, led_by=Group.LedBy.CO_LED, types=["O", "X"])
    needs = story(**changes)
    ranked = {row[0]: row[-1] for row in _group_candidates(
        needs, _concern_ids(needs.concerns), timezone.now())}
    found = [item for item in match(needs) if item.kind == "group"]
    assert {item.object.pk: item.score for item in found} == ranked


# Who may match ---------------------------------------------------------------------------


def unverified_applicant() -> object:
    user = UserFactory()
    actions.apply_as_professional(user=user, data=APPLICATION)
    return with_two_factor(user)


def verified_without_two_factor() -> object:
    user = UserFactory()
    professional = actions.apply_as_professional(user=user, data=APPLICATION)
    actions.verify_professional(actor=UserFactory(is_staff=True), professional=professional)
    return user


SIDES = {
    "member": lambda: MembershipFactory().user,
    "facilitator": lambda: MembershipFactory(role="facilitator").user,
    "unverified_applicant": unverified_applicant,
    "verified_without_two_factor": verified_without_two_factor,
    "staff": lambda: with_two_factor(UserFactory(is_staff=True)),
}
STORY_QUERY = ("?concern=bereavement&near=37.8044,-122.2712&max_km=3&language=es"
               "&day=1&day=2&day=3&day=4&day=5&free_from=17:00&free_until=21:00&prefer=peer_led")


def test_anonymous_visitors_are_asked_to_sign_in() -> None:
    response = Client().get(reverse("referral-match"))
    assert response.status_code == 302 and "login" in response["Location"]


@pytest.mark.parametrize("side", SIDES)
def test_others_are_refused_with_a_way_forward(side: str) -> None:
    response = client_for(SIDES[side]()).get(reverse("referral-match") + STORY_QUERY)
    assert response.status_code == 403
    page = response.content.decode()
    assert "Grupo" not in page
    if side == "verified_without_two_factor":
        assert reverse("mfa_index") in page
    elif side == "unverified_applicant":
        assert reverse("professional-status") in page
    else:
        assert reverse("professional-apply") in page


def test_a_verified_professional_matches_on_the_page(groups: dict) -> None:
    professional = verified_professional()
    client = client_for(professional)
    empty = client.get(reverse("referral-match"))
    assert empty.status_code == 200 and "Find matches" in empty.content.decode()
    page = client.get(reverse("referral-match") + STORY_QUERY).content.decode()
    assert page.index("Grupo de Duelo") < page.index("Widowers Circle")
    assert "Spanish · Tue 19:00 · 1.8 km · peer-led" in page
    assert "meets in English only" in page
    assert f'name="choose" value="group:{groups["spanish"].slug}"' in page
    assert f'method="get" action="{reverse("referral-new")}"' in page
    chosen = client.get(reverse("referral-new") + f"?choose=group:{groups['spanish'].slug}")
    assert groups["spanish"].name in chosen.content.decode()


def test_bad_input_is_explained_beside_the_field_and_kept() -> None:
    client = client_for(verified_professional())
    response = client.get(reverse("referral-match") + "?concern=no-such-thing&near=Qwxzvbn"
                          "&free_from=21:00&free_until=17:00&max_km=2")
    page = response.content.decode()
    assert response.status_code == 200
    assert "There is no concern" in page
    assert "We could not find" in page, page
    assert "Give a time after" in page
    assert 'value="Qwxzvbn"' in page and 'value="2"' in page


def api(user: object) -> Client:
    _token, key = create_token(user=user, name="test")
    return Client(HTTP_AUTHORIZATION=f"Token {key}")


def test_the_api_gives_the_same_matches(groups: dict) -> None:
    response = api(verified_professional()).get("/api/v1/match/" + STORY_QUERY)
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["count"] == len(body["results"]) == 3
    best = body["results"][0]
    assert best["kind"] == "group" and best["id"] == groups["spanish"].slug
    assert best["name"] == "Grupo de Duelo"
    assert best["url"].endswith(groups["spanish"].get_absolute_url())
    assert best["reasons"] == ["Spanish", "Tue 19:00", "1.8 km", "peer-led"]
    assert best["misfits"] == [] and best["distance_km"] == 1.8
    assert best["referral_policy"] == "welcome" and best["takes_referrals"] is True
    assert best["next_meetings"][0]["starts_at"]
    assert best["next_meetings"][0]["time_zone"] == "America/Los_Angeles"


def test_the_api_explains_bad_input_and_refuses_others() -> None:
    bad = api(verified_professional()).get("/api/v1/match/?near=37.8,-122.27&language=spanish")
    assert bad.status_code == 400
    assert {"concern", "language"} <= set(bad.json()["error"]["fields"])
    assert api(verified_without_two_factor()).get("/api/v1/match/" + STORY_QUERY).status_code \
        == 403
    assert api(MembershipFactory().user).get("/api/v1/match/" + STORY_QUERY).status_code == 403
    assert Client().get("/api/v1/match/" + STORY_QUERY).status_code in (401, 403)


def test_the_schema_describes_matching() -> None:
    schema = Client().get("/api/schema/")
    assert schema.status_code == 200
    assert b"/api/v1/match/" in schema.content


def test_the_api_query_count_does_not_grow_with_the_results() -> None:
    client = api(verified_professional())
    group("Duelo 1", km=1, languages=["es"])
    client.get("/api/v1/match/" + STORY_QUERY)
    with CaptureQueriesContext(connection) as few:
        assert client.get("/api/v1/match/" + STORY_QUERY).json()["count"] == 1
    for n in range(2, 6):
        group(f"Duelo {n}", km=1, languages=["es"])
    with CaptureQueriesContext(connection) as many:
        assert client.get("/api/v1/match/" + STORY_QUERY).json()["count"] == 5
    assert len(many) == len(few)
