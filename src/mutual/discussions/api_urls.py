from django.urls import path

from mutual.discussions import api

urlpatterns = [
    path("groups/<slug:slug>/threads/", api.GroupThreadsAPI.as_view(), name="api-group-threads"),
    path("threads/<int:thread_id>/", api.ThreadAPI.as_view(), name="api-thread"),
    path("threads/<int:thread_id>/posts/", api.ThreadPostsAPI.as_view(), name="api-thread-posts"),
    path("posts/<int:post_id>/", api.PostAPI.as_view(), name="api-post"),
    path("posts/<int:post_id>/thanks/", api.PostThanksAPI.as_view(), name="api-post-thanks"),
    path("groups/<slug:slug>/milestones/", api.GroupMilestonesAPI.as_view(),
         name="api-group-milestones"),
    path("milestones/<int:milestone_id>/", api.MilestoneAPI.as_view(), name="api-milestone"),
]
