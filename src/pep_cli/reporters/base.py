"""What a reporter is: a small class that writes a :class:`Report` to a stream."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, TextIO

if TYPE_CHECKING:
    from pep_cli.engine import Report


class Reporter:
    """Writes a report in one format. ``color`` only matters to terminal formats."""

    name: ClassVar[str]
    description: ClassVar[str]

    def __init__(self, *, color: bool = False) -> None:
        self.color = color

    def write(self, report: Report, stream: TextIO) -> None:
        raise NotImplementedError
