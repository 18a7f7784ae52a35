"""Une période qui dépasse la fin du cadre national en porte l'échéance (``ends_on``).

Pourquoi : un texte national peut clore le cadre avant la fin des conventions
signées. L'instruction n° DGS/SP1/DGCS/SD2B/2023/36 du 25 avril 2023 fixe au
31 décembre 2023 l'échéance de « tous les avenants et contrats signés en 2021,
2022 et 2023 » : un contrat 2022-2024 n'engage plus 2024. La date est lue dans
le catalogue (``ends_on`` de l'édition, avec ``ends_on_source``). Une convention
dont la période va au-delà doit le dire par sa clé ``ends_on`` (au plus tard la
fin du cadre) ; le document rendu l'écrit à l'article « Durée ». Les montants et
cibles prévus au-delà restent ceux du texte signé.

Exemple en défaut (édition 2022, cadre clos le 31 décembre 2023) :

    edition: "2022"
    period: {start: 2022, end: 2024}

Exemple conforme :

    edition: "2022"
    period: {start: 2022, end: 2024}
    ends_on: 2023-12-31
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pep_cli.check.rules.base import Context, Finding
from pep_cli.check.rules.period import year_maps

if TYPE_CHECKING:
    from pep_cli.check.engine import ConventionFile

ID = "framework-end"
LEVEL = "warning"
SCOPE = "convention"


def check(file: ConventionFile, context: Context) -> Iterator[Finding]:
    from pep_cli.french import date

    edition = context.edition_of(file)
    convention = file.model
    assert convention is not None
    if edition is None or edition.ends_on is None:
        return
    last = edition.ends_on.year
    if convention.period.end <= last:
        return
    if convention.ends_on is not None and convention.ends_on <= edition.ends_on:
        return
    where = edition.ends_on_source or edition.reference
    cited = where.split(" : ", 1)[0]
    beyond = sorted(
        {year for _, years in year_maps(convention) for year in years if year > last}
        | set(range(last + 1, convention.period.end + 1))
    )
    years = ", ".join(map(str, beyond))
    if convention.ends_on is not None:
        yield Finding(
            ("ends_on",),
            f"échéance du {date(convention.ends_on)} après la fin du cadre national de "
            f"l'édition {convention.edition}, le {date(edition.ends_on)} ({cited})",
        )
        return
    plural_verb = "n'est plus engagé" if len(beyond) == 1 else "ne sont plus engagés"
    yield Finding(
        ("period", "end"),
        f"période jusqu'en {convention.period.end}, au-delà de la fin du cadre national de "
        f"l'édition {convention.edition} le {date(edition.ends_on)} ({cited}) : {years} "
        f"{plural_verb} ; "
        f"indiquez l'échéance (ends_on: {edition.ends_on.isoformat()})",
    )
