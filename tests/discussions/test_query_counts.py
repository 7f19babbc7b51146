"""A thread page runs the same SQL queries for 5 posts as for 50; so do the list and the API."""

from typing import Any

import pytest
from django.urls import reverse

from mutual.accounts.models import User
from mutual.discussions.models import Thanks, Thread
from mutual.groups.models import Group
from tests.conftest import Cast, client_for
from tests.discussions.helpers import start, write
from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db

# Session, user, group, the viewer's membership, thread, posts, authors' names, thanks.
THREAD_PAGE_QUERIES = 8
# Session, user, group, membership, count, page of threads, today's milestones, helped.
THREAD_LIST_QUERIES = 8


def conversation(cast: Cast, posts: int) -> Thread:
    """A thread of `posts` posts by several members, some anonymous, noted, held or thanked,
    and some by the viewer (cast.member) with thanks from others."""
    Group.objects.filter(pk=cast.group.pk).update(allows_anonymous_posts=True)
    people = [MembershipFactory(group=cast.group).user for _ in range(4)]
    thread = start(cast.group, cast.member)
    for n in range(posts - 1):
        author: User = cast.member if n % 4 == 0 else people[n % 4]
        post = write(thread, author, f"Reply {n} with **care**",
                     anonymous=n % 5 == 3, content_note="loss" if n % 7 == 2 else "",
                     status="held" if n % 9 == 8 else "visible")
        if n % 3 == 0:
            Thanks.objects.create(post=post, user=cast.facilitator)
        if n % 4 == 1:
            Thanks.objects.create(post=post, user=cast.member)
    return thread


@pytest.mark.parametrize("posts", [5, 50])
@pytest.mark.parametrize("viewer", ["member", "facilitator"])
def test_the_thread_page_queries_do_not_grow_with_posts(
    cast: Cast, django_assert_num_queries: Any, posts: int, viewer: str
) -> None:
    thread = conversation(cast, posts)
    client = client_for(getattr(cast, viewer))

    with django_assert_num_queries(THREAD_PAGE_QUERIES):
        response = client.get(thread.get_absolute_url())

    assert response.status_code == 200
    assert response.content.decode().count('class="result post') >= posts - posts // 9


@pytest.mark.parametrize("posts", [5, 50])
def test_polling_and_the_api_do_not_grow_with_posts(
    cast: Cast, django_assert_max_num_queries: Any, posts: int
) -> None:
    thread = conversation(cast, posts)
    client = client_for(cast.member)

    with django_assert_max_num_queries(THREAD_PAGE_QUERIES):
        assert client.get(reverse("thread-posts", args=[cast.group.slug, thread.pk])
                          + "?after=0").status_code == 200
    # The API also counts the posts for its pages.
    with django_assert_max_num_queries(THREAD_PAGE_QUERIES + 1):
        assert client.get(f"/api/v1/threads/{thread.pk}/posts/?page_size=100"
                          ).status_code == 200


@pytest.mark.parametrize("threads", [3, 30])
def test_the_thread_list_queries_do_not_grow_with_threads(
    cast: Cast, django_assert_num_queries: Any, threads: int
) -> None:
    for n in range(threads):
        thread = start(cast.group, cast.facilitator if n % 2 else cast.member, title=f"T{n}",
                       anonymous=n % 3 == 0)
        write(thread, cast.facilitator)
    client = client_for(cast.member)

    with django_assert_num_queries(THREAD_LIST_QUERIES):
        assert client.get(reverse("thread-list", args=[cast.group.slug])).status_code == 200
    with django_assert_num_queries(THREAD_LIST_QUERIES):
        assert client.get(reverse("thread-list", args=[cast.group.slug]) + "?q=T"
                          ).status_code == 200
    with django_assert_num_queries(6):
        assert client.get(f"/api/v1/groups/{cast.group.slug}/threads/").status_code == 200
