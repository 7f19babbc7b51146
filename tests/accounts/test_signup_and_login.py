import re
import time

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core import mail
from django.test import Client

from mutual.accounts.models import User
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "a long and private passphrase"


def _link(message: mail.EmailMessage) -> str:
    match = re.search(r"https?://[^/\s]+(/\S+)", message.body)
    assert match, message.body
    return match.group(1)


def verified_user(**fields: object) -> User:
    user = UserFactory(**fields)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def log_in(client: Client, user: User, password: str = PASSWORD) -> object:
    return client.post("/accounts/login/", {"login": user.email, "password": password})


def test_sign_up_needs_only_an_email_and_a_pseudonym_and_verifies_the_email() -> None:
    client = Client()
    response = client.post(
        "/accounts/signup/",
        {"email": "river@example.org", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD,
         "display_name": "River"},
    )
    assert response.status_code == 302
    user = User.objects.get(email="river@example.org")
    assert user.display_name == "River"
    assert str(user) == "River"
    assert len(mail.outbox) == 1
    assert "River" not in mail.outbox[0].subject

    # Not in until the address is confirmed.
    assert log_in(Client(), user, NEW_PASSWORD)["Location"].startswith("/accounts/confirm-email")

    confirm = _link(mail.outbox[0])
    response = client.post(confirm)
    assert response.status_code == 302
    assert EmailAddress.objects.get(user=user).verified
    assert client.get("/account/settings/").status_code == 200


def test_sign_up_with_a_taken_email_does_not_reveal_the_account() -> None:
    owner = verified_user(email="taken@example.org")
    response = Client().post(
        "/accounts/signup/",
        {"email": "taken@example.org", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD,
         "display_name": "Someone"},
    )
    # The answer looks like any sign-up; the owner is told by email instead.
    assert response.status_code == 302
    assert User.objects.filter(email="taken@example.org").count() == 1
    assert [message.to for message in mail.outbox] == [[owner.email]]


def test_sign_up_with_mismatched_passwords_keeps_what_was_typed() -> None:
    response = Client().post(
        "/accounts/signup/",
        {"email": "new@example.org", "password1": NEW_PASSWORD, "password2": "something else",
         "display_name": "Sam's mum"},
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "new@example.org" in page
    assert "Sam&#x27;s mum" in page
    assert not User.objects.filter(email="new@example.org").exists()


def test_a_verified_person_logs_in_with_email_and_password() -> None:
    user = verified_user()
    client = Client()
    assert log_in(client, user)["Location"] == "/"
    assert client.get("/account/settings/").status_code == 200
    assert log_in(Client(), user, "wrong password").status_code == 200


def test_password_reset_sends_a_link_that_sets_a_new_password() -> None:
    user = verified_user()
    client = Client()
    client.post("/accounts/password/reset/", {"email": user.email})
    assert len(mail.outbox) == 1
    link = _link(mail.outbox[0])
    form_url = client.get(link)["Location"]
    response = client.post(form_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)


def test_totp_two_factor_is_asked_at_login_and_recovery_codes_work() -> None:
    user = verified_user()
    client = Client()
    log_in(client, user)
    # Changing two-factor settings asks for the password again.
    assert client.get("/accounts/2fa/totp/activate/").status_code == 302
    client.post("/accounts/reauthenticate/", {"password": PASSWORD})
    assert client.get("/accounts/2fa/totp/activate/").status_code == 200
    secret = client.session["mfa.totp.secret"]
    code = format_hotp_value(hotp_value(secret, int(time.time()) // 30))
    response = client.post("/accounts/2fa/totp/activate/", {"code": code})
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
    recovery = Authenticator.objects.get(user=user, type=Authenticator.Type.RECOVERY_CODES)
    codes = RecoveryCodes(recovery).generate_codes()
    assert len(codes) >= 10

    second = Client()
    assert log_in(second, user)["Location"] == "/accounts/2fa/authenticate/"
    assert second.get("/account/settings/").status_code == 302  # not in yet
    assert second.post("/accounts/2fa/authenticate/", {"code": "000000"}).status_code == 200
    assert second.get("/account/settings/").status_code == 302
    assert second.post("/accounts/2fa/authenticate/", {"code": codes[0]}).status_code == 302
    assert second.get("/account/settings/").status_code == 200
