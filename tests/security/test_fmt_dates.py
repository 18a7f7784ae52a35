"""fmt and impossible dates: validate's French message and position; fmt keeps the text."""

from __future__ import annotations

from pathlib import Path

from helpers_ci import edit, make_data_repo, run_pep

CANTAL = "15-cantal-2022.yaml"


def test_an_impossible_date_is_kept_as_written_and_reported_by_validate(tmp_path: Path) -> None:
    root = make_data_repo(tmp_path, CANTAL)
    path = root / "data" / "departments" / CANTAL
    edit(path, "signed_on: 2022-06-24", "signed_on:   2022-02-30")
    formatted = run_pep("fmt", cwd=root)
    assert formatted.returncode == 0, formatted.stderr
    assert "day is out of range" not in formatted.stdout + formatted.stderr
    text = path.read_text(encoding="utf-8")
    assert "\nsigned_on: 2022-02-30\n" in text  # laid out, the value's text untouched
    again = run_pep("fmt", "--check", cwd=root)
    assert again.returncode == 0, again.stdout
    line = text.split("\n").index("signed_on: 2022-02-30") + 1
    validated = run_pep("validate", "--format", "concise", cwd=root)
    assert validated.returncode == 1
    assert f"{CANTAL}:{line}:12" in validated.stdout
    assert "« 2022-02-30 » n'est pas une date valide" in validated.stdout
