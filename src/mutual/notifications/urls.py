from django.urls import path

from mutual.notifications import views

urlpatterns = [
    path("", views.notification_list, name="notifications"),
    path("bell/", views.bell, name="notification-bell"),
    path("read/", views.mark_read, name="notifications-read"),
    path("settings/", views.notification_settings, name="notification-settings"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="notification-unsubscribe"),
    path("<int:pk>/", views.open_notification, name="notification-open"),
]
