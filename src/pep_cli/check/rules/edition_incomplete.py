"""Dire ce que pep n'a pas pu vérifier quand l'édition est incomplète dans le catalogue.

Pourquoi : pour les éditions récentes (2023, 2024, 2025-2027), nos sources ne
donnent pas tout (intitulés des objectifs, objectifs obligatoires,
enveloppes…). Le catalogue le dit (clé ``incomplete`` de l'édition) au lieu
d'inventer un intitulé ; une convention de cette édition n'est donc vérifiée
que sur ce qui est connu, et cet avertissement énumère le reste.

Exemple en défaut (édition 2025 du catalogue livré, incomplète) :

    edition: "2025"

Exemple conforme :

    edition: "2022"
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pep_cli.check.rules.base import Context, Finding

if TYPE_CHECKING:
    from pep_cli.check.engine import ConventionFile

ID = "edition-incomplete"
LEVEL = "warning"
SCOPE = "convention"


def check(file: ConventionFile, context: Context) -> Iterator[Finding]:
    edition = context.edition_of(file)
    convention = file.model
    assert convention is not None
    if edition is None or not edition.incomplete:
        return
    unchecked = sorted(
        {a.objective for a in convention.actions if a.objective not in edition.by_number}
    )
    detail = ""
    if unchecked:
        detail = " ; objectifs des actions non vérifiés : " + ", ".join(
            f"n° {n}" for n in unchecked
        )
    yield Finding(
        ("edition",),
        f"l'édition {convention.edition} est incomplète dans le catalogue ; pep n'a pas pu "
        f"vérifier : {' ; '.join(edition.incomplete)}{detail}",
    )
