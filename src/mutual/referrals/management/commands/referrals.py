"""`mutual referrals erase-expired`: erase the client details of referrals closed longer ago
than `REFERRAL_RETENTION_DAYS` (90 by default), keeping the de-identified record.

Run it daily (cron or a scheduler); it can run again safely.
"""

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from mutual.referrals.actions import erase_client_details


class Command(BaseCommand):
    help = "Work on referrals: `erase-expired` erases client details past retention (daily)."

    def add_arguments(self, parser: CommandParser) -> None:
        commands = parser.add_subparsers(dest="command", required=True)
        erase_help = (
            "Erase the client details of referrals closed longer ago than the retention period. "
            "Run it from cron once a day."
        )
        commands.add_parser("erase-expired", help=erase_help, description=erase_help)

    def handle(self, *args: Any, **options: Any) -> None:
        if options["command"] == "erase-expired":
            erased = erase_client_details()
            self.stdout.write(f"Client details erased from {erased} referrals.")
