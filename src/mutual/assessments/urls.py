from django.urls import path

from mutual.assessments import views

urlpatterns = [
    path("", views.assessment_list, name="assessment-list"),
    path("new/", views.assessment_new, name="assessment-new"),
    path("<int:pk>/", views.assessment_detail, name="assessment-detail"),
    path("<int:pk>/rate/", views.assessment_rate, name="assessment-rate"),
    path("<int:pk>/delete/", views.assessment_delete, name="assessment-delete"),
    path("<int:pk>/report/", views.assessment_report, name="assessment-report"),
    path("<int:pk>/report.pdf", views.assessment_report_pdf, name="assessment-report-pdf"),
    path("<int:pk>/report.csv", views.assessment_report_csv, name="assessment-report-csv"),
    path("<int:pk>/<slug:step>/", views.assessment_transition, name="assessment-transition"),
]
