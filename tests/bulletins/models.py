import reversion
from django.db import models
from django.urls import reverse

from newsroom.models import Author, BylineBase, Publishable


@reversion.register(
    follow=["bylines", "entries", "player_taggings", "team_taggings"],
    exclude=["players", "teams", "authors"],
)
class Bulletin(Publishable):
    authors = models.ManyToManyField(
        Author, through="BulletinByline", related_name="bulletins", blank=True
    )

    class Meta(Publishable.Meta):
        verbose_name = "bulletin"

    def get_absolute_url(self):
        if self.pub_date is None:
            return None
        return reverse(
            "bulletins:detail",
            kwargs={
                "year": self.pub_date.year,
                "month": f"{self.pub_date.month:02d}",
                "day": f"{self.pub_date.day:02d}",
                "slug": self.slug,
            },
        )

    def search_document(self):
        document = super().search_document()
        document["C"] = "\n".join(self.entries.values_list("text", flat=True))
        return document


@reversion.register()
class BulletinByline(BylineBase):
    bulletin = models.ForeignKey(
        Bulletin, on_delete=models.CASCADE, related_name="bylines"
    )

    class Meta(BylineBase.Meta):
        indexes = [
            BylineBase.author_page_index("bulletin", "bulletins_byline_author_page"),
        ]


@reversion.register()
class BulletinEntry(models.Model):
    bulletin = models.ForeignKey(
        Bulletin, on_delete=models.CASCADE, related_name="entries"
    )
    position = models.PositiveIntegerField(default=0)
    text = models.TextField()

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self):
        return self.text
