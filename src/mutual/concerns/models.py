from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class Concern(models.Model):
    """A shared problem or life situation that people form groups around."""

    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    synonyms = models.JSONField(
        _("synonyms"), default=list, blank=True,
        help_text=_("Words people type when they look for this, such as “AA” or “widow”."),
    )
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("concern")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("concern-detail", args=[self.slug])
