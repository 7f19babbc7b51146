"""Finding services with the directory's criteria: each filter lets the right ones in and
keeps the others out, in a fixed number of queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from mutual.groups.queries import DirectoryCriteria
from mutual.places.lookup import ResolvedPlace
from mutual.services.queries import search_services
from tests.conftest import client_for
from tests.factories import GroupFactory, OrganizationFactory
from tests.services.sides import Sides, make_location, make_service, sides

__all__ = ["sides"]
pytestmark = pytest.mark.django_db

BERKELEY = ResolvedPlace("Berkeley", 37.87159, -122.27275, "US", "America/Los_Angeles")


def names(criteria: DirectoryCriteria | None = None, **filters: str) -> list[str]:
    found = search_services(criteria or DirectoryCriteria(), **filters)
    return [service.name for service in found]


def test_only_open_services_are_found(sides: Sides) -> None:
    for status in ("active", "temporarily closed", "inactive", "defunct"):
        make_service(sides.organization, f"Service {status}", status=status)

    assert names() == ["Service active", "Service temporarily closed"]


def test_words_match_names_descriptions_and_concerns_with_synonyms(sides: Sides) -> None:
    make_service(sides.organization, "Warm line", description="Someone to talk to at night.")
    make_service(sides.organization, "Housing forms", description="Help with paperwork.")
    make_service(sides.organization, "Widows' circle", concerns=("loss-of-a-spouse",))
    make_service(sides.organization, "Sober coffee", concerns=("alcohol-use",))

    assert names(DirectoryCriteria(q="warm")) == ["Warm line"]
    assert names(DirectoryCriteria(q="paperwork")) == ["Housing forms"]
    assert names(DirectoryCriteria(q="drinking")) == ["Sober coffee"]
    assert names(DirectoryCriteria(q="addiction")) == ["Sober coffee"]
    assert names(DirectoryCriteria(q="night line")) == ["Warm line"]
    assert names(DirectoryCriteria(q="night forms")) == []


def test_a_concern_includes_the_concerns_below_it(sides: Sides) -> None:
    make_service(sides.organization, "Sober coffee", concerns=("alcohol-use",))
    make_service(sides.organization, "Grief walk", concerns=("bereavement",))

    assert names(DirectoryCriteria(concern="addiction")) == ["Sober coffee"]
    assert names(DirectoryCriteria(concern="alcohol-use")) == ["Sober coffee"]
    assert names(DirectoryCriteria(concern="mental-health")) == []


def test_language_governance_fee_and_capacity_filter(sides: Sides) -> None:
    peer_run = OrganizationFactory(governance_kind="mutual_assistance")
    make_service(peer_run, "Ours", languages=("es",), fee="free", capacity="available")
    make_service(sides.organization, "Theirs", languages=("en",), fee="fee",
                 capacity="waitlist")

    assert names(DirectoryCriteria(language="es")) == ["Ours"]
    assert names(DirectoryCriteria(language="fr")) == []
    assert names(DirectoryCriteria(governance="mutual_assistance")) == ["Ours"]
    assert names(DirectoryCriteria(governance="partnership")) == []
    assert names(fee="free") == ["Ours"]
    assert names(fee="fee") == ["Theirs"]
    assert names(capacity="waitlist") == ["Theirs"]
    assert names(capacity="full") == []


def test_near_finds_services_at_a_location_within_the_radius(sides: Sides) -> None:
    here = make_location(sides.organization)
    lyon = make_location(sides.organization, locality="Lyon", country="FR", latitude=45.76,
                         longitude=4.84, time_zone="Europe/Paris")
    oakland = make_location(sides.organization, locality="Oakland", latitude=37.8044,
                            longitude=-122.2712)
    make_service(sides.organization, "Both places", locations=(lyon, oakland))
    make_service(sides.organization, "Here", locations=(here,))
    make_service(sides.organization, "Lyon only", locations=(lyon,))
    make_service(sides.organization, "Phone line")

    found = list(search_services(DirectoryCriteria(near=BERKELEY, radius_km=25)))

    assert [service.name for service in found] == ["Here", "Both places"]
    assert found[0].distance_km == pytest.approx(0, abs=0.01)
    assert found[1].distance_km == pytest.approx(7.5, abs=0.5)
    assert names(DirectoryCriteria(near=BERKELEY, radius_km=5)) == ["Here"]
    assert "Phone line" in names()


def test_the_search_runs_a_fixed_number_of_queries(sides: Sides) -> None:
    def count(services: int) -> int:
        client = client_for(None)
        client.get("/services/?q=line&near=37.87,-122.27")
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/services/?q=line&near=37.87,-122.27")
        assert response.content.decode().count('class="result"') == services
        return len(queries.captured_queries)

    location = make_location(sides.organization)
    make_service(sides.organization, "Warm line 0", languages=("en",),
                 concerns=("bereavement",), locations=(location,))
    one = count(1)
    for number in range(1, 12):
        other = make_location(OrganizationFactory())
        make_service(other.organization, f"Warm line {number}", languages=("en", "es"),
                     concerns=("bereavement", "alcohol-use"), locations=(other,))
    assert count(12) == one


def test_the_search_page_shows_services_with_their_organization(sides: Sides) -> None:
    location = make_location(sides.organization)
    make_service(sides.organization, "Warm line", fee="donation", locations=(location,))
    make_service(sides.organization, "Housing forms")

    response = client_for(None).get("/services/", {"q": "warm", "fee": "donation"})

    page = response.content.decode()
    assert response.status_code == 200
    assert "1 service found" in page
    assert 'href="/organizations/harbour/services/warm-line/"' in page
    assert "Harbour Drop-in Centre" in page
    assert "Housing forms" not in page
    assert 'href="/groups/?q=warm&amp;fee=donation"' in page


def test_the_search_page_explains_bad_input(sides: Sides) -> None:
    response = client_for(None).get("/services/", {"concern": "nothing-like-it",
                                                  "q": "typed words"})

    assert response.status_code == 400
    page = response.content.decode()
    assert "There is no concern" in page
    assert 'value="typed words"' in page


def test_the_directory_links_to_the_same_search_for_services(sides: Sides) -> None:
    GroupFactory()
    page = client_for(None).get("/groups/", {"q": "circle", "language": "en"}).content.decode()

    assert '<a href="/services/?q=circle&amp;language=en">Services matching this search</a>' in (
        page)
