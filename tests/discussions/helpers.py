"""Conversations written straight into the database, as they would be after posting."""

import datetime
from typing import Any

from django.utils import timezone

from mutual.accounts.models import User
from mutual.discussions.markdown import render
from mutual.discussions.models import Post, Thread
from mutual.groups.models import Group


def start(group: Group, author: User, title: str = "Getting through the evenings",
          body: str = "Evenings are the hardest. What helps you?", **fields: Any) -> Thread:
    """A thread with its opening post; `fields` go to the post (anonymous, status…)."""
    thread = Thread.objects.create(group=group, title=title, author=author,
                                   last_post_at=timezone.now(),
                                   status=fields.get("status", "visible"))
    write(thread, author, body, is_opening=True, **fields)
    return thread


def write(thread: Thread, author: User | None, body: str = "A walk after dinner helps me.",
          ago: datetime.timedelta | None = None, **fields: Any) -> Post:
    post = Post.objects.create(thread=thread, group=thread.group, author=author, body=body,
                               body_html=render(body), **fields)
    if ago is not None:
        Post.objects.filter(pk=post.pk).update(created_at=timezone.now() - ago)
        post.refresh_from_db()
    if not post.is_opening and post.status == "visible":
        Thread.objects.filter(pk=thread.pk).update(reply_count=thread.posts.filter(
            is_opening=False, status="visible").count(), last_post_at=post.created_at)
    return post


def thread_url(thread: Thread, name: str = "thread-detail", slug: str | None = None) -> str:
    from django.urls import reverse

    return reverse(name, args=[slug or thread.group.slug, thread.pk])


def post_url(post: Post, name: str, slug: str | None = None) -> str:
    from django.urls import reverse

    return reverse(name, args=[slug or post.group.slug, post.pk])
