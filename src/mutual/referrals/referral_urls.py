from django.urls import path

from mutual.referrals import match_views, new_views, referral_views, self_views

urlpatterns = [
    path("", referral_views.referral_dashboard, name="referral-dashboard"),
    path("match/", match_views.referral_match, name="referral-match"),
    path("inbox/", referral_views.referral_inbox, name="referral-inbox"),
    path("new/", new_views.referral_new, name="referral-new"),
    path("sent/", new_views.referral_sent, name="referral-sent"),
    path("<int:pk>/", referral_views.referral_detail, name="referral-detail"),
    path("<int:pk>/move/", referral_views.referral_move, name="referral-move"),
    path("export.csv", referral_views.referral_export, name="referral-export"),
    path("handout/", referral_views.referral_handout, name="referral-handout"),
    path("handout.pdf", referral_views.referral_handout_pdf, name="referral-handout-pdf"),
    path("ask/group/<slug:slug>/", self_views.ask_group, name="referral-ask-group"),
    path("ask/service/<uuid:service_id>/", self_views.ask_service, name="referral-ask-service"),
]
