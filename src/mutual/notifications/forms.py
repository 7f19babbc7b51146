from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from mutual.groups.models import Membership

SETTINGS = ("email_replies", "email_mentions", "email_milestones", "digest")


class MembershipEmailForm(forms.Form):
    """How a person hears from one of their groups; one per group on the settings page."""

    email_replies = forms.BooleanField(required=False, label=_("Email me replies to my threads"))
    email_mentions = forms.BooleanField(
        required=False, label=_("Email me when someone mentions me"))
    email_milestones = forms.BooleanField(
        required=False, label=_("Email me members' milestones on the day"))
    digest = forms.ChoiceField(
        choices=Membership.Digest.choices, label=_("Digest of new threads by email"))

    def __init__(self, *args: Any, membership: Membership, **kwargs: Any) -> None:
        self.membership = membership
        kwargs.setdefault("initial", {name: getattr(membership, name) for name in SETTINGS})
        super().__init__(*args, prefix=f"group-{membership.pk}", **kwargs)

    def changes(self) -> dict[str, Any]:
        """The settings that differ from what is saved."""
        return {name: value for name, value in self.cleaned_data.items()
                if getattr(self.membership, name) != value}
