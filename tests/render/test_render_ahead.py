"""Documents rendered along with the checks, by the process that read the file, are the very
documents rendered once every check is done; a file the cross-file rules refuse is not kept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from helpers_validate import copy_data_repository, faulty_repository, record_made, record_reads
from pep_cli.data.repository import DataRepository
from pep_cli.render import renderer

TODAY = dt.date(2026, 11, 22)


def _outcomes(root: Path, fmt: str, draft: bool) -> list[tuple[object, ...]]:
    repo = DataRepository.discover(root)
    _, outcomes = renderer.render_conventions(
        repo, repo.conventions(), fmt=fmt, draft=draft, today=TODAY
    )
    return [
        (o.stem, o.content, o.draft, [(p.rule, p.line, p.message) for p in o.errors])
        for o in outcomes
    ]


@pytest.mark.parametrize("fmt", ["md", "tex"])
@pytest.mark.parametrize("draft", [False, True])
def test_rendered_ahead_or_after_the_checks_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, draft: bool
) -> None:
    root = faulty_repository(tmp_path / "depot")
    monkeypatch.chdir(root)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    made = record_made(monkeypatch, renderer, "_render_ahead")
    first = _outcomes(root, fmt, draft)
    # Rendered ahead: the valid files, the first Cantal among them (its only error, the
    # overlap, comes from a cross-file rule, later); not the files with errors of their own.
    assert "15-cantal-2022" in made and "92-hauts-de-seine-2022" in made
    assert "15-cantal-2023" not in made and "23-creuse-2021" not in made
    monkeypatch.setattr(renderer, "_render_ahead", lambda file, levels: None)
    after = _outcomes(root, fmt, draft)
    # Refused files first, in both; the documents then come as each is done.
    refused = [stem for stem, content, _, _ in first if content is None]
    assert [stem for stem, *_ in first[: len(refused)]] == refused
    assert [stem for stem, content, _, _ in after if content is None] == refused
    assert sorted(first) == sorted(after)  # type: ignore[type-var]
    by_stem = {stem: (content, is_draft, errors) for stem, content, is_draft, errors in first}
    content, is_draft, errors = by_stem["15-cantal-2022"]
    assert [rule for rule, _, _ in errors] == ["overlapping-periods"]
    if draft:  # the banner lists the error the file did not have when it was rendered ahead
        assert is_draft and isinstance(content, str) and "overlapping-periods" in content
    else:
        assert content is None
    assert by_stem["92-hauts-de-seine-2022"][0] is not None


def test_a_broken_template_is_said_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rendering ahead swallows nothing: the error comes when the document is rendered."""
    from pep_cli.render.environment import TemplateFailure

    root = copy_data_repository(tmp_path / "depot")
    (root / "templates").mkdir()
    (root / "templates" / "convention.md.j2").write_text(
        "# {{ title | md }}\n{{ actions[99].title }}\n", "utf-8"
    )
    monkeypatch.chdir(root)
    repo = DataRepository.discover(root)
    _, outcomes = renderer.render_conventions(repo, repo.conventions(), fmt="md", today=TODAY)
    with pytest.raises(TemplateFailure, match=r"gabarit convention\.md\.j2, ligne 2"):
        list(outcomes)


def test_the_cache_serves_the_other_files_only(tmp_path: Path) -> None:
    """``pep render 15`` takes what the cross-file rules need of the other files from the
    cache that ``pep validate`` left; the file rendered (whose document that cache does not
    hold) is read, checked and rendered."""
    from helpers_validate import run_pep

    root = faulty_repository(tmp_path / "depot")
    environ = {"SOURCE_DATE_EPOCH": "1700000000", "PEP_CACHE_DIR": None}

    def pep(*args: str) -> tuple[int, str, str]:
        done = run_pep([*args, "--today", "2026-11-22"], root, environ=environ)
        assert "Traceback" not in done.stderr
        return done.returncode, done.stdout, done.stderr

    cold = [
        pep("render", name, "--no-cache") for name in ("92", "data/departments/15-cantal-2022.yaml")
    ]
    assert not (root / ".pep_cache").exists()
    assert pep("validate")[0] == 1  # fills the cache
    warm = [pep("render", name) for name in ("92", "data/departments/15-cantal-2022.yaml")]
    assert warm == cold
    assert cold[0][0] == 0 and "# Contrat" in cold[0][1]
    assert cold[1][0] == 1 and "overlapping-periods" in cold[1][2]  # the overlap, still found


def test_with_a_warm_cache_only_the_file_rendered_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pep_cli.cache import Cache
    from pep_cli.check import engine

    root = copy_data_repository(tmp_path / "depot")
    monkeypatch.chdir(root)
    repo = DataRepository.discover(root)
    cache = Cache(tmp_path / "cache")
    engine.validate(repo, options=engine.Options(today=TODAY, cache=cache))
    read = record_reads(monkeypatch)
    target = root / "data" / "departments" / "92-hauts-de-seine-2022.yaml"
    _, outcomes = renderer.render_conventions(repo, [target], fmt="md", today=TODAY, cache=cache)
    assert [o.content is not None for o in outcomes] == [True]
    assert read == [target.name]
