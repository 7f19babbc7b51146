from django.urls import include, path

from mutual.groups import views
from mutual.meetings import calendar, manage, participation

urlpatterns = [
    path("", views.directory, name="directory"),
    path("<slug:slug>/", views.group_detail, name="group-detail"),
    path("<slug:slug>/contact/", views.group_contact, name="group-contact"),
    path("<slug:slug>/edit/", views.group_edit, name="group-edit"),
    path("<slug:slug>/meetings.ics", calendar.group_calendar, name="group-meetings-ics"),
    path("<slug:slug>/meetings/new/", manage.meeting_create, name="meeting-create"),
    path("<slug:slug>/meetings/reports/", participation.reports, name="meeting-reports"),
    path("<slug:slug>/", include("mutual.groups.membership_urls")),
    path("<slug:slug>/", include("mutual.discussions.urls")),
    path("<slug:slug>/", include("mutual.moderation.group_urls")),
]
