"""What to try when the directory finds nothing."""

from typing import Any

from django.utils.translation import gettext as _

from mutual.concerns.queries import concern_index
from mutual.groups.forms import MAX_RADIUS_KM
from mutual.groups.models import Group
from mutual.groups.queries import DirectoryCriteria


def widen(criteria: DirectoryCriteria) -> list[dict[str, Any]]:
    """Ways to widen a search that found nothing: wider radius, online, a parent concern."""
    found: list[dict[str, Any]] = []
    if criteria.near is not None and criteria.radius_km < MAX_RADIUS_KM:
        wider = min(MAX_RADIUS_KM, max(criteria.radius_km * 4, 50))
        found.append({
            "kind": "radius",
            "message": _("Search within %(km)s km.") % {"km": int(wider)},
            "params": {"radius_km": int(wider)},
        })
    if criteria.format and criteria.format != Group.Format.ONLINE:
        found.append({
            "kind": "online",
            "message": _("Include groups that meet online."),
            "params": {"format": ""},
        })
    if criteria.concern:
        index = concern_index()
        node = index.nodes[index.by_slug[criteria.concern]]
        if node.parent_id is not None:
            parent = index.nodes[node.parent_id]
            found.append({
                "kind": "concern",
                "message": _("Look under “%(name)s”.") % {"name": parent.name},
                "params": {"concern": parent.slug},
            })
    if criteria.language:
        found.append({
            "kind": "language",
            "message": _("Include groups in any language."),
            "params": {"language": ""},
        })
    return found
