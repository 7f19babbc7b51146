"""Work a post sets off that must not hold up the person posting."""

import re

from django.utils.translation import gettext_lazy
from django_tasks import task

from mutual.discussions.models import Post, Visibility
from mutual.groups.models import Membership

REPLY_MESSAGE = gettext_lazy("%(name)s replied to your thread in %(group)s.")
MENTION_MESSAGE = gettext_lazy("%(name)s mentioned you in %(group)s.")
A_MEMBER = gettext_lazy("A member")
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
    """Tell the thread's author about a reply and each mentioned member about a mention.

    A constant number of queries whatever the group's size: the members' names are read
    once (only when the post has an @), and each kind of notice is one bulk insert.
    """
    from mutual.notifications.actions import notify

    post = Post.objects.select_related("thread__group", "group").filter(
        pk=post_id, status=Visibility.VISIBLE).first()
    if post is None:
        return
    group, thread = post.group, post.thread
    members = Membership.objects.filter(group=group, status=Membership.Status.ACTIVE)
    if "@" not in post.body:
        members = members.filter(user_id__in=[post.author_id, thread.author_id])
    names = dict(members.values_list("user_id", "display_name"))
    author_name = A_MEMBER if post.anonymous else names.get(post.author_id) or A_MEMBER
    url = post.get_absolute_url()
    params = {"name": author_name, "group": group.name}
    told: set[int] = set()
    if "@" in post.body:
        lookup = {name.lower(): user_id for user_id, name in names.items()}
        told = mentioned(post.body, lookup) - {post.author_id}
        notify(recipients=told, kind="mention", message=MENTION_MESSAGE, params=params,
               group=group, url=url)
    thread_author = thread.author_id
    if (not post.is_opening and thread_author and thread_author not in told
            and thread_author in names):
        notify(recipients=[thread_author], kind="reply", message=REPLY_MESSAGE,
               params=params, group=group, url=url, exclude=post.author_id)
