"""Admin form pieces for players and teams: pick existing rows, accept suggestions."""

from django import forms
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from newsroom.text import is_number

from .models import Player, Team
from .suggestions import suggest_tags

KINDS = {"player": Player, "team": Team}


def tag_value(tag):
    """How a suggestion travels in a form: "player:12" or "team:3"."""
    return f"{'player' if isinstance(tag, Player) else 'team'}:{tag.pk}"


def tag_label(tag):
    if isinstance(tag, Player) and tag.team_id:
        return f"{tag.name} ({tag.team.display_name})"
    return tag.name


class TagChoiceField(forms.ModelMultipleChoiceField):
    """Players or teams chosen among existing rows; a name typed that is not
    one of them is an error, never a new tag."""

    def label_from_instance(self, obj):
        return tag_label(obj)


class TagSuggestionsWidget(forms.Widget):
    """Tick boxes for the players and teams the text names.

    The page's script keeps the list current as the text is typed and adds a
    ticked one to the players or teams box at once; without the script, the
    ticked ones are added on save.
    """

    template_name = "admin/tags/tag_suggestions.html"

    class Media:
        js = ["admin/js/jquery.init.js", "newsroom/admin/tag-suggestions.js"]
        css = {"all": ["newsroom/admin/tag-suggestions.css"]}

    def __init__(self, *, sources=(), keywords_field=None, attrs=None):
        super().__init__(attrs)
        self.sources = list(sources)
        self.keywords_field = keywords_field
        self.suggestions = []
        self.unknown = []
        # What the account may do with a name not in the list, and where
        # (`newsroom.tags.admin.tag_desk_abilities`); empty: nothing.
        self.desk = {}
        self.item = ""

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        chosen = set(value or [])
        context["widget"].update(
            {
                "suggestions": [
                    {
                        "value": tag_value(tag),
                        "label": tag_label(tag),
                        "kind": "player" if isinstance(tag, Player) else "team",
                        "checked": tag_value(tag) in chosen,
                    }
                    for tag in self.suggestions
                ],
                "unknown": self.unknown,
                "unknown_id": f"{attrs.get('id') or name}-unknown",
                "desk": self.desk,
                "url": self.desk.get("suggest_url", ""),
                "item": self.item,
                "sources": ",".join(self.sources),
                "keywords_field": self.keywords_field or "",
            }
        )
        return context

    def value_from_datadict(self, data, files, name):
        return data.getlist(name) if hasattr(data, "getlist") else data.get(name, [])


class SuggestedTagsField(forms.Field):
    """The suggestions the journalist ticked, as Player and Team rows."""

    widget = TagSuggestionsWidget

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("label", _("Suggested from the text"))
        kwargs.setdefault(
            "help_text",
            _(
                "Players and teams the text names. Tick one to add it; the list "
                "follows the text as you type."
            ),
        )
        super().__init__(**kwargs)

    def has_changed(self, initial, data):
        # Never a change of its own: a ticked suggestion is a change of the
        # players or teams (`TaggedAdminForm.changed_data` says which), and
        # an untouched box is no change at all.
        return False

    def to_python(self, value):
        wanted = {"player": set(), "team": set()}
        for item in value or []:
            kind, _sep, pk = str(item).partition(":")
            if kind in wanted and is_number(pk) and len(pk) <= 18:
                wanted[kind].add(int(pk))
        return [
            tag
            for kind, pks in wanted.items()
            for tag in KINDS[kind].objects.filter(pk__in=pks)
        ]


class TaggedAdminForm(forms.ModelForm):
    """A content form with players, teams and suggestions from its own text.

    `suggestion_sources` names the fields whose text suggests tags;
    `suggestion_keywords` a list field of keywords (a photo's IPTC keywords).
    """

    suggestion_sources = ()
    suggestion_keywords = None
    # Set per request by the admin (`TaggedAdminMixin.get_form`).
    tag_desk = {}

    suggested_tags = SuggestedTagsField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("suggested_tags")
        if field is None:
            return
        widget = field.widget
        widget.sources = list(self.suggestion_sources)
        widget.keywords_field = self.suggestion_keywords
        widget.desk = dict(self.tag_desk)
        if self.instance.pk:
            opts = self.instance._meta
            widget.item = f"{opts.app_label}.{opts.model_name}:{self.instance.pk}"
        if self.instance.pk and not self.is_bound:
            widget.suggestions, widget.unknown = self.saved_suggestions()

    def saved_suggestions(self):
        """What the saved text suggests, less what is already tagged, and
        the names it contains that match no player or team."""
        instance = self.instance
        text = "\n".join(
            strip_tags(str(getattr(instance, name, "") or ""))
            for name in self.suggestion_sources
        )
        keywords = (
            getattr(instance, self.suggestion_keywords, None) or []
            if self.suggestion_keywords
            else []
        )
        found = suggest_tags(text, keywords=keywords, unknown=True)
        tagged = {
            *(("player", pk) for pk in instance.players.values_list("pk", flat=True)),
            *(("team", pk) for pk in instance.teams.values_list("pk", flat=True)),
        }
        suggestions = [
            tag
            for tag in [*found.players, *found.teams]
            if (tag_value(tag).split(":")[0], tag.pk) not in tagged
        ]
        return suggestions, found.unknown

    @property
    def changed_data(self):
        """Django's, with each ticked suggestion counted as a change of the
        players or teams it joins: what the version and history name."""
        changed = list(super().changed_data)
        ticked = getattr(self, "cleaned_data", {}).get("suggested_tags") or []
        for tag in ticked:
            name = "players" if isinstance(tag, Player) else "teams"
            if name in self.fields and name not in changed:
                changed.append(name)
        return changed

    def clean(self):
        cleaned = super().clean()
        for tag in cleaned.get("suggested_tags") or []:
            name = "players" if isinstance(tag, Player) else "teams"
            if name in cleaned:
                chosen = list(cleaned[name] or [])
                if tag not in chosen:
                    cleaned[name] = [*chosen, tag]
        return cleaned


class SquadForm(forms.Form):
    """A whole squad at once: a team, and its players one a line."""

    team = forms.ModelChoiceField(
        queryset=Team.objects.all(),
        label=_("Team"),
        help_text=_("The team every player below plays for."),
    )
    names = forms.CharField(
        label=_("Players"),
        widget=forms.Textarea(attrs={"rows": 16, "cols": 60}),
        max_length=20_000,
        error_messages={"required": _("Write at least one player's name.")},
        help_text=_(
            "One player a line, as the team sheet writes them, e.g. “1 Alisson "
            "Becker, Goalkeeper”, “Virgil van Dijk (Defender)” or just “Mohamed "
            "Salah”. A shirt number in front is ignored; a position after a "
            "comma, a tab, a dash or in brackets is kept. Players already in "
            "the team are left as they are."
        ),
    )

    def __init__(self, *args, admin_site=None, **kwargs):
        super().__init__(*args, **kwargs)
        if admin_site is not None:
            from django.contrib.admin.widgets import AutocompleteSelect

            field = self.fields["team"]
            field.widget = AutocompleteSelect(
                Player._meta.get_field("team"), admin_site
            )
            field.widget.choices = field.choices

    def clean_names(self):
        from .services import squad_lines

        lines = squad_lines(self.cleaned_data["names"])
        if not lines:
            raise forms.ValidationError(_("Write at least one player's name."))
        if len(lines) > 200:
            raise forms.ValidationError(
                _("At most 200 players at once; this list has %(n)d.")
                % {"n": len(lines)}
            )
        return self.cleaned_data["names"]
