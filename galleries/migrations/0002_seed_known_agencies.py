from django.db import migrations
from django.utils.text import slugify


def normalize_key(text):
    # The seed names are plain ASCII, where this equals newsroom.text.normalize_key.
    return " ".join(text.casefold().split())


# Frozen here: later edits to the parser's list must not rewrite history.
KNOWN_AGENCIES = {
    "AP": ["Associated Press", "AP Photo", "AP Images"],
    "Reuters": ["Thomson Reuters"],
    "AFP": ["Agence France-Presse", "Agence France Presse"],
    "Getty Images": ["Getty"],
    "PA": ["PA Wire", "PA Images", "PA Media", "Press Association"],
    "EPA": ["EPA-EFE", "EPA EFE"],
    "Action Images": ["Action Images via Reuters"],
    "Shutterstock": ["Rex", "Rex Features", "REX/Shutterstock"],
    "Offside": ["Offside Sports Photography"],
    "Sportsfile": [],
}


def seed(apps, schema_editor):
    Agency = apps.get_model("galleries", "Agency")
    for name, aliases in KNOWN_AGENCIES.items():
        keys = sorted({normalize_key(name), *(normalize_key(a) for a in aliases)})
        Agency.objects.get_or_create(
            name=name,
            defaults={
                "slug": slugify(name),
                "aliases": aliases,
                "match_keys": "|" + "|".join(keys) + "|",
            },
        )


class Migration(migrations.Migration):
    dependencies = [("galleries", "0001_photo_library")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
