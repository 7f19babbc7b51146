from django.urls import include, path

from mutual.organizations import contact_views, governance_views, profile_views, views
from mutual.services.urls import organization_urlpatterns

urlpatterns = [
    path("", views.organization_list, name="organization-list"),
    path("<slug:slug>/", views.organization_detail, name="organization-detail"),
    path("<slug:slug>/edit/", profile_views.organization_edit, name="organization-edit"),
    path(
        "<slug:slug>/governance/", governance_views.organization_governance,
        name="organization-governance",
    ),
    path("<slug:slug>/contact/", contact_views.organization_contact, name="organization-contact"),
    path("<slug:slug>/", include(organization_urlpatterns)),
    path("<slug:slug>/assessments/", include("mutual.assessments.urls")),
]
