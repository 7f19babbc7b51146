from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from mutual.assessments.actions import EVIDENCE_LENGTH, Answer, answer_problems
from mutual.assessments.instrument import DOMAINS, SCORES, Item
from mutual.assessments.models import Rating


class AssessmentForm(forms.Form):
    title = forms.CharField(
        label=_("Title"), max_length=200,
        help_text=_("For example: Self-assessment, spring 2026."),
        error_messages={"required": _("Please give the assessment a title.")})
    conducted_on = forms.DateField(
        label=_("Date of the assessment"), widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"required": _("Please give the day of the assessment."),
                        "invalid": _("Please give a date such as 2026-03-31.")})
    notes = forms.CharField(
        label=_("Notes"), required=False, widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Who takes part, and anything the team wants to remember."))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["conducted_on"].initial = timezone.localdate()


def _names(item: Item) -> tuple[str, str, str]:
    return f"{item.key}-score", f"{item.key}-note", f"{item.key}-evidence"


class RatingForm(forms.Form):
    """A rater's answers to every item, three fields an item: a score (or none yet), a note
    and the evidence."""

    def __init__(self, *args: Any, ratings: dict[str, Rating], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for domain in DOMAINS:
            for item in domain.items:
                score, note, evidence = _names(item)
                rating = ratings.get(item.key)
                choices = [("", gettext("Not rated yet"))] + [
                    (str(n), f"{n}: {item.anchor(n)}") for n in SCORES]
                self.fields[score] = forms.ChoiceField(
                    label=gettext("Score"), choices=choices, required=False,
                    widget=forms.RadioSelect,
                    initial=str(rating.score) if rating is not None else "")
                self.fields[note] = forms.CharField(
                    label=gettext("Note"), required=False,
                    widget=forms.Textarea(attrs={"rows": 2}),
                    initial=rating.note if rating is not None else "")
                self.fields[evidence] = forms.CharField(
                    label=gettext("Evidence"), required=False, max_length=EVIDENCE_LENGTH,
                    help_text=gettext("A document, a link or what you saw."),
                    initial=rating.evidence if rating is not None else "")

    def items(self) -> list[dict[str, Any]]:
        """The domains, each with its items and their bound fields, for the template."""
        return [
            {"domain": domain, "items": [
                {"item": item, "score": self[_names(item)[0]], "note": self[_names(item)[1]],
                 "evidence": self[_names(item)[2]]}
                for item in domain.items]}
            for domain in DOMAINS
        ]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        self.refuse(ValidationError(answer_problems(self.answers())))
        return cleaned

    def answers(self) -> dict[str, Answer]:
        answers = {}
        for domain in DOMAINS:
            for item in domain.items:
                score, note, evidence = _names(item)
                value = self.cleaned_data.get(score)
                answers[item.key] = Answer(
                    score=int(value) if value else None,
                    note=self.cleaned_data.get(note, ""),
                    evidence=self.cleaned_data.get(evidence, ""))
        return answers

    def refuse(self, error: ValidationError) -> None:
        """Put what the action refused beside the item it is about, or above the form."""
        if hasattr(error, "error_dict"):
            for key, errors in error.error_dict.items():
                name = f"{key}-score"
                if name in self.errors:
                    continue
                self.add_error(name if name in self.fields else None, errors)
        else:
            self.add_error(None, error)
