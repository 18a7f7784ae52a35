"""``pep report``: the annual execution report of conventions, in Markdown, LaTeX or PDF."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from pep_cli.errors import ExitCode, UsageError

if TYPE_CHECKING:
    from pep_cli.check.engine import Report
    from pep_cli.data.repository import DataRepository
    from pep_cli.followup.report import ReportOutcome


def run_report(
    *,
    references: list[str],
    all_conventions: bool,
    year: int | None,
    output_format: str,
    output_dir: Path | None,
    draft: bool,
    charts: bool,
    templates: Path | None,
    today: dt.date,
    root: Path | None,
    config_from: str | None = None,
    cache: bool = True,
) -> int:
    from pep_cli.cache import Cache
    from pep_cli.commands.trusted import config_from as trusted_files
    from pep_cli.commands.trusted import say
    from pep_cli.data.repository import DataRepository
    from pep_cli.followup.report import FORMATS, SUFFIXES, report_conventions

    if output_format not in FORMATS:
        raise UsageError(f"format « {output_format} » inconnu ; formats : {', '.join(FORMATS)}")
    if year is None:
        raise UsageError("indiquez l'exercice du rapport avec --year AAAA (ex. --year 2023)")
    if year > today.year:
        raise UsageError(
            f"--year {year} : l'exercice n'a pas commencé (date du jour : {today.isoformat()})"
        )
    if not references and not all_conventions:
        raise UsageError(
            "indiquez une convention (code du territoire, ex. 15, ou chemin du fichier) ou --all"
        )
    if references and all_conventions:
        raise UsageError(
            "--all prend toutes les conventions : n'indiquez pas de convention en plus"
        )
    if templates is not None and not templates.is_dir():
        raise UsageError(f"--templates : le dossier « {templates} » n'existe pas")
    if output_dir is not None and output_dir.exists() and not output_dir.is_dir():
        raise UsageError(f"-o : « {output_dir} » existe et n'est pas un dossier")

    only_files = bool(references) and all(Path(r).is_file() for r in references)
    repo = DataRepository.discover(root, required=not only_files or config_from is not None)
    with trusted_files(repo, config_from) as notices:
        say(notices)
        if all_conventions:
            paths = repo.conventions()
            if not paths:
                raise UsageError(f"aucune convention dans {repo.conventions_dir}")
        else:
            paths = list(
                {p.resolve(): p for p in map(repo.resolve_convention, references)}.values()
            )
        if output_dir is None and (output_format == "pdf" or len(paths) > 1 or all_conventions):
            what = "le format pdf" if output_format == "pdf" else "plusieurs rapports"
            raise UsageError(f"{what} : indiquez un dossier de sortie avec -o DOSSIER")

        # Charts are files beside the document: drawn when the document goes to a folder.
        report, outcomes = report_conventions(
            repo,
            paths,
            year=year,
            fmt=output_format,
            draft=draft,
            templates=templates,
            today=today,
            charts=charts and output_dir is not None,
            only_active=all_conventions,
            cache=Cache.for_repository(repo.root) if cache else None,
        )
        if not all_conventions:
            _check_period(report, year)
        refused: list[ReportOutcome] = []
        written = 0
        for outcome in outcomes:
            if outcome.content is None:
                refused.append(outcome)
                continue
            if outcome.draft:
                print(
                    f"pep : {outcome.file.display} : rapport rendu en projet malgré "
                    f"{len(outcome.errors)} erreur{'s' if len(outcome.errors) > 1 else ''}",
                    file=sys.stderr,
                )
            if output_dir is None:
                assert isinstance(outcome.content, str)
                sys.stdout.write(outcome.content)
                continue
            from pep_cli.fileio import atomic_write

            # The charts first, the document last: a document never points to a missing chart.
            for name, data in outcome.charts:
                atomic_write(output_dir / name, data, durable=False)
            target = output_dir / (outcome.name + SUFFIXES[output_format])
            atomic_write(target, outcome.content, durable=False)
            written += 1
            charts_note = f" (et {len(outcome.charts)} graphiques)" if outcome.charts else ""
            progress = f"[{written}] " if all_conventions else ""
            print(f"pep : {progress}écrit {target}{charts_note}", file=sys.stderr)

        if all_conventions and written == 0 and not refused:
            raise UsageError(f"aucune convention n'est en cours en {year}")
        if refused:
            _report_refused(report, refused, repo)
            return int(ExitCode.PROBLEMS)
        return int(ExitCode.OK)


def _check_period(report: Report, year: int) -> None:
    """Each convention asked for must hold the exercise in its period."""
    for file in report.conventions:
        model = file.model
        if model is not None and year not in model.period.years:
            raise UsageError(
                f"{file.display} : l'exercice {year} est hors de la période "
                f"{model.period.start}-{model.period.end} de la convention"
            )


def _report_refused(report: Report, refused: list[ReportOutcome], repo: DataRepository) -> None:
    from pep_cli.commands.render import print_refused

    for outcome in refused:
        print_refused(report, outcome.file, repo, "rapport non rendu")
