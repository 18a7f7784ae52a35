"""Configuration of a data repository: ``pep.toml`` or ``[tool.pep]`` in ``pyproject.toml``."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers_ci import TODAY, edit, make_data_repo, pep_json, run_pep
from pep_cli.data.config import Config

ISERE_MISNAMED = "data/departments/isere.yaml"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """Two conventions: Isère under a wrong name (file-name warning), Cantal clean."""
    root = make_data_repo(tmp_path, "15-cantal-2022.yaml", "38-isere-2022.yaml")
    (root / "data/departments/38-isere-2022.yaml").rename(root / ISERE_MISNAMED)
    return root


def rules_and_levels(root: Path) -> list[tuple[str, str, str]]:
    return [(p["path"], p["rule"], p["level"]) for p in pep_json(cwd=root)["problems"]]


def test_without_configuration_rules_keep_their_default_level(repo: Path) -> None:
    assert rules_and_levels(repo) == [(ISERE_MISNAMED, "file-name", "warning")]


def test_pep_toml_sets_levels(repo: Path) -> None:
    (repo / "pep.toml").write_text('[rules]\nfile-name = "error"\n')
    assert rules_and_levels(repo) == [(ISERE_MISNAMED, "file-name", "error")]
    assert run_pep("validate", "--today", TODAY, cwd=repo).returncode == 1

    edit(
        repo / "data/departments/15-cantal-2022.yaml", "fir: {2022: 100000,", "fir: {2022: 100001,"
    )
    (repo / "pep.toml").write_text('[rules]\nfile-name = "off"\nfunding-totals = "warning"\n')
    assert rules_and_levels(repo) == [
        ("data/departments/15-cantal-2022.yaml", "funding-totals", "warning")
    ]
    assert run_pep("validate", "--today", TODAY, cwd=repo).returncode == 0
    assert run_pep("validate", "--today", TODAY, "--strict", cwd=repo).returncode == 1


def test_pyproject_tool_pep_is_read_and_pep_toml_wins(repo: Path) -> None:
    (repo / "pyproject.toml").write_text(
        '[project]\nname = "conventions"\n\n[tool.pep.rules]\nfile-name = "error"\n'
    )
    assert rules_and_levels(repo) == [(ISERE_MISNAMED, "file-name", "error")]
    (repo / "pep.toml").write_text('[rules]\nfile-name = "off"\n')
    assert rules_and_levels(repo) == []


def test_pyproject_without_tool_pep_is_no_configuration(repo: Path) -> None:
    (repo / "pyproject.toml").write_text('[project]\nname = "conventions"\n')
    assert rules_and_levels(repo) == [(ISERE_MISNAMED, "file-name", "warning")]


def test_include_and_exclude_select_the_conventions(repo: Path) -> None:
    drafts = repo / "data/departments/brouillons"
    drafts.mkdir()
    # A draft of Cantal for the same period: it would overlap the signed one.
    (drafts / "15-cantal-2022.yaml").write_text(
        (repo / "data/departments/15-cantal-2022.yaml").read_text()
    )
    overlap = pep_json(cwd=repo)
    assert overlap["summary"]["files"] == 3
    assert {p["rule"] for p in overlap["problems"]} == {"file-name", "overlapping-periods"}

    (repo / "pep.toml").write_text('exclude = ["data/departments/brouillons/**"]\n')
    report = pep_json(cwd=repo)
    assert report["summary"]["files"] == 2
    assert [p["rule"] for p in report["problems"]] == ["file-name"]  # the draft is not seen at all
    # Named on the command line (as pre-commit does), an excluded file is still left out.
    named = pep_json(str(drafts / "15-cantal-2022.yaml"), cwd=repo)
    assert named["summary"]["files"] == 0

    (repo / "pep.toml").write_text('include = ["data/departments/[0-9]*.yaml"]\n')
    report = pep_json(cwd=repo)
    assert report["summary"]["files"] == 1 and report["problems"] == []


@pytest.mark.parametrize(
    ("pattern", "selected", "left_out"),
    [
        (
            "data/departments/**/*.yaml",
            ["data/departments/a.yaml", "data/departments/x/y/a.yaml"],
            ["data/a.yaml"],
        ),
        ("data/departments/*.yaml", ["data/departments/a.yaml"], ["data/departments/x/a.yaml"]),
        (
            "**/brouillon-?.yaml",
            ["brouillon-1.yaml", "a/b/brouillon-2.yaml"],
            ["a/brouillon-12.yaml"],
        ),
        (
            "data/departments/[!0-9]*",
            ["data/departments/isere.yaml"],
            ["data/departments/38-isere.yaml"],
        ),
        ("data/**", ["data/departments/a.yaml"], ["pep.toml"]),
    ],
)
def test_globs(pattern: str, selected: list[str], left_out: list[str]) -> None:
    config = Config(include=(pattern,))
    assert [config.selects(p) for p in selected] == [True] * len(selected)
    assert [config.selects(p) for p in left_out] == [False] * len(left_out)


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        (
            "pep.toml",
            '[rules]\nfile-name = "warning"\nfle-name = "off"\n',
            "pep.toml:3:1 : règle « fle-name » inconnue dans [rules] ; "
            "vouliez-vous dire « file-name » ?",
        ),
        (
            "pyproject.toml",
            '[tool.pep.rules]\nfunding-total = "off"\n',
            "pyproject.toml:2:1 : règle « funding-total » inconnue dans [tool.pep.rules] ; "
            "vouliez-vous dire « funding-totals » ?",
        ),
        (
            "pep.toml",
            '[rules]\nfile-name = "erreur"\n',
            "pep.toml:2:1 : niveau « erreur » invalide pour la règle « file-name » ; "
            "niveaux : error, warning, off",
        ),
        (
            "pep.toml",
            '[rules]\nfile-name = "off"\nperiod "error"\n',
            "pep.toml:3:8 : TOML invalide : « = » attendu après la clé",
        ),
        (
            "pep.toml",
            'exclud = ["data/departments/brouillons/**"]\n',
            "pep.toml:1:1 : clé « exclud » inconnue ; vouliez-vous dire « exclude » ?",
        ),
        (
            "pep.toml",
            'include = "data/departments/*.yaml"\n',
            "pep.toml:1:1 : « include » doit être une liste de motifs entre guillemets",
        ),
        (
            "pep.toml",
            'exclude = ["../autre/**"]\n',
            "pep.toml:1:1 : motif « ../autre/** » invalide dans « exclude »",
        ),
        (
            "pep.toml",
            'rules = ["file-name"]\n',
            "pep.toml:1:1 : [rules] doit être une table « règle = niveau »",
        ),
    ],
)
def test_configuration_errors_stop_with_exit_2(
    repo: Path, name: str, text: str, message: str
) -> None:
    (repo / name).write_text(text)
    completed = run_pep("validate", cwd=repo)
    assert completed.returncode == 2, completed.stdout
    assert completed.stderr.startswith(f"pep : erreur : configuration {repo / name}")
    assert message in completed.stderr
    assert "Traceback" not in completed.stderr
