from typing import Any

from django.contrib import admin
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from mutual.groups import actions
from mutual.groups.models import Group, Invitation, Membership


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    raw_id_fields = ["user"]
    fields = ["user", "display_name", "role", "status", "muted_until", "rules_accepted_at",
              "admitted_at"]
    readonly_fields = ["rules_accepted_at", "admitted_at"]


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


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["display_name", "group", "role", "status", "joined_at", "admitted_at",
                    "muted_until"]
    list_filter = ["role", "status", "digest"]
    search_fields = ["display_name", "group__name", "group__slug"]
    raw_id_fields = ["group", "user"]
    readonly_fields = ["joined_at", "request_message", "rules_accepted_at", "admitted_at",
                       "digest_sent_at"]
    fieldsets = [
        (None, {"fields": ["group", "user", "display_name", "role", "status", "muted_until"]}),
        (_("Joining"), {"fields": ["joined_at", "request_message", "rules_accepted_at",
                                "admitted_at"]}),
        (_("Emails"), {"fields": ["email_replies", "email_mentions", "email_milestones",
                               "digest", "digest_sent_at"]}),
    ]


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["prefix", "group", "note", "created_at", "expires_at", "uses", "max_uses",
                    "revoked_at"]
    list_filter = ["created_at", "expires_at"]
    search_fields = ["prefix", "note", "group__name", "group__slug"]
    raw_id_fields = ["group"]
    readonly_fields = ["group", "prefix", "key_hash", "created_by", "created_at", "uses"]
    fields = ["group", "prefix", "note", "created_by", "created_at", "expires_at", "max_uses",
              "uses", "revoked_at", "key_hash"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        # A key is shown once to the facilitator who makes it; the admin could only keep a hash.
        return False
