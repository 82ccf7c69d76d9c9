import re

import pytest
from django.template import Context, Template

from galleries.models import Photo, Photographer, Rendition, RenditionTask
from galleries.services import photo_renditions_make
from tests.factories import ArticleFactory, GalleryFactory, make_photo

pytestmark = pytest.mark.django_db


def photographer_with_photos(count, *, public=True, photographer=None):
    photos = [
        make_photo(
            caption=f"{'PUBLIC' if public else 'Draft'} picture {n}", size=(800, 533)
        )
        for n in range(count)
    ]
    photographer = photographer or Photographer.objects.create(
        name="Antonio Calanni", slug="antonio-calanni"
    )
    Photo.objects.filter(pk__in=[p.pk for p in photos]).update(
        photographer=photographer
    )
    gallery = GalleryFactory() if public else GalleryFactory(draft=True)
    for position, photo in enumerate(photos, start=1):
        gallery.items.create(photo=photo, position=position)
    return photographer


class TestPhotographerPage:
    def test_lists_only_published_photos(self, client):
        photographer = photographer_with_photos(2)
        photographer_with_photos(1, public=False, photographer=photographer)

        response = client.get(photographer.get_absolute_url())

        html = response.content.decode()
        assert response.status_code == 200
        assert len(response.context["photos"]) == 2
        assert "PUBLIC picture 0" in html
        assert "Draft picture" not in html
        assert "<h1>Antonio Calanni</h1>" in html

    def test_photos_used_only_by_drafts_stay_hidden(self, client):
        photographer = photographer_with_photos(2, public=False)
        response = client.get(photographer.get_absolute_url())
        assert response.status_code == 200
        assert list(response.context["photos"]) == []
        assert "No published photographs" in response.content.decode()

    def test_unknown_photographer_and_bad_pages_are_404(self, client):
        photographer = photographer_with_photos(1)
        assert client.get("/photographers/nobody/").status_code == 404
        url = photographer.get_absolute_url()
        for page in ("2", "0", "x"):
            assert client.get(url, {"page": page}).status_code == 404

    def test_query_budget_is_fixed(self, client, count_queries):
        photographer = photographer_with_photos(2)
        small = count_queries(lambda: client.get(photographer.get_absolute_url()))
        photographer_with_photos(4, photographer=photographer)
        large = count_queries(lambda: client.get(photographer.get_absolute_url()))
        assert small == large
        assert large <= 6


def public_photo(**kwargs):
    photo = make_photo(**kwargs)
    ArticleFactory(lead_photo=photo)
    return Photo.objects.with_renditions().get(pk=photo.pk)


class TestRenditionView:
    """/renditions/<photo>/<spec>.<format>: the stable address feeds and
    social cards name; it never makes a rendition in the reader's request."""

    def test_a_made_rendition_is_its_file(self, client):
        photo = public_photo()
        made = photo.rendition("w640", "webp")
        with made.file.open("rb") as handle:
            stored = handle.read()
        response = client.get(made.url)
        assert response.status_code == 200
        assert response["Content-Type"] == "image/webp"
        assert b"".join(response.streaming_content) == stored
        assert response["Cache-Control"] == "public, max-age=31536000"
        assert response["Surrogate-Key"] == f"galleries.photo-{photo.pk}"
        again = client.get(made.url, HTTP_IF_NONE_MATCH=response["ETag"])
        assert again.status_code == 304
        assert again["ETag"] == response["ETag"]
        # What caches send too: a list, a weak tag, any version at all.
        etag = response["ETag"]
        for sent in [f'"other", {etag}', f"W/{etag}", "*"]:
            assert client.get(made.url, HTTP_IF_NONE_MATCH=sent).status_code == 304
        # Another version's tag is not a match.
        other = f'"1{etag[1:]}'
        assert client.get(made.url, HTTP_IF_NONE_MATCH=other).status_code == 200

    def test_head_says_what_get_would_send_without_the_file(self, client):
        photo = public_photo()
        made = photo.rendition("w640", "webp")
        response = client.head(made.url)
        assert response.status_code == 200
        assert int(response["Content-Length"]) == made.size
        assert response["Content-Type"] == "image/webp"
        assert not response.streaming and response.content == b""

    def test_an_old_pages_address_gets_the_current_file_briefly(self, client):
        photo = public_photo()
        made = photo.rendition("w640", "webp")
        response = client.get(made.url.replace(f"v={made.pk}", "v=1"))
        assert response.status_code == 200
        assert response["Cache-Control"] == "public, max-age=60"

    def test_until_made_it_sends_the_nearest_and_queues_the_photo(self, client):
        photo = public_photo()
        RenditionTask.objects.all().delete()
        url = photo.rendition_url("16x9-1200", "jpeg")
        assert url == f"/renditions/{photo.pk}/16x9-1200.jpeg"
        assert photo.rendition_url("16x9-1200", "jpeg") == url  # stable
        before = Rendition.objects.count()
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == photo.rendition("w640", "jpeg").url
        assert "max-age=60" in response["Cache-Control"]
        # Queued and made on commit, not in the request (tests: at once).
        assert Rendition.objects.count() == before or not RenditionTask.objects.exists()

    def test_made_links_name_the_files_themselves(self):
        photo = public_photo()
        url = photo.rendition_url("w640", "webp")
        made = photo.renditions.get(spec="w640", format="webp")
        assert url == f"/renditions/{photo.pk}/w640.webp?v={made.pk}" == made.url

    @pytest.mark.parametrize(
        "path",
        ["{pk}/w9999.webp", "{pk}/w640.gif", "{pk}/w640", "x/w640.webp"],
    )
    def test_bad_addresses_are_404(self, client, path):
        photo = public_photo()
        assert client.get("/renditions/" + path.format(pk=photo.pk)).status_code == 404
        assert not Rendition.objects.filter(spec="w9999").exists()

    def test_unpublished_or_deleted_photos_are_404(self, client):
        draft = make_photo()
        assert client.get(draft.rendition_url("w1920", "jpeg")).status_code == 404
        assert client.get("/renditions/999999/w640.jpeg").status_code == 404


class TestPictureTag:
    TEMPLATE = Template(
        "{% load photos %}{% picture photo sizes='50vw' loading='eager' %}"
    )

    def test_renders_sources_sizes_and_dimensions_without_queries(
        self, django_assert_num_queries
    ):
        photo = make_photo(size=(1000, 600))
        photo_renditions_make(photo=photo)
        photo = Photo.objects.with_renditions().get(pk=photo.pk)
        with django_assert_num_queries(0):
            html = self.TEMPLATE.render(Context({"photo": photo}))
        assert '<source type="image/avif"' in html
        assert '<source type="image/webp"' in html
        assert 'width="1000" height="600"' in html
        assert 'sizes="50vw"' in html
        assert 'loading="eager"' in html
        assert photo.renditions.get(spec="w640", format="webp").url in html
        assert " 960w" in html and "1280w" not in html  # never wider than the photo

    def test_offers_only_renditions_that_exist(self):
        photo = Photo.objects.with_renditions().get(pk=make_photo(size=(1000, 600)).pk)
        html = self.TEMPLATE.render(Context({"photo": photo}))
        assert "?v=" in html and not re.search(r'/renditions/[^"?]+"', html)
        assert '<source type="image/avif"' not in html
        assert photo.rendition("w640", "webp").url in html
        assert f'src="{photo.rendition("w640", "jpeg").url}"' in html
        assert html == self.TEMPLATE.render(Context({"photo": photo}))  # stable

    def test_makes_no_storage_calls(self, monkeypatch):
        from django.core.files.storage import storages

        photo = Photo.objects.with_renditions().get(pk=make_photo().pk)

        def forbidden(*args, **kwargs):
            raise AssertionError("a page must not touch storage")

        for alias in ("default", "originals"):
            for method in ("exists", "open", "size", "listdir", "save"):
                monkeypatch.setattr(storages[alias], method, forbidden)
        html = self.TEMPLATE.render(Context({"photo": photo}))
        assert "<picture>" in html

    def test_fixed_shape(self):
        photo = Photo.objects.with_renditions().get(pk=make_photo().pk)
        html = Template("{% load photos %}{% picture photo shape='1x1-400' %}").render(
            Context({"photo": photo})
        )
        assert 'width="400" height="400"' in html
        assert 'loading="lazy"' in html
