"""L'édition de la convention existe dans le catalogue des objectifs.

Pourquoi : l'édition (2020, 2021, 2022) fixe les objectifs, les objectifs
obligatoires, les sources de financement et les échéances ; sans elle, aucune
de ces règles ne peut s'appliquer.

Exemple en défaut :

    edition: "2023"

Exemple conforme :

    edition: "2022"
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pep_cli.check.rules.base import Context, Finding

if TYPE_CHECKING:
    from pep_cli.check.engine import ConventionFile

ID = "edition"
LEVEL = "error"
SCOPE = "convention"


def check(file: ConventionFile, context: Context) -> Iterator[Finding]:
    if context.edition_of(file) is None:
        assert file.model is not None
        known = ", ".join(context.catalogue.editions)
        yield Finding(
            ("edition",),
            f"édition « {file.model.edition} » absente du catalogue (éditions : {known})",
        )
