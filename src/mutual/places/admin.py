from django.contrib import admin

from mutual.places.models import Place


@admin.register(Place)
class PlaceAdmin(admin.ModelAdmin):
    list_display = ["locality", "region", "country", "approximate", "time_zone"]
    list_filter = ["country", "approximate"]
    search_fields = ["locality", "name", "street", "postal_code"]
