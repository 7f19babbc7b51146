"""The self-assessment pages, tried from each side: anonymous, a member of a group the
organization runs, another organization's steward, its steward, and staff."""

import pytest
from django.test import Client

from mutual.assessments.models import Assessment, Rating
from mutual.assessments.queries import published_for
from tests.assessments.conftest import SIDES, Sides, assessment, who
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

BASE = "/organizations/harbour/assessments/"
RATED = [{"board_participation": 5, "hiring_decisions": 3, "proximity": 4},
         {"board_participation": 3, "hiring_decisions": 3, "proximity": 2}]
SEES_ALL = {"steward", "staff"}


def url(made: Assessment, rest: str = "") -> str:
    return f"{BASE}{made.pk}/{rest}"


@pytest.mark.parametrize("side", SIDES)
def test_the_list_shows_unpublished_assessments_only_to_stewards_and_staff(
        sides: Sides, side: str) -> None:
    assessment(sides, title="Private round", ratings=RATED)
    assessment(sides, title="Published round", year=2025, published=True, ratings=RATED)

    response = client_for(who(sides, side)).get(BASE)

    assert response.status_code == 200
    content = response.content.decode()
    assert "Published round" in content
    assert ("Private round" in content) is (side in SEES_ALL)
    assert ("Start a self-assessment" in content) is (side in SEES_ALL)


@pytest.mark.parametrize(("side", "status"), [
    ("anonymous", 404), ("member", 404), ("other_steward", 404), ("steward", 200),
    ("staff", 200)])
@pytest.mark.parametrize("page", ["", "report/", "report.pdf", "report.csv"])
def test_an_unpublished_assessment_does_not_exist_for_others(
        sides: Sides, side: str, status: int, page: str) -> None:
    made = assessment(sides, closed=True, ratings=RATED)

    assert client_for(who(sides, side)).get(url(made, page)).status_code == status


@pytest.mark.parametrize("side", SIDES)
def test_a_published_summary_shows_scores_but_no_notes_or_names_to_others(
        sides: Sides, side: str) -> None:
    made = assessment(sides, published=True, ratings=RATED)
    Rating.objects.filter(item="board_participation", rater=sides.steward).update(
        note="Secret board worry", evidence="Minutes")

    response = client_for(who(sides, side)).get(url(made))

    assert response.status_code == 200
    content = response.content.decode()
    assert "Scores by domain, from 1 to 5" in content
    assert "3.3" in content  # the total, 3.25, shown to one decimal
    sees_all = side in SEES_ALL
    assert ("Secret board worry" in content) is sees_all
    assert ("Ana" in content) is sees_all
    assert ("Board participation" in content) is sees_all
    assert ('action="' + url(made, "unpublish/") + '"' in content) is sees_all


@pytest.mark.parametrize("side", SIDES)
def test_the_published_report_pdf_and_csv_hold_only_the_summary_for_others(
        sides: Sides, side: str) -> None:
    made = assessment(sides, published=True, ratings=RATED)
    client = client_for(who(sides, side))

    report = client.get(url(made, "report/"))
    pdf = client.get(url(made, "report.pdf"))
    rows = client.get(url(made, "report.csv")).content.decode().splitlines()

    assert report.status_code == 200 and "@media print" in report.content.decode()
    assert ("Board participation" in report.content.decode()) is (side in SEES_ALL)
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    assert b"Harbour Drop-in Centre" in pdf.content
    assert rows[0] == "level,domain,item,item_key,mean,spread,raters,previous_mean"
    assert len(rows) == (1 + 41 + 6 + 1 if side in SEES_ALL else 1 + 6 + 1)


@pytest.mark.parametrize(("side", "status"), [
    ("anonymous", 302), ("member", 403), ("other_steward", 403), ("steward", 200),
    ("staff", 200)])
def test_only_stewards_and_staff_start_an_assessment(sides: Sides, side: str,
                                                     status: int) -> None:
    client = client_for(who(sides, side))

    assert client.get(f"{BASE}new/").status_code == status
    response = client.post(f"{BASE}new/", {"title": "Spring", "conducted_on": "2026-03-01"})

    assert Assessment.objects.exists() is (status == 200)
    if side == "steward":
        made = Assessment.objects.get()
        assert response["Location"] == url(made, "rate/")
        assert made.created_by == sides.steward


def test_a_new_assessment_without_a_title_is_refused_beside_the_field(sides: Sides) -> None:
    response = client_for(sides.steward).post(
        f"{BASE}new/", {"title": "", "conducted_on": "2026-03-01", "notes": "Whole board"})

    assert response.status_code == 400
    content = response.content.decode()
    assert "Please give the assessment a title." in content
    assert "Whole board" in content
    assert not Assessment.objects.exists()


@pytest.mark.parametrize(("side", "status"), [
    ("anonymous", 302), ("member", 404), ("other_steward", 404), ("steward", 200),
    ("staff", 403)])
def test_only_stewards_rate(sides: Sides, side: str, status: int) -> None:
    made = assessment(sides)
    client = client_for(who(sides, side))

    assert client.get(url(made, "rate/")).status_code == status
    response = client.post(url(made, "rate/"), {"choice-score": "4"})

    assert response.status_code == (302 if status == 200 else status)
    assert Rating.objects.exists() is (side == "steward")


def test_the_rating_form_shows_anchors_in_fieldsets_and_saves_progress(sides: Sides) -> None:
    made = assessment(sides)
    client = client_for(sides.steward)

    content = client.get(url(made, "rate/")).content.decode()

    assert content.count("<fieldset") == 41
    assert "<legend>Board participation</legend>" in content
    assert "5: Nearly all of the board, including its chair, has lived experience." in content
    assert 'type="radio" name="board_participation-score" value="5"' in content

    response = client.post(url(made, "rate/"), {
        "board_participation-score": "4", "board_participation-note": "7 of 9",
        "choice-score": "3"}, follow=True)

    assert "Your ratings are saved: 2 of 41 items." in response.content.decode()
    assert 'value="4"\n' in response.content.decode() or "checked" in response.content.decode()
    saved = {r.item: r for r in Rating.objects.filter(rater=sides.steward)}
    assert saved["board_participation"].score == 4
    assert saved["board_participation"].note == "7 of 9"
    form = response.context["form"]
    assert form["board_participation-score"].value() == "4"
    assert form["board_participation-note"].value() == "7 of 9"


def test_invalid_ratings_are_refused_beside_the_item_and_nothing_typed_is_lost(
        sides: Sides) -> None:
    made = assessment(sides)

    response = client_for(sides.steward).post(url(made, "rate/"), {
        "choice-score": "3", "choice-note": "Many options",
        "recovery-note": "I am not sure about this one",
        "hours-score": "9", "outreach-evidence": "x" * 600})

    assert response.status_code == 400
    content = response.content.decode()
    assert "Choose a score to keep this note and evidence, or clear them." in content
    assert 'id="id_recovery-score_error"' in content
    assert "I am not sure about this one" in content
    assert "Many options" in content
    form = response.context["form"]
    assert "hours-score" in form.errors
    assert "outreach-evidence" in form.errors
    assert form["choice-score"].value() == "3"
    assert not Rating.objects.exists()


def test_a_closed_assessment_sends_the_rater_back_to_the_scores(sides: Sides) -> None:
    made = assessment(sides, closed=True)
    client = client_for(sides.steward)

    assert client.get(url(made, "rate/"))["Location"] == url(made)
    response = client.post(url(made, "rate/"), {"choice-score": "4"})
    assert response.status_code == 400
    assert "This assessment is closed; reopen it to change ratings." in (
        response.content.decode())
    assert not Rating.objects.exists()


@pytest.mark.parametrize(("side", "status"), [
    ("anonymous", 302), ("member", 404), ("other_steward", 404), ("steward", 302),
    ("staff", 302)])
def test_closing_is_for_stewards_and_staff(sides: Sides, side: str, status: int) -> None:
    made = assessment(sides)

    response = client_for(who(sides, side)).post(url(made, "close/"))

    assert response.status_code == status
    made.refresh_from_db()
    assert (made.closed_at is not None) is (side in SEES_ALL)


@pytest.mark.parametrize(("side", "status", "published"), [
    ("anonymous", 302, False), ("member", 404, False), ("other_steward", 404, False),
    ("steward", 302, True), ("staff", 403, False)])
def test_publishing_is_for_stewards(sides: Sides, side: str, status: int,
                                    published: bool) -> None:
    made = assessment(sides, closed=True)

    response = client_for(who(sides, side)).post(url(made, "publish/"))

    assert response.status_code == status
    made.refresh_from_db()
    assert (made.published_at is not None) is published


def test_an_open_assessment_is_not_published_and_the_steward_is_told_why(
        sides: Sides) -> None:
    made = assessment(sides)

    response = client_for(sides.steward).post(url(made, "publish/"), follow=True)

    assert "Close the assessment before publishing its summary." in response.content.decode()
    made.refresh_from_db()
    assert made.published_at is None


@pytest.mark.parametrize(("side", "status"), [
    ("anonymous", 302), ("member", 403), ("other_steward", 403), ("steward", 302),
    ("staff", 302)])
def test_a_published_summary_is_taken_down_by_stewards_and_staff_only(
        sides: Sides, side: str, status: int) -> None:
    made = assessment(sides, published=True)

    response = client_for(who(sides, side)).post(url(made, "unpublish/"))

    assert response.status_code == status
    made.refresh_from_db()
    assert (made.published_at is None) is (side in SEES_ALL)


@pytest.mark.parametrize(("side", "status"), [
    ("anonymous", 302), ("member", 404), ("other_steward", 404), ("steward", 302),
    ("staff", 302)])
def test_reopening_and_deleting_are_for_stewards_and_staff(sides: Sides, side: str,
                                                          status: int) -> None:
    made = assessment(sides, closed=True)
    client = client_for(who(sides, side))

    assert client.post(url(made, "reopen/")).status_code == status
    assert client.post(url(made, "delete/")).status_code == status

    assert Assessment.objects.exists() is (side not in SEES_ALL)


def test_pages_take_only_the_methods_they_answer(sides: Sides) -> None:
    made = assessment(sides, closed=True)
    client = client_for(sides.steward)

    assert client.get(url(made, "close/")).status_code == 405
    assert client.post(url(made, "explode/")).status_code == 404
    assert client.get("/organizations/nowhere/assessments/").status_code == 404
    assert client.get(f"/organizations/harbour/assessments/{made.pk + 1}/").status_code == 404


def test_an_assessment_of_another_organization_is_not_found_under_this_one(
        sides: Sides) -> None:
    made = assessment(sides, published=True)
    other = sides.other_steward.stewardships.get().organization if hasattr(
        sides.other_steward, "stewardships") else None
    slug = other.slug if other is not None else "nowhere"

    assert Client().get(f"/organizations/{slug}/assessments/{made.pk}/").status_code == 404


def test_the_detail_page_shows_the_chart_the_table_and_the_comparison(sides: Sides) -> None:
    assessment(sides, title="Last year", year=2025, closed=True,
               ratings=[{"board_participation": 3}])
    made = assessment(sides, title="This year", ratings=RATED)

    content = client_for(sides.steward).get(url(made)).content.decode()

    assert 'role="img"' in content
    assert 'aria-labelledby="domain-chart-title domain-chart-desc"' in content
    assert "Previously (Last year)" in content
    assert "+0.5" in content
    assert "raters differ by 2 or more" in content
    assert "You have rated 3 of 41 items." in content


@pytest.mark.parametrize(("side", "queries"), [
    ("anonymous", 3), ("steward", 6), ("staff", 6)])
def test_the_detail_page_runs_a_constant_number_of_queries(
        sides: Sides, side: str, queries: int, django_assert_num_queries: object) -> None:
    assessment(sides, title="Last year", year=2025, published=True,
               ratings=[{"board_participation": 3}])
    made = assessment(sides, published=True, ratings=RATED)
    client = client_for(who(sides, side))
    client.get(url(made))

    # the assessment with its organization, the previous one, the ratings; signed in, also
    # the session, the user and whether they are a steward
    with django_assert_num_queries(queries):
        client.get(url(made))
    assessment(sides, title="Another", year=2024, published=True,
               ratings=[{"choice": 2, "recovery": 5}, {"choice": 3, "outreach": 1}])
    with django_assert_num_queries(queries):
        client.get(url(made))


def test_published_for_feeds_the_organization_page_partial(sides: Sides) -> None:
    from django.template.loader import render_to_string

    assessment(sides, title="Published round", published=True, ratings=RATED)
    assessment(sides, title="Private round", closed=True, ratings=RATED)

    html = render_to_string("assessments/_on_organization_page.html", {
        "organization": sides.organization,
        "published_assessments": published_for(sides.organization)})

    assert "Published round" in html and "total 3.3 of 5" in html
    assert "Private round" not in html
