"""Issue 5's story in a real browser: a steward describes who runs her drop-in centre and the
page says it is a mutual-assistance organization, criterion by criterion; when the board
changes, the page says so and keeps the history."""

from collections.abc import Callable

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from mutual.accounts.models import User
from mutual.organizations.models import Stewardship
from tests.e2e.support import needs_chromium
from tests.factories import OrganizationFactory, UserFactory

pytestmark = [pytest.mark.e2e, needs_chromium]


def _no_serious_violations(page: Page) -> None:
    results = Axe().run(page)
    serious = [v for v in results.response["violations"]
               if v["impact"] in ("serious", "critical")]
    assert not serious, [(v["id"], [n["target"] for n in v["nodes"]]) for v in serious]


def test_a_steward_states_the_governance_profile_and_sees_the_classification_change(
    sign_in: Callable[[User], Page],
) -> None:
    expect.set_options(timeout=15_000)
    organization = OrganizationFactory(name="Harbour Drop-in Centre", slug="harbour")
    steward = UserFactory(display_name="Ines")
    Stewardship.objects.create(organization=organization, user=steward)
    page = sign_in(steward)

    page.goto("/organizations/harbour/")
    expect(page.locator(".classification")).to_have_text(
        "Not enough is stated to say who leads it")
    page.get_by_role("link", name="Describe who runs it").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Who runs Harbour Drop-in Centre")
    _no_serious_violations(page)

    page.get_by_label("Does the person who leads the organization day to day have lived "
                      "experience?").select_option(label="Yes")
    page.get_by_label("Paid staff", exact=True).fill("4")
    page.get_by_label("Paid staff with lived experience").fill("3")
    page.get_by_label("Volunteers", exact=True).fill("10")
    page.get_by_label("Volunteers with lived experience").fill("9")
    page.get_by_label("Board seats", exact=True).fill("9")
    page.get_by_label("Board seats held by people with lived experience").fill("7")
    page.get_by_label("Who can hire and fire the professionals who work for it?").select_option(
        label="The board")
    page.get_by_role("button", name="Save").click()

    expect(page.get_by_role("status")).to_contain_text(
        "The governance profile is saved. The page now says: Mutual-assistance organization.")
    expect(page.locator(".classification")).to_have_text("Mutual-assistance organization")
    expect(page.locator(".criteria")).to_contain_text(
        "7 of 9 board seats (78 %) are held by people with lived experience")

    # A mistake is refused beside the field, with what she typed kept.
    page.get_by_role("link", name="Describe who runs it").click()
    board_lived = page.get_by_label("Board seats held by people with lived experience")
    expect(board_lived).to_have_value("7")
    page.get_by_label("Board seats", exact=True).fill("5")
    board_lived.fill("6")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("alert")).to_contain_text(
        "More board seats held by people with lived experience than seats.")
    expect(page.get_by_label("Board seats", exact=True)).to_have_value("5")
    _no_serious_violations(page)

    # The board changes: three of nine seats now.
    page.get_by_label("Board seats", exact=True).fill("9")
    board_lived.fill("3")
    page.get_by_role("button", name="Save").click()

    expect(page.locator(".classification")).to_have_text(
        "Partnership of self-helpers and professionals")
    expect(page.locator(".criteria")).to_contain_text(
        "3 of 9 board seats (33 %) are held by people with lived experience")
    page.get_by_text("History").click()
    history = page.locator(".governance details li")
    expect(history).to_have_count(2)
    expect(history.first).to_contain_text("Partnership of self-helpers and professionals")
    expect(history.last).to_contain_text("Mutual-assistance organization")
