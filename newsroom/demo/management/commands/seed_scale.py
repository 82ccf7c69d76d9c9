import time

from django.core.management.base import BaseCommand

from newsroom.demo.scale import Seeder


class Command(BaseCommand):
    help = (
        "Bulk-create a newsroom's worth of realistic rows for scale tests and "
        "benchmarks: published, draft and scheduled articles and galleries over "
        "ten years, photos with renditions, bylines, and players and teams "
        "tagged the way real desks tag (a few carry most). No image work: one "
        "placeholder file per rendition shape. Adds to what is there."
    )

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=1000)
        parser.add_argument("--galleries", type=int, default=100)
        parser.add_argument("--photos-per-gallery", type=int, default=30)
        parser.add_argument("--players", type=int, default=5000)
        parser.add_argument("--teams", type=int, default=300)
        parser.add_argument("--sections", type=int, default=20)
        parser.add_argument("--years", type=int, default=10)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, **options):
        started = time.monotonic()
        seeder = Seeder(
            articles=options["articles"],
            galleries=options["galleries"],
            photos_per_gallery=options["photos_per_gallery"],
            players=options["players"],
            teams=options["teams"],
            sections=options["sections"],
            years=options["years"],
            seed=options["seed"],
            progress=lambda message: self.stdout.write(f"  {message}"),
        )
        report = seeder.run()
        summary = ", ".join(f"{n} {label}" for label, n in report.created.items())
        self.stdout.write(
            self.style.SUCCESS(
                f"Seeded in {time.monotonic() - started:.0f} s: {summary}."
            )
        )
