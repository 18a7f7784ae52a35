"""Résultats, commentaires, exécution et rapports tombent dans la période, et jamais dans l'avenir.

Pourquoi : le suivi rend compte des années de la convention. Un résultat, un
montant versé ou consommé, un commentaire ou un rapport inscrit pour une année
hors de la période, ou pour une année qui n'a pas encore commencé (d'après
``--today``, par défaut aujourd'hui), est une année mal recopiée : il ne peut
pas entrer dans un rapport annuel. L'année en cours est admise (un résultat
provisoire). Les cibles et les financements hors période relèvent de la règle
``period``.

Exemple en défaut (``--today 2024-07-01``, période 2022-2024) :

    results: {2022: 455, 2025: 600}

Exemple conforme :

    results: {2022: 455, 2023: 510}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from pep_cli.check.rules.base import Context, Finding

if TYPE_CHECKING:
    from pep_cli.check.engine import ConventionFile
    from pep_cli.data.model import Convention

ID = "results-period"
LEVEL = "error"
SCOPE = "convention"


def check(file: ConventionFile, context: Context) -> Iterator[Finding]:
    from pep_cli.french import date

    convention = file.model
    assert convention is not None
    period = convention.period
    if period.start > period.end:
        return  # the period rule says so; every year would be outside
    for pointer, what, years in _follow_up_years(convention):
        for year in years:
            if not period.start <= year <= period.end:
                message = f"{what} {year} hors de la période {period.start}-{period.end}"
            elif year > context.today.year:
                message = (
                    f"{what} {year} pour une année à venir (date du jour : {date(context.today)})"
                )
            else:
                continue
            yield Finding((*pointer, year), message, at_key=True)


def _follow_up_years(
    convention: Convention,
) -> Iterator[tuple[tuple[Any, ...], str, Mapping[int, Any]]]:
    for i, action in enumerate(convention.actions):
        for j, indicator in enumerate(action.indicators):
            place = ("actions", i, "indicators", j)
            yield (*place, "results"), "résultat", indicator.results
            yield (*place, "comments"), "commentaire", indicator.comments
    for source, years in convention.execution.items():
        yield ("execution", source), f"exécution {source}", years
    yield ("reports",), "rapport de l'exercice", convention.reports
