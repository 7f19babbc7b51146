from django.urls import path

from mutual.organizations import views

urlpatterns = [
    path("", views.organization_list, name="organization-list"),
    path("<slug:slug>/", views.organization_detail, name="organization-detail"),
]
