"""Players and teams move from the `newsroom` app to `tags`, rows and all.

This migration only tells Django the models now belong to `tags` (on the
tables they always had); `newsroom` 0006 forgets them there, and `tags` 0002
renames the tables and moves their content types, permissions and stored
revisions along. Nothing is copied, so nothing can be lost.
"""

import django.db.models.deletion
import newsroom.fields
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('newsroom', '0005_search_configuration'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Team',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('match_keys', models.TextField(default='', editable=False)),
                        ('name', models.CharField(help_text='The full name, e.g. “Harbourside Athletic”.', max_length=100, verbose_name='name')),
                        ('slug', models.SlugField(help_text="Used in the team's address: /teams/<slug>/.", max_length=100, unique=True, verbose_name='slug')),
                        ('short_name', models.CharField(blank=True, help_text='As headlines and lists write it, e.g. “Harbourside”.', max_length=40, verbose_name='short name')),
                        ('aliases', newsroom.fields.StringListField(blank=True, default=list, help_text='Nicknames and other names stories use, one per line, e.g. “the Harbour” or “Athletic”. Suggestions match these too; case and accents never matter.', verbose_name='other names')),
                        ('country', models.CharField(blank=True, max_length=60, verbose_name='country')),
                    ],
                    options={
                        'verbose_name': 'team',
                        'verbose_name_plural': 'teams',
                        'ordering': ['name'],
                        'abstract': False,
                        'db_table': 'newsroom_team',
                    },
                ),
                migrations.CreateModel(
                    name='Player',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('match_keys', models.TextField(default='', editable=False)),
                        ('name', models.CharField(help_text='The name stories use in full, e.g. “Emeka Duru”.', max_length=100, verbose_name='name')),
                        ('slug', models.SlugField(help_text="Used in the player's address: /players/<slug>/. For a second player of the same name, add the team, e.g. “sam-gomez-wexley”.", max_length=100, unique=True, verbose_name='slug')),
                        ('position', models.CharField(blank=True, help_text='E.g. “Goalkeeper”, “Fly-half”, “Opening batter”.', max_length=60, verbose_name='position')),
                        ('aliases', newsroom.fields.StringListField(blank=True, default=list, help_text='Other names stories use, one per line, e.g. “Mo Duru”. The surname alone is matched without being listed here when it is capitalised and no other player shares it. Case and accents never matter.', verbose_name='other names')),
                        ('team', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='players', to='tags.team', verbose_name='current team')),
                    ],
                    options={
                        'verbose_name': 'player',
                        'verbose_name_plural': 'players',
                        'ordering': ['name'],
                        'abstract': False,
                        'db_table': 'newsroom_player',
                    },
                ),
                migrations.CreateModel(
                    name='TaggedPlayer',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('object_id', models.IntegerField(db_index=True, verbose_name='object ID')),
                        ('content_type', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='%(app_label)s_%(class)s_tagged_items', to='contenttypes.contenttype', verbose_name='content type')),
                        ('tag', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='taggings', to='tags.player')),
                    ],
                    options={
                        'db_table': 'newsroom_taggedplayer',
                        'verbose_name': 'player tag',
                        'verbose_name_plural': 'player tags',
                        'indexes': [models.Index(fields=['tag', 'content_type', 'object_id'], name='newsroom_ta_tag_id_0c8926_idx')],
                        'constraints': [models.UniqueConstraint(fields=('content_type', 'object_id', 'tag'), name='unique_player_per_item')],
                    },
                ),
                migrations.CreateModel(
                    name='TaggedTeam',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('object_id', models.IntegerField(db_index=True, verbose_name='object ID')),
                        ('content_type', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='%(app_label)s_%(class)s_tagged_items', to='contenttypes.contenttype', verbose_name='content type')),
                        ('tag', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='taggings', to='tags.team')),
                    ],
                    options={
                        'db_table': 'newsroom_taggedteam',
                        'verbose_name': 'team tag',
                        'verbose_name_plural': 'team tags',
                        'indexes': [models.Index(fields=['tag', 'content_type', 'object_id'], name='newsroom_ta_tag_id_69ee9c_idx')],
                        'constraints': [models.UniqueConstraint(fields=('content_type', 'object_id', 'tag'), name='unique_team_per_item')],
                    },
                ),
                migrations.AddIndex(
                    model_name='player',
                    index=models.Index(fields=['team', 'name'], name='newsroom_pl_team_id_abf8b4_idx'),
                ),
            ],
            database_operations=[],
        ),
    ]
