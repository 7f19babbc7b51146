from django.apps import AppConfig


class DiscussionsConfig(AppConfig):
    name = "mutual.discussions"
    label = "discussions"

    def ready(self) -> None:
        from mutual.discussions import permissions  # noqa: F401  (registers the rules)
