from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from mutual.concerns.queries import top_concerns
from mutual.core.crisis import (
    COUNTRY_COOKIE,
    country_for_request,
    crisis_countries,
    crisis_lines_for,
)
from mutual.groups.forms import DirectorySearchForm


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "core/home.html",
        {"form": DirectorySearchForm(), "concerns": top_concerns()},
    )


@require_GET
def crisis(request: HttpRequest) -> HttpResponse:
    country = country_for_request(request)
    card = crisis_lines_for(country)
    response = render(
        request,
        "core/crisis.html",
        {"crisis_card": card, "country": country, "countries": crisis_countries()},
    )
    if card is not None and request.GET.get("country"):
        # Remembered so the card of their country is the one they find next time.
        response.set_cookie(
            COUNTRY_COOKIE, card.country, max_age=365 * 24 * 3600, samesite="Lax",
            secure=request.is_secure(), httponly=True,
        )
    return response


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """The process is up; touches nothing else."""
    return JsonResponse({"status": "ok"})


@never_cache
@require_GET
def readyz(request: HttpRequest) -> JsonResponse:
    """The process can serve: the database answers."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:
        return JsonResponse({"status": "unavailable", "database": str(error)}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})
