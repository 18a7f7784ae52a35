"""What a pull request's files can do to pep: each test runs the installed ``pep`` in a
temporary data repository, as a CI job would on the pull request's checkout."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers_ci import TODAY, edit, git_env, init_repo, line_of, make_data_repo, run_pep

CANTAL = "15-cantal-2022.yaml"
ISERE = "38-isere-2022.yaml"
DEPARTMENTS = Path("data") / "departments"
SECRET = "JETON-SECRET-1234"


def _json(root: Path, *args: str) -> dict:  # type: ignore[type-arg]
    done = run_pep("validate", "--format", "json", "--today", TODAY, *args, cwd=root)
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


# --- point 2: digits that are not ASCII -------------------------------------------------------


@pytest.mark.parametrize("value", ["²", "2²", "①", "٢٠٢٢", "１０００", "߂"])
def test_a_non_ascii_digit_is_text_and_every_command_goes_on(tmp_path: Path, value: str) -> None:
    root = make_data_repo(tmp_path / "depot", CANTAL, ISERE)
    (root / DEPARTMENTS / "99-essai-2022.yaml").write_text(f"x: {value}\n", encoding="utf-8")
    report = _json(root)
    assert report["summary"]["files"] == 3
    assert {p["path"] for p in report["problems"]} >= {"data/departments/99-essai-2022.yaml"}
    for args in (["fmt", "--check"], ["render", "--all", "-o", "sortie"], ["validate"]):
        done = run_pep(*args, cwd=root)
        assert done.returncode in (0, 1), (args, done.stderr)
        assert "erreur interne" not in done.stderr


@pytest.mark.parametrize("value", ["٢", "１", "²"])
def test_a_number_field_holding_other_digits_is_a_schema_problem(
    tmp_path: Path, value: str
) -> None:
    root = make_data_repo(tmp_path / "depot", CANTAL)
    edit(root / DEPARTMENTS / CANTAL, "\nversion: 1\n", f"\nversion: {value}\n")
    problems = _json(root)["problems"]
    schema = [p for p in problems if p["rule"] == "schema"]
    line = line_of(root / DEPARTMENTS / CANTAL, f"version: {value}")
    assert [(p["line"], p["pointer"]) for p in schema] == [(line, "version")]
    assert value in schema[0]["message"]


def test_non_ascii_digits_in_amounts_are_not_read_as_numbers(tmp_path: Path) -> None:
    root = make_data_repo(tmp_path / "depot", CANTAL)
    edit(
        root / DEPARTMENTS / CANTAL,
        "  fir: {2022: 100000, 2023: 100000, 2024: 100000}",
        "  fir: {2022: １００００0, 2023: 100000, 2024: 100000}",
    )
    problems = _json(root)["problems"]
    assert any(p["rule"] == "schema" and p["pointer"] == "funding.fir.2022" for p in problems)


def test_diff_reads_a_file_with_other_digits(tmp_path: Path) -> None:
    root = make_data_repo(tmp_path / "depot", CANTAL)
    env = git_env(tmp_path / "home")
    init_repo(root, env)
    edit(root / DEPARTMENTS / CANTAL, "\nversion: 1\n", "\nversion: ²\n")
    done = run_pep("diff", "15", "--from", "HEAD", cwd=root, env=env)
    assert done.returncode == 1, done.stderr
    assert "erreur interne" not in done.stderr
    line = line_of(root / DEPARTMENTS / CANTAL, "version: ²")
    assert f"15-cantal-2022.yaml:{line}:10" in done.stdout + done.stderr


# --- point 7: symbolic links out of the repository --------------------------------------------


def _secret(tmp_path: Path) -> Path:
    secret = tmp_path / "ailleurs" / "secret.yaml"
    secret.parent.mkdir(parents=True, exist_ok=True)
    secret.write_text(f"{SECRET}: [\n", encoding="utf-8")  # invalid YAML: would be quoted
    return secret


def test_a_convention_linked_out_of_the_repository_is_never_read(tmp_path: Path) -> None:
    root = make_data_repo(tmp_path / "depot", CANTAL)
    (root / DEPARTMENTS / "99-lien-2022.yaml").symlink_to(_secret(tmp_path))
    for fmt in ("text", "json", "github", "sarif", "junit", "gitlab"):
        done = run_pep("validate", "--format", fmt, "--today", TODAY, cwd=root)
        assert done.returncode == 1, done.stderr
        assert SECRET not in done.stdout + done.stderr, fmt
        assert "lien hors du dépôt" in done.stdout, fmt
    report = _json(root)
    [problem] = [p for p in report["problems"] if p["path"] == "data/departments/99-lien-2022.yaml"]
    assert (problem["rule"], problem["level"], problem["line"]) == ("syntax", "error", 1)
    # Named on the command line, as a CI job passing the changed files would.
    done = run_pep("validate", "data/departments/99-lien-2022.yaml", cwd=root)
    assert done.returncode == 1
    assert "lien hors du dépôt" in done.stdout
    assert SECRET not in done.stdout + done.stderr
    for args in (["render", "--all", "-o", "sortie"], ["render", "99"], ["fmt"]):
        done = run_pep(*args, cwd=root)
        assert done.returncode in (1, 2), (args, done.stderr)
        assert SECRET not in done.stdout + done.stderr, args
    assert (root / DEPARTMENTS / "99-lien-2022.yaml").is_symlink()


def test_a_linked_conventions_folder_is_not_walked(tmp_path: Path) -> None:
    elsewhere = tmp_path / "ailleurs" / "departments"
    elsewhere.mkdir(parents=True)
    (elsewhere / "99-lien-2022.yaml").write_text(f"{SECRET}: [\n", encoding="utf-8")
    root = tmp_path / "depot"
    (root / "data").mkdir(parents=True)
    (root / DEPARTMENTS).symlink_to(elsewhere)
    done = run_pep("validate", cwd=root)
    assert done.returncode == 2
    assert "lien hors du dépôt" in done.stderr
    assert SECRET not in done.stdout + done.stderr


@pytest.mark.parametrize("name", ["catalogue.yaml", "territories.yaml"])
def test_a_linked_pep_data_file_is_refused(tmp_path: Path, name: str) -> None:
    root = make_data_repo(tmp_path / "depot", CANTAL)
    (root / "data" / name).symlink_to(_secret(tmp_path))
    done = run_pep("validate", cwd=root)
    assert done.returncode == 2
    assert "lien hors du dépôt" in done.stderr
    assert SECRET not in done.stdout + done.stderr


def test_a_link_inside_the_repository_is_read(tmp_path: Path) -> None:
    root = make_data_repo(tmp_path / "depot", CANTAL)
    (root / "archives").mkdir()
    (root / DEPARTMENTS / CANTAL).rename(root / "archives" / CANTAL)
    (root / DEPARTMENTS / CANTAL).symlink_to(Path("..") / ".." / "archives" / CANTAL)
    report = _json(root)
    # The shipped Cantal waives its illustrative marks (a demonstration set).
    assert report["summary"] == {"files": 1, "errors": 0, "warnings": 0, "waived": 1}
