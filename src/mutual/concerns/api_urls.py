from django.urls import path

from mutual.concerns import api

urlpatterns = [path("concerns/", api.ConcernTreeAPI.as_view(), name="api-concerns")]
