"""Pages for following referrals: the sender's dashboard, the receivers' inbox, one referral."""

import csv
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from mutual.core.crisis import country_for_request, crisis_lines_for
from mutual.referrals import actions
from mutual.referrals.handout import first_meeting_text, handout_entries, handout_pdf
from mutual.referrals.models import CLOSED, TRANSITIONS, Referral, Status
from mutual.referrals.permissions import can_see_referral, receiver_ids
from mutual.referrals.queries import (
    OUTCOMES,
    referral_audit,
    referral_for_page,
    referrals_received,
    referrals_sent,
    sender_counts,
)

OPEN_PER_PAGE = 25
# What the dashboard's rows show, so that long lists load no more than that.
DASHBOARD_FIELDS = (
    "pk", "status", "client_name", "status_changed_at", "closed_at", "group__name",
    "group__slug", "service__name", "service__slug", "service__organization__name",
    "service__organization__slug",
)


@login_required
@require_GET
def referral_dashboard(request: HttpRequest) -> HttpResponse:
    """The sender's referrals: open ones by how long they have waited, the latest closed ones,
    and outcomes month by month."""
    now = timezone.now()
    # Rows as values rather than referrals, groups, services and organizations: a page of
    # fifty took longer to build as models than to query.
    sent = referrals_sent(request.user).values(*DASHBOARD_FIELDS)
    open_ones = sent.exclude(status__in=CLOSED).order_by("status_changed_at", "pk")
    page = Paginator(open_ones, OPEN_PER_PAGE).get_page(request.GET.get("page"))
    # Each state named once: get_status_display() weighs every choice again for each row.
    labels = {value: str(label) for value, label in Status.choices}
    open_by_status, outcomes = sender_counts(request.user, months=12)
    return render(request, "referrals/dashboard.html", {
        "page": page,
        "open_referrals": [(r, now - r["status_changed_at"], labels[r["status"]])
                           for r in page],
        "open_by_status": open_by_status,
        "closed_referrals": [(r, labels[r["status"]]) for r in
                             sent.filter(status__in=CLOSED).order_by("-closed_at")[:20]],
        "outcome_labels": [Status(status).label for status in OUTCOMES],
        "outcomes": outcomes,
    })


@login_required
@require_GET
def referral_inbox(request: HttpRequest) -> HttpResponse:
    now = timezone.now()
    referrals = list(referrals_received(request.user))
    return render(request, "referrals/inbox.html", {
        "waiting": [(r, now - r.status_changed_at) for r in referrals
                    if r.status not in CLOSED],
        "closed": [r for r in referrals if r.status in CLOSED],
    })


def _next_steps(referral: Referral, user_id: int,
                receivers: list[int]) -> list[tuple[str, str]]:
    """The steps this person may take from here, as (status, label)."""
    onward = TRANSITIONS[referral.status]
    steps: set[str] = set()
    if user_id == referral.sender_id:
        steps |= onward & (actions.SENDER_MOVES - {Status.REQUESTED})
    if user_id in receivers:
        steps |= onward & actions.RECEIVER_MOVES
    return [(status, Status(status).label) for status in Status.values if status in steps]


@login_required
@require_http_methods(["GET", "POST"])
def referral_detail(request: HttpRequest, pk: int) -> HttpResponse:
    referral = referral_for_page(pk)
    if referral is None:
        raise Http404
    receivers = receiver_ids(referral)
    is_party = request.user.pk in (referral.sender_id, *receivers)
    if not is_party and not request.user.is_staff:
        raise Http404
    if not is_party:
        # Staff read a referral only after saying why; the reason is kept in the audit log.
        reason = request.POST.get("reason", "") if request.method == "POST" else ""
        if not reason.strip():
            return render(request, "referrals/staff_reason.html",
                          {"referral_pk": pk, "asked": request.method == "POST"})
        actions.read_referral(actor=request.user, referral=referral, reason=reason)
    else:
        actions.read_referral(actor=request.user, referral=referral)
    is_sender = request.user.pk == referral.sender_id
    return render(request, "referrals/detail.html", {
        "referral": referral,
        "is_sender": is_sender,
        "steps": _next_steps(referral, request.user.pk, receivers) if is_party else [],
        "audit": referral_audit(referral) if is_sender else None,
    })


@login_required
@require_POST
def referral_move(request: HttpRequest, pk: int) -> HttpResponse:
    referral = referral_for_page(pk)
    if referral is None or not can_see_referral(request.user, referral):
        raise Http404
    try:
        if request.POST.get("status") == Status.REQUESTED:
            actions.send_referral(actor=request.user, referral=referral)
        else:
            actions.move_referral(actor=request.user, referral=referral,
                                  to=request.POST.get("status", ""),
                                  reason=request.POST.get("reason", ""))
    except (ValidationError, PermissionDenied) as refused:
        text = " ".join(refused.messages) if isinstance(refused, ValidationError) else str(refused)
        messages.error(request, text)
        return render(request, "referrals/detail.html", {
            "referral": referral_for_page(pk),
            "is_sender": request.user.pk == referral.sender_id,
            "steps": _next_steps(referral, request.user.pk, receiver_ids(referral)),
            "audit": referral_audit(referral) if request.user.pk == referral.sender_id else None,
            "reason": request.POST.get("reason", ""),
            "chosen": request.POST.get("status", ""),
        }, status=400)
    messages.success(request, _("Saved. The other side has been told."))
    return redirect("referral-detail", pk=pk)


@login_required
@require_GET
def referral_export(request: HttpRequest) -> HttpResponse:
    """The sender's referrals as CSV, without anything about the client: where each went, its
    state and its dates, for the sender's own reporting."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="referrals.csv"'
    writer = csv.writer(response)
    writer.writerow(["referral", "origin", "to_kind", "to", "status", "created", "last_change",
                     "closed", "days_to_close"])
    for referral in referrals_sent(request.user).order_by("created_at", "pk"):
        receiver = referral.group or referral.service
        days = (referral.closed_at - referral.created_at).days if referral.closed_at else ""
        writer.writerow([
            referral.pk, referral.origin,
            "group" if referral.group_id else "service" if referral.service_id else "",
            receiver.name if receiver else "", referral.status,
            referral.created_at.date().isoformat(), referral.status_changed_at.date().isoformat(),
            referral.closed_at.date().isoformat() if referral.closed_at else "", days,
        ])
    return response


def _handout_context(request: HttpRequest) -> dict[str, Any]:
    """The referrals named in the address that this person sent, in the language asked for,
    with the first name only when asked."""
    try:
        ids = [int(value) for value in request.GET.getlist("r")][:10]
    except ValueError as bad:
        raise Http404 from bad
    referrals = list(referrals_sent(request.user).filter(pk__in=ids).order_by("created_at"))
    if not referrals:
        raise Http404
    languages = dict(settings.LANGUAGES)
    language = request.GET.get("lang") or referrals[0].language
    if language not in languages:
        language = translation.get_language() or settings.LANGUAGE_CODE
    first = referrals[0]
    place = first.group.place if first.group and first.group.place else None
    country = place.country.code if place is not None else country_for_request(request)
    name = first.client_name if request.GET.get("name") and not first.details_erased_at else ""
    return {"referrals": referrals, "language": language, "languages": languages, "name": name,
            "country": country, "ids": [r.pk for r in referrals]}


@login_required
@require_GET
def referral_handout(request: HttpRequest) -> HttpResponse:
    context = _handout_context(request)
    with translation.override(context["language"]):
        return render(request, "referrals/handout.html", {
            **context,
            "entries": handout_entries(context["referrals"]),
            "first_meeting": first_meeting_text(),
            "card": crisis_lines_for(context["country"]),
        })


@login_required
@require_GET
def referral_handout_pdf(request: HttpRequest) -> HttpResponse:
    context = _handout_context(request)
    with translation.override(context["language"]):
        body = handout_pdf(name=context["name"], entries=handout_entries(context["referrals"]),
                           card=crisis_lines_for(context["country"]))
    response = HttpResponse(body, content_type="application/pdf")
    response["Content-Disposition"] = 'inline; filename="handout.pdf"'
    return response
