"""`mutual crisis-check evaluate [--file PATH]`: precision and recall of the crisis check on a
labelled set (the one in the repository by default), overall, per language, per category and
per batch, then every sentence it got wrong.
`mutual crisis-check assess TEXT [--language en|es|fr]`: what the check makes of one text, to
try a wording.
"""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from mutual.moderation.detector import LEXICONS, SENTENCES, assess, evaluate


def _line(name: str, scores: dict[str, Any]) -> str:
    return (
        f"{name:<12} precision {scores['precision']:.3f}  recall {scores['recall']:.3f}  "
        f"({scores['sentences']} sentences, {scores['false_positives']} false holds, "
        f"{scores['false_negatives']} missed)"
    )


class Command(BaseCommand):
    help = (
        "The crisis check: `evaluate` measures it on a labelled set; `assess TEXT` shows what "
        "it makes of one text."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        commands = parser.add_subparsers(dest="command", required=True)
        evaluate_parser = commands.add_parser("evaluate", help="Measure it on a labelled set.")
        evaluate_parser.add_argument(
            "--file", type=Path, default=SENTENCES,
            help="JSON lines with text, language, label (true = crisis), category",
        )
        assess_parser = commands.add_parser("assess", help="Check one text.")
        assess_parser.add_argument("text")
        assess_parser.add_argument(
            "--language", choices=sorted(LEXICONS),
            help="only this language's rules (all three by default)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["command"] == "assess":
            result = assess(options["text"], language=options["language"])
            verdict = "held" if result.flagged else "not held"
            if result.about_someone_else:
                verdict += " (speaks of someone else at risk)"
            self.stdout.write(f"{verdict}: {', '.join(result.reasons) or '-'}")
            return
        try:
            report = evaluate(options["file"])
        except (OSError, ValueError, KeyError) as error:
            raise CommandError(f"Could not read {options['file']}: {error!r}") from error
        self.stdout.write(_line("overall", report))
        for heading, key in (("By language", "languages"), ("By category", "categories"),
                             ("By batch", "sets")):
            if report[key]:
                self.stdout.write(f"\n{heading}:")
                for name, scores in report[key].items():
                    self.stdout.write(_line(name, scores))
        self.stdout.write(f"\nMisclassified ({len(report['misclassified'])}):")
        for row in report["misclassified"]:
            kind = "missed" if row["label"] else "false hold"
            self.stdout.write(
                f"  [{kind}, {row.get('language', '-')}, {row.get('category', '-')}] {row['text']}"
            )
