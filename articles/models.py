import reversion
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_prose_editor.fields import ProseEditorField

from galleries.models import Gallery, Photo
from newsroom.models import Author, BylineBase, Publishable, PublishableQuerySet
from newsroom.search import plain_text

from .richtext import BODY_EXTENSIONS, sanitize_body


class ArticleQuerySet(PublishableQuerySet):
    def with_lead_photo(self):
        """Lead photo, its credit and its renditions, in one extra query."""
        return self.select_related(
            "lead_photo__photographer", "lead_photo__agency"
        ).prefetch_related("lead_photo__renditions")

    def for_lists(self):
        return self.with_byline().with_lead_photo()


@reversion.register(
    follow=["bylines", "player_taggings", "team_taggings"],
    exclude=["players", "teams", "authors"],
)
class Article(Publishable):
    kicker = models.CharField(
        _("kicker"),
        max_length=40,
        blank=True,
        help_text=_("Optional label above the headline, e.g. “Analysis” or “Preview”."),
    )
    body = ProseEditorField(
        _("body"),
        extensions=BODY_EXTENSIONS,
        sanitize=sanitize_body,
        blank=True,
        help_text=_(
            "The story. Use “Heading 2” for subheadings and “Heading 3” under "
            "them; bold, italic, links, quotes and lists are kept, anything else "
            "pasted in is removed when you save."
        ),
    )
    authors = models.ManyToManyField(
        Author,
        through="Byline",
        related_name="articles",
        verbose_name=_("authors"),
        blank=True,
    )
    lead_photo = models.ForeignKey(
        Photo,
        verbose_name=_("lead photo"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="lead_for_articles",
        help_text=_(
            "Shown at the top of the story, in lists and on social networks. "
            "Type a few words of its caption, title, photographer or file name, "
            "or a player in it, to find it; pick it by its picture."
        ),
    )
    lead_photo_caption = models.TextField(
        _("lead photo caption"),
        blank=True,
        help_text=_(
            "Optional: a caption for this story only. Leave empty to use the "
            "photo's own caption. The credit always stays the photo's."
        ),
    )
    related_gallery = models.ForeignKey(
        Gallery,
        verbose_name=_("related gallery"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="related_articles",
        help_text=_("An “In Pics” gallery linked from the end of the story."),
    )
    home_position = models.PositiveSmallIntegerField(
        _("home page position"),
        null=True,
        blank=True,
        help_text=_(
            "Pin the story to the home page: 1 is the lead story, 2 and up are "
            "the top stories in that order. Leave empty and the newest stories "
            "fill the places nobody pinned."
        ),
    )

    objects = ArticleQuerySet.as_manager()

    class Meta(Publishable.Meta):
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        permissions = [
            ("publish_article", _("Can publish, schedule and unpublish articles")),
        ]
        constraints = [
            *Publishable.Meta.constraints,
            models.UniqueConstraint(
                fields=["home_position"],
                condition=models.Q(home_position__isnull=False),
                name="articles_unique_home_position",
                violation_error_message=_(
                    "Another article already holds this home page position. "
                    "Unpin it first or choose another number."
                ),
            ),
        ]

    def save(self, *args, **kwargs):
        # Sanitize whatever sent the body: the admin, a command or a script.
        self.body = sanitize_body(self.body or "")
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        if self.pub_date is None:
            return None
        return reverse(
            "articles:detail",
            kwargs={
                "year": self.pub_date.year,
                "month": f"{self.pub_date.month:02d}",
                "day": f"{self.pub_date.day:02d}",
                "slug": self.slug,
            },
        )

    def search_document(self):
        document = super().search_document()
        document["C"] = "\n".join(filter(None, [self.kicker, plain_text(self.body)]))
        return document

    def publish_problems(self):
        problems = super().publish_problems()
        if self.lead_photo_id:
            problems += self.lead_photo.publish_problems()
        return problems

    def publish_warnings(self):
        warnings = super().publish_warnings()
        if not self.lead_photo_id:
            warnings.insert(
                0, _("No lead photo: lists and social networks will show no picture.")
            )
        return warnings

    @property
    def picture(self):
        return self.lead_photo

    @property
    def lead_caption(self):
        if self.lead_photo_caption:
            return self.lead_photo_caption
        return self.lead_photo.caption if self.lead_photo else ""


@reversion.register()
class Byline(BylineBase):
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="bylines"
    )

    class Meta(BylineBase.Meta):
        constraints = [
            models.UniqueConstraint(
                fields=["article", "author"],
                name="articles_byline_unique_author",
                violation_error_message=_("This author is already in the byline."),
            ),
        ]
        indexes = [
            models.Index(fields=["author", "article"]),
            BylineBase.author_page_index("article", "articles_byline_author_page"),
        ]
