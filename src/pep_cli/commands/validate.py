"""``pep validate``."""

from __future__ import annotations

import datetime as dt
import io
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pep_cli.errors import ExitCode, UsageError

if TYPE_CHECKING:
    from pep_cli.check.engine import Options, Report
    from pep_cli.check.reporters.base import Reporter
    from pep_cli.data.repository import DataRepository

STDIN = Path("-")


@dataclass(frozen=True)
class Display:
    """How much the terminal is told: ``-q``, ``-v``, ``--statistics``."""

    quiet: bool = False
    verbose: bool = False
    statistics: bool = False


def default_format(output: Path | None) -> str:
    """``github`` when the report goes to the log of a GitHub Actions job, else ``text``."""
    in_github = os.environ.get("GITHUB_ACTIONS") == "true"
    return "github" if in_github and output is None else "text"


def rule_names(values: list[str], option: str) -> list[str]:
    """The rules of ``--select a,b --select c``; an unknown name is a usage error."""
    from pep_cli.check.rules import RULES, canonical, suggest

    names = [
        canonical(name.strip()) for value in values for name in value.split(",") if name.strip()
    ]
    for name in names:
        if name not in RULES:
            close = suggest(name)
            hint = f" ; vouliez-vous dire « {close} » ?" if close else " ; voir « pep rules »"
            raise UsageError(f"{option} : règle « {name} » inconnue{hint}")
    return names


def command_line_levels(select: list[str], ignore: list[str]) -> dict[str, str]:
    """The levels ``--select`` and ``--ignore`` impose: every other rule, or those, off."""
    from pep_cli.check.rules import RULES

    levels: dict[str, str] = {}
    chosen = rule_names(select, "--select")
    if chosen:
        levels.update({rule: "off" for rule in RULES if rule not in chosen})
    levels.update({rule: "off" for rule in rule_names(ignore, "--ignore")})
    return levels


def read_stdin(
    paths: list[Path], stdin_filename: Path | None
) -> tuple[list[Path], dict[Path, bytes]]:
    """``-`` among ``paths``: the convention read from standard input, under its name.

    Returns the paths with ``-`` replaced by ``--stdin-filename`` (or kept as ``-``),
    and the content that replaces that file on disk.
    """
    if STDIN not in paths:
        if stdin_filename is not None:
            raise UsageError(
                "--stdin-filename va avec « - » (la convention lue sur l'entrée standard)"
            )
        return paths, {}
    if paths.count(STDIN) > 1:
        raise UsageError("« - » (l'entrée standard) ne peut être donné qu'une fois")
    target = stdin_filename or STDIN
    raw = sys.stdin.buffer.read()
    return [target if path == STDIN else path for path in paths], {target.resolve(): raw}


def run_validate(
    *,
    paths: list[Path],
    output_format: str | None,
    strict: bool,
    today: dt.date,
    root: Path | None,
    output: Path | None = None,
    changed_since: str | None = None,
    baseline: str | None = None,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
    exit_zero: bool = False,
    display: Display | None = None,
    stdin_filename: Path | None = None,
    config_file: Path | None = None,
    cache: bool = True,
    config_from: str | None = None,
) -> int:
    from pep_cli.cache import Cache
    from pep_cli.check.engine import Options
    from pep_cli.check.reporters import REPORTERS
    from pep_cli.commands.trusted import config_from as trusted_files
    from pep_cli.data.repository import DataRepository

    display = display or Display()
    started = time.perf_counter()
    output_format = output_format or default_format(output)
    reporter_class = REPORTERS.get(output_format)
    if reporter_class is None:
        raise UsageError(f"format « {output_format} » inconnu ; formats : {', '.join(REPORTERS)}")
    if display.statistics and output is None and output_format not in ("text", "concise"):
        raise UsageError("--statistics va avec les formats text et concise (ou avec --output)")
    levels = command_line_levels(select or [], ignore or [])
    paths, overrides = read_stdin(paths, stdin_filename)
    git_aware = changed_since is not None or baseline is not None or config_from is not None
    repo = DataRepository.discover(root, required=not paths or git_aware, config_file=config_file)
    with trusted_files(repo, config_from) as notices:
        return _run(
            repo,
            paths,
            reporter_class,
            output_format=output_format,
            strict=strict,
            output=output,
            changed_since=changed_since,
            baseline=baseline,
            exit_zero=exit_zero,
            display=display,
            options=Options(
                today=today,
                levels=levels,
                overrides=overrides,
                cache=Cache.for_repository(repo.root) if cache else None,
            ),
            notices=notices,
            started=started,
        )


def _run(
    repo: DataRepository,
    paths: list[Path],
    reporter_class: type[Reporter],
    *,
    output_format: str,
    strict: bool,
    output: Path | None,
    changed_since: str | None,
    baseline: str | None,
    exit_zero: bool,
    display: Display,
    options: Options,
    notices: list[str],
    started: float,
) -> int:
    import dataclasses

    from pep_cli.check.engine import validate
    from pep_cli.commands.console import color_enabled, text_width
    from pep_cli.commands.trusted import say

    levels = dict(options.levels)
    selected = None
    if changed_since is not None:
        from pep_cli.history.git import changed_conventions

        assert repo.root is not None
        selected = changed_conventions(repo.root, changed_since)
    report = validate(repo, paths, options, selected=selected)
    if baseline is not None:
        from pep_cli.check.baseline import against_baseline
        from pep_cli.history.git import data_snapshot

        assert repo.root is not None
        report = against_baseline(repo, report, data_snapshot(repo.root, baseline), options)
    say(notices)
    report = dataclasses.replace(report, notices=notices)
    if display.verbose:
        _verbose(repo, report, levels, time.perf_counter() - started)

    unselected = _left_out(repo, paths) if not report.files and selected is None else 0
    if unselected:
        # exclude = ["**"] must not make a pull request pass unseen.
        sys.stderr.write(
            f"pep : avertissement : aucune convention validée alors que "
            f"{'les chemins donnés en contiennent' if paths else 'data/departments en contient'} "
            f"{unselected} : la configuration ({repo.config.source or 'pep.toml'}) les exclut "
            "toutes (include, exclude)\n"
        )
    terminal = sys.stdout
    if output is not None:
        from pep_cli.fileio import atomic_write

        buffer = io.StringIO()
        reporter_class(strict=strict).write(report, buffer)
        atomic_write(output, buffer.getvalue(), durable=False)  # a report, made again by a rerun
    if display.statistics:
        from pep_cli.check.reporters.text import write_statistics

        write_statistics(report, terminal, color=color_enabled(terminal))
    elif output is None:
        reporter_class(
            color=color_enabled(terminal),
            strict=strict,
            quiet=display.quiet,
            width=text_width(terminal),
        ).write(report, terminal)
    else:
        from pep_cli.check.reporters.text import write_brief

        write_brief(report, terminal, summary=not display.quiet)
    if output is not None and not display.quiet:
        terminal.write(f"Rapport {output_format} écrit dans {output}\n")
    if exit_zero:
        return int(ExitCode.OK)
    failed = report.failed(strict) or (strict and unselected > 0)
    return int(ExitCode.PROBLEMS if failed else ExitCode.OK)


def _left_out(repo: DataRepository, paths: list[Path]) -> int:
    """How many YAML files the configuration left out of a run that validated none."""
    from pep_cli.data.walk import yaml_files

    folders = [p for p in paths if p.is_dir()]
    if not paths and repo.conventions_dir is not None and repo.conventions_dir.is_dir():
        folders = [repo.conventions_dir]
    found = [p for p in paths if p.is_file()]
    for folder in folders:
        found.extend(yaml_files(folder))
    return len(found)


def _verbose(repo: DataRepository, report: Report, levels: dict[str, str], seconds: float) -> None:
    """``-v``: where pep looked and what it ran, on standard error."""
    from pep_cli.check.rules import RULES, canonical
    from pep_cli.french import plural

    err = sys.stderr
    err.write(f"pep : dépôt de données : {repo.root or 'aucun (fichiers seuls)'}\n")
    source = repo.config.source
    err.write(f"pep : configuration : {source or 'aucune (réglages par défaut)'}\n")
    configured = {
        canonical(rule): level for rule, level in {**repo.config.levels, **levels}.items()
    }
    off = [rule for rule, module in RULES.items() if configured.get(rule, module.LEVEL) == "off"]
    active = len(RULES) - len(off)
    line = f"pep : {plural(active, 'règle appliquée', 'règles appliquées')}"
    if off:
        line += f" ; désactivée{'s' if len(off) > 1 else ''} : {', '.join(off)}"
    err.write(line + "\n")
    for name in report.files:
        err.write(f"pep : lu : {name}\n")
    duration = f"{seconds:.2f}".replace(".", ",")
    err.write(f"pep : {plural(len(report.files), 'fichier')} en {duration} s\n")
