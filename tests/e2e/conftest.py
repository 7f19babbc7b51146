"""Playwright driving Debian's chromium against pytest-django's live server."""

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, Route, sync_playwright
from pytest_django.live_server_helper import LiveServer

from mutual.groups.models import Group
from tests.e2e.browser import ARTIFACTS, CHROMIUM, LAUNCH_ARGS
from tests.factories import GroupFactory, PlaceFactory

# Playwright's sync API keeps an event loop on this thread for the whole session, and Django
# refuses ORM calls under a running loop; the test and the server thread never share one.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

LOCAL_HOSTS = {"localhost", "127.0.0.1", "[::1]", "::1"}


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield browser
        browser.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> object:
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


def _only_this_machine(route: Route) -> None:
    # The pages must work offline; nothing may leave 127.0.0.1.
    if urlsplit(route.request.url).hostname in LOCAL_HOSTS:
        route.continue_()
    else:
        route.abort()


@pytest.fixture(autouse=True)
def _reference_data(live_server: LiveServer, django_db_serialized_rollback: None) -> None:
    """Bring back the concerns and languages that migrations load: the flush after every
    transactional (live server) test removes them."""


@pytest.fixture
def page(browser: Browser, live_server: LiveServer, request: pytest.FixtureRequest) -> Iterator[Page]:
    """A fresh browser context per test, pointed at the live server."""
    context = browser.new_context(
        base_url=live_server.url, locale="en-US", viewport={"width": 1280, "height": 900}
    )
    context.set_default_timeout(10_000)
    context.route("**/*", _only_this_machine)
    page = context.new_page()
    yield page
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        name = re.sub(r"[^\w.-]+", "_", request.node.nodeid)
        page.screenshot(path=ARTIFACTS / f"{name}.png", full_page=True)
    context.close()


@dataclass
class Directory:
    """Groups a newcomer in Berkeley looking for help with grief should find, and one not."""

    peers: Group
    professionals: Group
    online: Group
    far_away: Group


@pytest.fixture
def directory(live_server: LiveServer) -> Directory:
    from mutual.core.models import Language; from mutual.concerns.models import Concern; print("DEBUG", Language.objects.count(), Concern.objects.count())
    return Directory(
        peers=GroupFactory(
            name="Widowed Together Berkeley",
            slug="widowed-together-berkeley",
            concerns=["loss-of-a-spouse"],
            led_by=Group.LedBy.PEERS,
            languages=["en"],
            place=PlaceFactory(),
            contact_email="widowed-together@example.org",
        ),
        professionals=GroupFactory(
            name="Grupo de duelo del East Bay",
            slug="grupo-de-duelo-east-bay",
            concerns=["bereavement"],
            led_by=Group.LedBy.PROFESSIONALS,
            languages=["es"],
            place=PlaceFactory(latitude=37.8591, longitude=-122.2853, postal_code="94703"),
            contact_email="duelo@example.org",
        ),
        online=GroupFactory(
            name="Grief Circle Online",
            slug="grief-circle-online",
            concerns=["bereavement"],
            led_by=Group.LedBy.CO_LED,
            format=Group.Format.ONLINE,
            place=None,
            languages=["en"],
            contact_email="grief-online@example.org",
        ),
        far_away=GroupFactory(
            name="Boston Bereavement Fellowship",
            slug="boston-bereavement-fellowship",
            concerns=["bereavement"],
            place=PlaceFactory(
                locality="Boston", region="MA", latitude=42.3601, longitude=-71.0589,
                time_zone="America/New_York", postal_code="02108",
            ),
        ),
    )
