from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from mutual.accounts.models import User
from mutual.groups.actions import update_membership
from mutual.groups.models import Group
from mutual.notifications import actions
from mutual.notifications.emails import (
    STOPPED,
    describe,
    read_undo_token,
    read_unsubscribe_token,
    undo_token,
)
from mutual.notifications.forms import MembershipEmailForm
from mutual.notifications.models import Notification
from mutual.notifications.queries import (
    email_settings_memberships,
    notifications_for,
    unread_count,
)

PER_PAGE = 25


@never_cache
@require_GET
def bell(request: HttpRequest) -> HttpResponse:
    """The link's words with the unread count, fetched by htmx so pages pay no query for it."""
    if not request.user.is_authenticated:
        # Nothing to swap in (htmx leaves the link alone on 204).
        return HttpResponse(status=204)
    return render(request, "notifications/_bell.html", {"count": unread_count(request.user)})


@login_required
@require_GET
def notification_list(request: HttpRequest) -> HttpResponse:
    page = Paginator(notifications_for(request.user), PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "notifications/list.html",
                  {"page": page, "unread": unread_count(request.user)})


@login_required
@require_POST
def mark_read(request: HttpRequest) -> HttpResponse:
    """Mark all read, or only the notifications named by `id`."""
    ids = [int(value) for value in request.POST.getlist("id") if value.isdigit()]
    actions.mark_read(user=request.user, ids=ids or None)
    messages.success(request, _("Marked as read."))
    return redirect("notifications")


def _safe_target(url: str) -> str | None:
    """Only a path on this site: a notification never sends anyone elsewhere."""
    if url.startswith("/") and not url.startswith(("//", "/\\")) and \
            url_has_allowed_host_and_scheme(url, allowed_hosts=None):
        return url
    return None


@login_required
@require_GET
def open_notification(request: HttpRequest, pk: int) -> HttpResponse:
    """Opening a notification marks it read and goes where it points."""
    notification = get_object_or_404(Notification, pk=pk, recipient=request.user)
    if notification.read_at is None:
        actions.mark_read(user=request.user, ids=[notification.pk])
    return redirect(_safe_target(notification.url) or "notifications")


@login_required
@require_http_methods(["GET", "POST"])
def notification_settings(request: HttpRequest) -> HttpResponse:
    """How a person hears from each of their groups, on one page. Only their own active
    memberships are on it, so nobody can change another person's settings."""
    data = request.POST if request.method == "POST" else None
    forms = [MembershipEmailForm(data, membership=membership)
             for membership in email_settings_memberships(request.user)]
    status = 200
    if request.method == "POST":
        status = 400
        if all(form.is_valid() for form in forms):
            try:
                for form in forms:
                    if changes := form.changes():
                        update_membership(actor=request.user, membership=form.membership,
                                          data=changes)
            except (ValidationError, PermissionDenied) as error:
                messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
            else:
                messages.success(request, _("Your email settings are saved."))
                return redirect("notification-settings")
    return render(request, "notifications/settings.html", {"forms": forms}, status=status)


def _invalid_link(request: HttpRequest) -> HttpResponse:
    return render(request, "notifications/unsubscribe_invalid.html", status=400)


@csrf_exempt  # mail programs unsubscribe with a bare POST (RFC 8058); the token is the proof
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """The link in every email. Opening it (GET) or a mail program's one-click POST stops
    what it names at once; the page says what stopped and offers to undo (POST `undo`)."""
    try:
        asked = read_unsubscribe_token(token)
    except signing.BadSignature:
        return _invalid_link(request)
    user = User.objects.filter(pk=asked.user_id, is_active=True).first()
    if user is None:
        return _invalid_link(request)
    group = Group.objects.filter(pk=asked.group_id).first() if asked.group_id else None
    if asked.group_id and group is None:
        return _invalid_link(request)
    stopped_text = describe(STOPPED, asked.what, group.name if group else None)
    if request.method == "POST" and "undo" in request.POST:
        try:
            previous = read_undo_token(request.POST["undo"], user_id=user.pk)
        except signing.BadSignature:
            return _invalid_link(request)
        actions.resubscribe(user=user, previous=previous)
        return render(request, "notifications/unsubscribe.html",
                      {"restored": True, "token": token})
    previous = actions.unsubscribe(user=user, group_id=asked.group_id, what=asked.what)
    return render(request, "notifications/unsubscribe.html", {
        "stopped_text": stopped_text, "changed": bool(previous), "token": token,
        "undo": undo_token(user_id=user.pk, previous=previous) if previous else "",
        "always_sent": asked.what == "all",
    })
