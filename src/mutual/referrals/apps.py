from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReferralsConfig(AppConfig):
    name = "mutual.referrals"
    label = "referrals"
    verbose_name = _("Referrals")

    def ready(self) -> None:
        from mutual.referrals import permissions  # noqa: F401  (registers the rules)
