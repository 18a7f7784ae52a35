"""Points 6 and 12: a pull request's ``pep.toml`` cannot hang pep, crash it, or hide problems."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from helpers_ci import make_data_repo, run_pep

CANTAL = "15-cantal-2022.yaml"
ISERE = "38-isere-2022.yaml"
DEPARTMENTS = Path("data") / "departments"


def _broken(root: Path) -> None:
    (root / DEPARTMENTS / "99-casse-2022.yaml").write_text("schema_version: [\n", encoding="utf-8")


@pytest.mark.parametrize(
    ("toml", "line", "message"),
    [
        (
            'include = ["data/[z-a]"]\n',
            1,
            "motif « data/[z-a] » invalide dans « include » : classe de caractères invalide (z-a)",
        ),
        (
            'exclude = [\n  "data/departments/brouillons/**",\n  "data/[9-0]*",\n]\n',
            3,
            "motif « data/[9-0]* » invalide dans « exclude » : classe de caractères invalide",
        ),
    ],
)
def test_an_invalid_glob_is_a_french_usage_error_with_its_line(
    tmp_path: Path, toml: str, line: int, message: str
) -> None:
    root = make_data_repo(tmp_path / "depot", CANTAL)
    (root / "pep.toml").write_text(toml, encoding="utf-8")
    done = run_pep("validate", cwd=root)
    assert done.returncode == 2, done.stderr
    assert f"pep.toml:{line} : {message}" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_backtracking_glob_is_matched_in_linear_time(tmp_path: Path) -> None:
    root = make_data_repo(tmp_path / "depot", CANTAL)
    long_name = "a" * 200 + ".yaml"
    (root / DEPARTMENTS / long_name).write_text("x: 1\n", encoding="utf-8")
    (root / "pep.toml").write_text(
        'include = ["**a**a**a**a**a**a**a**a**a**a**a**a**b", "data/departments/15-*"]\n',
        encoding="utf-8",
    )
    started = time.monotonic()
    done = run_pep("validate", cwd=root)
    assert time.monotonic() - started < 60  # Python's re would take hours
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 fichier" in done.stdout


def test_gitignore_semantics_a_folder_holds_its_files(tmp_path: Path) -> None:
    root = make_data_repo(tmp_path / "depot", CANTAL, ISERE)
    (root / DEPARTMENTS / "brouillons").mkdir()
    _broken(root)
    (root / DEPARTMENTS / "99-casse-2022.yaml").rename(
        root / DEPARTMENTS / "brouillons" / "99-casse-2022.yaml"
    )
    (root / "pep.toml").write_text('exclude = ["data/departments/brouillons"]\n')
    done = run_pep("validate", cwd=root)
    assert done.returncode == 0, done.stdout
    assert "2 fichiers" in done.stdout


@pytest.mark.parametrize("rule", ["syntax", "schema"])
@pytest.mark.parametrize("level", ["off", "warning"])
def test_syntax_and_schema_cannot_be_turned_down(tmp_path: Path, rule: str, level: str) -> None:
    root = make_data_repo(tmp_path / "depot", CANTAL)
    _broken(root)
    (root / "pep.toml").write_text(f'[rules]\n{rule} = "{level}"\n', encoding="utf-8")
    done = run_pep("validate", cwd=root)
    assert done.returncode == 2
    assert f"pep.toml:2 : la règle « {rule} » ne peut pas être abaissée ni désactivée" in (
        done.stderr
    )
    (root / "pep.toml").write_text(f'[tool.pep.rules]\n{rule} = "{level}"\n', encoding="utf-8")
    (root / "pep.toml").rename(root / "pyproject.toml")
    assert run_pep("validate", cwd=root).returncode == 2


@pytest.mark.parametrize(
    "toml",
    [
        'exclude = ["**"]\n',
        'include = ["nulle-part/*.yaml"]\n',
        'include = ["**a**a**a**a**b"]\n',
    ],
)
def test_a_run_that_selects_nothing_says_so(tmp_path: Path, toml: str) -> None:
    root = make_data_repo(tmp_path / "depot", CANTAL, ISERE)
    _broken(root)
    (root / "pep.toml").write_text(toml, encoding="utf-8")
    done = run_pep("validate", cwd=root)
    assert done.returncode == 0
    assert "avertissement : aucune convention validée alors que data/departments en contient 3" in (
        done.stderr
    )
    assert "la configuration" in done.stderr
    strict = run_pep("validate", "--strict", cwd=root)
    assert strict.returncode == 1
    named = run_pep("validate", "--strict", str(DEPARTMENTS / "99-casse-2022.yaml"), cwd=root)
    assert named.returncode == 1
    assert "les chemins donnés en contiennent 1" in named.stderr


def test_an_empty_repository_is_not_warned_about(tmp_path: Path) -> None:
    root = tmp_path / "depot"
    (root / DEPARTMENTS).mkdir(parents=True)
    done = run_pep("validate", "--strict", cwd=root)
    assert done.returncode == 0
    assert "avertissement" not in done.stderr
