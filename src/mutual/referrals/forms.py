from django import forms
from django.utils.translation import gettext_lazy as _

from mutual.referrals.models import Professional


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
