from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.db.models.signals import post_migrate, pre_save
from django.utils.translation import gettext_lazy as _


class NewsroomConfig(AppConfig):
    name = "newsroom"
    verbose_name = _("Newsroom")

    def ready(self):
        from axes.signals import user_locked_out
        from django.contrib.redirects.models import Redirect

        from . import pagecache, security
        from .desk.roles import ensure_roles
        from .models import Author, Note, Section
        from .search import register_fold_function
        from .sites import ensure_site
        from .text import clean_text_fields

        # No row of any app stores a character XML forbids (feeds, sitemaps).
        pre_save.connect(clean_text_fields, dispatch_uid="newsroom.clean_text")
        # After every migrate, once all apps' permissions exist.
        post_migrate.connect(ensure_roles, dispatch_uid="newsroom.ensure_roles")
        post_migrate.connect(ensure_site, dispatch_uid="newsroom.ensure_site")
        user_locked_out.connect(
            security.log_lockout, dispatch_uid="newsroom.log_lockout"
        )
        # What public pages show beyond the content types themselves.
        pagecache.watch(Author, Note, Redirect)
        pagecache.watch(Section, site_wide=True)
        # SQLite search folds case and accents with a function of ours.
        connection_created.connect(
            register_fold_function, dispatch_uid="newsroom.search_fold"
        )
