"""``pep national``: every convention at once: terminal, Markdown, JSON, workbook or PDF."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from pep_cli.errors import ExitCode, UsageError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from pep_cli.national.view import Excluded, NationalView

TERMINAL_WIDTH = 100


def output_target(output: str, extension: str) -> Path:
    """``-o DOSSIER/`` (or an existing folder) means ``DOSSIER/national.<ext>``; else the file."""
    path = Path(output)
    if path.is_dir() or output.endswith(("/", os.sep)):
        return path / f"national.{extension}"
    return path


def write_output(target: Path, content: str | bytes) -> None:
    from pep_cli.fileio import atomic_write

    try:
        atomic_write(target, content, durable=False)  # made again by a rerun
    except OSError as exc:
        raise UsageError(f"impossible d'écrire « {target} » : {exc.strerror or exc}") from None


def report_excluded(excluded: Sequence[Excluded], stream: TextIO) -> None:
    """Each file left out of the view, with its first fault, as validate shows it."""
    for e in excluded:
        stream.write(
            f"{e.path}:{e.line}:{e.column}: erreur : {e.message} [{e.rule}] "
            "(fichier écarté de la vue nationale)\n"
        )


def run_national(
    *,
    year: int | None,
    output_format: str,
    output: str | None,
    measure: str,
    today: dt.date,
    root: Path | None,
    config_from: str | None = None,
) -> int:
    from pep_cli.national.reporters import REPORTERS

    formats = ["text", *REPORTERS]
    if output_format not in formats:
        raise UsageError(f"format « {output_format} » inconnu ; formats : {', '.join(formats)}")
    reporter = REPORTERS[output_format]() if output_format != "text" else None
    if reporter is not None and reporter.binary and output is None:
        raise UsageError(
            f"le format {output_format} s'écrit dans un fichier : "
            "indiquez -o FICHIER ou -o DOSSIER/"
        )

    from pep_cli.commands.trusted import config_from as trusted_files
    from pep_cli.commands.trusted import say
    from pep_cli.data.repository import DataRepository
    from pep_cli.national.collect import collect, data_revision
    from pep_cli.national.reporters import Rendering

    repo = DataRepository.discover(root)
    with trusted_files(repo, config_from) as notices:
        say(notices)
        collected = collect(repo, today=today, year=year, measure=measure)
        view = collected.view
        report_excluded(view.excluded, sys.stderr)
        if reporter is None:
            if output is not None:
                import io

                buffer = io.StringIO()
                write_terminal(view, buffer, color=False)
                write_output(output_target(output, "txt"), buffer.getvalue())
            else:
                write_terminal(view, sys.stdout, color=None)  # --color, NO_COLOR, FORCE_COLOR
        else:
            revision, dirty = data_revision(collected.repo)
            rendering = Rendering(
                repo=collected.repo,
                revision=revision,
                dirty=dirty,
                template_dirs=collected.repo.template_dirs(),
            )
            content = reporter.render(view, rendering)
            if output is None:
                assert isinstance(content, str)
                sys.stdout.write(content)
            else:
                target = output_target(output, reporter.extension)
                write_output(target, content)
                sys.stdout.write(f"Vue nationale ({output_format}) écrite dans {target}\n")
        return int(ExitCode.PROBLEMS if view.excluded else ExitCode.OK)


def write_terminal(view: NationalView, stream: TextIO, *, color: bool | None) -> None:
    """The headline tables, with rich, at most 100 columns; colour as every command decides."""
    from rich import box
    from rich.table import Table

    from pep_cli.commands.console import rich_console
    from pep_cli.french import plural
    from pep_cli.national import labels
    from pep_cli.national.labels import money, rate
    from pep_cli.national.view import MEASURES, REPORT_STATES

    width = TERMINAL_WIDTH
    if _tty(stream):
        width = min(TERMINAL_WIDTH, os.get_terminal_size(stream.fileno()).columns)
    console = rich_console(stream, color=color, width=width, markup=False)

    def new_table(title: str, *columns: tuple[str, str]) -> Table:
        table = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left", pad_edge=False)
        for header, justify in columns:
            table.add_column(header, justify=justify)  # type: ignore[arg-type]
        return table

    by_slug = view.by_slug()
    console.print(labels.TITLE, style="bold")
    console.print(
        f"Au {labels.day(view.today)} ; {labels.year_scope(view.year)} ; "
        f"{len(view.conventions)} conventions"
        + (
            f" ; {plural(len(view.excluded), 'fichier écarté', 'fichiers écartés')}"
            if view.excluded
            else ""
        )
    )
    marked = [c for c in view.conventions if c.illustrative]
    if marked:
        console.print(
            "Valeurs illustratives (sans source) : "
            + " ; ".join(f"{c.code} ({labels.illustrative(c.illustrative)})" for c in marked)
        )

    counts = new_table(
        "Conventions par édition",
        ("Édition", "left"),
        ("Projets", "right"),
        ("Signées", "right"),
        ("Closes", "right"),
        ("Échéance", "left"),
        ("Signatures en retard", "left"),
    )
    for s in view.signatures:
        late = ", ".join(by_slug[x].code for x in s.late) or "—"
        counts.add_row(
            s.edition,
            str(s.counts["draft"]),
            str(s.counts["signed"]),
            str(s.counts["closed"]),
            labels.day(s.deadline),
            f"{len(s.late)} ({late})" if s.late else "0",
        )
    console.print(counts)

    funding = new_table(
        "Financement par année et par source",
        ("Année", "left"),
        ("Source", "left"),
        ("Signé", "right"),
        ("Enveloppe", "right"),
        ("Part", "right"),
        ("Versé", "right"),
        ("Consommé", "right"),
        ("Taux", "right"),
    )
    totals = {t.year: t for t in view.totals}
    for index, row in enumerate(view.funding):
        funding.add_row(
            str(row.year),
            row.source,
            money(row.signed),
            money(row.envelope),
            rate(row.envelope_share),
            money(row.paid),
            money(row.spent),
            rate(row.consumption),
        )
        last = index + 1 == len(view.funding) or view.funding[index + 1].year != row.year
        if last and row.year in totals:
            total = totals[row.year]
            funding.add_row(
                "",
                "total",
                money(total.signed),
                money(total.envelope),
                rate(total.envelope_share),
                money(total.paid),
                money(total.spent),
                rate(total.consumption),
                style="bold",
                end_section=True,
            )
    console.print(funding)

    if view.reports:
        reports = new_table(
            f"Rapports annuels au {labels.day(view.today)}",
            ("Exercice", "left"),
            ("Attendus", "right"),
            *[(labels.REPORT_STATE_LABELS[s].capitalize(), "right") for s in REPORT_STATES],
        )
        for status in view.reports:
            reports.add_row(
                str(status.year),
                str(status.expected),
                *[str(status.counts[s]) for s in REPORT_STATES],
            )
        console.print(reports)

    objectives = new_table(
        "Objectifs les moins retenus (conventions qui les couvrent)",
        ("Édition", "left"),
        ("N°", "right"),
        ("Objectif", "left"),
        ("Conventions", "right"),
    )
    for matrix in view.matrices:
        of_edition = [o for o in view.objectives if o.edition == matrix.edition]
        least = sorted(of_edition, key=lambda o: (o.count, o.number))[:5]
        for o in least:
            title = o.title if len(o.title) <= 60 else o.title[:59] + "…"
            objectives.add_row(o.edition, str(o.number), title, f"{o.count}/{len(matrix.rows)}")
    console.print(objectives)

    if view.results:
        results = new_table(
            "Indicateurs nationaux",
            ("Code", "left"),
            ("Année", "left"),
            ("Conv.", "right"),
            ("Cibles", "right"),
            ("Résultats", "right"),
            ("Atteintes", "right"),
            ("Atteinte médiane", "right"),
        )
        for x in view.results:
            results.add_row(
                x.code,
                str(x.year),
                str(len(x.conventions)),
                labels.number(x.targets),
                labels.number(x.results),
                f"{x.reached}/{x.reporting}",
                rate(x.achievement.median if x.achievement else None),
            )
        console.print(results)
    elif view.national_indicators == 0:
        console.print(labels.NO_NATIONAL_INDICATORS)
    free = view.free_indicators
    console.print(
        f"Indicateurs sans code national : {free.indicators} ({free.with_result} avec résultat), "
        "comptés, pas additionnés."
    )
    year = f" {view.map.year}" if view.map.year is not None else ""
    covered = sum(bool(e.conventions) for e in view.map.entries)
    console.print(
        f"Carte ({MEASURES[view.map.measure]}{year}) : {covered} territoires couverts sur "
        f"{len(view.map.entries)} ; détail avec -f md, json, xlsx ou pdf."
    )


def _tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
