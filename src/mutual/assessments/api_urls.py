from django.urls import path

from mutual.assessments import api

urlpatterns = [
    path("assessments/instrument/", api.InstrumentAPI.as_view(),
         name="api-assessment-instrument"),
    path("organizations/<slug:slug>/assessments/", api.OrganizationAssessmentsAPI.as_view(),
         name="api-organization-assessments"),
    path("assessments/<int:assessment_id>/", api.AssessmentAPI.as_view(),
         name="api-assessment-detail"),
    path("assessments/<int:assessment_id>/ratings/", api.RatingsAPI.as_view(),
         name="api-assessment-ratings"),
    path("assessments/<int:assessment_id>/close/", api.CloseAPI.as_view(),
         name="api-assessment-close"),
    path("assessments/<int:assessment_id>/reopen/", api.ReopenAPI.as_view(),
         name="api-assessment-reopen"),
    path("assessments/<int:assessment_id>/publish/", api.PublishAPI.as_view(),
         name="api-assessment-publish"),
    path("assessments/<int:assessment_id>/unpublish/", api.UnpublishAPI.as_view(),
         name="api-assessment-unpublish"),
]
