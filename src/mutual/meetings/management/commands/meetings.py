"""`mutual meetings refresh`: keep the coming occurrences of every meeting expanded.

Run it daily (cron or a scheduler): the finder lists occurrences up to the horizon.
"""

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from mutual.meetings.occurrences import HORIZON_DAYS, refresh_all


class Command(BaseCommand):
    help = "Work on meetings: `refresh` expands every meeting's coming occurrences."

    def add_arguments(self, parser: CommandParser) -> None:
        commands = parser.add_subparsers(dest="command", required=True)
        commands.add_parser(
            "refresh", help=f"Expand every meeting's occurrences {HORIZON_DAYS} days ahead."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["command"] == "refresh":
            written = refresh_all()
            self.stdout.write(f"{written} occurrences expanded, {HORIZON_DAYS} days ahead.")
