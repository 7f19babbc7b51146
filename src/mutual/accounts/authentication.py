from typing import Any

from allauth.mfa.utils import is_mfa_enabled
from django.utils import timezone
from django.utils.translation import gettext as _
from rest_framework import exceptions
from rest_framework.authentication import TokenAuthentication

from mutual.accounts.models import PersonalToken, hash_token


class PersonalTokenAuthentication(TokenAuthentication):
    """`Authorization: Token <key>`, checked against the stored hash."""

    keyword = "Token"

    def authenticate_credentials(self, key: str) -> tuple[Any, PersonalToken]:
        token = (
            PersonalToken.objects.select_related("user").filter(key_hash=hash_token(key)).first()
        )
        if token is None:
            raise exceptions.AuthenticationFailed(_("Invalid token."))
        if not token.user.is_active:
            raise exceptions.AuthenticationFailed(_("This account is not active."))
        # A moderator's token reaches what members wrote: it works only once two-factor
        # authentication guards the account, as the moderation pages require.
        if token.user.is_moderator and not is_mfa_enabled(token.user):
            raise exceptions.AuthenticationFailed(
                _("Moderator accounts need two-factor authentication before their tokens work.")
            )
        now = timezone.now()
        if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 60:
            PersonalToken.objects.filter(pk=token.pk).update(last_used_at=now)
        return token.user, token
