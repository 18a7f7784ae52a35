"""``pep national -f xlsx``: a workbook, one sheet per table, for analysts with a spreadsheet.

openpyxl writes it (imported only for this format). Amounts and counts are numbers, not
text (money as exact decimals, with a euro format; rates as fractions with a percent
format), headers are French, the header row is frozen, every table has an autofilter and
columns fit their content. The first sheet, « Lisez-moi », says what the workbook holds:
the date of the view, the git revision of the data and where national figures come from.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from pep_cli.national import labels
from pep_cli.national.reporters.base import NationalReporter, Rendering
from pep_cli.national.view import REPORT_STATES, NationalView

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

EURO = '#,##0.00\\ "€"'
PERCENT = "0.0\\ %"
INTEGER = "0"
MAX_WIDTH = 60


class Column:
    def __init__(self, header: str, number_format: str | None = None, width: int | None = None):
        self.header = header
        self.number_format = number_format
        self.width = width


def _sheet(
    workbook: Any, title: str, columns: Sequence[Column], rows: Iterable[Sequence[Any]]
) -> Worksheet:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(title)
    sheet.append([c.header for c in columns])
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE6F0")
    for cell in sheet[1]:
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    widths = [len(c.header) for c in columns]
    count = 0
    for row in rows:
        count += 1
        sheet.append(list(row))
        for index, value in enumerate(row):
            widths[index] = max(widths[index], len(_shown(value)))
    for index, column in enumerate(columns, start=1):
        if column.number_format:
            for (cell,) in sheet.iter_rows(
                min_row=2, max_row=count + 1, min_col=index, max_col=index
            ):
                if isinstance(cell.value, int | float | Decimal):
                    cell.number_format = column.number_format
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = column.width or min(
            MAX_WIDTH, widths[index - 1] + 2
        )
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{count + 1}"
    return sheet


def _shown(value: Any) -> str:
    if isinstance(value, Decimal):
        return f"{value:,.2f} €"
    return "" if value is None else str(value)


def _readme(workbook: Any, view: NationalView, rendering: Rendering) -> None:
    from openpyxl.styles import Alignment, Font

    from pep_cli import __version__

    sheet = workbook.active
    sheet.title = "Lisez-moi"
    revision = rendering.revision or "hors de git"
    if rendering.dirty:
        revision += " (avec des modifications non commitées)"
    rows: list[tuple[str, str]] = [
        (labels.TITLE, ""),
        ("", ""),
        ("Date de la vue", labels.day(view.today)),
        ("Années", labels.year_scope(view.year)),
        ("Révision des données (git)", revision),
        ("Conventions", str(len(view.conventions))),
        ("Fichiers écartés (illisibles)", str(len(view.excluded))),
        ("Produit par", f"pep {__version__}, commande « pep national -f xlsx »"),
        ("", ""),
        ("Feuilles", ""),
        (
            "Financement",
            "par année budgétaire et par source : signé, enveloppe nationale, versé, consommé",
        ),
        ("Totaux par année", "toutes sources, dont la part de l’État, contre les enveloppes"),
        ("Par territoire", "les montants signés de chaque convention, par source"),
        ("Objectifs", "combien de conventions retiennent chaque objectif, et lesquelles"),
        ("Matrice …", "territoires × objectifs, par édition : nombre d’actions par objectif"),
        ("Signatures", "par édition : projets, signées, closes, signatures en retard"),
        ("Rapports annuels", f"par exercice, l’état des rapports au {labels.day(view.today)}"),
        ("Résultats", "indicateurs nationaux : cibles, résultats, atteinte"),
        ("Conventions", "la liste des conventions lues"),
        ("", ""),
        ("Définitions", ""),
        ("Part de l’enveloppe", "montant signé rapporté à l’enveloppe nationale de l’année"),
        ("Taux de consommation", "crédits consommés rapportés aux crédits versés"),
        ("dont État", "toutes les sources sauf le co-financement du Département"),
        ("", ""),
        ("Sources", ""),
    ]
    rows += [("", source) for source in view.sources]
    if view.national_indicators == 0:
        rows.append(("Indicateurs nationaux", labels.NO_NATIONAL_INDICATORS))
    for row in rows:
        sheet.append(list(row))
    sheet["A1"].font = Font(bold=True, size=14)
    for cell in ("A10", "A21", "A26"):
        sheet[cell].font = Font(bold=True)
    sheet.column_dimensions["A"].width = 32
    sheet.column_dimensions["B"].width = 100
    for (cell,) in sheet.iter_rows(min_col=2, max_col=2):
        cell.alignment = Alignment(wrap_text=True, vertical="top")


def workbook_bytes(view: NationalView, rendering: Rendering) -> bytes:
    from pep_cli.spreadsheets import openpyxl

    Workbook = openpyxl().Workbook

    workbook = Workbook()
    _readme(workbook, view, rendering)
    by_slug = view.by_slug()

    _sheet(
        workbook,
        "Financement",
        [
            Column("Année", INTEGER),
            Column("Source"),
            Column("Libellé"),
            Column("Conventions", INTEGER),
            Column("Signé", EURO),
            Column("Enveloppe nationale", EURO),
            Column("Part de l’enveloppe", PERCENT),
            Column("Versé", EURO),
            Column("Consommé", EURO),
            Column("Taux de consommation", PERCENT),
        ],
        (
            [
                r.year,
                r.source,
                r.label,
                r.conventions,
                r.signed,
                r.envelope,
                r.envelope_share,
                r.paid,
                r.spent,
                r.consumption,
            ]
            for r in view.funding
        ),
    )
    _sheet(
        workbook,
        "Totaux par année",
        [
            Column("Année", INTEGER),
            Column("Total signé", EURO),
            Column("dont État", EURO),
            Column("Enveloppes nationales", EURO),
            Column("Part des enveloppes", PERCENT),
            Column("Versé", EURO),
            Column("Consommé", EURO),
            Column("Taux de consommation", PERCENT),
        ],
        (
            [
                t.year,
                t.signed,
                t.state,
                t.envelope,
                t.envelope_share,
                t.paid,
                t.spent,
                t.consumption,
            ]
            for t in view.totals
        ),
    )
    sources = sorted({s for t in view.territories for s in t.by_source})
    _sheet(
        workbook,
        "Par territoire",
        [
            Column("Code"),
            Column("Territoire"),
            Column("Édition"),
            Column("Début", INTEGER),
            Column("Fin", INTEGER),
            *[Column(source, EURO) for source in sources],
            Column("Total signé", EURO),
            Column("dont État", EURO),
            Column("Versé", EURO),
            Column("Consommé", EURO),
            Column("Taux de consommation", PERCENT),
        ],
        (
            [
                t.convention.code,
                t.convention.name,
                t.convention.edition,
                t.convention.start,
                t.convention.end,
                *[t.by_source.get(source) for source in sources],
                t.signed,
                t.state,
                t.paid,
                t.spent,
                t.consumption,
            ]
            for t in view.territories
        ),
    )
    _sheet(
        workbook,
        "Objectifs",
        [
            Column("Édition"),
            Column("N°", INTEGER),
            Column("Objectif", width=MAX_WIDTH),
            Column("Nature"),
            Column("Obligatoire"),
            Column("Conventions", INTEGER),
            Column("Territoires", width=MAX_WIDTH),
        ],
        (
            [
                o.edition,
                o.number,
                o.title,
                o.kind,
                "oui" if o.required else "non",
                o.count,
                ", ".join(by_slug[s].code for s in o.conventions if s in by_slug),
            ]
            for o in view.objectives
        ),
    )
    for matrix in view.matrices:
        _sheet(
            workbook,
            f"Matrice {matrix.edition}"[:31],
            [
                Column("Code"),
                Column("Territoire"),
                *[
                    Column(f"{n}{' (obl.)' if n in matrix.required else ''}", INTEGER, width=8)
                    for n in matrix.numbers
                ],
            ],
            (
                [
                    row.convention.code,
                    row.convention.name,
                    *[row.objectives.get(n) for n in matrix.numbers],
                ]
                for row in matrix.rows
            ),
        )
    _sheet(
        workbook,
        "Signatures",
        [
            Column("Édition"),
            Column("Échéance de signature"),
            Column("Projets", INTEGER),
            Column("Signées", INTEGER),
            Column("Closes", INTEGER),
            Column("En retard", INTEGER),
            Column("Territoires en retard", width=MAX_WIDTH),
        ],
        (
            [
                s.edition,
                s.deadline,
                s.counts["draft"],
                s.counts["signed"],
                s.counts["closed"],
                len(s.late),
                ", ".join(by_slug[x].code for x in s.late if x in by_slug),
            ]
            for s in view.signatures
        ),
    )
    _sheet(
        workbook,
        "Rapports annuels",
        [
            Column("Exercice", INTEGER),
            Column("Attendus", INTEGER),
            *[Column(labels.REPORT_STATE_LABELS[s].capitalize(), INTEGER) for s in REPORT_STATES],
        ],
        ([r.year, r.expected, *[r.counts[s] for s in REPORT_STATES]] for r in view.reports),
    )
    _sheet(
        workbook,
        "Résultats",
        [
            Column("Code"),
            Column("Indicateur", width=MAX_WIDTH),
            Column("Unité"),
            Column("Sens"),
            Column("Année", INTEGER),
            Column("Conventions", INTEGER),
            Column("Avec résultat", INTEGER),
            Column("Somme des cibles", "#,##0.##"),
            Column("Somme des résultats", "#,##0.##"),
            Column("Cibles atteintes", INTEGER),
            Column("Atteinte minimale", PERCENT),
            Column("Atteinte médiane", PERCENT),
            Column("Atteinte maximale", PERCENT),
        ],
        (
            [
                r.code,
                r.label,
                r.unit,
                labels.DIRECTION_LABELS.get(r.direction, r.direction),
                r.year,
                len(r.conventions),
                r.reporting,
                r.targets,
                r.results,
                r.reached,
                r.achievement.minimum if r.achievement else None,
                r.achievement.median if r.achievement else None,
                r.achievement.maximum if r.achievement else None,
            ]
            for r in view.results
        ),
    )
    _sheet(
        workbook,
        "Conventions",
        [
            Column("Code"),
            Column("Territoire"),
            Column("Édition"),
            Column("Début", INTEGER),
            Column("Fin", INTEGER),
            Column("Statut"),
            Column("Version", INTEGER),
            Column("Signée le"),
            Column("Erreurs", INTEGER),
            Column("Valeurs illustratives"),
            Column("Fichier", width=MAX_WIDTH),
        ],
        (
            [
                c.code,
                c.name,
                c.edition,
                c.start,
                c.end,
                labels.STATUS_LABELS.get(c.status, c.status),
                c.version,
                c.signed_on,
                view.problems.get(c.slug, 0),
                labels.illustrative(c.illustrative),
                c.path,
            ]
            for c in view.conventions
        ),
    )
    for sheet in workbook.worksheets[1:]:
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, dt.date):
                    cell.number_format = "DD/MM/YYYY"
    moment = dt.datetime.combine(view.today, dt.time())
    workbook.properties.creator = "pep"
    workbook.properties.title = labels.TITLE
    workbook.properties.created = moment
    workbook.properties.modified = moment
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


class XlsxReporter(NationalReporter):
    name = "xlsx"
    extension = "xlsx"
    binary = True
    description = "classeur (une feuille par tableau)"

    def render(self, view: NationalView, rendering: Rendering) -> bytes:
        return workbook_bytes(view, rendering)
