"""Where a rendered document comes from: the file, its last git commit, and the document's date.

A document states the convention file it was rendered from, the last commit
that touched that file (``git log -1``), and whether the file has changes
not yet committed. Its date is ``SOURCE_DATE_EPOCH`` when set, else the date
of that commit; never the wall clock, so the same input gives the same bytes.

All files are looked up with two git calls per repository (one ``git log``,
one ``git status``), not two per file: rendering a hundred conventions stays fast.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pep_cli.errors import UsageError
from pep_cli.history import git

State = Literal["committed", "modified", "untracked", "outside-git"]


@dataclass(frozen=True)
class Provenance:
    """The origin of one document."""

    path: str  # as the document shows it: relative to the data repository
    state: State
    commit: str | None = None  # full hash of the last commit that touched the file
    commit_date: dt.date | None = None  # in the committer's time zone
    commit_epoch: int | None = None
    date: dt.date | None = None  # the document's date
    epoch: int | None = None  # the same, in seconds since 1970 (SOURCE_DATE_EPOCH for TeX)
    from_environment: bool = False  # the date comes from SOURCE_DATE_EPOCH

    @property
    def short_commit(self) -> str | None:
        return self.commit[:12] if self.commit else None


def source_date_epoch(environ: Mapping[str, str] | None = None) -> int | None:
    """``SOURCE_DATE_EPOCH`` (reproducible-builds.org), or ``None`` when unset."""
    value = (os.environ if environ is None else environ).get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return None
    if not (value.isascii() and value.isdigit()):
        raise UsageError(
            f"SOURCE_DATE_EPOCH « {value} » invalide : un nombre entier de secondes depuis le "
            "1er janvier 1970 est attendu"
        )
    return int(value)


def lookup(
    paths: Iterable[Path], root: Path | None, environ: Mapping[str, str] | None = None
) -> dict[Path, Provenance]:
    """The provenance of each file of ``paths`` (keys: the resolved paths)."""
    epoch = source_date_epoch(environ)
    resolved = [path.resolve() for path in paths]
    toplevels: dict[Path, Path | None] = {}  # one git call per folder, not per file
    by_toplevel: dict[Path | None, list[Path]] = {}
    for path in resolved:
        if path.parent not in toplevels:
            toplevels[path.parent] = git.toplevel(path.parent)
        by_toplevel.setdefault(toplevels[path.parent], []).append(path)
    found: dict[Path, Provenance] = {}
    for toplevel, files in by_toplevel.items():
        commits = git.last_commits(toplevel, files) if toplevel else {}
        changed = git.uncommitted(toplevel, files) if toplevel else {}
        for path in files:
            found[path] = _provenance(
                path, root, toplevel, commits.get(path), changed.get(path), epoch
            )
    return found


def shown_path(path: Path, root: Path | None) -> str:
    """The file as a document names it: relative to the data repository, else its name."""
    if root is not None:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return path.name


def _provenance(
    path: Path,
    root: Path | None,
    toplevel: Path | None,
    commit: tuple[str, int, dt.date] | None,
    status: str | None,
    epoch: int | None,
) -> Provenance:
    shown = shown_path(path, root)
    if toplevel is None:
        state: State = "outside-git"
    elif commit is None:
        state = "untracked"
    else:
        state = "modified" if status else "committed"
    if epoch is not None:
        date: dt.date | None = dt.datetime.fromtimestamp(epoch, tz=dt.UTC).date()
        document_epoch: int | None = epoch
    elif commit is not None:
        date, document_epoch = commit[2], commit[1]
    else:
        date = document_epoch = None
    return Provenance(
        path=shown,
        state=state,
        commit=commit[0] if commit else None,
        commit_date=commit[2] if commit else None,
        commit_epoch=commit[1] if commit else None,
        date=date,
        epoch=document_epoch,
        from_environment=epoch is not None,
    )
