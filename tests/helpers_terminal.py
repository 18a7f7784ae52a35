"""Running the installed ``pep`` in a pseudo-terminal, as a person at a terminal would."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pexpect

from helpers_validate import PEP

ANSI = "\x1b["


@dataclass(frozen=True)
class Screen:
    code: int
    text: str  # what the terminal received, escapes included, "\r\n" made "\n"


def terminal_env(**extra: str) -> dict[str, str]:
    """The environment of a person's terminal: no CI, no colour settings unless given."""
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "CI")}
    env.pop("COLUMNS", None)
    env.pop("PEP_DEBUG", None)
    env.update({"LC_ALL": "C.UTF-8", "TERM": "xterm-256color", **extra})
    return env


def in_terminal(
    args: Sequence[str | Path],
    cwd: Path,
    *,
    columns: int = 100,
    timeout: float = 120,
    **env: str,
) -> Screen:
    """Run ``pep args`` on a pseudo-terminal ``columns`` wide and read all it shows."""
    child = pexpect.spawn(
        str(PEP),
        [str(a) for a in args],
        cwd=str(cwd),
        env=terminal_env(**env),
        encoding="utf-8",
        dimensions=(50, columns),
        timeout=timeout,
    )
    text = child.read()
    child.close()
    code = child.exitstatus if child.exitstatus is not None else 128 + (child.signalstatus or 0)
    return Screen(code, text.replace("\r\n", "\n"))
