"""``pep validate``."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from pep_cli.errors import ExitCode, UsageError


def run_validate(
    *,
    paths: list[Path],
    output_format: str,
    strict: bool,
    today: dt.date,
    root: Path | None,
) -> int:
    from pep_cli.engine import Options, validate
    from pep_cli.reporters import REPORTERS
    from pep_cli.repository import DataRepository

    reporter_class = REPORTERS.get(output_format)
    if reporter_class is None:
        raise UsageError(
            f"format « {output_format} » inconnu ; formats : {', '.join(REPORTERS)}"
        )
    repo = DataRepository.discover(root, required=not paths)
    report = validate(repo, paths, Options(today=today))
    reporter_class(color=sys.stdout.isatty()).write(report, sys.stdout)
    return int(ExitCode.PROBLEMS if report.failed(strict) else ExitCode.OK)
