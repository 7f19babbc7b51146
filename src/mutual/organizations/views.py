from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from mutual.organizations.queries import organization_for_page, organizations_listing


@require_GET
def organization_list(request: HttpRequest) -> HttpResponse:
    page = Paginator(organizations_listing(), 30).get_page(request.GET.get("page"))
    return render(request, "organizations/list.html", {"page": page})


@require_GET
def organization_detail(request: HttpRequest, slug: str) -> HttpResponse:
    organization = organization_for_page(slug)
    if organization is None:
        raise Http404
    return render(request, "organizations/detail.html", {"organization": organization})
