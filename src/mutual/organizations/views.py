from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from mutual.assessments.queries import published_for
from mutual.organizations.classification import classify
from mutual.organizations.permissions import can_describe_organization
from mutual.organizations.queries import (
    governance_history,
    organization_for_page,
    organizations_listing,
)


@require_GET
def organization_list(request: HttpRequest) -> HttpResponse:
    page = Paginator(organizations_listing(), 30).get_page(request.GET.get("page"))
    return render(request, "organizations/list.html", {"page": page})


@require_GET
def organization_detail(request: HttpRequest, slug: str) -> HttpResponse:
    organization = organization_for_page(slug)
    if organization is None:
        raise Http404
    history = governance_history(organization)
    today = timezone.localdate()
    current = next((profile for profile in history if profile.effective_from <= today), None)
    return render(request, "organizations/detail.html", {
        "organization": organization,
        "classification": classify(current),
        "governance": current,
        "history": [(profile, classify(profile)) for profile in history],
        "can_describe": can_describe_organization(request.user, organization),
        "published_assessments": published_for(organization),
    })
