"""Rendering conventions: validate, build each one's context, fill its template, compile the PDF.

Knows nothing of the terminal: :func:`render_conventions` yields one
:class:`Outcome` per file, and the command decides where the text goes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pep_cli.render.context import RenderContext, build_context
from pep_cli.render.environment import LineMap, make_environment, render_template
from pep_cli.render.typography import space_punctuation

if TYPE_CHECKING:
    from jinja2 import Environment

    from pep_cli.check.engine import ConventionFile, Report
    from pep_cli.check.problem import Problem
    from pep_cli.data.repository import DataRepository
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


class Renderer:
    """Fills the template of one format from a set of folders; reuse it for many documents."""

    def __init__(self, template_dirs: Sequence[Path], fmt: str) -> None:
        self.fmt = fmt
        self.env: Environment = make_environment(template_dirs)
        self.engine: Engine | None = None
        if fmt == "pdf":  # before any work: no TeX, no point validating
            from pep_cli.render.pdf import find_engine

            self.engine = find_engine()

    def compile(self) -> None:
        """Compile the template now, before workers are forked, so that none compiles it again.
        A template that does not compile is left for :meth:`text` to report."""
        import contextlib

        with contextlib.suppress(Exception):  # said in French, at its line, by render_template
            self.env.get_template(TEMPLATES[self.fmt])

    def text(self, context: RenderContext) -> tuple[str, LineMap]:
        """The Markdown or LaTeX of a document, and where each LaTeX line comes from."""
        rendered = render_template(self.env, TEMPLATES[self.fmt], context.as_template_variables())
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
    assert _RENDERER is not None
    return _RENDERER.render(build_context(*_JOBS[index]))


def _render_all(renderer: Renderer, jobs: Sequence[Job]) -> Iterator[tuple[int, str | bytes]]:
    """Every document as soon as it is done, with its index: many Markdown or LaTeX ones,
    or several PDFs, on every core."""
    global _RENDERER, _JOBS
    from pep_cli.parallel import MIN_ITEMS, parallel_iter

    renderer.compile()
    _RENDERER, _JOBS = renderer, jobs
    try:
        # A PDF is seconds of TeX: two are worth a second process.
        yield from parallel_iter(
            _render_one, range(len(jobs)), min_items=2 if renderer.engine else MIN_ITEMS
        )
    finally:
        _RENDERER, _JOBS = None, ()


def render_conventions(
    repo: DataRepository,
    paths: Sequence[Path],
    *,
    fmt: str,
    draft: bool = False,
    templates: Path | None = None,
    today: dt.date | None = None,
) -> tuple[Report, Iterator[Outcome]]:
    """Validate ``paths`` with every rule, then render each one that may be rendered.

    A file with errors is rendered only under ``draft`` (its errors listed in a
    banner), and only if its content matches the schema and names a known
    edition: a document cannot be laid out otherwise.
    """
    from pep_cli.check.engine import Options, validate
    from pep_cli.render import provenance

    renderer = Renderer(repo.template_dirs(templates), fmt)
    report = validate(repo, paths, Options(today=today or dt.date.today()), keep_models=True)
    origins = provenance.lookup([f.path for f in report.conventions], repo.root)
    errors: dict[str, list[Problem]] = {}
    for problem in report.problems:
        if problem.is_error:
            errors.setdefault(problem.path, []).append(problem)

    def outcomes() -> Iterator[Outcome]:
        jobs: list[tuple[Outcome, Job]] = []
        for file in report.conventions:
            found = errors.get(file.display, [])
            outcome = Outcome(file=file, errors=found, draft=bool(found))
            edition = repo.catalogue.editions.get(file.model.edition) if file.model else None
            if (found and not draft) or file.model is None or edition is None:
                yield outcome
                continue
            origin: Provenance = origins[file.path.resolve()]
            territory = repo.territories.by_code.get(file.model.territory.code)
            jobs.append((outcome, (file.model, edition, territory, origin, found)))
        # Refused files came first; each document follows as soon as it is done.
        for index, content in _render_all(renderer, [job for _, job in jobs]):
            outcome = jobs[index][0]
            outcome.content = content
            yield outcome

    return report, outcomes()
