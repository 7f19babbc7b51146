from typing import Any

from django.contrib import admin

from mutual.concerns.actions import save_concern
from mutual.concerns.models import Concern


@admin.register(Concern)
class ConcernAdmin(admin.ModelAdmin):
    list_display = ["name", "parent", "slug"]
    list_filter = ["parent"]
    search_fields = ["name", "slug", "description"]
    prepopulated_fields = {"slug": ["name"]}

    def save_model(self, request: Any, obj: Concern, form: Any, change: bool) -> None:
        save_concern(concern=obj, actor=request.user)
