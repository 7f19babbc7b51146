import zoneinfo
from collections.abc import Callable
from typing import Any

from allauth.mfa.utils import is_mfa_enabled
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from mutual.referrals.models import Professional


class UserPreferencesMiddleware:
    """Use a signed-in person's language and time zone, where they chose them."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            if not request.COOKIES.get("django_language"):
                translation.activate(user.preferred_language)
                request.LANGUAGE_CODE = translation.get_language()
            try:
                timezone.activate(zoneinfo.ZoneInfo(user.time_zone))
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                timezone.deactivate()
        else:
            timezone.deactivate()
        return self.get_response(request)


# Pages where platform moderators read what members wrote and act on it.
MODERATION_PAGES = frozenset({
    "moderation-queue", "moderation-decisions", "moderation-appeal", "appeal-answer",
    "group-moderation", "report-decide", "post-moderate", "member-moderate",
})


# A professional's own referral pages: they carry what clients agreed to share. (The match
# page explains the missing second factor itself.)
PROFESSIONAL_PAGES = frozenset({
    "referral-dashboard", "referral-export", "referral-handout", "referral-handout-pdf",
    "referral-new", "referral-sent",
})


def _is_professional(user: Any) -> bool:
    return Professional.objects.filter(user=user, review=Professional.Review.VERIFIED).exists()


# Staff pages outside the admin that show people's professional details.
STAFF_PAGES = frozenset({"professional-review-list", "professional-review"})


class StaffTwoFactorMiddleware:
    """Staff reach the admin, and moderators the moderation pages, only with two-factor
    authentication set up."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if (
            request.path.startswith("/admin/")
            and user is not None
            and user.is_authenticated
            and user.is_staff
            and not is_mfa_enabled(user)
        ):
            messages.warning(
                request,
                _("Staff accounts need two-factor authentication. Set it up to open the admin."),
            )
            return redirect("mfa_index")
        return self.get_response(request)

    def process_view(
        self, request: HttpRequest, view: Callable, args: Any, kwargs: Any
    ) -> HttpResponse | None:
        user = getattr(request, "user", None)
        match = request.resolver_match
        if (
            match is not None
            and match.url_name in MODERATION_PAGES
            and user is not None
            and getattr(user, "is_moderator", False)
            and user.is_authenticated
            and not is_mfa_enabled(user)
        ):
            messages.warning(
                request,
                _("Moderator accounts need two-factor authentication. Set it up to moderate."),
            )
            return redirect("mfa_index")
        if (
            match is not None
            and match.url_name in STAFF_PAGES
            and user is not None
            and user.is_authenticated
            and user.is_staff
            and not is_mfa_enabled(user)
        ):
            messages.warning(
                request,
                _("Staff accounts need two-factor authentication. Set it up to review."),
            )
            return redirect("mfa_index")
        if (
            match is not None
            and match.url_name in PROFESSIONAL_PAGES
            and user is not None
            and user.is_authenticated
            and not is_mfa_enabled(user)
            and _is_professional(user)
        ):
            messages.warning(
                request,
                _("Helping professionals need two-factor authentication. Set it up to refer."),
            )
            return redirect("mfa_index")
        return None
