from django import forms
from django.utils.translation import gettext_lazy

from mutual.organizations.contact_actions import MESSAGE_MAX_LENGTH


class ContactForm(forms.Form):
    """A message to an organization; its address is never shown to the sender."""

    name = forms.CharField(label=gettext_lazy("Your name (optional)"), max_length=100,
                           required=False)
    email = forms.EmailField(
        label=gettext_lazy("Your email address"),
        help_text=gettext_lazy("The organization answers you here."),
    )
    message = forms.CharField(
        label=gettext_lazy("Your message"), max_length=MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    # Only robots fill a field no one sees.
    website = forms.CharField(required=False, label="", widget=forms.HiddenInput)
