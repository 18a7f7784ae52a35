"""The validation engine: read files, run the rules, collect problems; no terminal here.

A run looks at each file once: its bytes are read and hashed, and when the content
cache (:mod:`pep_cli.cache`) has seen the same bytes under the same pep, catalogue,
territories and configuration, its findings and its summary are taken from there: the
file is neither parsed nor validated, and pydantic is not even imported. Otherwise the
file is read, checked by every rule, summarized (:mod:`pep_cli.check.summary`) and
released: a run holds bytes, findings and summaries, not models (``keep_models`` keeps
them, for rendering). Cross-file rules run on the summaries, their findings cached
under the summaries of the whole repository.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from pep_cli.check.files import collect, display_path, shown_path
from pep_cli.check.problem import Problem, format_pointer
from pep_cli.check.rules.base import Context, Finding
from pep_cli.check.waivers import apply_waivers, check_rule_names
from pep_cli.data.yamlsource import EDITOR_LINE_BREAK, Document, decode_text, read_document

if TYPE_CHECKING:
    from pep_cli.cache import Cache
    from pep_cli.check.summary import Summary
    from pep_cli.check.waivers import Waiver
    from pep_cli.data.model import Convention
    from pep_cli.data.repository import DataRepository


class _Unset:
    """A model not read yet (None is a model too: the file does not match the schema).

    One object, even across processes: a worker's answer unpickles to this very one."""

    def __reduce__(self) -> str:
        return "_UNSET"

    def __repr__(self) -> str:
        return "_UNSET"


_UNSET: Any = _Unset()


@dataclass(frozen=True, slots=True)
class Found:
    """A problem as a file's examination finds it, before the run stamps its file's name and
    its rule's level (both may differ from one run to the next): what the cache keeps."""

    rule: str
    line: int
    column: int
    message: str
    pointer: str = ""
    crashed: bool = False  # the rule failed on the file: always an error

    def as_list(self) -> list[Any]:
        return [self.rule, self.line, self.column, self.message, self.pointer, self.crashed]

    @classmethod
    def from_list(cls, item: Any) -> Found:
        rule, line, column, message, pointer, crashed = item
        if not (
            isinstance(rule, str)
            and type(line) is int
            and type(column) is int
            and isinstance(message, str)
            and isinstance(pointer, str)
            and isinstance(crashed, bool)
        ):
            raise ValueError("foreign cached problem")
        return cls(rule, line, column, message, pointer, crashed)


class ConventionFile:
    """One convention file of a run: its bytes; its document and model, read on demand.

    Rules see ``doc`` and ``model`` as before; a file whose findings came from the cache
    reads them only if someone asks (a cross-file problem to place, a document to render).
    """

    def __init__(
        self,
        path: Path,
        display: str,
        doc: Document | None = None,
        model: Convention | None = _UNSET,
        schema_findings: list[Finding] | None = None,
        *,
        raw: bytes | None = None,
        resolved: Path | None = None,
        root: Path | None = None,
    ) -> None:
        self.path = path
        self.root = root  # the data repository: a link out of it is not followed
        self.display = display
        self.raw = raw
        self.resolved = resolved or path.resolve()
        self._doc = doc
        self._model = model
        self.schema_findings = schema_findings or []
        self.found: list[Found] = []
        self.summary: Summary | None = None
        # The summary as the cache holds it, decoded only if the cross-file rules must run.
        self.cached_facts: Any = None
        self.key: str | None = None  # under which the cache knows this content
        # What the run's ``after`` made of this file, where it was checked (see validate).
        self.made: Any = None

    @property
    def doc(self) -> Document:
        if self._doc is None:
            self._doc = read_document(self.path, self.raw, within=self.root)
        return self._doc

    @property
    def model(self) -> Convention | None:
        """The convention when its content matches the schema (validated on first use)."""
        if self._model is _UNSET:
            doc = self.doc
            self._model = None
            if doc.readable:
                from pep_cli.data.light import validate_convention

                # A valid file is read without pydantic; pydantic reports on the others.
                self._model, errors = validate_convention(doc.data)
                self.schema_findings = [
                    Finding(pointer, message, at_key) for pointer, message, at_key in errors
                ]
        return self._model

    @property
    def text(self) -> str:
        """The file's text, as reports quote it."""
        if self._doc is not None or self.raw is None:
            return self.doc.text
        return decode_text(self.raw)

    @cached_property
    def waivers(self) -> list[Waiver]:
        """The ``# pep: ignore[...]`` comments of the file."""
        from pep_cli.check.waivers import parse_waivers

        # Only a file that mentions them is read as YAML (to tell comments from text).
        if self.raw is not None and b"pep:" not in self.raw:
            return []
        if "pep:" not in self.doc.text:
            return []
        return parse_waivers(self.doc.text, self.doc.scalar_spans())

    def release(self) -> None:
        """Forget the document and the model (read again if asked for): a run keeps bytes."""
        self._doc = None
        self._model = _UNSET
        self.schema_findings = []


def load_convention(
    path: Path, display: str | None = None, raw: bytes | None = None, root: Path | None = None
) -> ConventionFile:
    """Read (or take ``raw``, its unsaved content) and schema-check one convention file;
    never raises on bad input. A file that a symbolic link takes out of ``root`` (the data
    repository) is not read: a ``syntax`` problem says so."""
    file = ConventionFile(path, display or display_path(path), raw=raw, root=root)
    file.model  # noqa: B018 - reads and validates now
    return file


@contextmanager
def _without_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while a run builds its data.

    The documents and models of a run have no reference cycles: they are freed
    by reference counting. Left on, the collector walks every live object again
    and again as the run grows (a third of the time on a thousand files); at the
    end, what the run still holds is frozen (``gc.freeze``), so that turning the
    collector back on does not walk it once more.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.freeze()
            gc.enable()


@dataclass
class Report:
    """The outcome of a run: every problem (waived ones included) and the files looked at."""

    problems: list[Problem]
    # The files as read, in order: reporters quote their lines, render goes on with them.
    conventions: list[ConventionFile] = field(default_factory=list, repr=False)
    # With --baseline: the revision compared with, and how many problems it already had.
    baseline: str | None = None
    known: int = 0
    # Repository-level notices (--config-from: the trusted files the working tree changes).
    notices: list[str] = field(default_factory=list)
    # The rules that did not run on a file because it breaks the schema (display -> ids).
    not_run: dict[str, list[str]] = field(default_factory=dict, repr=False)

    @property
    def files(self) -> list[str]:
        """The files looked at, as reports show them."""
        return [f.display for f in self.conventions]

    @cached_property
    def _by_display(self) -> dict[str, ConventionFile]:
        return {f.display: f for f in self.conventions}

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
            file = self._by_display.get(path)
            text = file.text if file is not None else ""
            lines = self._lines[path] = EDITOR_LINE_BREAK.split(text) if text else []
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
    # Where findings are kept between runs (None: no cache, every file is read).
    cache: Cache | None = None


def validate(
    repo: DataRepository,
    paths: Sequence[Path] = (),
    options: Options | None = None,
    *,
    selected: Iterable[Path] | None = None,
    keep_models: bool = False,
    after: After | None = None,
    ready: Ready | None = None,
) -> Report:
    """Validate the conventions named by ``paths`` (default: all of the repository).

    Cross-file rules always see every convention of the repository; their
    problems are reported only for the files asked for. ``selected``, when
    given, narrows the files reported on further (``--changed-since``).
    ``keep_models`` keeps each file's document and model in the report (to render
    them); otherwise they are read again only if asked for.

    ``after`` is called on each file asked for, as soon as its own rules have run, in the
    process that checked it (a worker, when the files are spread over the cores): with the
    file (its model, its findings) and the run's levels. What it returns is kept in
    :attr:`ConventionFile.made` (so it must pickle). The cross-file rules have not run yet:
    a caller uses it only if the file's final problems allow (rendering ahead, in the
    worker that already holds the model). It must not raise. The files asked for are then
    checked afresh, so that ``after`` sees each one; the cache still serves the others (the
    rest of the repository, for the cross-file rules).

    ``ready`` tells, for a file asked for, what ``after`` would make of it when that is
    already known (a document kept from an earlier run of the same bytes), or None: such a
    file is not checked afresh, the cache serves its findings, and what ``ready`` said is
    its :attr:`ConventionFile.made` (:data:`NOTHING`: ``after`` would make nothing of it).
    It is called in this process, before any worker starts, after the cache has given the
    file's findings and summary if it holds them.
    """
    from pep_cli.check.rules import ALIASES, RULES, canonical, suggest

    repo.config.check_rule_names({*RULES, *ALIASES}, suggest)
    options = options or Options()
    from pep_cli.fileio import forget_real_paths, real_path

    forget_real_paths()
    in_repository = repo.conventions()
    resolved = {p: Path(real_path(p)) for p in in_repository}
    if options.overrides and repo.conventions_dir is not None:
        known = set(resolved.values())
        inside = repo.conventions_dir.resolve()
        in_repository += sorted(
            p for p in options.overrides if p not in known and p.is_relative_to(inside)
        )
    targets = collect(paths, repo, options.overrides, resolved) if paths else in_repository
    configured = {canonical(rule): level for rule, level in repo.config.levels.items()}
    configured.update({canonical(rule): level for rule, level in options.levels.items()})
    levels = {rule_id: configured.get(rule_id, module.LEVEL) for rule_id, module in RULES.items()}

    with _without_gc():
        run = _Run(repo, options, levels, keep_models, after, ready)
        return run.validate(targets, in_repository, selected, resolved)


class _Run:
    """One validation: the files, what the cache knows of them, the rules for the rest."""

    def __init__(
        self,
        repo: DataRepository,
        options: Options,
        levels: dict[str, str],
        keep_models: bool,
        after: After | None = None,
        ready: Ready | None = None,
    ) -> None:
        from pep_cli.check.rules import RULES

        self.repo = repo
        self.options = options
        self.levels = levels
        self.keep_models = keep_models
        self.after = after
        self.ready = ready
        self.asked: set[int] = set()  # id() of the files asked for
        self.rules = RULES
        self.cache = options.cache
        self.today = options.today.isoformat()
        self.cwd = Path.cwd().resolve()
        self.root = repo.root.resolve() if repo.root is not None else None
        self._context: Context | None = None

    @property
    def context(self) -> Context:
        """Built on first need: the catalogue and territories are read (with pydantic)
        only when a file or the cross-file rules must be checked afresh."""
        if self._context is None:
            repo = self.repo
            self._context = Context(repo.catalogue, repo.territories, self.options.today)
        return self._context

    def validate(
        self,
        targets: list[Path],
        in_repository: list[Path],
        selected: Iterable[Path] | None,
        resolved: dict[Path, Path],
    ) -> Report:
        for path in (*targets, *in_repository):
            if path not in resolved:
                resolved[path] = path.resolve()
        if selected is not None:
            keep = {p.resolve() for p in selected}
            targets = [p for p in targets if resolved[p] in keep]
        files = [self._file(p, resolved[p]) for p in targets]
        self.asked = {id(f) for f in files}
        repository_rules = [m for m in self.rules.values() if m.SCOPE == "repository"]
        everyone = files
        if any(self.levels[m.ID] != "off" for m in repository_rules):
            asked = {f.resolved for f in files}
            everyone = files + [
                self._file(p, resolved[p]) for p in in_repository if resolved[p] not in asked
            ]
        self._data_files()
        self._examine(everyone)
        from pep_cli.check.rules import ALIASES

        check_rule_names(files, {*self.rules, *ALIASES})

        problems = [
            self._stamp(file, found) for file in files for found in file.found if self._on(found)
        ]
        if everyone:
            reported = {id(f) for f in files}
            for index, found in self._cross_file(everyone, repository_rules):
                file = everyone[index]
                if id(file) in reported and self._on(found):
                    problems.append(self._stamp(file, found))
        problems = _waive(problems, files, self.levels)
        problems.sort()
        if self.cache is not None:
            self.cache.prune()
        # The rules that did not run on a file because it breaks the schema: no model
        # (no summary, fresh or cached) though its YAML was read.
        skipped = [
            rule
            for rule, module in self.rules.items()
            if module.SCOPE != "document" and self.levels[rule] != "off"
        ]
        not_run = {
            f.display: skipped
            for f in files
            if f.summary is None
            and f.cached_facts is None
            and not any(found.rule == "syntax" for found in f.found)
        }
        return Report(problems=problems, conventions=files, not_run=not_run if skipped else {})

    # --- reading each file once, or taking what the cache knows of it ---------------------

    def _file(self, path: Path, resolved: Path) -> ConventionFile:
        from pep_cli.fileio import leads_outside

        raw = self.options.overrides.get(resolved)
        if raw is None and leads_outside(path, self.repo.root) is None:
            try:
                raw = path.read_bytes()
            except OSError:
                raw = None  # read_document reports it, positioned
        display = shown_path(path, resolved, self.cwd)
        file = ConventionFile(path, display, raw=raw, resolved=resolved, root=self.repo.root)
        if self.cache is not None and raw is not None:
            where = resolved.as_posix()
            if self.root is not None and resolved.is_relative_to(self.root):
                where = resolved.relative_to(self.root).as_posix()
            file.key = _digest(self._base_key, "file", where, raw)
        return file

    @cached_property
    def _base_key(self) -> str:
        """Everything but the file that its findings depend on (see :mod:`pep_cli.cache`)."""
        import dataclasses

        from pep_cli.cache import pep_fingerprint

        repo = self.repo
        parts: list[str | bytes] = [pep_fingerprint()]
        names = {"catalogue.yaml", "territories.yaml"}
        if repo.root is not None and (repo.root / "data").is_dir():
            names |= {p.name for p in (repo.root / "data").iterdir() if p.is_file()}
        for name in sorted(names):
            path = repo.data_file(name)
            try:
                parts += [name, path.read_bytes()]
            except OSError:
                parts += [name, b""]
        parts.append(repr(dataclasses.replace(repo.config, source=None)))
        return _digest(*parts)

    def _data_files(self) -> None:
        """Fail (exit 2) on a broken catalogue or territories file, even with nothing to
        check; the cache remembers the contents found sound."""
        key = _digest(self._base_key, "data files") if self.cache is not None else None
        if key is not None and self.cache is not None and self.cache.get(key) is True:
            return
        self.context  # noqa: B018 - reads and checks them now
        if key is not None and self.cache is not None:
            self.cache.put(key, True)

    def _examine(self, files: list[ConventionFile]) -> None:
        """Fill in each file's findings and summary: from the cache, or by checking it."""
        misses: list[ConventionFile] = []
        for file in files:
            entry = self.cache.get(file.key) if self.cache is not None and file.key else None
            cached = False
            try:
                if entry is None or entry["today"] not in (None, self.today):
                    raise ValueError("not cached")
                file.found = [Found.from_list(item) for item in entry["found"]]
                file.cached_facts = entry["summary"]
                file.__dict__["waivers"] = _waivers_from(entry["waivers"])
                cached = True
            except (ValueError, TypeError, KeyError):
                pass
            if self.after is not None and id(file) in self.asked:
                known = self.ready(file) if self.ready is not None else None
                if known is None:
                    cached = False  # checked afresh, for ``after`` to see it (see validate)
                file.made = None if known is NOTHING else known
            if not cached:
                misses.append(file)
        self._check(misses)

    def _summaries(self, files: list[ConventionFile]) -> None:
        """Decode the cached summaries of ``files``; check afresh a file whose entry is foreign."""
        from pep_cli.cache import decode
        from pep_cli.check.summary import from_facts

        foreign = []
        for file in files:
            if file.summary is None and file.cached_facts is not None:
                try:
                    file.summary = from_facts(decode(file.cached_facts), file.display)
                except (ValueError, TypeError):
                    foreign.append(file)
                file.cached_facts = None
        self._check(foreign)

    def _check(self, misses: list[ConventionFile]) -> None:
        """Check ``misses`` with every rule, and keep what was found in the cache."""
        if not misses:
            return
        context = self.context
        work = _Work(context, self.keep_models, self.after, self.levels)
        asked = [id(f) in self.asked for f in misses]
        examined = _examine_all(misses, work, asked)
        for file, (found, summary, depends, waivers, model, made) in zip(
            misses, examined, strict=True
        ):
            file.found, file.summary, file.made = found, summary, made
            if model is not _UNSET:  # checked by a worker: its document is read again if needed
                file._model = model
            file.__dict__["waivers"] = waivers
            if self.cache is not None and file.key and not any(f.crashed for f in file.found):
                from pep_cli.cache import encode

                facts = encode(file.summary.facts()) if file.summary is not None else None
                value = {
                    "found": [f.as_list() for f in file.found],
                    "summary": facts,
                    "waivers": [
                        [w.line, w.column, w.target, list(w.rules), w.reason] for w in file.waivers
                    ],
                    "today": self.today if depends else None,
                }
                self.cache.put(file.key, value)

    # --- the cross-file rules, on summaries ------------------------------------------------

    def _cross_file(
        self, everyone: list[ConventionFile], modules: list[ModuleType]
    ) -> list[tuple[int, Found]]:
        """Every cross-file problem of the repository, as (index in ``everyone``, found)."""
        valid = [
            (i, f)
            for i, f in enumerate(everyone)
            if f.summary is not None or f.cached_facts is not None
        ]
        if not valid or not modules:
            return []
        key = None
        if self.cache is not None and all(f.key for _, f in valid):
            key = _digest(
                self._base_key,
                "repository",
                *(p for _, f in valid for p in (f.key or "", f.display)),
            )
            entry = self.cache.get(key)
            try:
                if entry is not None and entry["today"] in (None, self.today):
                    cached = [(index, Found.from_list(item)) for index, *item in entry["found"]]
                    if all(type(i) is int and 0 <= i < len(everyone) for i, _ in cached):
                        return cached
            except (ValueError, TypeError, KeyError):
                pass
        self._summaries([f for _, f in valid])
        summaries: list[Summary] = []
        position: dict[int, int] = {}  # id of a summary -> index of its file in everyone
        for index, file in valid:
            if file.summary is not None:
                summaries.append(file.summary)
                position[id(file.summary)] = index
        if not summaries:
            return []
        context = self.context
        context.today_read = False
        results: list[tuple[int, Found]] = []
        for module in modules:
            try:
                for summary, finding in module.check(summaries, context):
                    index = position[id(summary)]
                    results.append((index, _found(everyone[index], module, finding)))
            except Exception as exc:  # a rule's bug becomes a problem; the run goes on
                results.append((position[id(summaries[0])], _crash(module, exc)))
        if key is not None and self.cache is not None and not any(f.crashed for _, f in results):
            value = {
                "found": [[index, *found.as_list()] for index, found in results],
                "today": self.today if context.today_read else None,
            }
            self.cache.put(key, value)
        return results

    # --- turning findings into the run's problems ------------------------------------------

    def _on(self, found: Found) -> bool:
        return self.levels[found.rule] != "off"

    def _stamp(self, file: ConventionFile, found: Found) -> Problem:
        return Problem(
            path=file.display,
            line=found.line,
            column=found.column,
            rule=found.rule,
            level="error" if found.crashed else self.levels[found.rule],
            message=found.message,
            pointer=found.pointer,
        )


def _waivers_from(items: Any) -> list[Waiver]:
    """The waivers of a file as the cache holds them; ValueError on foreign data."""
    from pep_cli.check.waivers import Waiver

    waivers = []
    for line, column, target, rules, reason in items:
        if not (
            all(type(n) is int for n in (line, column, target))
            and isinstance(rules, list)
            and all(isinstance(r, str) for r in rules)
            and isinstance(reason, str)
        ):
            raise ValueError("foreign cached waiver")
        waivers.append(Waiver(line, column, target, tuple(rules), reason))
    return waivers


def _digest(*parts: str | bytes) -> str:
    from pep_cli.cache import digest

    return digest(*parts)


# The context of the files examined in worker processes (set before they are forked).
_WORK: _Work | None = None


# What the caller of validate() does with each file it asked for (see validate).
After = Callable[["ConventionFile", Mapping[str, str]], Any]
# What ``after`` would make of a file, when that is known without checking it (see validate).
Ready = Callable[["ConventionFile"], Any]


class _Nothing:
    """What ``ready`` says of a file that ``after`` would make nothing of (see validate)."""

    def __repr__(self) -> str:
        return "NOTHING"


NOTHING: Any = _Nothing()
# (findings, summary, whether a rule read the date, waivers, the model when it is kept,
# what ``after`` made of the file)
Examined = tuple[list[Found], "Summary | None", bool, "list[Waiver]", Any, Any]


@dataclass(frozen=True)
class _Work:
    """What checking a file needs besides the file: set before the workers are forked."""

    context: Context
    keep_models: bool
    after: After | None
    levels: Mapping[str, str]

    def do(self, file: ConventionFile, asked: bool) -> Examined:
        depends = examine(file, self.context)
        made = self.after(file, self.levels) if self.after is not None and asked else None
        model = file.model if self.keep_models else _UNSET
        if not self.keep_models:
            file.release()
        return file.found, file.summary, depends, file.waivers, model, made


def _examine_all(files: list[ConventionFile], work: _Work, asked: list[bool]) -> list[Examined]:
    """Check each file (see :data:`Examined`); on several cores when it pays, workers sending
    back findings and summaries, and the model only when the caller keeps them (a light
    twin of a valid file pickles small: see pep_cli.data.light)."""
    global _WORK
    from pep_cli.parallel import parallel_map, pays

    if not pays(len(files)):
        done: list[Examined] = []
        for file, wanted in zip(files, asked, strict=True):
            found, summary, depends, waivers, _, made = work.do(file, wanted)
            done.append((found, summary, depends, waivers, _UNSET, made))
        return done
    _WORK = work
    try:
        jobs = [
            (f.path, f.display, f.raw, f.resolved, f.root, wanted)
            for f, wanted in zip(files, asked, strict=True)
        ]
        return parallel_map(_examine_job, jobs)
    finally:
        _WORK = None


def _examine_job(job: tuple[Path, str, bytes | None, Path, Path | None, bool]) -> Examined:
    assert _WORK is not None
    path, display, raw, resolved, root, asked = job
    file = ConventionFile(path, display, raw=raw, resolved=resolved, root=root)
    return _WORK.do(file, asked)


def examine(file: ConventionFile, context: Context) -> bool:
    """Run every rule on one file (levels are the run's business), fill in its findings and
    summary (the caller releases its model). True when a rule read the date."""
    from pep_cli.check.rules import RULES
    from pep_cli.check.summary import summarize

    context.today_read = False
    found: list[Found] = []
    model = file.model
    for module in RULES.values():
        if module.SCOPE == "document" or (module.SCOPE == "convention" and model is not None):
            try:
                found.extend(
                    _found(file, module, finding) for finding in module.check(file, context)
                )
            except Exception as exc:  # a rule's bug becomes a problem; the run goes on
                found.append(_crash(module, exc))
    file.found = found
    file.summary = summarize(model, file.display) if model is not None else None
    file.waivers  # noqa: B018 - read now, while the document is at hand
    return context.today_read


def _waive(
    problems: list[Problem], files: list[ConventionFile], levels: dict[str, str]
) -> list[Problem]:
    """Mark what waivers lift, and report (rule ``waiver``) the waivers that lift nothing."""
    from pep_cli.check.rules import RULES, canonical, waiver

    problems, unused = apply_waivers(problems, files, levels)
    if levels[waiver.ID] != "off":
        level = levels[waiver.ID]
        # A file that is not YAML or does not match the schema has no model: its convention
        # rules did not run, so a waiver of one of them was not put to the test.
        unread = {p.path for p in problems if p.rule in ("syntax", "schema") and p.is_error}
        for file, lifting, rule in unused:
            module = RULES.get(canonical(rule))
            if file.display in unread and module is not None and module.SCOPE != "document":
                continue
            found = _found(file, waiver, waiver.unused(lifting, rule))
            problems.append(
                Problem(file.display, found.line, found.column, waiver.ID, level, found.message)
            )
    return problems


def _found(file: ConventionFile, module: ModuleType, finding: Finding) -> Found:
    if finding.position is not None:
        line, column = finding.position
        pointer = format_pointer(finding.pointer, file.doc.data) if finding.pointer else ""
    else:
        line, column = file.doc.locate(finding.pointer, key=finding.at_key)
        pointer = format_pointer(finding.pointer, file.doc.data)
    return Found(module.ID, line, column, finding.message, pointer)


def _crash(module: ModuleType, exc: Exception) -> Found:
    if os.environ.get("PEP_DEBUG"):
        raise exc
    return Found(
        module.ID,
        1,
        1,
        f"la règle a échoué sur ce fichier ({type(exc).__name__} : {exc}) ; signalez-le",
        crashed=True,
    )
