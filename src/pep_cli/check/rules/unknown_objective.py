"""Chaque action se rattache à un objectif qui existe dans l'édition.

Pourquoi : le numéro d'objectif relie l'action au catalogue national ; un
numéro inconnu de l'édition (par exemple 27 dans une convention 2020) fausse
le décompte des objectifs couverts. Dans une édition incomplète du catalogue
(clé ``incomplete``), les numéros ne sont pas vérifiés : la règle
``edition-incomplete`` le dit.

Exemple en défaut (édition 2020, objectifs 1 à 26) :

    actions:
      - id: hotel
        objective: 28

Exemple conforme :

    actions:
      - id: tisf
        objective: 12
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pep_cli.check.rules.base import Context, Finding

if TYPE_CHECKING:
    from pep_cli.check.engine import ConventionFile

ID = "unknown-objective"
LEVEL = "error"
SCOPE = "convention"


def check(file: ConventionFile, context: Context) -> Iterator[Finding]:
    edition = context.edition_of(file)
    assert file.model is not None
    if edition is None or edition.incomplete:
        return  # an incomplete edition: edition-incomplete says what could not be checked
    for index, action in enumerate(file.model.actions):
        if action.objective not in edition.by_number:
            yield Finding(
                ("actions", index, "objective"),
                f"l'objectif n° {action.objective} n'existe pas dans l'édition "
                f"{file.model.edition} "
                f"(objectifs {min(edition.by_number)} à {max(edition.by_number)})",
            )
