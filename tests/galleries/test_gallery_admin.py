import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.urls import reverse
from reversion.models import Version

from galleries.models import Gallery, GalleryItem, Photo, Photographer
from newsroom.demo.iptc import with_iptc
from tests.admin_forms import add_inline_row, change_form_data
from tests.factories import (
    AuthorFactory,
    GalleryFactory,
    SectionFactory,
    UserFactory,
    make_photo,
)
from tests.galleries.images import ODD_REFUSED, image_bytes, odd_uploads, upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def desk(client):
    user = UserFactory(username="photo-editor", is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(content_type__app_label__in=["galleries", "newsroom"])
    )
    client.force_login(user)
    return user


def wire(name, caption, taken):
    content = with_iptc(
        image_bytes((600, 400)),
        caption=caption,
        credit="AP Photo/Antonio Calanni",
        date_created=taken[:8],
        time_created=taken[8:] + "+0000",
    )
    return upload(name, content)


def upload_url(gallery):
    return reverse("admin:galleries_gallery_upload", args=[gallery.pk])


def test_bulk_upload_into_a_gallery_in_file_name_order(client, desk):
    gallery = GalleryFactory(draft=True)
    files = [
        wire("derby-10.jpg", "Tenth.", "20260312211000"),
        wire("derby-2.jpg", "Second.", "20260312210000"),
        wire("derby-1.jpg", "First.", "20260312212000"),
        upload("derby-3.jpg", b"<html>no</html>"),
    ]
    response = client.post(upload_url(gallery), {"files": files, "order": "name"})

    assert response.status_code == 302
    assert response["Location"] == reverse(
        "admin:galleries_gallery_change", args=[gallery.pk]
    )
    captions = [item.caption for item in gallery.items.order_by("position")]
    assert captions == ["First.", "Second.", "Tenth."]
    assert {item.photo.credit for item in gallery.items.all()} == {
        "AP Photo/Antonio Calanni"
    }
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert "3 photos added to the gallery." in messages
    assert any(m.startswith("derby-3.jpg was not added") for m in messages)
    gallery.refresh_from_db()
    assert gallery.cover.caption == "First."


def test_bulk_upload_in_the_order_pictures_were_taken(client, desk):
    gallery = GalleryFactory(photos=1)
    files = [
        wire("a.jpg", "Taken last.", "20260312213000"),
        wire("b.jpg", "Taken first.", "20260312200000"),
    ]
    client.post(upload_url(gallery), {"files": files, "order": "taken"})
    captions = [item.caption for item in gallery.items.order_by("position")]
    assert captions == ["Caption number 1.", "Taken first.", "Taken last."]


def test_upload_page_offers_the_order_and_explains_limits(client, desk):
    gallery = GalleryFactory()
    html = client.get(upload_url(gallery)).content.decode()
    assert "Time taken" in html
    assert "up to 50 files at once" in html
    change = client.get(reverse("admin:galleries_gallery_change", args=[gallery.pk]))
    assert upload_url(gallery) in change.content.decode()


def test_gallery_upload_needs_both_permissions(client):
    user = UserFactory(username="reporter", is_staff=True)
    user.user_permissions.set(Permission.objects.filter(codename="change_gallery"))
    client.force_login(user)
    gallery = GalleryFactory()
    response = client.post(
        upload_url(gallery), {"files": [wire("a.jpg", "x", "20260312200000")]}
    )
    assert response.status_code == 403
    assert gallery.items.count() == 0


def test_reorder_and_override_a_caption_in_the_change_form(client, desk):
    gallery = GalleryFactory(photos=3)
    url = reverse("admin:galleries_gallery_change", args=[gallery.pk])
    page = client.get(url)
    html = page.content.decode()
    assert "Caption number 2." in html  # the photo's own caption in its row
    data = change_form_data(page)
    # Drag the third photo to the top, as the sortable list posts it.
    rows = {data[f"items-{i}-photo"]: i for i in range(3)}
    first, second, third = gallery.items.order_by("position").values_list(
        "photo", flat=True
    )
    data[f"items-{rows[third]}-position"] = 1
    data[f"items-{rows[first]}-position"] = 2
    data[f"items-{rows[second]}-position"] = 3
    data[f"items-{rows[first]}-caption_override"] = "Our words for this gallery."

    response = client.post(url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    items = list(gallery.items.order_by("position"))
    assert [item.photo_id for item in items] == [third, first, second]
    assert items[1].caption == "Our words for this gallery."
    assert items[1].photo.caption == "Caption number 1."


def test_an_empty_gallery_is_saved_but_not_published(client, desk):
    section = SectionFactory()
    response = client.post(
        reverse("admin:galleries_gallery_add"),
        {
            "headline": "In pics: Harbourside go top",
            "slug": "in-pics-harbourside-go-top",
            "standfirst": "The best of the Quayside.",
            "intro": "A big night.",
            "cover": "",
            "section": section.pk,
            "_transition": "publish",
            "published_at": "",
            "seo_description": "",
            "bylines-TOTAL_FORMS": "0",
            "bylines-INITIAL_FORMS": "0",
            "bylines-MIN_NUM_FORMS": "0",
            "bylines-MAX_NUM_FORMS": "1000",
            "items-TOTAL_FORMS": "0",
            "items-INITIAL_FORMS": "0",
            "items-MIN_NUM_FORMS": "0",
            "items-MAX_NUM_FORMS": "1000",
        },
        follow=True,
    )
    html = response.content.decode()
    assert "Add photos to the gallery." in html
    assert "Add at least one author to the byline." in html
    gallery = Gallery.objects.get()
    assert gallery.status == "draft"
    assert gallery.headline == "In pics: Harbourside go top"
    client.logout()
    assert list(client.get("/galleries/").context["galleries"]) == []


def test_lead_photo_is_chosen_by_autocomplete(client, desk):
    from tests.factories import make_photo

    make_photo(title="Duru heads the winner")
    make_photo(title="Fans at the Quayside")
    response = client.get(
        reverse("admin:autocomplete"),
        {
            "term": "duru",
            "app_label": "articles",
            "model_name": "article",
            "field_name": "lead_photo",
        },
    )
    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["Duru heads the winner"]


def test_done_when_ten_wire_photos_become_a_published_gallery(client, desk):
    """The issue's acceptance: upload ten wire JPEGs, reorder, publish, read."""
    from django.utils.html import escape

    from tests.galleries.test_wire_desk import SPELLINGS

    spellings = [
        *SPELLINGS,
        {"credit": "Photo by Antonio Calanni/AP"},
        {"credit": "© AP PHOTO/ANTONIO CALANNI"},
    ]
    captions = [
        f"Harbourside's Emeka Duru, No. {n}, celebrates with Kasper Lunde during "
        "the Premier Division match against Kingsbridge Rovers at the Quayside."
        for n in range(1, 11)
    ]
    files = [
        upload(
            f"quayside-{n:02d}.jpg",
            with_iptc(
                image_bytes((900, 600)),
                caption=caption,
                headline="Premier Division: Harbourside vs Kingsbridge",
                **spelling,
            ),
        )
        for n, (caption, spelling) in enumerate(
            zip(captions, spellings, strict=True), start=1
        )
    ]
    section = SectionFactory()
    add = client.post(
        reverse("admin:galleries_gallery_add"),
        {
            "headline": "In pics: Duru settles it",
            "slug": "in-pics-duru-settles-it",
            "standfirst": "The best of the Quayside.",
            "intro": "A night to remember.",
            "cover": "",
            "section": section.pk,
            "status": "draft",
            "published_at": "",
            "seo_description": "",
            **{
                f"{name}-{key}": value
                for name in ("bylines", "items")
                for key, value in (
                    ("TOTAL_FORMS", "0"),
                    ("INITIAL_FORMS", "0"),
                    ("MIN_NUM_FORMS", "0"),
                    ("MAX_NUM_FORMS", "1000"),
                )
            },
        },
    )
    assert add.status_code == 302, add.context["adminform"].form.errors
    gallery = Gallery.objects.get()

    # Ten files at once; captions and credits prefilled from the files.
    client.post(upload_url(gallery), {"files": files, "order": "name"})
    assert gallery.items.count() == 10
    assert Photographer.objects.get().name == "Antonio Calanni"
    change_url = reverse("admin:galleries_gallery_change", args=[gallery.pk])
    page = client.get(change_url)
    html = page.content.decode()
    for caption in captions:
        assert escape(caption) in html
    assert html.count("AP Photo/Antonio Calanni") >= 10

    # Drag the fifth photo above the second, then publish.
    data = change_form_data(page)
    row_of = {int(data[f"items-{i}-position"]): i for i in range(10)}
    order = list(range(1, 11))
    order.remove(5)
    order.insert(1, 5)
    for new_position, old_position in enumerate(order, start=1):
        data[f"items-{row_of[old_position]}-position"] = new_position
    add_inline_row(data, "bylines", author=AuthorFactory().pk, position="1")
    data["_transition"] = "publish"
    response = client.post(change_url, data, follow=True)

    # Wire files carry no alt text: the order is saved, publication refused.
    gallery.refresh_from_db()
    assert gallery.status == "draft"
    assert [item.caption for item in gallery.items.order_by("position")] == [
        captions[n - 1] for n in order
    ]
    refusal = response.content.decode()
    assert refusal.count("needs alt text") == 10

    for photo in Photo.objects.all():
        photo_url = reverse("admin:galleries_photo_change", args=[photo.pk])
        photo_data = change_form_data(client.get(photo_url))
        photo_data["alt_text"] = f"A footballer in action, picture {photo.pk}."
        assert client.post(photo_url, photo_data).status_code == 302
    response = client.post(
        reverse("admin:galleries_gallery_transition", args=[gallery.pk, "publish"])
    )
    assert response.status_code == 302
    gallery.refresh_from_db()
    assert gallery.is_live
    expected = [captions[n - 1] for n in order]
    assert [item.caption for item in gallery.items.order_by("position")] == expected

    client.logout()
    page = client.get(gallery.get_absolute_url()).content.decode()
    positions = [page.index(escape(caption)) for caption in expected]
    assert positions == sorted(positions)
    assert page.count('<span class="credit">AP Photo/Antonio Calanni</span>') == 10
    for spelling in ("Photo: AP", "Calanni/AP", "CALANNI", ", File"):
        assert spelling not in page
    for number, caption in enumerate(expected, start=1):
        photo_page = client.get(f"{gallery.get_absolute_url()}{number}/")
        html = photo_page.content.decode()
        assert photo_page.status_code == 200
        assert escape(caption) in html
        assert "AP Photo/Antonio Calanni" in html
        assert f"{number} of 10" in html


def test_odd_files_into_a_gallery_each_on_its_own(client, desk):
    """Every good odd file is in the gallery, every refused one is listed,
    and the library holds no photo the gallery doesn't."""
    gallery = GalleryFactory(draft=True, photos=1)
    before = Photo.objects.count()
    odd = odd_uploads()
    files = [upload(name, content) for name, content in odd.items()]
    response = client.post(upload_url(gallery), {"files": files, "order": "name"})

    assert response.status_code == 302
    added = len(odd) - len(ODD_REFUSED)
    assert gallery.items.count() == 1 + added
    assert Photo.objects.count() == before + added
    assert [item.position for item in gallery.items.order_by("position")] == list(
        range(1, 2 + added)
    )
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert messages[0] == f"{added} photos added to the gallery."
    for name, line in zip(odd, messages[1:], strict=True):
        if name in ODD_REFUSED:
            assert line.startswith(f"{name} was not added: {ODD_REFUSED[name]}")
        else:
            assert line == f"{name} was added."


@pytest.mark.parametrize("where", ["ingest", "joining the gallery"])
def test_a_file_that_fails_leaves_no_orphan_in_the_library(
    client, desk, monkeypatch, where
):
    from django.core.files.storage import storages

    from galleries import services
    from tests.galleries.images import stored_files

    gallery = GalleryFactory(draft=True)
    if where == "ingest":
        real = services._render_and_store

        def fail(photo, spec, fmt, image):
            if photo.title == "" and image.size == (500, 300):
                raise OSError("encoding error 5")
            return real(photo, spec, fmt, image)

        monkeypatch.setattr(services, "_render_and_store", fail)
    else:
        real = services._append_to_gallery

        def fail(gallery, photo):
            if photo.width == 500:
                raise RuntimeError("lost the connection")
            return real(gallery, photo)

        monkeypatch.setattr(services, "_append_to_gallery", fail)
    files = [
        upload("1.jpg", image_bytes((600, 400))),
        upload("2.jpg", image_bytes((500, 300))),
        upload("3.jpg", image_bytes((700, 400))),
    ]
    response = client.post(upload_url(gallery), {"files": files, "order": "name"})

    assert response.status_code == 302
    photos = set(Photo.objects.all())
    assert photos == {item.photo for item in gallery.items.all()}
    assert sorted(photo.width for photo in photos) == [600, 700]
    stored = set(stored_files(storages["originals"])) | set(
        stored_files(storages["renditions"])
    )
    assert stored == {
        name
        for photo in photos
        for name in [photo.image.name, *(r.file.name for r in photo.renditions.all())]
    }
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert messages[2].startswith("2.jpg was not added: Something went wrong")
    gallery.refresh_from_db()
    assert gallery.cover.width == 600


def test_a_new_gallery_starts_with_the_photographers_byline(client):
    from newsroom.desk.roles import PHOTO_EDITOR, ensure_roles

    ensure_roles()
    user = UserFactory(username="photodesk", is_staff=True)
    user.groups.add(Group.objects.get(name=PHOTO_EDITOR))
    author = AuthorFactory(name="Lorenzo Abati", user=user)
    client.force_login(user)
    response = client.get(reverse("admin:galleries_gallery_add"))
    formset = next(
        inline.formset
        for inline in response.context["inline_admin_formsets"]
        if inline.formset.model._meta.model_name == "gallerybyline"
    )
    assert [form["author"].value() for form in formset.forms] == [author.pk]


def wire_gallery(photos=10, **values):
    """A draft gallery of wire photos that share one title, as agencies
    send them, with no alt text yet."""
    gallery = GalleryFactory(draft=True)
    for number in range(1, photos + 1):
        photo = make_photo(
            name=f"AP_{number:02d}.jpg",
            title="Premier Division: Harbourside vs Kingsbridge",
            caption=f"Player number {number} celebrates at the Quayside.",
            credit_line="AP Photo/Antonio Calanni",
            **values,
        )
        GalleryItem.objects.create(gallery=gallery, photo=photo, position=number)
    return gallery


def gallery_change_url(gallery):
    return reverse("admin:galleries_gallery_change", args=[gallery.pk])


def test_alt_text_for_every_photo_is_typed_in_the_gallery_rows(client, desk):
    gallery = wire_gallery()
    page = client.get(gallery_change_url(gallery))
    html = page.content.decode()
    # Each row: its position box, the alt text and caption boxes, the moves.
    # (and one more of each in the empty row "Add another" copies)
    assert html.count('class="row-anchor"') == 10
    assert html.count('class="row-position"') == 11
    assert html.count('aria-label="Move to top">To top</button>') == 11
    assert html.count('aria-label="Move to bottom">To bottom</button>') == 11
    assert 'placeholder="Player number 3 celebrates at the Quayside."' in html
    data = change_form_data(page)
    rows = {int(data[f"items-{i}-position"]): i for i in range(10)}
    for position, row in rows.items():
        data[f"items-{row}-alt_text"] = f"  Number {position} runs to the fans.  "
    data["_transition"] = "publish"

    response = client.post(gallery_change_url(gallery), data, follow=True)

    assert response.status_code == 200
    gallery.refresh_from_db()
    assert gallery.status == "published", [
        str(m) for m in get_messages(response.wsgi_request)
    ]
    for item in gallery.items.select_related("photo"):
        assert item.photo.alt_text == f"Number {item.position} runs to the fans."
    # The photo's own history has the change too.
    photo = gallery.items.get(position=4).photo
    versions = Version.objects.get_for_object(photo)
    assert versions[0].field_dict["alt_text"] == "Number 4 runs to the fans."


def test_alt_text_typed_alone_is_a_version_of_each_photo(client, desk):
    gallery = wire_gallery(photos=3)
    page = client.get(gallery_change_url(gallery))
    data = change_form_data(page)
    data["items-1-alt_text"] = "Fans with scarves raised behind the goal."

    assert client.post(gallery_change_url(gallery), data).status_code == 302

    photo = Photo.objects.get(pk=data["items-1-photo"])
    assert photo.alt_text == "Fans with scarves raised behind the goal."
    version = Version.objects.get_for_object(photo).first()  # the newest
    assert version.field_dict["alt_text"] == photo.alt_text
    assert version.revision.get_comment() == "Alt text of 1 photo"
    assert version.revision.user == desk


def test_alt_text_in_a_row_is_shown_not_editable_without_change_photo(client):
    user = UserFactory(username="gallery-only", is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(
            content_type__app_label="galleries",
            codename__in=[
                "view_gallery",
                "change_gallery",
                "view_photo",
                *[f"{do}_galleryitem" for do in ("view", "add", "change", "delete")],
            ],
        )
    )
    client.force_login(user)
    gallery = wire_gallery(photos=2, alt_text="The original words.")
    gallery.created_by = user  # their own draft, which they may edit
    gallery.save()
    page = client.get(gallery_change_url(gallery))
    (rows,) = [
        inline.formset
        for inline in page.context["inline_admin_formsets"]
        if inline.formset.model is GalleryItem
    ]
    assert rows.forms[0].fields["alt_text"].disabled
    data = change_form_data(page)
    data["items-0-alt_text"] = "Overwritten by someone who may not."

    response = client.post(gallery_change_url(gallery), data)

    assert response.status_code == 302
    assert set(Photo.objects.values_list("alt_text", flat=True)) == {
        "The original words."
    }


def test_rows_are_numbered_in_the_order_saved(client, desk):
    gallery = wire_gallery(photos=4, alt_text="A player.")
    page = client.get(gallery_change_url(gallery))
    data = change_form_data(page)
    by_position = {int(data[f"items-{i}-position"]): i for i in range(4)}
    ids = {i: int(data[f"items-{i}-photo"]) for i in range(4)}
    # Typed without script: the last one to "1", two rows both "3".
    data[f"items-{by_position[4]}-position"] = "1"
    data[f"items-{by_position[1]}-position"] = "3"
    data[f"items-{by_position[2]}-position"] = "3"
    data[f"items-{by_position[3]}-position"] = "9"

    assert client.post(gallery_change_url(gallery), data).status_code == 302

    items = list(gallery.items.order_by("position"))
    assert [item.position for item in items] == [1, 2, 3, 4]
    assert [item.photo_id for item in items] == [
        ids[by_position[4]],
        ids[by_position[1]],
        ids[by_position[2]],
        ids[by_position[3]],
    ]


def test_a_refusal_names_each_photo_by_picture_file_and_caption(client, desk):
    gallery = wire_gallery()
    gallery.cover = gallery.items.get(position=2).photo  # also a row: once
    gallery.save()
    response = client.post(
        reverse("admin:galleries_gallery_transition", args=[gallery.pk, "publish"]),
        follow=True,
    )

    gallery.refresh_from_db()
    assert gallery.status == "draft"
    (message,) = list(get_messages(response.wsgi_request))
    assert message.level_tag == "error"
    html = str(message)
    assert html.count("<li>") == 10  # one line a photo, the cover not twice
    for item in gallery.items.select_related("photo"):
        photo = item.photo
        line = html.split(f'<a href="#photo-{photo.pk}">')[0].rsplit("<li>", 1)[1]
        assert f"<strong>{photo.desk_name}</strong> needs alt text." in line
        assert f"<q>Player number {item.position} celebrates" in line
        assert 'class="desk-thumbnail"' in line
    page = response.content.decode()
    assert page.count('class="row-anchor" id="photo-') == 10
