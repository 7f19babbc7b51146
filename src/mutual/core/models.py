import pycountry
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField


class Language(models.Model):
    """A language groups meet in, by its ISO 639-1 code."""

    code = models.CharField(_("code"), max_length=2, primary_key=True)
    name = models.CharField(_("name"), max_length=80)

    class Meta:
        ordering = ["name"]
        verbose_name = _("language")

    def __str__(self) -> str:
        return self.name


def iso_639_1_languages() -> list[tuple[str, str]]:
    """Every ISO 639-1 language as (code, English name)."""
    return sorted(
        (language.alpha_2, language.name)
        for language in pycountry.languages
        if hasattr(language, "alpha_2")
    )


def is_language_code(code: str) -> bool:
    return pycountry.languages.get(alpha_2=code.lower()) is not None if len(code) == 2 else False


class CrisisCountry(models.Model):
    """The crisis card of one country: its emergency number and the lines that answer there.
    Loaded from core/data/crisis_lines.json and kept up to date by staff in the admin."""

    country = CountryField(_("country"), unique=True)
    emergency = models.CharField(
        _("emergency number"), max_length=40,
        help_text=_("The number to call when a life is in danger now, e.g. 112 or 911."),
    )
    source = models.URLField(
        _("source"), max_length=300,
        help_text=_("The official page or directory the numbers were checked against."),
    )
    checked_on = models.DateField(_("checked on"))

    class Meta:
        ordering = ["country"]
        verbose_name = _("crisis-line country")
        verbose_name_plural = _("crisis-line countries")

    def __str__(self) -> str:
        return str(self.country.name)


class CrisisLine(models.Model):
    """A service people in crisis can call, text or visit, in one country."""

    country = models.ForeignKey(
        CrisisCountry, on_delete=models.CASCADE, related_name="lines", verbose_name=_("country")
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    name = models.CharField(_("name"), max_length=120)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    sms = models.CharField(_("text number"), max_length=40, blank=True)
    sms_keyword = models.CharField(
        _("text keyword"), max_length=20, blank=True,
        help_text=_("The word to send to the text number, if the service asks for one."),
    )
    url = models.URLField(_("website"), max_length=300, blank=True)
    hours = models.CharField(
        _("hours"), max_length=80, blank=True,
        help_text=_("“24/7”, or the service's own words; empty when its website should be read."),
    )
    languages = models.CharField(
        _("languages"), max_length=60, blank=True,
        help_text=_("ISO 639-1 codes separated by commas, e.g. “en,es”."),
    )

    class Meta:
        ordering = ["country", "position", "pk"]
        verbose_name = _("crisis line")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(phone="", sms="", url=""), name="crisis_line_has_contact"
            )
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        unknown = [code for code in self.language_codes() if not is_language_code(code)]
        if unknown:
            raise ValidationError(
                {"languages": _("Not ISO 639-1 codes: %(codes)s.") % {"codes": ", ".join(unknown)}}
            )

    def language_codes(self) -> list[str]:
        return [code.strip().lower() for code in self.languages.split(",") if code.strip()]
