"""Facilitators and staff keep a group's page true; nobody else can change it."""

from typing import Any

import pytest

from mutual.audit.models import AuditEvent
from mutual.concerns.models import Concern
from mutual.groups.models import Group
from tests.conftest import Cast, client_for, person

pytestmark = pytest.mark.django_db


def form_data(group: Group, **changes: Any) -> dict[str, Any]:
    """What the edit form posts back when a person changes only `changes`."""
    data: dict[str, Any] = {
        "name": group.name,
        "description": group.description,
        "concerns": [concern.pk for concern in group.concerns.all()],
        "led_by": group.led_by,
        "audience": group.audience,
        "open_meetings": "on" if group.open_meetings else "",
        "format": group.format,
        "languages": [language.pk for language in group.languages.all()],
        "visibility": group.visibility,
        "status": group.status,
        "contact_email": group.contact_email,
        "website": group.website,
        "founded_year": group.founded_year or "",
    }
    if group.address_for_members_only:
        data["address_for_members_only"] = "on"
    data.update(changes)
    return {key: value for key, value in data.items() if value != ""}


@pytest.mark.parametrize("side", ["facilitator", "staff"])
def test_facilitators_and_staff_see_the_edit_form(cast: Cast, side: str) -> None:
    response = client_for(person(cast, side)).get(f"/groups/{cast.group.slug}/edit/")

    assert response.status_code == 200
    assert f'value="{cast.group.name}"' in response.content.decode()


@pytest.mark.parametrize("side", ["facilitator", "staff"])
def test_facilitators_and_staff_change_the_group(cast: Cast, side: str) -> None:
    group = cast.group
    grief = Concern.objects.get(slug="bereavement")
    data = form_data(
        group, name="Widowed Together", description="We walk on Saturday mornings.",
        led_by="co_led", concerns=[grief.pk], languages=["en", "es"],
    )

    response = client_for(person(cast, side)).post(f"/groups/{group.slug}/edit/", data)

    assert response.status_code == 302
    assert response["Location"] == f"/groups/{group.slug}/"
    group.refresh_from_db()
    assert group.name == "Widowed Together"
    assert group.description == "We walk on Saturday mornings."
    assert group.led_by == Group.LedBy.CO_LED
    assert list(group.concerns.values_list("slug", flat=True)) == ["bereavement"]
    assert set(group.languages.values_list("code", flat=True)) == {"en", "es"}
    event = AuditEvent.objects.get(verb="group.update")
    assert event.actor == person(cast, side)
    assert (event.target_type, event.target_id) == ("groups.group", str(group.pk))
    page = client_for(None).get(f"/groups/{group.slug}/").content.decode()
    assert "Widowed Together" in page
    assert "We walk on Saturday mornings." in page


def test_the_audit_event_says_which_fields_changed(cast: Cast) -> None:
    group = cast.group

    client_for(cast.facilitator).post(
        f"/groups/{group.slug}/edit/", form_data(group, name="Widowed Together")
    )

    assert "name" in AuditEvent.objects.get(verb="group.update").data["fields"]


@pytest.mark.parametrize("side", ["member", "other_member"])
def test_members_and_others_are_refused(cast: Cast, side: str) -> None:
    group = cast.group
    client = client_for(person(cast, side))

    page = client.get(f"/groups/{group.slug}/edit/")
    sent = client.post(f"/groups/{group.slug}/edit/", form_data(group, name="Taken Over"))

    assert (page.status_code, sent.status_code) == (403, 403)
    group.refresh_from_db()
    assert group.name != "Taken Over"
    assert not AuditEvent.objects.filter(verb="group.update").exists()


def test_the_anonymous_visitor_is_sent_to_sign_in(cast: Cast) -> None:
    group = cast.group
    client = client_for(None)

    page = client.get(f"/groups/{group.slug}/edit/")
    sent = client.post(f"/groups/{group.slug}/edit/", form_data(group, name="Taken Over"))

    login = f"/accounts/login/?next=/groups/{group.slug}/edit/"
    assert (page.status_code, page["Location"]) == (302, login)
    assert (sent.status_code, sent["Location"]) == (302, login)
    group.refresh_from_db()
    assert group.name != "Taken Over"


def test_a_secret_group_edit_page_is_hidden_from_others(cast: Cast) -> None:
    Group.objects.filter(pk=cast.group.pk).update(visibility=Group.Visibility.SECRET)

    response = client_for(cast.other_member).get(f"/groups/{cast.group.slug}/edit/")

    assert response.status_code == 404


def test_the_edit_link_shows_only_to_those_who_may_edit(cast: Cast) -> None:
    link = f'href="/groups/{cast.group.slug}/edit/"'

    for side, shown in [("facilitator", True), ("staff", True), ("member", False),
                        ("other_member", False), ("anonymous", False)]:
        page = client_for(person(cast, side)).get(f"/groups/{cast.group.slug}/").content.decode()
        assert (link in page) is shown, side


def test_an_empty_name_answers_400_and_keeps_what_was_typed(cast: Cast) -> None:
    group = cast.group
    old_name = group.name

    response = client_for(cast.facilitator).post(
        f"/groups/{group.slug}/edit/",
        form_data(group, name="", description="We now meet at the library on Fridays."),
    )

    assert response.status_code == 400
    content = response.content.decode()
    assert "This field is required." in content
    assert "We now meet at the library on Fridays." in content
    group.refresh_from_db()
    assert group.name == old_name
    assert group.description != "We now meet at the library on Fridays."
    assert not AuditEvent.objects.filter(verb="group.update").exists()


def test_an_online_only_group_cannot_become_in_person_without_a_place(cast: Cast) -> None:
    group = cast.group
    Group.objects.filter(pk=group.pk).update(format=Group.Format.ONLINE, place=None)
    group.refresh_from_db()

    response = client_for(cast.facilitator).post(
        f"/groups/{group.slug}/edit/", form_data(group, format="in_person")
    )

    assert response.status_code == 400
    assert "A group that meets in person needs a place first." in response.content.decode()
    group.refresh_from_db()
    assert group.format == Group.Format.ONLINE
