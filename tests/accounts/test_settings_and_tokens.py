import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from mutual.accounts.models import PersonalToken
from mutual.audit.models import AuditEvent
from mutual.groups.models import Group
from tests.conftest import client_for
from tests.factories import GroupFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_settings_page_is_for_signed_in_people_only() -> None:
    response = Client().get("/account/settings/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_a_person_sets_a_pseudonym_language_and_time_zone() -> None:
    user = UserFactory()
    client = client_for(user)
    response = client.post(
        "/account/settings/",
        {"display_name": "Sam's mum", "preferred_language": "es", "time_zone": "Europe/Paris"},
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert (user.display_name, user.preferred_language, user.time_zone) == (
        "Sam's mum", "es", "Europe/Paris",
    )
    assert AuditEvent.objects.filter(verb="account.update_profile", actor=user).exists()
    # The interface follows the chosen language.
    assert 'lang="es"' in client.get("/").content.decode()


def test_an_unknown_time_zone_is_refused_and_the_rest_is_kept() -> None:
    user = UserFactory(display_name="Before")
    response = client_for(user).post(
        "/account/settings/",
        {"display_name": "After", "preferred_language": "fr", "time_zone": "Mars/Olympus"},
    )
    assert response.status_code == 400
    assert 'value="After"' in response.content.decode()
    user.refresh_from_db()
    assert user.display_name == "Before"


def _secret_group_for(user: object) -> Group:
    group = GroupFactory(visibility=Group.Visibility.SECRET)
    MembershipFactory(group=group, user=user)
    return group


def test_a_token_made_in_settings_signs_api_requests_until_revoked() -> None:
    user = UserFactory()
    group = _secret_group_for(user)
    client = client_for(user)
    response = client.post("/account/tokens/", {"name": "my script"})
    assert response.status_code == 200
    key = response.context["key"]
    token = PersonalToken.objects.get(user=user)
    assert token.key_hash != key and key not in token.key_hash  # only a hash is kept

    url = f"/api/v1/groups/{group.slug}/"
    assert Client().get(url).status_code == 404
    assert Client().get(url, HTTP_AUTHORIZATION=f"Token {key}").status_code == 200
    assert Client().get(url, HTTP_AUTHORIZATION="Token not-a-key").status_code == 401

    assert client.post(f"/account/tokens/{token.pk}/revoke/").status_code == 302
    assert Client().get(url, HTTP_AUTHORIZATION=f"Token {key}").status_code == 401


def test_nobody_revokes_another_persons_token() -> None:
    owner, other = UserFactory(), UserFactory()
    client_for(owner).post("/account/tokens/", {"name": "mine"})
    token = PersonalToken.objects.get(user=owner)
    assert client_for(other).post(f"/account/tokens/{token.pk}/revoke/").status_code == 404
    assert PersonalToken.objects.filter(pk=token.pk).exists()


def test_a_token_needs_a_name() -> None:
    response = client_for(UserFactory()).post("/account/tokens/", {"name": ""})
    assert response.status_code == 400
    assert not PersonalToken.objects.exists()


def test_mutual_token_create_prints_a_working_key(capsys: pytest.CaptureFixture[str]) -> None:
    user = UserFactory(email="script@example.org")
    group = _secret_group_for(user)
    call_command("token", "create", "--user", "Script@Example.org")
    key = capsys.readouterr().out.strip()
    response = Client().get(f"/api/v1/groups/{group.slug}/", HTTP_AUTHORIZATION=f"Token {key}")
    assert response.status_code == 200


def test_mutual_token_create_names_an_unknown_account() -> None:
    with pytest.raises(CommandError, match=r"nobody@example\.org"):
        call_command("token", "create", "--user", "nobody@example.org")
