"""Plain PDFs drawn with fpdf2's built-in fonts, which cover Latin-1 only: every piece of
text goes through `latin1`, so Spanish and French print and nothing else makes it fail."""

import unicodedata

# Typographic characters outside Latin-1 and their plain stand-ins.
PLAIN = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": ",", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u2026": "...", "\u2022": "*",
    "\u2264": "<=", "\u2265": ">=", "\u2260": "!=", "\u2248": "~", "\u2192": "->",
    "\u2190": "<-", "\u20ac": "EUR", "\u2009": " ", "\u202f": " ", "\u200b": "",
    "\u2039": "<", "\u203a": ">", "\u0152": "OE", "\u0153": "oe", "\u2122": "(TM)",
})


def latin1(text: object) -> str:
    """Text the PDF's core fonts can draw: typographic characters become their plain
    equivalents and anything else outside Latin-1 a question mark."""
    plain = unicodedata.normalize("NFC", str(text)).translate(PLAIN)
    return plain.encode("latin-1", "replace").decode("latin-1")
