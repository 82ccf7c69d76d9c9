from django.urls import re_path

from . import views

app_name = "articles"

DATE = r"^(?P<year>[0-9]{4})/"

urlpatterns = [
    re_path(DATE + "$", views.ArticleYearArchiveView.as_view(), name="year"),
    re_path(
        DATE + r"(?P<month>[0-9]{2})/$",
        views.ArticleMonthArchiveView.as_view(),
        name="month",
    ),
    re_path(
        DATE + r"(?P<month>[0-9]{2})/(?P<day>[0-9]{2})/$",
        views.ArticleDayArchiveView.as_view(),
        name="day",
    ),
    re_path(
        r"^(?P<year>[0-9]{4})/(?P<month>[0-9]{2})/(?P<day>[0-9]{2})/(?P<slug>[-\w]+)/$",
        views.ArticleDetailView.as_view(),
        name="detail",
    ),
]
