"""Membership in the API: mine (join, change, leave), the member list, facilitators'
decisions and roles, and invitations. The same actions and checks as the pages."""

import datetime
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.core.exceptions import NON_FIELD_ERRORS
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import QuerySet
from django.urls import reverse
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import exceptions, generics, status
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from mutual.core.ratelimit import RateLimited
from mutual.groups import actions
from mutual.groups.membership_queries import (
    active_members,
    group_by_slug,
    invitation_in_group,
    invitations_of,
    member_in_group,
    membership_of,
    pending_requests,
)
from mutual.groups.membership_serializers import (
    AcceptInvitationSerializer,
    DecisionResultSerializer,
    DecisionSerializer,
    InvitationCreatedSerializer,
    InvitationCreateSerializer,
    InvitationSerializer,
    JoinSerializer,
    MemberSerializer,
    MembershipSerializer,
    MembershipUpdateSerializer,
    RoleSerializer,
)
from mutual.groups.models import Group, Invitation, Membership
from mutual.groups.permissions import (
    can_manage_members,
    can_view_group,
    can_view_group_members,
)

SLUG = OpenApiParameter("slug", str, OpenApiParameter.PATH, description="The group's slug.")
MEMBERSHIP_ID = OpenApiParameter("membership_id", int, OpenApiParameter.PATH)
INVITATION_ID = OpenApiParameter("invitation_id", int, OpenApiParameter.PATH)
ERROR = OpenApiResponse(description='{"error": {"code", "message", "fields"}}')
TAGS = ["membership"]


class TooManyAttempts(exceptions.APIException):
    status_code = status.HTTP_429_TOO_MANY_REQUESTS
    default_code = "rate_limited"


class Gone(exceptions.APIException):
    status_code = status.HTTP_410_GONE
    default_code = "gone"


@contextmanager
def action_errors() -> Iterator[None]:
    """Answer what an action refuses in the API's one error shape (403s pass through)."""
    try:
        yield
    except RateLimited as limited:
        raise TooManyAttempts(limited.message) from limited
    except DjangoValidationError as invalid:
        if hasattr(invalid, "error_dict"):
            fields = {("non_field_errors" if name == NON_FIELD_ERRORS else name): messages
                      for name, messages in invalid.message_dict.items()}
            raise exceptions.ValidationError(fields) from invalid
        raise exceptions.ValidationError(invalid.messages) from invalid


def visible_group(request: Request, slug: str) -> tuple[Group, Membership | None]:
    """The group if the person may see it at all, with their membership in any status."""
    group = group_by_slug(slug)
    if group is None:
        raise exceptions.NotFound()
    membership = membership_of(request.user, group)
    if not can_view_group(request.user, group):
        raise exceptions.NotFound()
    return group, membership


def managed_group(request: Request, slug: str) -> Group:
    """Members who may see the list are refused; anyone else finds nothing."""
    group, _membership = visible_group(request, slug)
    if not can_manage_members(request.user, group):
        if can_view_group_members(request.user, group):
            raise exceptions.PermissionDenied(_("Only this group's facilitators can do this."))
        raise exceptions.NotFound()
    return group


def _in_group(membership: Membership | None) -> Membership:
    if membership is None or membership.status == Membership.Status.REMOVED:
        raise exceptions.NotFound(_("You are not in this group."))
    return membership


class MyMembershipAPI(APIView):
    """My membership in one group."""

    permission_classes = [IsAuthenticated]

    @extend_schema(operation_id="membership_retrieve", tags=TAGS, parameters=[SLUG],
                   responses={200: MembershipSerializer, 404: ERROR})
    def get(self, request: Request, slug: str) -> Response:
        _group, membership = visible_group(request, slug)
        if membership is None:
            raise exceptions.NotFound(_("You are not in this group."))
        return Response(MembershipSerializer(membership).data)

    @extend_schema(
        operation_id="membership_create", tags=TAGS, parameters=[SLUG], request=JoinSerializer,
        responses={201: MembershipSerializer, 400: ERROR, 403: ERROR, 404: ERROR, 429: ERROR},
        description="Join a public group at once, or ask to join a private or listed one.",
    )
    def post(self, request: Request, slug: str) -> Response:
        group, _membership = visible_group(request, slug)
        given = JoinSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        data = given.validated_data
        with action_errors():
            membership = actions.join_group(
                actor=request.user, group=group,
                display_name=data.get("display_name") or actions.suggest_pseudonym(),
                accept_rules=data["accept_rules"], message=data["message"],
            )
        return Response(MembershipSerializer(membership).data, status=status.HTTP_201_CREATED)

    @extend_schema(operation_id="membership_partial_update", tags=TAGS, parameters=[SLUG],
                   request=MembershipUpdateSerializer,
                   responses={200: MembershipSerializer, 400: ERROR, 404: ERROR})
    def patch(self, request: Request, slug: str) -> Response:
        _group, membership = visible_group(request, slug)
        membership = _in_group(membership)
        given = MembershipUpdateSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        with action_errors():
            membership = actions.update_membership(actor=request.user, membership=membership,
                                                   data=given.validated_data)
        return Response(MembershipSerializer(membership).data)

    @extend_schema(operation_id="membership_destroy", tags=TAGS, parameters=[SLUG],
                   responses={204: None, 400: ERROR, 404: ERROR},
                   description="Leave the group, or withdraw a request to join.")
    def delete(self, request: Request, slug: str) -> Response:
        group, membership = visible_group(request, slug)
        _in_group(membership)
        with action_errors():
            actions.leave_group(actor=request.user, group=group)
        return Response(status=status.HTTP_204_NO_CONTENT)


class MemberListAPI(generics.ListAPIView):
    """The group's members by display name; facilitators also see requests to join."""

    permission_classes = [IsAuthenticated]
    serializer_class = MemberSerializer

    def get_queryset(self) -> QuerySet[Membership]:
        group, _membership = visible_group(self.request, self.kwargs["slug"])
        if not can_view_group_members(self.request.user, group):
            raise exceptions.NotFound()
        self.manages = can_manage_members(self.request.user, group)
        wanted = self.request.query_params.get("status", Membership.Status.ACTIVE)
        if wanted not in (Membership.Status.ACTIVE, Membership.Status.PENDING):
            raise exceptions.ValidationError({"status": [_("Choose “active” or “pending”.")]})
        if wanted == Membership.Status.PENDING:
            if not self.manages:
                raise exceptions.PermissionDenied(
                    _("Only this group's facilitators see requests to join."))
            return pending_requests(group)
        return active_members(group)

    def get_serializer_context(self) -> dict[str, Any]:
        return {**super().get_serializer_context(), "manages": getattr(self, "manages", False)}

    @extend_schema(
        operation_id="members_list", tags=TAGS,
        parameters=[SLUG, OpenApiParameter(
            "status", str, enum=["active", "pending"],
            description="`pending` lists requests to join (facilitators only).")],
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return self.list(request, *args, **kwargs)


class DecisionAPI(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(operation_id="members_decide", tags=TAGS, parameters=[SLUG, MEMBERSHIP_ID],
                   request=DecisionSerializer,
                   responses={200: DecisionResultSerializer, 400: ERROR, 403: ERROR, 404: ERROR},
                   description="A facilitator admits or declines a request to join.")
    def post(self, request: Request, slug: str, membership_id: int) -> Response:
        group = managed_group(request, slug)
        membership = member_in_group(group, membership_id)
        if membership is None:
            raise exceptions.NotFound()
        given = DecisionSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        with action_errors():
            admitted = actions.decide_request(actor=request.user, membership=membership,
                                              admit=given.validated_data["admit"])
        member = MemberSerializer(admitted, context={"manages": True}).data if admitted else None
        return Response({"admitted": admitted is not None, "member": member})


class RoleAPI(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(operation_id="members_set_role", tags=TAGS,
                   parameters=[SLUG, MEMBERSHIP_ID], request=RoleSerializer,
                   responses={200: MemberSerializer, 400: ERROR, 403: ERROR, 404: ERROR},
                   description="A facilitator makes a member facilitator, or member again.")
    def post(self, request: Request, slug: str, membership_id: int) -> Response:
        group = managed_group(request, slug)
        membership = member_in_group(group, membership_id)
        if membership is None:
            raise exceptions.NotFound()
        given = RoleSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        with action_errors():
            changed = actions.set_role(actor=request.user, membership=membership,
                                       role=given.validated_data["role"])
        return Response(MemberSerializer(changed, context={"manages": True}).data)


class InvitationListAPI(generics.ListAPIView):
    """A group's invitations (facilitators only); a new one's key is answered once."""

    permission_classes = [IsAuthenticated]
    serializer_class = InvitationSerializer

    def get_queryset(self) -> QuerySet[Invitation]:
        return invitations_of(managed_group(self.request, self.kwargs["slug"]))

    @extend_schema(operation_id="invitations_list", tags=TAGS, parameters=[SLUG])
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return self.list(request, *args, **kwargs)

    @extend_schema(operation_id="invitations_create", tags=TAGS, parameters=[SLUG],
                   request=InvitationCreateSerializer,
                   responses={201: InvitationCreatedSerializer, 400: ERROR, 403: ERROR,
                              404: ERROR})
    def post(self, request: Request, slug: str) -> Response:
        group = managed_group(request, slug)
        given = InvitationCreateSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        data = given.validated_data
        with action_errors():
            invitation, key = actions.create_invitation(
                actor=request.user, group=group, note=data["note"], max_uses=data["max_uses"],
                lifetime=datetime.timedelta(days=data["lifetime_days"]),
            )
        link = request.build_absolute_uri(reverse("invitation-accept", args=[key]))
        return Response({**InvitationSerializer(invitation).data, "key": key, "url": link},
                        status=status.HTTP_201_CREATED)


class InvitationRevokeAPI(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(operation_id="invitations_revoke", tags=TAGS,
                   parameters=[SLUG, INVITATION_ID], request=None,
                   responses={200: InvitationSerializer, 403: ERROR, 404: ERROR})
    def post(self, request: Request, slug: str, invitation_id: int) -> Response:
        group = managed_group(request, slug)
        invitation = invitation_in_group(group, invitation_id)
        if invitation is None:
            raise exceptions.NotFound()
        invitation = actions.revoke_invitation(actor=request.user, invitation=invitation)
        return Response(InvitationSerializer(invitation).data)


class AcceptInvitationAPI(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="invitations_accept", tags=TAGS, request=AcceptInvitationSerializer,
        responses={201: MembershipSerializer, 400: ERROR, 403: ERROR, 410: ERROR, 429: ERROR},
        description="Join the group an invitation key opens (secret groups too), at once.",
    )
    def post(self, request: Request) -> Response:
        given = AcceptInvitationSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        data = given.validated_data
        if actions.invitation_for(data["key"]) is None:
            raise Gone(str(actions.INVITATION_UNUSABLE))
        with action_errors():
            membership = actions.accept_invitation(
                actor=request.user, key=data["key"],
                display_name=data.get("display_name") or actions.suggest_pseudonym(),
                accept_rules=data["accept_rules"],
            )
        return Response(MembershipSerializer(membership).data, status=status.HTTP_201_CREATED)

