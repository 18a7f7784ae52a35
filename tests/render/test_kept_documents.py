"""Documents kept between runs (pep_cli.render.kept): a document taken from the cache is the
document rendering gives, and any input that shapes it (the file, the templates, the data,
its provenance) gives a new one."""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import subprocess
import zlib
from pathlib import Path

import pytest

from helpers_validate import (
    cold_filled_served,
    copy_data_repository,
    faulty_repository,
    record_reads,
)
from pep_cli.cache import Cache
from pep_cli.data.repository import DataRepository
from pep_cli.render import renderer

TODAY = dt.date(2026, 11, 22)
FOLDER = Path("data") / "departments"


def _kept(cache_dir: Path, fmt: str) -> list[Path]:
    """The entries of the cache that hold a document of ``fmt``."""
    found = []
    for path in cache_dir.rglob("*"):
        if path.is_file() and not path.name.startswith("."):
            try:
                entry = json.loads(path.read_text("utf-8"))
            except (ValueError, UnicodeDecodeError):
                continue
            if isinstance(entry.get("value"), dict) and fmt in entry["value"]:
                found.append(path)
    return found


@pytest.mark.parametrize("fmt", ["md", "tex"])
def test_kept_documents_are_the_rendered_ones(tmp_path: Path, fmt: str) -> None:
    """The installed pep, three times: without cache, filling it, served by it. Same exit
    code, same messages, same files, byte for byte."""
    root = faulty_repository(tmp_path / "depot")
    runs = cold_filled_served(["render", "--all", "-f", fmt], root, tmp_path)
    assert runs[0] == runs[1] == runs[2]
    assert runs[0][0] == 1  # the two files with errors are refused
    assert "15-cantal-2023" in runs[0][2] and "23-creuse-2021" in runs[0][2]
    valid = len(runs[0][3])
    # Kept: the document of each file without error, not the refused ones.
    assert len(_kept(root / ".pep_cache", fmt)) == valid
    assert valid == len(list((root / FOLDER).glob("*.yaml"))) - 3  # and the first Cantal


def test_a_kept_document_is_neither_read_nor_rendered_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = copy_data_repository(tmp_path / "depot")
    monkeypatch.chdir(root)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    repo = DataRepository.discover(root)
    cache = Cache(tmp_path / "cache")

    def render() -> dict[str, str | bytes | None]:
        _, outcomes = renderer.render_conventions(
            repo, repo.conventions(), fmt="md", today=TODAY, cache=cache
        )
        return {o.stem: o.content for o in outcomes}

    first = render()
    read = record_reads(monkeypatch)
    monkeypatch.setattr(renderer, "_render_ahead", lambda file, levels: pytest.fail("rendered"))
    assert render() == first
    assert read == []
    # One file changed: that one only is read and rendered.
    monkeypatch.undo()
    monkeypatch.chdir(root)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    target = root / FOLDER / "92-hauts-de-seine-2022.yaml"
    target.write_bytes(target.read_bytes() + b"# relu\n")
    made: list[str] = []
    ahead = renderer._render_ahead

    def rendering(file, levels):  # type: ignore[no-untyped-def]
        made.append(file.path.name)
        return ahead(file, levels)

    monkeypatch.setattr(renderer, "_render_ahead", rendering)
    assert render() == first  # a comment shows nowhere
    assert made == [target.name]


def _git(root: Path, *args: str) -> None:
    environ = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.org",
        "GIT_AUTHOR_DATE": "2026-03-02T10:00:00+01:00",
        "GIT_COMMITTER_DATE": "2026-03-02T10:00:00+01:00",
    }
    subprocess.run(["git", *args], cwd=root, env=environ, check=True, capture_output=True)


def _shipped(name: str) -> Path:
    """A template as pep ships it (in the wheel, or in this checkout's templates/)."""
    package = Path(renderer.__file__).parent.parent
    for folder in (package / "_resources" / "templates", Path(__file__).parents[2] / "templates"):
        if (folder / name).is_file():
            return folder / name
    raise AssertionError(f"{name} is not shipped")


def _change_template(root: Path) -> None:
    text = _shipped("convention.md.j2").read_text("utf-8")
    (root / "templates" / "convention.md.j2").write_text(text + "\nGabarit du dépôt.\n", "utf-8")


def _change_part(root: Path) -> None:
    """A template that the convention's template imports, not the one it is named by."""
    text = _shipped("parts.md.j2").read_text("utf-8")
    assert "| **Total** |" in text
    (root / "templates" / "parts.md.j2").write_text(
        text.replace("| **Total** |", "| **Total général** |"), "utf-8"
    )


def _change_catalogue(root: Path) -> None:
    catalogue = root / "data" / "catalogue.yaml"
    text = catalogue.read_text("utf-8")
    catalogue.write_text(text.replace('title: "', 'title: "Révisé : '), "utf-8")


def _commit(root: Path) -> None:
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", "Conventions")


CHANGES = {
    "gabarit": _change_template,
    "gabarit importé": _change_part,
    "catalogue": _change_catalogue,
    "commit": _commit,
    "SOURCE_DATE_EPOCH": lambda root: os.environ.__setitem__("SOURCE_DATE_EPOCH", "1800000000"),
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_what_shapes_a_document_gives_a_new_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    root = copy_data_repository(tmp_path / "depot", keep=lambda p: p.name[:2] in ("15", "92"))
    (root / "templates").mkdir()
    (root / "templates" / "README.txt").write_text("Gabarits du département.\n", "utf-8")
    _git(root, "init", "-q")
    _commit(root)
    # Changed since its last commit: "commit" changes its provenance, not its bytes.
    changed = root / FOLDER / "92-hauts-de-seine-2022.yaml"
    changed.write_bytes(changed.read_bytes() + b"# relu\n")
    monkeypatch.chdir(root)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    cache = Cache(tmp_path / "cache")

    def render(with_cache: bool) -> dict[str, str | bytes | None]:
        repo = DataRepository.discover(root)
        _, outcomes = renderer.render_conventions(
            repo, repo.conventions(), fmt="md", today=TODAY, cache=cache if with_cache else None
        )
        return {o.stem: o.content for o in outcomes}

    before = render(True)
    assert render(True) == before and _kept(tmp_path / "cache", "md")
    CHANGES[change](root)
    after = render(True)
    assert after != before
    assert after == render(False)


def test_entries_that_are_not_documents_are_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = copy_data_repository(tmp_path / "depot", keep=lambda p: p.name[:2] in ("15", "92"))
    monkeypatch.chdir(root)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    repo = DataRepository.discover(root)
    cache = Cache(tmp_path / "cache")

    def render(with_cache: bool = True) -> dict[str, str | bytes | None]:
        _, outcomes = renderer.render_conventions(
            repo, repo.conventions(), fmt="md", today=TODAY, cache=cache if with_cache else None
        )
        return {o.stem: o.content for o in outcomes}

    expected = render(False)
    render()
    entries = _kept(tmp_path / "cache", "md")
    assert len(entries) == 2

    def packed(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    text = b"# Contrat\n"
    foreign = {
        "not a string": 12,
        "not base64": "pas du base64 !",
        "not zlib": packed(text),
        "cut short": packed(zlib.compress(text * 1000)[:-8]),
        "not UTF-8": packed(zlib.compress(b"\xff\xfe")),
        "a bomb": packed(zlib.compress(b"x" * (65 * 1024 * 1024), 9)),
    }
    for value in foreign.values():
        for path in entries:
            entry = json.loads(path.read_text("utf-8"))
            path.write_text(json.dumps({"key": entry["key"], "value": {"md": value}}), "utf-8")
        assert render() == expected
        # Rendered again, and kept again.
        assert len(_kept(tmp_path / "cache", "md")) == 2
        assert render() == expected


def test_drafts_are_not_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = faulty_repository(tmp_path / "depot")
    monkeypatch.chdir(root)
    repo = DataRepository.discover(root)
    cache = Cache(tmp_path / "cache")
    _, outcomes = renderer.render_conventions(
        repo, repo.conventions(), fmt="md", draft=True, today=TODAY, cache=cache
    )
    drafts = [o for o in outcomes if o.draft]
    assert {o.stem for o in drafts} == {"15-cantal-2022", "15-cantal-2023", "23-creuse-2021"}
    assert len(_kept(tmp_path / "cache", "md")) == len(repo.conventions()) - len(drafts)


def test_a_kept_document_is_refused_when_another_file_brings_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cross-file rules run on every run: a document kept while its file had no error
    is not given once another file overlaps it."""
    root = copy_data_repository(tmp_path / "depot", keep=lambda p: p.name[:2] in ("15", "92"))
    monkeypatch.chdir(root)
    cache = Cache(tmp_path / "cache")

    def render() -> dict[str, tuple[str | bytes | None, list[str]]]:
        repo = DataRepository.discover(root)
        _, outcomes = renderer.render_conventions(
            repo, repo.conventions(), fmt="md", today=TODAY, cache=cache
        )
        return {o.stem: (o.content, [p.rule for p in o.errors]) for o in outcomes}

    assert render()["15-cantal-2022"][0]
    assert _kept(tmp_path / "cache", "md")
    cantal = (root / FOLDER / "15-cantal-2022.yaml").read_text("utf-8")
    (root / FOLDER / "15-cantal-2023.yaml").write_text(
        cantal.replace("period: {start: 2022, end: 2024}", "period: {start: 2023, end: 2025}"),
        "utf-8",
    )
    assert render()["15-cantal-2022"] == (None, ["overlapping-periods"])


@pytest.mark.parametrize("shape", ["link", "nested", "many"])
def test_templates_that_do_not_describe_themselves_are_not_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shape: str
) -> None:
    """A link (it could lead to a file that changes without the folder changing), a folder
    nested 1,200 deep or 1,001 files (too large to hash at each run): the documents are
    rendered at each run, as without the cache, and the findings are still kept."""
    root = copy_data_repository(tmp_path / "depot", keep=lambda p: p.name[:2] in ("15", "92"))
    templates = root / "templates"
    if shape == "link":
        templates.mkdir()
        (root / "notes.txt").write_text("notes\n", "utf-8")
        (templates / "notes.txt").symlink_to(root / "notes.txt")
    elif shape == "nested":
        folder = templates
        for _ in range(1201):  # one level at a time: pathlib's mkdir(parents=True) recurses
            os.mkdir(folder)
            folder = folder / "d"
    else:
        templates.mkdir()
        for number in range(1001):
            (templates / f"note-{number}.txt").write_text("x", "utf-8")
    monkeypatch.chdir(root)
    repo = DataRepository.discover(root)
    cache = Cache(tmp_path / "cache")
    try:
        _, outcomes = renderer.render_conventions(
            repo, repo.conventions(), fmt="md", today=TODAY, cache=cache
        )
        assert all(o.content for o in outcomes)
        assert _kept(tmp_path / "cache", "md") == []
        assert any((tmp_path / "cache").rglob("*"))  # the findings are kept, as always
    finally:
        if shape == "nested":  # removed deepest first: pytest's clean-up of old runs recurses
            folders = [templates]
            while (folders[-1] / "d").is_dir():
                folders.append(folders[-1] / "d")
            for folder in reversed(folders):
                os.rmdir(folder)
