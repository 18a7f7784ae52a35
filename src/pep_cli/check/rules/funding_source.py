"""Seules les sources de financement de l'édition sont utilisées.

Pourquoi : chaque édition nomme ses sources (``etat`` : programme 304 ; ``fir`` :
Fonds d'intervention régional ; ``ondam`` : ONDAM médico-social ;
``departement`` : co-financement du Département). Une clé inconnue est une
faute de frappe ou un financement hors du cadre de la convention.

Exemple en défaut :

    funding:
      etta: {2022: 600000}

Exemple conforme :

    funding:
      etat: {2022: 600000}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pep_cli.check.rules.base import Context, Finding

if TYPE_CHECKING:
    from pep_cli.check.engine import ConventionFile

ID = "funding-source"
LEVEL = "error"
SCOPE = "convention"


def check(file: ConventionFile, context: Context) -> Iterator[Finding]:
    edition = context.edition_of(file)
    convention = file.model
    assert convention is not None
    if edition is None:
        return
    allowed = list(edition.funding_sources)
    places: list[tuple[tuple[Any, ...], dict[str, Any]]] = [(("funding",), convention.funding)]
    places += [(("actions", i, "funding"), a.funding) for i, a in enumerate(convention.actions)]
    places.append((("execution",), convention.execution))
    for prefix, funding in places:
        for source in funding:
            if source not in edition.funding_sources:
                import difflib  # only for a wrong name

                close = difflib.get_close_matches(source, allowed, n=1)
                hint = f" ; vouliez-vous dire « {close[0]} » ?" if close else ""
                yield Finding(
                    (*prefix, source),
                    f"source de financement « {source} » inconnue de l'édition "
                    f"{convention.edition} "
                    f"(sources : {', '.join(allowed)}){hint}",
                    at_key=True,
                )
