"""Baselines: report only the problems that a revision did not already have.

The revision comes in as a :class:`Snapshot` (``pep_cli.history.git.data_snapshot``):
this package knows nothing of git.

The conventions as they were at the revision are validated by the same engine,
under today's configuration, then a current problem is dropped when the
revision had a problem of the same rule, in the same file (following renames),
at the same place in the document: the value's pointer, or the message when a
problem has no pointer. Line numbers play no part, so moving lines does not
resurrect old problems. Matching counts: two old problems hide at most two
new ones with the same key.
"""

from __future__ import annotations

import dataclasses
import tempfile
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from pep_cli.errors import UsageError

if TYPE_CHECKING:
    from pep_cli.check.engine import Options, Report
    from pep_cli.check.problem import Problem
    from pep_cli.data.repository import DataRepository

Key = tuple[str, str, str]


class Snapshot(Protocol):
    """The data repository at a revision, as the history package provides it."""

    @property
    def revision(self) -> str:
        """The revision as the user wrote it, to name it in messages and reports."""

    @property
    def renames(self) -> Mapping[str, str]:
        """Convention paths then -> now, relative to the data repository's root."""

    def export(self, destination: Path) -> None:
        """Write the repository's ``data/`` as it was then under ``destination``."""


def against_baseline(
    repo: DataRepository, report: Report, snapshot: Snapshot, options: Options
) -> Report:
    """``report`` without the problems already present in ``snapshot``."""
    from pep_cli.check.engine import validate
    from pep_cli.data.repository import DataRepository

    assert repo.root is not None
    with tempfile.TemporaryDirectory(prefix="pep-baseline-") as scratch:
        then = Path(scratch)
        snapshot.export(then)
        try:
            old = validate(DataRepository(then, config_override=repo.config), (), options)
        except UsageError as exc:
            raise UsageError(
                f"--baseline : à la révision « {snapshot.revision} » : {exc}"
            ) from None
        known = Counter(_key(p, then, snapshot.renames) for p in old.problems if p.waived is None)
    kept, hidden = drop_known(report.problems, repo.root, known)
    return dataclasses.replace(report, problems=kept, baseline=snapshot.revision, known=hidden)


def drop_known(
    problems: list[Problem], root: Path, known: Counter[Key]
) -> tuple[list[Problem], int]:
    """The problems whose key is not (or no longer) in ``known``, and how many were dropped."""
    remaining = Counter(known)
    kept = []
    for problem in problems:
        key = _key(problem, root, {})
        if problem.waived is None and remaining[key] > 0:
            remaining[key] -= 1
            continue
        kept.append(problem)
    return kept, len(problems) - len(kept)


def _key(problem: Problem, root: Path, renames: Mapping[str, str]) -> Key:
    path = root_relative(problem.path, root)
    return (renames.get(path, path), problem.rule, problem.pointer or problem.message)


def root_relative(display: str, root: Path) -> str:
    """A report's path (relative to the current folder, or absolute) relative to ``root``."""
    try:
        return (Path.cwd() / display).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return display
