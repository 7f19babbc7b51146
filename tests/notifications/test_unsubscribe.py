"""One-click unsubscribe: from the link in the email, from the mail program, and undone."""

from typing import Any
from urllib.parse import urlsplit

from django.core import mail
from django.test import Client
from django.urls import reverse

from mutual.groups.models import Membership
from mutual.meetings.reminders import UNSUBSCRIBE_SALT as REMINDER_SALT
from mutual.notifications.actions import notify
from mutual.notifications.emails import unsubscribe_token
from tests.conftest import Cast, client_for
from tests.factories import GroupFactory, MembershipFactory


def url_for(user_id: int, group_id: int | None, what: str) -> str:
    return reverse("notification-unsubscribe",
                   args=[unsubscribe_token(user_id=user_id, group_id=group_id, what=what)])


def settings_of(user: Any, group: Any) -> tuple:
    m = Membership.objects.get(user=user, group=group)
    return (m.email_replies, m.email_mentions, m.email_milestones, m.digest)


def test_opening_the_link_in_an_email_stops_that_kind_at_once_without_signing_in(
        cast: Cast, django_capture_on_commit_callbacks: Any) -> None:
    MembershipFactory(user=cast.member, group=cast.other_group)
    with django_capture_on_commit_callbacks(execute=True):
        notify(recipients=[cast.member.pk], kind="reply", message="A reply.", group=cast.group)
    [message] = mail.outbox
    link = urlsplit(message.extra_headers["List-Unsubscribe"].strip("<>")).path
    assert link in message.body
    page = Client().get(link)
    assert page.status_code == 200
    text = page.content.decode()
    assert f"You will no longer get emails about replies to your threads in {cast.group.name}" \
        in text
    assert 'name="undo"' in text
    assert settings_of(cast.member, cast.group)[0] is False
    assert settings_of(cast.member, cast.other_group)[0] is True


def test_the_mail_programs_one_click_post_works_without_login_or_csrf(cast: Cast) -> None:
    client = Client(enforce_csrf_checks=True)
    response = client.post(url_for(cast.member.pk, cast.group.pk, "mentions"),
                           "List-Unsubscribe=One-Click",
                           content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    assert settings_of(cast.member, cast.group)[1] is False


def test_undo_puts_back_what_was_stopped(cast: Cast) -> None:
    second = MembershipFactory(user=cast.member, group=GroupFactory(), digest="daily")
    client = Client(enforce_csrf_checks=True)
    link = url_for(cast.member.pk, None, "digest")
    page = client.get(link).content.decode()
    assert Membership.objects.get(pk=second.pk).digest == "none"
    assert settings_of(cast.member, cast.group)[3] == "none"
    undo = page.split('name="undo" value="')[1].split('"')[0]
    restored = client.post(link, {"undo": undo})
    assert restored.status_code == 200 and "as they were" in restored.content.decode()
    assert Membership.objects.get(pk=second.pk).digest == "daily"
    assert settings_of(cast.member, cast.group)[3] == "weekly"


def test_all_email_from_a_group_stops_every_kind_there(cast: Cast) -> None:
    Membership.objects.filter(user=cast.member).update(email_milestones=True)
    page = Client().get(url_for(cast.member.pk, cast.group.pk, "all")).content.decode()
    assert settings_of(cast.member, cast.group) == (False, False, False, "none")
    assert "still sent" in page


def test_a_link_for_something_already_off_says_so(cast: Cast) -> None:
    page = Client().get(url_for(cast.member.pk, cast.group.pk, "milestones")).content.decode()
    assert "already off" in page and 'name="undo"' not in page


def test_a_tampered_or_foreign_link_is_refused_kindly(cast: Cast) -> None:
    from django.core import signing

    token = unsubscribe_token(user_id=cast.member.pk, group_id=cast.group.pk, what="replies")
    forged = signing.dumps({"u": cast.facilitator.pk, "g": cast.group.pk, "w": "all"},
                           salt=REMINDER_SALT)
    for bad in (token[:-2] + "xx", token.replace(":", ":a", 1), forged, "nonsense"):
        response = Client().get(reverse("notification-unsubscribe", args=[bad]))
        assert response.status_code == 400
        assert "copying the whole link" in response.content.decode()
    assert settings_of(cast.member, cast.group)[0] is True
    assert settings_of(cast.facilitator, cast.group) == (True, True, False, "weekly")


def test_an_undo_made_for_someone_else_is_refused(cast: Cast) -> None:
    client = Client()
    theirs = client.get(url_for(cast.facilitator.pk, cast.group.pk, "replies")).content.decode()
    undo = theirs.split('name="undo" value="')[1].split('"')[0]
    response = client_for(None).post(url_for(cast.member.pk, cast.group.pk, "replies"),
                                     {"undo": undo})
    assert response.status_code == 400
    assert settings_of(cast.facilitator, cast.group)[0] is False
