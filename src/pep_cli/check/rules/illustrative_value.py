"""Une convention signée ne garde pas de valeurs marquées illustratives.

Pourquoi : la marque ``illustrative:`` dit qu'une valeur ne vient d'aucune source
(une cible, un montant, une action entière complétés pour l'exemple). Dans un
projet, c'est un repère utile ; une fois la convention signée (``status:
signed``), ces valeurs devraient être celles du texte signé. La règle signale,
une fois par convention, où la marque se trouve ; le document rendu montre ces
valeurs d'un signe † et l'explique en annexe. Le suivi (exécution, rapports
annuels, résultats et commentaires des indicateurs) ne fait pas partie du texte
signé : ses marques ne sont pas signalées.

Exemple en défaut :

    status: signed
    signed_on: 2022-06-24
    illustrative: [targets]

Exemple conforme :

    status: draft
    illustrative: [targets]
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pep_cli.check.rules.base import Context, Finding

if TYPE_CHECKING:
    from pep_cli.check.engine import ConventionFile

ID = "illustrative-value"
LEVEL = "warning"
SCOPE = "convention"


# The follow-up after signature is not the signed text: its marks are not this rule's business.
FOLLOW_UP = frozenset({"execution", "reports", "results", "comments"})


def _covers_signed_text(mark: Any) -> bool:
    """A whole block marked, or a list naming something other than the follow-up."""
    if mark is True:
        return True
    return bool(mark) and any(str(entry).split(".")[0] not in FOLLOW_UP for entry in mark)


def check(file: ConventionFile, context: Context) -> Iterator[Finding]:
    convention = file.model
    assert convention is not None
    if convention.status != "signed":
        return
    marked: list[tuple[Any, ...]] = []
    if _covers_signed_text(convention.illustrative):
        marked.append(("illustrative",))
    for i, action in enumerate(convention.actions):
        if _covers_signed_text(action.illustrative):
            marked.append(("actions", i, "illustrative"))
        for j, indicator in enumerate(action.indicators):
            if _covers_signed_text(indicator.illustrative):
                marked.append(("actions", i, "indicators", j, "illustrative"))
    if not marked:
        return
    others = len(marked) - 1
    more = (
        f" (et {others} autre{'s' if others > 1 else ''} marque{'s' if others > 1 else ''})"
        if others
        else ""
    )
    yield Finding(
        marked[0],
        f"convention signée avec des valeurs marquées illustratives{more} : à remplacer par "
        "les valeurs du texte signé, ou à justifier par une dérogation",
    )
