from datetime import timedelta

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

from articles.models import Article, Byline
from newsroom.models import Author, Section, Status
from newsroom.tags.models import Player, Team


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"journalist{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@newsroom.test")
    password = factory.django.Password("correct horse battery staple")


class SectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Section

    name = factory.Sequence(lambda n: f"Section {n}")
    slug = factory.Sequence(lambda n: f"section-{n}")
    position = factory.Sequence(int)


class AuthorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Author

    name = factory.Sequence(lambda n: f"Reporter {n}")
    slug = factory.Sequence(lambda n: f"reporter-{n}")
    job_title = "Football correspondent"


class TeamFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Team

    name = factory.Sequence(lambda n: f"Harbourside Athletic {n}")
    slug = factory.Sequence(lambda n: f"harbourside-athletic-{n}")
    short_name = factory.Sequence(lambda n: f"Harbourside {n}")
    country = "England"


class PlayerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Player

    name = factory.Sequence(lambda n: f"Emeka Duru {n}")
    slug = factory.Sequence(lambda n: f"emeka-duru-{n}")
    team = factory.SubFactory(TeamFactory)
    position = "Striker"


class ArticleFactory(factory.django.DjangoModelFactory):
    """A live article, published an hour ago, with one author in its byline."""

    class Meta:
        model = Article
        skip_postgeneration_save = True

    headline = factory.Sequence(lambda n: f"Harbourside win thriller number {n}")
    slug = factory.Sequence(lambda n: f"harbourside-win-thriller-{n}")
    standfirst = "A late goal settles a tense derby at the Quayside Ground."
    body = (
        "<h2>First half</h2><p>Harbourside started brightly.</p>"
        "<h2>Second half</h2><p>The winner came in the 89th minute.</p>"
    )
    section = factory.SubFactory(SectionFactory)
    status = Status.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - timedelta(hours=1))

    class Params:
        draft = factory.Trait(status=Status.DRAFT, published_at=None)
        in_review = factory.Trait(status=Status.IN_REVIEW, published_at=None)
        scheduled = factory.Trait(
            published_at=factory.LazyFunction(
                lambda: timezone.now() + timedelta(days=1)
            )
        )
        # Live yesterday, then taken down: its address answers 410 Gone.
        withdrawn = factory.Trait(
            status=Status.WITHDRAWN,
            published_at=factory.LazyFunction(
                lambda: timezone.now() - timedelta(days=1)
            ),
            first_published_at=factory.SelfAttribute("published_at"),
            pub_date=factory.LazyAttribute(
                lambda o: timezone.localdate(o.published_at)
            ),
        )

    @factory.post_generation
    def authors(self, create, extracted, **kwargs):
        if not create:
            return
        for position, author in enumerate(extracted or [AuthorFactory()]):
            Byline.objects.create(article=self, author=author, position=position)


def make_photo(*, name="photo.jpg", size=(1600, 1000), uploaded_by=None, **values):
    """A library photo made through the real ingest service."""
    from galleries.services import photo_ingest
    from tests.galleries.images import image_bytes, upload

    return photo_ingest(
        file=upload(name, image_bytes(size)), uploaded_by=uploaded_by, values=values
    )


class GalleryFactory(factory.django.DjangoModelFactory):
    """A live gallery, published an hour ago, with one author and no photos."""

    class Meta:
        model = "galleries.Gallery"
        skip_postgeneration_save = True

    headline = factory.Sequence(lambda n: f"In pics: derby day number {n}")
    slug = factory.Sequence(lambda n: f"in-pics-derby-day-{n}")
    standfirst = "The best pictures from the Quayside."
    intro = "A late winner settled it.\n\nThe home fans stayed long after the whistle."
    section = factory.SubFactory(SectionFactory)
    status = Status.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - timedelta(hours=1))

    class Params:
        draft = factory.Trait(status=Status.DRAFT, published_at=None)
        in_review = factory.Trait(status=Status.IN_REVIEW, published_at=None)
        scheduled = factory.Trait(
            published_at=factory.LazyFunction(
                lambda: timezone.now() + timedelta(days=1)
            )
        )
        # Live yesterday, then taken down: its address answers 410 Gone.
        withdrawn = factory.Trait(
            status=Status.WITHDRAWN,
            published_at=factory.LazyFunction(
                lambda: timezone.now() - timedelta(days=1)
            ),
            first_published_at=factory.SelfAttribute("published_at"),
            pub_date=factory.LazyAttribute(
                lambda o: timezone.localdate(o.published_at)
            ),
        )

    @factory.post_generation
    def authors(self, create, extracted, **kwargs):
        if not create:
            return
        from galleries.models import GalleryByline

        for position, author in enumerate(extracted or [AuthorFactory()]):
            GalleryByline.objects.create(gallery=self, author=author, position=position)

    @factory.post_generation
    def photos(self, create, extracted, **kwargs):
        """`photos=3` adds three new library photos as items, in order."""
        if not create or not extracted:
            return
        add_gallery_photos(self, extracted)


def add_gallery_photos(gallery, count, *, size=(480, 320)):
    from galleries.models import GalleryItem

    start = gallery.items.count()
    items = []
    for n in range(start + 1, start + count + 1):
        photo = make_photo(
            size=size, title=f"Photo title {n}", caption=f"Caption number {n}."
        )
        items.append(
            GalleryItem.objects.create(gallery=gallery, photo=photo, position=n)
        )
    if gallery.cover_id is None and items:
        gallery.cover = items[0].photo
        gallery.save(update_fields=["cover"])
    return items
