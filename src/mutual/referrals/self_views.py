"""A newcomer asks a group or a service to contact them, consenting for themselves."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_http_methods

from mutual.core.forms import add_errors
from mutual.groups.models import Group
from mutual.groups.queries import directory_groups
from mutual.referrals import actions
from mutual.referrals.forms import AskForm
from mutual.services.models import Service


def _ask(request: HttpRequest, *, group: Group | None, service: Service | None) -> HttpResponse:
    receiver = group or service
    form = AskForm(request.POST or None, initial={
        "language": getattr(request.user, "preferred_language", "")[:2]})
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        data.pop("agree")
        try:
            referral = actions.request_contact(user=request.user, group=group, service=service,
                                               client=data)
        except ValidationError as invalid:
            add_errors(form, invalid)
        except PermissionDenied as refused:
            form.add_error(None, str(refused))
        else:
            return render(request, "referrals/ask_sent.html",
                          {"receiver": receiver, "referral": referral})
    return render(request, "referrals/ask.html", {"form": form, "receiver": receiver})


@login_required
@require_http_methods(["GET", "POST"])
def ask_group(request: HttpRequest, slug: str) -> HttpResponse:
    group = get_object_or_404(directory_groups(), slug=slug)
    return _ask(request, group=group, service=None)


@login_required
@require_http_methods(["GET", "POST"])
def ask_service(request: HttpRequest, service_id: str) -> HttpResponse:
    service = get_object_or_404(Service.objects.select_related("organization"), hsds_id=service_id)
    if service.status != Service.Status.ACTIVE:
        raise Http404
    return _ask(request, group=None, service=service)
