import json
from functools import lru_cache

import pycountry
from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import get_language_info

register = template.Library()


@register.filter
@lru_cache(maxsize=512)
def language_name(code: str) -> str:
    """A language's own name where Django knows it ("Español"), else its English name."""
    try:
        return capfirst(get_language_info(code)["name_local"])
    except KeyError:
        language = pycountry.languages.get(alpha_2=code)
        return language.name if language else code


@register.filter
def get_node(nodes: dict, key: int) -> object:
    return nodes[key]


_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def json_ld(data: dict) -> str:
    """Structured data for search engines, escaped for a <script> element."""
    return mark_safe(  # noqa: S308 - every character that could close the element is escaped
        '<script type="application/ld+json">'
        + json.dumps(data, cls=DjangoJSONEncoder).translate(_JSON_ESCAPES)
        + "</script>"
    )
