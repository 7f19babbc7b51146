from django.urls import path

from mutual.groups import api

urlpatterns = [
    path("groups/", api.GroupListAPI.as_view(), name="api-groups"),
    path("groups/<slug:slug>/", api.GroupDetailAPI.as_view(), name="api-group-detail"),
]
