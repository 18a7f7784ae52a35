"""``pep validate --changed-since`` and ``--baseline`` on real git repositories built here.

The story, in two commits and a working tree:

1. ``base``: Cantal declares a wrong FIR total for 2023 (an old problem), Isère a
   wrong ONDAM total for 2024 (an old problem), Hauts-de-Seine is clean.
2. Next commit: Cantal is moved into ``auvergne/`` (a rename), gains five comment
   lines at the top (every line moves) and a wrong État total for 2024 (a new
   problem); Isère's total is fixed.
3. Not committed: a copy of Hauts-de-Seine in ``nouveau/`` (an untracked file),
   whose period overlaps the original's (a new problem in both, found by a
   rule across files).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers_ci import (
    TODAY,
    edit,
    git,
    git_env,
    init_repo,
    line_of,
    make_data_repo,
    pep_json,
    run_pep,
)

CANTAL = "data/departments/15-cantal-2022.yaml"
CANTAL_MOVED = "data/departments/auvergne/15-cantal-2022.yaml"
ISERE = "data/departments/38-isere-2022.yaml"
HDS = "data/departments/92-hauts-de-seine-2022.yaml"
HDS_COPY = "data/departments/nouveau/92-hauts-de-seine-2022.yaml"

CANTAL_FIR = "  fir: {2022: 100000, 2023: 100000, 2024: 100000}"
CANTAL_ETAT = "  etat: {2022: 600000, 2023: 600000, 2024: 600000}"
ISERE_ONDAM = (
    "funding:\n"
    "  etat: {2022: 1000000, 2023: 1000000, 2024: 1000000}\n"
    "  fir: {2022: 150000, 2023: 150000, 2024: 150000}\n"
    "  ondam: {2023: 400000, 2024: 400000}"
)


def keys(report: dict) -> list[tuple[str, str, str]]:  # type: ignore[type-arg]
    return [(p["path"], p["rule"], p["pointer"]) for p in report["problems"]]


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    root = tmp_path_factory.mktemp("story")
    env = git_env(tmp_path_factory.mktemp("home"))
    make_data_repo(root, "15-cantal-2022.yaml", "38-isere-2022.yaml", "92-hauts-de-seine-2022.yaml")
    edit(root / CANTAL, CANTAL_FIR, CANTAL_FIR.replace("2023: 100000", "2023: 100001"))
    edit(root / ISERE, ISERE_ONDAM, ISERE_ONDAM.replace("2024: 400000", "2024: 400500"))
    init_repo(root, env)
    git(root, "tag", "base", env=env)

    (root / "data/departments/auvergne").mkdir()
    git(root, "mv", CANTAL, CANTAL_MOVED, env=env)
    moved = root / CANTAL_MOVED
    moved.write_text("# Relu en commission.\n" * 5 + moved.read_text())
    edit(moved, CANTAL_ETAT, CANTAL_ETAT.replace("2024: 600000", "2024: 600200"))
    edit(root / ISERE, ISERE_ONDAM.replace("2024: 400000", "2024: 400500"), ISERE_ONDAM)
    git(root, "commit", "-q", "-am", "Cantal rangé, Isère corrigée", env=env)

    (root / "data/departments/nouveau").mkdir()
    (root / HDS_COPY).write_text((root / HDS).read_text())
    return root, env


def test_the_story_without_git_options_reports_everything(
    story: tuple[Path, dict[str, str]],
) -> None:
    root, env = story
    report = pep_json(cwd=root, env=env)
    # Reports sort by path: "92-…" < "auvergne/…" < "nouveau/…".
    assert keys(report) == [
        (HDS, "overlapping-periods", "period"),
        (CANTAL_MOVED, "funding-totals", "funding.etat.2024"),
        (CANTAL_MOVED, "funding-totals", "funding.fir.2023"),
        (HDS_COPY, "overlapping-periods", "period"),
    ]


def test_changed_since_validates_changed_files_only_with_cross_file_rules_on_everything(
    story: tuple[Path, dict[str, str]],
) -> None:
    root, env = story
    report = pep_json("--changed-since", "base", cwd=root, env=env)
    # Renamed, modified and untracked files; Hauts-de-Seine did not change.
    assert report["summary"]["files"] == 3
    assert keys(report) == [
        (CANTAL_MOVED, "funding-totals", "funding.etat.2024"),
        (CANTAL_MOVED, "funding-totals", "funding.fir.2023"),
        # Found because the unchanged Hauts-de-Seine file was read too.
        (HDS_COPY, "overlapping-periods", "period"),
    ]
    nothing = pep_json("--changed-since", "HEAD", "--strict", cwd=root, env=env)
    assert nothing["summary"]["files"] == 1  # only the untracked copy changed since HEAD


def test_baseline_reports_only_new_problems_despite_rename_and_moved_lines(
    story: tuple[Path, dict[str, str]],
) -> None:
    root, env = story
    report = pep_json("--baseline", "base", cwd=root, env=env)
    assert keys(report) == [
        (HDS, "overlapping-periods", "period"),
        (CANTAL_MOVED, "funding-totals", "funding.etat.2024"),
        (HDS_COPY, "overlapping-periods", "period"),
    ]
    new = report["problems"][1]
    assert new["line"] == line_of(root / CANTAL_MOVED, "  etat: {2022: 600000")
    # The old FIR problem of Cantal, hidden although its file and line changed.
    assert report["summary"] == {"files": 4, "errors": 3, "warnings": 0, "waived": 0, "known": 1}


def test_baseline_and_changed_since_together(story: tuple[Path, dict[str, str]]) -> None:
    root, env = story
    report = pep_json("--baseline", "base", "--changed-since", "base", cwd=root, env=env)
    assert keys(report) == [
        (CANTAL_MOVED, "funding-totals", "funding.etat.2024"),
        (HDS_COPY, "overlapping-periods", "period"),
    ]


def test_baseline_text_summary_names_the_revision(story: tuple[Path, dict[str, str]]) -> None:
    root, env = story
    completed = run_pep("validate", "--baseline", "base", "--today", TODAY, cwd=root, env=env)
    assert completed.returncode == 1
    assert "1 problème déjà présent à base (non affiché)" in completed.stdout
    assert "fir 2023" not in completed.stdout
    assert "etat 2024" in completed.stdout


def test_a_fixed_problem_leaves_nothing_behind(tmp_path: Path) -> None:
    env = git_env(tmp_path / "home")
    root = make_data_repo(tmp_path / "repo", "38-isere-2022.yaml")
    isere = root / ISERE
    edit(isere, ISERE_ONDAM, ISERE_ONDAM.replace("2024: 400000", "2024: 400500"))
    init_repo(root, env)
    edit(isere, ISERE_ONDAM.replace("2024: 400000", "2024: 400500"), ISERE_ONDAM)
    report = pep_json("--baseline", "HEAD", "--strict", cwd=root, env=env)
    assert report["problems"] == []
    assert report["summary"]["known"] == 0
    # Uncommitted: --changed-since sees the working tree.
    assert pep_json("--changed-since", "HEAD", cwd=root, env=env)["summary"]["files"] == 1


def test_missing_revision_in_a_shallow_clone_says_how_to_fetch_it(
    story: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    root, env = story
    shallow = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{root}", str(shallow), env=env)
    for option in ("--baseline", "--changed-since"):
        completed = run_pep("validate", option, "HEAD~1", cwd=shallow, env=env)
        assert completed.returncode == 2, completed.stderr
        message = completed.stderr
        assert f"{option} : révision « HEAD~1 » introuvable" in message
        assert "clone superficiel" in message and "git fetch --deepen" in message
        assert "fetch-depth: 0" in message
        assert "Traceback" not in message

    # What the clone has is enough: HEAD is there, and HEAD~1 once fetched.
    assert pep_json("--changed-since", "HEAD", cwd=shallow, env=env)["summary"]["files"] == 0
    git(shallow, "fetch", "-q", "--deepen=1", env=env)
    report = pep_json("--baseline", "HEAD~1", cwd=shallow, env=env)
    assert keys(report) == [(CANTAL_MOVED, "funding-totals", "funding.etat.2024")]


def test_unknown_revision_and_no_git_repository(tmp_path: Path) -> None:
    env = git_env(tmp_path / "home")
    root = make_data_repo(tmp_path / "repo", "38-isere-2022.yaml")
    completed = run_pep("validate", "--baseline", "v9", cwd=root, env=env)
    assert completed.returncode == 2
    assert "--baseline : le dépôt de données" in completed.stderr
    assert "n'est pas dans un dépôt git" in completed.stderr

    init_repo(root, env)
    completed = run_pep("validate", "--changed-since", "v9", cwd=root, env=env)
    assert completed.returncode == 2
    assert "révision « v9 » introuvable ; vérifiez son nom" in completed.stderr


def test_data_repository_in_a_subfolder_of_the_git_repository(tmp_path: Path) -> None:
    env = git_env(tmp_path / "home")
    top = tmp_path / "top"
    root = make_data_repo(top / "conventions", "15-cantal-2022.yaml", "38-isere-2022.yaml")
    cantal = root / CANTAL
    edit(cantal, CANTAL_FIR, CANTAL_FIR.replace("2023: 100000", "2023: 100001"))
    init_repo(top, env)
    cantal.write_text("# Relu.\n" + cantal.read_text())
    edit(cantal, CANTAL_ETAT, CANTAL_ETAT.replace("2024: 600000", "2024: 600200"))
    report = pep_json("--baseline", "HEAD", "--changed-since", "HEAD", cwd=root, env=env)
    assert keys(report) == [(CANTAL, "funding-totals", "funding.etat.2024")]
    assert report["summary"]["files"] == 1
