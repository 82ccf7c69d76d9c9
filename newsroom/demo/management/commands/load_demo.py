from django.core.management.base import BaseCommand
from django.db import transaction

from newsroom.demo.loader import load_demo


class DryRunRollback(Exception):
    pass


class Command(BaseCommand):
    help = (
        "Load the demo desk (sections, authors, match reports with one draft and "
        "one scheduled story, photos drawn at load time, two galleries) and "
        "create or reset one demo account a role (editor, reporter, photo "
        "editor). Safe to run again: nothing is duplicated."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--password",
            help="One password for every demo account (default: a new random "
            "one each).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Show what would be created, then roll everything back "
            "(photos are not drawn in a dry run).",
        )

    def handle(self, *args, **options):
        try:
            with transaction.atomic():
                result = load_demo(
                    password=options["password"],
                    photos=not options["dry_run"],
                )
                if options["dry_run"]:
                    raise DryRunRollback
        except DryRunRollback:
            self.stdout.write(self.style.WARNING("Dry run: nothing was saved."))

        if result.created:
            summary = ", ".join(f"{n} {label}" for label, n in result.created.items())
            self.stdout.write(self.style.SUCCESS(f"Demo content created: {summary}."))
        else:
            self.stdout.write(self.style.SUCCESS("Demo content already loaded."))
        if not options["dry_run"]:
            self.stdout.write(
                self.style.SUCCESS("Demo accounts, one a role (log in at /admin/):")
            )
            for account in result.accounts:
                self.stdout.write(
                    f"  {account.role:<13} username “{account.username}”, "
                    f"password “{account.password}”"
                )
