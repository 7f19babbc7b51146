"""WCAG 2.2 AA, as far as axe-core can tell, on the pages members, facilitators and moderators
use in a group's peer space."""

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone
from playwright.sync_api import Browser, Page
from pytest_django.live_server_helper import LiveServer

from mutual.accounts.models import User
from mutual.discussions import actions as discussions
from mutual.discussions.models import Thread
from mutual.groups.models import Group, Membership
from mutual.moderation.actions import file_report
from tests.e2e.support import needs_chromium, signed_in
from tests.e2e.test_accessibility import BLOCKING, _describe
from tests.factories import GroupFactory, MembershipFactory, ModeratorFactory, UserFactory

pytestmark = [pytest.mark.e2e, needs_chromium]


@dataclass
class Space:
    group: Group
    thread: Thread
    people: dict[str, User]


@pytest.fixture
def space(live_server: LiveServer) -> Space:
    group = GroupFactory(name="Parents Remembering", slug="parents-remembering",
                         visibility=Group.Visibility.PRIVATE, allows_anonymous_posts=True)
    old = timezone.now() - dt.timedelta(days=60)
    member = UserFactory(date_joined=old)
    facilitator = UserFactory(date_joined=old)
    MembershipFactory(group=group, user=member, display_name="Sam's mum")
    MembershipFactory(group=group, user=facilitator, display_name="River",
                      role=Membership.Role.FACILITATOR)
    MembershipFactory(group=group, display_name="Waiting Willow",
                      status=Membership.Status.PENDING, request_message="May I join?")
    thread = discussions.start_thread(
        actor=member, group=group, title="Books that helped",
        body="A few that helped me:\n\n- *The Bereaved Parent*\n- [a link](https://example.org)",
        content_note="loss")
    reply = discussions.reply(actor=facilitator, thread=thread, body="**Thank you** for these.")
    discussions.thank(actor=member, post=reply)
    discussions.reply(actor=member, thread=thread, body="I want to end my life tonight.")
    file_report(actor=member, group=group, post=reply, reason="other", text="Please look.")
    return Space(group, thread, {"member": member, "facilitator": facilitator,
                                 "moderator": ModeratorFactory()})


PAGES = [
    ("member", "/groups/parents-remembering/threads/"),
    ("member", "/groups/parents-remembering/threads/{thread}/"),
    ("member", "/groups/parents-remembering/threads/new/"),
    ("member", "/groups/parents-remembering/milestones/"),
    ("member", "/groups/parents-remembering/membership/"),
    ("member", "/groups/parents-remembering/members/"),
    ("member", "/notifications/"),
    ("member", "/notifications/settings/"),
    ("member", "/moderation/decisions/"),
    ("facilitator", "/groups/parents-remembering/members/"),
    ("facilitator", "/groups/parents-remembering/invitations/"),
    ("facilitator", "/groups/parents-remembering/moderation/"),
    ("moderator", "/moderation/"),
]


@pytest.fixture
def pages(browser: Browser, live_server: LiveServer, space: Space) -> Iterator[dict[str, Page]]:
    contexts = {side: signed_in(browser, live_server, user)
                for side, user in space.people.items()}
    yield {side: context.new_page() for side, context in contexts.items()}
    for context in contexts.values():
        context.close()


def test_no_serious_accessibility_violations_in_the_peer_space(
    space: Space, pages: dict[str, Page]
) -> None:
    found = {}
    for side, path in PAGES:
        page = pages[side]
        response = page.goto(path.format(thread=space.thread.pk))
        assert response is not None and response.status == 200, (side, path)
        page.wait_for_load_state("load")
        blocking = [v for v in Axe().run(page).response["violations"] if v["impact"] in BLOCKING]
        if blocking:
            found[f"{side} {path}"] = _describe(blocking)
    assert not found, "\n".join(f"{where}:\n{what}" for where, what in found.items())
