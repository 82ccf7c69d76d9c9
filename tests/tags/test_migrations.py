"""Moving players and teams from `newsroom` to `tags` keeps everything.

The database is taken back to before the move, filled there through the
historical models (players, teams, aliases, taggings, a group's permission,
an admin history entry, a stored revision of a tagging), migrated forward,
and every row is found again at the new place: on SQLite and PostgreSQL.
"""

import json

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone
from reversion.models import Version

from articles.models import Article
from newsroom.tags.models import Player, TaggedPlayer, TaggedTeam, Team

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE_THE_MOVE = [("tags", None)]


@pytest.fixture(autouse=True)
def back_to_the_latest_state():
    """Whatever a test does, the next one finds every migration applied."""
    yield
    MigrationExecutor(connection).migrate(latest())


def migrate(targets):
    """Migrate to `targets`; return the historical apps of the state reached."""
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor = MigrationExecutor(connection)
    applied = list(executor.loader.applied_migrations)
    return executor.loader.project_state(applied).apps


def latest():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


def fill_the_old_desk(apps):
    content_type = apps.get_model("contenttypes", "ContentType")
    models = {
        name: apps.get_model("newsroom", name)
        for name in ("Team", "Player", "TaggedPlayer", "TaggedTeam", "Section")
    }
    team = models["Team"].objects.create(
        name="Harbourside Athletic",
        slug="harbourside-athletic",
        short_name="Harbourside",
        aliases=["the Harbour"],
        match_keys="|harbourside athletic|the harbour|",
    )
    player = models["Player"].objects.create(
        name="Emeka Duru",
        slug="emeka-duru",
        team=team,
        position="Striker",
        aliases=["Mo Duru"],
        match_keys="|emeka duru|mo duru|",
    )
    section = models["Section"].objects.create(name="Football", slug="football")
    article = apps.get_model("articles", "Article").objects.create(
        headline="Duru double sinks Kingsbridge",
        slug="duru-double",
        section=section,
    )
    article_type = content_type.objects.get_for_model(article)
    player_tag = models["TaggedPlayer"].objects.create(
        content_type=article_type, object_id=article.pk, tag=player
    )
    models["TaggedTeam"].objects.create(
        content_type=article_type, object_id=article.pk, tag=team
    )

    player_type = content_type.objects.get(app_label="newsroom", model="player")
    tagging_type = content_type.objects.get(app_label="newsroom", model="taggedplayer")
    permission = apps.get_model("auth", "Permission").objects.get(
        content_type=player_type, codename="change_player"
    )
    group = apps.get_model("auth", "Group").objects.create(name="Taxonomy desk")
    group.permissions.add(permission)
    user = apps.get_model("auth", "User").objects.create(username="sub-editor")
    user.groups.add(group)
    apps.get_model("admin", "LogEntry").objects.create(
        user=user,
        content_type=player_type,
        object_id=str(player.pk),
        object_repr=player.name,
        action_flag=2,
        change_message="Changed aliases.",
    )
    revision = apps.get_model("reversion", "Revision").objects.create(
        user=user, comment="Tagged Duru", date_created=timezone.now()
    )
    stored = [
        {
            "model": "newsroom.taggedplayer",
            "pk": player_tag.pk,
            "fields": {
                "object_id": article.pk,
                "content_type": article_type.pk,
                "tag": player.pk,
            },
        }
    ]
    apps.get_model("reversion", "Version").objects.create(
        revision=revision,
        object_id=str(player_tag.pk),
        content_type=tagging_type,
        db="default",
        format="json",
        serialized_data=json.dumps(stored),
        object_repr=str(player_tag.pk),
    )
    return {
        "article": article.pk,
        "player": player.pk,
        "team": team.pk,
        "player_type": player_type.pk,
        "tagging_type": tagging_type.pk,
        "permission": permission.pk,
    }


def test_players_teams_and_everything_pointing_at_them_survive_the_move():
    old_apps = migrate(BEFORE_THE_MOVE)
    tables = connection.introspection.table_names()
    assert "newsroom_player" in tables and "tags_player" not in tables
    with pytest.raises(LookupError):
        old_apps.get_model("tags", "Player")
    before = fill_the_old_desk(old_apps)

    migrate(latest())
    ContentType.objects.clear_cache()

    tables = connection.introspection.table_names()
    assert {"tags_player", "tags_team", "tags_taggedplayer", "tags_taggedteam"} <= {
        *tables
    }
    assert not [t for t in tables if t.startswith(("newsroom_player", "newsroom_t"))]

    # The rows, as they were.
    player = Player.objects.select_related("team").get(pk=before["player"])
    assert player.name == "Emeka Duru" and player.aliases == ["Mo Duru"]
    assert player.team.pk == before["team"]
    assert Team.objects.get(pk=before["team"]).aliases == ["the Harbour"]
    assert list(Player.objects.matching("mo duru")) == [player]
    article = Article.objects.get(pk=before["article"])
    assert list(article.players.all()) == [player]
    assert [t.pk for t in article.teams.all()] == [before["team"]]
    assert TaggedPlayer.objects.count() == TaggedTeam.objects.count() == 1

    # Content types renamed, not replaced: what pointed at them still does.
    player_type = ContentType.objects.get_for_model(Player)
    assert player_type.pk == before["player_type"]
    assert not ContentType.objects.filter(
        app_label="newsroom", model__in=["player", "team", "taggedplayer"]
    ).exists()
    user = get_user_model().objects.get(username="sub-editor")
    assert user.has_perm("tags.change_player")
    assert player_type.permission_set.filter(pk=before["permission"]).exists()
    entry = LogEntry.objects.get(user=user)
    assert entry.get_admin_url() == f"/admin/tags/player/{player.pk}/change/"
    assert entry.get_edited_object() == player

    # The stored revision of the tagging opens as the new model.
    version = Version.objects.get(content_type_id=before["tagging_type"])
    assert version.content_type.model_class() is TaggedPlayer
    restored = version._object_version.object
    assert isinstance(restored, TaggedPlayer) and restored.tag_id == player.pk


def test_the_move_can_be_undone_and_done_again():
    migrate(BEFORE_THE_MOVE)
    assert "newsroom_taggedteam" in connection.introspection.table_names()
    migrate(latest())
    assert "tags_taggedteam" in connection.introspection.table_names()
    assert ContentType.objects.get_for_model(Team).app_label == "tags"


def test_players_and_teams_are_the_tags_apps_models():
    from django.apps import apps

    assert apps.get_model("tags", "Player") is Player
    assert apps.get_model("tags", "Team") is Team
    assert apps.get_app_config("tags").name == "newsroom.tags"
    in_newsroom = {
        model.__name__ for model in apps.get_app_config("newsroom").get_models()
    }
    assert not in_newsroom & {"Player", "Team", "TaggedPlayer", "TaggedTeam"}
    assert {"Section", "Author", "StateChange", "Note"} <= in_newsroom
