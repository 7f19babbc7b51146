from django.urls import path

from mutual.meetings import calendar, views

urlpatterns = [
    path("", views.finder, name="meeting-finder"),
    path("now/", views.now, name="meetings-now"),
    path("<int:pk>/", views.meeting_detail, name="meeting-detail"),
    path("<int:pk>/meeting.ics", calendar.meeting_calendar, name="meeting-ics"),
]
