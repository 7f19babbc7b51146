from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "mutual.core"
    label = "core"
