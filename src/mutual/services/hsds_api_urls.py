from django.urls import path

from mutual.services import hsds_api

urlpatterns = [
    path("hsds/", hsds_api.RootAPI.as_view(), name="api-hsds"),
    path("hsds/services/", hsds_api.ServiceListAPI.as_view(), name="api-hsds-services"),
    path("hsds/services/<str:hsds_id>/", hsds_api.ServiceDetailAPI.as_view(),
         name="api-hsds-service"),
    path("hsds/organizations/", hsds_api.OrganizationListAPI.as_view(),
         name="api-hsds-organizations"),
    path("hsds/organizations/<str:hsds_id>/", hsds_api.OrganizationDetailAPI.as_view(),
         name="api-hsds-organization"),
    path("hsds/service_at_locations/", hsds_api.ServiceAtLocationListAPI.as_view(),
         name="api-hsds-service-at-locations"),
    path("hsds/service_at_locations/<str:hsds_id>/", hsds_api.ServiceAtLocationDetailAPI.as_view(),
         name="api-hsds-service-at-location"),
]
