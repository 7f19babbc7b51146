"""The pages of an organization's fidelity self-assessments: private to its stewards and
staff, except the summaries its stewards publish."""

import csv
from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from mutual.assessments import actions
from mutual.assessments.chart import domain_chart
from mutual.assessments.forms import AssessmentForm, RatingForm
from mutual.assessments.instrument import DOMAINS, ITEMS
from mutual.assessments.models import Assessment
from mutual.assessments.pdf import report_pdf
from mutual.assessments.permissions import Roles, roles_for
from mutual.assessments.queries import (
    assessments_for,
    own_ratings,
    summarize,
    visible_assessment,
    with_totals,
)
from mutual.assessments.report import csv_rows
from mutual.core.forms import add_errors
from mutual.organizations.models import Organization


def _detail_url(assessment: Assessment) -> str:
    return reverse("assessment-detail", args=[assessment.organization.slug, assessment.pk])


@require_GET
def assessment_list(request: HttpRequest, slug: str) -> HttpResponse:
    organization = get_object_or_404(Organization, slug=slug)
    roles = roles_for(request.user, organization)
    assessments = with_totals(list(assessments_for(organization,
                                                   everything=roles.sees_everything)))
    return render(request, "assessments/list.html", {
        "organization": organization, "assessments": assessments, "roles": roles,
    })


@require_http_methods(["GET", "POST"])
def assessment_new(request: HttpRequest, slug: str) -> HttpResponse:
    organization = get_object_or_404(Organization, slug=slug)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    roles = roles_for(request.user, organization)
    # The organization's page is public, so others are told no rather than shown nothing.
    if not roles.runs:
        raise PermissionDenied(_("Only this organization's stewards can run its "
                                 "self-assessments."))
    form = AssessmentForm(request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                assessment = actions.start_assessment(
                    actor=request.user, organization=organization, **form.cleaned_data)
            except ValidationError as error:
                add_errors(form, error)
            else:
                messages.success(request, _("The assessment is open for rating."))
                if roles.rates:
                    return redirect("assessment-rate", organization.slug, assessment.pk)
                return redirect(_detail_url(assessment))
    return render(request, "assessments/new.html", {
        "organization": organization, "form": form}, status=status)


@require_GET
def assessment_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    assessment, roles = visible_assessment(user=request.user, slug=slug, pk=pk)
    summary = summarize(assessment, everything=roles.sees_everything)
    own = sum(1 for item in summary.items for rating in item.ratings
              if rating.rater_id == request.user.pk)
    return render(request, "assessments/detail.html", {
        "organization": assessment.organization, "assessment": assessment,
        "summary": summary, "roles": roles, "own_count": own, "item_count": len(ITEMS),
        "chart": mark_safe(domain_chart(summary)),  # noqa: S308 -- built with escape()
    })


@require_http_methods(["GET", "POST"])
def assessment_rate(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    assessment, roles = visible_assessment(user=request.user, slug=slug, pk=pk)
    if not roles.rates:
        raise PermissionDenied(_("Only this organization's stewards rate its "
                                 "self-assessments."))
    if not assessment.is_open and request.method == "GET":
        messages.info(request, _("This assessment is closed; reopen it to change ratings."))
        return redirect(_detail_url(assessment))
    ratings = own_ratings(assessment, request.user)
    form = RatingForm(request.POST if request.method == "POST" else None, ratings=ratings)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                saved = actions.rate_items(actor=request.user, assessment=assessment,
                                           answers=form.answers())
            except ValidationError as error:
                form.refuse(error)
            else:
                messages.success(request, _(
                    "Your ratings are saved: %(count)d of %(total)d items. You can come back "
                    "and change them until the assessment is closed.") % {
                    "count": len(saved), "total": len(ITEMS)})
                if "finish" in request.POST:
                    return redirect(_detail_url(assessment))
                return redirect("assessment-rate", assessment.organization.slug, assessment.pk)
    return render(request, "assessments/rate.html", {
        "organization": assessment.organization, "assessment": assessment, "form": form,
        "domains": form.items(), "rated": len(ratings), "item_count": len(ITEMS),
    }, status=status)


Transition = Callable[..., Any]

TRANSITIONS: dict[str, tuple[Transition, Callable[[Roles], bool], Promise]] = {
    "close": (actions.close_assessment, lambda roles: roles.runs,
              gettext_lazy("The assessment is closed; its scores stand.")),
    "reopen": (actions.reopen_assessment, lambda roles: roles.runs,
               gettext_lazy("The assessment is open for rating again.")),
    "publish": (actions.publish_assessment, lambda roles: roles.publishes,
                gettext_lazy("The summary is published: everyone can see the domain and "
                             "total scores.")),
    "unpublish": (actions.unpublish_assessment, lambda roles: roles.unpublishes,
                  gettext_lazy("The summary is private again.")),
}


@require_POST
def assessment_transition(request: HttpRequest, slug: str, pk: int, step: str) -> HttpResponse:
    if step not in TRANSITIONS:
        raise Http404
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    assessment, roles = visible_assessment(user=request.user, slug=slug, pk=pk)
    action, allowed, done = TRANSITIONS[step]
    if not allowed(roles):
        raise PermissionDenied(_("Only this organization's stewards can do that."))
    try:
        action(actor=request.user, assessment=assessment)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, done)
    return redirect(_detail_url(assessment))


@require_POST
def assessment_delete(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    assessment, roles = visible_assessment(user=request.user, slug=slug, pk=pk)
    if not roles.runs:
        raise PermissionDenied(_("Only this organization's stewards can delete its "
                                 "self-assessments."))
    organization = assessment.organization
    actions.delete_assessment(actor=request.user, assessment=assessment)
    messages.success(request, _("The assessment and its ratings are deleted."))
    return redirect("assessment-list", organization.slug)


@require_GET
def assessment_report(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    assessment, roles = visible_assessment(user=request.user, slug=slug, pk=pk)
    summary = summarize(assessment, everything=roles.sees_everything)
    return render(request, "assessments/report.html", {
        "organization": assessment.organization, "assessment": assessment,
        "summary": summary, "roles": roles, "domains": DOMAINS,
        "chart": mark_safe(domain_chart(summary, element_id="report-chart")),  # noqa: S308
    })


def _filename(assessment: Assessment, extension: str) -> str:
    name = slugify(f"{assessment.organization.slug} {assessment.title}") or "assessment"
    return f"{name}-{assessment.conducted_on.isoformat()}.{extension}"


@require_GET
def assessment_report_pdf(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    assessment, roles = visible_assessment(user=request.user, slug=slug, pk=pk)
    summary = summarize(assessment, everything=roles.sees_everything)
    response = HttpResponse(report_pdf(summary, everything=roles.sees_everything),
                            content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{_filename(assessment, "pdf")}"'
    return response


@require_GET
def assessment_report_csv(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    assessment, roles = visible_assessment(user=request.user, slug=slug, pk=pk)
    summary = summarize(assessment, everything=roles.sees_everything)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename(assessment, "csv")}"'
    csv.writer(response).writerows(csv_rows(summary, everything=roles.sees_everything))
    return response
