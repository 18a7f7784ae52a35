"""Walking a folder for YAML files, as git sees it: ``.gitignore`` files are obeyed.

``.gitignore`` patterns are matched by pathspec (git's own rules: negation, anchoring,
``**``, directory-only patterns), not by hand-written globs. Each ``.gitignore`` applies
to the folder that holds it and below; those of the folders above the walk, up to
``base`` (the data repository's root), apply too. Folders whose name starts with a dot
(``.git``, ``.venv``, ``.github``) are never entered. Symbolic links to folders are not
followed, so a walk stays inside the folder it was given.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

YAML_SUFFIXES = (".yaml", ".yml")


@dataclass
class _Ignores:
    """The ``.gitignore`` specs met so far: (folder, spec), outermost first."""

    specs: list[tuple[Path, Any]] = field(default_factory=list)

    def add(self, folder: Path) -> None:
        ignore = folder / ".gitignore"
        try:
            if not ignore.is_file():
                return
            lines = ignore.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return
        from pathspec import GitIgnoreSpec

        # RE2: a pull request's .gitignore cannot make matching backtrack for hours.
        self.specs.append((folder, GitIgnoreSpec.from_lines(lines, backend="re2")))

    def ignored(self, path: Path, is_dir: bool) -> bool:
        for folder, spec in self.specs:
            try:
                relative = path.relative_to(folder).as_posix()
            except ValueError:
                continue
            if spec.match_file(relative + "/" if is_dir else relative):
                return True
        return False


def yaml_files(folder: Path, base: Path | None = None) -> list[Path]:
    """Every ``.yaml``/``.yml`` file below ``folder`` that git would not ignore, sorted.

    ``base`` (an ancestor of ``folder``, or ``folder`` itself) is where ``.gitignore``
    files start to count.
    """
    folder = Path(folder)
    ignores = _Ignores()
    start = folder.absolute()
    top = base.absolute() if base is not None else start
    if top != start and start.is_relative_to(top):
        current = top
        ignores.add(current)
        for part in start.relative_to(top).parts[:-1]:
            current = current / part
            ignores.add(current)
    return sorted(_walk(folder, start, ignores))


def _walk(folder: Path, absolute: Path, ignores: _Ignores) -> Iterator[Path]:
    depth = len(ignores.specs)
    ignores.add(absolute)
    try:
        entries = sorted(os.scandir(absolute), key=lambda e: e.name)
    except OSError:
        entries = []
    for entry in entries:
        here = absolute / entry.name
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
            is_file = entry.is_file()
        except OSError:
            continue
        if is_dir:
            if entry.name.startswith(".") or ignores.ignored(here, True):
                continue
            yield from _walk(folder / entry.name, here, ignores)
        elif is_file and entry.name.endswith(YAML_SUFFIXES) and not ignores.ignored(here, False):
            yield folder / entry.name
    del ignores.specs[depth:]
