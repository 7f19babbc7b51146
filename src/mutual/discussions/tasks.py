"""Work a post sets off that must not hold up the person posting."""

import re

from django.utils.translation import gettext_lazy
from django_tasks import task

from mutual.discussions.models import Post, Visibility
from mutual.groups.models import Membership

REPLY_MESSAGE = gettext_lazy("%(name)s replied to your thread in %(group)s.")
MENTION_MESSAGE = gettext_lazy("%(name)s mentioned you in %(group)s.")
MENTION_START = re.compile(r"(?:^|(?<=[\s(]))@")


def mentioned(text: str, names: dict[str, int]) -> set[int]:
    """The members a text mentions as @Display Name, matching the longest name at each @."""
    found: set[int] = set()
    lowered = text.lower()
    longest = max((len(name) for name in names), default=0)
    for match in MENTION_START.finditer(lowered):
        start = match.end()
        window = lowered[start:start + longest]
        for length in range(len(window), 0, -1):
            candidate = window[:length]
            end = start + length
            if candidate in names and (end == len(lowered) or not lowered[end].isalnum()):
                found.add(names[candidate])
                break
    return found


@task()
def fan_out_post(post_id: int) -> None:
    """Tell the thread's author about a reply and each mentioned member about a mention."""
    from mutual.notifications.actions import notify

    post = Post.objects.select_related("thread", "group").filter(
        pk=post_id, status=Visibility.VISIBLE).first()
    if post is None:
        return
    group, thread = post.group, post.thread
    members = Membership.objects.filter(group=group, status=Membership.Status.ACTIVE)
    author_name = (
        gettext_lazy("A member") if post.anonymous
        else members.filter(user_id=post.author_id).values_list(
            "display_name", flat=True).first() or gettext_lazy("A member")
    )
    url = post.get_absolute_url()
    params = {"name": author_name, "group": group.name}
    told: set[int] = set()
    if "@" in post.body:
        names = {name.lower(): user_id for user_id, name in members.values_list(
            "user_id", "display_name")}
        told = mentioned(post.body, names) - {post.author_id}
        notify(recipients=told, kind="mention", message=MENTION_MESSAGE, params=params,
               group=group, url=url)
    thread_author = thread.author_id
    if (not post.is_opening and thread_author and thread_author not in told
            and members.filter(user_id=thread_author).exists()):
        notify(recipients=[thread_author], kind="reply", message=REPLY_MESSAGE,
               params=params, group=group, url=url, exclude=post.author_id)
