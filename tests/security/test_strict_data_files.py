"""Point 10: the catalogue and territories files of a pull request are read as strictly as a
convention: a value Python would accept by accident (``true`` for 1, a 31 February) is refused,
in French, at its position, exit 2 — never a crash, never taken for something else."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from helpers_ci import SHIPPED, make_data_repo, run_pep

CANTAL = "15-cantal-2022.yaml"
DATA = SHIPPED.parent  # the shipped data/ folder: catalogue.yaml, territories.yaml


def _with(tmp_path: Path, name: str, old: str, new: str) -> tuple[Path, int]:
    """A repository whose ``name`` (catalogue or territories) has its first ``old`` made ``new``."""
    root = make_data_repo(tmp_path / "depot", CANTAL)
    text = (DATA / name).read_text(encoding="utf-8")
    assert old in text
    before, _, after = text.partition(old)
    (root / "data" / name).write_text(before + new + after, encoding="utf-8")
    return root, before.count("\n") + 1


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("month: 6, day: 30", "month: 2, day: 31", "le 31/2 n'existe pas chaque année"),
        ("month: 6, day: 30", "month: 2, day: 29", "le 29/2 n'existe pas chaque année"),
        ("month: 6, day: 30", "month: 4, day: 31", "le 31/4 n'existe pas chaque année"),
        ("\nschema_version: 1", "\nschema_version: true", "version du format « true » non admise"),
        ("\nschema_version: 1", '\nschema_version: "1"', "version du format « 1 » non admise"),
        ("signature_deadline: 2020-10-15", "signature_deadline: 2020-02-30", "date valide"),
        ("etat: 50000000", "etat: 1e-5000", "au plus deux décimales"),
        ("etat: 50000000", "etat: .nan", "montant non fini"),
    ],
)
def test_a_catalogue_value_taken_by_accident_is_refused(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    root, line = _with(tmp_path, "catalogue.yaml", old, new)
    line += old.startswith("\n")
    for command in (["validate"], ["render", "15", "-o", "sortie"], ["national"]):
        done = run_pep(*command, cwd=root)
        assert done.returncode == 2, (command, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr
        assert "data/catalogue.yaml:" in done.stderr and f":{line}:" in done.stderr, done.stderr
        assert message in done.stderr, done.stderr
    assert not (root / "sortie").exists()


def test_a_territories_file_with_a_boolean_version_is_refused(tmp_path: Path) -> None:
    root, line = _with(tmp_path, "territories.yaml", "\nschema_version: 1", "\nschema_version: yes")
    done = run_pep("validate", cwd=root)
    assert done.returncode == 2, done.stdout + done.stderr
    assert f"data/territories.yaml:{line + 1}:" in done.stderr
    assert "version du format « yes » non admise : 1 attendu" in done.stderr


@pytest.mark.parametrize("written", ["true", '"1"', "1.0"])
def test_a_convention_with_a_version_that_is_not_1_is_a_schema_error(
    tmp_path: Path, written: str
) -> None:
    root = make_data_repo(tmp_path / "depot", CANTAL)
    path = root / "data" / "departments" / CANTAL
    text = path.read_text(encoding="utf-8")
    assert "\nschema_version: 1\n" in text
    path.write_text(text.replace("\nschema_version: 1\n", f"\nschema_version: {written}\n"))
    done = run_pep("validate", "--format", "json", cwd=root)
    assert done.returncode == 1, done.stderr
    [problem] = [p for p in json.loads(done.stdout)["problems"] if p["rule"] == "schema"]
    assert problem["message"].startswith("version du format « ")
    assert problem["message"].endswith("» non admise : 1 attendu")


def test_a_target_of_1e_minus_5000_is_refused_by_every_command(tmp_path: Path) -> None:
    """It validated, then render and diff failed in English (5000 digits to write out)."""
    from helpers_ci import git_env, init_repo

    root = make_data_repo(tmp_path / "depot", CANTAL)
    env = git_env(tmp_path / "home")
    init_repo(root, env)
    path = root / "data" / "departments" / CANTAL
    text = path.read_text(encoding="utf-8")
    old = "targets: {2022: 180,"
    assert text.count(old) == 1
    path.write_text(text.replace(old, "targets: {2022: 1e-5000,"), encoding="utf-8")
    line = text[: text.index(old)].count("\n") + 1
    for command in (
        ["validate", "-f", "concise"],
        ["render", "15", "-o", "sortie"],
        ["diff", "15"],
    ):
        done = run_pep(*command, cwd=root, env=env)
        assert done.returncode == 1, (command, done.stdout, done.stderr)
        shown = done.stdout + done.stderr
        assert "Traceback" not in shown and "erreur interne" not in shown, command
        # file:line:column, or the file then its problems by line (render's grouped report)
        assert re.search(rf"15-cantal-2022\.yaml(:{line}:|\n\s+{line}:25 )", shown), shown
        assert "au plus 6 décimales pour une valeur d'indicateur" in shown, shown


def test_a_boolean_version_is_quoted_as_written(tmp_path: Path) -> None:
    root = make_data_repo(tmp_path / "depot", CANTAL)
    path = root / "data" / "departments" / CANTAL
    text = path.read_text(encoding="utf-8")
    assert text.count("\nversion: 1\n") == 1
    path.write_text(text.replace("\nversion: 1\n", "\nversion: true\n"), encoding="utf-8")
    done = run_pep("validate", "-f", "concise", cwd=root)
    assert done.returncode == 1
    assert "nombre entier attendu, trouvé « true » [schema]" in done.stdout
