"""Les crédits versés ou consommés d'une source, une année, ne dépassent pas le montant signé.

Pourquoi : l'exécution (clé ``execution``) rend compte des crédits signés
(clé ``funding``) : un montant versé (``paid``) ou consommé (``spent``)
au-delà de ce qui a été signé pour la même source et la même année est une
erreur de saisie, ou une dépense que la convention ne couvre pas (un avenant
doit alors relever le montant signé). Sans totaux signés dans ``funding``, le
montant signé est la somme des financements des actions. Le message donne les
deux montants et le dépassement ; les montants sont des décimaux exacts.

Exemple en défaut :

    funding:
      fir: {2022: 100000}
    execution:
      fir:
        2022: {paid: 100000, spent: 120000}

Exemple conforme :

    funding:
      fir: {2022: 100000}
    execution:
      fir:
        2022: {paid: 100000, spent: 91000}
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING

from pep_cli.check.rules.base import Context, Finding

if TYPE_CHECKING:
    from pep_cli.check.engine import ConventionFile

ID = "execution-exceeds-funding"
LEVEL = "error"
SCOPE = "convention"

_WHAT = {"paid": "crédits versés", "spent": "crédits consommés"}


def check(file: ConventionFile, context: Context) -> Iterator[Finding]:
    from pep_cli.french import amount

    convention = file.model
    assert convention is not None
    if not convention.execution:
        return
    signed = convention.signed_funding()
    for source, years in convention.execution.items():
        for year, entry in years.items():
            limit = signed.get(source, {}).get(year)
            for key in ("paid", "spent"):
                value: Decimal | None = getattr(entry, key)
                if value is None or value <= (limit or Decimal(0)):
                    continue
                if limit is None:
                    message = (
                        f"{source} {year} : {_WHAT[key]} {amount(value)}, mais aucun montant "
                        f"signé pour cette source cette année (funding.{source})"
                    )
                else:
                    message = (
                        f"{source} {year} : {_WHAT[key]} {amount(value)} pour {amount(limit)} "
                        f"signés (dépassement de {amount(value - limit)})"
                    )
                yield Finding(("execution", source, year, key), message)
