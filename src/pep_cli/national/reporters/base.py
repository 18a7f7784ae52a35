"""What a national reporter is, and what it is given besides the view."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from pathlib import Path

    from pep_cli.data.repository import DataRepository
    from pep_cli.national.view import NationalView


@dataclass
class Rendering:
    """Where the view comes from, for formats that say so (workbook, PDF)."""

    repo: DataRepository
    revision: str | None = None  # the git commit of the data, when in git
    dirty: bool = False  # the data has changes not committed
    template_dirs: list[Path] = field(default_factory=list)


class NationalReporter:
    name: ClassVar[str]
    extension: ClassVar[str]
    binary: ClassVar[bool] = False
    description: ClassVar[str]

    def render(self, view: NationalView, rendering: Rendering) -> str | bytes:
        raise NotImplementedError
