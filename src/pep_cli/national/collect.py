"""Reading a repository for the national view: validate every convention, then aggregate."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pep_cli.errors import UsageError
from pep_cli.national.view import MEASURES, NationalView, build_view

if TYPE_CHECKING:
    from pep_cli.check.engine import Report
    from pep_cli.data.repository import DataRepository


@dataclass
class Collected:
    repo: DataRepository
    report: Report
    view: NationalView


def collect(
    root: Path | DataRepository | None,
    *,
    today: dt.date,
    year: int | None = None,
    measure: str = "funding",
) -> Collected:
    """Every convention of the repository at ``root`` (or of ``root`` itself), validated and
    aggregated."""
    from pep_cli import api
    from pep_cli.data.repository import DataRepository

    if measure not in MEASURES:
        raise UsageError(f"--map : mesure « {measure} » inconnue ; mesures : {', '.join(MEASURES)}")
    if year is not None and not 1900 <= year <= 2200:
        raise UsageError(f"--year : année « {year} » invalide")
    repo = root if isinstance(root, DataRepository) else api.load_repository(root)
    # The view reads every model next: kept, each file is read once rather than twice.
    report = api.validate(repo, today=today, keep_models=True)
    view = build_view(
        report, repo.catalogue, repo.territories, today=today, year=year, measure=measure
    )
    return Collected(repo, report, view)


def data_revision(repo: DataRepository) -> tuple[str | None, bool]:
    """The git commit of the data (HEAD) and whether its conventions have uncommitted changes."""
    from pep_cli.history.git import quiet

    if repo.root is None:
        return None, False
    head = quiet(["rev-parse", "HEAD"], repo.root)
    if not head:
        return None, False
    status = quiet(["status", "--porcelain", "--", "data"], repo.root)
    return head.strip(), bool(status and status.strip())
