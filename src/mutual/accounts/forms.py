import zoneinfo

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from mutual.accounts.models import User


def time_zone_choices() -> list[tuple[str, str]]:
    return [(name, name.replace("_", " ")) for name in sorted(zoneinfo.available_timezones())]


class SignupForm(forms.Form):
    """Extra fields on allauth's sign-up: only a pseudonym, never a real name."""

    display_name = forms.CharField(
        label=_("Display name"), max_length=60, required=False,
        help_text=_("How others will see you. It need not be your real name."),
    )

    def signup(self, request: object, user: User) -> None:
        user.display_name = self.cleaned_data["display_name"]
        user.save(update_fields=["display_name"])


class ProfileForm(forms.Form):
    display_name = forms.CharField(
        label=_("Display name"), max_length=60, required=False,
        help_text=_("How others see you. It need not be your real name."),
    )
    preferred_language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    time_zone = forms.TypedChoiceField(label=_("Time zone"), choices=time_zone_choices)


class TokenForm(forms.Form):
    name = forms.CharField(
        label=_("Token name"), max_length=80,
        help_text=_("A name to remember what this token is for."),
    )
