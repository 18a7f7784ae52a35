"""Workbooks saved by a real LibreOffice Calc (headless): .ods and .xlsx, formulas computed.

Skipped without LibreOffice (``soffice``), except under ``PEP_REQUIRE_LIBREOFFICE=1`` (CI,
where ``.ci/run`` installs Debian's libreoffice-calc-nogui).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from helpers_exchange import CANTAL, export_collect, fill, pep_import, repository, row_of

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

pytestmark = pytest.mark.skipif(
    SOFFICE is None and os.environ.get("PEP_REQUIRE_LIBREOFFICE") != "1",
    reason="LibreOffice (soffice) absent",
)


def save_with_libreoffice(workbook: Path, fmt: str, out: Path) -> Path:
    """The workbook opened and saved by LibreOffice Calc as ``fmt`` (ods or xlsx)."""
    assert SOFFICE is not None, "LibreOffice (soffice) est requis (PEP_REQUIRE_LIBREOFFICE=1)"
    out.mkdir(parents=True, exist_ok=True)
    home = out / "profil"
    filters = {"ods": "ods", "xlsx": "xlsx:Calc MS Excel 2007 XML"}
    command = [SOFFICE, "--headless", "--norestore", "--convert-to", filters[fmt]]
    done = subprocess.run(
        [*command, "--outdir", str(out), str(workbook)],
        env={**os.environ, "HOME": str(home)},
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    converted = out / f"{workbook.stem}.{fmt}"
    assert done.returncode == 0 and converted.is_file(), done.stdout + done.stderr
    return converted


def test_an_ods_saved_by_libreoffice_is_imported(tmp_path: Path) -> None:
    root, _ = repository(tmp_path)
    workbook = export_collect(root, 2023)
    epp, bilans = row_of(workbook, "pmi-epp"), row_of(workbook, "pmi-bilans-maternelle")
    fill(
        workbook,
        {
            "Tableau de bord": {f"E{epp}": "=200+29", f"E{bilans}": 84.5},
            "Exécution": {"E6": 91000.45},
            "Rapport": {"B3": "projet"},
        },
    )
    ods = save_with_libreoffice(workbook, "ods", tmp_path / "lo")
    done = pep_import(root, ods, "--check")
    assert done.returncode == 1, done.stdout + done.stderr
    done = pep_import(root, ods)
    assert done.returncode == 0, done.stdout + done.stderr
    text = (root / CANTAL).read_text(encoding="utf-8")
    assert "results: {2022: 184, 2023: 229, 2024: 250}" in text  # the formula's computed value
    assert "results: {2022: 67.9, 2023: 84.5, 2024: 81.9}" in text
    assert "2023: {spent: 91000.45}" in text
    assert "2023: {status: draft}" in text


def test_an_xlsx_saved_by_libreoffice_keeps_its_checks(tmp_path: Path) -> None:
    root, _ = repository(tmp_path)
    workbook = export_collect(root, 2023)
    epp = row_of(workbook, "pmi-epp")
    fill(workbook, {"Tableau de bord": {f"E{epp}": "=200+29", f"D{epp}": 999}})
    saved = save_with_libreoffice(workbook, "xlsx", tmp_path / "lo")
    before = (root / CANTAL).read_bytes()
    done = pep_import(root, saved)
    assert done.returncode == 1
    assert f"Tableau de bord!D{epp} : cellule verrouillée modifiée : « 210 » attendu" in done.stderr
    assert (root / CANTAL).read_bytes() == before

    fill(workbook, {"Tableau de bord": {f"D{epp}": 210}})
    saved = save_with_libreoffice(workbook, "xlsx", tmp_path / "lo2")
    done = pep_import(root, saved)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2023: 229" in (root / CANTAL).read_text(encoding="utf-8")


def test_an_ods_with_a_text_in_a_number_cell_is_refused(tmp_path: Path) -> None:
    root, _ = repository(tmp_path)
    workbook = export_collect(root, 2023)
    bilans = row_of(workbook, "pmi-bilans-maternelle")
    fill(workbook, {"Tableau de bord": {f"E{bilans}": "douze"}})
    ods = save_with_libreoffice(workbook, "ods", tmp_path / "lo")
    before = (root / CANTAL).read_bytes()
    done = pep_import(root, ods)
    assert done.returncode == 1
    assert f"Tableau de bord!E{bilans} : « douze » n'est pas un nombre" in done.stderr
    assert (root / CANTAL).read_bytes() == before
