"""Crisis language in English, Spanish and French: a post that may come from someone in
danger is held for a person to read, and its author is shown where to get help now."""

import re
from dataclasses import dataclass, field

PATTERNS = [
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"\b(kill|end|take)\s+(myself|my life|my own life)\b",
        r"\bwant(s)? to die\b",
        r"\bsuicid",
        r"\bquiero morir\b",
        r"\bquitarme la vida\b",
        r"\bme suicider\b",
        r"\benvie de mourir\b",
    )
]


@dataclass(frozen=True)
class Assessment:
    flagged: bool
    reasons: list[str] = field(default_factory=list)


def assess(text: str) -> Assessment:
    """Whether `text` reads as someone at risk now."""
    reasons = [pattern.pattern for pattern in PATTERNS if pattern.search(text)]
    return Assessment(flagged=bool(reasons), reasons=reasons)
