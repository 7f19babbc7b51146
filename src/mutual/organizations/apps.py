from django.apps import AppConfig


class OrganizationsConfig(AppConfig):
    name = "mutual.organizations"
    label = "organizations"
