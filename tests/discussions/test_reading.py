"""Reading a group: the list in order, search, new posts without reloading, safe Markdown."""

import re

import pytest
from django.urls import reverse
from django.utils import timezone

from mutual.discussions.markdown import render
from mutual.discussions.models import Thread
from tests.conftest import Cast, client_for
from tests.discussions.helpers import start, write

pytestmark = pytest.mark.django_db


def titles(page: str) -> list[str]:
    return re.findall(r'<h2><a href="[^"]+">([^<]+)</a></h2>', page)


def test_pinned_threads_come_first_then_the_latest_activity(cast: Cast) -> None:
    old = start(cast.group, cast.member, title="Old but pinned")
    quiet = start(cast.group, cast.member, title="Quiet")
    busy = start(cast.group, cast.member, title="Busy")
    Thread.objects.filter(pk=old.pk).update(
        pinned=True, last_post_at=timezone.now() - timezone.timedelta(days=30))
    Thread.objects.filter(pk=quiet.pk).update(
        last_post_at=timezone.now() - timezone.timedelta(days=2))
    write(busy, cast.facilitator)

    page = client_for(cast.member).get(
        reverse("thread-list", args=[cast.group.slug])).content.decode()

    assert titles(page) == ["Old but pinned", "Busy", "Quiet"]
    assert "Pinned" in page
    assert "1 reply" in page and "0 replies" in page
    assert re.search(r'last activity <time datetime="[^"]+">', page)


def test_pinning_through_the_page_moves_the_thread_up(cast: Cast) -> None:
    first = start(cast.group, cast.member, title="First")
    start(cast.group, cast.member, title="Second")
    client = client_for(cast.facilitator)

    client.post(reverse("thread-pin", args=[cast.group.slug, first.pk]))
    assert titles(client.get(reverse("thread-list", args=[cast.group.slug])).content.decode()
                  ) == ["First", "Second"]

    client.post(reverse("thread-pin", args=[cast.group.slug, first.pk]))
    assert titles(client.get(reverse("thread-list", args=[cast.group.slug])).content.decode()
                  ) == ["Second", "First"]


def test_search_finds_titles_and_post_text_in_any_case_with_an_escaped_snippet(
    cast: Cast
) -> None:
    start(cast.group, cast.member, title="Sleep after the funeral", body="Nights are long.")
    by_text = start(cast.group, cast.member, title="Books")
    write(by_text, cast.facilitator, "I read <b>A Grief Observed</b> and SLEEP came back.")
    start(cast.group, cast.member, title="Unrelated", body="Walking helps.")
    held = start(cast.group, cast.facilitator, title="Held", status="held")
    write(held, cast.facilitator, "sleep", status="held")
    start(cast.other_group, cast.other_member, title="Sleep elsewhere")

    page = client_for(cast.member).get(
        reverse("thread-list", args=[cast.group.slug]) + "?q=sleep").content.decode()

    assert sorted(titles(page)) == ["Books", "Sleep after the funeral"]
    assert "&lt;b&gt;A Grief Observed&lt;/b&gt; and <mark>SLEEP</mark> came back." in page
    assert "2 conversations mention “sleep”" in page


def test_search_ignores_posts_others_cannot_see(cast: Cast) -> None:
    thread = start(cast.group, cast.member, title="Evenings")
    write(thread, cast.facilitator, "a hidden remark about gardening", status="hidden")

    page = client_for(cast.member).get(
        reverse("thread-list", args=[cast.group.slug]) + "?q=gardening").content.decode()

    assert titles(page) == []
    assert "Nothing here matches." in page


def test_the_page_polls_for_new_posts_into_a_live_region(cast: Cast) -> None:
    thread = start(cast.group, cast.member)
    last = write(thread, cast.facilitator)

    page = client_for(cast.member).get(thread.get_absolute_url()).content.decode()

    assert '<ol id="posts" class="posts results" aria-live="polite"' in page
    poll = reverse("thread-posts", args=[cast.group.slug, thread.pk]) + f"?after={last.pk}"
    assert (f'hx-get="{poll}" hx-trigger="every 10s" hx-target="#posts" '
            'hx-swap="beforeend"') in page


def test_polling_returns_only_the_new_visible_posts(cast: Cast) -> None:
    thread = start(cast.group, cast.member)
    seen = write(thread, cast.facilitator, "Seen already")
    client = client_for(cast.member)
    url = reverse("thread-posts", args=[cast.group.slug, thread.pk])

    assert client.get(f"{url}?after={seen.pk}").status_code == 204

    new = write(thread, cast.facilitator, "Just written")
    write(thread, cast.facilitator, "Waiting for review", status="held")
    response = client.get(f"{url}?after={seen.pk}", HTTP_HX_REQUEST="true")

    fragment = response.content.decode()
    assert response.status_code == 200
    assert "Just written" in fragment
    assert "Seen already" not in fragment and "Waiting for review" not in fragment
    assert "<html" not in fragment
    assert f'?after={new.pk}" hx-trigger="every 10s"' in fragment
    assert 'hx-swap-oob="true"' in fragment
    assert client.get(f"{url}?after=abc").status_code == 400


def test_markdown_is_made_safe() -> None:
    html = render("<script>alert(1)</script> [click](javascript:alert(1)) "
                  "<img src=x onerror=alert(1)> [ok](https://example.org)")

    assert "<script" not in html and "<img" not in html
    assert 'href="javascript' not in html
    assert '<a href="https://example.org" rel="nofollow ugc">ok</a>' in html


def test_links_are_nofollow_and_bare_addresses_become_links() -> None:
    html = render("see https://example.org/help and **bold**")

    assert '<a href="https://example.org/help" rel="nofollow ugc">' in html
    assert "<strong>bold</strong>" in html


def test_images_from_other_sites_only_where_allowed() -> None:
    text = "![a walk](https://photos.example/walk.jpg) ![x](javascript:alert(1))"

    assert "<img" not in render(text)
    assert '<img src="https://photos.example/walk.jpg" alt="a walk">' in render(text, images=True)
    assert 'src="javascript' not in render(text, images=True)
    assert 'href="javascript' not in render(text)


def test_a_post_written_with_html_shows_it_as_text(cast: Cast) -> None:
    thread = start(cast.group, cast.member, body='<script>alert("hi")</script> hello')

    page = client_for(cast.facilitator).get(thread.get_absolute_url()).content.decode()

    assert '<script>alert("hi")' not in page
    assert "&lt;script&gt;alert" in page
