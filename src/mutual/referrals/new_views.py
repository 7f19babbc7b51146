"""A verified professional refers a client to the groups and services chosen with them."""

import datetime
import uuid

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from mutual.core.forms import add_errors
from mutual.groups.models import Group
from mutual.groups.queries import directory_groups
from mutual.referrals import actions
from mutual.referrals.forms import ReferralForm
from mutual.referrals.permissions import can_send_referrals, professional_of
from mutual.referrals.queries import referrals_sent
from mutual.services.models import Service

MAX_RECEIVERS = 5


def _chosen(request: HttpRequest) -> tuple[list[Group], list[Service]]:
    source = request.POST if request.method == "POST" else request.GET
    slugs = source.getlist("group")
    services = source.getlist("service")
    # The match page names its choices "group:<slug>" and "service:<id>".
    for choice in source.getlist("choose"):
        kind, _sep, key = choice.partition(":")
        (slugs if kind == "group" else services if kind == "service" else []).append(key)
    slugs = slugs[:MAX_RECEIVERS]
    service_ids = []
    for value in services[:MAX_RECEIVERS]:
        try:
            service_ids.append(uuid.UUID(value))
        except ValueError:
            continue
    groups = list(directory_groups().filter(slug__in=slugs).order_by("name"))
    services = list(Service.objects.filter(hsds_id__in=service_ids)
                    .select_related("organization").order_by("name"))
    return groups, services


@login_required
@require_http_methods(["GET", "POST"])
def referral_new(request: HttpRequest) -> HttpResponse:
    if not can_send_referrals(request.user):
        professional = professional_of(request.user)
        if professional is None or not professional.is_verified:
            raise PermissionDenied(_("Only verified professionals send referrals."))
        return redirect("mfa_index")
    groups, services = _chosen(request)
    initial = {"consent_expires_on": timezone.localdate() + datetime.timedelta(days=90)}
    form = ReferralForm(request.POST or None, initial=initial,
                        languages=list(settings.LANGUAGES))
    if request.method == "POST" and not (groups or services):
        form.add_error(None, _("Choose at least one group or service first."))
    elif request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        client = {name: data[name] for name in actions.CLIENT_FIELDS}
        consent = {"given": data["consent_given"], "expires_on": data["consent_expires_on"]}
        send = "draft" not in request.POST
        try:
            with transaction.atomic():
                made = []
                for receiver in [*groups, *services]:
                    referral = actions.draft_referral(
                        actor=request.user, client=client, consent=consent,
                        group=receiver if isinstance(receiver, Group) else None,
                        service=receiver if isinstance(receiver, Service) else None)
                    if send:
                        actions.send_referral(actor=request.user, referral=referral)
                    made.append(referral)
        except ValidationError as invalid:
            add_errors(form, invalid)
        else:
            ids = "&".join(f"r={referral.pk}" for referral in made)
            return redirect(f"{reverse('referral-sent')}?{ids}")
    return render(request, "referrals/new.html",
                  {"form": form, "groups": groups, "services": services})


@login_required
def referral_sent(request: HttpRequest) -> HttpResponse:
    ids = [value for value in request.GET.getlist("r") if value.isdigit()]
    referrals = list(referrals_sent(request.user).filter(pk__in=ids))
    return render(request, "referrals/sent.html",
                  {"referrals": referrals, "ids": [r.pk for r in referrals]})
