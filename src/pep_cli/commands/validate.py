"""``pep validate``."""

from __future__ import annotations

import datetime as dt
import io
import os
import sys
from pathlib import Path

from pep_cli.errors import ExitCode, UsageError


def default_format(output: Path | None) -> str:
    """``github`` when the report goes to the log of a GitHub Actions job, else ``text``."""
    in_github = os.environ.get("GITHUB_ACTIONS") == "true"
    return "github" if in_github and output is None else "text"


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
    cache: bool = True,
) -> int:
    from pep_cli.cache import Cache
    from pep_cli.check.engine import Options, validate
    from pep_cli.check.reporters import REPORTERS
    from pep_cli.data.repository import DataRepository

    output_format = output_format or default_format(output)
    reporter_class = REPORTERS.get(output_format)
    if reporter_class is None:
        raise UsageError(f"format « {output_format} » inconnu ; formats : {', '.join(REPORTERS)}")
    git_aware = changed_since is not None or baseline is not None
    repo = DataRepository.discover(root, required=not paths or git_aware)
    options = Options(today=today, cache=Cache.for_repository(repo.root) if cache else None)
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

    if output is None:
        reporter_class(color=sys.stdout.isatty(), strict=strict).write(report, sys.stdout)
    else:
        from pep_cli.check.reporters.text import write_brief
        from pep_cli.fileio import atomic_write

        buffer = io.StringIO()
        reporter_class(strict=strict).write(report, buffer)
        atomic_write(output, buffer.getvalue(), durable=False)  # a report, made again by a rerun
        write_brief(report, sys.stdout)
        sys.stdout.write(f"Rapport {output_format} écrit dans {output}\n")
    return int(ExitCode.PROBLEMS if report.failed(strict) else ExitCode.OK)
