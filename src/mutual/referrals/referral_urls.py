from django.urls import path

from mutual.referrals import referral_views

urlpatterns = [
    path("", referral_views.referral_dashboard, name="referral-dashboard"),
    path("inbox/", referral_views.referral_inbox, name="referral-inbox"),
    path("<int:pk>/", referral_views.referral_detail, name="referral-detail"),
    path("<int:pk>/move/", referral_views.referral_move, name="referral-move"),
]
