"""`mutual import meeting-guide FILE_OR_URL`: bring a Meeting Guide feed's meetings in.

Running it again with the same feed changes nothing; a changed row updates its meeting.
"""

import json
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from mutual.meetings.imports import DEFAULT_KEYS, FeedError, import_meeting_guide

FETCH_TIMEOUT_SECONDS = 60


def is_address(location: str) -> bool:
    return location.startswith(("http://", "https://"))


def read_feed(location: str) -> Any:
    """The feed's JSON from a file or an http(s) address; CommandError when it cannot be read."""
    try:
        if is_address(location):
            # Only http(s) gets here, so urllib's file: and other schemes are never opened.
            request = urllib.request.Request(  # noqa: S310
                location, headers={"User-Agent": "Mutual import"}
            )
            with urllib.request.urlopen(  # noqa: S310
                request, timeout=FETCH_TIMEOUT_SECONDS
            ) as response:
                raw = response.read()
        else:
            raw = Path(location).read_bytes()
    except (OSError, urllib.error.URLError) as error:
        raise CommandError(
            _("Could not read %(location)s: %(error)s") % {"location": location, "error": error}
        ) from error
    try:
        return json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise CommandError(
            _("%(location)s is not valid JSON (%(error)s); nothing was imported.")
            % {"location": location, "error": error}
        ) from error


def parse_defaults(given: list[str]) -> dict[str, str]:
    defaults: dict[str, str] = {}
    for option in given:
        for pair in option.split(","):
            if not pair.strip():
                continue
            key, equals, value = pair.partition("=")
            if not equals:
                raise CommandError(
                    _("--group-defaults takes key=value pairs separated by commas, "
                      "such as concern=alcohol,led_by=peers; “%(pair)s” has no “=”.")
                    % {"pair": pair}
                )
            defaults[key.strip()] = value.strip()
    return defaults


class Command(BaseCommand):
    help = "Import meetings: `meeting-guide FILE_OR_URL` reads a Meeting Guide JSON feed."

    def add_arguments(self, parser: CommandParser) -> None:
        formats = parser.add_subparsers(dest="format", required=True)
        feed = formats.add_parser(
            "meeting-guide", help="A Meeting Guide JSON feed (a file or an http(s) address)."
        )
        feed.add_argument("location", metavar="FILE_OR_URL")
        feed.add_argument(
            "--group-defaults", action="append", default=[], metavar="KEY=VALUE,...",
            help="For groups the feed brings: " + ", ".join(DEFAULT_KEYS)
            + ". concern is needed when a group must be created.",
        )
        feed.add_argument(
            "--source", default="", metavar="NAME",
            help="The name the meetings are kept under (default: the file or address).",
        )
        feed.add_argument(
            "--dry-run", action="store_true", help="Check and count, then change nothing."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        location = options["location"]
        rows = read_feed(location)
        if not isinstance(rows, list):
            raise CommandError(
                _("%(location)s is not a JSON array of meetings; nothing was imported.")
                % {"location": location}
            )
        source = options["source"] or (
            location if is_address(location) else str(Path(location).resolve())
        )
        try:
            report = import_meeting_guide(
                rows=rows, source=source, defaults=parse_defaults(options["group_defaults"]),
                dry_run=options["dry_run"],
            )
        except FeedError as error:
            raise CommandError(
                _("%(error)s Nothing was imported.") % {"error": error}
            ) from error
        if report.dry_run:
            self.stdout.write(_("Dry run: nothing was saved."))
        self.stdout.write(
            _("created %(created)s, updated %(updated)s, unchanged %(unchanged)s, "
              "rejected %(rejected)s") % report.counts()
        )
        for rejection in report.rejected:
            self.stdout.write(
                _("rejected row %(number)s, slug “%(slug)s”, name “%(name)s”: %(reason)s")
                % {"number": rejection.number, "slug": rejection.slug,
                   "name": rejection.name, "reason": rejection.reason}
            )
