"""Who may do what with a meeting: a meeting follows its group."""

from typing import Any

import rules

from mutual.groups.permissions import (
    can_edit_group,
    can_view_group_details,
    is_group_member,
    is_staff,
)
from mutual.meetings.models import Meeting


@rules.predicate
def can_view_meeting(user: Any, meeting: Meeting) -> bool:
    """Meetings are details: a listed group shows only its name, a secret one nothing."""
    return bool(can_view_group_details(user, meeting.group))


@rules.predicate
def can_edit_meeting(user: Any, meeting: Meeting) -> bool:
    return bool(can_edit_group(user, meeting.group))


@rules.predicate
def conference_is_public(user: Any, meeting: Meeting) -> bool:
    return not meeting.conference_for_members_only


@rules.predicate
def is_meeting_group_member(user: Any, meeting: Meeting) -> bool:
    return bool(is_group_member(user, meeting.group))


can_view_conference = can_view_meeting & (conference_is_public | is_meeting_group_member | is_staff)
# Anyone signed in who may see the meeting may plan to come; only they see it.
can_plan_to_attend = can_view_meeting & rules.is_authenticated

rules.add_perm("meetings.view_meeting", can_view_meeting)
rules.add_perm("meetings.edit_meeting", can_edit_meeting)
rules.add_perm("meetings.view_conference", can_view_conference)
rules.add_perm("meetings.plan_to_attend", can_plan_to_attend)
