"""WCAG 2.2 AA, as far as axe-core can tell, on the pages a newcomer passes through."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

from tests.e2e.support import Directory, needs_chromium

pytestmark = [pytest.mark.e2e, needs_chromium]

BLOCKING = {"serious", "critical"}


def _describe(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        targets = "; ".join(", ".join(node["target"]) for node in violation["nodes"])
        lines.append(f"{violation['id']} ({violation['impact']}): {targets}")
    return "\n".join(lines)


@pytest.mark.parametrize(
    "path",
    [
        pytest.param("/", id="home"),
        pytest.param("/groups/?q=grief&near=Berkeley", id="directory"),
        pytest.param("/groups/widowed-together-berkeley/", id="group"),
    ],
)
def test_no_serious_accessibility_violations(page: Page, directory: Directory, path: str) -> None:
    page.goto(path)
    page.wait_for_load_state("load")

    violations = Axe().run(page).response["violations"]

    blocking = [violation for violation in violations if violation["impact"] in BLOCKING]
    assert not blocking, f"axe-core found on {path}:\n{_describe(blocking)}"
