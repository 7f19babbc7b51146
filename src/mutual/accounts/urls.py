from django.urls import path

from mutual.accounts import views

urlpatterns = [
    path("settings/", views.settings_view, name="account-settings"),
    path("tokens/", views.create_token_view, name="account-token-create"),
    path("tokens/<int:pk>/revoke/", views.revoke_token_view, name="account-token-revoke"),
]
