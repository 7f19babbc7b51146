from typing import Any

from django.db import models

from mutual.audit.models import AuditEvent


def record(*, actor: Any, verb: str, target: models.Model | None = None, **data: Any) -> AuditEvent:
    """Write one audit event; call it inside the action's transaction."""
    return AuditEvent.objects.create(
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        verb=verb,
        target_type=target._meta.label_lower if target is not None else "",
        target_id=str(target.pk) if target is not None else "",
        data=data,
    )
