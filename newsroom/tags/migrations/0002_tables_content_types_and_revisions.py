"""Finish the move of players and teams from `newsroom` to `tags`.

- Content types: the four rows are renamed, not replaced, so every
  permission (and so every group's and user's), admin history entry and
  stored revision that points at them keeps pointing at them.
- Stored revisions of taggings name their model in their serialized data
  ("newsroom.taggedplayer"): rewritten, so old versions still open, diff
  and revert.
- Tables and indexes take the `tags` app's names.

Every step has its reverse, so the move can be undone with `migrate tags 0001`.
"""

from django.db import migrations
from django.db.models import Value
from django.db.models.functions import Replace

MODELS = ["player", "team", "taggedplayer", "taggedteam"]
REVISED = ["taggedplayer", "taggedteam"]


def move_content_types(apps, schema_editor, old="newsroom", new="tags"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Version = apps.get_model("reversion", "Version")
    db = schema_editor.connection.alias
    types = ContentType.objects.using(db)
    for model in MODELS:
        moving = types.filter(app_label=old, model=model).first()
        if moving is None:
            continue
        # A row made for the new name by an earlier, partial migrate holds
        # nothing yet (its permissions are fresh copies): make way for ours.
        types.filter(app_label=new, model=model).delete()
        moving.app_label = new
        moving.save(update_fields=["app_label"])
    for model in REVISED:
        content_type = types.filter(app_label=new, model=model).first()
        if content_type is None:
            continue
        Version.objects.using(db).filter(content_type=content_type).update(
            serialized_data=Replace(
                "serialized_data",
                Value(f'"model": "{old}.{model}"'),
                Value(f'"model": "{new}.{model}"'),
            )
        )
    from django.contrib.contenttypes.models import ContentType as CurrentType

    CurrentType.objects.clear_cache()


def move_content_types_back(apps, schema_editor):
    move_content_types(apps, schema_editor, old="tags", new="newsroom")


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('reversion', '0002_add_index_on_version_for_content_type_and_db'),
        ('tags', '0001_players_and_teams_from_newsroom'),
        ('newsroom', '0006_players_and_teams_move_to_tags'),
    ]

    operations = [
        migrations.RunPython(move_content_types, move_content_types_back),
        migrations.AlterModelTable(name='team', table=None),
        migrations.AlterModelTable(name='player', table=None),
        migrations.AlterModelTable(name='taggedplayer', table=None),
        migrations.AlterModelTable(name='taggedteam', table=None),
        migrations.RenameIndex(
            model_name='player',
            new_name='tags_player_team_name_idx',
            old_name='newsroom_pl_team_id_abf8b4_idx',
        ),
        migrations.RenameIndex(
            model_name='taggedplayer',
            new_name='tags_player_tagging_idx',
            old_name='newsroom_ta_tag_id_0c8926_idx',
        ),
        migrations.RenameIndex(
            model_name='taggedteam',
            new_name='tags_team_tagging_idx',
            old_name='newsroom_ta_tag_id_69ee9c_idx',
        ),
    ]
