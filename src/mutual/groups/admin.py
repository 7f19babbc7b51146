from typing import Any

from django.contrib import admin

from mutual.groups import actions
from mutual.groups.models import Group, Membership


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    raw_id_fields = ["user"]


@admin.register(Group)
class GroupAdmin(admin.ModelAdmin):
    list_display = ["name", "led_by", "format", "visibility", "status", "organization"]
    list_filter = ["led_by", "format", "visibility", "status"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["concerns", "languages"]
    raw_id_fields = ["place", "organization"]
    inlines = [MembershipInline]

    def save_related(self, request: Any, form: Any, formsets: Any, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        actions.record_admin_change(actor=request.user, group=form.instance, created=not change)
