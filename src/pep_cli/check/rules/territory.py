"""Le code du territoire existe dans data/territories.yaml et le nom lui correspond.

Pourquoi : le territoire désigne le signataire (Département ou collectivité) et
l'agence régionale de santé ; un code erroné ou un nom qui ne lui correspond
pas rendrait la convention ambiguë.

Exemple en défaut :

    territory: {code: "15", name: Cantall}

Exemple conforme :

    territory: {code: "15", name: Cantal}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pep_cli.check.rules.base import Context, Finding

if TYPE_CHECKING:
    from pep_cli.check.engine import ConventionFile

ID = "territory"
LEVEL = "error"
SCOPE = "convention"


def check(file: ConventionFile, context: Context) -> Iterator[Finding]:
    assert file.model is not None
    territory = file.model.territory
    entry = context.territories.by_code.get(territory.code)
    if entry is None:
        import difflib  # only for a wrong code

        close = difflib.get_close_matches(territory.code, list(context.territories.by_code), n=1)
        hint = f" ; vouliez-vous dire « {close[0]} » ?" if close else ""
        yield Finding(
            ("territory", "code"), f"code de territoire « {territory.code} » inconnu{hint}"
        )
    elif territory.name != entry.name:
        yield Finding(
            ("territory", "name"),
            f"le nom « {territory.name} » ne correspond pas au code {entry.code} : "
            f"« {entry.name} » attendu",
        )
