"""A convention is found by the territory written in it, not by its file name."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers_ci import TODAY, edit, git, git_env, init_repo, make_data_repo, run_pep

CANTAL = "15-cantal-2022.yaml"


@pytest.fixture
def renamed(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A git data repository whose Cantal convention is called ``cantal.yaml``, with a change."""
    env = git_env(tmp_path / "home")
    root = make_data_repo(tmp_path / "repo", CANTAL, "92-hauts-de-seine-2022.yaml")
    conventions = root / "data" / "departments"
    (conventions / CANTAL).rename(conventions / "cantal.yaml")
    init_repo(root, env)
    edit(conventions / "cantal.yaml", "\nversion: 1\n", "\nversion: 1  # relu\n")
    return root, env


def test_validate_knows_the_territory_and_warns_about_the_name(
    renamed: tuple[Path, dict[str, str]],
) -> None:
    root, env = renamed
    done = run_pep("validate", "--today", TODAY, cwd=root, env=env)
    assert "[file-name]" in done.stdout
    assert "cantal.yaml" in done.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["render", "15", "-o", "out"],
        ["diff", "15", "--from", "HEAD"],
        ["history", "15"],
        ["render", "15", "--avenant", "--from", "HEAD", "-o", "out"],
    ],
)
def test_every_command_finds_it_by_its_code(
    renamed: tuple[Path, dict[str, str]], args: list[str]
) -> None:
    root, env = renamed
    done = run_pep(*args, cwd=root, env=env)
    assert "aucune convention du territoire" not in done.stderr
    assert done.returncode in (0, 1), done.stderr


def test_render_writes_the_document_of_the_renamed_file(
    renamed: tuple[Path, dict[str, str]],
) -> None:
    root, env = renamed
    done = run_pep("render", "15", "-o", "out", cwd=root, env=env)
    assert done.returncode == 0, done.stderr
    assert (root / "out" / "cantal.md").is_file()
    assert "Cantal" in (root / "out" / "cantal.md").read_text(encoding="utf-8")


def test_diff_at_a_revision_reads_the_codes_of_that_revision(
    renamed: tuple[Path, dict[str, str]],
) -> None:
    root, env = renamed
    git(root, "commit", "-qam", "Relecture", env=env)
    done = run_pep("diff", "92", "--from", "HEAD~1", "--to", "HEAD", cwd=root, env=env)
    assert done.returncode == 0, done.stderr
    assert "92-hauts-de-seine-2022.yaml" in done.stdout


def test_an_unknown_code_is_still_a_usage_error(renamed: tuple[Path, dict[str, str]]) -> None:
    root, env = renamed
    done = run_pep("render", "16", cwd=root, env=env)
    assert done.returncode == 2
    assert "aucune convention du territoire « 16 »" in done.stderr
