"""Threads, posts and crowds for notification tests, made without the posting checks."""

from django.utils import timezone

from mutual.accounts.models import User
from mutual.discussions.models import Post, Thread, Visibility
from mutual.groups.models import Group, Membership
from tests.factories import PASSWORD


def make_thread(group: Group, author: User, title: str = "How do you get through Sundays?",
                status: str = Visibility.VISIBLE) -> Thread:
    thread = Thread.objects.create(group=group, title=title, author=author,
                                   last_post_at=timezone.now(), status=status)
    Post.objects.create(thread=thread, group=group, author=author, is_opening=True,
                        body="Sundays are the hardest.", body_html="<p>Sundays</p>",
                        status=status)
    return thread


def make_reply(thread: Thread, author: User, body: str = "I walk by the sea.",
               status: str = Visibility.VISIBLE, anonymous: bool = False) -> Post:
    post = Post.objects.create(thread=thread, group=thread.group, author=author, body=body,
                               body_html=f"<p>{body}</p>", status=status, anonymous=anonymous)
    if status == Visibility.VISIBLE:
        Thread.objects.filter(pk=thread.pk).update(last_post_at=post.created_at)
    return post


def crowd(group: Group, count: int, *, prefix: str = "Neighbour") -> list[User]:
    """`count` active members of `group`, made in bulk."""
    start = User.objects.count()
    users = User.objects.bulk_create([
        User(email=f"{prefix.lower()}{start + n}@example.org", password=PASSWORD)
        for n in range(count)
    ])
    Membership.objects.bulk_create([
        Membership(group=group, user=user, display_name=f"{prefix} {start + n}")
        for n, user in enumerate(users)
    ])
    return users

