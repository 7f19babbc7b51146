from django.urls import path

from mutual.notifications import api

urlpatterns = [
    path("notifications/", api.NotificationListAPI.as_view(), name="api-notifications"),
    path("notifications/read/", api.MarkReadAPI.as_view(), name="api-notifications-read"),
    path("notifications/unread-count/", api.UnreadCountAPI.as_view(),
         name="api-notifications-unread-count"),
]
