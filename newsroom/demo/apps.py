from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The fictional desk for development and tests: never installed in
    production (`newsroom.settings.prod` leaves it out; the wheel too)."""

    name = "newsroom.demo"
    label = "demo"
    verbose_name = _("Demo desk")
