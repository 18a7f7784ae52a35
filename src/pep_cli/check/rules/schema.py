"""Types, champs obligatoires, clés inconnues, valeurs admises, dates et montants.

Pourquoi : toutes les autres règles s'appuient sur une convention bien typée.
Une clé mal orthographiée est signalée avec une suggestion (« vouliez-vous
dire… »), un montant doit être un nombre en euros (au plus deux décimales,
jamais négatif, lu exactement depuis le texte du fichier), une date s'écrit
AAAA-MM-JJ, un code de territoire s'écrit entre guillemets. Tant que le
schéma n'est pas respecté, les règles de contenu ne s'exécutent pas sur le
fichier.

Exemple en défaut :

    period: {start: 2022, end: 2024}
    statut: signed
    funding:
      etat: {2022: "600 000 €"}

Exemple conforme :

    period: {start: 2022, end: 2024}
    status: signed
    funding:
      etat: {2022: 600000}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pep_cli.check.rules.base import Context, Finding

if TYPE_CHECKING:
    from pep_cli.check.engine import ConventionFile

ID = "schema"
LEVEL = "error"
SCOPE = "document"


def check(file: ConventionFile, context: Context) -> Iterator[Finding]:
    yield from file.schema_findings
