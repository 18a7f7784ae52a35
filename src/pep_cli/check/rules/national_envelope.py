"""Par édition, année et source, les conventions ne dépassent pas l'enveloppe nationale.

Pourquoi : les crédits nationaux sont limités (édition 2020 : 50 M€ de
programme 304, 15 M€ de FIR et 15 M€ d'ONDAM médico-social pour 2020 ; 2021 :
107 M€ et 33 M€), et lus dans le catalogue (``envelopes``). La règle additionne
les totaux déclarés de toutes les conventions de l'édition dans le dépôt et
signale le dépassement dans chaque convention qui y contribue.

Exemple en défaut : des conventions 2020 qui inscrivent ensemble 50 000 001 € de
crédits ``etat`` pour 2020.

Exemple conforme : les mêmes, pour 50 000 000 € au plus.
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

    totals: dict[tuple[str, int, str], Decimal] = defaultdict(Decimal)
    contributors: dict[tuple[str, int, str], list[Summary]] = defaultdict(list)
    for convention in conventions:
        for source, years in convention.funding.items():
            for year, value in years.items():
                totals[convention.edition, year, source] += value
                contributors[convention.edition, year, source].append(convention)
    for (edition_name, year, source), total in sorted(totals.items()):
        edition = context.catalogue.editions.get(edition_name)
        envelope = edition.envelopes.get(year, {}).get(source) if edition else None
        if envelope is None or total <= envelope:
            continue
        for convention in contributors[edition_name, year, source]:
            share = convention.funding[source][year]
            yield (
                convention,
                Finding(
                    ("funding", source, year),
                    f"les conventions de l'édition {edition_name} totalisent {amount(total)} "
                    f"de « {source} » "
                    f"en {year}, au-delà de l'enveloppe nationale de {amount(envelope)} "
                    f"(dépassement {amount(total - envelope)}) ; "
                    f"cette convention y compte pour {amount(share)}",
                ),
            )
