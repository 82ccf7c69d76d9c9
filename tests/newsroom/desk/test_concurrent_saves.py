"""Two editors press Save at the same instant: exactly one save wins, the
other gets the conflict page with its text intact, and nothing is lost, on
PostgreSQL and on a file-backed SQLite database (in-memory SQLite can't
have two writers, so that run is a child pytest on a file)."""

import os
import subprocess
import sys
import threading
from functools import partial
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.urls import reverse

from articles.models import Article
from galleries.models import Gallery, Photo
from newsroom.desk.roles import EDITOR, ensure_roles
from tests.admin_forms import change_form_data
from tests.factories import ArticleFactory, GalleryFactory, UserFactory, make_photo

ROOT = Path(__file__).resolve().parents[3]
ROUNDS = 20
FILE_DATABASE = "NEWSROOM_TEST_SQLITE_FILE"


def two_writers_possible():
    return connection.vendor != "sqlite" or os.environ.get(FILE_DATABASE)


def editor(username):
    ensure_roles()
    user = UserFactory(username=username, is_staff=True)
    user.groups.add(Group.objects.get(name=EDITOR))
    client = Client()
    client.force_login(user)
    return client


def change_url(item):
    opts = item._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[item.pk])


def at_once(posts):
    """Run the posts in threads released together; their responses."""
    start = threading.Barrier(len(posts))
    responses = [None] * len(posts)

    def run(index, post):
        try:
            start.wait()
            responses[index] = post()
        finally:
            connection.close()  # this thread's own connection

    threads = [
        threading.Thread(target=run, args=(index, post))
        for index, post in enumerate(posts)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return responses


def race(item, first_field, second_field):
    """ROUNDS rounds of two editors saving the same version at once, each
    changing a different field. Returns nothing; asserts each round."""
    maya, tom = editor("maya"), editor("tom")
    url = change_url(item)
    for round_ in range(ROUNDS):
        maya_form = change_form_data(maya.get(url))
        tom_form = change_form_data(tom.get(url))
        assert maya_form["seen_version"] == tom_form["seen_version"]
        maya_form[first_field] = f"Maya's {first_field}, round {round_}"
        tom_form[second_field] = f"Tom's {second_field}, round {round_}"
        answers = at_once(
            [partial(maya.post, url, maya_form), partial(tom.post, url, tom_form)]
        )
        codes = sorted(answer.status_code for answer in answers)
        assert codes == [200, 302], f"round {round_}: {codes}"
        item.refresh_from_db()
        (won, _), (lost, lost_form) = sorted(
            [(answers[0], maya_form), (answers[1], tom_form)],
            key=lambda pair: pair[0].status_code,
            reverse=True,
        )
        mine, theirs = (
            (first_field, second_field)
            if won is answers[0]
            else (second_field, first_field)
        )
        # The winner's change is saved; the loser's isn't, and is still on
        # the loser's screen with the conflict message.
        assert getattr(item, mine).endswith(f"round {round_}")
        assert not getattr(item, theirs).endswith(f"round {round_}")
        form = lost.context["adminform"].form
        assert form.conflict is not None
        assert form[theirs].value() == lost_form[theirs]


needs_two_writers = pytest.mark.skipif(
    not two_writers_possible(),
    reason="in-memory SQLite: run by test_the_same_on_a_file_backed_sqlite",
)


@needs_two_writers
@pytest.mark.django_db(transaction=True)
def test_two_editors_saving_a_story_at_the_same_instant():
    race(ArticleFactory(headline="Duru scores"), "headline", "standfirst")
    assert Article.objects.count() == 1


@needs_two_writers
@pytest.mark.django_db(transaction=True)
def test_two_editors_saving_a_photo_at_the_same_instant():
    race(make_photo(caption="Duru heads in."), "caption", "alt_text")
    assert Photo.objects.count() == 1


@needs_two_writers
@pytest.mark.django_db(transaction=True)
def test_two_editors_saving_a_gallery_at_the_same_instant():
    gallery = GalleryFactory(photos=3, headline="In pics: the derby")
    race(gallery, "headline", "standfirst")
    assert Gallery.objects.count() == 1
    # The photo rows came through every round whole and in order.
    assert list(gallery.items.values_list("position", flat=True)) == [1, 2, 3]


@pytest.mark.skipif(
    connection.vendor != "sqlite" or bool(os.environ.get(FILE_DATABASE)),
    reason="the in-memory SQLite run starts it",
)
def test_the_same_on_a_file_backed_sqlite(tmp_path):
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            f"{Path(__file__).relative_to(ROOT)}",
            "-k",
            "same_instant",
        ],
        cwd=ROOT,
        env={**os.environ, FILE_DATABASE: str(tmp_path / "test.sqlite3")},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "3 passed" in done.stdout
