from django.contrib import admin

from mutual.organizations.models import GovernanceProfile, Organization, Stewardship


@admin.register(Organization)
class OrganizationAdmin(admin.ModelAdmin):
    list_display = ["name", "website", "founded_year"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    raw_id_fields = ["place"]
    readonly_fields = ["governance_kind"]


@admin.register(Stewardship)
class StewardshipAdmin(admin.ModelAdmin):
    list_display = ["organization", "user", "created_at"]
    raw_id_fields = ["organization", "user"]


@admin.register(GovernanceProfile)
class GovernanceProfileAdmin(admin.ModelAdmin):
    """Read-only: profiles are stated by stewards through the organization's pages, so that
    each statement is audited and classified."""

    list_display = ["organization", "effective_from", "stated_by", "stated_at"]
    raw_id_fields = ["organization", "stated_by"]

    def has_add_permission(self, request: object) -> bool:
        return False

    def has_change_permission(self, request: object, obj: object = None) -> bool:
        return False
