"""Un rapport arrêté concerne un exercice qui a des résultats, et porte une date plausible.

Pourquoi : le rapport annuel présente « les résultats obtenus au regard des
objectifs fixés » ; un rapport marqué ``adopted`` pour un exercice dont aucun
indicateur n'a de résultat ne rend compte de rien. Un rapport arrêté porte la
date à laquelle il l'a été (``adopted_on``), qui ne peut précéder la fin de
l'exercice ni suivre la date du jour (``--today``).

Exemple en défaut (aucun indicateur n'a de résultat pour 2022) :

    results: {}
    reports:
      2022: {status: adopted, adopted_on: 2023-06-20}

Exemple conforme :

    results: {2022: 455}
    reports:
      2022: {status: adopted, adopted_on: 2023-06-20}
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

from pep_cli.check.rules.base import Context, Finding

if TYPE_CHECKING:
    from pep_cli.check.engine import ConventionFile

ID = "report-consistency"
LEVEL = "error"
SCOPE = "convention"


def check(file: ConventionFile, context: Context) -> Iterator[Finding]:
    from pep_cli.french import date

    convention = file.model
    assert convention is not None
    with_results = {
        year
        for action in convention.actions
        for indicator in action.indicators
        for year in indicator.results
    }
    for year, report in convention.reports.items():
        if report.status != "adopted":
            continue
        if year not in with_results:
            yield Finding(
                ("reports", year, "status"),
                f"rapport de l'exercice {year} arrêté, mais aucun indicateur n'a de résultat "
                f"pour {year}",
            )
        adopted_on = report.adopted_on
        if adopted_on is None:
            yield Finding(
                ("reports", year, "status"),
                f"rapport de l'exercice {year} arrêté sans date : indiquez adopted_on",
            )
        elif adopted_on <= dt.date(year, 12, 31):
            yield Finding(
                ("reports", year, "adopted_on"),
                f"rapport de l'exercice {year} arrêté le {date(adopted_on)}, avant la fin de "
                "l'exercice",
            )
        elif adopted_on > context.today:
            yield Finding(
                ("reports", year, "adopted_on"),
                f"rapport de l'exercice {year} arrêté le {date(adopted_on)}, après la date du "
                f"jour ({date(context.today)})",
            )
