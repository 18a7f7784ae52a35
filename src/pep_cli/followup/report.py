"""``pep report``'s core: the annual execution report of a convention, in md, tex or pdf.

Validate, keep the conventions that may be reported on, build each report's
context (:mod:`pep_cli.followup.progress`), draw its charts
(:mod:`pep_cli.followup.charts`, in worker processes for large runs) and fill
the templates ``report.md.j2`` / ``report.tex.j2`` through the render
machinery: templates found by name (a data repository or ``--templates``
overrides them), exact escaping filters, the PDF compiled by pdflatex with
reproducible bytes. Knows nothing of the terminal: it returns outcomes, the
command writes them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pep_cli.followup.progress import (
    ActionProgress,
    Balance,
    EngagementProgress,
    IndicatorProgress,
    ObjectiveProgress,
    SourceBalance,
    action_progress,
    balance,
    standing,
)
from pep_cli.render.renderer import Renderer, document_ahead

if TYPE_CHECKING:
    from pep_cli.cache import Cache
    from pep_cli.check.engine import ConventionFile, Report
    from pep_cli.check.problem import Problem
    from pep_cli.data.catalogue import Edition
    from pep_cli.data.model import Convention
    from pep_cli.data.repository import DataRepository
    from pep_cli.render.context import RenderContext
    from pep_cli.render.provenance import Provenance

FORMATS = ("md", "tex", "pdf")
TEMPLATES = {"md": "report.md.j2", "tex": "report.tex.j2", "pdf": "report.tex.j2"}
SUFFIXES = {"md": ".md", "tex": ".tex", "pdf": ".pdf"}
# Charts beside a Markdown report are SVG; a LaTeX report includes them as vector PDF.
CHART_FORMATS = {"md": "svg", "tex": "pdf", "pdf": "pdf"}


@dataclass(frozen=True)
class ChartView:
    """A chart as the templates name it: its file, caption and text alternative."""

    file: str  # e.g. "15-cantal-2022-rapport-2023-graphique-01.svg"
    caption: str
    alt: str
    indicator: IndicatorProgress | None = None
    source: SourceBalance | None = None


@dataclass(frozen=True)
class IndicatorView:
    """An indicator of the report with its chart, if charts are drawn."""

    progress: IndicatorProgress
    chart: ChartView | None


@dataclass(frozen=True)
class ReportContext:
    """Everything a report template may use (see templates/README.md)."""

    convention: RenderContext  # the convention as its own documents show it
    title: str  # "Rapport annuel d’exécution — exercice 2023"
    year: int
    period: str
    version: int
    status: str  # adopted | draft | absent
    adopted_on: dt.date | None
    summary: str | None
    deadline: dt.date
    deadline_document: str | None
    deadline_source: str | None
    in_progress: bool  # the exercise is not over on --today
    engagements: tuple[EngagementProgress, ...]
    indicators: dict[tuple[int, int], IndicatorView]  # (action number, index) -> view
    counts: dict[str, int]  # objectives: on-track, behind, no-data; indicators: met…
    balance: Balance  # the exercise
    cumulative: Balance  # since the start of the convention
    source_charts: tuple[ChartView, ...]
    charts: tuple[ChartView, ...]  # every chart, in the order of the document
    missing: tuple[str, ...]  # what the report still lacks (listed on page 1 of a draft)
    illustrative: bool  # some value shown is marked illustrative
    provenance: Provenance
    draft: bool  # rendered with errors: the banner lists them (as for conventions)
    draft_report: bool  # --draft: page 1 lists what is missing
    problems: tuple[Problem, ...]

    def as_template_variables(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}


@dataclass
class ReportOutcome:
    """What became of one convention's report."""

    file: ConventionFile
    name: str  # output file stem, e.g. "15-cantal-2022-rapport-2023"
    errors: list[Problem] = field(default_factory=list)
    content: str | bytes | None = None  # None: not produced (see ``errors``)
    charts: list[tuple[str, bytes]] = field(default_factory=list)  # files beside it
    draft: bool = False


def report_name(file: ConventionFile, year: int) -> str:
    return f"{file.path.stem}-rapport-{year}"


def build_report_context(
    convention: Convention,
    edition: Edition,
    document: RenderContext,
    year: int,
    *,
    name: str,
    today: dt.date,
    charts: str | None,
    draft_report: bool,
    problems: Sequence[Problem] = (),
) -> ReportContext:
    """The context of the report of exercise ``year`` (``charts``: their format, or None)."""
    period = tuple(convention.period.years)
    by_id = {a.id: a for a in convention.actions}
    engagements: list[EngagementProgress] = []
    for engagement in document.engagements:
        objectives = []
        for objective in engagement.objectives:
            actions = tuple(
                action_progress(convention, by_id[view.id], view.number, year, period)
                for view in objective.actions
            )
            indicators = tuple(i for a in actions for i in a.indicators)
            objectives.append(
                ObjectiveProgress(
                    number=objective.number,
                    title=objective.title,
                    standing=standing(indicators),
                    actions=actions,
                )
            )
        engagements.append(
            EngagementProgress(
                key=engagement.key,
                label=engagement.label,
                title=engagement.title,
                objectives=tuple(objectives),
            )
        )
    suffix = f".{charts}" if charts else ""
    views: dict[tuple[int, int], IndicatorView] = {}
    all_charts: list[ChartView] = []
    from pep_cli.followup import charts as chart_texts

    for action in _actions(engagements):
        for index, indicator in enumerate(action.indicators):
            view = None
            if charts:
                number = len(all_charts) + 1
                caption, alt = chart_texts.indicator_texts(number, indicator)
                view = ChartView(f"{name}-graphique-{number:02d}{suffix}", caption, alt, indicator)
                all_charts.append(view)
            views[action.number, index] = IndicatorView(indicator, view)
    this_year = balance(convention, edition, (year,), period)
    since_start = balance(convention, edition, tuple(y for y in period if y <= year), period)
    source_charts = []
    if charts:
        for row in since_start.rows:
            number = len(all_charts) + 1
            caption, alt = chart_texts.source_texts(number, row)
            view = ChartView(f"{name}-graphique-{number:02d}{suffix}", caption, alt, source=row)
            source_charts.append(view)
            all_charts.append(view)
    report = convention.reports.get(year)
    exception = edition.report_deadlines.get(year)
    measured = [v.progress for v in views.values()]
    objectives = [o for e in engagements for o in e.objectives]
    counts = {
        "objectives": len(objectives),
        "on-track": sum(o.standing == "on-track" for o in objectives),
        "behind": sum(o.standing == "behind" for o in objectives),
        "no-data": sum(o.standing == "no-data" for o in objectives),
        "indicators": len(measured),
        "met": sum(i.state == "met" for i in measured),
        "indicators-behind": sum(i.state == "behind" for i in measured),
        "no-result": sum(i.state == "no-result" for i in measured),
        "illustrative": sum(i.illustrative_result for i in measured),
    }
    missing = _missing(convention, year, report, measured, this_year)
    return ReportContext(
        convention=document,
        title=f"Rapport annuel d’exécution — exercice {year}",
        year=year,
        period=document.period,
        version=convention.version,
        status=report.status if report else "absent",
        adopted_on=report.adopted_on if report else None,
        summary=report.summary if report else None,
        deadline=edition.report_due(year),
        deadline_document=exception.document if exception else None,
        deadline_source=edition.report_source(year),
        in_progress=year >= today.year,
        engagements=tuple(engagements),
        indicators=views,
        counts=counts,
        balance=this_year,
        cumulative=since_start,
        source_charts=tuple(source_charts),
        charts=tuple(all_charts),
        missing=tuple(missing),
        illustrative=bool(counts["illustrative"]) or any(r.illustrative for r in this_year.rows),
        provenance=document.provenance,
        draft=bool(problems),
        draft_report=draft_report,
        problems=tuple(problems),
    )


def _actions(engagements: Sequence[EngagementProgress]) -> Iterator[ActionProgress]:
    for engagement in engagements:
        for objective in engagement.objectives:
            yield from objective.actions


def _missing(
    convention: Convention,
    year: int,
    report: Any,
    indicators: Sequence[IndicatorProgress],
    this_year: Balance,
) -> list[str]:
    """What the report of ``year`` still lacks, in French, for page 1 of a draft."""
    missing = []
    if report is None:
        missing.append(f"le rapport de l’exercice {year} n’est pas inscrit dans reports")
    elif report.status != "adopted":
        missing.append(f"le rapport de l’exercice {year} n’est pas encore arrêté (projet)")
    for indicator in indicators:
        if indicator.state == "no-result":
            missing.append(f"résultat {year} de l’indicateur « {indicator.label} »")
        elif indicator.state == "no-target":
            missing.append(f"cible {year} de l’indicateur « {indicator.label} »")
    for row in this_year.rows:
        if row.signed and row.spent is None:
            missing.append(f"crédits consommés en {year} : {row.label}")
    if not any(year in years for years in convention.execution.values()):
        missing.append(f"aucune exécution des crédits inscrite pour {year} (execution)")
    illustrative = sum(i.illustrative_result for i in indicators)
    if illustrative:
        plural = "s" if illustrative > 1 else ""
        missing.append(
            f"{illustrative} résultat{plural} marqué{plural} illustratif{plural}, à remplacer "
            "par des valeurs constatées"
        )
    return missing


# --- producing the documents ------------------------------------------------------------------


@dataclass(frozen=True)
class _Job:
    context: ReportContext
    charts: str | None  # format of the charts to draw, or None


class _Producer(Renderer):
    """Fills the report template of one format; reuse it for many reports. Its Jinja
    environment, made on first use, and its preparation before workers are forked are the
    renderer's."""

    names = TEMPLATES

    def produce(self, job: _Job) -> tuple[str | bytes, list[tuple[str, bytes]]]:
        from pep_cli.render.environment import LineMap, render_template

        drawn = _draw(job) if job.charts else []
        rendered = render_template(
            self.env, self.names[self.fmt], job.context.as_template_variables()
        )
        text, line_map = LineMap.strip(rendered)
        if self.engine is None:
            return text, drawn
        from pep_cli.render.pdf import compile_pdf

        pdf = compile_pdf(
            text,
            line_map,
            epoch=job.context.provenance.epoch,
            engine=self.engine,
            files=dict(drawn),
        )
        return pdf, []


def _draw(job: _Job) -> list[tuple[str, bytes]]:
    from pep_cli.followup import charts

    assert job.charts is not None
    drawn = []
    for view in job.context.charts:
        if view.indicator is not None:
            drawn.append((view.file, charts.indicator_chart(view.indicator, job.charts)))
        elif view.source is not None:
            drawn.append((view.file, charts.source_chart(view.source, job.charts)))
    return drawn


@dataclass(frozen=True)
class _Task:
    """What one report is made from; its contexts are built where it is produced."""

    document: tuple[Any, ...]  # the arguments of render.context.build_context
    year: int
    name: str
    today: dt.date
    charts: str | None
    draft_report: bool
    problems: Sequence[Problem]

    def job(self) -> _Job:
        from pep_cli.render.context import build_context

        model, edition = self.document[0], self.document[1]
        context = build_report_context(
            model,
            edition,
            build_context(*self.document),
            self.year,
            name=self.name,
            today=self.today,
            charts=self.charts,
            draft_report=self.draft_report,
            problems=self.problems,
        )
        return _Job(context, self.charts)


# Set just before the workers are forked, read by them: neither the Jinja environment nor
# the models are pickled. A worker is handed an index and sends back only what it made.
_PRODUCER: _Producer | None = None
_TASKS: Sequence[_Task] = ()


def _produce_one(index: int) -> tuple[str | bytes, list[tuple[str, bytes]]]:
    assert _PRODUCER is not None
    return _PRODUCER.produce(_TASKS[index].job())


def _produce_all(
    producer: _Producer, tasks: list[_Task]
) -> list[tuple[str | bytes, list[tuple[str, bytes]]]]:
    global _PRODUCER, _TASKS
    from pep_cli.parallel import MIN_ITEMS, parallel_map

    producer.prepare()
    _PRODUCER, _TASKS = producer, tasks
    try:
        heavy = producer.engine is not None or any(task.charts for task in tasks)
        return parallel_map(_produce_one, range(len(tasks)), min_items=2 if heavy else MIN_ITEMS)
    finally:
        _PRODUCER, _TASKS = None, ()


@dataclass(frozen=True)
class _Ahead:
    """What making a report along with the checks needs (see :func:`_report_ahead`)."""

    producer: _Producer
    repo: DataRepository
    origins: Mapping[Path, Provenance]
    year: int
    today: dt.date
    draft: bool
    only_active: bool


# Set while validation runs (see report_conventions), read by the workers it forks.
_AHEAD: _Ahead | None = None


def _report_ahead(file: ConventionFile, levels: Mapping[str, str]) -> str | bytes | None:
    """The report of a file with no error of its own, made as soon as the file is checked, in
    the process that holds its model; None for the others.

    Only a file whose final problems hold no error uses it (the cross-file rules run
    later): what it would have been given then is what it is given here, no problem at
    all, so the report is the same. Anything that goes wrong is left to be done again, and
    said, by :func:`report_conventions`; this worker stops making reports ahead.
    """
    global _AHEAD
    ahead = _AHEAD
    if ahead is None:
        return None
    document = document_ahead(file, levels, ahead.repo, ahead.origins)
    if document is None or (ahead.only_active and ahead.year not in document[0].period.years):
        return None
    task = _Task(
        (*document, []),
        ahead.year,
        name=report_name(file, ahead.year),
        today=ahead.today,
        charts=None,
        draft_report=ahead.draft,
        problems=[],
    )
    try:
        return ahead.producer.produce(task.job())[0]
    except Exception:  # a broken template: said once, by report_conventions
        _AHEAD = None
        return None


def _holds(file: ConventionFile, year: int) -> bool:
    """Whether the period of ``file`` holds ``year`` (a file without a model is kept, to be
    said); from its summary when the checks left one, rather than reading it again."""
    known = _known_to_hold(file, year)
    if known is not None:
        return known
    model = file.model
    return model is None or year in model.period.years


def _known_to_hold(file: ConventionFile, year: int) -> bool | None:
    """Whether the period of ``file`` holds ``year``, from the summary that the checks or the
    cache left; None when there is none (the file is not read here)."""
    summary = file.summary
    if summary is None and file.cached_facts is not None:  # as the cache holds it
        from pep_cli.cache import decode
        from pep_cli.check.summary import from_facts

        try:
            summary = from_facts(decode(file.cached_facts), file.display)
        except (ValueError, TypeError):
            return None
    if summary is None:
        return None
    return summary.start <= year <= summary.end


def report_conventions(
    repo: DataRepository,
    paths: Sequence[Path],
    *,
    year: int,
    fmt: str,
    draft: bool = False,
    templates: Path | None = None,
    today: dt.date,
    charts: bool = True,
    only_active: bool = False,
    cache: Cache | None = None,
) -> tuple[Report, Iterator[ReportOutcome]]:
    """Validate ``paths`` with every rule, then make the report of ``year`` of each one.

    A convention with errors is reported on only under ``draft`` (its errors
    listed in a banner), and only if it matches the schema and names a known
    edition. ``only_active`` keeps the conventions whose period holds ``year``
    (``--all``); otherwise each convention asked for must hold it. ``cache`` serves what
    the cross-file rules need of the other files, and keeps the reports made without charts
    (:mod:`pep_cli.render.kept`): a file whose report it holds, for the same inputs and the
    same date of the day, is neither read nor reported on again.
    """
    global _AHEAD
    from pep_cli.check.engine import NOTHING, Options, validate
    from pep_cli.render import provenance
    from pep_cli.render.kept import KeptDocuments

    template_dirs = repo.template_dirs(templates)
    producer = _Producer(template_dirs, fmt)
    chart_format = CHART_FORMATS[fmt] if charts else None
    options = Options(today=today, cache=cache)
    kept = None
    if producer.engine is None and chart_format is None:
        # Markdown or LaTeX without charts: each report is made by the worker that checks
        # its file (no model to send back, no second set of workers), unless the cache
        # holds it; see _report_ahead.
        known = provenance.lookup(paths, repo.root)
        inputs = (str(year), today.isoformat(), "projet" if draft else "")
        kept = KeptDocuments.for_run(cache, template_dirs, f"report-{fmt}", *inputs)

        def ready(file: ConventionFile) -> Any:
            """The report of ``file`` kept by an earlier run, or None (then it is made); NOTHING
            for a file the cache says is outside the year (--all takes none of them)."""
            if only_active and _known_to_hold(file, year) is False:
                return NOTHING
            text = kept.find(file, known.get(file.resolved)) if kept is not None else None
            if text is None:
                producer.prepare()
            return text

        if kept is None:
            producer.prepare()
        _AHEAD = _Ahead(producer, repo, known, year, today, draft, only_active)
        try:
            report = validate(repo, paths, options, after=_report_ahead, ready=ready)
        finally:
            _AHEAD = None
    else:
        # Every model is read next, to make its report: kept, each file is read once.
        known = {}
        report = validate(repo, paths, options, keep_models=True)
    unknown = [f.path for f in report.conventions if f.path.resolve() not in known]
    origins = {**known, **provenance.lookup(unknown, repo.root)} if unknown else known
    errors: dict[str, list[Problem]] = {}
    for problem in report.problems:
        if problem.is_error:
            errors.setdefault(problem.path, []).append(problem)

    def outcomes() -> Iterator[ReportOutcome]:
        jobs: list[tuple[ReportOutcome, _Task | None]] = []  # None: already made
        for file in report.conventions:
            if only_active and not _holds(file, year):
                continue
            found = errors.get(file.display, [])
            outcome = ReportOutcome(
                file=file, name=report_name(file, year), errors=found, draft=bool(found)
            )
            if not found and file.made is not None:  # made along with the checks, or kept
                outcome.content = file.made
                jobs.append((outcome, None))
                if kept is not None:
                    kept.keep(file, file.made)
                continue
            model = file.model
            edition = repo.catalogue.editions.get(model.edition) if model else None
            if (found and not draft) or model is None or edition is None:
                yield outcome
                continue
            origin = origins[file.path.resolve()]
            territory = repo.territories.by_code.get(model.territory.code)
            to_make = _Task(
                (model, edition, territory, origin, found),
                year,
                name=outcome.name,
                today=today,
                charts=chart_format,
                draft_report=draft,
                problems=found,
            )
            jobs.append((outcome, to_make))
        tasks = [task for _, task in jobs if task is not None]
        produced = iter(_produce_all(producer, tasks) if tasks else [])
        for outcome, waiting in jobs:
            if waiting is not None:
                outcome.content, outcome.charts = next(produced)
            yield outcome

    return report, outcomes()
