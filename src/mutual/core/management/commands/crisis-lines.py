"""`mutual crisis-lines load [--file PATH] [--prune]`: make the database's crisis cards say what
the dataset in the repository says; running it twice changes nothing the second time.
`mutual crisis-lines dump [--file PATH]`: write the database's cards in the dataset's shape,
so that what staff corrected in the admin can be reviewed and kept in the repository.
"""

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from mutual.core.crisis import DATA_FILE, dump_crisis_lines, read_crisis_file, sync_crisis_lines


class Command(BaseCommand):
    help = (
        "Crisis lines: `load` applies core/data/crisis_lines.json (or --file) to the database; "
        "`dump` writes the database's lines in the same shape."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        commands = parser.add_subparsers(dest="command", required=True)
        load = commands.add_parser("load", help="Apply the dataset to the database.")
        load.add_argument("--file", type=Path, default=DATA_FILE, help="the dataset (JSON)")
        load.add_argument(
            "--prune", action="store_true",
            help="Also remove countries the dataset does not have (staff may have added them).",
        )
        dump = commands.add_parser("dump", help="Write the database's lines as JSON.")
        dump.add_argument("--file", type=Path, help="where to write; standard output if absent")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["command"] == "load":
            try:
                data = read_crisis_file(options["file"])
                counts = sync_crisis_lines(data, prune=options["prune"])
            except (OSError, ValueError, KeyError) as error:
                raise CommandError(f"Could not load {options['file']}: {error!r}") from error
            self.stdout.write(
                "{created} countries added, {updated} updated, {unchanged} unchanged, "
                "{removed} removed.".format(**counts)
            )
        elif options["command"] == "dump":
            # The file's note on what it is stays with it.
            about = json.loads(DATA_FILE.read_text(encoding="utf-8")).get("about", "")
            text = json.dumps(
                {"about": about, "countries": dump_crisis_lines()}, ensure_ascii=False, indent=2
            )
            if options["file"]:
                options["file"].write_text(text + "\n", encoding="utf-8")
                self.stdout.write(f"Written to {options['file']}.")
            else:
                self.stdout.write(text)
