from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from mutual.accounts.models import validate_time_zone


class Place(models.Model):
    """Where a group meets or an organization works.

    An approximate place is a neighbourhood, not a door: it is never shown more
    precisely than about a kilometre.
    """

    name = models.CharField(_("name of the venue"), max_length=200, blank=True)
    street = models.CharField(_("street address"), max_length=200, blank=True)
    locality = models.CharField(_("town or city"), max_length=120)
    region = models.CharField(_("region or state"), max_length=120, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=20, blank=True)
    country = CountryField(_("country"))
    latitude = models.FloatField(
        _("latitude"), validators=[MinValueValidator(-90), MaxValueValidator(90)]
    )
    longitude = models.FloatField(
        _("longitude"), validators=[MinValueValidator(-180), MaxValueValidator(180)]
    )
    time_zone = models.CharField(_("time zone"), max_length=64, validators=[validate_time_zone])
    approximate = models.BooleanField(
        _("approximate"), default=False,
        help_text=_("The coordinates mark an area, not a door."),
    )

    class Meta:
        verbose_name = _("place")
        # With the id, the places in a box are read from the index alone on PostgreSQL too
        # (SQLite keeps the row id in every index).
        indexes = [models.Index(fields=["latitude", "longitude", "id"], name="place_in_box")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(latitude__gte=-90, latitude__lte=90),
                name="place_latitude_range",
            ),
            models.CheckConstraint(
                condition=models.Q(longitude__gte=-180, longitude__lte=180),
                name="place_longitude_range",
            ),
        ]

    def __str__(self) -> str:
        return ", ".join(part for part in (self.locality, self.region, str(self.country)) if part)
