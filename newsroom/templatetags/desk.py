"""`{% desk_dashboard %}`: the blocks of the desk's dashboard this account
sees (see `newsroom.desk.dashboard`), on the admin's index page."""

from django import template

from newsroom.desk.dashboard import blocks_for

register = template.Library()


@register.inclusion_tag("admin/newsroom/dashboard/dashboard.html", takes_context=True)
def desk_dashboard(context):
    return {"blocks": blocks_for(context["request"]), "request": context["request"]}
