from django.contrib import admin

from mutual.audit.models import AuditEvent


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = ["at", "actor", "verb", "target_type", "target_id"]
    list_filter = ["verb"]
    search_fields = ["verb", "target_id"]
    readonly_fields = ["at", "actor", "verb", "target_type", "target_id", "data"]

    def has_add_permission(self, request: object) -> bool:
        return False

    def has_change_permission(self, request: object, obj: object = None) -> bool:
        return False
