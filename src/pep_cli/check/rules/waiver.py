"""Une dérogation ``# pep: ignore[règle] raison`` est justifiée et lève un problème (avertissement).

Pourquoi : une dérogation lève, sur sa ligne, les problèmes des règles qu'elle
nomme (plusieurs règles séparées par des virgules). Elle doit dire pourquoi,
pour que la relecture puisse en juger, et ne doit pas survivre au problème
qu'elle levait : une dérogation qui ne lève plus rien cacherait la prochaine
erreur de la ligne. Placée en fin de ligne, elle vaut pour cette ligne ;
seule sur sa ligne, elle vaut pour la ligne de YAML qui suit. Une dérogation
sans raison lève quand même le problème, mais elle est signalée. Un nom de
règle inconnu arrête la validation (code 2), avec une suggestion.

Exemple en défaut :

    funding:
      fir: {2022: 100000}  # pep: ignore[funding-totals]

Exemple conforme :

    funding:
      fir: {2022: 100000}  # pep: ignore[funding-totals] avenant n° 2 en cours de signature
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pep_cli.check.rules.base import Context, Finding

if TYPE_CHECKING:
    from pep_cli.check.engine import ConventionFile
    from pep_cli.check.waivers import Waiver

ID = "waiver"
LEVEL = "warning"
SCOPE = "document"


def check(file: ConventionFile, context: Context) -> Iterator[Finding]:
    for waiver in file.waivers:
        position = (waiver.line, waiver.column)
        if not waiver.rules:
            yield Finding(
                (),
                "dérogation mal formée : écrivez « # pep: ignore[nom-de-règle] raison »",
                position=position,
            )
        elif not waiver.reason:
            yield Finding(
                (),
                f"dérogation sans justification pour {', '.join(waiver.rules)} : "
                "ajoutez la raison après les crochets",
                position=position,
            )


def unused(waiver: Waiver, rule: str) -> Finding:
    """The finding for a waiver that lifts no problem of ``rule``."""
    where = f"la ligne {waiver.target}" if waiver.target else "aucune ligne (fin du fichier)"
    return Finding(
        (),
        f"la dérogation pour « {rule} » ne lève aucun problème sur {where} : retirez-la",
        position=(waiver.line, waiver.column),
    )
