"""Reads over the concern tree, kept in memory because it changes rarely."""

import secrets
from dataclasses import dataclass, field

from django.core.cache import cache

from mutual.concerns.models import Concern
from mutual.concerns.search import normalize, terms

VERSION_KEY = "concerns:index:version"


@dataclass(frozen=True)
class ConcernNode:
    id: int
    slug: str
    name: str
    description: str
    parent_id: int | None
    synonyms: tuple[str, ...]
    children: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class ConcernIndex:
    nodes: dict[int, ConcernNode]
    by_slug: dict[str, int]
    roots: list[int]
    # normalized phrase -> concern ids it names exactly (names and synonyms)
    phrases: dict[str, frozenset[int]]
    # normalized word -> concern ids with a name or synonym word starting with it
    words: dict[str, frozenset[int]]

    def descendants(self, concern_id: int) -> list[int]:
        """The concern and all below it."""
        found, stack = [], [concern_id]
        while stack:
            current = stack.pop()
            found.append(current)
            stack.extend(self.nodes[current].children)
        return found

    def ancestors(self, concern_id: int) -> list[ConcernNode]:
        chain, current = [], self.nodes[concern_id].parent_id
        while current is not None:
            chain.append(self.nodes[current])
            current = self.nodes[current].parent_id
        return list(reversed(chain))

    def matching(self, text: str) -> set[int]:
        """Concerns, with their descendants, that a query word or phrase names."""
        phrase = normalize(text)
        exact = self.phrases.get(phrase)
        if exact:
            matched: set[int] = set(exact)
        elif len(phrase) < 3:
            matched = set()
        else:
            matched = {
                concern_id
                for word, ids in self.words.items()
                if word.startswith(phrase)
                for concern_id in ids
            }
        return {descendant for concern_id in matched for descendant in self.descendants(concern_id)}


def _build_index() -> ConcernIndex:
    rows = list(
        Concern.objects.order_by("position", "name").values(
            "id", "slug", "name", "description", "parent_id", "synonyms"
        )
    )
    nodes = {
        row["id"]: ConcernNode(
            id=row["id"], slug=row["slug"], name=row["name"], description=row["description"],
            parent_id=row["parent_id"], synonyms=tuple(row["synonyms"] or ()),
        )
        for row in rows
    }
    roots = []
    for node in nodes.values():
        if node.parent_id is None:
            roots.append(node.id)
        else:
            nodes[node.parent_id].children.append(node.id)
    phrases: dict[str, set[int]] = {}
    words: dict[str, set[int]] = {}
    for node in nodes.values():
        for label in (node.name, node.slug.replace("-", " "), *node.synonyms):
            phrases.setdefault(normalize(label), set()).add(node.id)
            for word in terms(label):
                words.setdefault(word, set()).add(node.id)
    return ConcernIndex(
        nodes=nodes,
        by_slug={node.slug: node.id for node in nodes.values()},
        roots=roots,
        phrases={key: frozenset(value) for key, value in phrases.items()},
        words={key: frozenset(value) for key, value in words.items()},
    )


_built: tuple[str, ConcernIndex] | None = None


def concern_index() -> ConcernIndex:
    """The concern tree, kept in each process's memory; the shared cache holds only a version
    number, so a change made in one process reaches all of them."""
    global _built
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, secrets.token_hex(8), timeout=None)
        version = cache.get(VERSION_KEY)
    if _built is None or _built[0] != version:
        _built = (version, _build_index())
    return _built[1]


def forget_concern_index() -> None:
    # A new random version, so no process mistakes an old tree for the current one.
    cache.set(VERSION_KEY, secrets.token_hex(8), timeout=None)
    global _built
    _built = None


def concern_choices() -> list[tuple[str, str]]:
    """(slug, name) for every concern, in tree order, indented by depth."""
    index = concern_index()
    choices: list[tuple[str, str]] = []

    def visit(concern_ids: list[int], depth: int) -> None:
        for concern_id in concern_ids:
            node = index.nodes[concern_id]
            choices.append((node.slug, "\u2003" * depth + node.name))
            visit(node.children, depth + 1)

    visit(index.roots, 0)
    return choices


def top_concerns() -> list[ConcernNode]:
    index = concern_index()
    return [index.nodes[root] for root in index.roots]
