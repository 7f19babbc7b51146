from django.apps import AppConfig


class PlacesConfig(AppConfig):
    name = "mutual.places"
    label = "places"
