"""Writing the collection workbook of an exercise (``pep export RÉF --collect ANNÉE``).

openpyxl writes it (a kept library that both writes and reads .xlsx, styles, sheet
protection and data validation included, so one library serves ``export`` and ``import``).
Cells to fill are unlocked, yellow and carry a data validation; everything else is locked
(sheet protection without a password: it guards against slips, not against a determined
user, which is why ``pep import`` checks every locked cell again). A very hidden sheet
``pep`` ties the file to its convention, version, exercise, git revision and layout.
"""

from __future__ import annotations

import io
from collections import defaultdict
from pathlib import Path
from typing import Any

from pep_cli.exchange.layout import FORMAT, HIDDEN, REPORT_STATUS, Layout, Sheet

FILL = "FFF2CC"  # light yellow: the cells to fill
NUMBER_FORMATS = {"number": "General", "money": "#,##0.00", "date": "DD/MM/YYYY", "text": "@"}


def hidden_values(layout: Layout, revision: str) -> list[tuple[str, str]]:
    """The rows of the hidden sheet: what ``pep import`` checks before reading anything."""
    from pep_cli import __version__

    return [
        ("format", FORMAT),
        ("convention", layout.reference),
        ("territoire", layout.code),
        ("version", str(layout.version)),
        ("exercice", str(layout.exercise)),
        ("revision", revision),
        ("empreinte", layout.checksum()),
        ("pep", __version__),
    ]


def _validation(kind: str) -> Any:
    from openpyxl.worksheet.datavalidation import DataValidation

    common: dict[str, Any] = {"allow_blank": True, "showErrorMessage": True}
    if kind in ("number", "money"):
        what = "un montant en euros" if kind == "money" else "un nombre"
        return DataValidation(
            type="decimal",
            operator="greaterThanOrEqual",
            formula1="0",
            errorTitle="Valeur refusée",
            error=f"Saisissez {what}, positif ou nul.",
            **common,
        )
    if kind == "date":
        return DataValidation(
            type="date",
            operator="greaterThanOrEqual",
            formula1="DATE(2000,1,1)",
            errorTitle="Date refusée",
            error="Saisissez une date (JJ/MM/AAAA).",
            **common,
        )
    if kind == "list":
        return DataValidation(
            type="list",
            formula1='"' + ",".join(REPORT_STATUS) + '"',
            errorTitle="Valeur refusée",
            error="Choisissez dans la liste : " + " ou ".join(REPORT_STATUS) + ".",
            **common,
        )
    return DataValidation(
        type="textLength",
        operator="lessThanOrEqual",
        formula1="4000",
        errorTitle="Texte trop long",
        error="4 000 caractères au plus.",
        **common,
    )


def _fill_sheet(worksheet: Any, sheet: Sheet) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill, Protection

    for coordinate, value in sheet.fixed.items():
        worksheet[coordinate] = value
    for row in sheet.headers:
        for cell in worksheet[row]:
            cell.font = Font(bold=True)
    for coordinate in sheet.titles:
        worksheet[coordinate].font = Font(bold=True, size=13)
    by_kind: dict[str, list[str]] = defaultdict(list)
    fill = PatternFill("solid", fgColor=FILL)
    for coordinate, input_cell in sheet.inputs.items():
        kind = input_cell.target.value_kind
        cell = worksheet[coordinate]
        cell.value = input_cell.current
        cell.protection = Protection(locked=False)
        cell.fill = fill
        cell.number_format = NUMBER_FORMATS.get(kind, "General")
        if kind == "text":
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        by_kind[kind].append(coordinate)
    for kind, coordinates in by_kind.items():
        validation = _validation(kind)
        worksheet.add_data_validation(validation)
        for coordinate in coordinates:
            validation.add(coordinate)
    for column, width in sheet.widths.items():
        worksheet.column_dimensions[column].width = width
    if sheet.headers:
        worksheet.freeze_panes = f"A{sheet.headers[-1] + 1}"
    protection = worksheet.protection
    protection.sheet = True
    # Widening a column or a row stays possible; inserting or deleting does not.
    protection.formatColumns = False
    protection.formatRows = False


def write_collection(layout: Layout, revision: str) -> bytes:
    """The workbook's bytes (.xlsx)."""
    from pep_cli.spreadsheets import openpyxl

    Workbook = openpyxl().Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for sheet in layout.sheets:
        _fill_sheet(workbook.create_sheet(sheet.title), sheet)
    hidden = workbook.create_sheet(HIDDEN)
    for row, (key, value) in enumerate(hidden_values(layout, revision), start=1):
        hidden.cell(row=row, column=1, value=key)
        hidden.cell(row=row, column=2, value=value).number_format = "@"
    hidden.sheet_state = "veryHidden"
    hidden.protection.sheet = True
    workbook.active = 0
    properties = workbook.properties
    properties.title = f"{layout.name} — collecte de l’exercice {layout.exercise}"
    properties.subject = f"Collecte de l’exercice {layout.exercise}"
    properties.creator = "pep"
    properties.keywords = f"{FORMAT} {layout.reference} {layout.exercise}"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def revision_of(path: Path) -> str:
    """The git commit that last changed ``path`` (short), marked when the file has changed since;
    « hors git » outside a git repository."""
    from pep_cli.history.git import last_commits, toplevel, uncommitted

    top = toplevel(path.resolve().parent)
    if top is None:
        return "hors git"
    resolved = path.resolve()
    commit = last_commits(top, [resolved]).get(resolved)
    if commit is None:
        return "non commitée"
    modified = " (modifiée depuis)" if uncommitted(top, [resolved]) else ""
    return commit[0][:12] + modified
