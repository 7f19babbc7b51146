"""The assessment's numbers as rows for a spreadsheet."""

from mutual.assessments.queries import Summary

COLUMNS = ["level", "domain", "item", "item_key", "mean", "spread", "raters", "previous_mean"]


def _number(value: float | None) -> str:
    return f"{value:.2f}" if value is not None else ""


def csv_rows(summary: Summary, *, everything: bool) -> list[list[str]]:
    """A row per item (for stewards and staff), a row per domain and a row for the total."""
    rows = [COLUMNS]
    for domain in summary.domains:
        if everything:
            rows += [
                ["item", str(domain.domain.title), str(item.item.title), item.item.key,
                 _number(item.mean), "" if item.spread is None else str(item.spread),
                 str(item.raters), _number(item.previous)]
                for item in domain.items
            ]
        rows.append(["domain", str(domain.domain.title), "", "", _number(domain.score), "",
                     "", _number(domain.previous)])
    rows.append(["total", "", "", "", _number(summary.total), "",
                 str(len(summary.raters)) if everything else "",
                 _number(summary.previous_total)])
    return rows
