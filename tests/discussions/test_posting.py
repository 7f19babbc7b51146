"""Writing in a group: threads, replies, edits, deletion, anonymity, content notes, limits."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from mutual.discussions.models import Post, Thread
from mutual.groups.models import Group
from tests.conftest import Cast, client_for
from tests.discussions.helpers import start, write
from tests.factories import GroupFactory, MembershipFactory

pytestmark = pytest.mark.django_db


def test_a_member_starts_a_thread_and_another_replies(cast: Cast) -> None:
    slug = cast.group.slug
    response = client_for(cast.member).post(reverse("thread-create", args=[slug]), {
        "title": "The first birthday without her",
        "body": "How do you get through the **birthdays**?",
    })

    thread = Thread.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("thread-detail", args=[slug, thread.pk])

    reply = client_for(cast.facilitator).post(
        reverse("thread-reply", args=[slug, thread.pk]),
        {"body": "We go to the beach she loved."})

    post = thread.posts.get(is_opening=False)
    assert reply["Location"].endswith(f"#post-{post.pk}")
    page = client_for(cast.member).get(thread.get_absolute_url()).content.decode()
    assert "<strong>birthdays</strong>" in page
    assert "We go to the beach she loved." in page
    assert page.index("birthdays") < page.index("the beach")
    thread.refresh_from_db()
    assert thread.reply_count == 1


def test_the_new_thread_form_prefills_a_mention_and_explains_markdown(cast: Cast) -> None:
    page = client_for(cast.member).get(
        reverse("thread-create", args=[cast.group.slug]) + "?body=@Sam%27s%20mum%20"
    ).content.decode()

    assert "@Sam&#x27;s mum" in page
    assert "**bold**, *italic*" in page


def test_the_anonymous_choice_shows_only_where_the_group_allows_it(cast: Cast) -> None:
    url = reverse("thread-create", args=[cast.group.slug])
    assert 'name="anonymous"' not in client_for(cast.member).get(url).content.decode()

    Group.objects.filter(pk=cast.group.pk).update(allows_anonymous_posts=True)

    assert 'name="anonymous"' in client_for(cast.member).get(url).content.decode()


def test_an_anonymous_post_shows_a_member_to_everyone_including_facilitators(
    cast: Cast
) -> None:
    Group.objects.filter(pk=cast.group.pk).update(allows_anonymous_posts=True)
    MembershipFactory(group=cast.group, user=cast.other_member, display_name="Other")
    author_name = cast.member.memberships.get(group=cast.group).display_name
    client_for(cast.member).post(reverse("thread-create", args=[cast.group.slug]), {
        "title": "Something I cannot say with my name", "body": "It was me who left.",
        "anonymous": "on",
    })
    thread = Thread.objects.get()

    for viewer in (cast.facilitator, cast.other_member):
        listing = client_for(viewer).get(
            reverse("thread-list", args=[cast.group.slug])).content.decode()
        page = client_for(viewer).get(thread.get_absolute_url()).content.decode()
        assert "Started by a member" in listing
        assert author_name not in listing and author_name not in page
        assert re.search(r'<strong id="post-\d+-by">a member</strong>', page)


def test_an_error_keeps_what_was_typed(cast: Cast) -> None:
    thread = start(cast.group, cast.facilitator)

    response = client_for(cast.member).post(
        reverse("thread-create", args=[cast.group.slug]),
        {"title": "", "body": "My long message that must not be lost"})
    assert response.status_code == 400
    assert "Please give the thread a title." in response.content.decode()
    assert "My long message that must not be lost" in response.content.decode()

    response = client_for(cast.member).post(
        reverse("thread-reply", args=[cast.group.slug, thread.pk]), {"body": "   "})
    assert response.status_code == 400
    assert "Please write something first." in response.content.decode()


def test_a_new_account_may_put_only_one_link_in_a_post_and_keeps_its_text(cast: Cast) -> None:
    thread = start(cast.group, cast.facilitator)
    text = "These helped: https://example.org/a and https://example.org/b"

    response = client_for(cast.member).post(
        reverse("thread-reply", args=[cast.group.slug, thread.pk]), {"body": text})

    page = response.content.decode()
    assert response.status_code == 400
    assert "at most 1 link(s)" in page
    assert "https://example.org/b</textarea>" in page
    assert not thread.posts.filter(is_opening=False).exists()


def test_posting_too_often_is_429_with_the_text_kept(cast: Cast) -> None:
    thread = start(cast.group, cast.facilitator)
    client = client_for(cast.member)
    url = reverse("thread-reply", args=[cast.group.slug, thread.pk])
    for n in range(5):
        assert client.post(url, {"body": f"Reply {n}"}).status_code == 302

    response = client.post(url, {"body": "One more thing I wanted to say"})

    page = response.content.decode()
    assert response.status_code == 429
    assert "You have posted 5 times in the last hour" in page
    assert "One more thing I wanted to say</textarea>" in page
    assert thread.posts.filter(is_opening=False).count() == 5


def test_a_muted_member_reads_but_sees_a_notice_instead_of_the_reply_form(cast: Cast) -> None:
    thread = start(cast.group, cast.facilitator)
    cast.member.memberships.filter(group=cast.group).update(
        muted_until=timezone.now() + datetime.timedelta(days=3))
    client = client_for(cast.member)

    page = client.get(thread.get_absolute_url()).content.decode()
    assert "paused your posting" in page
    assert 'action="' + reverse("thread-reply", args=[cast.group.slug, thread.pk]) not in page

    response = client.post(reverse("thread-reply", args=[cast.group.slug, thread.pk]),
                           {"body": "Let me speak"})
    assert response.status_code == 403
    assert not thread.posts.filter(is_opening=False).exists()


def test_content_notes_fold_the_post_until_opened(cast: Cast) -> None:
    thread = start(cast.group, cast.member, body="The day it happened.", content_note="loss")

    page = client_for(cast.facilitator).get(thread.get_absolute_url()).content.decode()

    assert re.search(r"<details class=\"content-note\"><summary>Content note: loss</summary>"
                     r"<div class=\"body\"><p>The day it happened.</p>", page)


def test_an_author_edits_within_the_window_and_the_post_says_edited(cast: Cast) -> None:
    thread = start(cast.group, cast.member, title="Old title")
    post = thread.posts.get()
    client = client_for(cast.member)
    edit = reverse("post-edit", args=[cast.group.slug, post.pk])

    assert 'name="title"' in client.get(edit).content.decode()
    response = client.post(edit, {"title": "New title", "body": "Better words",
                                  "content_note": ""})

    assert response.status_code == 302
    page = client_for(cast.facilitator).get(thread.get_absolute_url()).content.decode()
    assert "Better words" in page and "New title" in page
    assert re.search(r'<span class="edited">edited <time datetime="[^"]+">', page)
    assert edit not in page  # only the author is offered the edit


def test_after_the_window_or_by_another_the_post_cannot_be_edited(cast: Cast) -> None:
    thread = start(cast.group, cast.member)
    post = write(thread, cast.member, "First words", ago=datetime.timedelta(minutes=31))
    fresh = write(thread, cast.member, "Second words")

    late = client_for(cast.member).post(reverse("post-edit", args=[cast.group.slug, post.pk]),
                                        {"body": "Changed"})
    someone_else = client_for(cast.facilitator).post(
        reverse("post-edit", args=[cast.group.slug, fresh.pk]), {"body": "Changed"})

    assert late.status_code == 403
    assert "30 minutes" in late.content.decode()
    assert someone_else.status_code == 403
    assert set(Post.objects.values_list("body", flat=True)) >= {"First words", "Second words"}


def test_an_author_deletes_a_post_after_confirming(cast: Cast) -> None:
    thread = start(cast.group, cast.facilitator)
    post = write(thread, cast.member, "Something I regret saying", content_note="anger")
    client = client_for(cast.member)
    url = reverse("post-delete", args=[cast.group.slug, post.pk])

    assert "Delete your post?" in client.get(url).content.decode()
    assert client_for(cast.facilitator).post(url).status_code == 403
    assert client.post(url).status_code == 302

    post.refresh_from_db()
    assert post.status == "deleted" and post.body == "" and post.content_note == ""
    page = client_for(cast.facilitator).get(thread.get_absolute_url()).content.decode()
    assert "This post was deleted by its author." in page
    assert "Something I regret" not in page and "anger" not in page
    thread.refresh_from_db()
    assert thread.reply_count == 0


def test_a_crisis_post_is_held_its_author_sees_help_and_others_see_nothing(
    cast: Cast, django_capture_on_commit_callbacks: object
) -> None:
    from mutual.moderation.actions import HELD_FOR_AUTHOR

    response = client_for(cast.member).post(
        reverse("thread-create", args=[cast.group.slug]),
        {"title": "Tonight", "body": "I want to end my life. I can't do this anymore."},
        follow=True)

    page = response.content.decode()
    thread = Thread.objects.get()
    assert thread.status == "held"
    assert str(HELD_FOR_AUTHOR)[:60].replace("'", "&#x27;") in page
    assert 'class="crisis-card"' in page
    other = MembershipFactory(group=cast.group).user
    assert client_for(other).get(thread.get_absolute_url()).status_code == 404
    listing = client_for(other).get(reverse("thread-list", args=[cast.group.slug]))
    assert "Tonight" not in listing.content.decode()
    facilitator_page = client_for(cast.facilitator).get(thread.get_absolute_url())
    assert "Held for a person to read first" in facilitator_page.content.decode()
    assert 'class="crisis-card"' not in facilitator_page.content.decode()


def test_a_held_reply_is_hidden_from_the_group_and_the_thread_is_unchanged(cast: Cast) -> None:
    thread = start(cast.group, cast.facilitator)

    client_for(cast.member).post(reverse("thread-reply", args=[cast.group.slug, thread.pk]),
                                 {"body": "I want to kill myself."})

    post = thread.posts.get(is_opening=False)
    assert post.status == "held"
    other = client_for(MembershipFactory(group=cast.group).user)
    assert "kill myself" not in other.get(thread.get_absolute_url()).content.decode()
    mine = client_for(cast.member).get(thread.get_absolute_url()).content.decode()
    assert "kill myself" in mine and 'class="crisis-card"' in mine
    thread.refresh_from_db()
    assert thread.reply_count == 0


def test_deleting_the_opening_post_keeps_the_thread_for_its_replies(cast: Cast) -> None:
    thread = start(cast.group, cast.member, title="Kept for the replies")
    write(thread, cast.facilitator, "A reply worth keeping")
    opening = thread.posts.get(is_opening=True)

    client_for(cast.member).post(reverse("post-delete", args=[cast.group.slug, opening.pk]))

    listing = client_for(cast.facilitator).get(
        reverse("thread-list", args=[cast.group.slug])).content.decode()
    page = client_for(cast.facilitator).get(thread.get_absolute_url()).content.decode()
    assert "Kept for the replies" in listing
    assert "A reply worth keeping" in page
    assert "This post was deleted by its author." in page


def test_outside_images_show_only_where_the_group_allows_them(cast: Cast) -> None:
    allowing = GroupFactory(allows_outside_images=True)
    MembershipFactory(group=allowing, user=cast.member)
    text = "![our walk](https://photos.example/walk.jpg)"
    for group in (cast.group, allowing):
        client_for(cast.member).post(reverse("thread-create", args=[group.slug]),
                                     {"title": "A photo", "body": text})

    plain = Post.objects.get(group=cast.group).body_html
    shown = Post.objects.get(group=allowing).body_html
    assert "<img" not in plain
    assert '<a href="https://photos.example/walk.jpg" rel="nofollow ugc">our walk</a>' in plain
    assert '<img src="https://photos.example/walk.jpg" alt="our walk">' in shown


def test_a_hidden_post_shows_its_reason_to_its_author_marked_to_facilitators_and_not_to_others(
    cast: Cast
) -> None:
    thread = start(cast.group, cast.facilitator)
    write(thread, cast.member, "Something harsh", status="hidden",
          status_reason="Please speak from your own experience.")

    author = client_for(cast.member).get(thread.get_absolute_url()).content.decode()
    facilitator = client_for(cast.facilitator).get(thread.get_absolute_url()).content.decode()
    other = client_for(MembershipFactory(group=cast.group).user).get(
        thread.get_absolute_url()).content.decode()

    assert "Hidden by a moderator" in author and "Please speak from your own" in author
    assert "Hidden by a moderator" in facilitator and "Something harsh" in facilitator
    assert "Something harsh" not in other and "Hidden by a moderator" not in other


def test_worry_for_someone_else_is_posted_and_its_writer_is_shown_where_help_is(
    cast: Cast,
) -> None:
    thread = start(cast.group, cast.facilitator)

    response = client_for(cast.member).post(
        reverse("thread-reply", args=[cast.group.slug, thread.pk]),
        {"body": "My son told me last night that he wants to die. What do I do?"}, follow=True)

    post = thread.posts.get(is_opening=False)
    assert post.status == "visible"  # not held: the writer is not the one at risk
    assert "worried about someone" in response.content.decode()
    plain = client_for(cast.member).post(
        reverse("thread-reply", args=[cast.group.slug, thread.pk]),
        {"body": "The walk by the lake helped me this week."}, follow=True)
    assert "worried about someone" not in plain.content.decode()
