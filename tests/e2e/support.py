"""What the e2e tests share besides fixtures: the browser to drive and the story's groups."""

from dataclasses import dataclass
from pathlib import Path

import pytest

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
