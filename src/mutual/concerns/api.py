from typing import Any

from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from mutual.concerns.queries import ConcernIndex, concern_index


def _node(index: ConcernIndex, concern_id: int) -> dict[str, Any]:
    node = index.nodes[concern_id]
    return {
        "slug": node.slug,
        "name": node.name,
        "description": node.description,
        "synonyms": list(node.synonyms),
        "children": [_node(index, child) for child in node.children],
    }


class ConcernTreeAPI(APIView):
    """The whole concern tree, top levels first."""

    @extend_schema(
        responses=inline_serializer(
            "ConcernNode",
            {
                "slug": serializers.CharField(),
                "name": serializers.CharField(),
                "description": serializers.CharField(),
                "synonyms": serializers.ListField(child=serializers.CharField()),
                "children": serializers.ListField(child=serializers.DictField()),
            },
            many=True,
        )
    )
    def get(self, request: Request) -> Response:
        index = concern_index()
        return Response([_node(index, root) for root in index.roots])
