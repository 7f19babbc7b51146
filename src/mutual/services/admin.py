from typing import Any

from django.contrib import admin

from mutual.audit.actions import record
from mutual.services.models import Location, Schedule, Service, ServiceAtLocation


class AuditedAdmin(admin.ModelAdmin):
    """Staff changes in the admin save the model directly; each is audited here."""

    def save_model(self, request: Any, obj: Any, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        label = obj._meta.model_name
        record(actor=request.user, verb=f"{label}.{'update' if change else 'create'}",
               target=obj, via="admin")

    def delete_model(self, request: Any, obj: Any) -> None:
        record(actor=request.user, verb=f"{obj._meta.model_name}.delete", target=obj,
               via="admin")
        super().delete_model(request, obj)


class ScheduleInline(admin.TabularInline):
    model = Schedule
    extra = 0
    fields = ["rrule", "starts_on", "ends_on", "opens_at", "closes_at", "time_zone", "notes"]


@admin.register(Service)
class ServiceAdmin(AuditedAdmin):
    list_display = ["name", "organization", "status", "capacity", "fee"]
    list_filter = ["status", "capacity", "fee"]
    search_fields = ["name", "slug", "organization__name"]
    raw_id_fields = ["organization"]
    filter_horizontal = ["concerns", "languages"]
    readonly_fields = ["hsds_id"]
    inlines = [ScheduleInline]


@admin.register(Location)
class LocationAdmin(AuditedAdmin):
    list_display = ["__str__", "organization", "position"]
    search_fields = ["name", "organization__name", "place__locality"]
    raw_id_fields = ["organization", "place"]
    readonly_fields = ["hsds_id"]
    inlines = [ScheduleInline]


@admin.register(Schedule)
class ScheduleAdmin(AuditedAdmin):
    list_display = ["__str__", "service", "location", "service_at_location", "time_zone"]
    raw_id_fields = ["service", "location", "service_at_location"]
    readonly_fields = ["hsds_id"]


@admin.register(ServiceAtLocation)
class ServiceAtLocationAdmin(AuditedAdmin):
    list_display = ["service", "location"]
    raw_id_fields = ["service", "location"]
    readonly_fields = ["hsds_id"]
