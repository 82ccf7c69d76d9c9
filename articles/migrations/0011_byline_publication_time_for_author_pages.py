from django.db import migrations, models
from django.db.models import OuterRef, Subquery


def fill_publication_times(apps, schema_editor):
    """Every byline of a published article gets its publication time: one
    UPDATE with a subquery, however many rows."""
    byline = apps.get_model("articles", "Byline")
    item = apps.get_model("articles", "Article")
    published = item.objects.filter(pk=OuterRef("article_id"), status="published")
    byline.objects.update(
        published_at=Subquery(published.values("published_at")[:1])
    )


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0010_index_for_date_archives'),
        ('newsroom', '0006_players_and_teams_move_to_tags'),
    ]

    operations = [
        migrations.AddField(
            model_name='byline',
            name='published_at',
            field=models.DateTimeField(editable=False, help_text="Copied from the story while it is published, for the author's page; empty for drafts and withdrawn stories.", null=True, verbose_name="item's publication time"),
        ),
        migrations.RunPython(fill_publication_times, migrations.RunPython.noop),
        migrations.AddIndex(
            model_name='byline',
            index=models.Index(condition=models.Q(('published_at__isnull', False)), fields=['author', '-published_at', '-article'], name='articles_byline_author_page'),
        ),
    ]
