"""The follow-up rules through the installed ``pep``: the former name ``missing-results``
still works in ``pep.toml``, in waivers and in ``pep explain``; deadlines follow ``--today``."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers_ci import edit, make_data_repo, pep_json, run_pep

CANTAL = "data/departments/15-cantal-2022.yaml"
LATE_2024 = "  2024: {status: adopted, adopted_on: 2025-06-26}\n"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """Cantal with its 2024 report still a draft: a report-deadline warning after 30 June 2025."""
    root = make_data_repo(tmp_path, "15-cantal-2022.yaml")
    edit(root / CANTAL, LATE_2024, "  2024: {status: draft}\n")
    return root


def problems(root: Path, *args: str) -> list[tuple[str, str]]:
    document = pep_json(*args, cwd=root)
    return [(p["rule"], p["level"]) for p in document["problems"]]


def test_a_draft_report_is_due_after_its_deadline(repo: Path) -> None:
    assert problems(repo, "--today", "2025-06-30") == []
    assert problems(repo) == [("report-deadline", "warning")]
    message = pep_json(cwd=repo)["problems"][0]["message"]
    assert message == (
        "rapport annuel de l'exercice 2024 non arrêté à l'échéance du 30 juin 2025 : "
        "encore en projet (status: draft)"
    )


@pytest.mark.parametrize("name", ["missing-results", "report-deadline"])
def test_levels_under_either_name(repo: Path, name: str) -> None:
    (repo / "pep.toml").write_text(f'[rules]\n{name} = "error"\n')
    assert problems(repo) == [("report-deadline", "error")]
    (repo / "pep.toml").write_text(f'[rules]\n{name} = "off"\n')
    assert problems(repo) == []


def test_a_waiver_under_the_former_name_lifts_the_problem(repo: Path) -> None:
    edit(
        repo / CANTAL,
        "  2024: {status: draft}\n",
        "  2024: {status: draft}  # pep: ignore[missing-results] rapport en cours de signature\n",
    )
    document = pep_json(cwd=repo)
    assert [(p["rule"], p["waived"]) for p in document["problems"]] == [
        ("report-deadline", "rapport en cours de signature")
    ]


def test_explain_knows_the_former_name() -> None:
    completed = run_pep("explain", "missing-results", cwd=Path.cwd())
    assert completed.returncode == 0
    assert completed.stdout.startswith(
        "« missing-results » est l'ancien nom de la règle report-deadline.\n\n"
        "report-deadline — niveau : avertissement"
    )


def test_an_unknown_rule_still_suggests_the_new_name(repo: Path) -> None:
    (repo / "pep.toml").write_text('[rules]\nreport-deadlines = "error"\n')
    completed = run_pep("validate", cwd=repo)
    assert completed.returncode == 2
    assert "vouliez-vous dire « report-deadline » ?" in completed.stderr


def test_execution_beyond_the_signed_amount_is_an_error(repo: Path) -> None:
    edit(
        repo / CANTAL,
        "    2023: {paid: 100000, spent: 97300}",
        "    2023: {paid: 100000, spent: 107300}",
    )
    document = pep_json(cwd=repo)
    found = [(p["rule"], p["pointer"], p["message"]) for p in document["problems"]]
    assert found[0][:2] == ("execution-exceeds-funding", "execution.fir.2023.spent")
    assert found[0][2].replace("\u202f", " ").replace("\xa0", " ") == (
        "fir 2023 : crédits consommés 107 300 € pour 100 000 € signés (dépassement de 7 300 €)"
    )
