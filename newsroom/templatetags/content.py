"""`{% card item %}`: one item of any registered content type, as its own
card template shows it in lists (see `newsroom.content`)."""

from django import template

from newsroom.content import kind_of

register = template.Library()


@register.simple_tag(takes_context=True)
def card(context, item, **options):
    kind = kind_of(item)
    if kind is None:
        return ""
    card_template = context.template.engine.get_template(kind.card_template)
    with context.push(**{kind.item_name: item, **options}):
        return card_template.render(context)
