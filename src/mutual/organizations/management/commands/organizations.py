"""`mutual organizations reclassify`: classify every organization anew from the governance
profile in effect today.

Run it daily (cron or a scheduler): a profile stated for a later date takes effect that day
without anyone saving it, and the directory's `governance=` filter reads the kind it keeps.
"""

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from mutual.organizations.actions import refresh_classifications


class Command(BaseCommand):
    help = (
        "Work on organizations: `reclassify` classifies every organization from the governance "
        "profile in effect today (daily)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        commands = parser.add_subparsers(dest="command", required=True)
        reclassify_help = (
            "Classify every organization from the governance profile in effect today. Run it "
            "from cron once a day; it can run again safely."
        )
        commands.add_parser("reclassify", help=reclassify_help, description=reclassify_help)

    def handle(self, *args: Any, **options: Any) -> None:
        if options["command"] == "reclassify":
            changed = refresh_classifications()
            self.stdout.write(f"{changed} organizations reclassified.")
