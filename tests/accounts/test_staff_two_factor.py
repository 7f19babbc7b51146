import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

from tests.conftest import client_for
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_staff_without_two_factor_are_sent_to_set_it_up() -> None:
    staff = UserFactory(is_staff=True, is_superuser=True)
    response = client_for(staff).get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/2fa/"


def test_staff_with_two_factor_reach_the_admin() -> None:
    staff = UserFactory(is_staff=True, is_superuser=True)
    TOTP.activate(staff, generate_totp_secret())
    assert client_for(staff).get("/admin/").status_code == 200


@pytest.mark.parametrize("is_staff", [False, None])
def test_others_get_the_admin_login(is_staff: bool | None) -> None:
    user = UserFactory() if is_staff is False else None
    response = client_for(user).get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_the_admin_login_goes_through_the_login_with_two_factor() -> None:
    from django.test import Client

    response = Client().get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def moderator(*, two_factor: bool) -> object:
    user = UserFactory(is_moderator=True)
    if two_factor:
        TOTP.activate(user, generate_totp_secret())
    return user


@pytest.mark.parametrize("path", ["/moderation/", "/moderation/decisions/"])
def test_moderators_without_two_factor_are_sent_to_set_it_up(path: str) -> None:
    response = client_for(moderator(two_factor=False)).get(path)
    assert response.status_code == 302
    assert response["Location"] == "/accounts/2fa/"


def test_moderators_without_two_factor_cannot_open_a_groups_moderation_pages() -> None:
    from tests.factories import GroupFactory, MembershipFactory

    group = GroupFactory()
    membership = MembershipFactory(group=group)
    client = client_for(moderator(two_factor=False))
    for path in (f"/groups/{group.slug}/moderation/",
                 f"/groups/{group.slug}/members/{membership.pk}/moderate/"):
        response = client.get(path)
        assert (response.status_code, response["Location"]) == (302, "/accounts/2fa/")
    assert client.get(f"/groups/{group.slug}/").status_code == 200  # the rest of the site


def test_moderators_with_two_factor_reach_the_queue() -> None:
    assert client_for(moderator(two_factor=True)).get("/moderation/").status_code == 200


def test_facilitators_are_not_asked_for_two_factor() -> None:
    from mutual.groups.models import Membership
    from tests.factories import MembershipFactory

    membership = MembershipFactory(role=Membership.Role.FACILITATOR)
    response = client_for(membership.user).get(f"/groups/{membership.group.slug}/moderation/")
    assert response.status_code == 200


@pytest.mark.django_db
def test_a_moderators_token_works_only_with_two_factor_authentication() -> None:
    from mutual.accounts.actions import create_token

    moderator = UserFactory(is_moderator=True)
    _, key = create_token(user=moderator, name="script")
    headers = {"HTTP_AUTHORIZATION": f"Token {key}"}

    refused = client_for(None).get("/api/v1/notifications/", **headers)
    TOTP.activate(moderator, generate_totp_secret())
    allowed = client_for(None).get("/api/v1/notifications/", **headers)

    assert refused.status_code == 401
    assert "two-factor" in refused.json()["error"]["message"]
    assert allowed.status_code == 200
