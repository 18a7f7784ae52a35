"""``pep export`` (workbooks, collection workbooks, open data) and ``pep import``."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from pep_cli.errors import ExitCode, UsageError

if TYPE_CHECKING:
    from pep_cli.check.engine import ConventionFile, Report
    from pep_cli.data.repository import DataRepository

EXPORT_FORMATS = ("xlsx", "csv")


def _format(output_format: str | None, output: Path | None) -> str:
    if output_format is None:
        if output is not None and output.suffix.lower() == ".xlsx":
            return "xlsx"
        return "csv" if output is not None and not output.suffix else "xlsx"
    if output_format not in EXPORT_FORMATS:
        raise UsageError(
            f"format « {output_format} » inconnu ; formats : {', '.join(EXPORT_FORMATS)}"
        )
    return output_format


def _paths(repo: DataRepository, references: list[str], all_conventions: bool) -> list[Path]:
    if references and all_conventions:
        raise UsageError("--all exporte toutes les conventions : n'en indiquez pas en plus")
    if all_conventions:
        paths = repo.conventions()
        if not paths:
            raise UsageError(f"aucune convention dans {repo.conventions_dir}")
        return paths
    if not references:
        raise UsageError(
            "indiquez une convention (code du territoire, ex. 15, ou chemin du fichier) ou --all"
        )
    seen: dict[Path, Path] = {}
    for reference in references:
        path = repo.resolve_convention(reference)
        seen.setdefault(path.resolve(), path)
    return list(seen.values())


def _valid(report: Report) -> list[ConventionFile]:
    """The conventions without errors; the others' errors printed as ``pep validate`` does."""
    from pep_cli.check.engine import Report
    from pep_cli.check.reporters.text import TextReporter
    from pep_cli.commands.console import color_enabled, text_width

    failed = {p.path for p in report.problems if p.is_error}
    if failed:
        files = [f for f in report.conventions if f.display in failed]
        errors = [p for p in report.problems if p.path in failed and p.is_error]
        TextReporter(color=color_enabled(sys.stderr), width=text_width(sys.stderr)).write(
            Report(problems=errors, conventions=files), sys.stderr
        )
    return [f for f in report.conventions if f.display not in failed and f.model is not None]


def run_export(
    *,
    references: list[str],
    all_conventions: bool,
    output_format: str | None,
    output: Path | None,
    collect: int | None,
    today: dt.date,
    root: Path | None,
) -> int:
    from pep_cli.check.engine import Options, validate
    from pep_cli.data.repository import DataRepository
    from pep_cli.fileio import atomic_write

    fmt = _format(output_format, output)
    if output is None:
        what = "un dossier (-o DOSSIER)" if fmt == "csv" else "un fichier (-o FICHIER.xlsx)"
        raise UsageError(f"indiquez où écrire : {what}")
    if collect is not None and fmt != "xlsx":
        raise UsageError("--collect écrit un classeur : le format est xlsx")
    if fmt == "xlsx" and (output.is_dir() or not output.suffix):
        raise UsageError(f"-o : « {output} » : un fichier .xlsx est attendu, pas un dossier")
    if fmt == "csv" and output.exists() and not output.is_dir():
        raise UsageError(f"-o : « {output} » existe et n'est pas un dossier")
    repo = DataRepository.discover(root)
    paths = _paths(repo, references, all_conventions)
    if fmt == "xlsx" and len(paths) != 1:
        raise UsageError("un classeur par convention : indiquez une convention, et une seule")
    report = validate(repo, paths, Options(today=today), keep_models=True)
    files = _valid(report)
    if len(files) < len(report.conventions):
        for file in report.conventions:
            if file not in files:
                print(
                    f"pep : {file.display} : convention non exportée ; corrigez ses erreurs",
                    file=sys.stderr,
                )
        return int(ExitCode.PROBLEMS)

    if fmt == "csv":
        from pep_cli.exchange.opendata import write_package

        written = write_package(repo, files, output)
        print(
            f"pep : écrit {output} ({len(files)} convention{'s' if len(files) > 1 else ''}, "
            f"{len(written)} fichiers)",
            file=sys.stderr,
        )
        return int(ExitCode.OK)

    file = files[0]
    assert file.model is not None
    edition = repo.edition(file.model.edition)
    if collect is not None:
        from pep_cli.exchange.collect import revision_of, write_collection
        from pep_cli.exchange.layout import build_layout

        if collect not in file.model.period.years:
            period = file.model.period
            raise UsageError(
                f"--collect {collect} : hors de la période de la convention "
                f"({period.start}-{period.end})"
            )
        assert repo.root is not None
        reference = file.path.resolve().relative_to(repo.root.resolve()).as_posix()
        layout = build_layout(file.model, edition, collect, reference)
        content = write_collection(layout, revision_of(file.path))
        _warn_unformatted(file.path, file.display)
    else:
        from pep_cli.exchange.workbook import write_workbook

        content = write_workbook(file.model, edition, file.display)
    atomic_write(output, content)
    print(f"pep : écrit {output}", file=sys.stderr)
    return int(ExitCode.OK)


def _warn_unformatted(path: Path, shown: str) -> None:
    """``pep import`` writes only files in pep fmt's layout: say so now rather than then."""
    from pep_cli.authoring.formatter import FormatError, format_text, normalise_text

    try:
        raw = path.read_bytes()
    except OSError:  # read a moment ago; gone now: the export itself has said what it could
        return
    try:
        formatted = format_text(raw, name=shown) == normalise_text(raw)
    except FormatError:
        formatted = False
    if not formatted or b"\r" in raw or raw.startswith(b"\xef\xbb\xbf"):
        print(
            f"pep : attention : {shown} n'est pas dans la présentation de « pep fmt » ; lancez "
            f"« pep fmt {shown} » avant d'importer le classeur rempli (sinon l'import le refusera)",
            file=sys.stderr,
        )


def run_import(
    *,
    workbook: Path,
    check: bool,
    convention: str | None,
    exercise: int | None,
    today: dt.date,
    root: Path | None,
) -> int:
    from pep_cli.data.repository import DataRepository
    from pep_cli.exchange.importer import import_workbook
    from pep_cli.fileio import atomic_write

    repo = DataRepository.discover(root)
    expected = repo.resolve_convention(convention) if convention is not None else None
    result = import_workbook(repo, workbook, exercise=exercise, convention=expected, today=today)
    for warning in result.warnings:
        print(f"pep : attention : {warning}", file=sys.stderr)
    count = len(result.changes)
    values = f"{count} valeur{'s' if count > 1 else ''}"
    if check:
        if count:
            _show_changes(result)
            print(f"{values} à importer dans {result.display} (rien n'est écrit : --check)")
            return int(ExitCode.PROBLEMS)
        print(f"Rien à importer : {result.display} a déjà les valeurs du classeur.")
        return int(ExitCode.OK)
    if not count:
        print(f"Rien à importer : {result.display} a déjà les valeurs du classeur.")
        return int(ExitCode.OK)
    atomic_write(result.path, result.new_text)
    print(f"importé : {values} dans {result.display} (exercice {result.exercise})")
    return int(ExitCode.OK)


def _show_changes(result: object) -> None:
    """What would change, as ``pep diff`` shows it."""
    from pep_cli.commands.console import color_enabled
    from pep_cli.commands.diff import write_text
    from pep_cli.exchange.importer import ImportResult
    from pep_cli.history.diff import diff_conventions
    from pep_cli.history.git import WORKING_TREE
    from pep_cli.history.versions import Comparison

    assert isinstance(result, ImportResult)
    comparison = Comparison(old_revision=WORKING_TREE, new_revision=result.workbook)
    comparison.diffs.append(
        diff_conventions(
            result.old,
            result.new,
            result.edition,
            old_name=result.display,
            new_name=result.display,
        )
    )
    write_text(comparison, sys.stdout, color=color_enabled(sys.stdout))
