"""What a person fills in to join a group, to tune their membership, and to invite others."""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from mutual.groups.actions import LONGEST_REQUEST_MESSAGE
from mutual.groups.models import Membership

DISPLAY_NAME_HELP = _("This is how members will know you here; it need not be your name.")
ACCEPT_RULES_REQUIRED = _("Please read the group's rules and tick the box to accept them.")


def display_name_field() -> forms.CharField:
    return forms.CharField(
        label=_("Your name in this group"), max_length=60, help_text=DISPLAY_NAME_HELP,
        error_messages={"required": _("Please choose a name to be known by here.")},
    )


class JoinForm(forms.Form):
    """Joining by the group's page, or (without a message) by an invitation."""

    display_name = display_name_field()
    accept_rules = forms.BooleanField(
        label=_("I accept the group's rules"),
        error_messages={"required": ACCEPT_RULES_REQUIRED},
        # The rules are read out with the box (see groups/_rules.html).
        widget=forms.CheckboxInput(attrs={"aria-describedby": "group-rules"}),
    )
    message = forms.CharField(
        label=_("A message to the facilitators (optional)"), required=False,
        max_length=LONGEST_REQUEST_MESSAGE, widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Say as much or as little as you like; only the facilitators read it."),
    )

    def __init__(self, *args: Any, with_message: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not with_message:
            del self.fields["message"]


class MembershipSettingsForm(forms.Form):
    display_name = display_name_field()
    email_replies = forms.BooleanField(
        label=_("Email me replies to my threads"), required=False)
    email_mentions = forms.BooleanField(
        label=_("Email me when someone mentions me"), required=False)
    email_milestones = forms.BooleanField(
        label=_("Email me members' milestones"), required=False)
    digest = forms.ChoiceField(
        label=_("A summary of new threads by email"), choices=Membership.Digest.choices)

    @classmethod
    def for_membership(cls, membership: Membership, data: Any = None) -> "MembershipSettingsForm":
        initial = {name: getattr(membership, name) for name in cls.base_fields}
        return cls(data, initial=initial)


class DecisionForm(forms.Form):
    admit = forms.TypedChoiceField(choices=[("1", _("Admit")), ("0", _("Decline"))],
                                   coerce=lambda value: value == "1")


class RoleForm(forms.Form):
    role = forms.ChoiceField(choices=Membership.Role.choices)


class InvitationForm(forms.Form):
    note = forms.CharField(
        label=_("Who it is for (optional)"), max_length=120, required=False,
        help_text=_("Only facilitators see this note, to remember whom they invited."),
    )
    max_uses = forms.IntegerField(
        label=_("How many people may use it"), min_value=1, max_value=100, initial=1)
    lifetime_days = forms.IntegerField(
        label=_("Days before it expires"), min_value=1, max_value=90, initial=14)
