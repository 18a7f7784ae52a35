"""pep new: a skeleton that validates except for what only a person can decide."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from helpers_authoring import data_repository, invoke
from helpers_ci import REPO, pep_json, run_pep
from pep_cli.authoring.scaffold import HUMAN_INPUT_RULES
from pep_cli.data.repository import DataRepository
from pep_cli.data.yamlsource import read_document

CATALOGUE = DataRepository(REPO).catalogue


@pytest.mark.parametrize(
    ("code", "edition", "start", "expected_file"),
    [
        ("01", "2020", "2020", "01-ain-2020.yaml"),
        ("2a", "2021", "2021", "2a-corse-du-sud-2021.yaml"),
        ("74", "2022", "2023", "74-haute-savoie-2023.yaml"),
        ("69M", "2022", "2022", "69m-metropole-de-lyon-2022.yaml"),
    ],
)
def test_new_reports_only_the_documented_human_input(
    tmp_path: Path, code: str, edition: str, start: str, expected_file: str
) -> None:
    root = data_repository(tmp_path)
    done = run_pep("new", code, "--edition", edition, "--start", start, cwd=root)
    assert done.returncode == 0, done.stderr
    path = root / "data" / "departments" / expected_file
    assert path.is_file()
    assert f"data/departments/{expected_file}" in done.stdout

    chosen = CATALOGUE.editions[edition]
    report = pep_json(cwd=root)
    found = Counter(problem["rule"] for problem in report["problems"])
    expected = Counter({"indicator-targets": len(chosen.required)})
    if chosen.min_optional:
        expected["min-optional"] = 1
    assert found == expected
    assert set(found) <= set(HUMAN_INPUT_RULES)
    assert all(problem["level"] == "error" for problem in report["problems"])

    doc = read_document(path)
    assert not doc.faults
    data = doc.data
    assert data["territory"]["code"] == code.upper()
    assert data["edition"] == edition
    assert data["status"] == "draft" and data["version"] == 1
    length = chosen.period.end - chosen.period.start
    assert data["period"] == {"start": int(start), "end": int(start) + length}
    years = list(range(int(start), int(start) + length + 1))
    assert [a["objective"] for a in data["actions"]] == chosen.required
    for action in data["actions"]:
        objective = chosen.by_number[action["objective"]]
        assert action["title"] == objective.title
        assert action["indicators"][0]["targets"] == {}
        assert set(action["funding"]) == set(chosen.funding_sources)
        for amounts in action["funding"].values():
            assert list(amounts) == years
    assert set(data["funding"]) == set(chosen.funding_sources)
    # Comments tell what to fill in, in French.
    text = path.read_text(encoding="utf-8")
    assert "À compléter" in text and "# une cible par année" in text
    # The skeleton is already in the canonical layout.
    assert run_pep("fmt", "--check", str(path), cwd=root).returncode == 0


def test_new_fills_signatories_from_the_territory(tmp_path: Path) -> None:
    root = data_repository(tmp_path)
    assert invoke(["new", "59", "--edition", "2021"], cwd=root).exit_code == 0
    data = read_document(root / "data" / "departments" / "59-nord-2021.yaml").data
    assert data["period"] == {"start": 2021, "end": 2022}
    assert data["signatories"] == [
        {"role": "prefet", "name": "Le préfet du Nord"},
        {
            "role": "ars",
            "name": "Le directeur général de l'agence régionale de santé Hauts-de-France",
        },
        {"role": "departement", "name": "Le président du conseil départemental du Nord"},
    ]
    assert invoke(["new", "973", "--edition", "2020"], cwd=root).exit_code == 0
    data = read_document(root / "data" / "departments" / "973-guyane-2020.yaml").data
    roles = {s["role"]: s["name"] for s in data["signatories"]}
    assert roles["collectivite"] == "Le président de la Collectivité territoriale de Guyane"
    assert roles["prefet"].startswith("À compléter")
    assert roles["ars"] == "Le directeur général de l'agence régionale de santé de Guyane"


def test_new_defaults_to_the_latest_edition_and_its_period(tmp_path: Path) -> None:
    root = data_repository(tmp_path)
    result = invoke(["new", "15", "--end", "2026", "--root", str(root)])
    assert result.exit_code == 0, result.output
    latest = max(CATALOGUE.editions)
    start = CATALOGUE.editions[latest].period.start
    data = read_document(root / "data" / "departments" / f"15-cantal-{start}.yaml").data
    assert data["edition"] == latest
    assert data["period"] == {"start": start, "end": 2026}


def test_new_never_overwrites(tmp_path: Path) -> None:
    root = data_repository(tmp_path, "15-cantal-2022.yaml")
    path = root / "data" / "departments" / "15-cantal-2022.yaml"
    before = path.read_bytes()
    done = run_pep("new", "15", "--edition", "2022", "--start", "2022", cwd=root)
    assert done.returncode == 1
    assert "existe déjà" in done.stderr and "n'écrase jamais" in done.stderr
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["15-cantal-2022.yaml"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["new", "cantall"], "vouliez-vous dire 15 (Cantal) ?"),
        (["new", "999"], "territoire « 999 » inconnu"),
        (["new", "15", "--edition", "2019"], "édition « 2019 » inconnue"),
        (["new", "15", "--start", "deux-mille"], "n'est pas une année"),
        (["new", "15", "--start", "2024", "--end", "2022"], "--end 2022 avant --start 2024"),
    ],
)
def test_new_usage_errors_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    root = data_repository(tmp_path)
    done = run_pep(*args, cwd=root)
    assert done.returncode == 2
    assert message in done.stderr
    assert not list((root / "data" / "departments").iterdir())


def test_readme_documents_the_human_input_rules() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Créer une convention", 1)[1].split("\n## ", 1)[0]
    for rule in HUMAN_INPUT_RULES:
        assert f"`{rule}`" in section
