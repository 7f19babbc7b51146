from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from mutual.moderation.actions import MEMBER_ACTIONS, POST_ACTIONS
from mutual.moderation.models import Report

MUTE_LENGTHS = [
    ("1", _("1 day")),
    ("3", _("3 days")),
    ("7", _("A week")),
    ("30", _("30 days")),
    ("custom", _("Another number of days")),
]


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("What is wrong?"), choices=Report.Reason.choices, widget=forms.RadioSelect,
        error_messages={"required": _("Please choose a reason from the list.")},
    )
    text = forms.CharField(
        label=_("Anything a facilitator should know (optional)"), required=False,
        max_length=2000, widget=forms.Textarea(attrs={"rows": 4}),
    )


class DecisionForm(forms.Form):
    """One form for every decision on a page; the button pressed names the decision."""

    reason = forms.CharField(
        label=_("Reason"), required=False, max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The member reads this. Required to hide, remove or mute."),
    )
    days = forms.ChoiceField(
        label=_("Mute for"), choices=MUTE_LENGTHS, required=False, initial="7",
        widget=forms.RadioSelect,
    )
    custom_days = forms.IntegerField(
        label=_("Number of days (1 to 365)"), required=False, min_value=1, max_value=365,
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("action") in ("mute", "mute_author"):
            choice = data.get("days")
            if choice == "custom" and data.get("custom_days") is None:
                self.add_error("custom_days", _("Please give a number of days from 1 to 365."))
            elif not choice:
                self.add_error("days", _("Please choose how long the mute lasts."))
        return data

    def mute_days(self) -> int | None:
        choice = self.cleaned_data.get("days")
        if choice == "custom":
            return self.cleaned_data.get("custom_days")
        return int(choice) if choice else None


class PostDecisionForm(DecisionForm):
    action = forms.ChoiceField(choices=[(name, name) for name in POST_ACTIONS],
                               widget=forms.HiddenInput)
    method_detail = forms.BooleanField(
        label=_("It describes a method of self-harm or suicide: use the standard reason"),
        required=False,
    )
    field_order = ["reason", "method_detail", "days", "custom_days"]


class MemberDecisionForm(DecisionForm):
    action = forms.ChoiceField(choices=[(name, name) for name in MEMBER_ACTIONS],
                               widget=forms.HiddenInput)


class AppealForm(forms.Form):
    text = forms.CharField(
        label=_("Why should the decision change?"), max_length=4000,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": _("Please say why the decision should change.")},
    )


class AppealAnswerForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Decision"), widget=forms.RadioSelect,
        choices=[("keep", _("Keep the decision")), ("reverse", _("Reverse the decision"))],
        error_messages={"required": _("Please choose whether to keep or reverse it.")},
    )
    answer = forms.CharField(
        label=_("Reason"), max_length=4000, widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("The member reads this."),
        error_messages={"required": _("Please give a reason: the member will read it.")},
    )
