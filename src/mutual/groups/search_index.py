"""The directory's word index: which words find which group, and how strongly."""

from collections.abc import Iterable
from typing import Any

from django.db.models import Q

from mutual.concerns.search import terms
from mutual.groups.models import SHOWS_DETAILS, Group, SearchTerm

MAX_TERM_LENGTH = 40


def group_terms(*, name: str, description: str, visibility: str) -> dict[str, int]:
    """Each word a group is found by, with the weight of its strongest source.

    Concerns are matched through the concern tree instead, so that a change to a
    concern's synonyms needs no reindexing.
    """
    weights: dict[str, int] = {}

    def add(text: str, weight: int) -> None:
        for word in terms(text):
            if len(word) <= MAX_TERM_LENGTH and weights.get(word, 0) < weight:
                weights[word] = weight

    add(name, SearchTerm.NAME)
    if visibility in SHOWS_DETAILS:
        add(description, SearchTerm.DESCRIPTION)
    return weights


def search_term_rows(group_id: int, weights: dict[str, int]) -> list[SearchTerm]:
    return [SearchTerm(group_id=group_id, term=term, weight=w) for term, w in weights.items()]


def reindex_groups(group_ids: Iterable[int]) -> int:
    """Rebuild the index of these groups; call it inside the action's transaction."""
    ids = list(group_ids)
    rows: list[SearchTerm] = []
    for group in Group.objects.filter(pk__in=ids).only("name", "description", "visibility"):
        rows.extend(
            search_term_rows(
                group.pk,
                group_terms(
                    name=group.name, description=group.description, visibility=group.visibility
                ),
            )
        )
    SearchTerm.objects.filter(group_id__in=ids).delete()
    SearchTerm.objects.bulk_create(rows, batch_size=5000)
    return len(rows)


def word_matches(word: str) -> Q:
    """Terms a typed word finds: itself, and words it begins when it has three letters or more."""
    if len(word) < 3:
        return Q(term=word)
    # A range on the indexed column finds the words that start with `word` on any database.
    return Q(term__gte=word, term__lt=word[:-1] + chr(ord(word[-1]) + 1))


def matching_terms(word: str) -> Any:
    return SearchTerm.objects.filter(word_matches(word))
