"""One open document as the features see it: its text, its lines, and the position codec.

pep counts columns in code points; a client counts them in UTF-16 code units unless it
asked for UTF-8 or UTF-32 at initialisation. Every position goes through here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from lsprotocol import types

_NEWLINE = re.compile(r"\r\n|\r|\n")


@dataclass
class Buffer:
    path: Path
    text: str
    encoding: str = types.PositionEncodingKind.Utf16
    version: int | None = None
    _units: dict[int, int] = field(default_factory=dict, repr=False)

    @cached_property
    def lines(self) -> list[str]:
        """The lines as the protocol counts them (a final newline opens one more, empty)."""
        return _NEWLINE.split(self.text)

    def _width(self, text: str) -> int:
        if self.encoding == types.PositionEncodingKind.Utf32:
            return len(text)
        if self.encoding == types.PositionEncodingKind.Utf8:
            return len(text.encode("utf-8"))
        return len(text.encode("utf-16-le")) // 2

    def line(self, index: int) -> str:
        return self.lines[index] if 0 <= index < len(self.lines) else ""

    def position(self, line: int, column: int) -> types.Position:
        """The client's position of ``line``, ``column`` (code points, from 0)."""
        text = self.line(line)
        return types.Position(line=max(line, 0), character=self._width(text[: max(column, 0)]))

    def range(self, line: int, start: int, end_line: int, end: int) -> types.Range:
        return types.Range(start=self.position(line, start), end=self.position(end_line, end))

    def cursor(self, position: types.Position) -> tuple[int, int]:
        """``(line, column)`` in code points of a client's position."""
        text = self.line(position.line)
        if self.encoding == types.PositionEncodingKind.Utf32:
            return position.line, min(position.character, len(text))
        units = 0
        for index, char in enumerate(text):
            if units >= position.character:
                return position.line, index
            units += self._width(char)
        return position.line, len(text)

    def whole(self) -> types.Range:
        """The range of the whole text."""
        return types.Range(
            start=types.Position(line=0, character=0),
            end=self.position(len(self.lines) - 1, len(self.lines[-1])),
        )
