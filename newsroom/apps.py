from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class NewsroomConfig(AppConfig):
    name = "newsroom"
    verbose_name = _("Newsroom")

    def ready(self):
        from .roles import ensure_roles

        # After every migrate, once all apps' permissions exist.
        post_migrate.connect(ensure_roles, dispatch_uid="newsroom.ensure_roles")
