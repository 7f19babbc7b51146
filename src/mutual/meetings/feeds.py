"""The Meeting Guide JSON feed of every public meeting, for the apps that read such feeds.

Its ETag and Last-Modified come from one cheap query, so a repeated request gets a 304;
the body is built once per version and host, and kept in the cache.
"""

import datetime as dt
import json
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import condition, require_safe

from mutual.meetings.meeting_guide import FeedVersion, feed_rows, feed_version

CACHE_SECONDS = 24 * 3600
# How long a reader may use its copy before asking again (and most likely getting a 304).
FRESH_SECONDS = 300
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
# Any number will do: the meeting URL is reversed once and this number replaced per meeting.
_SOME_ID = 987654321


def _version(request: HttpRequest) -> FeedVersion:
    if not hasattr(request, "_meeting_guide_version"):
        request._meeting_guide_version = feed_version()  # type: ignore[attr-defined]
    return request._meeting_guide_version  # type: ignore[attr-defined]


def _etag(request: HttpRequest) -> str:
    return _version(request).etag


def _last_modified(request: HttpRequest) -> dt.datetime | None:
    return _version(request).last_modified


def _open_to_all_origins(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Meeting apps read the feed from pages on other sites."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = view(request, *args, **kwargs)
        response["Access-Control-Allow-Origin"] = "*"
        return response

    return wrapped


def _body(request: HttpRequest) -> bytes:
    template = request.build_absolute_uri(reverse("meeting-detail", args=[_SOME_ID]))
    key = f"meeting-guide-feed:{_etag(request)}:{template}"
    body = cache.get(key)
    if body is None:

        def meeting_url(pk: int) -> str:
            return template.replace(str(_SOME_ID), str(pk))

        # Each row is written out as it is read, so the rows are never all in memory at once.
        rows = (_ENCODER.encode(row).encode() for row in feed_rows(meeting_url))
        body = b"[" + b",".join(rows) + b"]"
        cache.set(key, body, CACHE_SECONDS)
    return body


@_open_to_all_origins
@require_safe
@condition(etag_func=_etag, last_modified_func=_last_modified)
def meeting_guide_feed(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(_body(request), content_type="application/json; charset=utf-8")
    patch_cache_control(response, public=True, max_age=FRESH_SECONDS)
    return response
