import secrets

from django.db import transaction
from django.utils.translation import gettext as _

from mutual.accounts.models import PersonalToken, User, hash_token
from mutual.audit.actions import record


@transaction.atomic
def update_profile(
    *, user: User, display_name: str, preferred_language: str, time_zone: str
) -> User:
    user.display_name = display_name
    user.preferred_language = preferred_language
    user.time_zone = time_zone
    user.full_clean(exclude=["password", "email"])
    user.save(update_fields=["display_name", "preferred_language", "time_zone"])
    record(actor=user, verb="account.update_profile", target=user)
    return user


@transaction.atomic
def create_token(*, user: User, name: str) -> tuple[PersonalToken, str]:
    """Make a token and return it with its key, which is shown this once only."""
    name = name.strip() or _("API token")
    key = secrets.token_urlsafe(32)
    token = PersonalToken.objects.create(
        user=user, name=name[:80], key_hash=hash_token(key), prefix=key[:8]
    )
    record(actor=user, verb="account.create_token", target=token)
    return token, key


@transaction.atomic
def revoke_token(*, user: User, token: PersonalToken) -> None:
    if token.user_id != user.pk:
        raise PermissionError("Not your token.")
    record(actor=user, verb="account.revoke_token", target=token)
    token.delete()
