"""Reports made along with the checks, by the process that read the file, are the very
reports made once every check is done; a file the cross-file rules refuse is not kept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from helpers_validate import (
    cold_filled_served,
    copy_data_repository,
    faulty_repository,
    record_made,
    record_reads,
)
from pep_cli.data.repository import DataRepository
from pep_cli.followup import report

TODAY = dt.date(2026, 11, 22)


def _outcomes(root: Path, fmt: str, draft: bool, only_active: bool) -> list[tuple[object, ...]]:
    repo = DataRepository.discover(root)
    paths = repo.conventions()
    _, outcomes = report.report_conventions(
        repo,
        paths,
        year=2023,
        fmt=fmt,
        draft=draft,
        today=TODAY,
        charts=False,
        only_active=only_active,
    )
    return [
        (o.name, o.content, o.draft, o.charts, [(p.rule, p.line, p.message) for p in o.errors])
        for o in outcomes
    ]


@pytest.mark.parametrize("fmt", ["md", "tex"])
@pytest.mark.parametrize(("draft", "only_active"), [(False, True), (True, True), (True, False)])
def test_made_ahead_or_after_the_checks_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, draft: bool, only_active: bool
) -> None:
    root = faulty_repository(tmp_path / "depot")
    monkeypatch.chdir(root)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    made = record_made(monkeypatch, report, "_report_ahead")
    first = _outcomes(root, fmt, draft, only_active)
    # Made ahead: the valid files, the first Cantal among them (its only error, the overlap,
    # comes from a cross-file rule, later); not the files with errors of their own.
    assert "15-cantal-2022" in made and "92-hauts-de-seine-2022" in made
    assert "15-cantal-2023" not in made and "23-creuse-2021" not in made
    monkeypatch.setattr(report, "_report_ahead", lambda file, levels: None)
    after = _outcomes(root, fmt, draft, only_active)
    assert first == after  # the same reports, in the same order
    by_name = {name: (content, errors) for name, content, _, _, errors in first}
    content, errors = by_name["15-cantal-2022-rapport-2023"]
    assert [rule for rule, _, _ in errors] == ["overlapping-periods"]
    assert (content is not None) == draft
    assert by_name["92-hauts-de-seine-2022-rapport-2023"][0] is not None


def test_a_broken_template_is_said_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Making reports ahead swallows nothing: the error comes when the report is made."""
    from pep_cli.render.environment import TemplateFailure

    root = copy_data_repository(tmp_path / "depot")
    (root / "templates").mkdir()
    (root / "templates" / "report.md.j2").write_text("# Rapport\n{{ nothing[3].x }}\n", "utf-8")
    monkeypatch.chdir(root)
    repo = DataRepository.discover(root)
    _, outcomes = report.report_conventions(
        repo, repo.conventions(), year=2023, fmt="md", today=TODAY, charts=False
    )
    with pytest.raises(TemplateFailure, match=r"gabarit report\.md\.j2, ligne 2"):
        list(outcomes)


def test_kept_reports_are_the_reports_made(tmp_path: Path) -> None:
    """The installed pep, three times: without cache, filling it, served by it. Same exit
    code, same messages, same files, byte for byte."""
    root = faulty_repository(tmp_path / "depot")
    args = ["report", "--all", "--year", "2023", "--no-charts"]
    runs = cold_filled_served(args, root, tmp_path)
    assert runs[0] == runs[1] == runs[2]
    assert runs[0][0] == 1 and runs[0][3]  # the files with errors are refused, not the others


def test_a_kept_report_is_for_its_day(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Served the same day, made again another day (a report says what is late)."""
    from pep_cli.cache import Cache

    root = copy_data_repository(tmp_path / "depot")
    monkeypatch.chdir(root)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    repo = DataRepository.discover(root)
    cache = Cache(tmp_path / "cache")

    def made(today: dt.date, with_cache: bool = True) -> dict[str, str | bytes | None]:
        _, outcomes = report.report_conventions(
            repo,
            repo.conventions(),
            year=2023,
            fmt="md",
            today=today,
            charts=False,
            only_active=True,
            cache=cache if with_cache else None,
        )
        return {o.name: o.content for o in outcomes}

    first = made(TODAY)
    read = record_reads(monkeypatch)
    assert made(TODAY) == first
    assert read == []  # neither read nor made: kept
    later = dt.date(2027, 9, 1)
    assert made(later) == made(later, with_cache=False)
    assert read  # made again for that day
