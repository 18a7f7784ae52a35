"""Le code d'un indicateur désigne un indicateur national du catalogue, de même unité et sens.

Pourquoi : la vue nationale (``pep national``) additionne les cibles et les résultats
des indicateurs qui portent le même code national (liste ``indicators`` du
catalogue). Un code inconnu (faute de frappe) ferait disparaître l'indicateur du
bilan national ; une autre unité ou un autre sens rendrait la somme fausse.

Exemple en défaut (le catalogue définit ``epp-pmi``, en nombre) :

    indicators:
      - label: Entretiens prénataux précoces réalisés par la PMI
        code: epp-pni
        unit: nombre

Exemple conforme :

    indicators:
      - label: Entretiens prénataux précoces réalisés par la PMI
        code: epp-pmi
        unit: nombre
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pep_cli.check.rules.base import Context, Finding

if TYPE_CHECKING:
    from pep_cli.check.engine import ConventionFile

ID = "indicator-code"
LEVEL = "error"
SCOPE = "convention"


def check(file: ConventionFile, context: Context) -> Iterator[Finding]:
    convention = file.model
    assert convention is not None
    known = context.catalogue.indicator_by_code
    for a, action in enumerate(convention.actions):
        for i, indicator in enumerate(action.indicators):
            if indicator.code is None:
                continue
            where = ("actions", a, "indicators", i)
            national = known.get(indicator.code)
            if national is None:
                if not known:
                    yield Finding(
                        (*where, "code"),
                        f"code « {indicator.code} » inconnu : le catalogue ne définit aucun "
                        "indicateur national (clé indicators)",
                    )
                    continue
                import difflib  # only for a wrong code

                close = difflib.get_close_matches(indicator.code, list(known), n=1)
                hint = (
                    f" ; vouliez-vous dire « {close[0]} » ?"
                    if close
                    else f" ; codes du catalogue : {', '.join(known)}"
                )
                yield Finding(
                    (*where, "code"), f"code « {indicator.code} » inconnu du catalogue{hint}"
                )
            elif indicator.unit != national.unit:
                yield Finding(
                    (*where, "unit"),
                    f"unité « {indicator.unit} » alors que l'indicateur national "
                    f"« {national.code} » se mesure en « {national.unit} » : ses valeurs ne "
                    "s'additionneraient pas",
                )
            elif indicator.direction != national.direction:
                yield Finding(
                    (*where, "direction"),
                    f"sens « {indicator.direction} » alors que l'indicateur national "
                    f"« {national.code} » est « {national.direction} »",
                )
