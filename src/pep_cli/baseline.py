"""Baselines: report only the problems that a revision did not already have.

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
from typing import TYPE_CHECKING

from pep_cli.errors import UsageError

if TYPE_CHECKING:
    from pep_cli.engine import Options, Report
    from pep_cli.problem import Problem
    from pep_cli.repository import DataRepository

Key = tuple[str, str, str]


def against_baseline(
    repo: DataRepository, report: Report, revision: str, options: Options
) -> Report:
    """``report`` without the problems already present at ``revision``."""
    from pep_cli.engine import validate
    from pep_cli.gitrev import GitCheckout
    from pep_cli.repository import DataRepository

    assert repo.root is not None
    checkout = GitCheckout.of(repo.root, "--baseline")
    base = checkout.base(revision)
    renames = {c.old_path: c.path for c in checkout.changes(base) if c.old_path is not None}
    with tempfile.TemporaryDirectory(prefix="pep-baseline-") as scratch:
        then = Path(scratch)
        checkout.export(base, then)
        try:
            old = validate(DataRepository(then, config_override=repo.config), (), options)
        except UsageError as exc:
            raise UsageError(f"--baseline : à la révision « {revision} » : {exc}") from None
        known = Counter(_key(p, then, renames) for p in old.problems if p.waived is None)
    kept, hidden = drop_known(report.problems, repo.root, known)
    return dataclasses.replace(report, problems=kept, baseline=revision, known=hidden)


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
