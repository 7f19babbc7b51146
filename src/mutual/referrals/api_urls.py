from django.urls import path

from mutual.referrals import api, match_api

urlpatterns = [
    path("referrals/", api.ReferralListAPI.as_view(), name="api-referrals"),
    path("referrals/<int:pk>/", api.ReferralDetailAPI.as_view(), name="api-referral-detail"),
    path("match/", match_api.MatchAPI.as_view(), name="api-match"),
    path("referrals/<int:pk>/transitions/", api.ReferralMoveAPI.as_view(),
         name="api-referral-move"),
]
