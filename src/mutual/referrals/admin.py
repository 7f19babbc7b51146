from django.contrib import admin

from mutual.referrals.models import Professional


@admin.register(Professional)
class ProfessionalAdmin(admin.ModelAdmin):
    list_display = ["user", "profession", "employer", "review", "verified_until", "applied_at"]
    list_filter = ["review", "profession"]
    search_fields = ["user__email", "employer", "license_number", "work_email"]
    # Decisions go through the review page, which tells the person and keeps the audit trail.
    readonly_fields = ["review", "reviewed_at", "reviewed_by", "decline_reason", "verified_until",
                       "applied_at"]
