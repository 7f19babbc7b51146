import pycountry
from django.db import models
from django.utils.translation import gettext_lazy as _


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
