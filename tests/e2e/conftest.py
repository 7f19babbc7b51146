"""Playwright driving Debian's chromium against pytest-django's live server."""

import re
from collections.abc import Callable, Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright
from pytest_django.live_server_helper import LiveServer

from mutual.accounts.models import User
from mutual.concerns.actions import load_concern_tree
from mutual.concerns.models import Concern
from mutual.core.crisis import read_crisis_file, sync_crisis_lines
from mutual.core.models import CrisisCountry, Language, iso_639_1_languages
from mutual.groups.models import Group
from mutual.places.lookup import warm_up
from tests.e2e.support import ARTIFACTS, CHROMIUM, LAUNCH_ARGS, Directory, signed_in
from tests.factories import GroupFactory, PlaceFactory


@pytest.fixture(scope="package", autouse=True)
def _orm_beside_playwright() -> Iterator[None]:
    """Between calls, Playwright's sync API marks an event loop as running on this thread, and
    Django then refuses ORM calls (SynchronousOnlyOperation), though nothing runs concurrently.

    Allowed for these tests only: set for the whole session, the variable reaches the
    subprocesses of other tests (`mutual check --deploy` rightly fails on it).
    """
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        yield


@pytest.fixture(scope="package", autouse=True)
def _gazetteer() -> None:
    """Build the offline place index (seconds of CPU) before any page waits on a search."""
    warm_up()


@pytest.fixture(scope="package")
def browser(_orm_beside_playwright: None) -> Iterator[Browser]:
    """One browser for all the e2e tests. Package scope, not session: stopping Playwright
    when they end clears its event loop, so the tests after them get Django's usual
    connections again."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield browser
        browser.close()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> object:
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture(autouse=True)
def _reference_data(transactional_db: None) -> None:
    """Put back the concerns, languages and crisis lines that migrations load; the flush after every
    transactional test removes them.

    Not `django_db_serialized_rollback`: Playwright's sync API marks an event loop as running
    on this thread, so Django hands the test a second connection object, one without the
    serialized contents, and nothing would be restored.
    """
    if not Concern.objects.exists():
        load_concern_tree()
    if not CrisisCountry.objects.exists():
        sync_crisis_lines(read_crisis_file())
    Language.objects.bulk_create(
        [Language(code=code, name=name) for code, name in iso_639_1_languages()],
        ignore_conflicts=True,
    )


@pytest.fixture
def page(
    browser: Browser, live_server: LiveServer, request: pytest.FixtureRequest
) -> Iterator[Page]:
    """A fresh browser context per test, pointed at the live server; a screenshot in
    test-artifacts/ when the test fails."""
    context = browser.new_context(
        base_url=live_server.url, locale="en-US", viewport={"width": 1280, "height": 900}
    )
    # Generous: under xdist two browsers and two servers share the machine.
    context.set_default_timeout(10_000)
    expect.set_options(timeout=10_000)
    page = context.new_page()
    yield page
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        name = re.sub(r"[^\w.-]+", "_", request.node.nodeid)
        page.screenshot(path=ARTIFACTS / f"{name}.png", full_page=True)
    context.close()


@pytest.fixture
def directory(live_server: LiveServer) -> Directory:
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
                locality="Boston",
                region="MA",
                latitude=42.3601,
                longitude=-71.0589,
                time_zone="America/New_York",
                postal_code="02108",
            ),
        ),
    )


@pytest.fixture
def sign_in(browser: Browser, live_server: LiveServer) -> Iterator[Callable[[User], Page]]:
    """Open a page signed in as a person; every context it opened is closed after the test,
    so that no page keeps polling the server while the next test resets the database."""
    contexts: list[BrowserContext] = []

    def open_page(user: User) -> Page:
        context = signed_in(browser, live_server, user)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()
