"""pep export RÉF -f xlsx: the workbook of a convention, read back with openpyxl."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from helpers_exchange import with_cents

from helpers_ci import make_data_repo, run_pep


def test_fiches_maquette_and_dashboard(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    root = make_data_repo(tmp_path / "depot", "15-cantal-2022.yaml")
    convention = root / "data/departments/15-cantal-2022.yaml"
    with_cents(convention)
    done = run_pep("export", "15", "-o", "cantal.xlsx", cwd=root)
    assert done.returncode == 0, done.stderr
    assert "écrit cantal.xlsx" in done.stderr
    book = load_workbook(root / "cantal.xlsx")
    assert book.sheetnames == [
        "Convention",
        "Fiches action",
        "Maquette financière",
        "Tableau de bord",
    ]
    summary = {row[0]: row[1] for row in book["Convention"].iter_rows(values_only=True) if row[0]}
    assert summary["Territoire"] == "Cantal (15)"
    assert summary["Période"] == "2022-2024"

    maquette = list(book["Maquette financière"].iter_rows(values_only=True))
    fir = next(r for r in maquette if r[0] == "Convention" and "FIR" in str(r[1]))
    assert [Decimal(str(v)) for v in fir[2:6]] == [
        Decimal("100000.10"),
        Decimal("100000"),
        Decimal("100000"),
        Decimal("300000.10"),
    ]
    total = next(r for r in maquette if r[0] == "Total signé")
    assert Decimal(str(total[5])) == Decimal("2430000.10")

    fiches = [r for r in book["Fiches action"].iter_rows(values_only=True)]
    assert any(r[0] == "Action pmi-epp" for r in fiches)
    board = list(book["Tableau de bord"].iter_rows(values_only=True))
    epp = next(r for r in board if r[0] == "pmi-epp")
    # Targets 180, 210, 240 and results 184, 204, 250: achievement 102.2 %, 97.1 %, 104.2 %.
    assert epp[4:7] == (180, 184, 1.0222)
    assert epp[7:10] == (210, 204, 0.9714)


def test_export_usage_errors(tmp_path: Path) -> None:
    root = make_data_repo(tmp_path / "depot", "15-cantal-2022.yaml", "03-allier-2020.yaml")
    done = run_pep("export", "15", "03", "-f", "xlsx", "-o", "x.xlsx", cwd=root)
    assert done.returncode == 2 and "un classeur par convention" in done.stderr
    done = run_pep("export", "15", "-f", "ods", "-o", "x.ods", cwd=root)
    assert done.returncode == 2 and "format « ods » inconnu" in done.stderr
    done = run_pep("export", "15", cwd=root)
    assert done.returncode == 2 and "indiquez où écrire" in done.stderr
    done = run_pep("export", "-o", "x.xlsx", cwd=root)
    assert done.returncode == 2 and "indiquez une convention" in done.stderr
    assert not (root / "x.xlsx").exists()
