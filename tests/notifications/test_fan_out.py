"""A reply in a large group: nothing per member in the request, a few queries in the task."""

from typing import Any

from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from mutual.discussions.models import Post
from mutual.discussions.tasks import fan_out_post
from mutual.groups.models import Membership
from mutual.notifications.models import Notification
from tests.conftest import client_for
from tests.factories import GroupFactory, MembershipFactory
from tests.notifications.helpers import crowd, make_reply, make_thread


def queries_to_fan_out(post: Post, capture: Any) -> int:
    with CaptureQueriesContext(connection) as queries, capture(execute=True):
        fan_out_post.call(post.pk)
    return len(queries)


def mentioning(users: list[Any]) -> str:
    names = dict(Membership.objects.filter(user__in=users).values_list("user_id", "display_name"))
    return "Thank you " + ", ".join(f"@{names[user.pk]}" for user in users) + "."


def test_fan_out_costs_the_same_few_queries_for_a_group_of_300(
        db: None, django_capture_on_commit_callbacks: Any) -> None:
    small, large = GroupFactory(), GroupFactory()
    costs = []
    for group, size, mentioned in ((small, 5, 2), (large, 300, 2), (large, 300, 40)):
        people = crowd(group, size, prefix=f"Member{group.pk}x{mentioned}")
        thread = make_thread(group, people[0])
        post = make_reply(thread, people[1], body=mentioning(people[2:2 + mentioned]))
        mail.outbox.clear()
        costs.append(queries_to_fan_out(post, django_capture_on_commit_callbacks))
        assert Notification.objects.filter(url__endswith=f"#post-{post.pk}").count() == \
            mentioned + 1  # the thread's author hears of the reply
        assert len(mail.outbox) == mentioned + 1
    assert costs[0] == costs[1] == costs[2], costs
    assert costs[0] <= 14, costs


def test_the_reply_request_only_enqueues_the_fan_out(
        db: None, settings: Any, django_capture_on_commit_callbacks: Any) -> None:
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    group = GroupFactory()
    people = crowd(group, 60)
    author = MembershipFactory(group=group, display_name="Thread Starter").user
    writer = MembershipFactory(group=group, display_name="Replier").user
    thread = make_thread(group, author)
    body = mentioning(people[:50])
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client_for(writer).post(
            reverse("thread-reply", args=[group.slug, thread.pk]), {"body": body})
    assert response.status_code == 302, response.content.decode()
    assert callbacks
    assert not Notification.objects.exists()
    post = Post.objects.get(thread=thread, is_opening=False)
    queued = DBTaskResult.objects.get(task_path="mutual.discussions.tasks.fan_out_post")
    assert queued.args_kwargs["args"] == [post.pk]
    fan_out_post.call(post.pk)
    assert Notification.objects.filter(kind="mention").count() == 50
    assert Notification.objects.filter(kind="reply", recipient=author).count() == 1
