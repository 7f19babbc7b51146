"""The social worker's referral dashboard, server time: run in its own process against the
scale set.

    DATABASE_URL=... python -m bench.referrals OUT.json COUNT SEED

Adds, once, two verified professionals with two-factor authentication: one with 500
referrals to groups of the scale set (120 still open in every state, 380 closed over the
past year), and one with 5; then analyzes the referrals' table, as autovacuum would. Then,
signed in as each, through the whole stack by django.test.Client: the dashboard COUNT times
and its SQL query count for both, which must be the same.
"""

import datetime
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

from bench.common import analyze
from bench.search import summarize

REFERRALS = 500
STILL_OPEN = 120
FEW = 5
# Not bench.matching's social worker, who sends none.
EMAILS = ("bench-dashboard-many@bench.mutual.test", "bench-dashboard-few@bench.mutual.test")


def _professional(email: str, count: int, rng: random.Random) -> Any:
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
    from django.contrib.auth.hashers import make_password
    from django.db import transaction
    from django.utils import timezone

    from mutual.accounts.models import User
    from mutual.groups.queries import directory_groups
    from mutual.referrals.models import Professional, Referral, Status

    user = User.objects.filter(email=email).first()
    if user is not None:
        return user
    now = timezone.now()
    groups = list(directory_groups().order_by("pk").values_list("pk", flat=True)[:400])
    open_states = [Status.REQUESTED, Status.ACCEPTED, Status.IN_PROGRESS, Status.ON_HOLD]
    closed_states = [Status.COMPLETED, Status.FAILED, Status.REJECTED, Status.CANCELLED]
    with transaction.atomic():
        user = User.objects.create(email=email, display_name="Rosa", password=make_password(None))
        Professional.objects.create(
            user=user, profession="social_worker", license_number="LCSW 1", jurisdiction="CA",
            employer="Highland Hospital", work_email=email, review="verified",
            verified_until=now.date() + datetime.timedelta(days=300))
        # Verified professionals reach their referral pages only with two-factor set up.
        TOTP.activate(user, generate_totp_secret())
        rows = []
        for n in range(count):
            created = now - datetime.timedelta(days=rng.randint(1, 360), hours=rng.randint(0, 23))
            still_open = n < STILL_OPEN * count // REFERRALS
            status = rng.choice(open_states if still_open else closed_states)
            changed = created + datetime.timedelta(days=rng.randint(0, 20))
            rows.append(Referral(
                origin="professional", sender=user, group_id=rng.choice(groups), status=status,
                client_name=rng.choice(["Tomás", "A. R.", "Mei", ""]), contact_method="phone",
                contact="510-555-0100", consent_given="spoken", consent_recorded_at=created,
                created_at=created, status_changed_at=min(changed, now),
                closed_at=None if still_open else min(changed, now),
                status_reason="" if status in (Status.ACCEPTED, Status.IN_PROGRESS,
                                               Status.REQUESTED, Status.COMPLETED) else "Moved",
            ))
        Referral.objects.bulk_create(rows, batch_size=500)
    analyze(Referral._meta.db_table)
    return user


def run(count: int, seed: int) -> dict[str, Any]:
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    rng = random.Random(seed)
    many = _professional(EMAILS[0], REFERRALS, rng)
    few = _professional(EMAILS[1], FEW, rng)
    page = reverse("referral-dashboard")
    figures: dict[str, Any] = {}
    for label, user in (("many", many), ("few", few)):
        client = Client()
        client.force_login(user)
        for _ in range(5):
            response = client.get(page)
            if response.status_code != 200:
                raise RuntimeError(f"{page}: {response.status_code} {response.get('Location')}")
        with CaptureQueriesContext(connection) as captured:
            client.get(page)
        queries = len(captured)  # now: the next request clears the log it reads
        times = []
        for _ in range(count):
            started = time.perf_counter()
            client.get(page)
            times.append((time.perf_counter() - started) * 1000)
        figures[label] = {"referrals": user.referrals_sent.count(), "queries": queries,
                          **summarize(times)}
    return figures


if __name__ == "__main__":
    out, count, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    out.write_text(json.dumps(run(count, seed), indent=2))
