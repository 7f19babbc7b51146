"""`mutual hsds export`: organizations, services, locations and opening hours as Open Referral
HSDS 3.0, as JSON (`--json FILE`, `-` for standard output) and as the tabular datapackage
(`--csv DIR`: datapackage.json and one CSV per table). `--check` validates what is exported
against the HSDS schemas and exits with status 1 when anything does not match.
"""

import sys
import tempfile
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from mutual.services.hsds import build_export, validate_export
from mutual.services.hsds_csv import read_tables, validate_tables, write_datapackage


class Command(BaseCommand):
    help = "Export what the public may see as Open Referral HSDS 3.0 (JSON and CSV)."

    def add_arguments(self, parser: CommandParser) -> None:
        commands = parser.add_subparsers(dest="command", required=True)
        export_help = (
            "Write organizations, their public services, locations and opening hours as HSDS "
            "3.0. Two runs on the same day over the same data give the same bytes."
        )
        export = commands.add_parser("export", help=export_help, description=export_help)
        export.add_argument("--json", metavar="FILE", help="Write HSDS JSON here (- for "
                            "standard output).")
        export.add_argument("--csv", metavar="DIR", help="Write the tabular datapackage into "
                            "this folder.")
        export.add_argument("--check", action="store_true", help="Validate the export against "
                            "the HSDS schemas; exit with status 1 on any mismatch.")

    def handle(self, *args: Any, **options: Any) -> None:
        if not (options["json"] or options["csv"] or options["check"]):
            raise CommandError("Say what to do: --json FILE, --csv DIR and/or --check.")
        export = build_export()
        if options["json"] == "-":
            sys.stdout.write(export.as_json())
        elif options["json"]:
            Path(options["json"]).write_text(export.as_json(), encoding="utf-8")
        if options["csv"]:
            write_datapackage(export, Path(options["csv"]))
        if not options["check"]:
            return
        problems = validate_export(export)
        if options["csv"]:
            problems += validate_tables(read_tables(Path(options["csv"])))
        else:
            with tempfile.TemporaryDirectory() as folder:
                write_datapackage(export, Path(folder))
                problems += validate_tables(read_tables(Path(folder)))
        if problems:
            for problem in problems:
                self.stderr.write(problem)
            raise CommandError(f"{len(problems)} problems: the export does not match HSDS 3.0.")
        self.stderr.write(
            f"Valid HSDS 3.0: {len(export.organizations)} organizations, "
            f"{sum(len(item.get('services', [])) for item in export.organizations)} services.")
