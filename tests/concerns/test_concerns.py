"""The concern tree: what people can look for, and the groups under each concern."""

from typing import Any

import pytest
from django.test import Client

from mutual.concerns.models import Concern
from mutual.groups.models import Group
from tests.conftest import client_for
from tests.factories import GroupFactory, MembershipFactory
from tests.groups.helpers import suggestion_links

pytestmark = pytest.mark.django_db

TOP_LEVELS = [
    ("addiction", "Addiction and habits"),
    ("mental-health", "Mental health"),
    ("physical-health", "Physical health, disability and rare conditions"),
    ("family-caregiving", "Family and caregiving"),
    ("bereavement", "Bereavement"),
    ("parenting", "Parenting"),
    ("abuse-trauma-crime", "Abuse, trauma and crime"),
    ("life-transitions", "Life transitions and lifestyles"),
    ("identity-community", "Identity and community"),
]


def test_the_tree_has_nine_top_levels_and_at_least_120_concerns_each_described() -> None:
    assert Concern.objects.count() >= 120
    top = Concern.objects.filter(parent=None).order_by("position", "name")
    assert [(concern.slug, concern.name) for concern in top] == TOP_LEVELS
    assert not Concern.objects.filter(description="").exists()
    assert all(concern.children.exists() for concern in top)


def test_the_api_serves_the_whole_tree(client: Client) -> None:
    response = client.get("/api/v1/concerns/")

    assert response.status_code == 200
    tree = response.json()
    assert [(node["slug"], node["name"]) for node in tree] == TOP_LEVELS

    def walk(nodes: list[dict]) -> list[dict]:
        return [found for node in nodes for found in [node, *walk(node["children"])]]

    every = walk(tree)
    assert len(every) == Concern.objects.count()
    assert all(node["description"] for node in every)
    bereavement = next(node for node in tree if node["slug"] == "bereavement")
    spouse = next(n for n in bereavement["children"] if n["slug"] == "loss-of-a-spouse")
    assert "widow" in spouse["synonyms"]


def test_the_concerns_page_lists_the_tree(client: Client) -> None:
    response = client.get("/concerns/")

    assert response.status_code == 200
    content = response.content.decode()
    for slug, _name in TOP_LEVELS:
        assert f'href="/concerns/{slug}/"' in content
    assert 'href="/concerns/loss-of-an-adult-child/"' in content


def test_a_concern_page_lists_its_groups_and_its_descendants_groups(client: Client) -> None:
    general = GroupFactory(name="Grief Café", concerns=["bereavement"])
    widowed = GroupFactory(name="Widowed Walkers", concerns=["loss-of-a-spouse"])
    parents = GroupFactory(name="Adult Child Loss Circle", concerns=["loss-of-an-adult-child"])
    drinking = GroupFactory(name="Sober Sundays", concerns=["alcohol-use"])

    response = client.get("/concerns/bereavement/")

    assert response.status_code == 200
    content = response.content.decode()
    assert "Bereavement" in content
    for shown in (general, widowed, parents):
        assert shown.name in content
    assert drinking.name not in content
    assert 'href="/concerns/loss-of-a-spouse/"' in content


def test_a_more_specific_concern_page_shows_where_it_sits(client: Client) -> None:
    widowed = GroupFactory(name="Widowed Walkers", concerns=["loss-of-a-spouse"])
    general = GroupFactory(name="Grief Café", concerns=["bereavement"])

    response = client.get("/concerns/loss-of-a-spouse/")

    content = response.content.decode()
    assert widowed.name in content
    assert general.name not in content
    assert 'href="/concerns/bereavement/"' in content


@pytest.mark.parametrize("visitor", ["anonymous", "member"])
def test_a_concern_page_never_lists_secret_groups(visitor: str) -> None:
    secret = GroupFactory(name="Hidden Harbour", visibility=Group.Visibility.SECRET)
    member = MembershipFactory(group=secret).user
    GroupFactory(name="Open Harbour")

    response = client_for(member if visitor == "member" else None).get(
        "/concerns/loss-of-a-spouse/"
    )

    content = response.content.decode()
    assert "Open Harbour" in content
    assert secret.name not in content


def test_a_concern_page_does_not_reveal_a_listed_groups_concern(client: Client) -> None:
    GroupFactory(
        name="Harbour Circle", visibility=Group.Visibility.LISTED,
        description="We meet behind the chapel on Thursdays.",
    )

    content = client.get("/concerns/loss-of-a-spouse/").content.decode()

    # A listed group shows only its name, and only to a search by name.
    assert "Harbour Circle" not in content
    assert "We meet behind the chapel on Thursdays." not in content
    by_name = client.get("/groups/", {"q": "harbour"}).content.decode()
    assert "Harbour Circle" in by_name


def test_a_concern_page_without_groups_says_so_and_points_to_the_broader_concern(
    client: Client,
) -> None:
    general = GroupFactory(name="Grief Café", concerns=["bereavement"])

    response = client.get("/concerns/loss-of-a-spouse/")

    assert "No group matches all of that yet." in response.content.decode()
    broader = client.get(suggestion_links(response)["Look under “Bereavement”."])
    assert general.name in broader.content.decode()


def test_an_unknown_concern_is_404(client: Client) -> None:
    assert client.get("/concerns/no-such-concern/").status_code == 404


def test_a_synonym_added_to_a_concern_finds_its_groups_at_once(
    client: Client, django_capture_on_commit_callbacks: Any
) -> None:
    from mutual.concerns.actions import save_concern
    from mutual.concerns.models import Concern

    group = GroupFactory(name="Thursday Circle", concerns=["gambling"])
    assert client.get("/api/v1/groups/", {"q": "pokies"}).json()["count"] == 0

    concern = Concern.objects.get(slug="gambling")
    concern.synonyms = [*concern.synonyms, "pokies"]
    with django_capture_on_commit_callbacks(execute=True):
        save_concern(concern=concern, actor=None)

    found = client.get("/api/v1/groups/", {"q": "pokies"}).json()["results"]
    assert [result["slug"] for result in found] == [group.slug]
