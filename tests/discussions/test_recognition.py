"""Thanks, "you have helped N people", and milestones the group sees on the day."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from mutual.discussions.models import Milestone, Thanks
from mutual.discussions.queries import group_today, milestones_today
from mutual.groups.models import Group
from tests.conftest import Cast, client_for
from tests.discussions.helpers import start, write
from tests.factories import GroupFactory, MembershipFactory

pytestmark = pytest.mark.django_db


def name_in(group: Group, user: object) -> str:
    return group.memberships.get(user=user).display_name


def test_thanks_toggle_and_the_author_is_told(cast: Cast) -> None:
    from mutual.notifications.models import Notification

    thread = start(cast.group, cast.member)
    post = thread.posts.get()
    client = client_for(cast.facilitator)
    url = reverse("post-thank", args=[cast.group.slug, post.pk])

    assert client.post(url).status_code == 302
    assert Thanks.objects.filter(post=post, user=cast.facilitator).exists()
    assert Notification.objects.filter(recipient=cast.member, kind="thanks").count() == 1
    page = client.get(thread.get_absolute_url()).content.decode()
    assert 'aria-pressed="true">You thanked this' in page

    client.post(url)

    assert not Thanks.objects.exists()


def test_thanks_through_htmx_swaps_in_the_post(cast: Cast) -> None:
    thread = start(cast.group, cast.member)
    post = thread.posts.get()

    response = client_for(cast.facilitator).post(
        reverse("post-thank", args=[cast.group.slug, post.pk]), HTTP_HX_REQUEST="true")

    fragment = response.content.decode()
    assert fragment.lstrip().startswith(f'<li id="post-{post.pk}"')
    assert 'aria-pressed="true"' in fragment
    assert "<html" not in fragment


def test_nobody_thanks_themselves(cast: Cast) -> None:
    post = start(cast.group, cast.member).posts.get()

    response = client_for(cast.member).post(
        reverse("post-thank", args=[cast.group.slug, post.pk]))

    assert response.status_code == 400
    assert not Thanks.objects.exists()


def test_the_author_sees_who_thanked_others_see_only_their_own_and_nobody_a_count(
    cast: Cast
) -> None:
    thread = start(cast.group, cast.member)
    post = thread.posts.get()
    third = MembershipFactory(group=cast.group, display_name="Quiet Reader").user
    for user in (cast.facilitator, third):
        Thanks.objects.create(post=post, user=user)

    author = client_for(cast.member).get(thread.get_absolute_url()).content.decode()
    facilitator = client_for(cast.facilitator).get(thread.get_absolute_url()).content.decode()
    other = client_for(MembershipFactory(group=cast.group).user).get(
        thread.get_absolute_url()).content.decode()

    assert f"Thanked by {name_in(cast.group, cast.facilitator)}, Quiet Reader" in author
    assert "Quiet Reader" not in facilitator and "Thanked by" not in facilitator
    assert 'aria-pressed="true"' in facilitator
    assert 'aria-pressed="false"' in other and "Thanked by" not in other
    for page in (author, facilitator, other):
        assert not re.search(r"\b2\b[^<]*thank", page, re.IGNORECASE)


def test_helped_n_people_this_month_is_shown_to_the_helper_alone(cast: Cast) -> None:
    thread = start(cast.group, cast.facilitator)
    first = write(thread, cast.member, "Try a walk.")
    second = write(thread, cast.member, "And water.")
    friend = MembershipFactory(group=cast.group).user
    earlier = MembershipFactory(group=cast.group).user
    Thanks.objects.create(post=first, user=cast.facilitator)
    Thanks.objects.create(post=second, user=cast.facilitator)
    Thanks.objects.create(post=second, user=friend)
    long_ago = Thanks.objects.create(post=first, user=earlier)
    Thanks.objects.filter(pk=long_ago.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=40))
    listing = reverse("thread-list", args=[cast.group.slug])

    mine = client_for(cast.member).get(listing).content.decode()
    theirs = client_for(cast.facilitator).get(listing).content.decode()

    assert "You have helped 2 people this month" in mine
    assert "helped" not in theirs
    assert "helped" not in client_for(cast.member).get(thread.get_absolute_url()).content.decode()


def test_no_note_before_anyone_has_thanked(cast: Cast) -> None:
    start(cast.group, cast.member)

    page = client_for(cast.member).get(reverse("thread-list", args=[cast.group.slug]))

    assert "You have helped" not in page.content.decode()


def marked(group: Group, user: object, kind: str, days_ago: int = 0, years_ago: int = 0,
           shared: bool = True, label: str = "since my last drink") -> Milestone:
    today = group_today(group)
    date = today - datetime.timedelta(days=days_ago)
    if years_ago:
        date = date.replace(year=today.year - years_ago)
    return Milestone.objects.create(group=group, user=user, kind=kind, label=label, date=date,
                                    shared=shared)


def test_the_group_sees_shared_milestones_on_the_day_with_a_way_to_write(cast: Cast) -> None:
    sam = MembershipFactory(group=cast.group, display_name="Sam's mum").user
    marked(cast.group, sam, "anniversary", years_ago=1, label="the day we lost Sam")
    marked(cast.group, cast.member, "days_since", days_ago=30)
    marked(cast.group, cast.facilitator, "days_since", days_ago=31)
    marked(cast.group, MembershipFactory(group=cast.group).user, "days_since", days_ago=7,
           shared=False)

    page = client_for(cast.member).get(
        reverse("thread-list", args=[cast.group.slug])).content.decode()

    assert "Today: Sam&#x27;s mum marks “the day we lost Sam”, 1 year." in page
    member = name_in(cast.group, cast.member)
    assert f"Today: {member} marks 30 days “since my last drink”." in page
    assert page.count("Today: ") == 2
    assert reverse("thread-create", args=[cast.group.slug]) + "?body=@Sam%27s%20mum" in page


@pytest.mark.parametrize("days, shown", [(1, True), (7, True), (60, True), (90, True),
                                         (180, True), (2, False), (364, False), (100, False)])
def test_days_since_are_marked_on_the_chosen_days(cast: Cast, days: int, shown: bool) -> None:
    marked(cast.group, cast.member, "days_since", days_ago=days)

    assert bool(milestones_today(cast.group)) is shown


def test_days_since_are_marked_every_year_after(cast: Cast) -> None:
    marked(cast.group, cast.member, "days_since", years_ago=3)

    assert [milestone.span for milestone in milestones_today(cast.group)] == ["3 years"]


def test_a_removed_members_milestone_is_no_longer_shown(cast: Cast) -> None:
    marked(cast.group, cast.member, "days_since", days_ago=7)
    cast.member.memberships.update(status="removed")

    assert milestones_today(cast.group) == []


def test_the_day_is_the_groups_day(cast: Cast) -> None:
    from mutual.places.models import Place

    # At 12:00 UTC on 1 March it is already 2 March in Kiritimati (UTC+14).
    moment = datetime.datetime(2026, 3, 1, 12, 0, tzinfo=datetime.UTC)
    far_east = GroupFactory(place=Place.objects.create(
        locality="London", country="KI", latitude=1.87, longitude=-157.4,
        time_zone="Pacific/Kiritimati"))
    online = GroupFactory(format=Group.Format.ONLINE, place=None)
    for group in (far_east, online):
        user = MembershipFactory(group=group).user
        Milestone.objects.create(group=group, user=user, kind="anniversary", label="wedding",
                                 date=datetime.date(2020, 3, 2))

    assert [m.span for m in milestones_today(far_east, moment)] == ["6 years"]
    assert milestones_today(online, moment) == []


def test_a_member_adds_edits_and_deletes_their_milestones(cast: Cast) -> None:
    client = client_for(cast.member)
    url = reverse("group-milestones", args=[cast.group.slug])
    page = client.get(url).content.decode()
    assert "the group sees it on the day" in page

    response = client.post(url, {"kind": "days_since", "label": "since my last drink",
                                 "date": "2025-01-10", "shared": "on"})
    assert response.status_code == 302
    milestone = Milestone.objects.get()
    assert (milestone.user, milestone.group, milestone.shared) == (
        cast.member, cast.group, True)

    edit = reverse("milestone-edit", args=[cast.group.slug, milestone.pk])
    client.post(edit, {"kind": "days_since", "label": "sober", "date": "2025-01-11"})
    milestone.refresh_from_db()
    assert (milestone.label, milestone.shared) == ("sober", False)
    assert "Only you" in client.get(url).content.decode()

    assert client_for(cast.facilitator).post(edit, {"label": "x"}).status_code == 404
    client.post(reverse("milestone-delete", args=[cast.group.slug, milestone.pk]))
    assert not Milestone.objects.exists()


def test_a_milestone_in_the_future_is_refused_with_the_form_kept(cast: Cast) -> None:
    future = (timezone.localdate() + datetime.timedelta(days=3)).isoformat()

    response = client_for(cast.member).post(
        reverse("group-milestones", args=[cast.group.slug]),
        {"kind": "anniversary", "label": "Sam's birthday", "date": future})

    assert response.status_code == 400
    assert "Please choose a date that has already come." in response.content.decode()
    assert "Sam&#x27;s birthday" in response.content.decode()
    assert not Milestone.objects.exists()
