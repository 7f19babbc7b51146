"""The assessment's report as a PDF, for a funder or a board meeting.

Every piece of text goes through `latin1` (see mutual.core.pdf)."""

from django.template.defaultfilters import floatformat
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from fpdf import FPDF
from fpdf.enums import XPos, YPos

from mutual.assessments.queries import Summary
from mutual.core.pdf import latin1


def _score(value: float | None) -> str:
    return floatformat(value, 1) if value is not None else "-"


def _change(value: float | None) -> str:
    if value is None:
        return "-"
    return ("+" if value > 0 else "") + floatformat(value, 1)


class _Report(FPDF):
    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("Helvetica", size=8)
        self.cell(0, 6, latin1(_("Mutual - fidelity self-assessment - page %(page)s") % {
            "page": self.page_no()}), align="C")


def report_pdf(summary: Summary, *, everything: bool) -> bytes:
    """The report: totals and domains for everyone who may see it; items, agreement and the
    raters' number for stewards and staff (`everything`)."""
    assessment = summary.assessment
    pdf = _Report(format="A4")
    pdf.set_title(latin1(assessment.title))
    pdf.set_author(latin1(assessment.organization.name))
    pdf.set_creation_date(timezone.now())
    pdf.set_auto_page_break(auto=True, margin=16)
    pdf.add_page()

    def line(text: str, *, size: int = 10, style: str = "", height: float = 6) -> None:
        pdf.set_font("Helvetica", style, size)
        pdf.multi_cell(0, height, latin1(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def row(cells: list[str], widths: list[int], *, bold: bool = False) -> None:
        pdf.set_font("Helvetica", "B" if bold else "", 9)
        for text, width in zip(cells, widths, strict=True):
            pdf.cell(width, 6, latin1(text), border="B")
        pdf.ln(6)

    line(assessment.organization.name, size=16, style="B", height=8)
    line(assessment.title, size=13, height=7)
    line(_("Fidelity self-assessment of %(date)s") % {
        "date": date_format(assessment.conducted_on, "DATE_FORMAT")})
    if everything:
        line(_("%(raters)d raters; %(rated)d items rated, %(not_rated)d not rated.") % {
            "raters": len(summary.raters), "rated": summary.rated,
            "not_rated": summary.not_rated})
    pdf.ln(2)
    line(_("Total score: %(total)s out of 5") % {"total": _score(summary.total)},
         size=12, style="B")
    if summary.previous is not None:
        line(_("Previously (%(title)s): %(total)s; change %(change)s") % {
            "title": summary.previous.title, "total": _score(summary.previous_total),
            "change": _change(summary.total_change)})
    if everything and summary.agreement is not None:
        line(_("Agreement: %(share)s of ratings within one point of the median.") % {
            "share": f"{round(summary.agreement * 100)} %"})
    pdf.ln(3)
    line(_("Scores by domain"), size=12, style="B")
    widths = [70, 30, 30, 30, 30]
    row([_("Domain"), _("Score"), _("Previously"), _("Change"), _("Not rated")], widths,
        bold=True)
    for domain in summary.domains:
        row([str(domain.domain.title), _score(domain.score), _score(domain.previous),
             _change(domain.change), str(domain.not_rated)], widths)
    if everything:
        widths = [94, 24, 24, 24, 24]
        for domain in summary.domains:
            pdf.ln(4)
            line(str(domain.domain.title), size=11, style="B")
            row([_("Item"), _("Mean"), _("Spread"), _("Raters"), _("Previously")], widths,
                bold=True)
            for item in domain.items:
                title = str(item.item.title) + (" (!)" if item.disagreement else "")
                row([title, _score(item.mean),
                     str(item.spread) if item.spread is not None else "-",
                     str(item.raters), _score(item.previous)], widths)
        if summary.disagreements:
            pdf.ln(3)
            line(_("(!) Raters differ by two points or more: worth talking over."), size=9)
    return bytes(pdf.output())
