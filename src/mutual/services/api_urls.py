from django.urls import path

from mutual.services import api

urlpatterns = [
    path("services/", api.ServiceListAPI.as_view(), name="api-services"),
    path("services/<uuid:hsds_id>/", api.ServiceDetailAPI.as_view(), name="api-service-detail"),
    path("organizations/<slug:slug>/services/", api.OrganizationServicesAPI.as_view(),
         name="api-organization-services"),
    path("organizations/<slug:slug>/locations/", api.OrganizationLocationsAPI.as_view(),
         name="api-organization-locations"),
    path("locations/<uuid:hsds_id>/", api.LocationDetailAPI.as_view(),
         name="api-location-detail"),
]
