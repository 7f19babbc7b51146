from typing import Any

from django import template

from mutual.meetings.recurrence import describe

register = template.Library()


@register.filter
def describe_rule(rule: str, meeting: Any) -> str:
    """A meeting's rule in words: {{ meeting.rrule|describe_rule:meeting }}."""
    return describe(rule, meeting.starts_on)
