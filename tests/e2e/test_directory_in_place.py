"""The directory's filters update the results in place (htmx) without breaking the page."""

import re

import pytest
from playwright.sync_api import Page, Response, expect

from tests.e2e.support import Directory, needs_chromium

pytestmark = [pytest.mark.e2e, needs_chromium]

SEARCH = "/groups/?q=grief&near=Berkeley"


def _from_htmx(response: Response) -> bool:
    return response.request.headers.get("hx-request") == "true"


def _ready(page: Page) -> None:
    page.goto(SEARCH)
    expect(page.locator("#results .result")).to_have_count(3)
    page.wait_for_function("() => window.htmx !== undefined")
    page.evaluate("() => { window.stillThisPage = true; }")


def _filter_peer_led(page: Page) -> None:
    with page.expect_response(_from_htmx):
        page.get_by_label("Led by").select_option(label="Peer-led")


def test_the_led_by_filter_updates_results_in_place(page: Page, directory: Directory) -> None:
    _ready(page)

    _filter_peer_led(page)

    expect(page.locator("#results .result")).to_have_count(1)
    expect(page.locator("#results .result")).to_contain_text(directory.peers.name)
    expect(page.locator("#results .count")).to_contain_text("1 group found")
    expect(page).to_have_url(re.compile(r"[?&]led_by=peers(&|$)"))
    assert page.evaluate("() => window.stillThisPage") is True, "the page was reloaded"


def test_back_after_filtering_shows_the_whole_directory(page: Page, directory: Directory) -> None:
    _ready(page)
    _filter_peer_led(page)
    expect(page.locator("#results .result")).to_have_count(1)

    page.get_by_role("link", name=directory.peers.name).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(directory.peers.name)
    page.go_back()

    expect(page).to_have_url(re.compile(r"[?&]led_by=peers(&|$)"))
    expect(page.get_by_role("heading", level=1, name="Find a group")).to_be_visible(timeout=2_000)
    expect(page.get_by_label("Led by")).to_have_value("peers")


def test_an_unknown_place_typed_in_the_filters_is_explained(
    page: Page, directory: Directory
) -> None:
    _ready(page)

    page.get_by_label("Where?").fill("Nowhereville")
    with page.expect_response(_from_htmx):
        page.get_by_label("Where?").press("Enter")

    expect(page.get_by_text("We could not find “Nowhereville”")).to_be_visible(timeout=2_000)


def test_a_field_error_is_announced_with_its_field(page: Page, directory: Directory) -> None:
    page.goto("/groups/?q=grief&near=Nowhereville")
    where = page.get_by_label("Where?")
    expect(where).to_have_attribute("aria-invalid", "true")

    expect(where).to_have_accessible_description(re.compile("We could not find"), timeout=2_000)
