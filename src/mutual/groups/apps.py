from django.apps import AppConfig


class GroupsConfig(AppConfig):
    name = "mutual.groups"
    label = "groups"

    def ready(self) -> None:
        from mutual.groups import permissions  # noqa: F401  (registers the rules)
