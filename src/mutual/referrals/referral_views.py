"""Pages for following referrals: the sender's dashboard, the receivers' inbox, one referral."""

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from mutual.referrals import actions
from mutual.referrals.models import CLOSED, TRANSITIONS, Referral, Status
from mutual.referrals.permissions import can_see_referral, receiver_ids
from mutual.referrals.queries import (
    referral_audit,
    referral_for_page,
    referrals_received,
    referrals_sent,
)


def _age(referral: Referral, now: datetime.datetime) -> datetime.timedelta:
    return now - referral.status_changed_at


@login_required
@require_GET
def referral_dashboard(request: HttpRequest) -> HttpResponse:
    """The sender's referrals: open ones by how long they have waited, then closed ones."""
    now = timezone.now()
    referrals = list(referrals_sent(request.user))
    open_ones = sorted((r for r in referrals if r.status not in CLOSED),
                       key=lambda r: r.status_changed_at)
    closed = [r for r in referrals if r.status in CLOSED]
    outcomes = {status: 0 for status in CLOSED}
    for referral in closed:
        outcomes[referral.status] += 1
    return render(request, "referrals/dashboard.html", {
        "open_referrals": [(r, _age(r, now)) for r in open_ones],
        "closed_referrals": closed,
        "outcomes": [(Status(status).label, count) for status, count in outcomes.items()],
    })


@login_required
@require_GET
def referral_inbox(request: HttpRequest) -> HttpResponse:
    now = timezone.now()
    referrals = list(referrals_received(request.user))
    return render(request, "referrals/inbox.html", {
        "waiting": [(r, _age(r, now)) for r in referrals if r.status not in CLOSED],
        "closed": [r for r in referrals if r.status in CLOSED],
    })


def _next_steps(referral: Referral, user_id: int) -> list[tuple[str, str]]:
    """The steps this person may take from here, as (status, label)."""
    onward = TRANSITIONS[referral.status]
    steps: set[str] = set()
    if user_id == referral.sender_id:
        steps |= onward & (actions.SENDER_MOVES - {Status.REQUESTED})
    if user_id in receiver_ids(referral):
        steps |= onward & actions.RECEIVER_MOVES
    return [(status, Status(status).label) for status in Status.values if status in steps]


@login_required
@require_http_methods(["GET", "POST"])
def referral_detail(request: HttpRequest, pk: int) -> HttpResponse:
    referral = referral_for_page(pk)
    if referral is None:
        raise Http404
    is_party = can_see_referral(request.user, referral)
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
        "steps": _next_steps(referral, request.user.pk) if is_party else [],
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
            "steps": _next_steps(referral, request.user.pk),
            "audit": referral_audit(referral) if request.user.pk == referral.sender_id else None,
            "reason": request.POST.get("reason", ""),
            "chosen": request.POST.get("status", ""),
        }, status=400)
    messages.success(request, _("Saved. The other side has been told."))
    return redirect("referral-detail", pk=pk)
