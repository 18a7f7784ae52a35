"""Escaping user text for LaTeX and Markdown, so that data can never change a document's structure.

Everything a convention file says (titles, descriptions, names, sources) is
data: it is passed to the templates as values and printed through one of
these filters, never compiled as a template or read as markup.

LaTeX (pdflatex, T1 fonts, Latin Modern): every special character comes out
literally (``\\input{/etc/passwd}`` prints as text), ligatures that would
change what was typed (``--``, ``,,``, ``''``, ``<<``, `````) are broken,
and the straight apostrophe is set as the typographic one (’). A character
the fonts cannot show (emoji, non-Latin scripts, control characters) is
replaced by its code point in brackets, e.g. ``[U+1F642]``, instead of
breaking the compilation. Markdown keeps every character as it is.

Both filters turn runs of white space (new lines included) into one space:
a value is inline text. ``*_paragraphs`` filters keep blank lines as
paragraph breaks, for descriptions.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any

# The characters pdflatex can set with T1 + TS1 encodings and the Latin
# Modern fonts: the code points declared in LaTeX's t1enc.dfu and ts1enc.dfu
# (checked by compiling each of them), plus the ellipsis of utf8enc.dfu.
_LATEX_RANGES = (
    (0x00A1, 0x00B7), (0x00B9, 0x0125), (0x0128, 0x0137), (0x0139, 0x013E),
    (0x0141, 0x0148), (0x014A, 0x0165), (0x0168, 0x017E), (0x0192, 0x0192),
    (0x01C4, 0x01D4), (0x01E2, 0x01E3), (0x01E6, 0x01EB), (0x01F0, 0x01F0),
    (0x01F4, 0x01F5), (0x0218, 0x021B), (0x0232, 0x0233), (0x0237, 0x0237),
    (0x02C7, 0x02C7), (0x02D8, 0x02D9), (0x02DB, 0x02DB), (0x02DD, 0x02DD),
    (0x0E3F, 0x0E3F), (0x1E02, 0x1E03), (0x1E0D, 0x1E0D), (0x1E1E, 0x1E21),
    (0x1E25, 0x1E25), (0x1E30, 0x1E31), (0x1E37, 0x1E37), (0x1E43, 0x1E43),
    (0x1E45, 0x1E45), (0x1E47, 0x1E47), (0x1E5B, 0x1E5B), (0x1E63, 0x1E63),
    (0x1E6D, 0x1E6D), (0x1E8E, 0x1E91), (0x1E9E, 0x1E9E), (0x1EF2, 0x1EF3),
    (0x2010, 0x2016), (0x2018, 0x201A), (0x201C, 0x201E), (0x2020, 0x2022),
    (0x2026, 0x2026), (0x2030, 0x2031), (0x2039, 0x203B), (0x203D, 0x203D),
    (0x2044, 0x2044), (0x204E, 0x204E), (0x2052, 0x2052), (0x20A1, 0x20A1),
    (0x20A4, 0x20A4), (0x20A6, 0x20A6), (0x20A9, 0x20A9), (0x20AB, 0x20AC),
    (0x20B1, 0x20B1), (0x2103, 0x2103), (0x2116, 0x2117), (0x211E, 0x211E),
    (0x2120, 0x2120), (0x2122, 0x2122), (0x2126, 0x2127), (0x212E, 0x212E),
    (0x2190, 0x2193), (0x2329, 0x232A), (0x2422, 0x2423), (0x25E6, 0x25E6),
    (0x25EF, 0x25EF), (0x266A, 0x266A), (0x27E8, 0x27E9), (0x3008, 0x3009),
    (0xFB00, 0xFB06),
)  # fmt: skip
LATEX_PRINTABLE = frozenset(
    chr(code) for start, end in _LATEX_RANGES for code in range(start, end + 1)
)

_LATEX_ASCII = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "$": r"\$",
    "&": r"\&",
    "#": r"\#",
    "^": r"\textasciicircum{}",
    "_": r"\_",
    "%": r"\%",
    "~": r"\textasciitilde{}",
    "<": r"\textless{}",
    ">": r"\textgreater{}",
    "|": r"\textbar{}",
    '"': r"\textquotedbl{}",
    "`": r"\textasciigrave{}",
    "'": r"\textquoteright{}",
    # Brackets may open an optional argument after \\ or \item: keep them text.
    "[": "{[}",
    "]": "{]}",
}
# No-break spaces as Babel writes them in amounts and dates: they must not break.
_LATEX_SPACES = {"\u00a0": "~", "\u202f": r"\,", "\u2009": r"\,"}
_NO_BREAK_SPACES = frozenset(_LATEX_SPACES)
_LATEX_TABLE = str.maketrans(_LATEX_ASCII)
_LATEX_SPACES_TABLE = str.maketrans(_LATEX_SPACES)
_PRINTABLE_ASCII = frozenset(chr(code) for code in range(0x20, 0x7F))
_SHOWABLE_LATEX = LATEX_PRINTABLE | _PRINTABLE_ASCII | _NO_BREAK_SPACES
_WITHOUT_NO_BREAK_SPACES = str.maketrans(dict.fromkeys(_NO_BREAK_SPACES, " "))
_LATEX_PLACEHOLDER = re.compile(r"\{\[\}U\+[0-9A-F]{4,6}\{\]\}")

# Breakable white space only: the no-break spaces of French typography are kept.
_WHITESPACE = re.compile("[ \t\n\r\f\v\u2028\u2029\u0085]+")
_PARAGRAPH_BREAK = re.compile("[ \t\r\f\v]*\n[ \t\r\f\v]*\n[ \t\n\r\f\v]*")
# Template line markers (see pep_cli.render.environment): dropped if a template
# filters a block of its own text.
_MARKER = re.compile("\x00[^\x00]*\x00")


def placeholder(char: str) -> str:
    """What stands for a character the output cannot show: ``[U+1F642]``."""
    return f"[U+{ord(char):04X}]"


def _inline(text: str) -> str:
    if "\x00" in text:
        text = _MARKER.sub("", text)
    return _WHITESPACE.sub(" ", text).strip()


def _showable(text: str, allowed: frozenset[str] | None) -> str:
    """``text`` with each character that cannot be shown replaced by its code point.

    ``allowed``: every character the output can show; ``None``: any printable
    character. No-break spaces are always kept.
    """
    if allowed is None:
        if text.isprintable() or text.translate(_WITHOUT_NO_BREAK_SPACES).isprintable():
            return text
        return "".join(
            char if char.isprintable() or char in _NO_BREAK_SPACES else placeholder(char)
            for char in text
        )
    if (text.isascii() and text.isprintable()) or set(text) <= allowed:
        return text
    return "".join(char if char in allowed else placeholder(char) for char in text)


def latex(value: Any) -> str:
    """User text as LaTeX that prints exactly that text."""
    return _latex(value if isinstance(value, str) else str(value))


@functools.lru_cache(maxsize=16384)  # documents repeat labels, titles and amounts
def _latex(value: str) -> str:
    text = _inline(value)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    text = _showable(text, _SHOWABLE_LATEX).translate(_LATEX_TABLE)
    if "{[}U+" in text:  # a line may break after each placeholder
        text = _LATEX_PLACEHOLDER.sub(r"\g<0>\\allowbreak{}", text)
    if not text.isascii():
        text = text.translate(_LATEX_SPACES_TABLE)
    # T1 ligatures "--", "---" and ",," would change what was typed.
    if "--" in text:
        text = text.replace("--", "-{}-").replace("--", "-{}-")
    if ",," in text:
        text = text.replace(",,", ",{},").replace(",,", ",{},")
    return text


def latex_paragraphs(value: Any) -> str:
    """Like :func:`latex`, but blank lines stay paragraph breaks (not for table cells or titles)."""
    return "\n\n".join(latex(part) for part in _paragraphs(value))


_MD_SPECIALS = frozenset("\\`*_[]<>#|~^$&")
_MD_TABLE = str.maketrans({char: "\\" + char for char in _MD_SPECIALS})
_MD_SPECIAL = re.compile("[" + re.escape("".join(sorted(_MD_SPECIALS))) + "]")
_MD_BLOCK_STARTERS = frozenset("-+=0123456789")
# At the start of a line these open a block (list, heading underline, ordered list).
_MD_LINE_START = re.compile(r"^(?:([-+=])|([0-9]{1,9})([.)]))")


def md(value: Any) -> str:
    """User text as Markdown inline text that renders exactly that text.

    Every character that can start an inline construct (emphasis, code, link,
    HTML, entity, table cell, strikethrough) is backslash-escaped; a leading
    character that could open a block (list, setext underline) is escaped too,
    so the text is safe anywhere: paragraph, heading, list item or table cell.
    """
    return _md(value if isinstance(value, str) else str(value))


@functools.lru_cache(maxsize=16384)
def _md(value: str) -> str:
    text = _showable(_inline(value), None)
    if _MD_SPECIAL.search(text):
        text = text.translate(_MD_TABLE)
    if "://" in text:  # bare-URL autolinks of GitHub-flavoured Markdown
        text = text.replace("://", "\\://")
    if "www." in text:
        text = text.replace("www.", "www\\.")
    if text[:1] in _MD_BLOCK_STARTERS:
        text = _MD_LINE_START.sub(_escape_line_start, text)
    return text


def _escape_line_start(match: re.Match[str]) -> str:
    if match.group(1):
        return "\\" + match.group(1)
    return match.group(2) + "\\" + match.group(3)


def md_paragraphs(value: Any) -> str:
    """Like :func:`md`, but blank lines stay paragraph breaks (not for table cells or headings)."""
    return "\n\n".join(md(part) for part in _paragraphs(value))


def _paragraphs(value: Any) -> list[str]:
    text = value if isinstance(value, str) else str(value)
    return [part for part in _PARAGRAPH_BREAK.split(text) if part.strip()]


# Control characters (C0, DEL, C1), line and paragraph separators, and the bidirectional
# controls that reorder what a terminal shows ("Trojan Source"); a tab stays a tab.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


def _code(match: re.Match[str]) -> str:
    point = ord(match.group())
    return f"\\x{point:02x}" if point < 0x100 else f"\\u{point:04x}"


def visible(text: str) -> str:
    """``text`` for a terminal or a CI log: control characters shown as ``\\x1b``, ``\\u202e``.

    A value read from a pull request's file could otherwise move the cursor, rewrite a
    line of the log, ring the bell or turn a workflow command on (ESC, CR, BEL…).
    """
    if text.isprintable():  # fast path: nothing to do for almost every message
        return text
    return _INVISIBLE.sub(_code, text)
