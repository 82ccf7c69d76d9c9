"""What every admin list's bulk action is given is checked before the
action runs: Django filters the list by the ticked ids as they came, and an
id that is not one (a hand-made or damaged form) fails in the database."""

from django.contrib import messages
from django.contrib.admin import helpers
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.utils.translation import gettext as _


class AdminSelectionMiddleware:
    """A bulk action posted with ticked ids that are not ids of the list's
    kind does nothing and says so, back on the list (with its filters):
    for every admin list, Django's own included."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        model_admin = getattr(view_func, "model_admin", None)
        if model_admin is None or request.method != "POST":
            return None
        selected = request.POST.getlist(helpers.ACTION_CHECKBOX_NAME)
        if not selected:
            return None
        pk = model_admin.model._meta.pk
        try:
            for value in selected:
                # The field's validators hold the database's integer range.
                pk.run_validators(pk.to_python(value))
        except (ValidationError, ValueError, TypeError, OverflowError):
            messages.error(
                request,
                _(
                    "Nothing was done: the selection holds something that is not "
                    "an item of this list. Tick the items again and retry."
                ),
            )
            return HttpResponseRedirect(request.get_full_path())
        return None
