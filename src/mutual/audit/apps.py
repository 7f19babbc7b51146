from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "mutual.audit"
    label = "audit"
