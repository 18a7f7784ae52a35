"""French typography for rendered documents: quotes, apostrophes, suspended hyphens, spaces.

Two steps, so that neither the escaping nor the templates need to know about it:

- :func:`french_text` tidies a text read from the data (titles, labels, names,
  sources) before it reaches a template: typographic apostrophe (’), French
  quotation marks for straight double quotes (« … »), and the hyphen of a
  shared prefix (« pré et postnatales » → « pré- et postnatales »). The words
  are kept: the 2020 objective titles stay word for word.
- :func:`space_punctuation` sets, on the whole rendered document (and, in Markdown,
  tidies the quotes and apostrophes of text that did not go through the first step), the no-break
  spaces French puts before « ; ! ? » (narrow), before « : » and inside « » (full),
  in place of the ordinary spaces that templates and data write.

A space only ever becomes another space: no character of the text changes
meaning, and the document's structure (Markdown blocks, LaTeX groups) is left
as it is.
"""

from __future__ import annotations

import functools
import re

NARROW_NBSP = "\u202f"
NBSP = "\u00a0"
APOSTROPHE = "\u2019"

_STRAIGHT_QUOTES = re.compile(r'"\s*([^"]*?)\s*"')
# « pré et postnatales », « anté ou postnatal »: the first prefix takes a hyphen.
_SHARED_PREFIX = re.compile(r"\b(pré|anté|péri|post)( (?:et|ou) )(?=\w)")


@functools.lru_cache(maxsize=16384)
def french_text(text: str) -> str:
    """A text from the data with French quotation marks, apostrophes and suspended hyphens."""
    if '"' in text:
        text = _STRAIGHT_QUOTES.sub(lambda m: f"«{NBSP}{m.group(1)}{NBSP}»", text)
        text = text.replace('"', "»")  # an unpaired quote left over
    if "'" in text:
        text = text.replace("'", APOSTROPHE)
    if " et " in text or " ou " in text:
        text = _SHARED_PREFIX.sub(r"\1-\2", text)
    return text


_MD_RULES = (
    (re.compile(r" ([;!?])"), NARROW_NBSP + r"\1"),
    (re.compile(r" ([:»])"), NBSP + r"\1"),
    (re.compile(r"« "), "«" + NBSP),
)
_TEX_RULES = (
    (re.compile(r" ([;!?])"), r"\\,\1"),
    (re.compile(r" :"), "~:"),
    (re.compile(r" »"), "~»"),
    (re.compile(r"« "), "«~"),
)


def space_punctuation(text: str, fmt: str) -> str:
    """``text`` (a whole Markdown or LaTeX document) with French no-break spaces."""
    if fmt not in ("tex", "pdf") and ("'" in text or '"' in text):
        # Markdown gives quotes no meaning: text that reached it untidied (an avenant's
        # phrases, a template of the data repository) is tidied here, line by line.
        text = "\n".join(french_text(line) for line in text.split("\n"))
    for pattern, replacement in _TEX_RULES if fmt in ("tex", "pdf") else _MD_RULES:
        text = pattern.sub(replacement, text)
    return text
