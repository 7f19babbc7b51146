"""Conversations for the demonstration: a few threads in the demo member's and the demo
facilitator's groups, with thanks, a milestone, and one post held by the crisis check so that
the moderation queue has something in it.

Written directly, not through the posting actions: the demo's people would otherwise meet the
posting limits of new accounts, and the held post needs no alert sent to anyone.
"""

import datetime as dt
from typing import Any

from django.utils import timezone

from mutual.accounts.models import User
from mutual.discussions.markdown import render
from mutual.discussions.models import Milestone, Post, Thanks, Thread, Visibility
from mutual.groups.models import Group, Membership
from mutual.moderation.actions import HELD_FOR_AUTHOR
from mutual.moderation.models import ModerationAction

PARENTS_GROUP = "Parents Remembering \N{EN DASH} Berkeley"
# (group name, title, [(who, days ago, text)]): "who" is "member", "facilitator" or the nth
# other active member of the group ("1", "2", …).
THREADS: list[tuple[str, str, list[tuple[str, float, str]]]] = [
    (PARENTS_GROUP, "The first birthday without her", [
        ("member", 6, "Sam would have been 19 next week. Last year I hid at home all day. "
                      "How do you get through the birthdays?"),
        ("1", 5.8, "We go to the beach she loved and each of us says one thing we remember. "
                   "It still hurts, but it gives the day a shape."),
        ("2", 5.1, "I take the day off and let myself be sad. Then I make his favourite "
                   "dinner. **You don't have to be strong on that day.**"),
        ("member", 5, "Thank you both. The beach is a good idea — Sam loved the water too."),
    ]),
    (PARENTS_GROUP, "Books that helped", [
        ("2", 12, "A few that helped me, in case they help someone else:\n\n"
                  "- *The Bereaved Parent* by Harriet Sarnoff Schiff\n"
                  "- *Option B* by Sheryl Sandberg and Adam Grant\n\n"
                  "What would you add?"),
        ("member", 11, "*Lament for a Son* by Nicholas Wolterstorff. Short, and honest."),
    ]),
    ("Berkeley Widowed Peer Circle", "Welcome, and how this space works", [
        ("facilitator", 30, "Welcome to the circle's space between meetings. The same rules "
                            "as in the room: what is shared here stays here, and we speak "
                            "from our own experience.\n\nIf you are in crisis, please use the "
                            "crisis lines linked at the bottom of every page."),
    ]),
    ("Berkeley Widowed Peer Circle", "Sorting the paperwork", [
        ("1", 3, "Six months on and I still have a pile of his letters I can't open. Did "
                 "anyone find a way to start?"),
        ("facilitator", 2.5, "Twenty minutes a day with a timer, and a friend on the phone. "
                             "It went faster than I feared."),
    ]),
]
HELD = ("Berkeley Widowed Peer Circle", "Sorting the paperwork", "2", 0.2,
        "Some nights I don't want to be here anymore. I don't know how to go on.")


def seed_discussions(groups: dict[str, Group], roles: dict[str, User]) -> int:
    """Write the demo conversations; returns how many posts were written."""
    now = timezone.now()
    by_group: dict[str, dict[str, int]] = {}
    for name in {thread[0] for thread in THREADS}:
        group = groups[name]
        members = Membership.objects.filter(group=group, status=Membership.Status.ACTIVE)
        people = {m.user_id: m for m in members}
        others = [uid for uid in sorted(people) if uid not in {u.pk for u in roles.values()}]
        who = {str(position): uid for position, uid in enumerate(others, start=1)}
        for role, user in roles.items():
            if user.pk in people:
                who[role] = user.pk
        by_group[name] = who
    posts = 0
    threads: dict[tuple[str, str], Thread] = {}
    for name, title, written in THREADS:
        group, who = groups[name], by_group[name]
        written = [entry for entry in written if entry[0] in who]
        if not written:
            continue
        thread = Thread.objects.create(
            group=group, title=title, author_id=who[written[0][0]],
            last_post_at=now - dt.timedelta(days=written[-1][1]),
            reply_count=len(written) - 1,
        )
        Thread.objects.filter(pk=thread.pk).update(
            created_at=now - dt.timedelta(days=written[0][1]))
        threads[(name, title)] = thread
        made = []
        for position, (author, days, text) in enumerate(written):
            made.append(_post(thread, who[author], text, now - dt.timedelta(days=days),
                              opening=position == 0))
        posts += len(made)
        if len(made) > 1 and made[0].author_id != made[1].author_id:
            Thanks.objects.create(post=made[1], user_id=made[0].author_id)
    posts += _held_post(groups, by_group, threads, now)
    member = roles.get("member")
    if member is not None and PARENTS_GROUP in groups:
        today = timezone.localdate()
        Milestone.objects.create(
            group=groups[PARENTS_GROUP], user=member,
            kind=Milestone.Kind.ANNIVERSARY, label="Sam's birthday",
            date=today.replace(year=today.year - 19) if not (
                today.month == 2 and today.day == 29) else today.replace(year=2004),
        )
    return posts


def _post(thread: Thread, author_id: int, text: str, at: dt.datetime, *, opening: bool,
          **fields: Any) -> Post:
    post = Post.objects.create(
        thread=thread, group=thread.group, author_id=author_id, is_opening=opening, body=text,
        body_html=render(text, images=thread.group.allows_outside_images), **fields,
    )
    Post.objects.filter(pk=post.pk).update(created_at=at)
    return post


def _held_post(groups: dict[str, Group], by_group: dict[str, dict[str, int]],
               threads: dict[tuple[str, str], Thread], now: dt.datetime) -> int:
    name, title, author, days, text = HELD
    thread, who = threads.get((name, title)), by_group.get(name, {})
    if thread is None or author not in who:
        return 0
    post = _post(thread, who[author], text, now - dt.timedelta(days=days), opening=False,
                 status=Visibility.HELD, crisis_flagged=True, status_reason=str(HELD_FOR_AUTHOR))
    ModerationAction.objects.create(
        group=groups[name], kind=ModerationAction.Kind.HOLD, post=post, subject_id=post.author_id,
        reason="The crisis check found words that may mean someone is in danger.",
    )
    return 1
