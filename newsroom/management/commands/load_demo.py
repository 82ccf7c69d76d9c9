from django.core.management.base import BaseCommand
from django.db import transaction

from newsroom.demo import load_demo


class DryRunRollback(Exception):
    pass


class Command(BaseCommand):
    help = (
        "Load the demo desk (sections, authors, match reports with one draft and "
        "one scheduled story, photos drawn at load time, two galleries) and "
        "create or reset the demo editor account. Safe to run again: nothing "
        "is duplicated."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--editor-password",
            help="Password for the demo editor account (default: a new random one).",
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
                    editor_password=options["editor_password"],
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
                self.style.SUCCESS(
                    "Demo editor account (log in at /admin/): "
                    f"username “{result.editor_username}”, "
                    f"password “{result.editor_password}”"
                )
            )
