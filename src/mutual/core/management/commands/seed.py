from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Load data: --demo builds the demonstration directory and accounts; "
        "--scale N builds N groups for benchmarks. Both are reproducible."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--demo", action="store_true", help="the demonstration data")
        parser.add_argument("--scale", type=int, metavar="N", help="N groups for benchmarks")
        parser.add_argument(
            "--if-empty", action="store_true", help="do nothing when groups already exist"
        )
        parser.add_argument("--seed", type=int, default=2026, help="random seed")

    def handle(self, *args: Any, **options: Any) -> None:
        from mutual.groups.models import Group

        if options["if_empty"] and Group.objects.exists():
            self.stdout.write("The database already has groups; nothing loaded.")
            return
        if options["demo"]:
            from mutual.seed.demo import build_demo

            try:
                summary = build_demo(seed=options["seed"])
            except ValueError as error:
                raise CommandError(str(error)) from error
        elif options["scale"]:
            from mutual.seed.scale import build_scale

            summary = build_scale(options["scale"], seed=options["seed"], out=self.stdout)
        else:
            raise CommandError("Say what to load: --demo or --scale N.")
        self.stdout.write(self.style.SUCCESS(summary))
