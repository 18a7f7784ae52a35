"""Une année dont le rapport annuel est échu n'a pas de résultats (avertissement).

Pourquoi : le rapport annuel, établi par le Département et partagé avec le
préfet et l'ARS, est arrêté avant le 30 juin de l'année suivante (échéance lue
dans le catalogue : ``report_deadline``, et ``report_deadlines`` pour un exercice
dont le rapport a été demandé à une autre date). Passé cette date, chaque indicateur
d'une convention signée devrait avoir son résultat. La date du jour est celle
de ``--today`` (par défaut, aujourd'hui).

Exemple en défaut (``--today 2023-07-01``, période 2022-2024) :

    targets: {2022: 480, 2023: 540, 2024: 600}

Exemple conforme :

    targets: {2022: 480, 2023: 540, 2024: 600}
    results: {2022: 455}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pep_cli.check.rules.base import Context, Finding

if TYPE_CHECKING:
    from pep_cli.check.engine import ConventionFile

ID = "missing-results"
LEVEL = "warning"
SCOPE = "convention"


def check(file: ConventionFile, context: Context) -> Iterator[Finding]:
    from pep_cli.french import date

    edition = context.edition_of(file)
    convention = file.model
    assert convention is not None
    if edition is None or convention.status == "draft":
        return
    due = [y for y in convention.period.years if edition.report_due(y) < context.today]
    if not due:
        return
    for i, action in enumerate(convention.actions):
        for j, indicator in enumerate(action.indicators):
            missing = [y for y in due if y not in indicator.results]
            if missing:
                pointer: tuple[object, ...] = ("actions", i, "indicators", j)
                if indicator.results:
                    pointer += ("results",)
                listed = ", ".join(
                    f"{y} (rapport dû avant le {date(edition.report_due(y))})" for y in missing
                )
                yield Finding(pointer, f"« {indicator.label} » : résultats absents pour {listed}")
