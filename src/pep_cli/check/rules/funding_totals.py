"""Par source et par année, les montants des actions font exactement le total déclaré.

Pourquoi : le tableau financier signé (clé ``funding`` de la convention) doit
être la somme des financements inscrits dans les actions ; un écart d'un euro
est une erreur de saisie ou un oubli. Le message donne les deux montants et
l'écart. Les montants sont des décimaux exacts, jamais des nombres flottants.
La règle ne s'applique que si au moins une action détaille son financement
(une convention peut ne donner que ses totaux).

Exemple en défaut :

    actions:
      - id: crip
        funding:
          etat: {2022: 300000}
      - id: controle
        funding:
          etat: {2022: 250000}
    funding:
      etat: {2022: 600000}

Exemple conforme :

    actions:
      - id: crip
        funding:
          etat: {2022: 300000}
      - id: controle
        funding:
          etat: {2022: 300000}
    funding:
      etat: {2022: 600000}
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING

from pep_cli.check.rules.base import Context, Finding

if TYPE_CHECKING:
    from pep_cli.check.engine import ConventionFile

ID = "funding-totals"
LEVEL = "error"
SCOPE = "convention"


def check(file: ConventionFile, context: Context) -> Iterator[Finding]:
    from pep_cli.french import amount

    convention = file.model
    assert convention is not None
    if not any(action.funding for action in convention.actions):
        return
    sums: dict[tuple[str, int], Decimal] = defaultdict(Decimal)
    first: dict[tuple[str, int], tuple[object, ...]] = {}
    for index, action in enumerate(convention.actions):
        for source, years in action.funding.items():
            for year, value in years.items():
                sums[source, year] += value
                first.setdefault((source, year), ("actions", index, "funding", source, year))
    for source, years in convention.funding.items():
        for year, declared in years.items():
            total = sums.pop((source, year), Decimal(0))
            if total != declared:
                yield Finding(
                    ("funding", source, year),
                    f"{source} {year} : total déclaré {amount(declared)}, somme des actions "
                    f"{amount(total)} (écart {amount(abs(declared - total))}, "
                    f"{'manque dans les actions' if total < declared else 'excédent des actions'})",
                )
    for (source, year), total in sorted(sums.items()):
        if total:
            yield Finding(
                first[source, year],
                f"{source} {year} : les actions prévoient {amount(total)} mais le total n'est pas "
                f"déclaré dans funding.{source}",
            )
