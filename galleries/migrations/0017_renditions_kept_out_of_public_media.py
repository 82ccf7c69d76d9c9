import galleries.storage
from django.db import migrations, models


def move_renditions_out_of_public_media(apps, schema_editor):
    """Renditions made before this migration sit in the public media, where
    anyone with the address reads them; move each into the renditions
    store (a batch at a time, so a big library does not fill memory)."""
    from django.core.files.storage import storages

    public, private = storages["default"], storages["renditions"]
    Rendition = apps.get_model("galleries", "Rendition")
    names = Rendition.objects.order_by("pk").values_list("file", flat=True)
    for name in names.iterator(chunk_size=2000):
        if not name or private.exists(name) or not public.exists(name):
            continue
        with public.open(name, "rb") as handle:
            private.save(name, handle)
        public.delete(name)


class Migration(migrations.Migration):
    dependencies = [
        ("galleries", "0016_photo_edit_version_for_stale_saves"),
    ]

    operations = [
        migrations.AlterField(
            model_name="rendition",
            name="file",
            field=models.FileField(
                max_length=200,
                storage=galleries.storage.renditions_storage,
                upload_to=galleries.storage.rendition_upload_to,
            ),
        ),
        migrations.RunPython(
            move_renditions_out_of_public_media, migrations.RunPython.noop
        ),
    ]
