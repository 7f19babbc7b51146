from django.urls import path

from mutual.concerns import views

urlpatterns = [
    path("", views.concern_list, name="concern-list"),
    path("<slug:slug>/", views.concern_detail, name="concern-detail"),
]
