"""A newcomer finds a group in a real browser, by mouse and by keyboard alone."""

import re

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.e2e.support import Directory, needs_chromium

pytestmark = [pytest.mark.e2e, needs_chromium]

FOCUSED_OUTLINE = """() => {
    const style = getComputedStyle(document.activeElement);
    return {style: style.outlineStyle, width: parseFloat(style.outlineWidth)};
}"""


def results(page: Page) -> Locator:
    return page.locator("#results .result")


def test_a_newcomer_searches_from_home_and_reaches_a_group(
    page: Page, directory: Directory
) -> None:
    page.goto("/")
    page.get_by_label("What are you looking for?").fill("grief")
    page.get_by_label("Where?").fill("Berkeley")
    page.get_by_role("search").get_by_role("button", name="Search").click()

    expect(page).to_have_url(re.compile(r"/groups/\?.*q=grief.*near=Berkeley"))
    expect(results(page)).to_have_count(3)
    for group in (directory.peers, directory.professionals, directory.online):
        expect(results(page).filter(has_text=group.name)).to_have_count(1)
    expect(results(page).filter(has_text=directory.far_away.name)).to_have_count(0)
    for group in (directory.peers, directory.professionals):
        expect(results(page).filter(has_text=group.name)).to_contain_text("km away")
    expect(results(page).filter(has_text=directory.peers.name)).to_contain_text("Peer-led")
    expect(results(page).filter(has_text=directory.professionals.name)).to_contain_text(
        "Professionally led"
    )
    online = results(page).filter(has_text=directory.online.name)
    expect(online).to_contain_text("Online")
    expect(online).not_to_contain_text("km away")

    page.get_by_role("link", name=directory.peers.name).click()

    expect(page).to_have_url(re.compile(re.escape(directory.peers.get_absolute_url()) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(directory.peers.name)
    expect(page.locator("dt", has_text="Who runs it")).to_be_visible()
    expect(page.locator("dt", has_text="Who may come")).to_be_visible()
    expect(page.get_by_role("link", name="Write to this group")).to_be_visible()
    assert directory.peers.contact_email not in page.content()


def test_keyboard_alone_reaches_results_with_a_visible_focus(
    page: Page, directory: Directory
) -> None:
    page.goto("/")

    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    outline = page.evaluate(FOCUSED_OUTLINE)
    assert outline["style"] != "none" and outline["width"] > 0, outline

    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    search = page.get_by_label("What are you looking for?")
    expect(search).to_be_focused()
    outline = page.evaluate(FOCUSED_OUTLINE)
    assert outline["style"] != "none" and outline["width"] > 0, outline

    page.keyboard.type("grief")
    page.keyboard.press("Tab")
    expect(page.get_by_label("Where?")).to_be_focused()
    page.keyboard.type("Berkeley")
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/groups/\?.*q=grief.*near=Berkeley"))
    expect(results(page)).to_have_count(3)
