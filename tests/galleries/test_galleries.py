"""Galleries: publishing rules, public pages and their query budgets."""

import re

import pytest
from django.utils import timezone

from galleries.models import Photo
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    GalleryFactory,
    add_gallery_photos,
    make_photo,
)

pytestmark = pytest.mark.django_db


class TestPublishing:
    def test_photos_are_public_only_through_live_galleries(self):
        live = GalleryFactory(photos=2)
        draft = GalleryFactory(draft=True, photos=1)
        scheduled = GalleryFactory(scheduled=True, photos=1)
        make_photo()  # in the library only

        public = set(Photo.objects.published())

        assert public == {item.photo for item in live.items.all()}
        for hidden in (draft, scheduled):
            assert public.isdisjoint(item.photo for item in hidden.items.all())

    def test_a_live_articles_lead_photo_is_public(self):
        photo = make_photo()
        ArticleFactory(lead_photo=photo)
        hidden = make_photo()
        ArticleFactory(lead_photo=hidden, draft=True)
        assert list(Photo.objects.published()) == [photo]

    def test_item_caption_overrides_but_credit_stays(self):
        gallery = GalleryFactory(photos=1)
        item = gallery.items.get()
        assert item.caption == "Caption number 1."
        item.caption_override = "Our caption for this gallery."
        assert item.caption == "Our caption for this gallery."
        assert item.photo.caption == "Caption number 1."

    def test_a_photo_in_a_gallery_cannot_be_deleted(self):
        from django.db.models import ProtectedError

        gallery = GalleryFactory(photos=1)
        with pytest.raises(ProtectedError):
            gallery.items.get().photo.delete()


class TestGalleryPage:
    def test_every_photo_in_order_with_title_caption_credit_and_count(self, client):
        gallery = GalleryFactory(
            headline="In pics: Harbourside 3-2 Kingsbridge", photos=3
        )
        second = gallery.items.get(position=2)
        second.caption_override = "Override for this gallery."
        second.save()

        response = client.get(gallery.get_absolute_url())
        html = response.content.decode()

        assert response.status_code == 200
        assert "<h1" in html and "In pics: Harbourside 3-2 Kingsbridge" in html
        assert "<p>A late winner settled it.</p>" in html
        positions = [html.index(f"Photo title {n}") for n in (1, 2, 3)]
        assert positions == sorted(positions)
        assert "Override for this gallery." in html
        assert "Caption number 2." not in html
        assert "2 of 3" in html and "3 of 3" in html
        assert html.count('loading="eager"') == 1
        assert html.count('loading="lazy"') == 2
        assert f'href="{gallery.get_absolute_url()}2/"' in html

    def test_a_title_every_photo_repeats_shows_once_above_them(self, client):
        gallery = GalleryFactory(photos=3)
        Photo.objects.filter(gallery_items__gallery=gallery).update(
            title="UEFA Europa League: Liverpool vs Atalanta"
        )
        html = client.get(gallery.get_absolute_url()).content.decode()
        assert html.count("UEFA Europa League: Liverpool vs Atalanta") == 1
        once = html.index('<p class="gallery__title gallery__title--once">')
        assert once < html.index('id="photo-1"')
        assert '<h2 class="gallery__title">' not in html

    def test_a_shared_title_that_is_the_headline_is_not_repeated(self, client):
        gallery = GalleryFactory(headline="Liverpool vs Atalanta", photos=2)
        Photo.objects.filter(gallery_items__gallery=gallery).update(
            title=" liverpool vs atalanta "
        )
        html = client.get(gallery.get_absolute_url()).content.decode()
        assert "gallery__title" not in html
        assert "liverpool vs atalanta" not in html

    def test_titles_that_differ_or_are_missing_show_over_each_photo(self, client):
        gallery = GalleryFactory(photos=3)
        Photo.objects.filter(
            gallery_items__gallery=gallery, title="Photo title 3"
        ).update(title="")
        Photo.objects.filter(gallery_items__gallery=gallery).exclude(title="").update(
            title="Shared by two of three"
        )
        html = client.get(gallery.get_absolute_url()).content.decode()
        assert "gallery__title--once" not in html
        assert html.count('<h2 class="gallery__title">Shared by two of three</h2>') == 2

    def test_the_first_photo_comes_before_the_intro(self, client):
        """A reader (on a phone too) sees a photo first: photo 1, the intro,
        then photos 2 onwards, numbered on."""
        gallery = GalleryFactory(photos=3)
        html = client.get(gallery.get_absolute_url()).content.decode()
        first, intro = html.index('id="photo-1"'), html.index('class="gallery__intro"')
        second = html.index('id="photo-2"')
        assert first < intro < second
        assert '<ol class="gallery__items" start="2">' in html
        assert html.count("A late winner settled it.") == 1

    def test_a_one_photo_gallery_shows_its_intro_after_the_photo(self, client):
        gallery = GalleryFactory(photos=1)
        html = client.get(gallery.get_absolute_url()).content.decode()
        assert html.index('id="photo-1"') < html.index('class="gallery__intro"')
        assert 'start="2"' not in html

    @pytest.mark.parametrize("state", ["draft", "scheduled"])
    def test_unpublished_gallery_and_its_photo_pages_are_404(self, client, state):
        gallery = GalleryFactory(photos=2, **{state: True})
        gallery.pub_date = gallery.pub_date or timezone.localdate()
        base = f"/galleries/{gallery.pub_date:%Y/%m/%d}/{gallery.slug}/"
        for url in (base, base + "1/", base + "2/"):
            assert client.get(url).status_code == 404

    def test_query_budget_is_fixed(self, client, count_queries):
        """At most 12 queries (with “More on this”), the same with N and 3N
        photos."""
        gallery = GalleryFactory(photos=3, authors=AuthorFactory.create_batch(2))
        small = count_queries(lambda: client.get(gallery.get_absolute_url()))
        add_gallery_photos(gallery, 6)
        large = count_queries(lambda: client.get(gallery.get_absolute_url()))
        assert small == large
        assert large <= 12


class TestPhotoPage:
    def test_one_photo_with_previous_and_next(self, client):
        gallery = GalleryFactory(photos=3)
        response = client.get(f"{gallery.get_absolute_url()}2/")
        html = response.content.decode()
        assert response.status_code == 200
        assert "Photo title 2" in html
        assert "Caption number 2." in html
        assert "2 of 3" in html
        assert f'href="{gallery.get_absolute_url()}1/" rel="prev"' in html
        assert f'href="{gallery.get_absolute_url()}3/" rel="next"' in html
        assert "gallery-keys.js" in html

    def test_first_and_last_photos(self, client):
        gallery = GalleryFactory(photos=2)
        first = client.get(f"{gallery.get_absolute_url()}1/").content.decode()
        last = client.get(f"{gallery.get_absolute_url()}2/").content.decode()
        assert 'rel="prev"' not in first.split("<body")[1]
        assert 'rel="next"' not in last.split("<body")[1]
        assert "Back to the gallery" in last

    @pytest.mark.parametrize("number", ["0", "3", "9999"])
    def test_numbers_outside_the_gallery_are_404(self, client, number):
        gallery = GalleryFactory(photos=2)
        assert client.get(f"{gallery.get_absolute_url()}{number}/").status_code == 404

    def test_query_budget_is_fixed(self, client, count_queries):
        """At most 6 queries, the same with N and 3N photos."""
        gallery = GalleryFactory(photos=3)
        small = count_queries(lambda: client.get(f"{gallery.get_absolute_url()}2/"))
        add_gallery_photos(gallery, 6)
        large = count_queries(lambda: client.get(f"{gallery.get_absolute_url()}2/"))
        assert small == large
        assert large <= 6


class TestGalleryIndex:
    def test_lists_live_galleries_newest_first(self, client):
        older = GalleryFactory(headline="Older gallery", photos=1)
        older.published_at = timezone.now() - timezone.timedelta(days=2)
        older.save()
        newer = GalleryFactory(headline="Newer gallery", photos=2)
        GalleryFactory(headline="Draft gallery", draft=True)
        GalleryFactory(headline="Future gallery", scheduled=True)

        response = client.get("/galleries/")
        html = response.content.decode()

        assert list(response.context["galleries"]) == [newer, older]
        assert "2 photos" in html
        assert "Draft gallery" not in html and "Future gallery" not in html

    @pytest.mark.parametrize("page", ["2", "0", "x"])
    def test_bad_pages_are_404(self, client, page):
        GalleryFactory()
        assert client.get("/galleries/", {"page": page}).status_code == 404

    def test_query_budget_is_fixed(self, client, count_queries):
        for _ in range(2):
            GalleryFactory(photos=1)
        small = count_queries(lambda: client.get("/galleries/"))
        for _ in range(4):
            GalleryFactory(photos=1)
        large = count_queries(lambda: client.get("/galleries/"))
        assert small == large
        assert large <= 6


class TestComposedPages:
    def test_home_shows_in_pics(self, client):
        gallery = GalleryFactory(headline="In pics: the derby", photos=2)
        GalleryFactory(headline="Hidden draft gallery", draft=True, photos=1)
        ArticleFactory()
        html = client.get("/").content.decode()
        assert "In pics" in html
        assert gallery.get_absolute_url() in html
        assert "Hidden draft gallery" not in html

    def test_home_budget_holds_with_pictures_and_galleries(self, client, count_queries):
        def add(count, pinned):
            ArticleFactory(home_position=pinned, lead_photo=make_photo(size=(400, 300)))
            for _ in range(count - 1):
                ArticleFactory(
                    authors=AuthorFactory.create_batch(2),
                    lead_photo=make_photo(size=(400, 300)),
                )
            GalleryFactory(photos=1)

        # Past the five top stories, so section blocks are filled both times.
        add(7, pinned=1)
        small = count_queries(lambda: client.get("/"))
        add(14, pinned=2)
        large = count_queries(lambda: client.get("/"))
        assert small == large
        assert large <= 10

    def test_article_shows_lead_photo_and_related_gallery(self, client):
        photo = make_photo(title="Lead", caption="The photo's own caption.")
        gallery = GalleryFactory(headline="In pics: more from the Quayside", photos=1)
        article = ArticleFactory(
            lead_photo=photo,
            lead_photo_caption="A caption for this story.",
            related_gallery=gallery,
        )
        html = client.get(article.get_absolute_url()).content.decode()
        assert "A caption for this story." in html
        assert "The photo's own caption." not in html
        assert "In pics: more from the Quayside" in html
        assert gallery.get_absolute_url() in html
        assert re.search(r'<img src="[^"]+" srcset="[^"]+"', html)

    def test_article_never_links_an_unpublished_gallery(self, client):
        gallery = GalleryFactory(headline="Secret gallery", draft=True, photos=1)
        article = ArticleFactory(related_gallery=gallery)
        html = client.get(article.get_absolute_url()).content.decode()
        assert "Secret gallery" not in html

    def test_article_budget_holds_with_pictures(self, client, count_queries):
        plain = ArticleFactory(lead_photo=make_photo(size=(400, 300)))
        rich = ArticleFactory(
            authors=AuthorFactory.create_batch(3),
            lead_photo=make_photo(size=(400, 300)),
            related_gallery=GalleryFactory(photos=3),
        )
        small = count_queries(lambda: client.get(plain.get_absolute_url()))
        large = count_queries(lambda: client.get(rich.get_absolute_url()))
        assert large <= 11  # with corrections, “More on this”
        assert small <= large

    def test_photographer_page_lists_photos_of_live_galleries(self, client):
        gallery = GalleryFactory(photos=2)
        draft = GalleryFactory(draft=True, photos=1)
        Photo.objects.filter(gallery_items__gallery=draft).update(
            caption="A picture only the draft shows."
        )
        photographer = _credit_all_to_one_photographer()
        html = client.get(photographer.get_absolute_url()).content.decode()
        for item in gallery.items.all():
            assert item.photo.caption in html
        assert "A picture only the draft shows." not in html


def _credit_all_to_one_photographer():
    from galleries.models import Photographer

    photographer = Photographer.objects.create(name="Antonio Calanni", slug="calanni")
    Photo.objects.update(photographer=photographer)
    return photographer


class TestSlugChangeRedirects:
    """Every publishable keeps its old address working (Publishable.save),
    galleries as much as articles."""

    def test_changing_a_published_gallery_slug_forwards_the_old_address(self, client):
        gallery = GalleryFactory(slug="derby-day", photos=1)
        old_url = gallery.get_absolute_url()
        gallery.slug = "derby-day-in-pictures"
        gallery.save()

        response = client.get(old_url)
        assert response.status_code == 301
        assert response["Location"] == gallery.get_absolute_url()
        assert client.get(gallery.get_absolute_url()).status_code == 200

    def test_a_slug_changed_in_the_admin_forwards_too(self, client, journalist):
        from tests.admin_forms import change_form_data

        gallery = GalleryFactory(slug="derby-day", photos=2)
        old_url = gallery.get_absolute_url()
        client.force_login(journalist)
        url = f"/admin/galleries/gallery/{gallery.pk}/change/"
        data = change_form_data(client.get(url))
        data["slug"] = "derby-day-best-pictures"
        assert client.post(url, data).status_code == 302

        gallery.refresh_from_db()
        assert gallery.slug == "derby-day-best-pictures"
        response = client.get(old_url)
        assert response.status_code == 301
        assert response["Location"] == gallery.get_absolute_url()

    def test_a_draft_gallery_leaves_no_redirect(self):
        from django.contrib.redirects.models import Redirect

        gallery = GalleryFactory(slug="first", draft=True)
        gallery.slug = "second"
        gallery.save()
        assert not Redirect.objects.exists()
