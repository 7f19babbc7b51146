from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from mutual.referrals.models import Professional, Referral


class ApplicationForm(forms.ModelForm):
    class Meta:
        model = Professional
        fields = ["profession", "profession_other", "license_number", "jurisdiction",
                  "employer", "work_email"]


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"), widget=forms.RadioSelect,
        choices=[("verify", _("Verify: the registration and the employer check out")),
                 ("decline", _("Decline"))])
    until = forms.DateField(
        label=_("Verified until"), required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Leave empty for a year from today."))
    reason = forms.CharField(
        label=_("Reason, if you decline"), required=False, widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The person sees it: say what they can change."))


class AskForm(forms.Form):
    """What a newcomer shares when asking to be contacted; they consent for themselves."""

    client_name = forms.CharField(
        label=_("What should they call you?"), max_length=60,
        help_text=_("A first name, initials or a nickname is enough."))
    contact_method = forms.ChoiceField(
        label=_("How would you like to be contacted?"),
        choices=[(value, label) for value, label in Referral.ContactMethod.choices
                 if value != Referral.ContactMethod.NONE])
    contact = forms.CharField(label=_("Phone number or email"), max_length=200)
    note = forms.CharField(
        label=_("Anything you would like them to know (optional)"), max_length=500,
        required=False, widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Only what you are comfortable sharing."))
    language = forms.CharField(label=_("Your language"), max_length=2, required=False)
    for_family_member = forms.BooleanField(
        label=_("I am asking because of a family member's problem"), required=False)
    agree = forms.BooleanField(
        label=_("I agree that the people who answer for this group or service see what I "
                "wrote here and contact me."))


class ReferralForm(forms.Form):
    """What the client agreed to share, and how they agreed: one form for every group and
    service chosen with them."""

    client_name = forms.CharField(
        label=_("First name or initials"), max_length=60, required=False,
        help_text=_("Only if the client agreed; leave empty to send without a name."))
    contact_method = forms.ChoiceField(
        label=_("How the group may reach them"), choices=Referral.ContactMethod.choices,
        initial=Referral.ContactMethod.NONE)
    contact = forms.CharField(label=_("Phone or email"), max_length=200, required=False)
    note = forms.CharField(
        label=_("A short note"), max_length=500, required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Only what the client agreed to share: never a diagnosis."))
    language = forms.ChoiceField(label=_("Client's language"), choices=[], required=False)
    for_family_member = forms.BooleanField(
        label=_("A family member is the one seeking help"), required=False)
    consent_given = forms.ChoiceField(
        label=_("How the client agreed"), widget=forms.RadioSelect,
        choices=[(Referral.ConsentGiven.SPOKEN, _("Spoken, in person or by phone")),
                 (Referral.ConsentGiven.WRITTEN, _("Written, on a signed form"))])
    consent_expires_on = forms.DateField(
        label=_("Consent ends"), widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("After this date nothing more is sent without asking again."))
    agreed = forms.BooleanField(
        label=_("The client agreed that what is above is shared with the groups and services "
                "listed on this page, and with no one else."))

    def __init__(self, *args: Any, languages: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [("", _("Not stated")), *languages]
