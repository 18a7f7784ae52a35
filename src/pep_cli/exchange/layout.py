"""The collection workbook of one exercise, as data: what each cell holds, which cells are filled.

The same layout is built when the workbook is written (``pep export --collect``) and when
it is read back (``pep import``): the import compares every locked cell of the file with
the layout rebuilt from the convention, and its checksum with the one the file carries.
No spreadsheet library here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pep_cli.data.catalogue import Edition
    from pep_cli.data.model import Convention

FORMAT = "pep-collecte-1"
INSTRUCTIONS = "Mode d'emploi"
INDICATORS = "Tableau de bord"
EXECUTION = "Exécution"
REPORT = "Rapport"
HIDDEN = "pep"
FIRST_ROW = 5  # the first data row of the tables (headers on row 4)

# The status of an annual report, as a user reads it in the list, and as the YAML writes it.
REPORT_STATUS = {"projet": "draft", "adopté": "adopted"}

# What a cell to fill holds: the kind of value it takes.
KINDS = {
    "result": "number",
    "comment": "text",
    "paid": "money",
    "spent": "money",
    "report_status": "list",
    "report_adopted_on": "date",
    "report_summary": "text",
}


@dataclass(frozen=True)
class Target:
    """Where a filled cell goes in the convention."""

    kind: str  # a key of KINDS
    action: str | None = None  # action id (results, comments)
    indicator: int | None = None  # index of the indicator in the action (from 0)
    source: str | None = None  # funding source (execution)

    @property
    def value_kind(self) -> str:
        return KINDS[self.kind]

    def key(self) -> list[Any]:
        return [self.kind, self.action, self.indicator, self.source]


@dataclass(frozen=True)
class InputCell:
    target: Target
    current: Any  # the value the convention has now (pre-filled), or None
    label: str  # what the cell is, for messages (« résultat 2023 de … »)


@dataclass
class Sheet:
    title: str
    fixed: dict[str, Any] = field(default_factory=dict)  # coordinate -> locked value
    inputs: dict[str, InputCell] = field(default_factory=dict)  # coordinate -> cell to fill
    widths: dict[str, float] = field(default_factory=dict)
    headers: list[int] = field(default_factory=list)  # rows in bold
    titles: list[str] = field(default_factory=list)  # coordinates of the sheet's titles


@dataclass
class Layout:
    reference: str  # the convention file, relative to the data repository (posix)
    code: str
    version: int
    exercise: int
    name: str  # « Contrat départemental … du Cantal 2022-2024 »
    sheets: list[Sheet]

    def sheet(self, title: str) -> Sheet:
        return next(s for s in self.sheets if s.title == title)

    def checksum(self) -> str:
        """A digest of everything locked and of where the cells to fill are."""
        shape = [
            self.reference,
            self.code,
            self.version,
            self.exercise,
            [
                [
                    sheet.title,
                    sorted((c, canonical(v)) for c, v in sheet.fixed.items()),
                    sorted((c, cell.target.key()) for c, cell in sheet.inputs.items()),
                ]
                for sheet in self.sheets
            ],
        ]
        text = json.dumps(shape, ensure_ascii=False, sort_keys=True, default=str)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


def canonical(value: Any) -> str:
    """A locked value as text, the same whether written by pep or read back from the file."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        value = Decimal(repr(value))
    if isinstance(value, int | Decimal):
        return format(Decimal(value).normalize(), "f")
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _number(value: Decimal | None) -> Decimal | int | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral() else value


def _baseline(indicator: Any) -> str:
    if indicator.baseline is None:
        return ""
    return f"{canonical(indicator.baseline.value)} ({indicator.baseline.year})"


def document_name(convention: Convention, edition: Edition) -> str:
    kind = "Contrat" if edition.document == "contrat" else "Convention"
    period = convention.period
    return f"{kind} {convention.territory.name} {period.start}-{period.end}"


def build_layout(convention: Convention, edition: Edition, exercise: int, reference: str) -> Layout:
    """The collection workbook of ``exercise`` for ``convention``."""
    name = document_name(convention, edition)
    sheets = [
        _instructions(name, convention, exercise),
        _indicators(convention, exercise),
        _execution(convention, edition, exercise),
        _report(convention, exercise),
    ]
    return Layout(
        reference=reference,
        code=convention.territory.code,
        version=convention.version,
        exercise=exercise,
        name=name,
        sheets=sheets,
    )


def _instructions(name: str, convention: Convention, exercise: int) -> Sheet:
    sheet = Sheet(INSTRUCTIONS, widths={"A": 110})
    lines = [
        f"Collecte de l’exercice {exercise}",
        f"{name} — version {convention.version}",
        "",
        "Ce classeur sert à transmettre les résultats et l’exécution financière de l’exercice "
        f"{exercise}.",
        "Seules les cellules à fond jaune se remplissent ; les autres sont verrouillées.",
        "",
        f"1. Feuille « {INDICATORS} » : pour chaque indicateur, le résultat constaté en "
        f"{exercise} (un nombre) et, si besoin, un commentaire.",
        f"2. Feuille « {EXECUTION} » : pour chaque source de financement, les crédits versés et "
        f"les crédits consommés en {exercise}, en euros (au plus deux décimales).",
        f"3. Feuille « {REPORT} » : le statut du rapport d’exécution (projet ou adopté), sa date "
        "d’adoption et sa synthèse.",
        "",
        "Une cellule laissée vide ne change rien : la valeur déjà connue est gardée.",
        "Les nombres s’écrivent sans unité ; « 1 250,50 » et « 1250.50 » sont acceptés.",
        "Une formule est acceptée : c’est la valeur qu’elle affiche qui est reprise.",
        "Ne renommez pas les feuilles et n’insérez ni ne supprimez de ligne ou de colonne :",
        "le classeur est vérifié à l’import, et refusé s’il ne correspond plus à la convention.",
        "",
        "Renvoyez le classeur rempli à la personne qui vous l’a adressé : elle l’importe avec "
        "« pep import ».",
    ]
    for row, line in enumerate(lines, start=1):
        if line:
            sheet.fixed[f"A{row}"] = line
    sheet.titles = ["A1"]
    return sheet


def _indicators(convention: Convention, exercise: int) -> Sheet:
    sheet = Sheet(
        INDICATORS,
        widths={"A": 24, "B": 60, "C": 13, "D": 12, "E": 14, "F": 40, "G": 14, "H": 10, "I": 60},
        headers=[4],
        titles=["A1"],
    )
    sheet.fixed["A1"] = f"Résultats des indicateurs, exercice {exercise}"
    sheet.fixed["A2"] = (
        f"Remplissez le résultat constaté en {exercise} (colonne E) et, si besoin, un "
        "commentaire (colonne F)."
    )
    headers = [
        "Action",
        "Indicateur",
        "Unité",
        f"Cible {exercise}",
        f"Résultat {exercise}",
        f"Commentaire {exercise}",
        "Valeur de référence",
        "Objectif",
        "Intitulé de l’action",
    ]
    for column, header in zip("ABCDEFGHI", headers, strict=True):
        sheet.fixed[f"{column}4"] = header
    row = FIRST_ROW
    for action in convention.actions:
        for index, indicator in enumerate(action.indicators):
            sheet.fixed[f"A{row}"] = action.id
            sheet.fixed[f"B{row}"] = indicator.label
            sheet.fixed[f"C{row}"] = indicator.unit
            target = indicator.targets.get(exercise)
            if target is not None:
                sheet.fixed[f"D{row}"] = _number(target)
            sheet.inputs[f"E{row}"] = InputCell(
                Target("result", action.id, index),
                _number(indicator.results.get(exercise)),
                f"résultat {exercise} de « {indicator.label} »",
            )
            sheet.inputs[f"F{row}"] = InputCell(
                Target("comment", action.id, index),
                indicator.comments.get(exercise),
                f"commentaire {exercise} de « {indicator.label} »",
            )
            if indicator.baseline is not None:
                sheet.fixed[f"G{row}"] = _baseline(indicator)
            sheet.fixed[f"H{row}"] = action.objective
            sheet.fixed[f"I{row}"] = action.title
            row += 1
    return sheet


def _execution(convention: Convention, edition: Edition, exercise: int) -> Sheet:
    sheet = Sheet(
        EXECUTION,
        widths={"A": 14, "B": 60, "C": 20, "D": 20, "E": 20},
        headers=[4],
        titles=["A1"],
    )
    sheet.fixed["A1"] = f"Exécution financière, exercice {exercise}"
    sheet.fixed["A2"] = (
        f"Remplissez, en euros, les crédits versés (colonne D) et consommés (colonne E) en "
        f"{exercise}."
    )
    for column, header in zip(
        "ABCDE",
        [
            "Source",
            "Libellé",
            f"Montant signé {exercise}",
            f"Crédits versés {exercise}",
            f"Crédits consommés {exercise}",
        ],
        strict=True,
    ):
        sheet.fixed[f"{column}4"] = header
    sources = list(edition.funding_sources)
    sources += sorted(set(convention.funding) - set(sources))
    for row, source in enumerate(sources, start=FIRST_ROW):
        label = edition.funding_sources.get(source, source)
        sheet.fixed[f"A{row}"] = source
        sheet.fixed[f"B{row}"] = label
        signed = (convention.funding.get(source) or {}).get(exercise)
        if signed is not None:
            sheet.fixed[f"C{row}"] = signed
        entry = convention.execution.get(source, {}).get(exercise)
        for column, kind, what in (("D", "paid", "versés"), ("E", "spent", "consommés")):
            current = (entry.paid if kind == "paid" else entry.spent) if entry else None
            sheet.inputs[f"{column}{row}"] = InputCell(
                Target(kind, source=source), current, f"crédits {what} {exercise} ({label})"
            )
    return sheet


def _report(convention: Convention, exercise: int) -> Sheet:
    sheet = Sheet(REPORT, widths={"A": 40, "B": 90}, titles=["A1"])
    sheet.fixed["A1"] = f"Rapport d’exécution de l’exercice {exercise}"
    report = convention.reports.get(exercise)
    status = report.status if report is not None else None
    shown = next((k for k, v in REPORT_STATUS.items() if v == status), None)
    rows = [
        ("report_status", "Statut du rapport (projet ou adopté)", shown, "statut du rapport"),
        (
            "report_adopted_on",
            "Date d’adoption (JJ/MM/AAAA)",
            report.adopted_on if report is not None else None,
            "date d’adoption du rapport",
        ),
        (
            "report_summary",
            "Synthèse",
            report.summary if report is not None else None,
            "synthèse du rapport",
        ),
    ]
    for row, (kind, label, current, what) in enumerate(rows, start=3):
        sheet.fixed[f"A{row}"] = label
        sheet.inputs[f"B{row}"] = InputCell(Target(kind), current, f"{what} {exercise}")
    return sheet
