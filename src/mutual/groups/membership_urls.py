from django.urls import path

from mutual.groups import membership_views as views

urlpatterns = [
    path("join/", views.group_join, name="group-join"),
    path("leave/", views.group_leave, name="group-leave"),
    path("membership/", views.membership_settings, name="membership-settings"),
    path("members/", views.group_members, name="group-members"),
    path("members/<int:membership_id>/decide/", views.membership_decide,
         name="membership-decide"),
    path("members/<int:membership_id>/role/", views.membership_role, name="membership-role"),
    path("invitations/", views.group_invitations, name="group-invitations"),
    path("invitations/<int:invitation_id>/revoke/", views.invitation_revoke,
         name="invitation-revoke"),
]
