from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class TagsConfig(AppConfig):
    """Players and teams: the typed tags of articles, galleries and photos."""

    name = "newsroom.tags"
    label = "tags"
    verbose_name = _("Players and teams")

    def ready(self):
        from newsroom import pagecache
        from newsroom.desk.revisions import register_generic_part
        from newsroom.search import index_tagged_item

        from .dashboard import register_blocks
        from .models import Player, TaggedPlayer, TaggedTeam, Team

        register_blocks()
        pagecache.watch(Player, Team, TaggedPlayer, TaggedTeam)
        register_generic_part(TaggedPlayer, label=_("Players"), target_field="tag")
        register_generic_part(TaggedTeam, label=_("Teams"), target_field="tag")
        # A tagged item is found by its players' and teams' names.
        for through in (TaggedPlayer, TaggedTeam):
            for signal in (post_save, post_delete):
                signal.connect(index_tagged_item, sender=through)
