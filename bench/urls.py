from django.http import HttpRequest, JsonResponse
from django.urls import include, path


def bare(request: HttpRequest) -> JsonResponse:
    """The least a Django view can do, through the same middleware as every page."""
    return JsonResponse({"ok": True})


urlpatterns = [
    path("bench/bare/", bare, name="bench-bare"),
    path("", include("mutual.urls")),
]
