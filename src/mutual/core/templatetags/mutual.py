from functools import lru_cache

import pycountry
from django import template
from django.utils.translation import get_language_info

register = template.Library()


@register.filter
@lru_cache(maxsize=512)
def language_name(code: str) -> str:
    """A language's own name where Django knows it ("Español"), else its English name."""
    try:
        return get_language_info(code)["name_local"]
    except KeyError:
        language = pycountry.languages.get(alpha_2=code)
        return language.name if language else code


@register.filter
def get_node(nodes: dict, key: int) -> object:
    return nodes[key]
