"""Member-written Markdown to safe HTML: parsed with markdown-it, cleaned with nh3."""

import functools
from typing import Any

import nh3
from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict

TAGS = {
    "p", "br", "strong", "em", "del", "s", "a", "ul", "ol", "li", "blockquote", "code", "pre",
    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "img", "table", "thead", "tbody", "tr", "th", "td",
}
ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "title"}, "ol": {"start"}}


def _image_as_link(
    self: RendererHTML, tokens: list[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    """Without permission for outside images, an image is shown as a link to it."""
    token = tokens[idx]
    alt = self.renderInlineAsText(token.children or [], options, env) or "image"
    src = token.attrGet("src") or ""
    return f'<a href="{nh3.clean_text(str(src))}">{nh3.clean_text(alt)}</a>'


@functools.cache
def _parser(images: bool) -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"html": False, "linkify": True, "breaks": True})
    parser.enable(["linkify", "strikethrough", "table"])
    if not images:
        parser.add_render_rule("image", _image_as_link)
    return parser


def render(text: str, *, images: bool = False) -> str:
    """Safe HTML for `text`: no raw HTML, links marked nofollow ugc, outside images
    only when the group allows them."""
    html = _parser(images).render(text)
    tags: Any = TAGS if images else TAGS - {"img"}
    return nh3.clean(
        html,
        tags=tags,
        attributes=ATTRIBUTES,
        link_rel="nofollow ugc",
        url_schemes={"http", "https", "mailto"},
    )


def count_links(text: str) -> int:
    """How many links a text makes once rendered: new accounts may post only a few."""
    tokens = _parser(True).parse(text)
    return sum(
        1
        for block in tokens
        for token in (block.children or [])
        if token.type in ("link_open", "image")
    )
