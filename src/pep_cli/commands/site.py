"""``pep site``: the static site (national dashboard, conventions, annual reports)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from pep_cli.errors import ExitCode


def run_site(
    *,
    output_dir: Path,
    year: int | None,
    measure: str,
    today: dt.date,
    root: Path | None,
    config_from: str | None = None,
) -> int:
    from pep_cli.commands.national import report_excluded
    from pep_cli.commands.trusted import config_from as trusted_files
    from pep_cli.commands.trusted import say
    from pep_cli.data.repository import DataRepository
    from pep_cli.site import build_site

    repo = DataRepository.discover(root)
    with trusted_files(repo, config_from) as notices:
        say(notices)
        result = build_site(repo, output_dir, today=today, year=year, measure=measure)
    report_excluded(result.excluded, sys.stderr)
    from pep_cli.french import plural

    written = f"Site écrit dans {output_dir} : {len(result.pages)} pages"
    if result.removed:
        gone = plural(len(result.removed), "fichier retiré", "fichiers retirés")
        written += f" ({gone} : convention sortie du dépôt)"
    sys.stdout.write(written + "\n")
    return int(ExitCode.PROBLEMS if result.excluded else ExitCode.OK)
