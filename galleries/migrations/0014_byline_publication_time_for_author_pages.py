from django.db import migrations, models
from django.db.models import OuterRef, Subquery


def fill_publication_times(apps, schema_editor):
    """Every byline of a published gallery gets its publication time: one
    UPDATE with a subquery, however many rows."""
    byline = apps.get_model("galleries", "GalleryByline")
    item = apps.get_model("galleries", "Gallery")
    published = item.objects.filter(pk=OuterRef("gallery_id"), status="published")
    byline.objects.update(
        published_at=Subquery(published.values("published_at")[:1])
    )


class Migration(migrations.Migration):

    dependencies = [
        ('galleries', '0013_rendition_tasks'),
        ('newsroom', '0006_players_and_teams_move_to_tags'),
    ]

    operations = [
        migrations.AddField(
            model_name='gallerybyline',
            name='published_at',
            field=models.DateTimeField(editable=False, help_text="Copied from the story while it is published, for the author's page; empty for drafts and withdrawn stories.", null=True, verbose_name="item's publication time"),
        ),
        migrations.RunPython(fill_publication_times, migrations.RunPython.noop),
        migrations.AddIndex(
            model_name='gallerybyline',
            index=models.Index(condition=models.Q(('published_at__isnull', False)), fields=['author', '-published_at', '-gallery'], name='galleries_byline_author_page'),
        ),
    ]
