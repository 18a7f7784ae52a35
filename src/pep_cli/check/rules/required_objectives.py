"""Chaque objectif obligatoire de l'édition a au moins une action.

Pourquoi : les circulaires imposent des objectifs à toute convention (les 11
objectifs fondamentaux en 2020 et 2021 ; en 2022, les 5 objectifs de PMI et
l'accompagnement des enfants protégés en situation de handicap). La liste est
lue dans le catalogue (clé ``required`` de l'édition).

Exemple en défaut (édition 2022, objectif 9 sans action) :

    actions:
      - {id: pmi-epp, objective: 1, ...}
      - {id: pmi-bilans, objective: 2, ...}

Exemple conforme : une action au moins pour chacun des objectifs 1, 2, 3, 4, 5 et 9.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pep_cli.check.rules.base import Context, Finding

if TYPE_CHECKING:
    from pep_cli.check.engine import ConventionFile

ID = "required-objectives"
LEVEL = "error"
SCOPE = "convention"


def check(file: ConventionFile, context: Context) -> Iterator[Finding]:
    edition = context.edition_of(file)
    assert file.model is not None
    if edition is None:
        return
    covered = {action.objective for action in file.model.actions}
    for number in edition.required:
        if number not in covered:
            title = edition.by_number[number].title
            yield Finding(
                ("actions",),
                f"objectif obligatoire n° {number} sans action : « {title} »",
                at_key=True,
            )
