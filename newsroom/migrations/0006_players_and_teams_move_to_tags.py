"""Players and teams now belong to the `tags` app (see tags 0001): the
`newsroom` app forgets them, leaving their tables and rows alone."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('newsroom', '0005_search_configuration'),
        ('tags', '0001_players_and_teams_from_newsroom'),
        ('articles', '0007_players_and_teams_from_the_tags_app'),
        ('galleries', '0008_players_and_teams_from_the_tags_app'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name='TaggedPlayer'),
                migrations.DeleteModel(name='TaggedTeam'),
                migrations.DeleteModel(name='Player'),
                migrations.DeleteModel(name='Team'),
            ],
            database_operations=[],
        ),
    ]
