"""The moderation API: the same reports, queues, decisions and appeals as the pages, through
the same queries and actions. Whoever may not moderate a group gets 404."""

from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import QuerySet
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import generics, status
from rest_framework.exceptions import NotFound, Throttled, ValidationError
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from mutual.core.ratelimit import RateLimited
from mutual.discussions.models import Post
from mutual.groups.models import Group
from mutual.groups.permissions import can_read_discussions, is_moderator
from mutual.moderation import actions, queries
from mutual.moderation.models import ModerationAction, Report
from mutual.moderation.serializers import (
    AppealInputSerializer,
    AppealSerializer,
    DecisionSerializer,
    GroupQueueSerializer,
    MemberModerationSerializer,
    ModerationResultSerializer,
    PlatformQueueSerializer,
    PostModerationSerializer,
    ReportInputSerializer,
    ReportSerializer,
)


def invalid(error: DjangoValidationError) -> ValidationError:
    """An action's error in the API's shape, by field where the action named one."""
    if hasattr(error, "error_dict"):
        return ValidationError({name: list(messages)
                                for name, messages in error.message_dict.items()})
    return ValidationError({"non_field_errors": error.messages})


def _decided(decide: Any) -> Response:
    try:
        decision = decide()
    except DjangoValidationError as error:
        raise invalid(error) from error
    return Response(ModerationResultSerializer(decision).data, status=status.HTTP_201_CREATED)


def _moderated_group(request: Request, slug: str) -> Group:
    group = queries.group_for_moderation(slug, request.user)
    if group is None:
        raise NotFound()
    return group


def _report(group: Group, number: int | None, **about: Any) -> Report | None:
    if number is None:
        return None
    report = queries.report_for(group, number, **about)
    if report is None:
        raise ValidationError({"report": [_("That report is about something else.")]})
    return report


class ReportAPI(APIView):
    """Report a post or a member of a group you belong to."""

    permission_classes = [IsAuthenticated]

    @extend_schema(request=ReportInputSerializer, responses={201: ReportSerializer})
    def post(self, request: Request) -> Response:
        given = ReportInputSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        data = given.validated_data
        group = Group.objects.filter(slug=data["group"]).first()
        if group is None or not can_read_discussions(request.user, group):
            raise NotFound()
        about: dict[str, Any] = {}
        if data.get("post"):
            post = queries.reportable_post(request.user, group, data["post"])
            if post is None:
                raise NotFound()
            about["post"] = post
        else:
            membership = queries.reportable_membership(request.user, group, data["member"])
            if membership is None:
                raise NotFound()
            about["subject"] = membership.user
        try:
            report = actions.file_report(actor=request.user, group=group,
                                         reason=data["reason"], text=data["text"], **about)
        except RateLimited as error:
            raise Throttled(detail=error.message) from error
        except DjangoValidationError as error:
            raise invalid(error) from error
        return Response(ReportSerializer(report).data, status=status.HTTP_201_CREATED)


class GroupQueueAPI(APIView):
    """A group's moderation queue, for its facilitators and the platform's moderators."""

    @extend_schema(responses=GroupQueueSerializer)
    def get(self, request: Request, slug: str) -> Response:
        group = _moderated_group(request, slug)
        return Response(GroupQueueSerializer(queries.group_queue(group, request.user)).data)


class PlatformQueueAPI(APIView):
    """Crisis holds, escalated reports and appeals from every group, for moderators."""

    @extend_schema(responses=PlatformQueueSerializer)
    def get(self, request: Request) -> Response:
        if not is_moderator(request.user):
            raise NotFound()
        return Response(PlatformQueueSerializer(queries.platform_queue()).data)


class PostModerationAPI(APIView):
    """Decide about a post, or about its author without naming them."""

    @extend_schema(request=PostModerationSerializer,
                   responses={201: ModerationResultSerializer})
    def post(self, request: Request, post_id: int) -> Response:
        slug = Post.objects.filter(pk=post_id).values_list("group__slug", flat=True).first()
        group = _moderated_group(request, slug or "")
        post = queries.post_for_moderation(group, post_id, request.user)
        if post is None:
            raise NotFound()
        given = PostModerationSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        data = given.validated_data
        report = _report(group, data.get("report"), post=post)
        return _decided(lambda: actions.act_on_post(
            actor=request.user, post=post, action=data["action"], reason=data["reason"],
            method_detail=data["method_detail"], days=data.get("days"), report=report))


class MemberModerationAPI(APIView):
    """Mute, unmute, remove or let back a member of a group."""

    @extend_schema(request=MemberModerationSerializer,
                   responses={201: ModerationResultSerializer})
    def post(self, request: Request, slug: str, membership_id: int) -> Response:
        group = _moderated_group(request, slug)
        membership = queries.membership_for_moderation(group, membership_id)
        if membership is None:
            raise NotFound()
        given = MemberModerationSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        data = given.validated_data
        report = _report(group, data.get("report"), membership=membership)
        return _decided(lambda: actions.act_on_member(
            actor=request.user, membership=membership, action=data["action"],
            reason=data["reason"], days=data.get("days"), report=report))


class DecisionListAPI(generics.ListAPIView):
    """The decisions about you, newest first, with your appeals."""

    serializer_class = DecisionSerializer
    permission_classes = [IsAuthenticated]

    def get_queryset(self) -> QuerySet[ModerationAction]:
        return queries.decisions_about(self.request.user)

    def paginate_queryset(self, queryset: Any) -> Any:
        page = super().paginate_queryset(queryset)
        if page is not None:
            queries.mark_appealable(page, self.request.user)
        return page


class AppealAPI(APIView):
    """Appeal a decision about you."""

    permission_classes = [IsAuthenticated]

    @extend_schema(request=AppealInputSerializer, responses={201: AppealSerializer})
    def post(self, request: Request, action_id: int) -> Response:
        decision = queries.decision_for_appeal(request.user, action_id)
        if decision is None or decision.kind not in actions.APPEALABLE:
            raise NotFound()
        given = AppealInputSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        try:
            made = actions.appeal(actor=request.user, action=decision,
                                  text=given.validated_data["text"])
        except DjangoValidationError as error:
            raise invalid(error) from error
        return Response(AppealSerializer(made).data, status=status.HTTP_201_CREATED)
