"""La période est bien ordonnée et toutes les années utilisées y tombent.

Pourquoi : une cible ou un montant signé inscrit pour une année hors de la
période n'engage personne ; c'est souvent une année mal recopiée. L'année de
la valeur de référence (``baseline``) peut précéder la période. Les résultats,
l'exécution et les rapports relèvent de la règle ``results-period``.

Exemple en défaut :

    period: {start: 2022, end: 2024}
    funding:
      etat: {2022: 600000, 2025: 600000}

Exemple conforme :

    period: {start: 2022, end: 2024}
    funding:
      etat: {2022: 600000, 2024: 600000}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from pep_cli.check.rules.base import Context, Finding

if TYPE_CHECKING:
    from pep_cli.check.engine import ConventionFile

ID = "period"
LEVEL = "error"
SCOPE = "convention"


def check(file: ConventionFile, context: Context) -> Iterator[Finding]:
    convention = file.model
    assert convention is not None
    period = convention.period
    if period.start > period.end:
        yield Finding(
            ("period",), f"période inversée : début {period.start} après fin {period.end}"
        )
        return
    for pointer, years in year_maps(convention):
        for year in years:
            if not period.start <= year <= period.end:
                yield Finding(
                    (*pointer, year),
                    f"année {year} hors de la période {period.start}-{period.end}",
                    at_key=True,
                )


def year_maps(convention: Any) -> Iterator[tuple[tuple[Any, ...], Mapping[int, Any]]]:
    for source, years in convention.funding.items():
        yield ("funding", source), years
    for i, action in enumerate(convention.actions):
        for source, years in action.funding.items():
            yield ("actions", i, "funding", source), years
        for j, indicator in enumerate(action.indicators):
            yield ("actions", i, "indicators", j, "targets"), indicator.targets
