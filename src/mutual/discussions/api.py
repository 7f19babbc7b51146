"""Discussions in the API: the same reads and actions as the pages, the same rule that what
a person may not read is 404."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import Q
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.exceptions import NotFound, Throttled, ValidationError
from rest_framework.generics import GenericAPIView
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from mutual.core.api import Pagination
from mutual.core.crisis import crisis_card_for_request
from mutual.core.http import whole_number
from mutual.core.ratelimit import RateLimited
from mutual.discussions import actions
from mutual.discussions.models import Milestone, Post, Thread, Visibility
from mutual.discussions.queries import (
    discussion_group,
    milestones_today,
    my_milestone_by_id,
    my_milestones,
    post_by_id_for_reader,
    posts_for_reader,
    search_threads,
    snippet,
    thread_by_id_for_reader,
    threads_for_list,
)
from mutual.discussions.serializers import (
    GroupMilestonesSerializer,
    MilestoneChange,
    MilestoneSerializer,
    PostChange,
    PostInput,
    PostSerializer,
    ThanksSerializer,
    ThreadDetailSerializer,
    ThreadInput,
    ThreadSerializer,
)
from mutual.groups.models import Group

NOT_FOUND = OpenApiResponse(description="Not found, or not readable by you.")
TOO_MANY = OpenApiResponse(description="Posting too often for now; try again later.")


@contextmanager
def action_errors() -> Iterator[None]:
    """An action's refusals in the API's shape: 400 with the fields, 429 for a rate limit
    (PermissionDenied becomes 403 in the exception handler)."""
    try:
        yield
    except DjangoValidationError as error:
        raise ValidationError(
            error.message_dict if hasattr(error, "error_dict") else error.messages
        ) from error
    except RateLimited as limited:
        raise Throttled(detail=limited.message) from limited


def _group(request: Request, slug: str) -> Group:
    group = discussion_group(request.user, slug)
    if group is None:
        raise NotFound()
    return group


def _thread(request: Request, thread_id: int) -> Thread:
    thread = thread_by_id_for_reader(request.user, thread_id)
    if thread is None:
        raise NotFound()
    return thread


def _post(request: Request, post_id: int) -> Post:
    post = post_by_id_for_reader(request.user, post_id)
    if post is None:
        raise NotFound()
    return post


def _validated(serializer_class: type, data: Any, **kwargs: Any) -> dict[str, Any]:
    serializer = serializer_class(data=data, **kwargs)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


def _post_context(request: Request, posts: list[Post]) -> dict[str, Any]:
    """Serializer context; the crisis lines are looked up only if a post needs them."""
    held = any(post.mine and post.crisis_flagged and post.status == Visibility.HELD  # type: ignore[attr-defined]
               for post in posts)
    return {"request": request,
            "crisis_card": crisis_card_for_request(request) if held else None}


def _one_post(request: Request, post: Post) -> dict[str, Any]:
    shown = posts_for_reader(request.user, post.thread, where=Q(pk=post.pk), source=True)
    if not shown:
        raise NotFound()
    return PostSerializer(shown[0], context=_post_context(request, shown)).data


def _thread_detail(request: Request, thread: Thread) -> dict[str, Any]:
    opening = posts_for_reader(request.user, thread, where=Q(is_opening=True), source=True)
    thread.opening_post = opening[0] if opening else None  # type: ignore[attr-defined]
    return ThreadDetailSerializer(thread, context=_post_context(request, opening)).data


class GroupThreadsAPI(GenericAPIView):
    """A group's threads, pinned first then by last activity; or those matching ?q=."""

    pagination_class = Pagination
    serializer_class = ThreadSerializer

    @extend_schema(
        operation_id="group_threads_list",
        parameters=[
            OpenApiParameter("q", str, description="Words in a title or in a visible post."),
            OpenApiParameter("page", OpenApiTypes.INT),
        ],
        responses={200: ThreadSerializer(many=True), 404: NOT_FOUND},
    )
    def get(self, request: Request, slug: str) -> Response:
        group = _group(request, slug)
        query = request.query_params.get("q", "").strip()[:200]
        threads = (search_threads(request.user, group, query) if query
                   else threads_for_list(request.user, group))
        page = self.paginate_queryset(threads)
        for thread in page:
            thread.group = group
            if query:
                thread.snippet = snippet(thread.matched_body or "", query)
        return self.get_paginated_response(ThreadSerializer(page, many=True).data)

    @extend_schema(
        operation_id="group_threads_create",
        request=ThreadInput,
        responses={201: ThreadDetailSerializer, 403: OpenApiResponse(), 404: NOT_FOUND,
                   429: TOO_MANY},
        description="Start a thread. A post the crisis check holds comes back with status "
                    "“held”, the kind message in status_reason and crisis lines in crisis_help.",
    )
    def post(self, request: Request, slug: str) -> Response:
        group = _group(request, slug)
        data = _validated(ThreadInput, request.data)
        with action_errors():
            thread = actions.start_thread(
                actor=request.user, group=group, title=data["title"], body=data["body"],
                anonymous=data["anonymous"], content_note=data["content_note"],
            )
        shown = thread_by_id_for_reader(request.user, thread.pk)
        return Response(_thread_detail(request, shown or thread), status=status.HTTP_201_CREATED)


class ThreadAPI(APIView):
    @extend_schema(operation_id="thread_detail",
                   responses={200: ThreadDetailSerializer, 404: NOT_FOUND})
    def get(self, request: Request, thread_id: int) -> Response:
        return Response(_thread_detail(request, _thread(request, thread_id)))


class ThreadPostsAPI(GenericAPIView):
    """A thread's posts in order, as the viewer may see them."""

    pagination_class = Pagination
    serializer_class = PostSerializer

    @extend_schema(
        operation_id="thread_posts_list",
        parameters=[
            OpenApiParameter("after", OpenApiTypes.INT,
                             description="Only posts after this one: new posts since a look."),
            OpenApiParameter("page", OpenApiTypes.INT),
        ],
        responses={200: PostSerializer(many=True), 404: NOT_FOUND},
    )
    def get(self, request: Request, thread_id: int) -> Response:
        thread = _thread(request, thread_id)
        after = None
        if "after" in request.query_params:
            after = whole_number(request.query_params["after"])
            if after is None:
                raise ValidationError({"after": [_("Give the number of a post.")]})
        posts = posts_for_reader(request.user, thread, after=after, source=True)
        page = self.paginate_queryset(posts)
        return self.get_paginated_response(
            PostSerializer(page, many=True, context=_post_context(request, page)).data)

    @extend_schema(
        operation_id="thread_posts_create",
        request=PostInput,
        responses={201: PostSerializer, 400: OpenApiResponse(), 403: OpenApiResponse(),
                   404: NOT_FOUND, 429: TOO_MANY},
        description="Reply. A reply the crisis check holds comes back with status “held” and "
                    "crisis lines in crisis_help.",
    )
    def post(self, request: Request, thread_id: int) -> Response:
        thread = _thread(request, thread_id)
        data = _validated(PostInput, request.data)
        with action_errors():
            post = actions.reply(actor=request.user, thread=thread, body=data["body"],
                                 anonymous=data["anonymous"], content_note=data["content_note"])
        return Response(_one_post(request, post), status=status.HTTP_201_CREATED)


class PostAPI(APIView):
    @extend_schema(
        operation_id="post_update",
        request=PostChange,
        responses={200: PostSerializer, 400: OpenApiResponse(), 403: OpenApiResponse(),
                   404: NOT_FOUND},
        description="The author changes a post within the edit window.",
    )
    def patch(self, request: Request, post_id: int) -> Response:
        post = _post(request, post_id)
        data = _validated(PostChange, request.data)
        with action_errors():
            actions.edit_post(actor=request.user, post=post, body=data.get("body", post.body),
                              content_note=data.get("content_note"), title=data.get("title"))
        return Response(_one_post(request, post))

    @extend_schema(operation_id="post_delete",
                   responses={204: None, 403: OpenApiResponse(), 404: NOT_FOUND})
    def delete(self, request: Request, post_id: int) -> Response:
        post = _post(request, post_id)
        with action_errors():
            actions.delete_post(actor=request.user, post=post)
        return Response(status=status.HTTP_204_NO_CONTENT)


class PostThanksAPI(APIView):
    """Thank a post's author, or take it back. Only the author learns who thanked them."""

    @extend_schema(operation_id="post_thank", request=None,
                   responses={201: ThanksSerializer, 400: OpenApiResponse(),
                              403: OpenApiResponse(), 404: NOT_FOUND})
    def post(self, request: Request, post_id: int) -> Response:
        post = _post(request, post_id)
        with action_errors():
            actions.thank(actor=request.user, post=post)
        return Response({"thanked": True}, status=status.HTTP_201_CREATED)

    @extend_schema(operation_id="post_unthank", responses={204: None, 404: NOT_FOUND})
    def delete(self, request: Request, post_id: int) -> Response:
        post = _post(request, post_id)
        with action_errors():
            actions.unthank(actor=request.user, post=post)
        return Response(status=status.HTTP_204_NO_CONTENT)


class GroupMilestonesAPI(APIView):
    @extend_schema(operation_id="group_milestones_list",
                   responses={200: GroupMilestonesSerializer, 404: NOT_FOUND},
                   description="Your milestones in the group, and members' shared milestones "
                               "that fall today in the group's time zone.")
    def get(self, request: Request, slug: str) -> Response:
        group = _group(request, slug)
        return Response(GroupMilestonesSerializer({
            "mine": my_milestones(request.user, group),
            "today": milestones_today(group),
        }).data)

    @extend_schema(operation_id="group_milestones_create", request=MilestoneSerializer,
                   responses={201: MilestoneSerializer, 400: OpenApiResponse(),
                              403: OpenApiResponse(), 404: NOT_FOUND})
    def post(self, request: Request, slug: str) -> Response:
        group = _group(request, slug)
        data = _validated(MilestoneSerializer, request.data)
        with action_errors():
            milestone = actions.set_milestone(
                actor=request.user, group=group, kind=data["kind"], label=data["label"],
                date=data["date"], shared=data.get("shared", True),
            )
        return Response(MilestoneSerializer(milestone).data, status=status.HTTP_201_CREATED)


class MilestoneAPI(APIView):
    def _milestone(self, request: Request, milestone_id: int) -> Milestone:
        milestone = my_milestone_by_id(request.user, milestone_id)
        if milestone is None:
            raise NotFound()
        return milestone

    @extend_schema(operation_id="milestone_update", request=MilestoneChange,
                   responses={200: MilestoneSerializer, 400: OpenApiResponse(),
                              404: NOT_FOUND})
    def patch(self, request: Request, milestone_id: int) -> Response:
        milestone = self._milestone(request, milestone_id)
        data = _validated(MilestoneChange, request.data)
        with action_errors():
            milestone = actions.set_milestone(
                actor=request.user, group=milestone.group, milestone=milestone,
                kind=data.get("kind", milestone.kind), label=data.get("label", milestone.label),
                date=data.get("date", milestone.date),
                shared=data.get("shared", milestone.shared),
            )
        return Response(MilestoneSerializer(milestone).data)

    @extend_schema(operation_id="milestone_delete", responses={204: None, 404: NOT_FOUND})
    def delete(self, request: Request, milestone_id: int) -> Response:
        milestone = self._milestone(request, milestone_id)
        with action_errors():
            actions.delete_milestone(actor=request.user, milestone=milestone)
        return Response(status=status.HTTP_204_NO_CONTENT)
