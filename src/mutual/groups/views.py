from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods
from django_htmx.http import HttpResponseClientRedirect

from mutual.core.http import client_address
from mutual.core.ratelimit import RateLimited
from mutual.groups import actions
from mutual.groups.forms import ContactForm, DirectorySearchForm, GroupForm
from mutual.groups.membership_queries import membership_of
from mutual.groups.models import Group, Membership
from mutual.groups.permissions import (
    can_edit_group,
    can_manage_members,
    can_read_discussions,
    can_view_exact_address,
    can_view_group,
    can_view_group_details,
    can_view_group_members,
    is_open_to_join,
    prime_memberships,
)
from mutual.groups.queries import group_for_page, groups_for_results, ranked_groups
from mutual.groups.serializers import GroupResultSerializer, place_for
from mutual.groups.suggestions import widen
from mutual.meetings.forms import zone_or_none
from mutual.meetings.queries import coming_occurrences, group_meetings
from mutual.meetings.views import default_viewer_zone, occurrence_card

PAGE_SIZE = 20


def directory_page(request: HttpRequest, form: DirectorySearchForm) -> dict:
    """Results for the directory and concern pages, as the API shapes them."""
    criteria = form.criteria()
    prime_memberships(request.user)
    paginator = Paginator(ranked_groups(criteria), PAGE_SIZE)
    number = request.GET.get("page") or 1
    try:
        page = paginator.page(number)
    except (EmptyPage, PageNotAnInteger):
        form.add_error(None, _("There is no page %(page)s of these results.") % {"page": number})
        return {"form": form, "page": None, "results": [], "criteria": criteria}
    results = GroupResultSerializer(
        groups_for_results(page.object_list), many=True,
        context={"request": request, "user": request.user},
    ).data
    suggestions = widen(criteria) if paginator.count == 0 else []
    asked = {key: value for key, value in form.data.items() if key != "page" and value}
    for suggestion in suggestions:
        params = {**asked, **suggestion["params"]}
        suggestion["url"] = reverse("directory") + "?" + urlencode(
            {key: value for key, value in params.items() if value != ""}
        )
    return {
        "form": form,
        "page": page,
        "results": results,
        "criteria": criteria,
        "suggestions": suggestions,
    }


@require_GET
def directory(request: HttpRequest) -> HttpResponse:
    form = DirectorySearchForm(request.GET)
    # htmx swaps in only the results; a restore from history needs the whole page.
    partial = bool(request.htmx) and not request.htmx.history_restore_request
    if not form.is_valid():
        if partial:
            # Show the whole form with its messages rather than keep stale results.
            return HttpResponseClientRedirect(request.get_full_path())
        response = render(request, "groups/directory.html", {"form": form}, status=400)
    else:
        context = directory_page(request, form)
        template = "groups/_results.html" if partial else "groups/directory.html"
        response = render(request, template, context, status=400 if form.errors else 200)
    patch_vary_headers(response, ["HX-Request"])
    return response


def _visible_group(request: HttpRequest, slug: str) -> Group:
    group = group_for_page(slug)
    if group is None or not can_view_group(request.user, group):
        raise Http404(_("No group here."))
    return group


def structured_data(
    request: HttpRequest, group: Group, place: dict | None, *, details: bool
) -> dict:
    """schema.org markup for a group's public page."""
    data: dict = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": group.name,
        "url": request.build_absolute_uri(group.get_absolute_url()),
    }
    if details:
        data["description"] = group.description
        data["knowsLanguage"] = [language.code for language in group.languages.all()]
        if place:
            data["address"] = {
                "@type": "PostalAddress",
                "addressLocality": place["city"],
                "addressRegion": place["region"],
                "addressCountry": place["country"],
            }
        if group.organization:
            data["parentOrganization"] = {
                "@type": "Organization",
                "name": group.organization.name,
                "url": request.build_absolute_uri(group.organization.get_absolute_url()),
            }
    return data


@require_http_methods(["GET", "HEAD"])
def group_detail(request: HttpRequest, slug: str) -> HttpResponse:
    group = _visible_group(request, slug)
    membership = membership_of(request.user, group)
    place = place_for(group, request.user)
    details = can_view_group_details(request.user, group)
    now = timezone.now()
    meetings = group_meetings(group) if details else []
    upcoming = coming_occurrences([meeting.pk for meeting in meetings], per_meeting=3, now=now)
    viewer_zone = zone_or_none(default_viewer_zone(request))
    schedule = []
    for meeting in meetings:
        cards = []
        for occurrence in upcoming[meeting.pk]:
            occurrence.meeting = meeting
            cards.append(
                occurrence_card(occurrence, user=request.user, now=now, viewer_zone=viewer_zone)
            )
        schedule.append({"meeting": meeting, "cards": cards})
    return render(
        request,
        "groups/detail.html",
        {
            "group": group,
            "details": details,
            "exact_address": can_view_exact_address(request.user, group),
            "place": place,
            "structured_data": structured_data(request, group, place, details=details),
            "can_edit": can_edit_group(request.user, group),
            "contact_form": ContactForm(),
            "schedule": schedule,
            "membership": membership,
            "can_join": (membership is None or membership.status == Membership.Status.LEFT)
            and is_open_to_join(request.user, group),
            "manages_members": can_manage_members(request.user, group),
            "reads_discussions": can_read_discussions(request.user, group),
            "sees_members": can_view_group_members(request.user, group),
        },
    )


@require_http_methods(["GET", "POST"])
def group_contact(request: HttpRequest, slug: str) -> HttpResponse:
    group = _visible_group(request, slug)
    form = ContactForm(request.POST or None)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid() and not form.cleaned_data["website"]:
            try:
                actions.send_contact_message(
                    actor=request.user,
                    group=group,
                    sender_name=form.cleaned_data["name"],
                    sender_email=form.cleaned_data["email"],
                    body=form.cleaned_data["message"],
                    client=client_address(request),
                )
            except (RateLimited, ValidationError) as error:
                form.add_error(None, getattr(error, "message", str(error)))
                status = 429 if isinstance(error, RateLimited) else 400
            else:
                messages.success(
                    request, _("Your message is on its way. The group will reply by email.")
                )
                return redirect(group)
    return render(request, "groups/contact.html", {"group": group, "form": form}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def group_edit(request: HttpRequest, slug: str) -> HttpResponse:
    group = _visible_group(request, slug)
    if not can_edit_group(request.user, group):
        raise PermissionDenied(_("Only this group's facilitators can change its page."))
    form = GroupForm(request.POST or None, instance=group)
    if request.method == "POST" and form.is_valid():
        try:
            actions.update_group(actor=request.user, group=group, data=form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The group's page is updated."))
            return redirect(group)
    return render(
        request, "groups/edit.html", {"group": group, "form": form},
        status=400 if form.errors else 200,
    )
