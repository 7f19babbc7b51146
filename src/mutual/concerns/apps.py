from django.apps import AppConfig


class ConcernsConfig(AppConfig):
    name = "mutual.concerns"
    label = "concerns"
