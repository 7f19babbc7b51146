from django.contrib import admin
from django.db import models
from django.db.models import QuerySet
from django.forms import BaseModelFormSet, ModelForm
from django.http import HttpRequest

from mutual.core.crisis import forget_crisis_cards
from mutual.core.models import CrisisCountry, CrisisLine, Language


@admin.register(Language)
class LanguageAdmin(admin.ModelAdmin):
    list_display = ["code", "name"]
    search_fields = ["code", "name"]


# Staff paste addresses without a scheme; the services all answer on https.
URL_FIELDS = {models.URLField: {"assume_scheme": "https"}}


class CrisisLineInline(admin.TabularInline):
    model = CrisisLine
    extra = 1
    formfield_overrides = URL_FIELDS
    fields = ["position", "name", "phone", "sms", "sms_keyword", "url", "hours", "languages"]


@admin.register(CrisisCountry)
class CrisisCountryAdmin(admin.ModelAdmin):
    """Staff keep the crisis card of each country true; every save shows on the card at once."""

    list_display = ["country", "emergency", "checked_on", "source"]
    search_fields = ["country", "emergency", "lines__name"]
    inlines = [CrisisLineInline]
    formfield_overrides = URL_FIELDS

    def save_related(
        self, request: HttpRequest, form: ModelForm, formsets: list[BaseModelFormSet], change: bool
    ) -> None:
        super().save_related(request, form, formsets, change)
        forget_crisis_cards()

    def delete_model(self, request: HttpRequest, obj: CrisisCountry) -> None:
        super().delete_model(request, obj)
        forget_crisis_cards()

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[CrisisCountry]) -> None:
        super().delete_queryset(request, queryset)
        forget_crisis_cards()
