"""Scores, agreement and comparison; the rules of rating, closing and publishing; and the
report in SVG, PDF and CSV."""

import csv
import io

import pytest
from defusedxml import ElementTree
from django.core.exceptions import PermissionDenied, ValidationError

from mutual.assessments.actions import (
    Answer,
    close_assessment,
    delete_assessment,
    publish_assessment,
    rate_items,
    reopen_assessment,
    start_assessment,
    unpublish_assessment,
)
from mutual.assessments.chart import domain_chart
from mutual.assessments.instrument import DOMAINS, ITEMS, SCORES
from mutual.assessments.models import Assessment, Rating
from mutual.assessments.pdf import report_pdf
from mutual.assessments.queries import published_for, summarize
from mutual.assessments.report import COLUMNS, csv_rows
from mutual.audit.models import AuditEvent
from mutual.core.pdf import latin1
from mutual.organizations.models import Stewardship
from tests.assessments.conftest import Sides, assessment, scores
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

THIS_YEAR = [
    {"board_participation": 5, "hiring_decisions": 3, "proximity": 4},
    {"board_participation": 3, "hiring_decisions": 3, "proximity": 2},
]


def test_the_instrument_has_six_domains_of_plain_items_with_five_anchors() -> None:
    assert [domain.key for domain in DOMAINS] == [
        "structure", "environment", "belief_systems", "peer_support", "education", "advocacy"]
    assert [len(domain.items) for domain in DOMAINS] == [8, 10, 8, 8, 4, 3]
    assert len(ITEMS) == 41
    for item in ITEMS.values():
        assert str(item.question).endswith("?")
        assert len(item.anchors) == len(SCORES)
        assert len({str(anchor) for anchor in item.anchors}) == 5


def test_item_domain_and_total_scores_leave_out_what_nobody_rated(sides: Sides) -> None:
    summary = summarize(assessment(sides, ratings=THIS_YEAR), everything=True)

    structure, environment, *others = summary.domains
    board = structure.items[0]
    assert board.item.key == "board_participation"
    assert (board.mean, board.spread, board.raters) == (4.0, 2, 2)
    assert board.disagreement is True
    assert structure.items[2].mean == 3.0 and structure.items[2].disagreement is False
    assert structure.score == 3.5
    assert structure.not_rated == 6
    assert environment.score == 3.0
    assert all(domain.score is None for domain in others)
    assert summary.total == 3.25
    assert (summary.rated, summary.not_rated) == (3, 38)
    assert [item.item.key for item in summary.disagreements] == [
        "board_participation", "proximity"]
    assert [str(rater) for rater in summary.raters] == ["Ana", "Ben"]


def test_agreement_is_the_share_of_raters_within_a_point_of_the_median(sides: Sides) -> None:
    third = UserFactory(display_name="Cy")
    Stewardship.objects.create(organization=sides.organization, user=third)
    made = assessment(sides, ratings=[{"recovery": 1, "choice": 4},
                                      {"recovery": 4, "choice": 4}])
    rate_items(actor=third, assessment=made, answers=scores(recovery=5, choice=3))

    summary = summarize(made, everything=True)

    items = {item.item.key: item for item in summary.items}
    assert items["recovery"].agreement == pytest.approx(2 / 3)
    assert items["recovery"].spread == 4
    assert items["choice"].agreement == 1.0
    assert summary.agreement == pytest.approx((2 / 3 + 1) / 2)
    assert items["peer_principle"].agreement is None


def test_nothing_rated_gives_no_scores(sides: Sides) -> None:
    summary = summarize(assessment(sides), everything=True)

    assert summary.total is None
    assert summary.agreement is None
    assert summary.not_rated == 41


def test_the_comparison_is_with_the_previous_closed_assessment(sides: Sides) -> None:
    assessment(sides, title="Two years ago", year=2024, closed=True,
               ratings=[{"board_participation": 1}])
    assessment(sides, title="Last year", year=2025, closed=True,
               ratings=[{"board_participation": 3}, {"board_participation": 3}])
    assessment(sides, title="Never closed", year=2025, month=12,
               ratings=[{"board_participation": 5}])
    made = assessment(sides, ratings=THIS_YEAR)

    summary = summarize(made, everything=True)

    assert summary.previous is not None and summary.previous.title == "Last year"
    structure, environment = summary.domains[:2]
    assert structure.previous == 3.0
    assert structure.change == pytest.approx(0.5)
    assert structure.items[0].previous == 3.0
    assert environment.previous is None and environment.change is None
    assert summary.previous_total == 3.0
    assert summary.total_change == pytest.approx(0.25)


def test_others_see_the_comparison_only_with_a_published_assessment(sides: Sides) -> None:
    assessment(sides, title="Published", year=2024, published=True,
               ratings=[{"board_participation": 2}])
    assessment(sides, title="Private", year=2025, closed=True,
               ratings=[{"board_participation": 3}])
    made = assessment(sides, published=True, ratings=THIS_YEAR)

    assert summarize(made, everything=True).previous.title == "Private"
    public = summarize(made, everything=False)
    assert public.previous.title == "Published"
    assert public.raters == []


def test_published_for_lists_published_assessments_with_their_totals(sides: Sides) -> None:
    assessment(sides, title="Private", closed=True, ratings=THIS_YEAR)
    assessment(sides, title="Published", year=2025, published=True, ratings=THIS_YEAR)

    found = published_for(sides.organization)

    assert [(a.title, a.total) for a in found] == [("Published", 3.25)]


def test_a_rater_saves_some_items_comes_back_and_takes_one_back(sides: Sides) -> None:
    made = assessment(sides)
    rate_items(actor=sides.steward, assessment=made, answers={
        "choice": Answer(score=4, note="We offer many things.", evidence="Programme leaflet"),
        "recovery": Answer(score=2)})
    saved = rate_items(actor=sides.steward, assessment=made, answers={
        "recovery": Answer(score=None), "outreach": Answer(score=1)})

    assert [(r.item, r.score) for r in saved] == [("choice", 4), ("outreach", 1)]
    choice = Rating.objects.get(item="choice")
    assert (choice.note, choice.evidence) == ("We offer many things.", "Programme leaflet")
    assert AuditEvent.objects.filter(verb="assessment.rated").count() == 2


def test_ratings_that_make_no_sense_are_refused_item_by_item(sides: Sides) -> None:
    made = assessment(sides)

    with pytest.raises(ValidationError) as refused:
        rate_items(actor=sides.steward, assessment=made, answers={
            "choice": Answer(score=6), "recovery": Answer(score=None, note="Unsure"),
            "nonsense": Answer(score=3), "outreach": Answer(score=3, evidence="x" * 501)})

    assert set(refused.value.message_dict) == {"choice", "recovery", "nonsense", "outreach"}
    assert not Rating.objects.exists()


@pytest.mark.parametrize("side", ["member", "other_steward", "staff"])
def test_only_the_organizations_stewards_rate(sides: Sides, side: str) -> None:
    made = assessment(sides)

    with pytest.raises(PermissionDenied):
        rate_items(actor=getattr(sides, side), assessment=made, answers=scores(choice=3))


@pytest.mark.parametrize(("side", "allowed"), [
    ("member", False), ("other_steward", False), ("steward", True), ("staff", True)])
def test_stewards_and_staff_start_and_close(sides: Sides, side: str, allowed: bool) -> None:
    import datetime

    actor = getattr(sides, side)
    if not allowed:
        with pytest.raises(PermissionDenied):
            start_assessment(actor=actor, organization=sides.organization, title="X",
                             conducted_on=datetime.date(2026, 1, 1))
        with pytest.raises(PermissionDenied):
            close_assessment(actor=actor, assessment=assessment(sides))
        return
    made = start_assessment(actor=actor, organization=sides.organization, title="X",
                            conducted_on=datetime.date(2026, 1, 1))
    assert close_assessment(actor=actor, assessment=made).closed_at is not None


def test_a_closed_assessment_takes_no_ratings_until_it_is_reopened(sides: Sides) -> None:
    made = assessment(sides, closed=True)

    with pytest.raises(ValidationError):
        rate_items(actor=sides.steward, assessment=made, answers=scores(choice=3))
    reopen_assessment(actor=sides.steward, assessment=made)
    assert rate_items(actor=sides.steward, assessment=made, answers=scores(choice=3))


def test_only_a_closed_assessment_is_published_and_only_by_its_stewards(sides: Sides) -> None:
    made = assessment(sides)

    with pytest.raises(ValidationError):
        publish_assessment(actor=sides.steward, assessment=made)
    close_assessment(actor=sides.steward, assessment=made)
    with pytest.raises(PermissionDenied):
        publish_assessment(actor=sides.staff, assessment=made)
    publish_assessment(actor=sides.steward, assessment=made)
    assert made.published_at is not None

    unpublish_assessment(actor=sides.staff, assessment=made)
    assert made.published_at is None
    publish_assessment(actor=sides.steward, assessment=made)
    reopen_assessment(actor=sides.steward, assessment=made)
    made.refresh_from_db()
    assert made.published_at is None and made.closed_at is None
    verbs = list(AuditEvent.objects.filter(target_type="assessments.assessment")
                 .values_list("verb", flat=True).order_by("pk"))
    assert verbs == ["assessment.started", "assessment.closed", "assessment.published",
                     "assessment.unpublished", "assessment.published", "assessment.reopened"]


def test_deleting_takes_the_ratings_with_it(sides: Sides) -> None:
    made = assessment(sides, ratings=THIS_YEAR)

    with pytest.raises(PermissionDenied):
        delete_assessment(actor=sides.member, assessment=made)
    delete_assessment(actor=sides.steward, assessment=made)

    assert not Assessment.objects.exists() and not Rating.objects.exists()


def test_the_chart_is_an_svg_image_with_a_title_and_a_description(sides: Sides) -> None:
    assessment(sides, title="Last year", year=2025, closed=True,
               ratings=[{"board_participation": 3}])
    summary = summarize(assessment(sides, title="This <year>", ratings=THIS_YEAR),
                        everything=True)

    svg = ElementTree.fromstring(domain_chart(summary))

    ns = {"svg": "http://www.w3.org/2000/svg"}
    assert svg.get("role") == "img"
    assert svg.get("aria-labelledby") == "domain-chart-title domain-chart-desc"
    assert svg.find("svg:title", ns).text == "Domain scores of This <year>"
    description = svg.find("svg:desc", ns).text
    assert "Structure: 3.5 (previously 3.0)" in description
    assert "Education: not rated (previously not rated)" in description
    bars = svg.findall("svg:rect", ns)
    assert len(bars) == 2 + 2 * 6  # the legend's two swatches, two bars a domain


def test_latin1_replaces_typographic_characters_and_keeps_accents() -> None:
    text = ("\u201c\u00c9valuation\u201d \u2013 l\u2019\u00e9quipe\u2026 \u2265 51 % "
            "\u2014 a\u00f1o 2026 \u20ac \u2713")

    plain = latin1(text)

    assert plain == '"Évaluation" - l\'équipe... >= 51 % - año 2026 EUR ?'
    plain.encode("latin-1")


def test_the_pdf_report_names_the_organization_and_survives_any_text(sides: Sides) -> None:
    sides.organization.name = "Centre d\u2019entraide \u201cLe Havre\u201d \u2013 Qu\u00e9bec"
    sides.organization.save()
    made = assessment(sides, title="Évaluation 2026 — équipe ≥ 3", ratings=THIS_YEAR)

    pdf = report_pdf(summarize(made, everything=True), everything=True)

    assert pdf.startswith(b"%PDF")
    assert len(pdf) > 1000
    public = report_pdf(summarize(made, everything=False), everything=False)
    assert public.startswith(b"%PDF")


def test_the_csv_has_item_domain_and_total_rows(sides: Sides) -> None:
    summary = summarize(assessment(sides, ratings=THIS_YEAR), everything=True)

    buffer = io.StringIO()
    csv.writer(buffer).writerows(csv_rows(summary, everything=True))
    rows = list(csv.DictReader(io.StringIO(buffer.getvalue())))

    assert COLUMNS == ["level", "domain", "item", "item_key", "mean", "spread", "raters",
                       "previous_mean"]
    assert [row["level"] for row in rows].count("item") == 41
    board = next(row for row in rows if row["item_key"] == "board_participation")
    assert (board["domain"], board["mean"], board["spread"], board["raters"]) == (
        "Structure", "4.00", "2", "2")
    structure = next(row for row in rows if row["level"] == "domain")
    assert (structure["domain"], structure["mean"]) == ("Structure", "3.50")
    assert rows[-1]["level"] == "total" and rows[-1]["mean"] == "3.25"
    public = csv_rows(summary, everything=False)
    assert [row[0] for row in public[1:]] == ["domain"] * 6 + ["total"]
