"""Two people editing one item: the stale save is refused and shown what
changed, nothing typed is lost, and the form warns who else has it open."""

from datetime import datetime, timedelta

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from newsroom.desk.roles import EDITOR, ensure_roles
from newsroom.desk.services import item_transition
from tests.admin_forms import change_form_data
from tests.factories import ArticleFactory, GalleryFactory, UserFactory, make_photo

pytestmark = pytest.mark.django_db

LONDON = timezone.get_default_timezone()
MORNING = datetime(2024, 4, 19, 9, 0, tzinfo=LONDON)


def editor(username, first_name, last_name):
    ensure_roles()
    user = UserFactory(
        username=username, first_name=first_name, last_name=last_name, is_staff=True
    )
    user.groups.add(Group.objects.get(name=EDITOR))
    client = Client()
    client.force_login(user)
    return client, user


def change_url(item):
    opts = item._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[item.pk])


class TestStaleSaves:
    def test_done_when_two_editors_conflicting_saves_lose_nothing(self):
        maya, _ = editor("maya", "Maya", "Okafor")
        tom, _ = editor("tom", "Tom", "Reid")
        article = ArticleFactory(
            headline="Duru scores",
            standfirst="A late goal settles it.",
            body="<p>Duru scored in the 89th minute.</p>",
        )
        url = change_url(article)
        with time_machine.travel(MORNING, tick=False):
            maya_form = change_form_data(maya.get(url))
            tom_form = change_form_data(tom.get(url))

            maya_form["headline"] = "Duru scores the winner"
            assert maya.post(url, maya_form).status_code == 302

        with time_machine.travel(MORNING + timedelta(minutes=2), tick=False):
            tom_form["body"] = "<p>Duru scored in the 90th minute, not the 89th.</p>"
            refused = tom.post(url, tom_form)

        # Refused: Maya's headline is kept, Tom's body is not saved...
        assert refused.status_code == 200
        article.refresh_from_db()
        assert article.headline == "Duru scores the winner"
        assert "89th minute" in article.body
        html = refused.content.decode()
        assert "Maya Okafor saved this at 09:00, 19 April 2024" in html
        # ...but still on his screen, with what differs from the saved story.
        form = refused.context["adminform"].form
        assert "90th minute" in form["body"].value()
        assert form["headline"].value() == "Duru scores"
        changes = {
            label: [(line.sign, line.text) for line in lines]
            for label, lines in form.conflict["changes"]
        }
        assert changes["Headline"] == [
            ("-", "Duru scores the winner"),
            ("+", "Duru scores"),
        ]
        assert ("+", "Duru scored in the 90th minute, not the 89th.") in changes["Body"]
        assert "Duru scores <del>the winner</del>" in html  # the words that differ

        # Tom fixes his headline and saves again, knowingly: it goes through.
        again = change_form_data(refused)
        again["headline"] = "Duru scores the winner"
        assert tom.post(url, again).status_code == 302
        article.refresh_from_db()
        assert article.headline == "Duru scores the winner"
        assert "90th minute" in article.body

    def test_a_workflow_step_in_between_counts_as_a_save(self, journalist):
        maya, _ = editor("maya", "Maya", "Okafor")
        article = ArticleFactory(draft=True)
        url = change_url(article)
        stale = change_form_data(maya.get(url))
        item_transition(article, "submit", journalist)
        assert maya.post(url, stale).status_code == 200
        assert Article.objects.get().status == "review"

    def test_one_editor_saving_twice_is_no_conflict(self):
        maya, _ = editor("maya", "Maya", "Okafor")
        article = ArticleFactory()
        url = change_url(article)
        first = change_form_data(maya.get(url))
        assert maya.post(url, first).status_code == 302
        second = change_form_data(maya.get(url))
        second["headline"] = "Again"
        assert maya.post(url, second).status_code == 302

    def test_galleries_are_protected_too(self):
        maya, _ = editor("maya", "Maya", "Okafor")
        tom, _ = editor("tom", "Tom", "Reid")
        gallery = GalleryFactory(photos=2)
        url = change_url(gallery)
        maya_form = change_form_data(maya.get(url))
        tom_form = change_form_data(tom.get(url))
        maya_form["intro"] = "Maya's intro."
        assert maya.post(url, maya_form).status_code == 302
        tom_form["intro"] = "Tom's intro."
        assert tom.post(url, tom_form).status_code == 200
        gallery.refresh_from_db()
        assert gallery.intro == "Maya's intro."

    def test_photos_are_protected_too(self):
        maya, _ = editor("maya", "Maya", "Okafor")
        tom, _ = editor("tom", "Tom", "Reid")
        photo = make_photo(caption="Duru heads in.")
        url = change_url(photo)
        opened = maya.get(url)
        assert 'type="hidden" name="seen_version" value="1"' in opened.content.decode()
        maya_form = change_form_data(opened)
        tom_form = change_form_data(tom.get(url))
        maya_form["caption"] = "Emeka Duru heads in the winner."
        assert maya.post(url, maya_form).status_code == 302
        tom_form["caption"] = "Duru scores with a header."
        refused = tom.post(url, tom_form)
        assert refused.status_code == 200
        html = refused.content.decode()
        assert "after you opened it" in html
        assert "while you were editing" in html  # and what differs
        photo.refresh_from_db()
        assert photo.caption == "Emeka Duru heads in the winner."
        assert photo.edit_version == 2

    @pytest.mark.parametrize("seen", [None, "", "99", "-1", "one"])
    def test_a_form_without_the_version_it_was_opened_at_is_refused(self, seen):
        maya, _ = editor("maya", "Maya", "Okafor")
        article = ArticleFactory(headline="Duru scores")
        url = change_url(article)
        form = change_form_data(maya.get(url))
        form["headline"] = "Overwritten blind"
        if seen is None:
            del form["seen_version"]
        else:
            form["seen_version"] = seen
        refused = maya.post(url, form)
        assert refused.status_code == 200
        article.refresh_from_db()
        assert article.headline == "Duru scores"
        assert "which version of the item it was opened at" in refused.content.decode()
        # What was typed is still there to copy.
        assert refused.context["adminform"].form["headline"].value() == (
            "Overwritten blind"
        )


class TestPresence:
    def test_form_warns_when_someone_else_opened_it_recently(self):
        maya, _ = editor("maya", "Maya", "Okafor")
        tom, _ = editor("tom", "Tom", "Reid")
        article = ArticleFactory()
        url = change_url(article)
        with time_machine.travel(MORNING, tick=False):
            html = maya.get(url).content.decode()
            assert "opened this" not in html
        with time_machine.travel(MORNING + timedelta(minutes=3), tick=False):
            html = tom.get(url).content.decode()
            assert "Maya Okafor opened this 3\xa0minutes ago." in html
        with time_machine.travel(MORNING + timedelta(minutes=30), tick=False):
            assert "opened this" not in maya.get(url).content.decode()
