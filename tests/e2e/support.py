"""What the e2e tests share besides fixtures: the browser to drive and the story's groups."""

from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from playwright.sync_api import Browser, BrowserContext
from pytest_django.live_server_helper import LiveServer

from mutual.accounts.models import User
from mutual.groups.models import Group

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    # Back and Forward then load from the HTTP cache, as they do whenever a browser has not
    # kept the page in its back-forward cache.
    "--disable-features=BackForwardCache",
    # Nothing may leave this machine: other hosts go to a proxy that is not there, loopback
    # bypasses it. (page.route would also do, but it turns off the HTTP cache.)
    "--proxy-server=http://127.0.0.1:9",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="Debian's chromium is not installed (apt-get install chromium); .ci/run installs it",
)


@dataclass
class Directory:
    """Groups a newcomer in Berkeley looking for help with grief should find, and one not."""

    peers: Group
    professionals: Group
    online: Group
    far_away: Group


def signed_in(browser: Browser, live_server: LiveServer, user: User) -> BrowserContext:
    """A browser context with a session for `user`, as if they had signed in."""
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    context = browser.new_context(base_url=live_server.url, locale="en-US",
                                  viewport={"width": 1280, "height": 900})
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session.session_key,
                          "url": live_server.url}])
    context.set_default_timeout(15_000)
    return context
