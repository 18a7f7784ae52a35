"""Where the cursor is in a convention's text: the keys above it, and the key or value under it.

Read from the lines alone (indentation, dashes, ``key:``, one-line flow tables), never
from a parse, so that a buffer broken half-way through typing still gets hover and
completion. Columns are code points, counted from 0.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

# A block key at the start of a line's content: plain or quoted, followed by ":" and a blank.
_KEY = re.compile(
    r"""(?P<key>"[^"]*"|'[^']*'|[^\s#'"{}\[\],:-][^#:]*?|-[^\s#:][^#:]*?)[ \t]*:(?=\s|$)"""
)
_DASHES = re.compile(r"-(?=\s|$)[ \t]*")
_FLOW_STOP = ",:{}[]"


@dataclass(frozen=True)
class Place:
    """The cursor's place: ``path`` holds the keys from the top of the document to the table
    that holds the cursor (``"-"`` stands for a list item); ``key`` is the key whose value is
    under the cursor, or ``None`` when the cursor is on a key (or where one may be typed).
    ``word`` is the key or value under the cursor (unquoted), from ``start`` to ``end``."""

    path: tuple[str, ...]
    key: str | None
    word: str
    start: int
    end: int
    siblings: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class _Line:
    indent: int
    dashes: tuple[int, ...]  # columns of the list dashes that open the line
    content: int  # column where the content after the dashes starts
    key: str | None
    key_start: int
    key_end: int  # column of the ":" after the key
    value: str  # the text after "key:" (comment removed, stripped), or the whole content
    value_start: int


def comment_start(text: str, start: int = 0) -> int:
    """The column of the ``#`` that starts a comment on this line (outside quotes), or its end."""
    quote = ""
    for index in range(start, len(text)):
        char = text[index]
        if quote:
            if char == quote:
                quote = ""
        elif char in "\"'" and (index == start or text[index - 1] in " \t{[,:"):
            quote = char
        elif char == "#" and (index == 0 or text[index - 1] in " \t"):
            return index
    return len(text)


def _unquote(text: str) -> str:
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        return text[1:-1]
    return text


def _parse(text: str) -> _Line | None:
    stripped = text.strip()
    if not stripped or stripped.startswith("#"):
        return None
    indent = len(text) - len(text.lstrip(" "))
    position = indent
    dashes: list[int] = []
    while True:
        match = _DASHES.match(text, position)
        if match is None:
            break
        dashes.append(position)
        position = match.end()
    end = comment_start(text, position)
    match = _KEY.match(text, position)
    if match is not None and match.end() <= end:
        after = match.end()
        raw = text[after:end]
        value_start = after + len(raw) - len(raw.lstrip())
        return _Line(
            indent,
            tuple(dashes),
            position,
            _unquote(match["key"].strip()),
            position,
            match.end() - 1,
            raw.strip(),
            value_start,
        )
    return _Line(
        indent,
        tuple(dashes),
        position,
        None,
        position,
        position,
        text[position:end].strip(),
        position,
    )


def _is_block_scalar(value: str) -> bool:
    return bool(value) and value[0] in "|>"


def _mapping_path(lines: Sequence[str], line: int, column: int) -> list[str] | None:
    """The path of the block table whose keys sit at ``column``, from the lines above ``line``.

    ``None`` when the place is inside a block text (``>-`` or ``|``), where nothing is a key.
    """
    path: list[str] = []
    at = column
    in_item = False  # looking for the key that holds a list whose dashes are at ``at``
    for index in range(line - 1, -1, -1):
        info = _parse(lines[index])
        if info is None:
            continue
        if in_item:
            if info.dashes and info.dashes[-1] == at:
                continue  # an earlier item of the same list
            if info.key is not None and (
                info.key_start < at or (info.key_start == at and not info.value)
            ):
                path.append(info.key)
                at, in_item = info.key_start, False
                if info.dashes and info.key_start == info.content:
                    path.append("-")
                    at, in_item = info.dashes[-1], True
            continue
        if info.key is not None and info.key_start < at:
            if _is_block_scalar(info.value):
                return None
            path.append(info.key)
            at = info.key_start
            if info.dashes and info.key_start == info.content:
                path.append("-")
                at, in_item = info.dashes[-1], True
        elif info.key is not None and info.key_start == at and info.dashes:
            path.append("-")  # "- id: …": the first key of the item the cursor is in
            at, in_item = info.dashes[-1], True
        elif info.key is None and info.dashes and info.dashes[-1] < at and info.content >= at:
            path.append("-")
            at, in_item = info.dashes[-1], True
        elif info.key is None and info.indent < at and not info.dashes:
            return None  # below a multi-line text: no table here
    path.reverse()
    return path


def _siblings(lines: Sequence[str], line: int, column: int) -> frozenset[str]:
    """The keys already written at ``column`` in the block table around ``line``."""
    keys: set[str] = set()
    for step in (-1, 1):
        index = line + step if step == 1 else line
        while 0 <= index < len(lines):
            info = _parse(lines[index])
            index += step
            if info is None:
                continue
            if info.key is not None and info.key_start == column:
                keys.add(info.key)
                if info.dashes and info.key_start == info.content:
                    break  # the first key of this item: the item starts here
                continue
            if info.indent < column or (info.dashes and info.dashes[-1] < column):
                break
    return frozenset(keys)


def _word(text: str, start: int, stop: int) -> tuple[str, int, int]:
    raw = text[start:stop]
    lead = len(raw) - len(raw.lstrip())
    word = raw.strip()
    return _unquote(word), start + lead, start + lead + len(word)


def _tokens(text: str, start: int, stop: int) -> list[tuple[str, int, int]]:
    """The tokens of a flow collection: punctuation, and scalars with their span."""
    tokens: list[tuple[str, int, int]] = []
    index = start
    while index < stop:
        char = text[index]
        if char in " \t":
            index += 1
        elif char in "{}[],":
            tokens.append((char, index, index + 1))
            index += 1
        elif char == ":" and (index + 1 >= stop or text[index + 1] in " \t,{}[]"):
            tokens.append((":", index, index + 1))
            index += 1
        elif char in "\"'":
            close = text.find(char, index + 1)
            close = stop - 1 if close < 0 or close >= stop else close
            tokens.append(("s", index, close + 1))
            index = close + 1
        else:
            end = index
            while (
                end < stop
                and text[end] not in ",{}[]"
                and not (text[end] == ":" and (end + 1 >= stop or text[end + 1] in " \t,{}[]"))
            ):
                end += 1
            while end > index and text[end - 1] in " \t":
                end -= 1
            tokens.append(("s", index, max(end, index + 1)))
            index = max(end, index + 1)
    return tokens


@dataclass
class _Frame:
    """One open flow collection while a line is scanned."""

    kind: str  # "{" or "["
    key: str | None = None  # the key being read or whose value is being read
    expect_key: bool = True
    keys: set[str] = field(default_factory=set)


_FlowPlace = tuple[list[str], str | None, str, int, int, frozenset[str]]


def _flow(text: str, start: int, stop: int, cursor: int) -> _FlowPlace:
    """The place of ``cursor`` in the flow collection that opens at ``start``."""
    stack: list[_Frame] = []
    path: list[str] = []

    def here(word: str, begin: int, end: int) -> _FlowPlace:
        if not stack:
            return list(path), None, word, begin, end, frozenset()
        top = stack[-1]
        keys = frozenset(top.keys)
        if top.kind == "[" or top.expect_key:
            return list(path), None, word, begin, end, keys
        return list(path), top.key, word, begin, end, keys

    for kind, begin, end in _tokens(text, start, stop):
        if kind == "s" and begin <= cursor <= end:
            word, word_start, word_end = _word(text, begin, end)
            return here(word, word_start, word_end)
        if begin >= cursor:
            return here("", cursor, cursor)
        if kind in "{[":
            if stack:
                top = stack[-1]
                path.append(str(top.key) if top.kind == "{" else "-")
            stack.append(_Frame(kind, expect_key=kind == "{"))
        elif kind in "}]":
            if stack:
                stack.pop()
                if path and stack:
                    path.pop()
        elif kind == ",":
            if stack:
                stack[-1].key = None
                stack[-1].expect_key = stack[-1].kind == "{"
        elif kind == ":":
            if stack:
                stack[-1].expect_key = False
        elif stack and stack[-1].kind == "{" and stack[-1].expect_key:
            word = _word(text, begin, end)[0]
            stack[-1].key = word
            stack[-1].keys.add(word)
    return here("", cursor, cursor)


def place_at(lines: Sequence[str], line: int, column: int) -> Place | None:
    """The place of the cursor at ``line``, ``column`` (from 0), or ``None`` inside a text or
    a comment, where no key or value of the format is typed."""
    if not 0 <= line < len(lines):
        return None
    text = lines[line].rstrip("\r\n")
    column = min(column, len(text))
    info = _parse(text)
    if info is None:  # an empty line: a key may be typed at the cursor's column
        if text.strip():
            return None  # a comment
        path = _mapping_path(lines, line, column)
        if path is None:
            return None
        return Place(tuple(path), None, "", column, column, _siblings(lines, line, column))
    if column > comment_start(text, info.content) or (column < info.content and not info.dashes):
        return None
    in_item = bool(info.dashes) and column >= info.dashes[-1] + 1
    if info.dashes and column < info.dashes[-1] + 1:
        return None
    if in_item and info.dashes:
        above = _mapping_path(lines, line, info.dashes[-1] + 1)
        prefix = [*above, "-"] if above is not None and info.key is not None else above
    else:
        prefix = _mapping_path(lines, line, info.key_start)
    if prefix is None:
        return None
    if info.key is None:
        if info.value.startswith(("{", "[")) and info.dashes:
            extra, key, word, begin, end, keys = _flow(text, info.content, len(text), column)
            return Place(tuple([*prefix, "-", *extra]), key, word, begin, end, keys)
        word, begin, end = _word(text, info.content, comment_start(text, info.content))
        if info.dashes:  # a list item being typed: a key of the item's table, or a plain item
            return Place(tuple([*prefix, "-"]), None, word, begin, end, frozenset())
        return Place(tuple(prefix), None, word, begin, end, _siblings(lines, line, info.key_start))
    siblings = _siblings(lines, line, info.key_start)
    if column <= info.key_end:
        begin, end = info.key_start, info.key_end
        while end > begin and text[end - 1] in " \t":
            end -= 1
        return Place(tuple(prefix), None, info.key, begin, end, siblings)
    if info.value.startswith(("{", "[")):
        extra, key, word, begin, end, keys = _flow(
            text, info.value_start, comment_start(text, info.content), column
        )
        return Place(tuple([*prefix, info.key, *extra]), key, word, begin, end, keys)
    if _is_block_scalar(info.value):
        return None
    word, begin, end = _word(text, info.value_start, comment_start(text, info.content))
    if not word:
        begin = end = max(column, info.key_end + 1)
    return Place(tuple(prefix), info.key, word, begin, end, siblings)
