from django.urls import path

from . import views

app_name = "galleries"

urlpatterns = [
    path(
        "photographers/<slug:slug>/",
        views.PhotographerView.as_view(),
        name="photographer",
    ),
    path("renditions/<str:token>/", views.rendition, name="rendition"),
]
