from typing import Any

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from mutual.notifications.actions import mark_read
from mutual.notifications.queries import notifications_for, unread_count
from mutual.notifications.serializers import (
    MarkedSerializer,
    MarkReadSerializer,
    NotificationSerializer,
    UnreadCountSerializer,
)


class NotificationListAPI(generics.ListAPIView):
    """My notifications, newest first."""

    serializer_class = NotificationSerializer
    permission_classes = [IsAuthenticated]

    def get_queryset(self) -> Any:
        unread_only = self.request.query_params.get("unread") in ("1", "true")
        return notifications_for(self.request.user, unread_only=unread_only).select_related(
            "group")

    @extend_schema(
        operation_id="notifications_list",
        parameters=[OpenApiParameter("unread", str, enum=["1", "0"],
                                     description="`1` lists only unread notifications.")],
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return self.list(request, *args, **kwargs)


class MarkReadAPI(APIView):
    """Mark some of my notifications read, or all of them when `ids` is omitted."""

    permission_classes = [IsAuthenticated]

    @extend_schema(operation_id="notifications_mark_read", request=MarkReadSerializer,
                   responses=MarkedSerializer)
    def post(self, request: Request) -> Response:
        data = MarkReadSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        marked = mark_read(user=request.user, ids=data.validated_data.get("ids"))
        return Response({"marked": marked, "unread": unread_count(request.user)})


class UnreadCountAPI(APIView):
    """The number under my bell."""

    permission_classes = [IsAuthenticated]

    @extend_schema(operation_id="notifications_unread_count", responses=UnreadCountSerializer)
    def get(self, request: Request) -> Response:
        return Response({"unread": unread_count(request.user)})
