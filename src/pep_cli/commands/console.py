"""What every command's terminal output shares: colour, width, progress, interruption.

Colour follows, in this order: ``--color always|never`` (``auto`` by default), then
``NO_COLOR`` (set and not empty: no colour) and ``FORCE_COLOR`` (set and not empty:
colour), then whether the stream is a terminal (``TERM=dumb`` counts as none), as the
conventions of no-color.org and force-color.org say. rich is imported only by the
commands that draw with it.
"""

from __future__ import annotations

import os
import sys
from types import TracebackType
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from rich.console import Console

COLOR_MODES = ("auto", "always", "never")
_mode = {"color": "auto"}


def set_color_mode(mode: str) -> None:
    from pep_cli.errors import UsageError

    if mode not in COLOR_MODES:
        raise UsageError(f"--color : « {mode} » invalide ; valeurs : {', '.join(COLOR_MODES)}")
    _mode["color"] = mode


def color_enabled(stream: TextIO) -> bool:
    """Whether to write ANSI colours to ``stream``."""
    mode = _mode["color"]
    if mode != "auto":
        return mode == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    if os.environ.get("TERM") == "dumb":
        return False
    return _isatty(stream)


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed or replaced streams
        return False


def text_width(stream: TextIO) -> int | None:
    """The width to wrap text to: the terminal's (or ``COLUMNS``), or none for a pipe or file."""
    if not _isatty(stream) and not os.environ.get("COLUMNS", "").isdigit():
        return None
    import shutil  # only on a terminal, or with COLUMNS

    return max(40, shutil.get_terminal_size((100, 24)).columns)


def rich_console(stream: TextIO, color: bool | None = None, **settings: Any) -> Console:
    """A rich console on ``stream`` that colours exactly when :func:`color_enabled` says
    (or ``color``, when given)."""
    from rich.console import Console

    color = color_enabled(stream) if color is None else color
    settings.setdefault("highlight", False)
    settings.setdefault("emoji", False)
    return Console(
        file=stream,
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        **settings,
    )


def shows_progress(stream: TextIO) -> bool:
    """A progress bar only on a terminal, never in CI or when the output is piped."""
    if os.environ.get("CI") or os.environ.get("TERM") == "dumb":
        return False
    return _isatty(stream)


class Progress:
    """How a long job shows where it is: on a terminal, a bar on standard error (rich),
    under the lines that the job prints as each result is done; elsewhere (a pipe, a CI
    log) only those lines. While the bar is up, what is written to standard error is
    printed above it."""

    def __init__(self, total: int, description: str) -> None:
        self._bar: Any = None
        self._task: Any = None
        if total > 1 and shows_progress(sys.stderr):
            from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
            from rich.progress import Progress as Bar

            self._bar = Bar(
                TextColumn(description),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=rich_console(sys.stderr),
                transient=True,
            )
            self._task = self._bar.add_task(description, total=total)

    def __enter__(self) -> Progress:
        if self._bar is not None:
            self._bar.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.stop()

    def advance(self) -> None:
        if self._bar is not None:
            self._bar.advance(self._task)
