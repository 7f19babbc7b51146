from django.urls import path

from mutual.discussions import views

urlpatterns = [
    path("threads/", views.thread_list, name="thread-list"),
    path("threads/new/", views.thread_create, name="thread-create"),
    path("threads/<int:thread_id>/", views.thread_detail, name="thread-detail"),
    path("threads/<int:thread_id>/posts/", views.thread_posts, name="thread-posts"),
    path("threads/<int:thread_id>/reply/", views.thread_reply, name="thread-reply"),
    path("threads/<int:thread_id>/pin/", views.thread_pin, name="thread-pin"),
    path("posts/<int:post_id>/edit/", views.post_edit, name="post-edit"),
    path("posts/<int:post_id>/delete/", views.post_delete, name="post-delete"),
    path("posts/<int:post_id>/thank/", views.post_thank, name="post-thank"),
    path("milestones/", views.group_milestones, name="group-milestones"),
    path("milestones/<int:milestone_id>/", views.milestone_edit, name="milestone-edit"),
    path("milestones/<int:milestone_id>/delete/", views.milestone_delete,
         name="milestone-delete"),
]
