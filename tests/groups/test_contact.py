"""Writing to a group: the message arrives, the group's address stays hidden, abuse is slowed."""

from collections.abc import Callable
from typing import Any

import pytest
from django.core import mail
from django.http import HttpResponse
from django.test import Client

from mutual.audit.models import AuditEvent
from mutual.groups.models import Group
from tests.conftest import SIDES, Cast, client_for, person
from tests.factories import GroupFactory, OrganizationFactory

pytestmark = pytest.mark.django_db

Send = Callable[..., HttpResponse]

HIDDEN_GROUP_EMAIL = "quiet-harbour-facilitators@example.org"
HIDDEN_ORGANIZATION_EMAIL = "harbour-network-office@example.org"
MESSAGE = {
    "name": "Sam",
    "email": "sam@example.net",
    "message": "My husband died in March. Could I come to a meeting?",
    "website": "",
}


@pytest.fixture
def send(django_capture_on_commit_callbacks: Any) -> Send:
    """POST the contact form and run what the action schedules after its commit."""

    def post(client: Client, group: Group, data: dict[str, str] = MESSAGE) -> HttpResponse:
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(f"/groups/{group.slug}/contact/", data)

    return post


def test_a_message_reaches_the_group_with_reply_to_the_sender(client: Client, send: Send) -> None:
    group = GroupFactory(contact_email=HIDDEN_GROUP_EMAIL, name="Widowed Walkers of Berkeley")

    response = send(client, group)

    assert response.status_code == 302
    assert response["Location"] == f"/groups/{group.slug}/"
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == [HIDDEN_GROUP_EMAIL]
    assert email.reply_to == ["sam@example.net"]
    assert MESSAGE["message"] in email.body
    assert AuditEvent.objects.filter(verb="group.contact", target_id=str(group.pk)).count() == 1
    followed = client.get(response["Location"])
    assert "Your message is on its way." in followed.content.decode()


def test_the_subject_names_neither_the_group_nor_its_concern(client: Client, send: Send) -> None:
    group = GroupFactory(name="Widowed Walkers", concerns=["loss-of-a-spouse"])

    send(client, group)

    subject = mail.outbox[0].subject.lower()
    for word in ("widow", "walkers", "loss", "spouse", "partner", "bereave", "grief"):
        assert word not in subject


def test_a_group_without_an_address_uses_its_organizations(client: Client, send: Send) -> None:
    organization = OrganizationFactory(contact_email=HIDDEN_ORGANIZATION_EMAIL)
    group = GroupFactory(contact_email="", organization=organization)

    response = send(client, group)

    assert response.status_code == 302
    assert mail.outbox[0].to == [HIDDEN_ORGANIZATION_EMAIL]


def test_a_group_with_no_address_at_all_says_so_and_keeps_the_message(
    client: Client, send: Send
) -> None:
    group = GroupFactory(contact_email="")

    response = send(client, group)

    assert response.status_code == 400
    content = response.content.decode()
    assert "This group has no contact address yet." in content
    assert "My husband died in March." in content
    assert mail.outbox == []


def test_a_missing_email_address_is_asked_for_and_the_message_kept(
    client: Client, send: Send
) -> None:
    group = GroupFactory()

    response = send(client, group, {**MESSAGE, "email": "sam"})

    assert response.status_code == 400
    content = response.content.decode()
    assert "Enter a valid email address." in content
    assert "My husband died in March." in content
    assert mail.outbox == []


def test_the_sixth_message_within_the_hour_is_refused_and_kept(client: Client, send: Send) -> None:
    groups = GroupFactory.create_batch(2)
    for number in range(5):
        response = send(client, groups[number % 2])
        assert response.status_code == 302

    response = send(
        client, groups[0], {**MESSAGE, "message": "Sorry to write again: is Tuesday still on?"}
    )

    assert response.status_code == 429
    content = response.content.decode()
    assert "Please try again in 60 minutes." in content
    assert "Sorry to write again: is Tuesday still on?" in content
    assert len(mail.outbox) == 5
    assert AuditEvent.objects.filter(verb="group.contact").count() == 5


def test_another_client_is_not_slowed_by_the_first(client: Client, send: Send) -> None:
    group = GroupFactory()
    for _ in range(6):
        send(client, group)

    response = send(Client(REMOTE_ADDR="192.0.2.7"), group)

    assert response.status_code == 302
    assert len(mail.outbox) == 6


@pytest.mark.parametrize("side", SIDES)
def test_a_secret_groups_contact_page_is_hidden_from_outsiders(
    cast: Cast, send: Send, side: str
) -> None:
    Group.objects.filter(pk=cast.group.pk).update(visibility=Group.Visibility.SECRET)
    client = client_for(person(cast, side))

    page = client.get(f"/groups/{cast.group.slug}/contact/")
    sent = send(client, cast.group)

    if side in ("anonymous", "other_member"):
        assert (page.status_code, sent.status_code) == (404, 404)
        assert mail.outbox == []
    else:
        assert (page.status_code, sent.status_code) == (200, 302)
        assert len(mail.outbox) == 1


def test_a_listed_group_can_be_written_to(client: Client, send: Send) -> None:
    group = GroupFactory(visibility=Group.Visibility.LISTED, contact_email=HIDDEN_GROUP_EMAIL)

    assert client.get(f"/groups/{group.slug}/contact/").status_code == 200
    assert send(client, group).status_code == 302
    assert mail.outbox[0].to == [HIDDEN_GROUP_EMAIL]


@pytest.mark.parametrize("side", SIDES)
def test_the_contact_address_never_appears_in_a_page_or_the_api(cast: Cast, side: str) -> None:
    organization = OrganizationFactory(contact_email=HIDDEN_ORGANIZATION_EMAIL)
    Group.objects.filter(pk=cast.group.pk).update(
        contact_email=HIDDEN_GROUP_EMAIL, organization=organization
    )
    GroupFactory(visibility=Group.Visibility.LISTED, contact_email=HIDDEN_GROUP_EMAIL,
                 organization=organization)
    client = client_for(person(cast, side))
    slug = cast.group.slug
    urls = [
        "/groups/", "/groups/?q=circle&near=Berkeley", f"/groups/{slug}/",
        f"/groups/{slug}/contact/", "/api/v1/groups/", f"/api/v1/groups/{slug}/",
        "/organizations/", f"/organizations/{organization.slug}/", "/api/v1/organizations/",
        f"/api/v1/organizations/{organization.slug}/", "/concerns/loss-of-a-spouse/",
    ]

    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        content = response.content.decode()
        assert HIDDEN_GROUP_EMAIL not in content, url
        assert HIDDEN_ORGANIZATION_EMAIL not in content, url
