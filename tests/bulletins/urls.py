from django.urls import re_path

from . import views

app_name = "bulletins"

urlpatterns = [
    re_path(
        r"^bulletins/(?P<year>[0-9]{4})/(?P<month>[0-9]{2})/(?P<day>[0-9]{2})/"
        r"(?P<slug>[-\w]+)/$",
        views.detail,
        name="detail",
    ),
]
