from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from mutual.places.models import Place


class Organization(models.Model):
    """A structured body that may run many groups and services."""

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    contact_email = models.EmailField(
        _("contact email"), blank=True,
        help_text=_("Messages sent through the contact form go here; it is never shown."),
    )
    phone = models.CharField(_("public phone"), max_length=40, blank=True)
    service_area = models.CharField(
        _("area served"), max_length=200, blank=True,
        help_text=_("In words, such as “Whatcom County, Washington”."),
    )
    logo_url = models.URLField(_("logo address"), blank=True)
    founded_year = models.PositiveSmallIntegerField(_("year founded"), null=True, blank=True)
    place = models.ForeignKey(
        Place, null=True, blank=True, on_delete=models.SET_NULL, related_name="organizations"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organization")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("organization-detail", args=[self.slug])
