from django.urls import path

from mutual.referrals import views

urlpatterns = [
    path("apply/", views.professional_apply, name="professional-apply"),
    path("me/", views.professional_status, name="professional-status"),
    path("review/", views.professional_review_list, name="professional-review-list"),
    path("review/<int:pk>/", views.professional_review, name="professional-review"),
]
