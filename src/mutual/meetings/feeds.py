"""The Meeting Guide JSON feed of every public meeting."""

from django.http import HttpRequest, HttpResponse, JsonResponse


def meeting_guide_feed(request: HttpRequest) -> HttpResponse:
    return JsonResponse([], safe=False)
