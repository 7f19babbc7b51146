from django.urls import path

from mutual.moderation import views

urlpatterns = [
    path("", views.moderation_queue, name="moderation-queue"),
    path("decisions/", views.decisions, name="moderation-decisions"),
    path("actions/<int:action_id>/appeal/", views.appeal, name="moderation-appeal"),
    path("appeals/<int:appeal_id>/", views.appeal_answer, name="appeal-answer"),
]
