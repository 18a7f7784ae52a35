"""La convention a été signée après l'échéance fixée par son édition (avertissement).

Pourquoi : les circulaires fixent une date limite de signature (15 octobre
2020 pour l'édition 2020, 30 septembre 2021 pour 2021), lue dans le
catalogue (``signature_deadline``). Une signature tardive n'invalide pas la
convention mais se signale, par exemple pour le versement des crédits de
l'année.

Exemple en défaut (édition 2020) :

    signed_on: 2020-11-04

Exemple conforme :

    signed_on: 2020-10-12
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pep_cli.check.rules.base import Context, Finding

if TYPE_CHECKING:
    from pep_cli.check.engine import ConventionFile

ID = "signature-deadline"
LEVEL = "warning"
SCOPE = "convention"


def check(file: ConventionFile, context: Context) -> Iterator[Finding]:
    from pep_cli.french import date, plural

    edition = context.edition_of(file)
    convention = file.model
    assert convention is not None
    if edition is None or edition.signature_deadline is None or convention.signed_on is None:
        return
    if convention.signed_on > edition.signature_deadline:
        late = (convention.signed_on - edition.signature_deadline).days
        yield Finding(
            ("signed_on",),
            f"signée le {date(convention.signed_on)}, {plural(late, 'jour')} après l'échéance du "
            f"{date(edition.signature_deadline)} fixée pour l'édition {convention.edition}",
        )
