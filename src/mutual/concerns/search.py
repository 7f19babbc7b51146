"""Turning what a person types into words to match and concerns they mean."""

import re
import unicodedata

# Words that say nothing about the concern, in English, Spanish and French.
STOPWORDS = frozenset(
    (
        "a", "an", "and", "or", "the", "of", "for", "in", "on", "at", "to", "with", "by", "from",
        "my", "our", "me", "i", "we", "group", "groups", "support", "meeting", "meetings", "near",
        "people", "help", "y", "o", "el", "la", "los", "las", "de", "del", "en", "con", "para",
        "un", "una", "grupo", "grupos", "apoyo", "et", "ou", "le", "les", "des", "du", "au", "aux",
        "pour", "avec", "une", "groupe", "groupes", "soutien",
    )
)


def normalize(text: str) -> str:
    """Lower case, accents folded, punctuation turned to spaces."""
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(char for char in folded if not unicodedata.combining(char))
    return re.sub(r"[^\w]+", " ", folded).strip()


def terms(text: str) -> list[str]:
    """The words of a query worth matching, in order, without repeats."""
    seen: list[str] = []
    for word in normalize(text).split():
        if word not in STOPWORDS and word not in seen:
            seen.append(word)
    return seen
