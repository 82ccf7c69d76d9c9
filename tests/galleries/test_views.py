import pytest
from django.core import signing
from django.template import Context, Template

from galleries.models import RENDITION_SALT, Photo, Photographer, Rendition
from tests.factories import GalleryFactory, make_photo

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


class TestRenditionView:
    def test_signed_url_makes_the_rendition_once_and_redirects(self, client):
        photo = make_photo()
        url = photo.rendition_url("w1280", "webp")
        assert url.startswith("/renditions/")

        first = client.get(url)
        second = client.get(url)

        rendition = photo.renditions.get(spec="w1280", format="webp")
        assert first.status_code == second.status_code == 302
        assert first["Location"] == rendition.file.url
        assert "max-age" in first["Cache-Control"]
        assert photo.renditions.filter(spec="w1280", format="webp").count() == 1

    def test_existing_renditions_link_straight_to_the_file(self):
        photo = Photo.objects.with_renditions().get(pk=make_photo().pk)
        url = photo.rendition_url("w640", "webp")
        assert url == photo.renditions.get(spec="w640", format="webp").file.url

    @pytest.mark.parametrize(
        "token",
        [
            "nonsense",
            signing.dumps([1, "w640", "webp"], salt="another-salt"),
            signing.dumps([1, "w9999", "webp"], salt=RENDITION_SALT),
            signing.dumps([1, "w640", "gif"], salt=RENDITION_SALT),
            signing.dumps(["x"], salt=RENDITION_SALT),
        ],
        ids=["garbage", "wrong-salt", "unknown-spec", "unknown-format", "bad-shape"],
    )
    def test_bad_or_tampered_tokens_are_404(self, client, token):
        make_photo()
        assert client.get(f"/renditions/{token}/").status_code == 404
        assert not Rendition.objects.filter(spec="w9999").exists()

    def test_a_deleted_photo_is_404(self, client):
        photo = make_photo()
        url = photo.rendition_url("w1920", "jpeg")
        photo.delete()
        assert client.get(url).status_code == 404


class TestPictureTag:
    TEMPLATE = Template(
        "{% load photos %}{% picture photo sizes='50vw' loading='eager' %}"
    )

    def test_renders_sources_sizes_and_dimensions_without_queries(
        self, django_assert_num_queries
    ):
        photo = Photo.objects.with_renditions().get(pk=make_photo(size=(1000, 600)).pk)
        with django_assert_num_queries(0):
            html = self.TEMPLATE.render(Context({"photo": photo}))
        assert '<source type="image/avif"' in html
        assert '<source type="image/webp"' in html
        assert 'width="1000" height="600"' in html
        assert 'sizes="50vw"' in html
        assert 'loading="eager"' in html
        assert photo.renditions.get(spec="w640", format="webp").file.url in html
        assert " 960w" in html and "1280w" not in html  # never wider than the photo

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
