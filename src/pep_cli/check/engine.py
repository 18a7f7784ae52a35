"""The validation engine: read files, run the rules, collect problems; no terminal here."""

from __future__ import annotations

import datetime as dt
import functools
import gc
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from pep_cli.check.problem import Problem, format_pointer
from pep_cli.check.rules.base import Context, Finding
from pep_cli.check.waivers import apply_waivers, check_rule_names
from pep_cli.data.yamlsource import EDITOR_LINE_BREAK, Document, read_document
from pep_cli.errors import UsageError

if TYPE_CHECKING:
    from pep_cli.check.waivers import Waiver
    from pep_cli.data.model import Convention
    from pep_cli.data.repository import DataRepository


@dataclass
class ConventionFile:
    """One convention file as read: its document, and its model when the schema holds."""

    path: Path
    display: str
    doc: Document
    model: Convention | None = None
    schema_findings: list[Finding] = field(default_factory=list)

    @cached_property
    def waivers(self) -> list[Waiver]:
        """The ``# pep: ignore[...]`` comments of the file."""
        from pep_cli.check.waivers import parse_waivers

        if "pep:" not in self.doc.text:
            return []
        return parse_waivers(self.doc.text, self.doc.scalar_spans())


def display_path(path: Path, base: Path | None = None) -> str:
    """The path as reports show it: relative to ``base`` (default: the current folder) if below."""
    base = (base or Path.cwd()).resolve()
    try:
        return path.resolve().relative_to(base).as_posix()
    except ValueError:
        pass
    try:  # a symbolic link out of the folder: shown where it is, not where it leads
        return Path(os.path.abspath(path)).relative_to(base).as_posix()
    except ValueError:
        return path.as_posix()


def load_convention(
    path: Path, display: str | None = None, raw: bytes | None = None, root: Path | None = None
) -> ConventionFile:
    """Read (or take ``raw``, its unsaved content) and schema-check one convention file;
    never raises on bad input. A file that a symbolic link takes out of ``root`` (the data
    repository) is not read: a ``syntax`` problem says so."""
    from pep_cli.data.model import validate

    doc = read_document(path, raw, within=root)
    file = ConventionFile(path=path, display=display or display_path(path), doc=doc)
    if doc.readable:
        file.model, errors = validate(doc.data)
        file.schema_findings = [
            Finding(pointer, message, at_key) for pointer, message, at_key in errors
        ]
    return file


@contextmanager
def _without_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while a run builds its data.

    The documents and models of a run have no reference cycles: they are freed
    by reference counting. Left on, the collector walks every live object again
    and again as the run grows (a third of the time on a thousand files).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load_conventions(
    paths: Sequence[Path],
    overrides: Mapping[Path, bytes] | None = None,
    root: Path | None = None,
) -> list[ConventionFile]:
    """:func:`load_convention` for each path, in order, on every core for large runs.

    ``overrides`` gives the content of some files (resolved paths) in place of the disk's:
    an editor's unsaved buffer, standard input.
    """
    from pep_cli.parallel import parallel_map

    if overrides:
        return [load_convention(p, raw=overrides.get(p.resolve()), root=root) for p in paths]
    return parallel_map(functools.partial(load_convention, root=root), paths)


@dataclass
class Report:
    """The outcome of a run: every problem (waived ones included) and the files looked at."""

    problems: list[Problem]
    # The files as read, in order: reporters quote their lines, render goes on with them.
    conventions: list[ConventionFile] = field(default_factory=list, repr=False)
    # With --baseline: the revision compared with, and how many problems it already had.
    baseline: str | None = None
    known: int = 0

    @property
    def files(self) -> list[str]:
        """The files looked at, as reports show them."""
        return [f.display for f in self.conventions]

    @cached_property
    def _texts(self) -> dict[str, str]:
        return {f.display: f.doc.text for f in self.conventions}

    @cached_property
    def _lines(self) -> dict[str, list[str]]:
        return {}

    def source_line(self, path: str, line: int) -> str:
        """Line ``line`` (from 1) of the file shown as ``path``, to quote under a problem.

        Lines end as editors and git end them (``\n``, ``\r\n``, ``\r``), not at every
        character ``str.splitlines`` breaks on; each file is split once per report.
        """
        lines = self._lines.get(path)
        if lines is None:
            lines = self._lines[path] = EDITOR_LINE_BREAK.split(self._texts.get(path, ""))
        return lines[line - 1] if 0 < line <= len(lines) else ""

    @property
    def errors(self) -> int:
        return sum(p.is_error for p in self.problems)

    @property
    def warnings(self) -> int:
        return sum(p.is_warning for p in self.problems)

    @property
    def waived(self) -> int:
        return sum(p.waived is not None for p in self.problems)

    def failed(self, strict: bool = False) -> bool:
        return self.errors > 0 or (strict and self.warnings > 0)

    def summary(self) -> dict[str, int]:
        counts = {
            "files": len(self.files),
            "errors": self.errors,
            "warnings": self.warnings,
            "waived": self.waived,
        }
        if self.baseline is not None:
            counts["known"] = self.known
        return counts


@dataclass
class Options:
    today: dt.date = field(default_factory=dt.date.today)
    # Rule id -> "error" | "warning" | "off"; these win over the repository's configuration,
    # and rules named in neither keep their default level.
    levels: Mapping[str, str] = field(default_factory=dict)
    # Contents that replace files on disk (keys: resolved paths), for every rule, cross-file
    # rules included; a key need not exist on disk (a buffer not saved yet).
    overrides: Mapping[Path, bytes] = field(default_factory=dict)


def collect(
    paths: Sequence[Path], repo: DataRepository, overrides: Mapping[Path, bytes] | None = None
) -> list[Path]:
    """The convention files named by ``paths`` (files or folders), or the repository's.

    The configuration's include/exclude apply to every file under the data
    repository's root, named or found in a folder; a folder gives only the files that
    are conventions (see :meth:`DataRepository.conventions_below`), a named file is
    taken as it is.
    """
    if not paths:
        return repo.conventions()
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(repo.conventions_below(path))
        elif path.is_file() or (overrides and path.resolve() in overrides):
            found.append(path)
        else:
            raise UsageError(f"chemin introuvable : {path}")
    unique: dict[Path, Path] = {}
    for path in found:
        if repo.selects(path):
            unique.setdefault(path.resolve(), path)
    return list(unique.values())


def validate(
    repo: DataRepository,
    paths: Sequence[Path] = (),
    options: Options | None = None,
    *,
    selected: Iterable[Path] | None = None,
) -> Report:
    """Validate the conventions named by ``paths`` (default: all of the repository).

    Cross-file rules always see every convention of the repository; their
    problems are reported only for the files asked for. ``selected``, when
    given, narrows the files reported on further (``--changed-since``).
    """
    from pep_cli.check.rules import RULES, suggest

    repo.config.check_rule_names(RULES, suggest)
    options = options or Options()
    in_repository = repo.conventions()
    if options.overrides and repo.conventions_dir is not None:
        known = {p.resolve() for p in in_repository}
        inside = repo.conventions_dir.resolve()
        in_repository += sorted(
            p for p in options.overrides if p not in known and p.is_relative_to(inside)
        )
    targets = collect(paths, repo, options.overrides) if paths else in_repository
    if selected is not None:
        keep = {p.resolve() for p in selected}
        targets = [p for p in targets if p.resolve() in keep]
    context = Context(catalogue=repo.catalogue, territories=repo.territories, today=options.today)
    configured = {**repo.config.levels, **options.levels}
    levels = {rule_id: configured.get(rule_id, module.LEVEL) for rule_id, module in RULES.items()}
    active = {rule_id: module for rule_id, module in RULES.items() if levels[rule_id] != "off"}

    with _without_gc():
        return _validate(repo, targets, in_repository, options, levels, active, context)


def _validate(
    repo: DataRepository,
    targets: list[Path],
    in_repository: list[Path],
    options: Options,
    levels: dict[str, str],
    active: dict[str, ModuleType],
    context: Context,
) -> Report:
    from pep_cli.check.rules import RULES

    files = load_conventions(targets, options.overrides, repo.root)
    check_rule_names(files, RULES)
    problems: list[Problem] = []
    for file in files:
        for rule_id, module in active.items():
            if module.SCOPE == "document" or (
                module.SCOPE == "convention" and file.model is not None
            ):
                problems.extend(_run(module, file, file, context, levels[rule_id]))

    repository_rules = [m for m in active.values() if m.SCOPE == "repository"]
    if repository_rules:
        everyone = _whole_repository(files, in_repository, options.overrides, repo.root)
        reported = {id(f) for f in files}
        valid = [f for f in everyone if f.model is not None]
        for module in repository_rules:
            problems.extend(
                p for p in _run_repository(module, valid, context, levels[module.ID], reported)
            )
    problems = _waive(problems, files, levels)
    problems.sort()
    return Report(problems=problems, conventions=files)


def _waive(
    problems: list[Problem], files: list[ConventionFile], levels: dict[str, str]
) -> list[Problem]:
    """Mark what waivers lift, and report (rule ``waiver``) the waivers that lift nothing."""
    from pep_cli.check.rules import waiver

    problems, unused = apply_waivers(problems, files, levels)
    if levels[waiver.ID] != "off":
        level = levels[waiver.ID]
        problems.extend(_problem(f, waiver, level, waiver.unused(w, rule)) for f, w, rule in unused)
    return problems


def _whole_repository(
    files: list[ConventionFile],
    paths: list[Path],
    overrides: Mapping[Path, bytes],
    root: Path | None = None,
) -> list[ConventionFile]:
    loaded = {f.path.resolve() for f in files}
    rest = [p for p in paths if p.resolve() not in loaded]
    return files + load_conventions(rest, overrides, root)


def _problem(file: ConventionFile, module: ModuleType, level: str, finding: Finding) -> Problem:
    if finding.position is not None:
        line, column = finding.position
    else:
        line, column = file.doc.locate(finding.pointer, key=finding.at_key)
    return Problem(
        path=file.display,
        line=line,
        column=column,
        rule=module.ID,
        level=level,
        message=finding.message,
        pointer=format_pointer(finding.pointer, file.doc.data),
    )


def _crash(file: ConventionFile, module: ModuleType, exc: Exception) -> Problem:
    if os.environ.get("PEP_DEBUG"):
        raise exc
    return Problem(
        path=file.display,
        line=1,
        column=1,
        rule=module.ID,
        level="error",
        message=f"la règle a échoué sur ce fichier ({type(exc).__name__} : {exc}) ; signalez-le",
    )


def _run(
    module: ModuleType, subject: object, file: ConventionFile, context: Context, level: str
) -> list[Problem]:
    try:
        return [
            _problem(file, module, level, finding) for finding in module.check(subject, context)
        ]
    except Exception as exc:  # a rule's bug becomes a problem; the run goes on
        return [_crash(file, module, exc)]


def _run_repository(
    module: ModuleType,
    files: list[ConventionFile],
    context: Context,
    level: str,
    reported: set[int],
) -> list[Problem]:
    try:
        return [
            _problem(file, module, level, finding)
            for file, finding in module.check(files, context)
            if id(file) in reported
        ]
    except Exception as exc:
        return [_crash(files[0], module, exc)] if files else []
