from django.apps import AppConfig


class OrganizationsConfig(AppConfig):
    name = "mutual.organizations"
    label = "organizations"

    def ready(self) -> None:
        from mutual.organizations import permissions  # noqa: F401  (registers the rules)
