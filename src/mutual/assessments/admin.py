from django.contrib import admin

from mutual.assessments.models import Assessment, Rating


class RatingInline(admin.TabularInline):
    model = Rating
    fields = ["rater", "item", "score", "note", "evidence", "updated_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False


@admin.register(Assessment)
class AssessmentAdmin(admin.ModelAdmin):
    """Read-only: stewards run assessments through the organization's pages, so that every
    change is checked and audited."""

    list_display = ["title", "organization", "conducted_on", "closed_at", "published_at"]
    list_filter = ["conducted_on"]
    search_fields = ["title", "organization__name"]
    raw_id_fields = ["organization", "created_by"]
    inlines = [RatingInline]

    def has_add_permission(self, request: object) -> bool:
        return False

    def has_change_permission(self, request: object, obj: object = None) -> bool:
        return False
