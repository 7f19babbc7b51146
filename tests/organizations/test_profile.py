"""The organization's profile: its page, its edit page and the API, tried from each side:
anonymous, a member of a group it runs, its steward, another organization's steward, and
staff."""

from dataclasses import dataclass

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from mutual.accounts.models import User
from mutual.audit.models import AuditEvent
from mutual.core.models import Language
from mutual.organizations.actions import update_organization, verify_organization
from mutual.organizations.models import Organization, Stewardship
from tests.conftest import client_for
from tests.factories import GroupFactory, MembershipFactory, OrganizationFactory, UserFactory

pytestmark = pytest.mark.django_db

PAGE = "/organizations/harbour/"
EDIT = "/organizations/harbour/edit/"
API = "/api/v1/organizations/harbour/"
SIDES = ["anonymous", "member", "other_steward", "steward", "staff"]


@dataclass
class Sides:
    organization: Organization
    member: User
    steward: User
    other_steward: User
    staff: User


@pytest.fixture
def sides(db: None) -> Sides:
    organization = OrganizationFactory(name="Harbour Drop-in Centre", slug="harbour")
    member = MembershipFactory(group=GroupFactory(organization=organization)).user
    steward = UserFactory()
    Stewardship.objects.create(organization=organization, user=steward)
    other_steward = UserFactory()
    Stewardship.objects.create(organization=OrganizationFactory(), user=other_steward)
    return Sides(organization, member, steward, other_steward, UserFactory(is_staff=True))


def who(sides: Sides, side: str) -> User | None:
    return None if side == "anonymous" else getattr(sides, side)


def form_data(**changes: object) -> dict[str, object]:
    return {"name": "Harbour Drop-in Centre", "mission": "Peer support by the harbour.",
            "description": "We meet every day.", "legal_status": "cooperative",
            "languages": ["en", "es"], "parent": "", "website": "https://harbour.example.org",
            "phone": "", "contact_email": "centre@example.org", "service_area": "",
            "logo_url": "", "founded_year": "1998", **changes}


@pytest.mark.parametrize(("side", "status"), [
    ("anonymous", 302), ("member", 403), ("other_steward", 403), ("steward", 200),
    ("staff", 200),
])
def test_only_stewards_and_staff_open_the_edit_page(sides: Sides, side: str,
                                                    status: int) -> None:
    response = client_for(who(sides, side)).get(EDIT)

    assert response.status_code == status
    if side == "anonymous":
        assert "/login/" in response["Location"]
    if status == 200:
        assert 'value="Harbour Drop-in Centre"' in response.content.decode()
        assert ("Verified after checking documents" in response.content.decode()) == (
            side == "staff")


@pytest.mark.parametrize(("side", "status"), [
    ("anonymous", 302), ("member", 403), ("other_steward", 403), ("steward", 302),
    ("staff", 302),
])
def test_only_stewards_and_staff_change_the_page(sides: Sides, side: str,
                                                 status: int) -> None:
    response = client_for(who(sides, side)).post(EDIT, form_data())

    assert response.status_code == status
    sides.organization.refresh_from_db()
    changed = side in ("steward", "staff")
    assert (sides.organization.mission == "Peer support by the harbour.") == changed
    assert (sides.organization.legal_status == "cooperative") == changed
    assert sorted(sides.organization.languages.values_list("code", flat=True)) == (
        ["en", "es"] if changed else [])
    assert AuditEvent.objects.filter(verb="organization.updated").exists() == changed


def test_a_mistake_keeps_what_was_typed(sides: Sides) -> None:
    response = client_for(sides.steward).post(
        EDIT, form_data(mission="Ours", website="not a web address", name=""))

    assert response.status_code == 400
    page = response.content.decode()
    assert "not a web address" in page
    assert "Ours</textarea>" in page
    sides.organization.refresh_from_db()
    assert sides.organization.mission == ""


def test_a_steward_cannot_verify_but_staff_can(sides: Sides) -> None:
    client_for(sides.steward).post(EDIT, form_data(verified="on"))
    sides.organization.refresh_from_db()
    assert sides.organization.verified_at is None

    client_for(sides.staff).post(EDIT, form_data(verified="on"))
    sides.organization.refresh_from_db()
    assert sides.organization.verified_at is not None
    assert sides.organization.verified_by == sides.staff
    assert "Verified by Mutual" in client_for(None).get(PAGE).content.decode()

    client_for(sides.staff).post(EDIT, form_data())
    sides.organization.refresh_from_db()
    assert sides.organization.verified_at is None
    assert list(AuditEvent.objects.filter(verb__startswith="organization.").exclude(
        verb="organization.updated").values_list("verb", flat=True).order_by("pk")) == [
        "organization.verified", "organization.unverified"]


@pytest.mark.parametrize("side", ["anonymous", "member", "other_steward", "steward"])
def test_only_staff_verify_through_the_action(sides: Sides, side: str) -> None:
    with pytest.raises(PermissionDenied):
        verify_organization(actor=who(sides, side), organization=sides.organization,
                            verified=True)
    verify_organization(actor=sides.staff, organization=sides.organization, verified=True)
    assert sides.organization.verified_at is not None


def test_cycles_of_parents_are_refused(sides: Sides) -> None:
    chapter = OrganizationFactory(parent=sides.organization)
    grandchapter = OrganizationFactory(parent=chapter)
    message = "An organization cannot be its own parent or a chapter of its own chapter."

    for parent in (sides.organization, chapter, grandchapter):
        with pytest.raises(ValidationError) as refused:
            update_organization(actor=sides.staff, organization=sides.organization,
                                data={"parent": parent})
        assert refused.value.message_dict == {"parent": [message]}
    sides.organization.refresh_from_db()
    assert sides.organization.parent is None

    response = client_for(sides.steward).post(EDIT, form_data(parent=grandchapter.pk))
    assert response.status_code == 400
    assert message.replace("'", "&#x27;") in response.content.decode()

    response = client_for(sides.steward).patch(
        API, {"parent": chapter.slug}, content_type="application/json")
    assert response.status_code == 400
    assert response.json()["error"]["fields"] == {"parent": [message]}


def test_the_page_shows_the_profile(sides: Sides) -> None:
    federation = OrganizationFactory(name="Peer Federation", slug="federation")
    OrganizationFactory(name="Harbour North", parent=sides.organization)
    update_organization(actor=sides.steward, organization=sides.organization, data={
        "mission": "Peer support by the harbour.", "legal_status": "cooperative",
        "languages": Language.objects.filter(code__in=["en", "fr"]), "parent": federation,
    })

    page = client_for(None).get(PAGE).content.decode()

    assert "Peer support by the harbour." in page
    assert "Cooperative" in page
    assert "English, French" in page
    assert 'href="/organizations/federation/">Peer Federation</a>' in page
    assert "Harbour North" in page
    assert "Verified by Mutual" not in page
    assert "Harbour Drop-in Centre" in client_for(None).get(
        "/organizations/federation/").content.decode()


@pytest.mark.parametrize("side", SIDES)
def test_the_edit_link_is_for_stewards_and_staff(sides: Sides, side: str) -> None:
    page = client_for(who(sides, side)).get(PAGE).content.decode()

    assert (EDIT in page) == (side in ("steward", "staff"))


def test_the_page_costs_the_same_queries_with_chapters_and_languages(sides: Sides) -> None:
    client = client_for(sides.steward)
    client.get(PAGE)
    with CaptureQueriesContext(connection) as bare:
        assert client.get(PAGE).status_code == 200

    for _ in range(3):
        OrganizationFactory(parent=sides.organization)
    sides.organization.languages.set(Language.objects.filter(code__in=["en", "fr", "es"]))
    sides.organization.parent = OrganizationFactory()
    sides.organization.save()
    with CaptureQueriesContext(connection) as full:
        page = client.get(PAGE)

    assert page.content.decode().count('<li><a href="/organizations/peer-support') == 3
    assert len(full.captured_queries) == len(bare.captured_queries)


def test_the_api_shows_the_profile(sides: Sides) -> None:
    chapter = OrganizationFactory(slug="harbour-north", parent=sides.organization)
    sides.organization.languages.set(Language.objects.filter(code__in=["en", "fr"]))
    verify_organization(actor=sides.staff, organization=sides.organization, verified=True)

    body = client_for(None).get(API).json()

    assert body["languages"] == ["en", "fr"]
    assert body["chapters"] == ["harbour-north"]
    assert body["parent"] is None
    assert body["verified"] is True
    assert client_for(None).get(f"/api/v1/organizations/{chapter.slug}/").json()[
        "parent"] == "harbour"


@pytest.mark.parametrize(("side", "status"), [
    ("anonymous", 401), ("member", 403), ("other_steward", 403), ("steward", 200),
    ("staff", 200),
])
def test_only_stewards_and_staff_patch_through_the_api(sides: Sides, side: str,
                                                       status: int) -> None:
    response = client_for(who(sides, side)).patch(
        API, {"mission": "By the harbour.", "languages": ["de"], "legal_status": "charity"},
        content_type="application/json")

    assert response.status_code == status
    sides.organization.refresh_from_db()
    if status == 200:
        body = response.json()
        assert (body["mission"], body["languages"], body["legal_status"]) == (
            "By the harbour.", ["de"], "charity")
        assert sides.organization.name == "Harbour Drop-in Centre"
    else:
        assert response.json()["error"]["code"] in ("not_authenticated", "permission_denied")
        assert sides.organization.mission == ""


def test_the_api_refuses_bad_input_in_the_one_error_shape(sides: Sides) -> None:
    response = client_for(sides.steward).patch(
        API, {"legal_status": "empire", "languages": ["xx"], "website": "nope"},
        content_type="application/json")

    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid"
    assert set(error["fields"]) == {"legal_status", "languages", "website"}
