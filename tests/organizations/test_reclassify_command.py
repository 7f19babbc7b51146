"""`mutual organizations reclassify`: the daily run that keeps each organization's kind, which
the directory filters on, true to the governance profile in effect."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from mutual.audit.models import AuditEvent
from mutual.organizations.actions import state_governance
from mutual.organizations.models import Organization, Stewardship
from tests.factories import GroupFactory, OrganizationFactory, UserFactory
from tests.groups.helpers import found

pytestmark = pytest.mark.django_db

MUTUAL_ASSISTANCE = {
    "executive_lead_lived_experience": "yes", "paid_staff": 6, "paid_staff_lived_experience": 5,
    "board_seats": 9, "board_seats_lived_experience": 7, "hire_fire": "board",
}


def reclassify() -> str:
    out = StringIO()
    call_command("organizations", "reclassify", stdout=out)
    return out.getvalue()


def stated_centre() -> Organization:
    centre = OrganizationFactory(name="Harbour Peer Centre")
    steward = UserFactory()
    Stewardship.objects.create(organization=centre, user=steward)
    state_governance(actor=steward, organization=centre, data=MUTUAL_ASSISTANCE)
    return centre


def test_it_corrects_a_kind_that_was_written_around_the_actions() -> None:
    centre = stated_centre()
    # As after a restore from another tool: the kind kept no longer matches the profile.
    Organization.objects.filter(pk=centre.pk).update(governance_kind="professionally_led")
    GroupFactory(slug="harbour-circle", organization=centre)

    assert reclassify().strip() == "1 organizations reclassified."

    centre.refresh_from_db()
    assert centre.governance_kind == "mutual_assistance"
    assert AuditEvent.objects.filter(verb="organization.reclassified").count() == 1
    assert found(governance="mutual_assistance") == ["harbour-circle"]


def test_running_it_again_changes_nothing() -> None:
    stated_centre()
    OrganizationFactory()

    assert reclassify().strip() == "0 organizations reclassified."
    assert reclassify().strip() == "0 organizations reclassified."
    assert not AuditEvent.objects.filter(verb="organization.reclassified").exists()


def test_it_needs_a_subcommand() -> None:
    with pytest.raises(CommandError):
        call_command("organizations")
