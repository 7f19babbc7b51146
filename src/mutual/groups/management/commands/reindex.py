from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction

from mutual.groups.models import Group
from mutual.groups.search_index import reindex_groups

BATCH = 2000


class Command(BaseCommand):
    help = "Rebuild the directory's word index for every group."

    def handle(self, *args: Any, **options: Any) -> None:
        ids = list(Group.objects.order_by("pk").values_list("pk", flat=True))
        total = 0
        for start in range(0, len(ids), BATCH):
            with transaction.atomic():
                total += reindex_groups(ids[start:start + BATCH])
        self.stdout.write(f"Indexed {len(ids):,} groups ({total:,} words).")
