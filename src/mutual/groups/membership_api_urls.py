from django.urls import path

from mutual.groups import membership_api as api

urlpatterns = [
    path("groups/<slug:slug>/membership/", api.MyMembershipAPI.as_view(),
         name="api-membership"),
    path("groups/<slug:slug>/members/", api.MemberListAPI.as_view(), name="api-members"),
    path("groups/<slug:slug>/members/<int:membership_id>/decision/", api.DecisionAPI.as_view(),
         name="api-member-decision"),
    path("groups/<slug:slug>/members/<int:membership_id>/role/", api.RoleAPI.as_view(),
         name="api-member-role"),
    path("groups/<slug:slug>/invitations/", api.InvitationListAPI.as_view(),
         name="api-invitations"),
    path("groups/<slug:slug>/invitations/<int:invitation_id>/revoke/",
         api.InvitationRevokeAPI.as_view(), name="api-invitation-revoke"),
    path("invitations/accept/", api.AcceptInvitationAPI.as_view(),
         name="api-invitation-accept"),
]
