"""Une convention signée ou close a sa date de signature ; versions et avenants concordent.

Pourquoi : la version 1 est la convention initiale et chaque avenant ajoute 1 ;
le champ ``version`` doit donc valoir 1 + le nombre d'avenants, les avenants
porter les versions 2, 3… dans l'ordre, et être signés après la convention,
chacun après le précédent. Un projet (``draft``) n'a pas encore d'avenant.

Exemple en défaut :

    status: signed
    version: 3
    amendments:
      - {version: 2, signed_on: 2023-07-03, summary: "Avenant n° 1 : crédits 2023"}

Exemple conforme :

    status: signed
    version: 2
    signed_on: 2022-06-24
    amendments:
      - {version: 2, signed_on: 2023-07-03, summary: "Avenant n° 1 : crédits 2023"}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pep_cli.check.rules.base import Context, Finding

if TYPE_CHECKING:
    from pep_cli.check.engine import ConventionFile

ID = "signature"
LEVEL = "error"
SCOPE = "convention"


def check(file: ConventionFile, context: Context) -> Iterator[Finding]:
    from pep_cli.french import date

    convention = file.model
    assert convention is not None
    if convention.status in ("signed", "closed") and convention.signed_on is None:
        state = "signée" if convention.status == "signed" else "close"
        yield Finding(("status",), f"convention {state} sans date de signature (signed_on)")
    if convention.status == "draft" and convention.amendments:
        yield Finding(
            ("amendments",), "un projet (status: draft) ne peut pas avoir d'avenant", True
        )
    expected = 1 + len(convention.amendments)
    if convention.version != expected:
        yield Finding(
            ("version",),
            f"version {convention.version} alors que {len(convention.amendments)} avenant(s) "
            f"sont listés : version {expected} attendue",
        )
    previous = convention.signed_on
    for index, amendment in enumerate(convention.amendments):
        if amendment.version != index + 2:
            yield Finding(
                ("amendments", index, "version"),
                f"l'avenant n° {index + 1} doit porter la version {index + 2}, "
                f"pas {amendment.version}",
            )
        if previous is not None and amendment.signed_on < previous:
            yield Finding(
                ("amendments", index, "signed_on"),
                f"avenant signé le {date(amendment.signed_on)}, avant la signature précédente "
                f"({date(previous)})",
            )
        previous = amendment.signed_on
