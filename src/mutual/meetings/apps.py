from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeetingsConfig(AppConfig):
    name = "mutual.meetings"
    verbose_name = _("Meetings")

    def ready(self) -> None:
        from mutual.meetings import permissions  # noqa: F401  (registers the rules)
