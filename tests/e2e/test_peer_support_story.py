"""Issue 4's story in a real browser: a bereaved mother asks to join a private group, is
admitted, asks a question, gets a reply, thanks the helper, shares an anniversary the group
sees on the day; later a post in crisis is held, its author sees where to get help at once,
and the facilitator is alerted."""

import datetime as dt
import re
from collections.abc import Callable

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone
from playwright.sync_api import Page, expect

from mutual.accounts.models import User
from mutual.discussions.queries import group_today
from mutual.groups.models import Group, Membership
from tests.e2e.support import needs_chromium
from tests.factories import GroupFactory, MembershipFactory, UserFactory

pytestmark = [pytest.mark.e2e, needs_chromium]

HELD = "I want to end my life. I can't go on without him."


def _no_serious_violations(page: Page) -> None:
    results = Axe().run(page)
    serious = [v for v in results.response["violations"]
               if v["impact"] in ("serious", "critical")]
    assert not serious, [(v["id"], [n["target"] for n in v["nodes"]]) for v in serious]


def test_request_admission_thread_reply_thanks_milestone_and_a_held_crisis_post(
    sign_in: Callable[[User], Page],
) -> None:
    expect.set_options(timeout=15_000)
    group = GroupFactory(name="Parents Remembering", slug="parents-remembering",
                         visibility=Group.Visibility.PRIVATE, concerns=["loss-of-a-child"])
    river = UserFactory(display_name="River",
                        date_joined=timezone.now() - dt.timedelta(days=90))
    MembershipFactory(group=group, user=river, display_name="River",
                      role=Membership.Role.FACILITATOR)
    newcomer = UserFactory(display_name="")
    mother = sign_in(newcomer)
    facilitator = sign_in(river)

    # She asks to join under the name she chooses, accepting the group's rules.
    mother.goto("/groups/parents-remembering/")
    mother.get_by_role("link", name="Ask to join").click()
    expect(mother.locator("#group-rules")).to_contain_text("stays here")
    mother.get_by_label("Your name in this group").fill("Sam's mum")
    mother.get_by_label("A message to the facilitators (optional)").fill(
        "My son Sam died in March. A nurse told me about this group.")
    mother.get_by_label("I accept the group's rules").check()
    mother.get_by_role("button", name="Send my request").click()
    expect(mother.get_by_text("Waiting for admission")).to_be_visible()
    waiting = mother.goto("/groups/parents-remembering/threads/")
    assert waiting is not None and waiting.status == 404  # not before she is admitted

    # The facilitator reads the request and admits her; she is told.
    facilitator.goto("/groups/parents-remembering/members/")
    expect(facilitator.get_by_text("My son Sam died in March.")).to_be_visible()
    facilitator.get_by_role("button", name="Admit Sam's mum").click()
    mother.goto("/groups/parents-remembering/")
    expect(mother.get_by_role("link", name=re.compile("Notifications"))).to_contain_text(
        "1 unread notification")
    expect(mother.get_by_text("You are a member, known here as Sam's mum.")).to_be_visible()

    # She asks a question.
    mother.get_by_role("link", name="Discussions").click()
    mother.get_by_role("link", name="Start a conversation").click()
    mother.get_by_label("Title").fill("The first birthday without him")
    mother.get_by_label("Message").fill("Sam's birthday is next week. How do you get through it?")
    mother.get_by_role("button", name="Post").click()
    expect(mother.locator("h1")).to_have_text("The first birthday without him")

    # The facilitator replies; the reply appears on her open page without reloading.
    facilitator.goto("/groups/parents-remembering/threads/")
    facilitator.get_by_role("link", name="The first birthday without him").click()
    facilitator.get_by_label("Message").fill("We go to the beach he loved and say his name.")
    facilitator.get_by_role("button", name="Post reply").click()
    reply = mother.locator("li.post", has_text="We go to the beach he loved")
    expect(reply).to_be_visible(timeout=20_000)

    # She thanks him; he sees who thanked him, and nobody sees a count.
    reply.get_by_role("button", name="Thank you").click()
    expect(mother.locator("li.post", has_text="We go to the beach").get_by_role(
        "button", name="You thanked this")).to_be_visible()
    facilitator.reload()
    expect(facilitator.get_by_text("Thanked by Sam's mum")).to_be_visible()
    _no_serious_violations(mother)

    # She shares today's anniversary; the group sees it on the day and writes to her.
    mother.goto("/groups/parents-remembering/milestones/")
    mother.get_by_label("Kind").select_option(label="Anniversary")
    mother.get_by_label("What it marks").fill("Sam's birthday")
    # The group's day, counted in its place's zone: in some hours not the server's day.
    today = group_today(group)
    mother.get_by_label("Date").fill(today.replace(year=today.year - 18).isoformat()
                                     if (today.month, today.day) != (2, 29) else "2004-02-29")
    mother.get_by_role("button", name=re.compile("Save|Add")).click()
    facilitator.goto("/groups/parents-remembering/threads/")
    expect(facilitator.get_by_text(re.compile("Today: Sam's mum marks"))).to_be_visible()
    facilitator.get_by_role("link", name="Write to Sam's mum").click()
    expect(facilitator.get_by_label("Message")).to_have_value(re.compile("^@Sam's mum"))

    # A post in crisis waits for a person; she sees the crisis lines at once.
    mother.goto("/groups/parents-remembering/threads/")
    mother.get_by_role("link", name="The first birthday without him").click()
    mother.get_by_label("Message").fill(HELD)
    mother.get_by_role("button", name="Post reply").click()
    expect(mother.get_by_role("alert").first).to_contain_text("Thank you for telling us")
    expect(mother.locator(".held-help")).to_contain_text("988")
    _no_serious_violations(mother)

    # The facilitator is alerted and sees the held post in the group's queue.
    facilitator.goto("/notifications/")
    expect(facilitator.get_by_text(re.compile("held for review"))).to_be_visible()
    facilitator.goto("/groups/parents-remembering/moderation/")
    expect(facilitator.get_by_text(HELD)).to_be_visible()
