"""WCAG 2.2 AA, as far as axe-core can tell, on what people see of an organization: its page
with places, hours and services, a service, the services search, a published self-assessment,
and the steward's pages for services, places and assessments."""

import datetime
from collections.abc import Callable

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone
from playwright.sync_api import Page

from mutual.accounts.models import User
from mutual.assessments.models import Assessment, Rating
from mutual.organizations.models import Stewardship
from mutual.services.models import Location, Schedule, Service, ServiceAtLocation
from tests.e2e.support import needs_chromium
from tests.factories import OrganizationFactory, PlaceFactory, UserFactory

pytestmark = [pytest.mark.e2e, needs_chromium]

BLOCKING = {"serious", "critical"}


def _organization() -> tuple[User, Assessment]:
    organization = OrganizationFactory(name="Harbour Drop-in Centre", slug="harbour",
                                       mission="A place run by and for people in recovery.")
    steward = UserFactory()
    Stewardship.objects.create(organization=organization, user=steward)
    location = Location.objects.create(organization=organization, place=PlaceFactory(),
                                       name="Main drop-in")
    Schedule.objects.create(location=location, rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
                            starts_on=datetime.date(2026, 1, 5), opens_at=datetime.time(10),
                            closes_at=datetime.time(16), time_zone="America/Los_Angeles")
    service = Service.objects.create(organization=organization, slug="peer-counselling",
                                     name="Peer counselling", description="One to one.")
    service.concerns.set(service.concerns.model.objects.filter(slug="bereavement"))
    ServiceAtLocation.objects.create(service=service, location=location)
    assessment = Assessment.objects.create(
        organization=organization, title="2026 self-assessment",
        conducted_on=datetime.date(2026, 6, 1), closed_at=timezone.now(),
        published_at=timezone.now(), created_by=steward)
    for item, score in (("board_participation", 4), ("peer_principle", 5), ("outreach", 3)):
        Rating.objects.create(assessment=assessment, rater=steward, item=item, score=score)
    return steward, assessment


def _blocking(page: Page) -> list[str]:
    violations = Axe().run(page).response["violations"]
    return [f"{v['id']}: {[n['target'] for n in v['nodes']]}" for v in violations
            if v["impact"] in BLOCKING]


def test_public_pages(page: Page) -> None:
    _steward, assessment = _organization()
    for path in ("/organizations/harbour/", "/organizations/harbour/services/peer-counselling/",
                 "/services/?q=counselling", f"/organizations/harbour/assessments/{assessment.pk}/",
                 "/organizations/harbour/contact/"):
        page.goto(path)
        page.wait_for_load_state("load")
        assert not _blocking(page), (path, _blocking(page))


def test_steward_pages(sign_in: Callable[[User], Page]) -> None:
    steward, assessment = _organization()
    page = sign_in(steward)
    for path in ("/organizations/harbour/services/manage/",
                 "/organizations/harbour/services/manage/new/",
                 "/organizations/harbour/locations/",
                 "/organizations/harbour/edit/",
                 "/organizations/harbour/assessments/new/",
                 f"/organizations/harbour/assessments/{assessment.pk}/report/"):
        page.goto(path)
        page.wait_for_load_state("load")
        assert not _blocking(page), (path, _blocking(page))
