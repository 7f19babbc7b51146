"""Discussions, server time: run in its own process against the scale set.

    DATABASE_URL=... TASKS_BACKEND=database python -m bench.discussions OUT.json COUNT SEED

Adds, once, a public group of 5,000 members with a thread of 50 posts (thanks and a content
note among them) and a second thread to reply in. Then, as a member, through the whole stack
by django.test.Client (the time taken around the request, as bench.search does):
- the 50-post thread page, COUNT times, and its SQL query count;
- a reply posted COUNT times through the page (the crisis check, saving, the audit row and
  scheduling the notifications), by members taking turns, with the task backend set to the
  database so that notifications are only scheduled, as in production;
- then the fan-out of a reply with three @mentions in that group, run as the worker runs it,
  and whether the requests above made any notification themselves.
"""

import datetime
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

from bench.common import analyze
from bench.search import summarize

SLUG = "bench-discussion-5000"
MEMBERS = 5000
THREAD_POSTS = 50
# Real replies vary; a few carry links, lists and emphasis.
REPLIES = [
    "Thank you for sharing this. I felt the same in the first year.",
    "What helped me was a **walk every morning**, even a short one.",
    "I found this useful: https://example.org/grief-and-sleep",
    "Sending you strength today.\n\n- rest\n- water\n- someone to call",
    "The anniversaries are the hardest for me too. You are not alone here.",
    "I read *A Grief Observed* last winter and it said what I could not.",
    "This commute is killing me, but the group on Tuesdays keeps me going.",
    "Six months on, some days are better. Not all. That is all right.",
]


def _fixture() -> dict[str, Any]:
    from django.contrib.auth.hashers import make_password
    from django.db import transaction
    from django.utils import timezone

    from mutual.accounts.models import User
    from mutual.discussions.markdown import render
    from mutual.discussions.models import Post, Thanks, Thread
    from mutual.groups.models import Group, Membership

    group = Group.objects.filter(slug=SLUG).first()
    if group is None:
        with transaction.atomic():
            group = Group.objects.create(
                slug=SLUG, name="Evening Grief Circle (benchmark)", led_by="peers",
                format="online", visibility="public", description="For the benchmark.",
            )
            joined = timezone.now() - datetime.timedelta(days=60)
            unusable = make_password(None)
            users = User.objects.bulk_create(
                User(email=f"bench-member-{n}@bench.mutual.test", display_name=f"Member {n}",
                     password=unusable, date_joined=joined)
                for n in range(MEMBERS)
            )
            Membership.objects.bulk_create(
                Membership(group=group, user=user, display_name=f"Circle member {n}",
                           role="facilitator" if n == 0 else "member", admitted_at=joined)
                for n, user in enumerate(users)
            )
            rng = random.Random(7)
            now = timezone.now()
            for title, count in (("Getting through the evenings", THREAD_POSTS),
                                 ("Replies for the benchmark", 1)):
                thread = Thread.objects.create(group=group, title=title, author=users[1],
                                               last_post_at=now, reply_count=count - 1)
                posts = Post.objects.bulk_create(
                    Post(thread=thread, group=group, author=users[1 + (n * 37) % 400],
                         is_opening=n == 0, body=(text := rng.choice(REPLIES)),
                         body_html=render(text), anonymous=n % 11 == 5,
                         content_note="loss" if n % 13 == 7 else "")
                    for n in range(count)
                )
                Thanks.objects.bulk_create(
                    Thanks(post=post, user=users[2 + n]) for n, post in enumerate(posts[::3])
                    if post.author_id != users[2 + n].pk
                )
        analyze(*(model._meta.db_table for model in (Thread, Post, Thanks)))
    threads = list(group.threads.order_by("pk").values_list("pk", flat=True))
    members = list(Membership.objects.filter(group=group).order_by("pk")
                   .values_list("user_id", flat=True)[1:401])
    return {"group": group, "read": threads[0], "reply": threads[1], "members": members}


def run(count: int, seed: int) -> dict[str, Any]:
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from mutual.accounts.models import User
    from mutual.discussions.models import Post
    from mutual.discussions.tasks import fan_out_post
    from mutual.notifications.models import Notification

    # Pages name their static files; served from the app folders, as after collectstatic.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    if settings.TASKS["default"]["BACKEND"] != "django_tasks_db.DatabaseBackend":
        raise RuntimeError("Run with TASKS_BACKEND=database: notifications are scheduled.")
    fixture = _fixture()
    group = fixture["group"]
    users = User.objects.in_bulk(fixture["members"])
    reader = Client()
    reader.force_login(users[fixture["members"][0]])
    page = reverse("thread-detail", args=[SLUG, fixture["read"]])
    for _ in range(5):
        response = reader.get(page)
        if response.status_code != 200:
            raise RuntimeError(f"{page}: {response.status_code}")
    with CaptureQueriesContext(connection) as captured:
        reader.get(page)
    # Counted now: the next request clears the log the context reads from.
    page_queries = len(captured)
    shown = Post.objects.filter(thread_id=fixture["read"]).count()
    reading = []
    for _ in range(count):
        started = time.perf_counter()
        reader.get(page)
        reading.append((time.perf_counter() - started) * 1000)

    rng = random.Random(seed)
    notifications_before = Notification.objects.count()
    reply_url = reverse("thread-reply", args=[SLUG, fixture["reply"]])
    writers = []
    for user_id in fixture["members"][:100]:
        client = Client()
        client.force_login(users[user_id])
        client.get("/healthz")  # the first request of a client sets up what every one shares
        writers.append(client)
    posting = []
    for n in range(count):
        body = rng.choice(REPLIES) + f" ({n})"
        started = time.perf_counter()
        response = writers[n % len(writers)].post(reply_url, {"body": body})
        posting.append((time.perf_counter() - started) * 1000)
        if response.status_code not in (200, 302, 303):
            raise RuntimeError(f"{reply_url}: {response.status_code} {response.content[:300]!r}")
    made_inline = Notification.objects.count() - notifications_before

    mentioned = ", ".join(f"@Circle member {n}" for n in (3, 250, 4999))
    writer = writers[0]
    writer.post(reply_url, {"body": f"Thinking of you, {mentioned}."})
    post = Post.objects.filter(thread_id=fixture["reply"]).latest("pk")
    with CaptureQueriesContext(connection) as fan_queries:
        started = time.perf_counter()
        fan_out_post.call(post.pk)
        fan_ms = (time.perf_counter() - started) * 1000
    return {
        "group_members": group.memberships.count(),
        "thread_page": {"posts": shown, "queries": page_queries, **summarize(reading)},
        "reply": {**summarize(posting), "notifications_made_in_requests": made_inline},
        "fan_out": {"ms": round(fan_ms, 1), "queries": len(fan_queries),
                    "notified": Notification.objects.filter(
                        url__contains=f"#post-{post.pk}").count()},
    }


if __name__ == "__main__":
    out, count, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    out.write_text(json.dumps(run(count, seed), indent=2))
