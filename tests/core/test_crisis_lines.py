import datetime
import importlib
import json
import re
from collections.abc import Iterator
from io import StringIO
from pathlib import Path

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.template.loader import render_to_string
from django.test import Client, RequestFactory

from mutual.core.crisis import (
    COUNTRY_COOKIE,
    DATA_FILE,
    crisis_card_for_request,
    crisis_lines_for,
    read_crisis_file,
)
from mutual.core.models import CrisisCountry, CrisisLine
from tests.conftest import client_for
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def main(response: object) -> str:
    """The page without its header and footer, which every page shares."""
    page = response.content.decode()  # type: ignore[attr-defined]
    return page.split('<main id="main"', 1)[1].split("</main>", 1)[0]


def test_the_dataset_covers_25_countries_each_with_its_source_and_date_of_checking() -> None:
    countries = read_crisis_file()
    codes = [country["country"] for country in countries]
    assert len(set(codes)) == len(codes) >= 25
    for country in countries:
        assert country["emergency"]
        assert country["source"].startswith("https://"), country["country"]
        assert datetime.date.fromisoformat(country["checked_on"]) <= datetime.date(2026, 11, 27)
        assert country["lines"], country["country"]
        for line in country["lines"]:
            assert line["name"] and (line["phone"] or line["sms"] or line["url"])
            assert line["languages"]


def test_the_data_migration_loaded_every_country_of_the_dataset() -> None:
    countries = read_crisis_file()
    assert CrisisCountry.objects.count() == len(countries)
    assert CrisisLine.objects.count() == sum(len(country["lines"]) for country in countries)
    france = CrisisCountry.objects.get(country="FR")
    assert france.checked_on == datetime.date(2026, 11, 27)
    assert "3114" in [line.phone for line in france.lines.all()]


def test_the_data_migration_can_be_undone_and_redone() -> None:
    migration = importlib.import_module("mutual.core.migrations.0004_load_crisis_lines")
    apps = MigrationExecutor(connection).loader.project_state(
        ("core", "0004_load_crisis_lines")
    ).apps
    migration.unload(apps, None)
    assert not CrisisCountry.objects.exists()
    migration.load(apps, None)
    assert CrisisCountry.objects.count() == len(read_crisis_file())


def test_the_country_asked_for_is_shown_and_remembered() -> None:
    client = Client()
    response = client.get("/crisis/?country=es")
    page = main(response)
    assert "024" in page and "Línea 024" in page
    assert "112" in page
    assert response.cookies[COUNTRY_COOKIE].value == "ES"
    assert '<option value="ES" selected>' in page

    assert "024" in main(client.get("/crisis/"))


def test_without_a_choice_the_accounts_time_zone_then_the_default_country_is_used() -> None:
    assert "988" in main(Client().get("/crisis/"))
    parisian = UserFactory(time_zone="Europe/Paris")
    assert "3114" in main(client_for(parisian).get("/crisis/"))


def test_the_page_lists_the_source_and_the_date_of_checking() -> None:
    page = main(Client().get("/crisis/?country=GB"))
    assert "116 123" in page and 'href="tel:116123"' in page
    assert 'href="https://www.samaritans.org/how-we-can-help/contact-samaritan/"' in page
    assert "Checked on Nov. 27, 2026." in page


def test_an_unknown_country_gets_advice_and_the_choice_of_every_country() -> None:
    response = Client().get("/crisis/?country=ZZ")
    page = main(response)
    assert "call your local emergency number" in page
    assert COUNTRY_COOKIE not in response.cookies
    assert page.count("<option ") == CrisisCountry.objects.count()


def test_the_page_says_mutual_is_not_a_crisis_service_and_does_not_name_methods() -> None:
    page = main(Client().get("/crisis/?country=US"))
    assert "Mutual is not a crisis service." in page
    words = re.sub(r"<[^>]+>", " ", page).lower()
    for word in ("pill", "rope", "overdose", "jump", "method"):
        assert word not in words


def test_the_page_speaks_the_visitors_language_around_the_lines() -> None:
    page = main(Client(HTTP_ACCEPT_LANGUAGE="fr").get("/crisis/?country=FR"))
    assert "Mutual n\u2019est pas un service d\u2019écoute de crise." in page
    assert "3114" in page


@pytest.fixture
def admin_client() -> Client:
    staff = UserFactory(is_staff=True, is_superuser=True)
    TOTP.activate(staff, generate_totp_secret())
    return client_for(staff)


def change_form(country: CrisisCountry, **changes: str) -> dict[str, str]:
    """The admin's change form for `country` as it would come back, with `changes` to its
    first line."""
    lines = list(country.lines.all())
    data = {
        "country": country.country.code,
        "emergency": country.emergency,
        "source": country.source,
        "checked_on": country.checked_on.isoformat(),
        "lines-TOTAL_FORMS": str(len(lines)),
        "lines-INITIAL_FORMS": str(len(lines)),
        "lines-MIN_NUM_FORMS": "0",
        "lines-MAX_NUM_FORMS": "1000",
        "_save": "Save",
    }
    for index, line in enumerate(lines):
        fields = {
            "id": str(line.pk), "country": str(country.pk), "position": str(line.position),
            "name": line.name, "phone": line.phone, "sms": line.sms,
            "sms_keyword": line.sms_keyword, "url": line.url, "hours": line.hours,
            "languages": line.languages,
        }
        if index == 0:
            fields.update(changes)
        data.update({f"lines-{index}-{key}": value for key, value in fields.items()})
    return data


def test_a_staff_edit_in_the_admin_shows_on_the_card_at_once(
    admin_client: Client, django_capture_on_commit_callbacks: object
) -> None:
    assert "3114" in main(Client().get("/crisis/?country=FR"))  # the card is now cached
    france = CrisisCountry.objects.get(country="FR")

    with django_capture_on_commit_callbacks(execute=True):  # type: ignore[operator]
        response = admin_client.post(
            f"/admin/core/crisiscountry/{france.pk}/change/",
            change_form(france, phone="0800 000 3114", hours="9:00-21:00"),
        )

    assert response.status_code == 302
    page = main(Client().get("/crisis/?country=FR"))
    assert "0800 000 3114" in page and "Open: 9:00-21:00." in page


def test_a_line_with_a_language_code_that_does_not_exist_is_refused(admin_client: Client) -> None:
    france = CrisisCountry.objects.get(country="FR")
    response = admin_client.post(
        f"/admin/core/crisiscountry/{france.pk}/change/", change_form(france, languages="fr,xx")
    )
    assert response.status_code == 200
    assert "Not ISO 639-1 codes: xx." in response.content.decode()
    assert france.lines.first().languages == "fr"


def test_the_cards_are_read_in_one_query_and_then_from_memory(
    django_assert_num_queries: object, django_capture_on_commit_callbacks: object
) -> None:
    with django_assert_num_queries(1):  # type: ignore[operator]
        crisis_lines_for("FR")
        crisis_lines_for("US")
    with django_assert_num_queries(0):  # type: ignore[operator]
        assert crisis_lines_for("ZZ") is None
        assert crisis_lines_for(None).country == "US"  # type: ignore[union-attr]


def test_the_helper_picks_the_country_as_the_page_does() -> None:
    factory = RequestFactory()
    asked = factory.get("/groups/x/", {"country": "mx"})
    assert crisis_card_for_request(asked).country == "MX"  # type: ignore[union-attr]
    remembered = factory.get("/groups/x/")
    remembered.COOKIES[COUNTRY_COOKIE] = "NZ"
    assert crisis_card_for_request(remembered).country == "NZ"  # type: ignore[union-attr]
    assert crisis_card_for_request(factory.get("/", {"country": "ZZ"})) is None


def test_the_card_template_shows_the_lines_at_once_and_advice_when_there_are_none() -> None:
    request = RequestFactory().get("/groups/x/threads/1/")
    card = render_to_string(
        "includes/crisis_card.html", {"crisis_card": crisis_lines_for("CA")}, request
    )
    assert 'href="tel:988"' in card and "Kids Help Phone" in card
    assert "Text CONNECT to 686868" in card
    assert 'href="/crisis/"' in card
    advice = render_to_string("includes/crisis_card.html", {"crisis_card": None}, request)
    assert "call your local emergency number" in advice


@pytest.fixture
def dataset(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "crisis_lines.json"
    path.write_text(DATA_FILE.read_text(encoding="utf-8"), encoding="utf-8")
    yield path


def load(*arguments: str) -> str:
    out = StringIO()
    call_command("crisis-lines", "load", *arguments, stdout=out)
    return out.getvalue()


def test_loading_the_dataset_again_changes_nothing_and_puts_back_what_differs(
    dataset: Path, django_capture_on_commit_callbacks: object
) -> None:
    total = len(read_crisis_file())
    assert load() == f"0 countries added, 0 updated, {total} unchanged, 0 removed.\n"

    CrisisLine.objects.filter(country__country="FR", phone="3114").update(phone="9999")
    extra = CrisisCountry.objects.create(
        country="LU", emergency="112", source="https://example.org/", checked_on="2026-11-01"
    )
    with django_capture_on_commit_callbacks(execute=True):  # type: ignore[operator]
        assert load("--file", str(dataset)) == (
            f"0 countries added, 1 updated, {total - 1} unchanged, 0 removed.\n"
        )
    assert "3114" in main(Client().get("/crisis/?country=FR"))
    assert CrisisCountry.objects.filter(pk=extra.pk).exists()

    assert load("--prune").endswith("1 removed.\n")
    assert not CrisisCountry.objects.filter(pk=extra.pk).exists()


def test_a_new_country_in_the_file_is_added(dataset: Path) -> None:
    data = json.loads(dataset.read_text(encoding="utf-8"))
    data["countries"].append({
        "country": "lu", "emergency": "112", "source": "https://www.113.lu/",
        "checked_on": "2026-11-27",
        "lines": [{"name": "Kanner-Jugendtelefon", "phone": "116 111", "url": "",
                   "hours": None, "languages": ["lb", "de", "fr"]}],
    })
    dataset.write_text(json.dumps(data), encoding="utf-8")
    assert load("--file", str(dataset)).startswith("1 countries added, 0 updated")
    assert CrisisCountry.objects.get(country="LU").lines.get().languages == "lb,de,fr"


def test_dumping_gives_back_the_datasets_countries(tmp_path: Path) -> None:
    target = tmp_path / "dump.json"
    call_command("crisis-lines", "dump", "--file", str(target), stdout=StringIO())
    dumped = json.loads(target.read_text(encoding="utf-8"))
    original = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    assert dumped["about"] == original["about"]
    by_code = {country["country"]: country for country in original["countries"]}
    for country in dumped["countries"]:
        source = by_code[country["country"]]
        assert country["emergency"] == source["emergency"]
        assert [line["phone"] for line in country["lines"]] == [
            line["phone"] for line in source["lines"]
        ]
