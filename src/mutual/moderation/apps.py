from django.apps import AppConfig


class ModerationConfig(AppConfig):
    name = "mutual.moderation"
    label = "moderation"

    def ready(self) -> None:
        from mutual.moderation import permissions  # noqa: F401  (registers the rules)
