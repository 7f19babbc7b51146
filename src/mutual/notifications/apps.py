from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "mutual.notifications"
    label = "notifications"

    def ready(self) -> None:
        from mutual.notifications import permissions  # noqa: F401  (registers the rules)
