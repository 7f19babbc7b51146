"""Writing to an organization through its page: anyone may, its address stays private, robots
and floods are turned away, and the history keeps that a message went, not what it said."""

from dataclasses import dataclass

import pytest
from django.core import mail
from django.test import Client

from mutual.accounts.models import User
from mutual.audit.models import AuditEvent
from mutual.organizations.contact_actions import MESSAGES_PER_HOUR
from mutual.organizations.models import Organization, Stewardship
from tests.conftest import client_for
from tests.factories import GroupFactory, MembershipFactory, OrganizationFactory, UserFactory

pytestmark = pytest.mark.django_db

URL = "/organizations/harbour/contact/"
SIDES = ["anonymous", "member", "other_steward", "steward", "staff"]


@dataclass
class Sides:
    organization: Organization
    member: User
    steward: User
    other_steward: User
    staff: User


@pytest.fixture
def sides(db: None) -> Sides:
    organization = OrganizationFactory(
        name="Harbour Drop-in Centre", slug="harbour", contact_email="private@harbour.example",
        phone="+1 510 555 0100", website="https://harbour.example.org")
    member = MembershipFactory(group=GroupFactory(organization=organization)).user
    steward = UserFactory()
    Stewardship.objects.create(organization=organization, user=steward)
    other_steward = UserFactory()
    Stewardship.objects.create(organization=OrganizationFactory(), user=other_steward)
    return Sides(organization, member, steward, other_steward, UserFactory(is_staff=True))


def who(sides: Sides, side: str) -> User | None:
    return None if side == "anonymous" else getattr(sides, side)


def message(**changes: str) -> dict[str, str]:
    return {"name": "Sam", "email": "sam@example.net",
            "message": "Do you have a group for carers on Saturdays?", "website": "", **changes}


@pytest.mark.parametrize("side", SIDES)
def test_anyone_can_write_and_never_sees_the_address(sides: Sides, side: str) -> None:
    client = client_for(who(sides, side))

    page = client.get(URL)
    response = client.post(URL, message())

    assert page.status_code == 200
    assert "private@harbour.example" not in page.content.decode()
    assert response.status_code == 302
    assert response["Location"] == "/organizations/harbour/"
    [sent] = mail.outbox
    assert sent.to == ["private@harbour.example"]
    assert sent.reply_to == ["Sam <sam@example.net>"]
    assert "Harbour Drop-in Centre" in sent.subject
    assert "Do you have a group for carers on Saturdays?" in sent.body
    followed = client.get(response["Location"])
    assert "Your message is on its way" in followed.content.decode()
    assert "private@harbour.example" not in followed.content.decode()


def test_a_signed_in_person_finds_their_address_filled_in(sides: Sides) -> None:
    page = client_for(sides.member).get(URL).content.decode()

    assert f'value="{sides.member.email}"' in page


def test_the_history_says_a_message_went_but_not_what_it_said(sides: Sides) -> None:
    client_for(sides.member).post(URL, message(message="My private worry."))

    event = AuditEvent.objects.get(verb="organization.contact")
    assert event.target_id == str(sides.organization.pk)
    assert event.actor == sides.member
    assert "My private worry." not in str(event.data)
    assert "sam@example.net" not in str(event.data)


def test_a_robot_filling_the_hidden_field_is_thanked_and_nothing_is_sent(sides: Sides) -> None:
    response = Client().post(URL, message(website="https://spam.example"))

    assert response.status_code == 302
    assert mail.outbox == []
    assert not AuditEvent.objects.filter(verb="organization.contact").exists()


def test_a_bad_address_keeps_the_message_typed(sides: Sides) -> None:
    response = Client().post(URL, message(email="sam at example", message="Keep me, please."))

    assert response.status_code == 400
    page = response.content.decode()
    assert "Keep me, please." in page
    assert 'id="id_email_error"' in page
    assert mail.outbox == []


def test_an_empty_message_is_refused_beside_the_field(sides: Sides) -> None:
    response = Client().post(URL, message(message=""))

    assert response.status_code == 400
    assert 'id="id_message_error"' in response.content.decode()
    assert mail.outbox == []


def test_many_messages_from_one_connection_are_slowed(sides: Sides) -> None:
    client = Client()
    for _number in range(MESSAGES_PER_HOUR):
        assert client.post(URL, message()).status_code == 302

    response = client.post(URL, message(message="One more, kept."))

    assert response.status_code == 429
    assert "try again in an hour" in response.content.decode()
    assert "One more, kept." in response.content.decode()
    assert len(mail.outbox) == MESSAGES_PER_HOUR


def test_many_messages_from_one_person_are_slowed_whatever_the_connection(sides: Sides) -> None:
    client = client_for(sides.member)
    for number in range(MESSAGES_PER_HOUR):
        client.post(URL, message(), REMOTE_ADDR=f"10.0.0.{number}")

    response = client.post(URL, message(), REMOTE_ADDR="10.0.1.1")

    assert response.status_code == 429


def test_without_an_address_the_page_offers_the_phone_and_website(sides: Sides) -> None:
    Organization.objects.filter(pk=sides.organization.pk).update(contact_email="")

    page = Client().get(URL)
    posted = Client().post(URL, message())

    assert page.status_code == 200
    content = page.content.decode()
    assert "has not given an address for messages" in content
    assert "+1 510 555 0100" in content
    assert "https://harbour.example.org" in content
    assert "<textarea" not in content
    assert posted.status_code == 200
    assert mail.outbox == []


def test_an_unknown_organization_is_not_found(db: None) -> None:
    assert Client().get("/organizations/nowhere/contact/").status_code == 404
