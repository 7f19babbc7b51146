from typing import Any

from django import template
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from mutual.meetings.models import Meeting
from mutual.meetings.participation import participation_for

register = template.Library()


@register.simple_tag(takes_context=True)
def participation(context: Any, meeting: Meeting, cards: list[dict[str, Any]]) -> dict[str, Any]:
    """{% participation meeting cards as part %}: the viewer's plans, and numbers for
    facilitators."""
    request = context.get("request")
    user = getattr(request, "user", None) or AnonymousUser()
    return participation_for(meeting, cards, user, now=timezone.now())
