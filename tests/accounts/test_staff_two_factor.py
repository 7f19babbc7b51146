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
