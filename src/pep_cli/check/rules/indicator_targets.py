"""Chaque action a un indicateur chiffré pour chaque année de la période.

Pourquoi : la circulaire de 2020 demande des objectifs « assortis
d'indicateurs et de cibles chiffrées » ; le suivi annuel compare le résultat
de chaque année à sa cible.

Exemple en défaut (période 2022-2024) :

    indicators:
      - label: Entretiens prénataux précoces
        unit: nombre
        targets: {2022: 480, 2023: 540}

Exemple conforme :

    indicators:
      - label: Entretiens prénataux précoces
        unit: nombre
        targets: {2022: 480, 2023: 540, 2024: 600}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pep_cli.check.rules.base import Context, Finding

if TYPE_CHECKING:
    from pep_cli.check.engine import ConventionFile

ID = "indicator-targets"
LEVEL = "error"
SCOPE = "convention"


def check(file: ConventionFile, context: Context) -> Iterator[Finding]:
    convention = file.model
    assert convention is not None
    years = convention.period.years
    for index, action in enumerate(convention.actions):
        targeted = set().union(*(indicator.targets for indicator in action.indicators))
        missing = [year for year in years if year not in targeted]
        if missing:
            listed = ", ".join(str(y) for y in missing)
            yield Finding(
                ("actions", index, "indicators"),
                f"action « {action.id} » : aucun indicateur n'a de cible pour {listed}",
                at_key=True,
            )
