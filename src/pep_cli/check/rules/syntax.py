"""Le fichier est un YAML bien formé, lisible en UTF-8.

Pourquoi : un fichier illisible ne peut être ni validé ni rendu. pep signale
la position exacte de la faute (tabulation, guillemet non fermé, indentation
incohérente, octets non UTF-8, fichier binaire, bombe d'alias) et poursuit
avec les autres fichiers.

Exemple en défaut :

    territory: {code: "15", name: Cantal
    edition: "2022"

Exemple conforme :

    territory: {code: "15", name: Cantal}
    edition: "2022"
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pep_cli.check.rules.base import Context, Finding

if TYPE_CHECKING:
    from pep_cli.check.engine import ConventionFile

ID = "syntax"
LEVEL = "error"
SCOPE = "document"


def check(file: ConventionFile, context: Context) -> Iterator[Finding]:
    yield from _faults(file, ID)


def _faults(file: ConventionFile, kind: str) -> Iterator[Finding]:
    for fault in file.doc.faults:
        if fault.kind == kind:
            yield Finding((), fault.message, position=(fault.line, fault.column))
