"""``pep render``: convention drafts in Markdown, LaTeX or PDF."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from pep_cli.errors import ExitCode, UsageError
from pep_cli.french import plural

if TYPE_CHECKING:
    from pep_cli.check.engine import ConventionFile, Report
    from pep_cli.data.repository import DataRepository
    from pep_cli.render import Outcome

SUFFIXES = {"md": ".md", "tex": ".tex", "pdf": ".pdf"}


def run_render(
    *,
    references: list[str],
    all_conventions: bool,
    output_format: str,
    output_dir: Path | None,
    draft: bool,
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
    from pep_cli.render import FORMATS, render_conventions

    if output_format not in FORMATS:
        raise UsageError(f"format « {output_format} » inconnu ; formats : {', '.join(FORMATS)}")
    if not references and not all_conventions:
        raise UsageError(
            "indiquez une convention (code du territoire, ex. 15, ou chemin du fichier) ou --all"
        )
    if references and all_conventions:
        raise UsageError("--all rend toutes les conventions : n'indiquez pas de convention en plus")
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
            paths = _unique([repo.resolve_convention(reference) for reference in references])
        if output_dir is None and (output_format == "pdf" or len(paths) > 1):
            what = "le format pdf" if output_format == "pdf" else "plusieurs conventions"
            raise UsageError(f"{what} : indiquez un dossier de sortie avec -o DOSSIER")

        from pep_cli.commands.console import Progress

        report, outcomes = render_conventions(
            repo,
            paths,
            fmt=output_format,
            draft=draft,
            templates=templates,
            today=today,
            cache=Cache.for_repository(repo.root) if cache else None,
        )
        refused = 0
        # Each result is said (and each file kept) as soon as it is done: refusals come first,
        # then the documents; Ctrl-C keeps what is written and stops the rest at once.
        with Progress(len(report.conventions), "Rendu") as progress:
            for outcome in outcomes:
                progress.advance()
                if outcome.content is None:
                    refused += 1
                    _report_refused(report, outcome, draft, repo)
                    continue
                if outcome.draft:
                    print(
                        f"pep : {outcome.file.display} : rendu en projet malgré "
                        f"{plural(len(outcome.errors), 'erreur')} "
                        "(bandeau « PROJET — non conforme »)",
                        file=sys.stderr,
                    )
                if output_dir is None:
                    assert isinstance(outcome.content, str)
                    sys.stdout.write(outcome.content)
                    continue
                from pep_cli.fileio import atomic_write, uninterrupted

                target = output_dir / (outcome.stem + SUFFIXES[output_format])
                with uninterrupted():  # a document kept on Ctrl-C is one that was said
                    atomic_write(target, outcome.content, durable=False)  # can be rendered again
                    print(f"pep : écrit {target}", file=sys.stderr, flush=True)
        return int(ExitCode.PROBLEMS if refused else ExitCode.OK)


def _unique(paths: list[Path]) -> list[Path]:
    seen: dict[Path, Path] = {}
    for path in paths:
        seen.setdefault(path.resolve(), path)
    return list(seen.values())


def _report_refused(report: Report, outcome: Outcome, draft: bool, repo: DataRepository) -> None:
    print_refused(report, outcome.file, repo, "convention non rendue")


def print_refused(report: Report, file: ConventionFile, repo: DataRepository, what: str) -> None:
    """The errors of a document not rendered, as ``pep validate`` prints them, and what
    would let it be rendered (``--draft`` only where it would work)."""
    from pep_cli.check.engine import Report
    from pep_cli.check.reporters.text import TextReporter
    from pep_cli.commands.console import color_enabled, text_width

    errors = [p for p in report.problems if p.path == file.display and p.is_error]
    subset = Report(problems=errors, conventions=[file])
    TextReporter(color=color_enabled(sys.stderr), width=text_width(sys.stderr)).write(
        subset, sys.stderr
    )
    known_edition = file.model is not None and file.model.edition in repo.catalogue.editions
    if file.model is None:
        why = "corrigez d'abord le schéma (même --draft demande un fichier conforme au schéma)"
    elif not known_edition:
        why = "corrigez d'abord l'édition (même --draft demande une édition du catalogue)"
    else:
        why = "corrigez les erreurs, ou rendez un projet avec --draft"
    print(f"pep : {file.display} : {what} ; {why}", file=sys.stderr, flush=True)


def run_render_avenant(
    *,
    references: list[str],
    avenant: bool,
    combined: list[str],
    old_revision: str | None,
    new_revision: str | None,
    output_format: str,
    output_dir: Path | None,
    templates: Path | None,
    root: Path | None,
    config_from: str | None = None,
) -> int:
    """``pep render RÉF --avenant --from RÉV``: the draft avenant of one convention."""
    from pep_cli.commands.trusted import config_from as trusted_files
    from pep_cli.commands.trusted import say
    from pep_cli.data.repository import DataRepository
    from pep_cli.fileio import atomic_write
    from pep_cli.history.versions import compare
    from pep_cli.render.avenant import FORMATS, render_avenant

    if not avenant:
        raise UsageError("--from et --to servent au projet d'avenant : ajoutez --avenant")
    if combined:
        raise UsageError(f"--avenant ne se combine pas avec {' ni '.join(combined)}")
    if old_revision is None:
        raise UsageError("--avenant : indiquez la révision de départ avec --from (ex. --from HEAD)")
    if len(references) != 1:
        raise UsageError("--avenant : indiquez une convention, et une seule (code ou chemin)")
    if output_format not in FORMATS:
        raise UsageError(f"format « {output_format} » inconnu ; formats : {', '.join(FORMATS)}")
    if templates is not None and not templates.is_dir():
        raise UsageError(f"--templates : le dossier « {templates} » n'existe pas")
    if output_dir is None and output_format == "pdf":
        raise UsageError("le format pdf : indiquez un dossier de sortie avec -o DOSSIER")
    if output_dir is not None and output_dir.exists() and not output_dir.is_dir():
        raise UsageError(f"-o : « {output_dir} » existe et n'est pas un dossier")

    repo = DataRepository.discover(root)
    with trusted_files(repo, config_from) as notices:
        say(notices)
        comparison = compare(repo, references[0], old_revision, new_revision)
        rendered = render_avenant(repo, comparison, fmt=output_format, templates=templates)
    if output_dir is None:
        assert isinstance(rendered.content, str)
        sys.stdout.write(rendered.content)
        return int(ExitCode.OK)
    target = output_dir / (rendered.name + SUFFIXES[output_format])
    atomic_write(target, rendered.content)
    print(f"pep : écrit {target}", file=sys.stderr)
    return int(ExitCode.OK)
