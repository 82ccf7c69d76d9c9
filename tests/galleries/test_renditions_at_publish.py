"""Pictures ready before readers arrive: publishing (or scheduling) an item
queues the page renditions of every photo its pages show, made on commit in
the background, and no reader's request ever makes one."""

import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from galleries.models import Photo, Rendition, RenditionTask
from galleries.renditions import page_renditions
from galleries.services import renditions_make_pending, renditions_request
from newsroom.desk.services import item_transition
from tests.factories import ArticleFactory, GalleryFactory, make_photo
from tests.newsroom.desk.test_workflow import ready_gallery

pytestmark = pytest.mark.django_db

PICTURES = re.compile(r"/renditions/[^\s\"',]+")


def made(photo):
    return set(Rendition.objects.filter(photo=photo).values_list("spec", "format"))


def assert_complete(photo):
    photo.refresh_from_db()
    assert made(photo) >= set(page_renditions(photo.width)), photo


class TestPublishing:
    def test_publishing_a_gallery_makes_every_page_rendition(
        self, client, journalist, django_capture_on_commit_callbacks
    ):
        gallery = ready_gallery()
        photos = [item.photo for item in gallery.items.all()]
        assert not any(made(p) >= set(page_renditions(p.width)) for p in photos)
        with django_capture_on_commit_callbacks(execute=True):
            item_transition(gallery, "publish", journalist)
        for photo in photos:
            assert_complete(photo)
        assert not RenditionTask.objects.exists()

    def test_the_first_reader_finds_them_all(
        self, client, journalist, django_capture_on_commit_callbacks
    ):
        gallery = ready_gallery()
        gallery.cover = gallery.items.first().photo
        gallery.save()
        with django_capture_on_commit_callbacks(execute=True):
            gallery, _warnings = item_transition(gallery, "publish", journalist)
        stored = {r.url for r in Rendition.objects.all()}
        before = Rendition.objects.count()
        pages = [gallery.get_absolute_url(), gallery.get_photo_url(1), "/"]
        for url in pages:
            html = client.get(url).content.decode().replace("&amp;", "&")
            offered = set(PICTURES.findall(html))
            # Only stored files, each by its own address (`?v=`), never a
            # size that would send the reader on to a stand-in.
            assert offered and offered <= stored, url
            for picture in offered:
                response = client.get(picture)
                assert response.status_code == 200, picture
                assert b"".join(response.streaming_content)
        assert (
            'type="image/avif"'
            in client.get(gallery.get_absolute_url()).content.decode()
        )
        assert Rendition.objects.count() == before  # none made by a reader

    def test_scheduling_queues_them_too(self, journalist):
        gallery = GalleryFactory(photos=2, draft=True)
        gallery.status = "published"
        gallery.published_at = timezone.now() + timedelta(hours=2)
        gallery.save()
        queued = set(RenditionTask.objects.values_list("photo_id", flat=True))
        assert queued == {item.photo_id for item in gallery.items.all()}

    def test_a_story_queues_its_lead_photo_and_its_gallerys_cover(self):
        gallery = GalleryFactory(photos=1)
        lead = make_photo()
        RenditionTask.objects.all().delete()
        ArticleFactory(lead_photo=lead, related_gallery=gallery)
        queued = set(RenditionTask.objects.values_list("photo_id", flat=True))
        assert queued == {lead.pk, gallery.cover_id}

    def test_drafts_queue_nothing(self):
        ArticleFactory(draft=True, lead_photo=make_photo())
        GalleryFactory(photos=2, draft=True)
        assert not RenditionTask.objects.exists()


class TestTheQueue:
    def test_the_command_finishes_what_a_stopped_server_left(self):
        photo = make_photo()
        renditions_request([photo])  # on_commit never ran: as after a crash
        assert RenditionTask.objects.filter(photo=photo).exists()
        call_command("renditions_make", verbosity=0)
        assert_complete(photo)
        assert not RenditionTask.objects.exists()

    def test_a_claimed_photo_is_left_to_its_worker_until_the_claim_is_stale(self):
        photo = make_photo()
        renditions_request([photo])
        RenditionTask.objects.update(claimed_at=timezone.now())
        assert renditions_make_pending() == 0
        RenditionTask.objects.update(claimed_at=timezone.now() - timedelta(hours=1))
        assert renditions_make_pending() == 1
        assert_complete(photo)

    def test_requesting_twice_queues_once_and_makes_nothing_twice(self):
        photo = make_photo()
        renditions_request([photo])
        renditions_request([photo, None])
        assert RenditionTask.objects.count() == 1
        renditions_make_pending()
        count = Rendition.objects.filter(photo=photo).count()
        renditions_request([photo])
        renditions_make_pending()
        assert Rendition.objects.filter(photo=photo).count() == count

    def test_an_unreadable_original_leaves_the_rest_to_go_on(self, monkeypatch):
        broken, fine = make_photo(), make_photo()
        renditions_request([broken, fine])

        def unreadable(self, *args, **kwargs):
            raise OSError("gone")

        original_open = broken.image.storage.open
        monkeypatch.setattr(
            broken.image.storage,
            "open",
            lambda name, *a, **k: (
                unreadable(None)
                if name == broken.image.name
                else original_open(name, *a, **k)
            ),
        )
        assert renditions_make_pending() == 2
        assert_complete(Photo.objects.get(pk=fine.pk))


def test_made_renditions_refresh_cached_pages(
    client, journalist, page_cache, count_queries, django_capture_on_commit_callbacks
):
    from tests.newsroom.test_pagecache import hit

    gallery = GalleryFactory(photos=1)
    RenditionTask.objects.all().delete()
    url = gallery.get_absolute_url()
    assert 'type="image/avif"' not in hit(client, url, count_queries).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        renditions_request([gallery.cover])
    assert 'type="image/avif"' in client.get(url).content.decode()
