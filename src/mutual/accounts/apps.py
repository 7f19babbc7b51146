from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "mutual.accounts"
    label = "accounts"
