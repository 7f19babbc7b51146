from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from mutual.accounts.actions import create_token
from mutual.accounts.models import User


class Command(BaseCommand):
    help = "Create a personal API token: mutual token create --user EMAIL [--name NAME]"

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("verb", choices=["create"])
        parser.add_argument("--user", required=True, help="the account's email address")
        parser.add_argument("--name", default="command line")

    def handle(self, *args: Any, **options: Any) -> None:
        user = User.objects.filter(email__iexact=options["user"]).first()
        if user is None:
            raise CommandError(f"No account has the email address {options['user']}.")
        _token, key = create_token(user=user, name=options["name"])
        self.stdout.write(key)
