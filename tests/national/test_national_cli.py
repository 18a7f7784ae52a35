"""``pep national`` end to end: golden Markdown and JSON, the terminal, errors and exit codes."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from helpers_national import (
    PROJECT,
    TODAY,
    check_golden,
    followup_model,
    pep_process,
    write_synthetic,
)

ANSI = re.compile(r"\x1b\[")


@pytest.mark.parametrize("fmt", ["md", "json"])
def test_golden_on_the_shipped_data(fmt: str) -> None:
    ran = pep_process("national", "-f", fmt, "--today", TODAY, cwd=PROJECT)
    assert ran.code == 0, ran.err
    check_golden(f"shipped.{fmt}", ran.out)


@pytest.mark.parametrize("fmt", ["md", "json"])
def test_golden_on_the_synthetic_repository(tmp_path: Path, fmt: str) -> None:
    root = write_synthetic(tmp_path)
    ran = pep_process("national", "-f", fmt, "--today", TODAY, cwd=root)
    assert ran.code == 0, ran.err
    check_golden(f"synthetic.{fmt}", ran.out)


@pytest.mark.skipif(not followup_model(), reason="le modèle du suivi n'est pas encore là")
@pytest.mark.parametrize("fmt", ["md", "json"])
def test_golden_with_followup_data(tmp_path: Path, fmt: str) -> None:
    root = write_synthetic(tmp_path, followup=True)
    ran = pep_process("national", "-f", fmt, "--today", TODAY, "--year", "2022", cwd=root)
    assert ran.code == 0, ran.err
    check_golden(f"synthetic-followup-2022.{fmt}", ran.out)


def _amounts(root: Path) -> dict[tuple[int, str], Decimal]:
    """Signed money per (year, source), added up from the files with the API, not the view."""
    from pep_cli import api

    report = api.validate(root)
    found: dict[tuple[int, str], Decimal] = {}
    for file in report.conventions:
        assert file.model is not None
        for source, by_year in file.model.funding.items():
            for year, amount in by_year.items():
                found[(year, source)] = found.get((year, source), Decimal(0)) + amount
    return found


def test_json_figures_add_up_from_the_files(tmp_path: Path) -> None:
    root = write_synthetic(tmp_path)
    data = json.loads(pep_process("national", "-f", "json", "--today", TODAY, cwd=root).out)
    assert data["format"] == "pep-national/1"
    rows = {(r["year"], r["source"]): Decimal(r["signed"]) for r in data["funding"]["by_year"]}
    expected = _amounts(root)
    assert {k: v for k, v in rows.items() if v} == expected
    for total in data["funding"]["totals"]:
        of_year = [v for (y, _), v in expected.items() if y == total["year"]]
        assert Decimal(total["signed"]) == sum(of_year, Decimal(0))
    # 2020: État 400 000 + FIR 100 000 + ONDAM 50 000 against 80 M€ of envelopes.
    totals = {t["year"]: t for t in data["funding"]["totals"]}
    assert totals[2020]["envelope"] == "80000000"
    assert Decimal(totals[2020]["envelope_share"]) == (
        Decimal(550000) / Decimal(80000000)
    ).quantize(Decimal("0.0001"))


def test_signatures_and_reports_as_of_today(tmp_path: Path) -> None:
    root = write_synthetic(tmp_path)
    data = json.loads(pep_process("national", "-f", "json", "--today", TODAY, cwd=root).out)
    signatures = {s["edition"]: s for s in data["status"]["signatures"]}
    # 2021: Corse signed after 30 September 2021, Pas-de-Calais still unsigned.
    assert signatures["2021"]["late"] == ["2a-corse-du-sud-2021", "62-pas-de-calais-2021"]
    assert signatures["2020"]["late"] == []
    assert (signatures["2022"]["signed"], signatures["2022"]["closed"]) == (2, 1)
    # Without reports in the files, every report whose deadline has passed is missing.
    reports = {r["year"]: r for r in data["status"]["reports"]}
    assert reports[2024]["counts"]["missing"] == 3
    listed = [slug for slugs in reports[2021]["conventions"].values() for slug in slugs]
    assert "62-pas-de-calais-2021" not in listed
    early = json.loads(pep_process("national", "-f", "json", "--today", "2023-01-15", cwd=root).out)
    assert {r["year"]: r["counts"]["not_due"] for r in early["status"]["reports"]}[2022] == 5


def test_objective_uptake_and_matrix(tmp_path: Path) -> None:
    root = write_synthetic(tmp_path)
    data = json.loads(pep_process("national", "-f", "json", "--today", TODAY, cwd=root).out)
    uptake = {(o["edition"], o["number"]): o for o in data["objectives"]["uptake"]}
    assert uptake[("2022", 14)]["conventions"] == [
        "35-ille-et-vilaine-2022",
        "69m-metropole-de-lyon-2022",
        "972-martinique-2022",
    ]
    assert uptake[("2022", 1)]["required"] is True
    assert uptake[("2022", 15)]["count"] == 0
    matrix = {m["edition"]: m for m in data["objectives"]["matrix"]}
    rows = {r["territory"]["code"]: r["actions"] for r in matrix["2021"]["rows"]}
    assert rows["62"] == {str(n): 1 for n in [*range(1, 12), 13, 19]}


def test_year_narrows_every_table(tmp_path: Path) -> None:
    root = write_synthetic(tmp_path)
    data = json.loads(
        pep_process("national", "-f", "json", "--year", "2023", "--today", TODAY, cwd=root).out
    )
    assert {r["year"] for r in data["funding"]["by_year"]} == {2023}
    assert {r["year"] for r in data["status"]["reports"]} == {2023}
    assert data["map"]["year"] == 2023
    codes = {t["territory"]["code"] for t in data["funding"]["by_territory"]}
    assert codes == {"972", "69M", "35"}


def test_terminal_tables_fit_100_columns_and_respect_no_color(tmp_path: Path) -> None:
    root = write_synthetic(tmp_path)
    ran = pep_process("national", "--today", TODAY, cwd=root, env={"NO_COLOR": "1"})
    assert ran.code == 0, ran.err
    assert not ANSI.search(ran.out)
    assert max(len(line) for line in ran.out.splitlines()) <= 100
    assert "Financement par année et par source" in ran.out
    assert "Rapports annuels au 1er décembre 2026" in ran.out
    from pep_cli.french import amount

    assert amount(11290808) not in ran.out  # the synthetic data, not the shipped data
    assert amount(1550000) in ran.out  # 2021 État of the synthetic data: 400 + 250 + 900 k€


def test_bad_options_are_usage_errors(tmp_path: Path) -> None:
    root = write_synthetic(tmp_path, git=False)
    unknown = pep_process("national", "-f", "docx", cwd=root)
    assert unknown.code == 2 and "format « docx » inconnu" in unknown.err
    no_output = pep_process("national", "-f", "xlsx", cwd=root)
    assert no_output.code == 2 and "-o FICHIER" in no_output.err
    measure = pep_process("national", "--map", "couleur", cwd=root)
    assert measure.code == 2 and "mesure « couleur » inconnue" in measure.err
    (root / "lecture-seule").mkdir(mode=0o500)
    unwritable = pep_process(
        "national", "-f", "md", "-o", str(root / "lecture-seule" / "sous" / "n.md"), cwd=root
    )
    if unwritable.code != 0 or not (root / "lecture-seule" / "sous").exists():  # not as root
        assert unwritable.code == 2 and "impossible d'écrire" in unwritable.err


def test_an_unreadable_file_is_left_out_and_said(tmp_path: Path) -> None:
    root = write_synthetic(tmp_path, git=False)
    (root / "data" / "departments" / "75-paris-2022.yaml").write_text(
        "territory: [oops\n", encoding="utf-8"
    )
    ran = pep_process("national", "-f", "json", "--today", TODAY, cwd=root)
    assert ran.code == 1
    assert "data/departments/75-paris-2022.yaml:" in ran.err
    assert "écarté de la vue nationale" in ran.err
    data = json.loads(ran.out)
    assert [e["path"] for e in data["excluded"]] == ["data/departments/75-paris-2022.yaml"]
    assert len(data["conventions"]) == 6


def test_output_to_a_folder_and_a_file(tmp_path: Path) -> None:
    root = write_synthetic(tmp_path, git=False)
    (root / "out").mkdir()
    ran = pep_process("national", "-f", "md", "-o", "out/", "--today", TODAY, cwd=root)
    assert ran.code == 0, ran.err
    assert (root / "out" / "national.md").read_text(encoding="utf-8").startswith("# Vue nationale")
    assert "écrite dans out/national.md" in ran.out
    ran = pep_process("national", "-f", "json", "-o", "vue.json", "--today", TODAY, cwd=root)
    assert json.loads((root / "vue.json").read_text(encoding="utf-8"))["today"] == TODAY


def _documented_keys() -> dict[str, set[str]]:
    """The README's table of JSON keys: path -> the keys it lists (outside braces)."""
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## La vue nationale", 1)[1].split("\n## ", 1)[0]
    table = section.split("| clé | contenu |", 1)[1].split("\n\n", 1)[0]
    found: dict[str, set[str]] = {}
    for line in table.splitlines()[2:]:
        cells = [c.strip() for c in line.strip("|").split("|")]
        paths = re.findall(r"`([a-z_.]+)`", cells[0])
        described = re.sub(r"\{[^}]*\}|\([^)]*\)", "", cells[1])
        keys = set(re.findall(r"`([a-z_]+)`", described.split(" par état")[0]))
        for path in paths:
            found[path] = keys
    return found


def test_the_readme_documents_the_json_keys(tmp_path: Path) -> None:
    root = write_synthetic(tmp_path, git=False)
    data = json.loads(pep_process("national", "-f", "json", "--today", TODAY, cwd=root).out)
    documented = _documented_keys()
    top = {path.split(".")[0] for path in documented}
    assert top | {"format"} == set(data)
    for path, keys in documented.items():
        value = data
        for part in path.split("."):
            value = value[part]
        if isinstance(value, list) and value and isinstance(value[0], dict):
            if path == "map":
                continue
            assert set(value[0]) >= keys and keys, path
        elif isinstance(value, dict) and path in ("map", "results.free_label"):
            assert keys <= set(value), path


def test_illustrative_values_are_shown_as_such(tmp_path: Path) -> None:
    """The shipped follow-up is illustrative: every output of the national view says so."""
    import json

    ran = pep_process("national", "-f", "json", "--today", TODAY, cwd=PROJECT)
    assert ran.code == 0, ran.err
    by_code = {c["territory"]["code"]: c for c in json.loads(ran.out)["conventions"]}
    assert by_code["15"]["illustrative"] == [
        "actions",
        "execution",
        "reports",
        "baseline",
        "results",
        "targets",
    ]
    assert by_code["973"]["illustrative"] == ["actions", "funding"]
    assert by_code["92"]["illustrative"] == ["actions", "reports", "baseline", "results", "targets"]
    text = pep_process("national", "--today", TODAY, cwd=PROJECT, env={"COLUMNS": "200"})
    assert "Valeurs illustratives (sans source) : " in text.out
    shown = " ".join(text.out.split())
    assert "15 (actions, exécution, rapports, valeurs de référence, résultats, cibles)" in shown
    assert "92 (actions, rapports, valeurs de référence, résultats, cibles)" in shown
    md = pep_process("national", "-f", "md", "--today", TODAY, cwd=PROJECT).out
    assert (
        "| 15 Cantal | 2022 | 2022-2024 | signée | 24 juin 2022 "
        "| actions, exécution, rapports, valeurs de référence, résultats, cibles |"
    ) in md
    assert "Valeurs illustratives\u00a0: marquées «\u00a0illustrative\u00a0»" in md
