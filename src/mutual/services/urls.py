from django.urls import path

from mutual.services import views

urlpatterns = [
    path("", views.service_search, name="service-search"),
]

# Under /organizations/<slug>/: "manage" is never a service's slug.
organization_urlpatterns = [
    path("services/manage/", views.service_manage, name="service-manage"),
    path("services/manage/new/", views.service_create, name="service-create"),
    path("services/<slug:service_slug>/", views.service_detail, name="service-detail"),
    path("services/<slug:service_slug>/edit/", views.service_edit, name="service-edit"),
    path("services/<slug:service_slug>/delete/", views.service_delete, name="service-delete"),
    path("locations/", views.location_list, name="location-list"),
    path("locations/new/", views.location_create, name="location-create"),
    path("locations/<int:pk>/edit/", views.location_edit, name="location-edit"),
    path("locations/<int:pk>/delete/", views.location_delete, name="location-delete"),
]
