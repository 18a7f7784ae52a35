"""Par année budgétaire et source, les conventions ne dépassent pas l'enveloppe nationale.

Pourquoi : les crédits nationaux sont limités (2020 : 50 M€ de programme 304,
15 M€ de FIR et 15 M€ d'ONDAM médico-social ; 2021 : 107 M€, 33 M€ et 15 M€) et
lus dans le catalogue (``envelopes``). Une enveloppe est celle d'une année
budgétaire, quelle que soit l'édition : les crédits de 2021 ont payé les
contrats de 2021 et les avenants 2021 des conventions de 2020. La règle
additionne donc, par année et par source, les totaux déclarés de toutes les
conventions du dépôt, toutes éditions confondues, et signale le dépassement dans
chaque convention qui y contribue.

Exemple en défaut : une convention 2020 et un contrat 2021 qui inscrivent
ensemble 107 000 001 € de crédits ``etat`` pour 2021.

Exemple conforme : les mêmes, pour 107 000 000 € au plus.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING

from pep_cli.check.rules.base import Context, Finding

if TYPE_CHECKING:
    from pep_cli.check.summary import Summary

ID = "national-envelope"
LEVEL = "error"
SCOPE = "repository"


def check(conventions: list[Summary], context: Context) -> Iterator[tuple[Summary, Finding]]:
    from pep_cli.french import amount

    envelopes = context.catalogue.budget_envelopes
    totals: dict[tuple[int, str], Decimal] = defaultdict(Decimal)
    contributors: dict[tuple[int, str], list[Summary]] = defaultdict(list)
    for convention in conventions:
        for source, years in convention.funding.items():
            for year, value in years.items():
                if (year, source) in envelopes:
                    totals[year, source] += value
                    contributors[year, source].append(convention)
    for (year, source), total in sorted(totals.items()):
        envelope, edition_name = envelopes[year, source]
        if total <= envelope:
            continue
        editions = sorted({c.edition for c in contributors[year, source]})
        which = (
            f"de l'édition {editions[0]}"
            if len(editions) == 1
            else "des éditions " + ", ".join(editions[:-1]) + " et " + editions[-1]
        )
        for convention in contributors[year, source]:
            share = convention.funding[source][year]
            yield (
                convention,
                Finding(
                    ("funding", source, year),
                    f"les conventions {which} totalisent {amount(total)} de « {source} » "
                    f"pour l'année budgétaire {year}, au-delà de l'enveloppe nationale de "
                    f"{amount(envelope)} (édition {edition_name} ; dépassement "
                    f"{amount(total - envelope)}) ; cette convention y compte pour "
                    f"{amount(share)}",
                ),
            )
