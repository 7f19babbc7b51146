"""`mutual meetings refresh`: keep the coming occurrences of every meeting expanded.
`mutual meetings send-reminders`: email the reminders people asked for.

Run `refresh` daily (cron or a scheduler): the finder lists occurrences up to the horizon.
`refresh --rebuild` expands every meeting anew, after data was written around the actions.
Run `send-reminders` every 5 minutes: a reminder goes out within minutes of its time.
"""

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from mutual.meetings.occurrences import HORIZON_DAYS, extend_all, refresh_all
from mutual.meetings.reminders import send_due_reminders


class Command(BaseCommand):
    help = (
        "Work on meetings: `refresh` expands every meeting's coming occurrences (daily); "
        "`send-reminders` emails the reminders that are due (every 5 minutes)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        commands = parser.add_subparsers(dest="command", required=True)
        refresh = commands.add_parser(
            "refresh", help=f"Expand every meeting's occurrences {HORIZON_DAYS} days ahead."
        )
        refresh.add_argument(
            "--rebuild", action="store_true",
            help="Expand every meeting anew rather than add the days that came into reach.",
        )
        reminders_help = (
            "Email the reminders that are due. Run it from cron every 5 minutes "
            "(*/5 * * * *); a reminder missed by more than 6 hours is not sent."
        )
        commands.add_parser("send-reminders", help=reminders_help, description=reminders_help)

    def handle(self, *args: Any, **options: Any) -> None:
        if options["command"] == "refresh":
            written = refresh_all() if options["rebuild"] else extend_all()
            self.stdout.write(f"{written} occurrences expanded, {HORIZON_DAYS} days ahead.")
        elif options["command"] == "send-reminders":
            sent = send_due_reminders()
            self.stdout.write(f"{sent} reminders sent.")
