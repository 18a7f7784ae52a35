"""La convention couvre assez d'objectifs facultatifs distincts.

Pourquoi : l'instruction de 2022 demande au moins 12 objectifs, soit au moins
6 objectifs distincts en plus des 6 obligatoires. Le minimum est lu dans le
catalogue (``min_optional`` de l'édition) ; deux actions sur le même objectif
ne comptent qu'une fois.

Exemple en défaut (édition 2022, 5 objectifs facultatifs distincts) :

    actions:
      - {id: crip, objective: 6, ...}
      - {id: crip-formation, objective: 6, ...}
      - {id: controle, objective: 8, ...}
      - {id: tiers, objective: 20, ...}
      - {id: parrainage, objective: 23, ...}
      - {id: mna, objective: 25, ...}

Exemple conforme : les mêmes, plus une action sur un sixième objectif (par exemple 19).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pep_cli.check.rules.base import Context, Finding

if TYPE_CHECKING:
    from pep_cli.check.engine import ConventionFile

ID = "min-optional"
LEVEL = "error"
SCOPE = "convention"


def check(file: ConventionFile, context: Context) -> Iterator[Finding]:
    edition = context.edition_of(file)
    assert file.model is not None
    if edition is None or edition.min_optional == 0:
        return
    chosen = {a.objective for a in file.model.actions} & edition.optional_numbers
    if len(chosen) < edition.min_optional:
        listed = ", ".join(str(n) for n in sorted(chosen)) or "aucun"
        yield Finding(
            ("actions",),
            f"{len(chosen)} objectif(s) facultatif(s) distinct(s) ({listed}) ; l'édition "
            f"{file.model.edition} en demande au moins {edition.min_optional}",
            at_key=True,
        )
