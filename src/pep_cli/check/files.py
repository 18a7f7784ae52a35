"""Which files a command works on, and how reports name them (no rule, no model: ``pep fmt``
needs these without the engine)."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pep_cli.errors import UsageError
from pep_cli.fileio import real_path

if TYPE_CHECKING:
    from pep_cli.data.repository import DataRepository

__all__ = ["collect", "display_path", "shown_path"]


def display_path(path: Path, base: Path | None = None) -> str:
    """The path as reports show it: relative to ``base`` (default: the current folder) if below."""
    return shown_path(path, Path(real_path(path)), Path(real_path(base or Path.cwd())))


def shown_path(path: Path, resolved: Path, base: Path) -> str:
    """:func:`display_path` with ``resolved`` (the path's target) and ``base`` resolved."""
    try:
        return resolved.relative_to(base).as_posix()
    except ValueError:
        pass
    try:  # a symbolic link out of the folder: shown where it is, not where it leads
        return Path(os.path.abspath(path)).relative_to(base).as_posix()
    except ValueError:
        return path.as_posix()


def collect(
    paths: Sequence[Path],
    repo: DataRepository,
    overrides: Mapping[Path, bytes] | None = None,
    resolved: dict[Path, Path] | None = None,
) -> list[Path]:
    """The convention files named by ``paths`` (files or folders), or the repository's.

    The configuration's include/exclude apply to every file under the data
    repository's root, named or found in a folder; a folder gives only the files that
    are conventions (see :meth:`DataRepository.conventions_below`), a named file is
    taken as it is. ``resolved`` receives each file's resolved path (resolving costs
    system calls: once per path and run).
    """
    resolved = {} if resolved is None else resolved
    if not paths:
        return repo.conventions()
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(repo.conventions_below(path))
        elif path.is_file() or (overrides and Path(real_path(path)) in overrides):
            found.append(path)
        else:
            raise UsageError(f"chemin introuvable : {path}")
    unique: dict[Path, Path] = {}
    for path in found:
        if repo.selects(path):
            real = resolved[path] = Path(real_path(path))
            unique.setdefault(real, path)
    return list(unique.values())
