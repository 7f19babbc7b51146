from django.urls import path

from mutual.organizations import api, governance_api

urlpatterns = [
    path("organizations/", api.OrganizationListAPI.as_view(), name="api-organizations"),
    path(
        "organizations/<slug:slug>/", api.OrganizationDetailAPI.as_view(),
        name="api-organization-detail",
    ),
    path(
        "organizations/<slug:slug>/governance/", governance_api.GovernanceAPI.as_view(),
        name="api-organization-governance",
    ),
]
