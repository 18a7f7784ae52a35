"""The French phrases that describe a diff, shared by the text, Markdown and avenant outputs.

Plain text: each output escapes it for its own medium (rich markup, Markdown, LaTeX).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from pep_cli.french import amount, date, number
from pep_cli.history.diff import (
    ActionDiff,
    ConventionDiff,
    FieldChange,
    FollowupChange,
    FundingLine,
    IndicatorDiff,
    YearChange,
)

MINUS = "\u2212"
ACTION_STATUS = {"added": "ajoutée", "removed": "retirée", "changed": "modifiée"}
CONVENTION_STATUS = {
    "added": "nouvelle convention",
    "removed": "convention supprimée",
    "modified": "",
    "unchanged": "",
}
STATUS_NAMES = {"draft": "projet", "signed": "signée", "closed": "close"}
ROLE_NAMES = {
    "prefet": "préfet",
    "ars": "agence régionale de santé",
    "departement": "Département",
    "collectivite": "collectivité",
}


def sentence(text: str) -> str:
    """``text`` with a capital first letter (and nothing else changed)."""
    return text[:1].upper() + text[1:]


def money(value: Decimal | None) -> str:
    return "—" if value is None else amount(value)


def signed_money(value: Decimal) -> str:
    """``+50 000 €``, ``−10 000 €``, ``0 €``."""
    if value > 0:
        return "+" + amount(value)
    if value < 0:
        return MINUS + amount(-value)
    return amount(value)


def quantity(value: Decimal | None) -> str:
    return "—" if value is None else number(value)


def value_text(name: str, value: Any) -> str:
    """A field's value as a reader sees it."""
    if value is None:
        return "—"
    if name == "status":
        return STATUS_NAMES.get(value, str(value))
    if name == "period":
        return f"{value['start']}-{value['end']}"
    if name == "territory":
        return f"{value['name']} ({value['code']})"
    if name == "baseline":
        return f"{quantity(value['value'])} en {value['year']}"
    if isinstance(value, dt.date):
        return date(value)
    if isinstance(value, Decimal):
        return number(value)
    return str(value)


def field_change(change: FieldChange) -> str:
    """``statut : projet → signée``."""
    old, new = value_text(change.name, change.old), value_text(change.name, change.new)
    if change.name in ("title", "description", "label"):
        old, new = f"« {old} »", f"« {new} »"
    return f"{change.label} : {old} → {new}"


def money_change(change: YearChange) -> str:
    """``25 000 € → 30 000 € (+5 000 €)``, or the amount alone when unchanged."""
    if not change.changed:
        return money(change.new)
    return f"{money(change.old)} → {money(change.new)} ({signed_money(change.difference)})"


def year_changes(changes: list[YearChange], *, what: str) -> str:
    """``cible 2023 : 210 → 230 ; cible 2024 : 240 → 260``."""
    return " ; ".join(f"{what} {c.year} : {quantity(c.old)} → {quantity(c.new)}" for c in changes)


def indicator_phrase(indicator: IndicatorDiff) -> str:
    if indicator.status == "added":
        targets = ", ".join(f"{c.year} : {quantity(c.new)}" for c in indicator.targets)
        return f"indicateur ajouté « {indicator.label} »" + (
            f" (cibles {targets})" if targets else ""
        )
    if indicator.status == "removed":
        return f"indicateur retiré « {indicator.label} »"
    parts = [field_change(c) for c in indicator.fields]
    if indicator.targets:
        parts.append(year_changes(indicator.targets, what="cible"))
    if indicator.results:
        parts.append(year_changes(indicator.results, what="résultat"))
    for comment in indicator.comments:
        old = "—" if comment.old is None else f"« {comment.old} »"
        new = "—" if comment.new is None else f"« {comment.new} »"
        parts.append(f"commentaire {comment.name} : {old} → {new}")
    return f"indicateur « {indicator.label} » : " + " ; ".join(parts)


FOLLOWUP_NAMES = {
    "paid": "crédits versés",
    "spent": "crédits consommés",
    "status": "statut",
    "adopted_on": "date d'adoption",
    "summary": "synthèse",
}
REPORT_STATUS_NAMES = {"draft": "projet", "adopted": "adopté"}


def followup_phrase(change: FollowupChange) -> str:
    """``exécution 2023, FIR : crédits versés : — → 100 000 €``; ``rapport 2023 : statut : …``."""
    name = FOLLOWUP_NAMES.get(change.field, change.field)
    if change.section == "execution":
        old, new = money(change.old), money(change.new)
        return f"exécution {change.year}, {change.label} : {name} : {old} → {new}"
    if change.field == "status":
        old = REPORT_STATUS_NAMES.get(change.old, "—") if change.old else "—"
        new = REPORT_STATUS_NAMES.get(change.new, "—") if change.new else "—"
    else:
        old, new = value_text("", change.old), value_text("", change.new)
        if change.field == "summary":
            old = old if change.old is None else f"« {old} »"
            new = new if change.new is None else f"« {new} »"
    return f"rapport d'exécution {change.year} : {name} : {old} → {new}"


def funding_phrase(line: FundingLine) -> str:
    years = ", ".join(
        f"{y.year} : {money_change(y)}" for y in line.years if y.changed or y.new is not None
    )
    return f"financement {line.label} : {years}"


def action_details(action: ActionDiff) -> list[str]:
    """What changed in an action, one phrase per change."""
    details = [field_change(c) for c in action.fields]
    details += [indicator_phrase(i) for i in action.indicators if action.status == "changed"]
    details += [funding_phrase(line) for line in action.funding]
    return details


def action_heading(action: ActionDiff) -> str:
    """``pmi-epp (objectif 1) : Augmenter le nombre…``."""
    return f"{action.id} (objectif {action.objective}) : {action.title}"


def header_lines(diff: ConventionDiff) -> list[str]:
    """The convention's own changes: fields, signatories, sources, amendments, objectives."""
    lines = []
    if diff.renamed:
        lines.append(f"fichier renommé : {diff.old_name} → {diff.new_name}")
    lines += [field_change(c) for c in diff.fields]
    for change in diff.signatories:
        role = ROLE_NAMES.get(change.name, change.name)
        lines.append(
            f"signataire ({role}) : {value_text('', change.old)} → {value_text('', change.new)}"
        )
    lines += [f"source ajoutée : {s}" for s in diff.sources_added]
    lines += [f"source retirée : {s}" for s in diff.sources_removed]
    for amendment in diff.amendments_added:
        lines.append(
            f"avenant ajouté (version {amendment.version}, signé le {date(amendment.signed_on)}) : "
            f"{amendment.summary}"
        )
    lines += [
        f"objectif ajouté : {o.number}. {o.title}".rstrip(". ") for o in diff.objectives_gained
    ]
    lines += [f"objectif retiré : {o.number}. {o.title}".rstrip(". ") for o in diff.objectives_lost]
    lines += [followup_phrase(change) for change in diff.followup]
    return lines


def total_line(diff: ConventionDiff) -> str:
    old = sum((line.old_total for line in diff.funding), Decimal(0))
    new = sum((line.new_total for line in diff.funding), Decimal(0))
    if old == new:
        return f"total sur la période : {amount(new)} (inchangé)"
    return f"total sur la période : {amount(old)} → {amount(new)} ({signed_money(new - old)})"
