from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from mutual.discussions.actions import MAX_POST_LENGTH
from mutual.discussions.models import Milestone, Post

MARKDOWN_HELP = _("You can write **bold**, *italic*, [link](https://…).")


class PostFields(forms.Form):
    body = forms.CharField(
        label=_("Message"), max_length=MAX_POST_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}), help_text=MARKDOWN_HELP,
        error_messages={"required": _("Please write something first.")},
    )
    content_note = forms.CharField(
        label=_("Content note (optional)"), max_length=200, required=False,
        help_text=Post._meta.get_field("content_note").help_text,
    )

    def __init__(self, *args: Any, anonymous: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The checkbox shows only where the group takes anonymous posts.
        if anonymous:
            self.fields["anonymous"] = forms.BooleanField(
                label=_("Post as “a member”, without my name"), required=False,
                help_text=_("Facilitators and moderators can still act on the post."),
            )


class ThreadForm(PostFields):
    title = forms.CharField(label=_("Title"), max_length=200, error_messages={
        "required": _("Please give the thread a title.")})
    field_order = ["title", "body", "content_note", "anonymous"]


class ReplyForm(PostFields):
    pass


class EditForm(PostFields):
    def __init__(self, *args: Any, opening: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if opening:
            self.fields["title"] = forms.CharField(label=_("Title"), max_length=200)
            self.order_fields(["title", "body", "content_note"])


class MilestoneForm(forms.ModelForm):
    class Meta:
        model = Milestone
        fields = ["kind", "label", "date", "shared"]
        widgets = {"date": forms.DateInput(attrs={"type": "date"})}
