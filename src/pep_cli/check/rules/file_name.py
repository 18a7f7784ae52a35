"""Le fichier s'appelle ``<code>-<territoire>-<début>.yaml`` d'après son contenu (avertissement).

Pourquoi : un nom prévisible permet de retrouver une convention (``pep render
15``) et d'éviter deux fichiers pour la même convention. Le territoire est
écrit en minuscules, sans accents, mots séparés par des tirets.

Exemple en défaut : ``data/departments/cantal.yaml`` pour la convention 2022-2024 du Cantal.

Exemple conforme : ``data/departments/15-cantal-2022.yaml``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import TYPE_CHECKING

from pep_cli.check.rules.base import Context, Finding

if TYPE_CHECKING:
    from pep_cli.check.engine import ConventionFile

ID = "file-name"
LEVEL = "warning"
SCOPE = "convention"


def slug(name: str) -> str:
    """``"Côtes-d'Armor"`` -> ``"cotes-d-armor"``."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def expected_name(code: str, name: str, start: int) -> str:
    return f"{code.lower()}-{slug(name)}-{start}.yaml"


def check(file: ConventionFile, context: Context) -> Iterator[Finding]:
    convention = file.model
    assert convention is not None
    if file.path.name == "-":  # read from standard input without --stdin-filename: no name
        return
    expected = expected_name(
        convention.territory.code, convention.territory.name, convention.period.start
    )
    if file.path.name != expected:
        yield Finding(
            ("territory",),
            f"le fichier devrait s'appeler « {expected} » d'après son territoire et sa période",
            at_key=True,
        )
