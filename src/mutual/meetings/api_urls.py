from django.urls import path

from mutual.meetings import api

urlpatterns = [
    path("meetings/", api.MeetingFinderAPI.as_view(), name="api-meetings"),
    path("meetings/<int:pk>/", api.MeetingDetailAPI.as_view(), name="api-meeting-detail"),
]
