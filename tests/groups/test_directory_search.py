"""The directory finds groups by words, concern, place, language, format, leader and audience."""

import pytest
from django.test import Client

from mutual.groups.models import Group
from tests.factories import GroupFactory, OrganizationFactory, PlaceFactory
from tests.groups.helpers import (
    HOME,
    HOME_TEXT,
    found,
    group_km_north,
    north_of,
    online_group,
    result_for,
    search,
    suggestion_links,
)

pytestmark = pytest.mark.django_db

EMPTY_PAGE_IS_FALSY = (
    "Bug: groups/_results.html tests `{% if page %}`, and an empty Page is falsy, so an empty "
    "search shows no count, no 'No group matches' and no suggestions; use `page is not None`"
)


def test_words_match_a_groups_name_and_description() -> None:
    walkers = GroupFactory(name="Sunday Walkers")
    gardeners = GroupFactory(description="We keep an allotment together and talk while we dig.")
    GroupFactory()

    assert found(q="walkers") == [walkers.slug]
    assert found(q="allotment") == [gardeners.slug]


def test_words_match_a_concern_by_name() -> None:
    drinking = GroupFactory(concerns=["alcohol-use"])
    GroupFactory(concerns=["loss-of-a-spouse"])

    assert found(q="alcohol use") == [drinking.slug]


@pytest.mark.parametrize("words", ["AA", "drinking"])
def test_synonyms_find_an_alcohol_use_group(words: str) -> None:
    drinking = GroupFactory(concerns=["alcohol-use"])
    GroupFactory(concerns=["loss-of-a-spouse"])
    GroupFactory(concerns=["gambling"])

    assert found(q=words) == [drinking.slug]


def test_widow_finds_a_loss_of_a_spouse_group() -> None:
    widowed = GroupFactory(concerns=["loss-of-a-spouse"])
    GroupFactory(concerns=["loss-of-a-child"])
    GroupFactory(concerns=["alcohol-use"])

    assert found(q="widow") == [widowed.slug]


def test_grief_finds_every_bereavement_group_including_more_specific_ones() -> None:
    bereaved = GroupFactory(concerns=["bereavement"])
    widowed = GroupFactory(concerns=["loss-of-a-spouse"])
    after_suicide = GroupFactory(concerns=["suicide-loss"])
    GroupFactory(concerns=["alcohol-use"])

    assert set(found(q="grief")) == {bereaved.slug, widowed.slug, after_suicide.slug}


def test_every_word_must_match() -> None:
    widowed_walkers = GroupFactory(name="Widowed Walkers", concerns=["loss-of-a-spouse"])
    GroupFactory(name="Sunday Walkers", concerns=["alcohol-use"])

    assert found(q="walkers widow") == [widowed_walkers.slug]


def test_a_concern_includes_its_descendants() -> None:
    widowed = GroupFactory(concerns=["loss-of-a-spouse"])
    adult_child = GroupFactory(concerns=["loss-of-an-adult-child"])
    drinking = GroupFactory(concerns=["alcohol-use"])

    assert set(found(concern="bereavement")) == {widowed.slug, adult_child.slug}
    assert found(concern="loss-of-a-spouse") == [widowed.slug]
    assert found(concern="addiction") == [drinking.slug]


def test_a_concern_does_not_include_its_parent() -> None:
    GroupFactory(concerns=["bereavement"])

    assert found(concern="loss-of-a-spouse") == []


def test_a_group_just_inside_the_default_radius_is_found_and_one_just_outside_is_not() -> None:
    inside = group_km_north(24.5)
    group_km_north(25.5)

    response = search(near=HOME_TEXT)

    assert [result["slug"] for result in response.json()["results"]] == [inside.slug]
    assert result_for(response, inside.slug)["distance_km"] == 24.5


def test_a_wider_radius_reaches_further() -> None:
    inside = group_km_north(24.5)
    outside = group_km_north(25.5)
    far = group_km_north(40)

    assert found(near=HOME_TEXT, radius_km=30) == [inside.slug, outside.slug]
    assert found(near=HOME_TEXT, radius_km=10) == []
    assert far.slug not in found(near=HOME_TEXT, radius_km=39.5)


def test_a_town_name_searches_around_the_town() -> None:
    berkeley = group_km_north(3)
    latitude, longitude = north_of(HOME, 600)
    GroupFactory(place=PlaceFactory(locality="Far away", latitude=latitude, longitude=longitude))

    assert found(near="Berkeley, US") == [berkeley.slug]


def test_the_radius_works_across_the_date_line() -> None:
    suva_east = GroupFactory(place=PlaceFactory(latitude=-17.0, longitude=179.9))
    suva_west = GroupFactory(place=PlaceFactory(latitude=-17.0, longitude=-179.9))
    GroupFactory(place=PlaceFactory(latitude=-17.0, longitude=178.0))

    assert set(found(near="-17.0,179.99", radius_km=30)) == {suva_east.slug, suva_west.slug}


def test_online_groups_are_included_with_a_near_search_and_marked_online() -> None:
    nearby = group_km_north(5)
    online = online_group()
    group_km_north(100)

    response = search(near=HOME_TEXT)

    assert [result["slug"] for result in response.json()["results"]] == [nearby.slug, online.slug]
    result = result_for(response, online.slug)
    assert result["online"] is True
    assert result["format"] == "online"
    assert result["distance_km"] is None
    assert result["place"] is None
    assert result_for(response, nearby.slug)["online"] is False


def test_format_in_person_leaves_out_online_groups_from_a_near_search() -> None:
    nearby = group_km_north(5)
    online_group()

    assert found(near=HOME_TEXT, format="in_person") == [nearby.slug]


@pytest.mark.parametrize("format", ["in_person", "online", "hybrid"])
def test_format_filter(format: str) -> None:
    groups = {
        "in_person": GroupFactory(format=Group.Format.IN_PERSON),
        "online": online_group(),
        "hybrid": GroupFactory(format=Group.Format.HYBRID),
    }

    assert found(format=format) == [groups[format].slug]


@pytest.mark.parametrize("format", ["in_person", "online", "hybrid"])
def test_format_filter_on_the_directory_page(client: Client, format: str) -> None:
    groups = {
        "in_person": group_km_north(2, name="Meets In Person", format=Group.Format.IN_PERSON),
        "online": online_group(name="Meets Online"),
        "hybrid": group_km_north(2, name="Meets Both Ways", format=Group.Format.HYBRID),
    }

    response = client.get("/groups/", {"near": HOME_TEXT, "format": format})

    assert response.status_code == 200
    shown = {key for key, group in groups.items() if group.name in response.content.decode()}
    assert shown == {format}


def test_hybrid_groups_are_marked_online_and_keep_their_distance() -> None:
    hybrid = group_km_north(2, format=Group.Format.HYBRID)

    result = result_for(search(near=HOME_TEXT), hybrid.slug)

    assert result["online"] is True
    assert result["distance_km"] == 2.0


@pytest.mark.parametrize("led_by", ["peers", "professionals", "co_led"])
def test_led_by_filter(led_by: str) -> None:
    groups = {choice: GroupFactory(led_by=choice) for choice in Group.LedBy.values}

    assert found(led_by=led_by) == [groups[led_by].slug]


def test_language_filter() -> None:
    spanish = GroupFactory(languages=["es"])
    bilingual = GroupFactory(languages=["en", "es"])
    GroupFactory(languages=["en"])

    assert set(found(language="es")) == {spanish.slug, bilingual.slug}
    assert set(found(language="ES")) == {spanish.slug, bilingual.slug}


def test_audience_filter_includes_groups_welcoming_both() -> None:
    concern = GroupFactory(audience=Group.Audience.CONCERN)
    family = GroupFactory(audience=Group.Audience.FAMILY)
    both = GroupFactory(audience=Group.Audience.BOTH)

    assert set(found(audience="family")) == {family.slug, both.slug}
    assert set(found(audience="concern")) == {concern.slug, both.slug}
    assert found(audience="both") == [both.slug]


def test_all_filters_combine_with_and() -> None:
    fields = {
        "concerns": ["loss-of-a-spouse"], "languages": ["es"], "led_by": Group.LedBy.PEERS,
        "audience": Group.Audience.FAMILY,
        "description": "Viudas y viudos que se acompañan.",
    }
    match = group_km_north(3, **fields)
    # Each of these misses exactly one criterion.
    group_km_north(3, **{**fields, "description": "We talk."})
    group_km_north(3, **{**fields, "concerns": ["alcohol-use"]})
    group_km_north(40, **fields)
    group_km_north(3, **{**fields, "languages": ["en"]})
    group_km_north(3, **{**fields, "led_by": Group.LedBy.CO_LED})
    group_km_north(3, **{**fields, "audience": Group.Audience.CONCERN})

    assert found(
        q="viudas", concern="bereavement", near=HOME_TEXT, language="es", led_by="peers",
        audience="family",
    ) == [match.slug]


def test_results_are_ranked_by_relevance_then_distance() -> None:
    by_concern_near = group_km_north(1, name="Thursday Circle", concerns=["bereavement"])
    by_concern_far = group_km_north(9, name="Monday Circle", concerns=["bereavement"])
    by_name_far = group_km_north(
        20, name="Grief Café", concerns=["alcohol-use"], description="Tea and talk."
    )
    by_description = group_km_north(
        2, name="Open Door", concerns=["alcohol-use"], description="A place for grief."
    )

    assert found(q="grief", near=HOME_TEXT) == [
        by_name_far.slug, by_concern_near.slug, by_concern_far.slug, by_description.slug,
    ]


def test_each_result_carries_what_a_person_needs_to_choose() -> None:
    organization = OrganizationFactory(name="Bay Area Grief Network")
    group = group_km_north(
        4, organization=organization, languages=["es", "en"], led_by=Group.LedBy.CO_LED,
    )

    response = search(near=HOME_TEXT)

    result = result_for(response, group.slug)
    assert result["name"] == group.name
    assert result["url"] == f"http://testserver/groups/{group.slug}/"
    assert result["concerns"] == [
        {"slug": "loss-of-a-spouse", "name": "Loss of a spouse or partner"}
    ]
    assert result["led_by"] == "co_led"
    assert result["format"] == "in_person"
    assert result["languages"] == ["en", "es"]
    assert result["distance_km"] == 4.0
    assert result["place"]["city"] == "Berkeley"
    assert result["place"]["region"] == "CA"
    assert result["place"]["country"] == "US"
    assert result["place"]["latitude"] == pytest.approx(north_of(HOME, 4)[0])
    assert result["place"]["longitude"] == HOME[1]
    assert result["place"]["approximate"] is False
    assert result["organization"] == {
        "slug": organization.slug,
        "name": "Bay Area Grief Network",
        "url": f"http://testserver/organizations/{organization.slug}/",
    }


def test_distance_is_null_without_near() -> None:
    group = GroupFactory()

    assert result_for(search(), group.slug)["distance_km"] is None


def test_an_approximate_place_is_shown_rounded() -> None:
    group = GroupFactory(
        place=PlaceFactory(latitude=37.871594, longitude=-122.272751, approximate=True)
    )

    place = result_for(search(), group.slug)["place"]

    assert (place["latitude"], place["longitude"]) == (37.87, -122.27)
    assert place["approximate"] is True
    assert "street" not in place


def test_closed_groups_are_left_out_and_paused_ones_kept() -> None:
    GroupFactory(status=Group.Status.CLOSED)
    paused = GroupFactory(status=Group.Status.PAUSED)

    assert found() == [paused.slug]


def test_results_come_in_pages() -> None:
    GroupFactory.create_batch(25)

    first = search().json()
    second = search(page=2).json()

    assert first["count"] == 25
    assert len(first["results"]) == 20
    assert first["previous"] is None
    assert first["next"] == "http://testserver/api/v1/groups/?page=2"
    assert len(second["results"]) == 5
    assert second["next"] is None
    assert second["previous"] == "http://testserver/api/v1/groups/"
    slugs = [r["slug"] for r in first["results"]] + [r["slug"] for r in second["results"]]
    assert len(set(slugs)) == 25


def test_an_empty_result_suggests_a_wider_radius_and_a_parent_concern() -> None:
    body = search(near=HOME_TEXT, concern="loss-of-a-spouse").json()

    assert body["count"] == 0
    suggestions = {suggestion["kind"]: suggestion for suggestion in body["suggestions"]}
    assert suggestions["radius"]["params"] == {"radius_km": 100}
    assert suggestions["concern"]["params"] == {"concern": "bereavement"}
    assert all(suggestion["message"] for suggestion in body["suggestions"])


def test_an_empty_in_person_search_suggests_online_groups() -> None:
    online = online_group(concerns=["loss-of-a-spouse"])
    asked = {"near": HOME_TEXT, "format": "in_person", "concern": "loss-of-a-spouse"}

    body = search(**asked).json()

    suggestions = {suggestion["kind"]: suggestion for suggestion in body["suggestions"]}
    assert suggestions["online"]["params"] == {"format": ""}
    assert found(**{**asked, **suggestions["online"]["params"]}) == [online.slug]


def test_following_a_suggestion_finds_groups() -> None:
    far = group_km_north(60, concerns=["loss-of-a-spouse"])
    parent = group_km_north(1, concerns=["bereavement"])
    asked = {"near": HOME_TEXT, "concern": "loss-of-a-spouse"}

    suggestions = {s["kind"]: s["params"] for s in search(**asked).json()["suggestions"]}

    assert found(**{**asked, **suggestions["radius"]}) == [far.slug]
    assert found(**{**asked, **suggestions["concern"]}) == [parent.slug]


def test_results_that_exist_carry_no_suggestions() -> None:
    GroupFactory()

    assert "suggestions" not in search().json()


def test_the_directory_page_shows_matching_groups(client: Client) -> None:
    widowed = group_km_north(3, name="Widowed Together")
    drinking = GroupFactory(name="Sober Sundays", concerns=["alcohol-use"])

    response = client.get("/groups/", {"q": "widow", "near": "Berkeley"})

    assert response.status_code == 200
    content = response.content.decode()
    assert widowed.name in content
    assert "3.0 km away" in content
    assert drinking.name not in content


def test_the_directory_page_suggests_how_to_widen_an_empty_search(client: Client) -> None:
    far = group_km_north(60, name="Far Widowed Circle", concerns=["loss-of-a-spouse"])
    parent = group_km_north(1, name="Near Grief Circle", concerns=["bereavement"])

    response = client.get("/groups/", {"near": HOME_TEXT, "concern": "loss-of-a-spouse"})

    assert response.status_code == 200
    assert "No group matches all of that yet." in response.content.decode()
    links = suggestion_links(response)
    wider = client.get(links["Search within 100 km."]).content.decode()
    assert far.name in wider
    broader = client.get(links["Look under “Bereavement”."]).content.decode()
    assert parent.name in broader
