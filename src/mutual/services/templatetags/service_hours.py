from typing import Any

from django import template

from mutual.services.hours import describe_hours

register = template.Library()


@register.filter
def hours_in_words(schedule: Any) -> str:
    """Opening hours in words: {{ schedule|hours_in_words }}."""
    return describe_hours(schedule)
