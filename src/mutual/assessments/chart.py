"""The domain scores as a bar chart drawn on the server: an SVG image that needs no
JavaScript, with a title and a description that say the same numbers in words."""

from django.template.defaultfilters import floatformat
from django.utils.html import escape
from django.utils.translation import gettext as _

from mutual.assessments.queries import Summary

WIDTH = 640
LABELS = 170  # room for the domain names on the left
BAR_AREA = 400  # the width that stands for a score of 5
ROW = 46
TOP = 40
NOW_COLOUR = "#1f5f8b"
BEFORE_COLOUR = "#9bb8cc"


def _score(value: float | None) -> str:
    return floatformat(value, 1) if value is not None else _("not rated")


def describe(summary: Summary) -> str:
    """The chart in words, one domain after another."""
    parts = []
    for domain in summary.domains:
        if summary.previous is not None:
            parts.append(_("%(domain)s: %(score)s (previously %(before)s)") % {
                "domain": domain.domain.title, "score": _score(domain.score),
                "before": _score(domain.previous)})
        else:
            parts.append(_("%(domain)s: %(score)s") % {
                "domain": domain.domain.title, "score": _score(domain.score)})
    scale = _("Scores from 1 to 5 by domain.")
    return f"{scale} " + "; ".join(parts) + "."


def domain_chart(summary: Summary, *, element_id: str = "domain-chart") -> str:
    """An SVG bar chart of the domain scores, this assessment beside the previous one."""
    previous = summary.previous
    height = TOP + ROW * len(summary.domains) + 30
    title = _("Domain scores of %(title)s") % {"title": summary.assessment.title}
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{WIDTH}" '
        f'height="{height}" viewBox="0 0 {WIDTH} {height}" class="domain-chart" '
        f'aria-labelledby="{element_id}-title {element_id}-desc" '
        f'font-family="sans-serif" font-size="13">',
        f'<title id="{element_id}-title">{escape(title)}</title>',
        f'<desc id="{element_id}-desc">{escape(describe(summary))}</desc>',
        f'<rect x="{LABELS}" y="8" width="12" height="12" fill="{NOW_COLOUR}"/>',
        f'<text x="{LABELS + 18}" y="18">{escape(summary.assessment.title)}</text>',
    ]
    if previous is not None:
        out += [
            f'<rect x="{LABELS + 230}" y="8" width="12" height="12" fill="{BEFORE_COLOUR}"/>',
            f'<text x="{LABELS + 248}" y="18">{escape(previous.title)}</text>',
        ]
    bottom = TOP + ROW * len(summary.domains)
    for tick in range(0, 6):
        x = LABELS + BAR_AREA * tick // 5
        out.append(f'<line x1="{x}" y1="{TOP - 4}" x2="{x}" y2="{bottom}" stroke="#ccc"/>')
        out.append(f'<text x="{x}" y="{bottom + 16}" text-anchor="middle">{tick}</text>')
    for row, domain in enumerate(summary.domains):
        y = TOP + ROW * row
        out.append(f'<text x="{LABELS - 8}" y="{y + 20}" text-anchor="end">'
                   f'{escape(str(domain.domain.title))}</text>')
        bars = [(domain.score, NOW_COLOUR, y + 4)]
        if previous is not None:
            bars.append((domain.previous, BEFORE_COLOUR, y + 22))
        for value, colour, top in bars:
            width = round(BAR_AREA * (value or 0) / 5)
            out.append(f'<rect x="{LABELS}" y="{top}" width="{width}" height="16" '
                       f'fill="{colour}"/>')
            out.append(f'<text x="{LABELS + width + 6}" y="{top + 13}">'
                       f'{escape(_score(value))}</text>')
    out.append("</svg>")
    return "\n".join(out)
