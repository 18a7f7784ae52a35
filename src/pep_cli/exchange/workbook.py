"""The workbook of one convention (``pep export RÉF -f xlsx``), to read, print or check.

Three sheets: « Fiches action » (one block per action: objective, title, description,
indicators with baseline, targets and results, funding), « Maquette financière » (the
signed amounts per source and year, then each action's, with totals; credits paid and
spent where the convention has them) and « Tableau de bord » (each indicator's targets
and results year by year, and the rate of achievement). Amounts are written as exact
decimals; nothing here is read back by ``pep import``.
"""

from __future__ import annotations

import io
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from pep_cli.exchange.layout import document_name

if TYPE_CHECKING:
    from pep_cli.data.catalogue import Edition
    from pep_cli.data.model import Convention

MONEY = "#,##0.00"
RATE = "0.0%"


def _number(value: Decimal | None) -> Any:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else value


def _bold(worksheet: Any, row: int, size: float | None = None) -> None:
    from openpyxl.styles import Font

    for cell in worksheet[row]:
        cell.font = Font(bold=True, size=size) if size else Font(bold=True)


def _fiches(worksheet: Any, convention: Convention, edition: Edition) -> None:
    titles = {o.number: o.title for o in edition.objectives}
    years = list(convention.period.years)
    worksheet.append(["Fiches action"])
    _bold(worksheet, 1, 13)
    for action in convention.actions:
        worksheet.append([])
        worksheet.append([f"Action {action.id}", action.title])
        _bold(worksheet, worksheet.max_row)
        worksheet.append(
            ["Objectif", f"{action.objective}. {titles.get(action.objective, '')}".strip()]
        )
        if action.description:
            worksheet.append(["Description", action.description.strip()])
        worksheet.append(["Indicateur", "Unité", "Référence", "Année", "Cible", "Résultat"])
        _bold(worksheet, worksheet.max_row)
        for indicator in action.indicators:
            baseline = (
                f"{_number(indicator.baseline.value)} ({indicator.baseline.year})"
                if indicator.baseline
                else ""
            )
            for index, year in enumerate(years):
                worksheet.append(
                    [
                        indicator.label if index == 0 else None,
                        indicator.unit if index == 0 else None,
                        baseline if index == 0 else None,
                        year,
                        _number(indicator.targets.get(year)),
                        _number(indicator.results.get(year)),
                    ]
                )
        if action.funding:
            worksheet.append(["Financement (€)", "", "", *years])
            _bold(worksheet, worksheet.max_row)
            for source, amounts in action.funding.items():
                worksheet.append(
                    [
                        edition.funding_sources.get(source, source),
                        "",
                        "",
                        *(amounts.get(y) for y in years),
                    ]
                )
                for cell in worksheet[worksheet.max_row][3:]:
                    cell.number_format = MONEY
    for column, width in zip("ABCDEF", (45, 60, 14, 14, 14, 14), strict=True):
        worksheet.column_dimensions[column].width = width


def _maquette(worksheet: Any, convention: Convention, edition: Edition) -> None:
    years = list(convention.period.years)
    labels = edition.funding_sources
    worksheet.append(["Maquette financière (en euros)"])
    _bold(worksheet, 1, 13)
    worksheet.append([])
    worksheet.append(["Montants signés", "Source", *years, "Total"])
    _bold(worksheet, worksheet.max_row)

    def row(first: str, second: str, amounts: dict[int, Decimal]) -> None:
        values = [amounts.get(y) for y in years]
        worksheet.append(
            [first, second, *values, sum((v or Decimal(0) for v in values), Decimal(0))]
        )
        for cell in worksheet[worksheet.max_row][2:]:
            cell.number_format = MONEY

    totals: dict[int, Decimal] = {}
    for source, amounts in convention.funding.items():
        row("Convention", labels.get(source, source), amounts)
        for year, amount in amounts.items():
            totals[year] = totals.get(year, Decimal(0)) + amount
    row("Total signé", "", totals)
    _bold(worksheet, worksheet.max_row)
    worksheet.append([])
    worksheet.append(["Par action", "Source", *years, "Total"])
    _bold(worksheet, worksheet.max_row)
    for action in convention.actions:
        for source, amounts in action.funding.items():
            row(f"{action.id} — {action.title}", labels.get(source, source), amounts)
    execution = convention.execution
    if execution:
        worksheet.append([])
        worksheet.append(["Exécution", "Source", "Année", "Versé", "Consommé"])
        _bold(worksheet, worksheet.max_row)
        for source, by_year in execution.items():
            for year, entry in sorted(by_year.items()):
                worksheet.append(
                    [
                        "",
                        labels.get(source, source),
                        year,
                        entry.paid,
                        entry.spent,
                    ]
                )
                for cell in worksheet[worksheet.max_row][3:5]:
                    cell.number_format = MONEY
    worksheet.column_dimensions["A"].width = 60
    worksheet.column_dimensions["B"].width = 45
    for index in range(len(years) + 1):
        worksheet.column_dimensions[chr(ord("C") + index)].width = 16


def _dashboard(worksheet: Any, convention: Convention) -> None:
    years = list(convention.period.years)
    worksheet.append(["Tableau de bord des indicateurs"])
    _bold(worksheet, 1, 13)
    worksheet.append([])
    header: list[Any] = ["Action", "Indicateur", "Unité", "Référence"]
    for year in years:
        header += [f"Cible {year}", f"Résultat {year}", f"Atteinte {year}"]
    worksheet.append(header)
    _bold(worksheet, worksheet.max_row)
    for action in convention.actions:
        for indicator in action.indicators:
            line: list[Any] = [
                action.id,
                indicator.label,
                indicator.unit,
                _number(indicator.baseline.value) if indicator.baseline else None,
            ]
            for year in years:
                target, result = indicator.targets.get(year), indicator.results.get(year)
                rate = (
                    (result / target).quantize(Decimal("0.0001"))
                    if target and result is not None
                    else None
                )
                line += [_number(target), _number(result), rate]
            worksheet.append(line)
            for index in range(len(years)):
                worksheet.cell(row=worksheet.max_row, column=7 + 3 * index).number_format = RATE
    worksheet.freeze_panes = "C4"
    for column, width in zip("ABCD", (24, 60, 13, 12), strict=True):
        worksheet.column_dimensions[column].width = width


def write_workbook(convention: Convention, edition: Edition, shown: str) -> bytes:
    """The workbook's bytes (.xlsx)."""
    from pep_cli.spreadsheets import openpyxl

    Workbook = openpyxl().Workbook

    workbook = Workbook()
    summary = workbook.active
    summary.title = "Convention"
    name = document_name(convention, edition)
    rows: list[list[Any]] = [
        [name],
        [],
        ["Territoire", f"{convention.territory.name} ({convention.territory.code})"],
        ["Édition", edition.label],
        ["Période", f"{convention.period.start}-{convention.period.end}"],
        ["Statut", {"draft": "projet", "signed": "signée", "closed": "close"}[convention.status]],
        ["Version", convention.version],
        ["Signée le", convention.signed_on],
        ["Fichier", shown],
    ]
    for signatory in convention.signatories:
        rows.append(["Signataire", signatory.name])
    for source in convention.sources:
        rows.append(["Source", source])
    for row in rows:
        summary.append(row)
    _bold(summary, 1, 13)
    summary.column_dimensions["A"].width = 16
    summary.column_dimensions["B"].width = 100
    if convention.signed_on is not None:
        summary["B8"].number_format = "DD/MM/YYYY"
    _fiches(workbook.create_sheet("Fiches action"), convention, edition)
    _maquette(workbook.create_sheet("Maquette financière"), convention, edition)
    _dashboard(workbook.create_sheet("Tableau de bord"), convention)
    workbook.properties.title = name
    workbook.properties.creator = "pep"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
