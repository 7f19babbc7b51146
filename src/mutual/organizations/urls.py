from django.urls import path

from mutual.organizations import governance_views, profile_views, views

urlpatterns = [
    path("", views.organization_list, name="organization-list"),
    path("<slug:slug>/", views.organization_detail, name="organization-detail"),
    path("<slug:slug>/edit/", profile_views.organization_edit, name="organization-edit"),
    path(
        "<slug:slug>/governance/", governance_views.organization_governance,
        name="organization-governance",
    ),
]
