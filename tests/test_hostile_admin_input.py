"""No input a desk account can type makes a 5xx in the admin.

Every admin URL pattern is filled with a live object's values (the object's
own id, its versions, its preview links) and asked as a superuser with
each hostile value in the query (every value in every key the admin's
lists, choosers and custom screens read), with each hostile value in place
of each path parameter, and with hostile ids in a list's bulk action. Each
answer must be a page (200, 30x, 400, 403, 404, 405, 410), never a server
error, on SQLite and PostgreSQL alike.
"""

from urllib.parse import quote

import pytest
import reversion
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.urls import URLResolver, get_resolver

from galleries.models import GalleryItem
from newsroom.desk.previews import preview_link_create
from newsroom.desk.revisions import versions_of
from newsroom.tags.services import tag_request_create
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    GalleryFactory,
    PlayerFactory,
    SectionFactory,
    TeamFactory,
    UserFactory,
    make_photo,
)
from tests.test_hostile_input import HOSTILE
from tests.test_zero_leaks import PARAM, fill, params

pytestmark = pytest.mark.django_db

#: Addresses that act on a POST, or answer GET with a confirmation of the act.
ACTS = ("/delete/", "/revert/", "/revoke/", "/transition/<slug:name>/", "/share/")
ALLOWED = {200, 301, 302, 304, 400, 403, 404, 405, 410}
#: What the admin's lists, choosers, autocompletes and custom screens read
#: from the query.
LIST_KEYS = [
    "q",
    "p",
    "o",
    "e",
    "all",
    "term",
    "page",
    "app_label",
    "model_name",
    "field_name",
    "_to_field",
    "_popup",
    "_changelist_filters",
    "status__exact",
    "section__id__exact",
    "pub_date__year",
    "id__exact",
    "text",
    "kind",
]


def admin_routes():
    """Every admin pattern as text, beside the admin's catch-all."""

    def walk(patterns, prefix):
        for pattern in patterns:
            route = prefix + str(pattern.pattern).removeprefix("^").removesuffix("$")
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, route)
            elif route.startswith("admin/"):
                yield route

    return list(walk(get_resolver().url_patterns, ""))


@pytest.fixture
def world(client):
    team = TeamFactory(name="Harbourside Athletic", slug="harbourside-athletic")
    player = PlayerFactory(name="Emeka Duru", slug="emeka-duru", team=team)
    section = SectionFactory(name="Football", slug="football")
    author = AuthorFactory(name="Maya Okafor", slug="maya-okafor")
    lead = make_photo(caption="Duru heads the winner.")
    with reversion.create_revision():
        article = ArticleFactory(
            headline="Duru settles the derby",
            section=section,
            authors=[author],
            lead_photo=lead,
        )
        gallery = GalleryFactory(headline="In pics: the derby", section=section)
    shot = make_photo(caption="Duru celebrates.")
    GalleryItem.objects.create(gallery=gallery, photo=shot, position=1)
    with reversion.create_revision():
        lead.save()
    admin = UserFactory(username="chief", is_staff=True, is_superuser=True)
    link = preview_link_create(article, user=admin)
    tag_request_create("Sami Haddad", kind="player", user=admin, item=article)
    client.force_login(admin)
    # A server error is an answer to count, not an exception to stop at.
    client.raise_request_exception = False
    return {
        "article": article,
        "gallery": gallery,
        "photo": lead,
        "player": player,
        "team": team,
        "admin": admin,
        "link": link,
    }


def model_of(route):
    parts = route.split("/")
    if len(parts) < 3:
        return None
    try:
        return apps.get_model(parts[1], parts[2])
    except (LookupError, ValueError):
        return None


def good_values(route, world):
    """The route's parameters filled so that it names a real object."""
    model = model_of(route)
    obj = model._default_manager.order_by("pk").first() if model else None
    version = (
        versions_of(obj).first()
        if obj is not None and reversion.is_registered(model)
        else None
    )
    if route.startswith("admin/r/"):  # "view on site": the story's own id
        obj = world["article"]
    values = {
        "object_id": obj.pk if obj is not None else 1,
        "pk": obj.pk if obj is not None else 1,
        "content_type_id": ContentType.objects.get_for_model(world["article"]).pk,
        "version_id": version.pk if version else 1,
        "link_id": world["link"].pk,
        "id": world["admin"].pk,
        "name": "publish",
        "model": "player",
        "rest": "",
        "app_label": "articles",
        "url": "nothing-here/",
    }
    return {name: values[name] for name in params(route)}


def addresses(world):
    for route in admin_routes():
        if PARAM.search(route) is None or params(route):
            yield route, fill(route, good_values(route, world))


def is_list(route):
    """Changelists, choosers and the admin's own query-reading screens."""
    return route.endswith(("/", "suggest/")) and (
        route.count("/") == 3 or route in {"admin/autocomplete/", "admin/"}
    )


def test_every_admin_address_is_filled_with_a_real_object(client, world):
    """The fuzz below starts from pages that work, so it reaches the code
    past each view's lookup."""
    for route, url in addresses(world):
        if "<path:object_id>" not in route or route.endswith(ACTS):
            continue
        status = client.get(url).status_code
        assert status in {200, 302}, (status, url)


def test_hostile_query_values_never_make_a_server_error(client, world):
    failures = []
    for route, url in addresses(world):
        if route == "admin/logout/":
            continue
        for value in HOSTILE:
            if is_list(route):
                asked = [{key: value} for key in LIST_KEYS]
            else:
                asked = [dict.fromkeys(LIST_KEYS, value)]
            for query in asked:
                status = client.get(url, query).status_code
                if status not in ALLOWED:
                    failures.append((status, url, sorted(query)[:2], value[:20]))
    assert not failures, failures[:20]


def test_hostile_path_values_never_make_a_server_error(client, world):
    failures = []
    for route in admin_routes():
        if route == "admin/logout/":
            continue
        values = good_values(route, world)
        for name in params(route):
            for value in [*HOSTILE, "1/../2", "_5f"]:
                url = fill(route, {**values, name: quote(value, safe="")})
                status = client.get(url).status_code
                if status not in ALLOWED:
                    failures.append((status, url[:80]))
    assert not failures, failures[:20]


def test_hostile_ids_in_a_bulk_action_never_make_a_server_error(client, world):
    failures = []
    for route, url in addresses(world):
        if not (is_list(route) and route.count("/") == 3 and model_of(route)):
            continue
        for value in HOSTILE:
            response = client.post(
                url,
                {
                    "action": "delete_selected",
                    "_selected_action": [value],
                    "index": "0",
                },
            )
            if response.status_code not in ALLOWED:
                failures.append((response.status_code, url, value[:20]))
    assert not failures, failures[:20]


def test_a_gallery_upload_address_with_no_number_is_not_found(client, world):
    assert client.get("/admin/galleries/gallery/abc/upload/").status_code == 404
    upload = f"/admin/galleries/gallery/{world['gallery'].pk}/upload/"
    assert client.get(upload).status_code == 200


def test_nul_in_an_autocomplete_term_is_a_bad_request(client, world):
    response = client.get(
        "/admin/autocomplete/",
        {
            "term": "Du\x00ru",
            "app_label": "articles",
            "model_name": "article",
            "field_name": "section",
        },
    )
    assert response.status_code == 400
    assert "We can’t read that address" in response.content.decode()


def test_a_bulk_action_with_a_damaged_selection_does_nothing_and_says_so(client, world):
    from articles.models import Article

    article = world["article"]
    response = client.post(
        "/admin/articles/article/?status__exact=draft",
        {
            "action": "delete_selected",
            "_selected_action": [str(article.pk), "99999999999999999999"],
            "index": "0",
        },
        follow=True,
    )
    back = response.redirect_chain[0][0]
    assert back == "/admin/articles/article/?status__exact=draft"
    assert "Nothing was done" in response.content.decode()
    assert Article.objects.filter(pk=article.pk).exists()


def test_a_date_filter_the_database_cannot_bound_is_a_bad_filter(client, world):
    response = client.get("/admin/articles/article/", {"pub_date__year": "0"})
    assert response.status_code == 302
    assert response["Location"].endswith("?e=1")
