"""Un exercice échu a son rapport annuel arrêté à temps, et ses résultats (avertissement).

Pourquoi : le rapport annuel d'exécution, établi par le Département et partagé
avec le préfet et l'ARS, est « arrêté conjointement avant le 30 juin suivant la
fin de l'exercice concerné » ; il conditionne les crédits des vagues suivantes.
L'échéance est lue dans le catalogue : ``report_deadline`` de l'édition, et
``report_deadlines`` pour un exercice dont le rapport a été demandé à une autre
date (exercice 2020 : 30 septembre 2021 ; 2021 : état d'exécution au 30 avril
2022). Passé l'échéance (``--today``, par défaut aujourd'hui), une convention
signée ou close doit avoir, pour cet exercice :

- un rapport ``adopted`` dans ``reports``, arrêté au plus tard ce jour-là ;
- un résultat pour chaque indicateur.

Cette règle remplace ``missing-results`` (les résultats absents) : l'ancien nom
reste accepté dans ``pep.toml`` et dans les dérogations ``# pep: ignore[…]``.
Un projet (``draft``) n'est pas concerné.

Exemple en défaut (``--today 2023-07-01``, période 2022-2024) :

    targets: {2022: 480, 2023: 540, 2024: 600}
    reports:
      2022: {status: draft}

Exemple conforme :

    targets: {2022: 480, 2023: 540, 2024: 600}
    results: {2022: 455}
    reports:
      2022: {status: adopted, adopted_on: 2023-06-20}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pep_cli.check.rules.base import Context, Finding

if TYPE_CHECKING:
    from pep_cli.check.engine import ConventionFile
    from pep_cli.data.catalogue import Edition
    from pep_cli.data.model import Convention

ID = "report-deadline"
LEVEL = "warning"
SCOPE = "convention"
# The rule's former name, still accepted in configurations and waivers.
ALIASES = ("missing-results",)


def check(file: ConventionFile, context: Context) -> Iterator[Finding]:
    edition = context.edition_of(file)
    convention = file.model
    assert convention is not None
    if edition is None or convention.status == "draft":
        return
    due = [y for y in convention.period.years if edition.report_due(y) < context.today]
    if not due:
        return
    yield from _reports(convention, edition, due)
    yield from _results(convention, edition, due)


def _reports(convention: Convention, edition: Edition, due: list[int]) -> Iterator[Finding]:
    from pep_cli.french import date

    for year in due:
        deadline = edition.report_due(year)
        report = convention.reports.get(year)
        if report is not None and report.status == "adopted":
            if report.adopted_on is not None and report.adopted_on > deadline:
                yield Finding(
                    ("reports", year, "adopted_on"),
                    f"rapport de l'exercice {year} arrêté le {date(report.adopted_on)}, après "
                    f"l'échéance du {date(deadline)}",
                )
            continue
        if report is not None:
            pointer: tuple[object, ...] = ("reports", year, "status")
            state = "encore en projet (status: draft)"
        elif convention.reports:
            pointer, state = ("reports",), f"absent de reports (aucune entrée {year})"
        else:
            pointer, state = ("period",), "non inscrit (aucune clé reports)"
        yield Finding(
            pointer,
            f"rapport annuel de l'exercice {year} non arrêté à l'échéance du {date(deadline)} : "
            f"{state}",
            at_key=report is None,
        )


def _results(convention: Convention, edition: Edition, due: list[int]) -> Iterator[Finding]:
    from pep_cli.french import date

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
