from django.urls import path

from mutual.moderation import api

urlpatterns = [
    path("reports/", api.ReportAPI.as_view(), name="api-reports"),
    path("groups/<slug:slug>/moderation/queue/", api.GroupQueueAPI.as_view(),
         name="api-group-moderation-queue"),
    path("moderation/queue/", api.PlatformQueueAPI.as_view(), name="api-moderation-queue"),
    path("posts/<int:post_id>/moderation/", api.PostModerationAPI.as_view(),
         name="api-post-moderation"),
    path("groups/<slug:slug>/members/<int:membership_id>/moderation/",
         api.MemberModerationAPI.as_view(), name="api-member-moderation"),
    path("moderation/decisions/", api.DecisionListAPI.as_view(), name="api-moderation-decisions"),
    path("moderation/decisions/<int:action_id>/appeal/", api.AppealAPI.as_view(),
         name="api-moderation-appeal"),
]
