"""The workbook of ``pep national -f xlsx``, read back with openpyxl."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from helpers_national import TODAY, pep_process, write_synthetic

SHEETS = [
    "Lisez-moi",
    "Financement",
    "Totaux par année",
    "Par territoire",
    "Objectifs",
    "Matrice 2020",
    "Matrice 2021",
    "Matrice 2022",
    "Signatures",
    "Rapports annuels",
    "Résultats",
    "Conventions",
]


def _workbook(tmp_path: Path) -> tuple[object, dict[str, object], Path]:
    root = write_synthetic(tmp_path / "depot")
    ran = pep_process("national", "-f", "xlsx", "-o", "national.xlsx", "--today", TODAY, cwd=root)
    assert ran.code == 0, ran.err
    assert "écrite dans national.xlsx" in ran.out
    data = json.loads(pep_process("national", "-f", "json", "--today", TODAY, cwd=root).out)
    return load_workbook(root / "national.xlsx"), data, root


def test_sheets_headers_frozen_rows_and_filters(tmp_path: Path) -> None:
    workbook, _, _ = _workbook(tmp_path)
    assert workbook.sheetnames == SHEETS
    funding = workbook["Financement"]
    headers = [c.value for c in funding[1]]
    assert headers[:5] == ["Année", "Source", "Libellé", "Conventions", "Signé"]
    assert "Taux de consommation" in headers
    for name in SHEETS[1:]:
        sheet = workbook[name]
        assert sheet.freeze_panes == "A2", name
        assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:"), name
        assert all(cell.font.bold for cell in sheet[1]), name
        assert all(sheet.column_dimensions[c].width for c in ("A", "B")), name


def test_numbers_are_numbers_with_euro_and_percent_formats(tmp_path: Path) -> None:
    workbook, data, _ = _workbook(tmp_path)
    sheet = workbook["Financement"]
    headers = [c.value for c in sheet[1]]
    signed, share = headers.index("Signé"), headers.index("Part de l’enveloppe")
    rows = list(sheet.iter_rows(min_row=2))
    assert len(rows) == len(data["funding"]["by_year"])
    for row, expected in zip(rows, data["funding"]["by_year"], strict=True):
        assert isinstance(row[0].value, int) and row[0].value == expected["year"]
        assert isinstance(row[signed].value, int | float)
        assert Decimal(str(row[signed].value)) == Decimal(expected["signed"])
        assert "€" in row[signed].number_format
        if expected["envelope_share"] is not None:
            assert row[share].number_format.endswith("%")
            assert abs(row[share].value - float(expected["envelope_share"])) < 1e-9
        else:
            assert row[share].value is None


def test_totals_equal_the_json(tmp_path: Path) -> None:
    workbook, data, _ = _workbook(tmp_path)
    sheet = workbook["Totaux par année"]
    found = {row[0].value: Decimal(str(row[1].value)) for row in sheet.iter_rows(min_row=2)}
    assert found == {t["year"]: Decimal(t["signed"]) for t in data["funding"]["totals"]}
    territory = workbook["Par territoire"]
    headers = [c.value for c in territory[1]]
    column = headers.index("Total signé")
    signed = sum(Decimal(str(row[column].value)) for row in territory.iter_rows(min_row=2))
    assert signed == sum(Decimal(t["signed"]) for t in data["funding"]["by_territory"])
    assert signed == sum(Decimal(t["signed"]) for t in data["funding"]["totals"])


def test_readme_sheet_says_date_revision_and_sources(tmp_path: Path) -> None:
    from helpers_render import git

    workbook, _, root = _workbook(tmp_path)
    readme = {row[0].value: row[1].value for row in workbook["Lisez-moi"].iter_rows()}
    assert readme["Date de la vue"] == "1er décembre 2026"
    assert readme["Révision des données (git)"] == git(root, "rev-parse", "HEAD").strip()
    texts = [str(c.value) for row in workbook["Lisez-moi"].iter_rows() for c in row if c.value]
    assert any("Enveloppes nationales 2020" in t for t in texts)
    assert any("Circulaire n° DGCS/SD2B/DGS/SP1/2021/25" in t for t in texts)
