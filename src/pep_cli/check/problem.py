"""The one value every check produces: a problem at a position in a file."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Level = Literal["error", "warning"]


@dataclass(frozen=True, order=True, slots=True)
class Problem:
    """A problem found in ``path`` at ``line``:``column`` (both counted from 1).

    Problems sort by file, then position, then rule, so that tests compare
    whole lists and reports read top to bottom.
    """

    path: str
    line: int
    column: int
    rule: str
    level: str
    message: str
    # Where the value sits in the document (e.g. "funding.fir.2023"): stable
    # when lines move, so baselines can match problems across revisions.
    pointer: str = field(default="", compare=False)
    waived: str | None = field(default=None, compare=False)

    @property
    def is_error(self) -> bool:
        return self.level == "error" and self.waived is None

    @property
    def is_warning(self) -> bool:
        return self.level == "warning" and self.waived is None

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "rule": self.rule,
            "level": self.level,
            "message": self.message,
            "pointer": self.pointer,
        }
        if self.waived is not None:
            data["waived"] = self.waived
        return data


def format_pointer(pointer: tuple[Any, ...], data: Any = None) -> str:
    """``("actions", 2, "funding", "fir", 2023)`` -> ``"actions[2].funding.fir.2023"``.

    List indices are written ``[i]`` and mapping keys ``.key``; the data tells
    which is which, since years are integer keys too.
    """
    out = ""
    node = data
    for part in pointer:
        if isinstance(node, list):
            out += f"[{part}]"
            node = node[part] if isinstance(part, int) and 0 <= part < len(node) else None
        else:
            out += f".{part}" if out else str(part)
            node = node.get(part) if isinstance(node, dict) else None
    return out
