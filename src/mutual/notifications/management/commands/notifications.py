"""`mutual notifications send-digests --daily|--weekly`: email the digests that are due.
`mutual notifications milestones`: tell groups about the shared milestones marked today.
`mutual notifications monthly-thanks`: tell helpers how many people they helped last month.

Run from cron: `send-digests --daily` daily, `send-digests --weekly` weekly, `milestones`
daily, `monthly-thanks` on the 1st of each month. Each can run again safely: nobody is told
twice in the same period.
"""

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from mutual.groups.models import Membership
from mutual.notifications.digests import send_digests
from mutual.notifications.recognition import announce_milestones, thank_helpers


class Command(BaseCommand):
    help = (
        "Notifications on a schedule: `send-digests --daily|--weekly`, `milestones` (daily) "
        "and `monthly-thanks` (on the 1st)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        commands = parser.add_subparsers(dest="command", required=True)
        digests = commands.add_parser(
            "send-digests", help="Email the daily or weekly digests that are due."
        )
        period = digests.add_mutually_exclusive_group(required=True)
        period.add_argument("--daily", dest="period", action="store_const",
                            const=Membership.Digest.DAILY, help="The daily digests.")
        period.add_argument("--weekly", dest="period", action="store_const",
                            const=Membership.Digest.WEEKLY, help="The weekly digests.")
        commands.add_parser(
            "milestones", help="Tell each group about its members' milestones marked today."
        )
        commands.add_parser(
            "monthly-thanks",
            help="Tell each member thanked last month how many people they helped.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["command"] == "send-digests":
            sent = send_digests(period=options["period"])
            self.stdout.write(f"{sent} {options['period']} digests sent.")
        elif options["command"] == "milestones":
            announced = announce_milestones()
            self.stdout.write(f"{announced} milestones announced.")
        elif options["command"] == "monthly-thanks":
            told = thank_helpers()
            self.stdout.write(f"{told} members told how many people they helped.")
