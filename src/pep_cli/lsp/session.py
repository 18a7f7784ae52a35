"""Validation for the editor: the open buffers in place of the files, through :mod:`pep_cli.api`.

A :class:`Session` knows the data repositories of the open documents and runs pep's
validation with every open buffer given to the API as an override, so that cross-file
rules see what is typed. Nothing here knows of the protocol: the server turns the
problems into diagnostics.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pep_cli import api

if TYPE_CHECKING:
    from pep_cli.check.problem import Problem
    from pep_cli.data.repository import DataRepository

YAML_SUFFIXES = (".yaml", ".yml")
# The files of a data repository whose change changes every convention's problems.
SETTINGS_FILES = ("pep.toml", "pyproject.toml", "catalogue.yaml", "territories.yaml")
_STANDALONE = re.compile(r"^schema_version\s*:", re.MULTILINE)
_WAIVER_MARK = re.compile(r"pep:(?=[ \t]*ignore)")
# A small convention validated once at start-up, in memory only.
_WARM_UP = """schema_version: 1
territory: {code: "15", name: Cantal}
edition: "2022"
period: {start: 2022, end: 2024}
status: draft
version: 1
actions:
  - id: essai
    objective: 1
    title: Essai
    indicators:
      - {label: Essai, unit: nombre, targets: {2022: 1, 2023: 1, 2024: 1}}
    funding:
      fir: {2022: 1, 2023: 1, 2024: 1}
funding:
  fir: {2022: 1, 2023: 1, 2024: 1}
"""


@dataclass
class Outcome:
    """The problems of one validation run, by file (resolved path), and what stopped it."""

    problems: dict[Path, list[Problem]] = field(default_factory=dict)
    error: str | None = None  # a usage error (configuration, catalogue): nothing was validated


def repository_rules() -> frozenset[str]:
    """The rules that look at every convention at once (``overlapping-periods``...)."""
    from pep_cli.check.rules import RULES

    return frozenset(rule for rule, module in RULES.items() if module.SCOPE == "repository")


class Session:
    """The data repositories of the open documents, and validation with the buffers."""

    def __init__(self, today: dt.date | None = None) -> None:
        from pep_cli.cache import MemoryCache

        self.today = today
        # What was found in each content: at a keystroke, only the edited file is checked.
        self.cache = MemoryCache()
        self._repositories: dict[Path, DataRepository] = {}
        self._standalone: DataRepository | None = None

    # --- which repository, which files --------------------------------------------------

    def repository(self, path: Path) -> DataRepository | None:
        """The data repository that holds ``path`` (``None`` when there is none above it)."""
        from pep_cli.data.repository import find_root

        root = find_root(path.parent)
        if root is None:
            return None
        if root not in self._repositories:
            self._repositories[root] = api.load_repository(root)
        return self._repositories[root]

    def standalone(self) -> DataRepository:
        """The repository of a convention outside any data repository: pep's own catalogue."""
        from pep_cli.data.repository import DataRepository

        if self._standalone is None:
            self._standalone = DataRepository(None)
        return self._standalone

    def forget(self, path: Path | None = None) -> None:
        """Read the repositories' settings again (``path``: a settings file was saved)."""
        if path is None or path.name in SETTINGS_FILES:
            self._repositories.clear()
            self._standalone = None

    def context(self, path: Path, text: str) -> DataRepository | None:
        """The repository a convention at ``path`` is validated in, or ``None`` when the
        file is no convention (another YAML file, a file the configuration excludes)."""
        if path.suffix not in YAML_SUFFIXES:
            return None
        repo = self.repository(path)
        if repo is None:
            return self.standalone() if _STANDALONE.search(text) else None
        directory = repo.conventions_dir
        if directory is None or not path.is_relative_to(directory.resolve()):
            return None
        return repo if repo.selects(path) else None

    def warm(self, folder: Path) -> Outcome:
        """Do ahead of the first open what every validation needs: import the engine, the
        rules and the model, read the catalogue, the territories and the configuration."""
        repo = self.repository(folder / "pep.toml")
        if repo is not None:
            repo.catalogue, repo.territories, repo.config  # noqa: B018 - read and kept
        probe = Path(folder) / ".pep-lsp-warm-up.yaml"
        return self.validate(self.standalone(), [probe], {probe: _WARM_UP})

    # --- validation ---------------------------------------------------------------------

    def validate(
        self,
        repo: DataRepository,
        paths: Iterable[Path],
        buffers: Mapping[Path, str],
    ) -> Outcome:
        """The problems of ``paths`` (all the repository's conventions when empty), with
        ``buffers`` (open documents, resolved paths) in place of the disk's files."""
        targets = list(paths)
        if repo.root is not None:
            # Paths in messages read as ``pep validate`` run at the repository's root gives
            # them. Validation runs in one thread at a time; the server uses no relative path.
            os.chdir(repo.root)
        overrides, extra = _neutralised({p: t for p, t in buffers.items() if _within(repo, p)})
        try:
            report = api.validate(
                repo, targets, today=self.today, overrides=overrides, cache=self.cache
            )
        except api.UsageError as exc:
            if not _is_waiver_error(str(exc)):
                return Outcome(error=str(exc))
            # A saved file names an unknown rule in a waiver: read it and try again.
            on_disk = _unsaved_waiver_faults(repo, targets, overrides)
            overrides.update(on_disk[0])
            extra.update(on_disk[1])
            try:
                report = api.validate(
                    repo, targets, today=self.today, overrides=overrides, cache=self.cache
                )
            except api.UsageError as again:
                return Outcome(error=str(again))
        outcome = Outcome()
        paths_by_display = {f.display: f.path.resolve() for f in report.conventions}
        for path in paths_by_display.values():
            outcome.problems[path] = list(extra.get(path, []))
        for problem in report.problems:
            where = paths_by_display.get(problem.path)
            if where is not None:
                outcome.problems[where].append(problem)
        for found in outcome.problems.values():
            found.sort()
        return outcome


def _within(repo: DataRepository, path: Path) -> bool:
    if repo.root is None:
        return True
    return path.is_relative_to(repo.root.resolve())


def _is_waiver_error(message: str) -> bool:
    return "dans la dérogation « # pep: ignore[…] »" in message


def _unknown_waiver_rules(path: Path, text: str) -> tuple[str, list[Problem]]:
    """``text`` with each waiver that names an unknown rule made inert (same length, same
    positions), and a problem for each unknown name, worded as ``pep validate`` says it."""
    from pep_cli.check.problem import Problem
    from pep_cli.check.rules import RULES, suggest
    from pep_cli.check.waivers import parse_waivers

    if "pep:" not in text:
        return text, []
    problems: list[Problem] = []
    lines = text.split("\n")
    for waiver in parse_waivers(text):
        unknown = [rule for rule in waiver.rules if rule not in RULES]
        if not unknown:
            continue
        for rule in unknown:
            close = suggest(rule)
            hint = f" ; vouliez-vous dire « {close} » ?" if close else " ; voir « pep rules »"
            line = lines[waiver.line - 1]
            column = line.find(rule, waiver.column - 1)
            problems.append(
                Problem(
                    path=str(path),
                    line=waiver.line,
                    column=(column + 1) if column >= 0 else waiver.column,
                    rule="waiver",
                    level="error",
                    message=f"règle « {rule} » inconnue dans la dérogation « # pep: ignore[…] »"
                    + hint,
                )
            )
        row = lines[waiver.line - 1]
        start = waiver.column - 1
        lines[waiver.line - 1] = row[:start] + _WAIVER_MARK.sub("pep;", row[start:], count=1)
    return "\n".join(lines), problems


def _neutralised(
    buffers: Mapping[Path, str],
) -> tuple[dict[str | Path, str | bytes], dict[Path, list[Problem]]]:
    overrides: dict[str | Path, str | bytes] = {}
    extra: dict[Path, list[Problem]] = {}
    for path, text in buffers.items():
        overrides[path], found = _unknown_waiver_rules(path, text)
        if found:
            extra[path] = found
    return overrides, extra


def _unsaved_waiver_faults(
    repo: DataRepository, targets: list[Path], overrides: Mapping[str | Path, str | bytes]
) -> tuple[dict[str | Path, str | bytes], dict[Path, list[Problem]]]:
    """The same, for the files on disk among ``targets`` (every convention when empty)."""
    changed: dict[str | Path, str | bytes] = {}
    extra: dict[Path, list[Problem]] = {}
    for path in targets or repo.conventions():
        resolved = path.resolve()
        if resolved in overrides:
            continue
        try:
            text = resolved.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        neutral, found = _unknown_waiver_rules(resolved, text)
        if found:
            changed[resolved] = neutral
            extra[resolved] = found
    return changed, extra
