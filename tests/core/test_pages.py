import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/", "/groups/", "/concerns/", "/organizations/", "/crisis/",
                                  "/accounts/login/"])
def test_every_page_says_it_is_not_a_crisis_service_and_links_the_crisis_card(path: str) -> None:
    page = Client().get(path).content.decode()
    assert "Mutual is not a crisis service." in page
    assert 'href="/crisis/"' in page


def test_the_crisis_card_shows_the_lines_of_the_chosen_country() -> None:
    assert "3114" in Client().get("/crisis/?country=FR").content.decode()
    assert "988" in Client().get("/crisis/?country=US").content.decode()


def test_a_country_without_a_card_gets_general_advice() -> None:
    page = Client().get("/crisis/?country=ZZ").content.decode()
    assert "call your local emergency number" in page


def test_the_home_page_offers_the_search_and_the_concerns() -> None:
    page = Client().get("/").content.decode()
    assert 'name="q"' in page and 'name="near"' in page
    assert "Bereavement" in page and "Addiction and habits" in page


def test_api_docs_and_schema_are_served_without_outside_assets() -> None:
    schema = Client().get("/api/schema/")
    assert schema.status_code == 200
    assert b"/api/v1/groups/" in schema.content
    docs = Client().get("/api/docs/").content.decode()
    assert "cdn." not in docs and "unpkg" not in docs


def test_a_public_group_page_carries_schema_org_markup_and_a_listed_one_does_not() -> None:
    import json
    import re

    from mutual.groups.models import Group
    from tests.factories import GroupFactory

    public = GroupFactory(name="Widowed </script> Circle")
    page = Client().get(public.get_absolute_url()).content.decode()
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert found
    data = json.loads(found.group(1))
    assert data["@type"] == "Organization"
    assert data["name"] == "Widowed </script> Circle"
    assert data["address"]["addressLocality"] == "Berkeley"

    listed = GroupFactory(visibility=Group.Visibility.LISTED)
    assert "application/ld+json" not in Client().get(listed.get_absolute_url()).content.decode()


@pytest.mark.parametrize(
    ("language", "words"), [("es", "Encuentra un grupo"), ("fr", "Trouver un groupe")]
)
def test_the_interface_speaks_the_visitors_language(language: str, words: str) -> None:
    page = Client(HTTP_ACCEPT_LANGUAGE=language).get("/").content.decode()
    assert f'lang="{language}"' in page
    assert words in page


def test_a_visitor_can_switch_language_and_keep_it() -> None:
    client = Client()
    client.post("/i18n/setlang/", {"language": "fr", "next": "/groups/"})
    assert "Trouver un groupe" in client.get("/").content.decode()
