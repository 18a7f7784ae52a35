"""Rendering conventions: validate, build each one's context, fill its template, compile the PDF.

Knows nothing of the terminal: :func:`render_conventions` yields one
:class:`Outcome` per file, and the command decides where the text goes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jinja2 import Environment

    from pep_cli.cache import Cache
    from pep_cli.check.engine import ConventionFile, Report
    from pep_cli.check.problem import Problem
    from pep_cli.data.repository import DataRepository
    from pep_cli.render.context import RenderContext
    from pep_cli.render.environment import LineMap
    from pep_cli.render.pdf import Engine
    from pep_cli.render.provenance import Provenance

# Format -> template name; the PDF is compiled from the LaTeX.
TEMPLATES = {"md": "convention.md.j2", "tex": "convention.tex.j2", "pdf": "convention.tex.j2"}
FORMATS = tuple(TEMPLATES)


@dataclass
class Outcome:
    """What became of one convention file."""

    file: ConventionFile
    errors: list[Problem] = field(default_factory=list)
    content: str | bytes | None = None  # None: not rendered (see ``errors``)
    draft: bool = False  # rendered with a "non conforme" banner

    @property
    def stem(self) -> str:
        return self.file.path.stem


# The templates a template names by a literal: {% import "parts.md.j2" as parts %}...
_NAMED = re.compile(r"""\{%-?\s*(?:import|from|include|extends)\s+("[^"]*"|'[^']*')""")


class Renderer:
    """Fills the template of one format from a set of folders; reuse it for many documents."""

    # Format -> the template filled (the annual report's producer names its own).
    names: Mapping[str, str] = TEMPLATES

    def __init__(self, template_dirs: Sequence[Path], fmt: str) -> None:
        self.fmt = fmt
        self.template_dirs = list(template_dirs)
        self.engine: Engine | None = None
        self.prepared = False  # see prepare()
        if fmt == "pdf":  # before any work: no TeX, no point validating
            from pep_cli.render.pdf import find_engine

            self.engine = find_engine()

    @cached_property
    def env(self) -> Environment:
        """The Jinja environment, made on first use (a run served by the cache needs none)."""
        from pep_cli.render.environment import make_environment

        return make_environment(self.template_dirs)

    def compile(self) -> None:
        """Compile the template now, and those it names (``import``, ``include``…), before
        workers are forked, so that none compiles them again. A template that does not
        compile is left for :meth:`text` to report."""
        import contextlib

        waiting, seen = [self.names[self.fmt]], set()
        while waiting:
            name = waiting.pop()
            seen.add(name)
            with contextlib.suppress(Exception):  # said in French, at its line, by text()
                self.env.get_template(name)
                assert self.env.loader is not None
                source = self.env.loader.get_source(self.env, name)[0]  # read the same way
                named = (quoted[1:-1] for quoted in _NAMED.findall(source))
                waiting += [other for other in named if other not in seen]

    def prepare(self) -> None:
        """Before workers are forked: the templates compiled and the French rules read once,
        rather than in each worker (done only when a document is to be made)."""
        from pep_cli import french

        if not self.prepared:
            self.compile()
            french.prepare()
            self.prepared = True

    def text(self, context: RenderContext) -> tuple[str, LineMap]:
        """The Markdown or LaTeX of a document, and where each LaTeX line comes from."""
        from pep_cli.render.environment import LineMap, render_template
        from pep_cli.render.typography import space_punctuation

        rendered = render_template(self.env, self.names[self.fmt], context.as_template_variables())
        text, line_map = LineMap.strip(rendered)
        # French no-break spaces; a space becomes a space, lines stay where they were.
        return space_punctuation(text, self.fmt), line_map

    def render(self, context: RenderContext) -> str | bytes:
        text, line_map = self.text(context)
        if self.engine is None:
            return text
        from pep_cli.render.pdf import compile_pdf

        return compile_pdf(text, line_map, epoch=context.provenance.epoch, engine=self.engine)


# What build_context needs for one document: model, edition, territory, origin, problems.
Job = tuple[Any, ...]

# Set just before the workers are forked, read by them: neither the renderer (its Jinja
# environment, templates compiled once) nor the models need to be pickled. A worker is
# handed an index; it builds the document's context itself and sends back only the text.
_RENDERER: Renderer | None = None
_JOBS: Sequence[Job] = ()


def _render_one(index: int) -> str | bytes:
    from pep_cli.render.context import build_context

    assert _RENDERER is not None
    return _RENDERER.render(build_context(*_JOBS[index]))


def _render_all(renderer: Renderer, jobs: Sequence[Job]) -> Iterator[tuple[int, str | bytes]]:
    """Every document as soon as it is done, with its index: many Markdown or LaTeX ones,
    or several PDFs, on every core."""
    global _RENDERER, _JOBS
    from pep_cli.parallel import MIN_ITEMS, parallel_iter

    renderer.prepare()
    _RENDERER, _JOBS = renderer, jobs
    try:
        # A PDF is seconds of TeX: two are worth a second process.
        yield from parallel_iter(
            _render_one, range(len(jobs)), min_items=2 if renderer.engine else MIN_ITEMS
        )
    finally:
        _RENDERER, _JOBS = None, ()


# Set while validation runs (see render_conventions): what rendering a document ahead needs.
_AHEAD: tuple[Renderer, DataRepository, Mapping[Path, Provenance]] | None = None


def _render_ahead(file: ConventionFile, levels: Mapping[str, str]) -> str | bytes | None:
    """The document of a file with no error of its own, rendered as soon as it is checked, in
    the process that checked it and holds its model; None for the others.

    Only a file whose final problems hold no error uses it (the cross-file rules run
    later): what it would have been given then is what it is given here, no problem at
    all, so the text is the same. Anything that goes wrong is left to be rendered again,
    and said, by :func:`render_conventions`; this worker stops rendering ahead.
    """
    global _AHEAD
    from pep_cli.render.context import build_context

    if _AHEAD is None:
        return None
    renderer, repo, origins = _AHEAD
    document = document_ahead(file, levels, repo, origins)
    if document is None:
        return None
    try:
        return renderer.render(build_context(*document, []))
    except Exception:  # a broken template: said once, by render_conventions
        _AHEAD = None
        return None


def document_ahead(
    file: ConventionFile,
    levels: Mapping[str, str],
    repo: DataRepository,
    origins: Mapping[Path, Provenance],
) -> tuple[Any, Any, Any, Provenance] | None:
    """What :func:`~pep_cli.render.context.build_context` takes of a file just checked, but
    its problems: (model, edition, territory, provenance); None when the file has an error
    of its own, no model, an unknown edition or no known provenance (it is then left for
    after the checks)."""
    model = file.model
    if model is None or any(f.crashed or levels.get(f.rule) == "error" for f in file.found):
        return None
    edition = repo.catalogue.editions.get(model.edition)
    origin = origins.get(file.resolved)
    if edition is None or origin is None:
        return None
    return model, edition, repo.territories.by_code.get(model.territory.code), origin


def render_conventions(
    repo: DataRepository,
    paths: Sequence[Path],
    *,
    fmt: str,
    draft: bool = False,
    templates: Path | None = None,
    today: dt.date | None = None,
    cache: Cache | None = None,
) -> tuple[Report, Iterator[Outcome]]:
    """Validate ``paths`` with every rule, then render each one that may be rendered.

    A file with errors is rendered only under ``draft`` (its errors listed in a
    banner), and only if its content matches the schema and names a known
    edition: a document cannot be laid out otherwise. ``cache`` serves what the
    cross-file rules need of the other files of the repository (``pep render 15``
    need not read them all), and keeps the Markdown and LaTeX documents of files
    without error (:mod:`pep_cli.render.kept`): a file whose document it holds, for
    the same inputs, is neither read nor rendered again.
    """
    global _AHEAD
    from pep_cli.check.engine import Options, validate
    from pep_cli.render import provenance
    from pep_cli.render.kept import KeptDocuments

    template_dirs = repo.template_dirs(templates)
    renderer = Renderer(template_dirs, fmt)
    origins = provenance.lookup(paths, repo.root)
    options = Options(today=today or dt.date.today(), cache=cache)
    kept = KeptDocuments.for_run(cache, template_dirs, fmt) if renderer.engine is None else None

    def ready(file: ConventionFile) -> str | None:
        """The document of ``file`` kept by an earlier run, or None (then rendering starts)."""
        text = kept.find(file, origins.get(file.resolved)) if kept is not None else None
        if text is None:
            renderer.prepare()
        return text

    if renderer.engine is None:
        # Markdown and LaTeX: each document is rendered by the worker that checks its file
        # (no model to send back, no second set of workers), unless the cache holds it. A
        # PDF is seconds of TeX: its documents are compiled below, on every core, once the
        # files are known.
        if kept is None:
            renderer.prepare()
        _AHEAD = (renderer, repo, origins)
        try:
            report = validate(repo, paths, options, after=_render_ahead, ready=ready)
        finally:
            _AHEAD = None
    else:
        report = validate(repo, paths, options, keep_models=True)
    errors: dict[str, list[Problem]] = {}
    for problem in report.problems:
        if problem.is_error:
            errors.setdefault(problem.path, []).append(problem)

    def outcomes() -> Iterator[Outcome]:
        done: list[Outcome] = []
        jobs: list[tuple[Outcome, Job]] = []
        for file in report.conventions:
            found = errors.get(file.display, [])
            outcome = Outcome(file=file, errors=found, draft=bool(found))
            if not found and file.made is not None:
                outcome.content = file.made
                done.append(outcome)
                if kept is not None:
                    kept.keep(file, file.made)
                continue
            if found and not draft:
                yield outcome
                continue
            model = file.model
            edition = repo.catalogue.editions.get(model.edition) if model else None
            if model is None or edition is None:
                yield outcome
                continue
            origin = origins.get(file.resolved)
            if origin is None:  # not among the paths asked for (a link, a folder's file)
                origin = provenance.lookup([file.path], repo.root)[file.path.resolve()]
            territory = repo.territories.by_code.get(model.territory.code)
            jobs.append((outcome, (model, edition, territory, origin, found)))
        # Refused files came first; then the documents rendered along with the checks, and
        # each of the others as soon as it is done.
        yield from done
        if not jobs:  # every document was rendered along with the checks, or kept
            return
        for index, content in _render_all(renderer, [job for _, job in jobs]):
            outcome = jobs[index][0]
            outcome.content = content
            yield outcome

    return report, outcomes()
