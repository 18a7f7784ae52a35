"""pep export --all -f csv: the open-data package passes frictionless validate; figures exact."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from helpers_exchange import with_cents

from helpers_ci import SHIPPED, edit, make_data_repo, run_pep

FRICTIONLESS = Path(sys.executable).parent / "frictionless"
TABLES = (
    "conventions",
    "actions",
    "indicateurs",
    "cibles_resultats",
    "financements",
    "execution",
    "rapports",
)


def export_all(tmp_path: Path) -> tuple[Path, Path]:
    names = sorted(p.name for p in SHIPPED.glob("*.yaml"))
    root = make_data_repo(tmp_path / "depot", *names)
    done = run_pep("export", "--all", "-f", "csv", "-o", "opendata", cwd=root)
    assert done.returncode == 0, done.stdout + done.stderr
    return root, root / "opendata"


def rows(folder: Path, table: str) -> list[dict[str, str]]:
    with (folder / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def validate(package: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(FRICTIONLESS), "validate", "--json", str(package)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_package_passes_frictionless_validate(tmp_path: Path) -> None:
    _, folder = export_all(tmp_path)
    done = validate(folder / "datapackage.json")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr
    report = json.loads(done.stdout)
    assert report["valid"] is True
    assert sorted(task["name"] for task in report["tasks"]) == sorted(TABLES)


def test_frictionless_catches_a_broken_table(tmp_path: Path) -> None:
    """The test can fail: a text in an amount column breaks the schema."""
    _, folder = export_all(tmp_path)
    lines = (folder / "financements.csv").read_text(encoding="utf-8").splitlines()
    cells = lines[1].split(",")
    cells[5] = "douze"
    lines[1] = ",".join(cells)
    (folder / "financements.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = validate(folder / "datapackage.json")
    assert done.returncode != 0
    assert json.loads(done.stdout)["valid"] is False


def test_metadata_licence_sources_and_documented_columns(tmp_path: Path) -> None:
    _, folder = export_all(tmp_path)
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert package["licenses"][0]["name"] == "etalab-2.0"
    titles = [source["title"] for source in package["sources"]]
    assert any("Conseil départemental du Cantal" in title for title in titles)
    assert len(titles) == len(set(titles))
    assert [r["name"] for r in package["resources"]] == list(TABLES)
    for resource in package["resources"]:
        assert resource["encoding"] == "utf-8"
        for field in resource["schema"]["fields"]:
            assert field["title"] and field["description"], field
        header = (folder / resource["path"]).read_text(encoding="utf-8").splitlines()[0]
        assert header.split(",") == [f["name"] for f in resource["schema"]["fields"]]


def test_figures_are_exact_and_complete(tmp_path: Path) -> None:
    _, folder = export_all(tmp_path)
    conventions = rows(folder, "conventions")
    assert len(conventions) == len(list(SHIPPED.glob("*.yaml")))
    cantal = next(c for c in conventions if c["convention"] == "15-cantal-2022")
    assert cantal["code_territoire"] == "15"
    assert cantal["date_signature"] == "2022-06-24"
    funding = [r for r in rows(folder, "financements") if r["convention"] == "15-cantal-2022"]
    signed = sum(Decimal(r["montant"]) for r in funding if not r["action"])
    by_actions = sum(Decimal(r["montant"]) for r in funding if r["action"])
    assert signed == by_actions == Decimal("2430000")
    values = rows(folder, "cibles_resultats")
    bilans = next(
        v
        for v in values
        if v["convention"] == "15-cantal-2022"
        and v["action"] == "pmi-bilans-maternelle"
        and v["annee"] == "2022"
        and v["nature"] == "resultat"
    )
    assert bilans["valeur"] == "67.9"
    text = (folder / "actions.csv").read_text(encoding="utf-8")
    assert "entretiens prénataux précoces" in text


def test_cents_stay_exact(tmp_path: Path) -> None:
    root = make_data_repo(tmp_path / "depot", "15-cantal-2022.yaml")
    convention = root / "data/departments/15-cantal-2022.yaml"
    with_cents(convention)
    done = run_pep("export", "15", "-f", "csv", "-o", "out", cwd=root)
    assert done.returncode == 0, done.stderr
    amounts = {r["montant"] for r in rows(root / "out", "financements")}
    assert {"20000.10", "100000.10"} <= amounts


def test_a_convention_with_errors_is_not_exported(tmp_path: Path) -> None:
    root = make_data_repo(tmp_path / "depot", "15-cantal-2022.yaml")
    edit(
        root / "data/departments/15-cantal-2022.yaml",
        "fir: {2022: 100000, 2023: 100000, 2024: 100000}",
        "fir: {2022: 100000, 2023: 100001, 2024: 100000}",
    )
    done = run_pep("export", "--all", "-f", "csv", "-o", "opendata", cwd=root)
    assert done.returncode == 1
    assert "[funding-totals]" in done.stdout + done.stderr
    assert "convention non exportée ; corrigez ses erreurs" in done.stderr
    assert not (root / "opendata").exists()
