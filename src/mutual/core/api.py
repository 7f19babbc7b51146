"""What every API endpoint shares: pagination and the one error shape."""

from typing import Any

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import Http404
from django.utils.translation import gettext as _
from rest_framework import exceptions, pagination
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler


class Pagination(pagination.PageNumberPagination):
    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100

    def paginate_queryset(self, queryset: Any, request: Any, view: Any = None) -> Any:
        try:
            return super().paginate_queryset(queryset, request, view)
        except exceptions.NotFound as error:
            raise exceptions.ValidationError(
                {"page": [_("There is no page %(page)s of these results.") % {
                    "page": request.query_params.get(self.page_query_param, "")}]}
            ) from error


def error_body(code: str, message: str, fields: dict[str, list[str]] | None = None) -> dict:
    return {"error": {"code": code, "message": message, "fields": fields or {}}}


def _flatten(detail: Any) -> list[str]:
    if isinstance(detail, list):
        return [str(item) for item in detail]
    if isinstance(detail, dict):
        return [f"{key}: {value}" for key, values in detail.items() for value in _flatten(values)]
    return [str(detail)]


def exception_handler(exc: Exception, context: dict) -> Response | None:
    """Answer every API error as {"error": {"code", "message", "fields"}}."""
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied(str(exc) or None)
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError) and isinstance(exc.detail, dict):
        fields = {key: _flatten(value) for key, value in exc.detail.items()}
        names = ", ".join(sorted(fields))
        message = _("Please correct: %(names)s.") % {"names": names}
        for key, messages in fields.items():
            if messages:
                message = f"{key}: {messages[0]}"
                break
        response.data = error_body("invalid", message, fields)
    else:
        detail = exc.detail if isinstance(exc, exceptions.APIException) else str(exc)
        code = getattr(detail, "code", None) or getattr(exc, "default_code", "error")
        response.data = error_body(str(code), " ".join(_flatten(detail)))
    return response
