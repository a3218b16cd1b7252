from django.urls import path

from . import sighting_views, views

urlpatterns = [
    path("lessen/delen/", views.share_lesson, name="share_lesson"),
    path(
        "lessen/delen/vergelijkbaar/",
        views.similar_bottlenecks_json,
        name="similar_bottlenecks",
    ),
    path("lessen/delen/<int:page_id>/", views.revise_lesson, name="revise_lesson"),
    path("mijn-bijdragen/", views.my_contributions, name="my_contributions"),
    path(
        "lessen/<int:page_id>/wij-zien-dit-ook/",
        sighting_views.record_sighting,
        name="record_sighting",
    ),
    path("lessen/wij-zien-dit-ook/", sighting_views.sightings_review, name="sightings_review"),
    path(
        "lessen/wij-zien-dit-ook/<int:pk>/beoordelen/",
        sighting_views.sighting_decide,
        name="sighting_decide",
    ),
]
