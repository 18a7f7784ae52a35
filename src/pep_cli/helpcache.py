"""Help screens kept from one ``pep --help`` to the next.

typer, click and rich take about 0.1 s to import, and the help screen is the same every
time for the same pep, the same libraries and the same terminal. So the first
``pep --help`` (or ``pep``, ``pep validate --help``, ``pep catalogue list -h``) runs
typer as always, and its screen is kept in the user's cache; the next one prints it
without importing typer.

The key holds everything the screen depends on: the arguments, pep's fingerprint
(its version and the hash of its source, as for the content cache), where typer,
click and rich are installed and when, whether the output goes to a terminal and its
size, and the environment variables that rich, typer and pep read for their layout and
colours. Anything else changed gives a new key: a screen is found or not, never stale.

Where: ``help/`` in the user's cache (:func:`pep_cli.cache.user_directory`), through
:class:`pep_cli.cache.Cache`: atomic entries, a foreign or corrupt one ignored, an
unwritable folder only means no cache. ``PEP_NO_HELP_CACHE=1`` turns it off.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

_NAME = re.compile(r"[a-z][a-z0-9-]*")
_HELP = ("--help", "-h")
# The variables rich, typer and click read for the layout, width and colours of a screen.
_ENVIRONMENT = (
    "COLORTERM",
    "COLUMNS",
    "FORCE_COLOR",
    "GITHUB_ACTIONS",
    "JUPYTER_COLUMNS",
    "JUPYTER_LINES",
    "LINES",
    "NO_COLOR",
    "PY_COLORS",
    "TERM",
    "TERMINAL_WIDTH",
    "TTY_COMPATIBLE",
    "TTY_INTERACTIVE",
    "TYPER_USE_RICH",
    "_TYPER_FORCE_DISABLE_TERMINAL",
)
_PREFIXES = ("PEP_", "LANG", "LC_")
_LIBRARIES = ("typer", "click", "rich")
_MAX_SCREEN = 256 * 1024


def is_request(args: list[str]) -> bool:
    """``pep`` alone, or commands followed by ``--help``/``-h``: a help screen, nothing else."""
    if os.environ.get("PEP_NO_HELP_CACHE") or os.environ.get("_PEP_COMPLETE"):
        return False
    if not args:
        return True
    *names, last = args
    return last in _HELP and len(names) <= 3 and all(_NAME.fullmatch(n) for n in names)


def _terminal() -> list[str]:
    """What rich sees of the terminal: which streams are one, and its size."""
    parts = []
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        try:
            parts.append(str(stream.isatty()))
        except (AttributeError, ValueError, OSError):
            parts.append("?")
    for fd in (0, 1, 2):
        try:
            size = os.get_terminal_size(fd)
            parts.append(f"{size.columns}x{size.lines}")
        except (AttributeError, ValueError, OSError):
            parts.append("-")
    return parts


def _key(args: list[str]) -> str:
    from pep_cli.cache import digest, library_stamps, pep_fingerprint

    parts: list[str | bytes] = ["help", pep_fingerprint(), sys.platform, *_terminal()]
    parts += library_stamps(_LIBRARIES)
    for variable in sorted(os.environ):
        if variable in _ENVIRONMENT or variable.startswith(_PREFIXES):
            parts.append(f"{variable}={os.environ[variable]}")
    parts.append("\0".join(args))
    return digest(*parts)


def _cache() -> Any:
    from pep_cli.cache import Cache, user_directory

    directory = user_directory()
    return Cache(directory / "help") if directory is not None else None


def show(args: list[str]) -> bool:
    """Print the kept screen of ``args`` and return True, or return False (none kept)."""
    if not is_request(args):
        return False
    cache = _cache()
    if cache is None:
        return False
    screen = cache.get(_key(args))
    if not isinstance(screen, str) or not screen:
        return False
    try:
        sys.stdout.write(screen)
        sys.stdout.flush()
    except BrokenPipeError:  # the reader went away: not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return True


class _Tee:
    """Standard output as rich sees it (a terminal or not), keeping a copy of the text."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream
        self.copy: list[str] = []
        self.size = 0

    def write(self, text: Any) -> int:
        if isinstance(text, str):
            self.copy.append(text)
            self.size += len(text)
        elif text:  # bytes for the binary stream: a screen this cannot keep whole
            self.size = _MAX_SCREEN + 1
        return int(self._stream.write(text) or 0)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextmanager
def recording(args: list[str]) -> Iterator[Callable[[int], None]]:
    """Run typer inside: when it shows the help screen of ``args`` (exit code 0), keep it."""
    if not is_request(args):
        yield lambda code: None
        return
    real = sys.stdout
    tee = _Tee(real)
    sys.stdout = tee
    outcome: list[int] = []
    try:
        yield outcome.append
    finally:
        sys.stdout = real
    if outcome == [0] and 0 < tee.size <= _MAX_SCREEN:
        cache = _cache()
        if cache is not None:
            cache.put(_key(args), "".join(tee.copy))
