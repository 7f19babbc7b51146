from django.urls import path

from mutual.moderation import views

urlpatterns = [
    path("posts/<int:post_id>/report/", views.post_report, name="post-report"),
    path("members/<int:membership_id>/report/", views.member_report, name="member-report"),
    path("moderation/", views.group_moderation, name="group-moderation"),
    path("moderation/reports/<int:report_id>/", views.report_decide, name="report-decide"),
    path("posts/<int:post_id>/moderate/", views.post_moderate, name="post-moderate"),
    path("members/<int:membership_id>/moderate/", views.member_moderate,
         name="member-moderate"),
]
