import json
from pathlib import Path

from django.db import transaction

from mutual.audit.actions import record
from mutual.concerns.models import Concern
from mutual.concerns.queries import forget_concern_index

TREE_FILE = Path(__file__).parent / "data" / "concerns.json"


@transaction.atomic
def save_concern(*, concern: Concern, actor: object) -> Concern:
    concern.full_clean()
    concern.save()
    record(actor=actor, verb="concern.save", target=concern)
    transaction.on_commit(forget_concern_index)
    return concern


@transaction.atomic
def load_concern_tree(*, path: Path = TREE_FILE, model: type[Concern] = Concern) -> int:
    """Create or update the concern tree from its data file; returns how many concerns it holds.

    `model` lets a data migration pass its historical model.
    """
    tree = json.loads(path.read_text(encoding="utf-8"))
    count = 0

    def visit(nodes: list[dict], parent: Concern | None) -> None:
        nonlocal count
        for position, node in enumerate(nodes):
            concern, _created = model.objects.update_or_create(
                slug=node["slug"],
                defaults={
                    "name": node["name"],
                    "description": node["description"],
                    "synonyms": node.get("synonyms", []),
                    "parent": parent,
                    "position": position,
                },
            )
            count += 1
            visit(node.get("children", []), concern)

    visit(tree, None)
    transaction.on_commit(forget_concern_index)
    return count
