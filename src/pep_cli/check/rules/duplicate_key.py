"""Une table (mapping) ne répète pas une clé.

Pourquoi : en YAML, la seconde occurrence d'une clé écrase silencieusement la
première chez la plupart des lecteurs ; un montant ou une cible saisi deux fois
ne doit pas disparaître sans bruit. pep garde la première valeur et signale la
seconde.

Exemple en défaut :

    funding:
      etat: {2022: 600000}
      etat: {2022: 650000}

Exemple conforme :

    funding:
      etat: {2022: 600000}
      fir: {2022: 100000}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pep_cli.check.rules.base import Context, Finding
from pep_cli.check.rules.syntax import _faults

if TYPE_CHECKING:
    from pep_cli.check.engine import ConventionFile

ID = "duplicate-key"
LEVEL = "error"
SCOPE = "document"


def check(file: ConventionFile, context: Context) -> Iterator[Finding]:
    yield from _faults(file, ID)
