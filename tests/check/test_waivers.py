"""Waivers: ``# pep: ignore[rule-name] reason`` on a line, or alone on the line above."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers_ci import TODAY, edit, line_of, make_data_repo, pep_json, run_pep
from pep_cli.check.waivers import Waiver, parse_waivers

CANTAL = "data/departments/15-cantal-2022.yaml"
FIR = "  fir: {2022: 100000, 2023: 100000, 2024: 100000}"
WRONG_FIR = "  fir: {2022: 100000, 2023: 100001, 2024: 100000}"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """Cantal with a wrong FIR total for 2023: one funding-totals error on the FIR line."""
    root = make_data_repo(tmp_path, "15-cantal-2022.yaml")
    edit(root / CANTAL, FIR, WRONG_FIR)
    return root


def problems(root: Path) -> list[tuple[int, str, str, str | None]]:
    return [
        (p["line"], p["rule"], p["level"], p.get("waived")) for p in pep_json(cwd=root)["problems"]
    ]


def test_parse_waivers_positions_targets_and_reasons() -> None:
    text = (
        "a: 1  # pep: ignore[period] prolongée par l'avenant\n"
        "# pep: ignore[funding-totals, file-name] — arrondi de l'ARS\n"
        "\n"
        "# autre commentaire\n"
        "b: 2\n"
        "url: http://exemple.fr/#pep: ignore[period] pas un commentaire\n"
        "c: 3 # pep: ignore funding-totals\n"
        "# pep: ignore[period]\n"
    )
    assert parse_waivers(text) == [
        Waiver(line=1, column=7, target=1, rules=("period",), reason="prolongée par l'avenant"),
        Waiver(2, 1, 5, ("funding-totals", "file-name"), "arrondi de l'ARS"),
        Waiver(7, 6, 7, (), ""),  # malformed: no brackets
        Waiver(8, 1, 0, ("period",), ""),  # alone at the end: nothing below
    ]
    assert parse_waivers("a: 1\n") == []


def test_a_waiver_at_the_end_of_the_line_lifts_its_problem(repo: Path) -> None:
    edit(
        repo / CANTAL,
        WRONG_FIR,
        WRONG_FIR + "  # pep: ignore[funding-totals] versement complémentaire de l'ARS",
    )
    line = line_of(repo / CANTAL, WRONG_FIR)
    assert problems(repo) == [
        (line, "funding-totals", "error", "versement complémentaire de l'ARS")
    ]
    report = pep_json(cwd=repo)
    assert report["summary"] == {"files": 1, "errors": 0, "warnings": 0, "waived": 1}
    completed = run_pep("validate", "--today", TODAY, "--strict", cwd=repo)
    assert completed.returncode == 0
    assert "levé : versement complémentaire de l'ARS" in completed.stdout
    # With the shipped Cantal's own waiver of its illustrative marks.
    assert "Bilan : 1 fichier, 0 erreur, 0 avertissement, 2 problèmes levés" in completed.stdout


def test_a_waiver_alone_on_its_line_lifts_the_problems_of_the_next_line(repo: Path) -> None:
    edit(
        repo / CANTAL,
        WRONG_FIR,
        "  # pep: ignore[funding-totals] versement complémentaire\n\n" + WRONG_FIR,
    )
    line = line_of(repo / CANTAL, WRONG_FIR)
    assert problems(repo) == [(line, "funding-totals", "error", "versement complémentaire")]


def test_a_waiver_without_reason_lifts_but_is_reported(repo: Path) -> None:
    edit(repo / CANTAL, WRONG_FIR, WRONG_FIR + "  # pep: ignore[funding-totals]")
    line = line_of(repo / CANTAL, WRONG_FIR)
    report = pep_json(cwd=repo)
    assert problems(repo) == [
        (line, "funding-totals", "error", ""),
        (line, "waiver", "warning", None),
    ]
    waiver = report["problems"][1]
    assert waiver["column"] == len(WRONG_FIR) + 3
    assert waiver["message"] == (
        "dérogation sans justification pour funding-totals : ajoutez la raison après les crochets"
    )
    text = run_pep("validate", "--today", TODAY, cwd=repo).stdout
    assert "levé : (dérogation sans justification)" in text


def test_a_waiver_that_lifts_nothing_is_reported_rule_by_rule(repo: Path) -> None:
    edit(repo / CANTAL, WRONG_FIR, WRONG_FIR + "  # pep: ignore[funding-totals, period] arrondi")
    edit(repo / CANTAL, "status: signed", "status: signed  # pep: ignore[signature] ancien avenant")
    line = line_of(repo / CANTAL, WRONG_FIR)
    status = line_of(repo / CANTAL, "status: signed")
    report = pep_json(cwd=repo)
    assert [(p["line"], p["rule"], p.get("waived"), p["message"]) for p in report["problems"]] == [
        (
            status,
            "waiver",
            None,
            f"la dérogation pour « signature » ne lève aucun problème sur la ligne {status} : "
            "retirez-la",
        ),
        (line, "funding-totals", "arrondi", report["problems"][1]["message"]),
        (
            line,
            "waiver",
            None,
            f"la dérogation pour « period » ne lève aucun problème sur la ligne {line} : "
            "retirez-la",
        ),
    ]
    assert run_pep("validate", "--today", TODAY, cwd=repo).returncode == 0
    assert run_pep("validate", "--today", TODAY, "--strict", cwd=repo).returncode == 1


def test_a_malformed_waiver_is_reported_and_lifts_nothing(repo: Path) -> None:
    edit(repo / CANTAL, WRONG_FIR, WRONG_FIR + "  # pep: ignore funding-totals")
    line = line_of(repo / CANTAL, WRONG_FIR)
    assert problems(repo) == [
        (line, "funding-totals", "error", None),
        (line, "waiver", "warning", None),
    ]
    assert "dérogation mal formée" in pep_json(cwd=repo)["problems"][1]["message"]


def test_an_unknown_rule_in_a_waiver_stops_with_exit_2(repo: Path) -> None:
    edit(repo / CANTAL, WRONG_FIR, WRONG_FIR + "  # pep: ignore[funding-total] arrondi")
    line = line_of(repo / CANTAL, WRONG_FIR)
    completed = run_pep("validate", cwd=repo)
    assert completed.returncode == 2
    assert completed.stderr == (
        f"pep : erreur : {CANTAL}:{line}:{len(WRONG_FIR) + 3} : règle « funding-total » inconnue "
        "dans la dérogation « # pep: ignore[…] » ; vouliez-vous dire « funding-totals » ?\n"
    )


def test_configuration_turns_the_waiver_rule_or_the_waived_rule_off(repo: Path) -> None:
    edit(repo / CANTAL, WRONG_FIR, WRONG_FIR + "  # pep: ignore[funding-totals, period]")
    (repo / "pep.toml").write_text('[rules]\nwaiver = "off"\n')
    line = line_of(repo / CANTAL, WRONG_FIR)
    assert problems(repo) == [(line, "funding-totals", "error", "")]
    # A waiver for a rule that does not run lifts nothing, and is not reported for it.
    (repo / "pep.toml").write_text('[rules]\nperiod = "off"\n')
    assert problems(repo) == [
        (line, "funding-totals", "error", ""),
        (line, "waiver", "warning", None),  # no reason given
    ]


def test_waived_problems_in_json_and_sarif(repo: Path) -> None:
    import json

    edit(repo / CANTAL, WRONG_FIR, WRONG_FIR + "  # pep: ignore[funding-totals] arrondi de l'ARS")
    waived = pep_json(cwd=repo)["problems"][0]
    assert waived["waived"] == "arrondi de l'ARS"
    sarif = json.loads(run_pep("validate", "--format", "sarif", cwd=repo).stdout)
    (result,) = [r for r in sarif["runs"][0]["results"] if r["ruleId"] != "illustrative-value"]
    assert result["suppressions"] == [{"kind": "inSource", "justification": "arrondi de l'ARS"}]
    assert json.loads(run_pep("validate", "--format", "gitlab", cwd=repo).stdout) == []


def test_the_waiver_rule_is_documented() -> None:
    completed = run_pep("explain", "waiver", cwd=Path.cwd())
    assert completed.returncode == 0
    assert completed.stdout.startswith("waiver — niveau : avertissement, portée : lecture\n")
    assert "Exemple en défaut" in completed.stdout and "Exemple conforme" in completed.stdout
