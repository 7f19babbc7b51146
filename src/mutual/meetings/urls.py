from django.urls import path

from mutual.meetings import calendar, manage, participation, views

urlpatterns = [
    path("", views.finder, name="meeting-finder"),
    path("now/", views.now, name="meetings-now"),
    path("<int:pk>/", views.meeting_detail, name="meeting-detail"),
    path("<int:pk>/meeting.ics", calendar.meeting_calendar, name="meeting-ics"),
    path("<int:pk>/edit/", manage.meeting_edit, name="meeting-edit"),
    path("<int:pk>/occurrences/<str:day>/", manage.meeting_occurrence, name="meeting-occurrence"),
    path("<int:pk>/pauses/", manage.meeting_pauses, name="meeting-pauses"),
    path("<int:pk>/history/", manage.meeting_history, name="meeting-history"),
    path("<int:pk>/occurrences/<str:day>/attend/", participation.attend, name="meeting-attend"),
    path(
        "<int:pk>/occurrences/<str:day>/headcount/", participation.headcount,
        name="meeting-headcount",
    ),
    path("<int:pk>/report/", participation.report, name="meeting-report"),
    path(
        "reminders/unsubscribe/<str:token>/", participation.unsubscribe,
        name="meeting-reminders-unsubscribe",
    ),
]
