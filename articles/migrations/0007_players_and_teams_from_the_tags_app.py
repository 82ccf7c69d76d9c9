"""Players and teams are the `tags` app's now (see tags 0001)."""

import taggit.managers
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0006_search_text_and_vector'),
        ('tags', '0001_players_and_teams_from_newsroom'),
    ]

    operations = [
        # The taggings' tables stay as they are: only the names change.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='article',
                    name='players',
                    field=taggit.managers.TaggableManager(blank=True, help_text='The players it is about, picked from the list of players.', through='tags.TaggedPlayer', to='tags.Player', verbose_name='players'),
                ),
                migrations.AlterField(
                    model_name='article',
                    name='teams',
                    field=taggit.managers.TaggableManager(blank=True, help_text='The teams it is about, picked from the list of teams.', through='tags.TaggedTeam', to='tags.Team', verbose_name='teams'),
                ),
            ],
            database_operations=[],
        ),
    ]
