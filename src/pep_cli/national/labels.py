"""The French words of the national view: statuses, report states, column headers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pep_cli import french

STATUS_LABELS = {"draft": "projet", "signed": "signée", "closed": "close"}
REPORT_STATE_LABELS = {
    "adopted": "adoptés",
    "adopted_late": "adoptés en retard",
    "late": "en retard",
    "missing": "absents",
    "draft": "en projet",
    "not_due": "pas encore dus",
}
KIND_LABELS = {"fondamental": "fondamental", "facultatif": "facultatif"}
DIRECTION_LABELS = {"up": "à la hausse", "down": "à la baisse"}
TITLE = "Vue nationale des conventions de prévention et de protection de l’enfance"
NO_NATIONAL_INDICATORS = (
    "Le catalogue ne définit aucun indicateur national (clé « indicators ») : aucune source "
    "retenue ne donne la liste des indicateurs harmonisés (annexe 6 de la circulaire "
    "n° DGCS/SD2B/DGS/SP1/2020/34). Les indicateurs des conventions sont comptés, pas additionnés."
)
MAP_CREDIT = "Fond de carte : svg-maps (Victor Cazanave), licence CC BY 4.0"


def money(value: Decimal | None) -> str:
    return "—" if value is None else french.amount(value)


def rate(value: Decimal | None) -> str:
    """A fraction as a French percentage: ``0.9125`` -> "91,25 %"."""
    return "—" if value is None else french.percent(value * 100)


def number(value: Decimal | None) -> str:
    return "—" if value is None else french.number(value)


def day(value: dt.date | None) -> str:
    return "—" if value is None else french.date(value)


def territory(code: str, name: str) -> str:
    return f"{code} {name}"


def year_scope(year: int | None) -> str:
    return "toutes les années" if year is None else f"année {year}"


# The parts of a convention that may be marked illustrative, as the national view names them.
ILLUSTRATIVE_PARTS = {
    "convention": "toute la convention",
    "actions": "actions",
    "indicators": "indicateurs",
    "baseline": "valeurs de référence",
    "targets": "cibles",
    "results": "résultats",
    "funding": "financements",
    "execution": "exécution",
    "reports": "rapports",
    "signatories": "signataires",
}
ILLUSTRATIVE_NOTE = (
    "Valeurs illustratives : marquées « illustrative » dans les fichiers, elles ne viennent "
    "d’aucune source (données d’exemple) ; les totaux qui les comprennent sont indicatifs."
)


def illustrative(parts: tuple[str, ...]) -> str:
    """« exécution, rapports », or « — » when every value has a source."""
    return ", ".join(ILLUSTRATIVE_PARTS.get(part, part) for part in parts) or "—"
