from typing import Any

from django.contrib import admin

from mutual.meetings import actions
from mutual.meetings.models import ListingReport, Meeting, OccurrenceChange, Pause


class OccurrenceChangeInline(admin.TabularInline):
    model = OccurrenceChange
    extra = 0


class PauseInline(admin.TabularInline):
    model = Pause
    extra = 0


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ["__str__", "group", "rrule", "start_time", "time_zone", "attendance", "status"]
    list_filter = ["attendance", "status"]
    search_fields = ["name", "slug", "group__name"]
    raw_id_fields = ["group", "place"]
    filter_horizontal = ["languages"]
    inlines = [OccurrenceChangeInline, PauseInline]

    def save_related(self, request: Any, form: Any, formsets: Any, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        actions.record_admin_change(
            actor=request.user, meeting=form.instance, created=not change,
            fields=list(form.changed_data),
        )


@admin.register(ListingReport)
class ListingReportAdmin(admin.ModelAdmin):
    list_display = ["meeting", "status", "created_at", "resolved_at"]
    list_filter = ["status"]
    raw_id_fields = ["meeting", "reporter", "resolved_by"]
