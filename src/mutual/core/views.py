from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django_countries.fields import Country

from mutual.concerns.queries import top_concerns
from mutual.core.crisis import CARDS, crisis_lines_for
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
    country = request.GET.get("country", "").upper() or None
    card = crisis_lines_for(country)
    countries = sorted(
        ((code, str(Country(code).name)) for code in CARDS), key=lambda item: item[1]
    )
    return render(request, "core/crisis.html", {"card": card, "countries": countries})


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
