"""Les identifiants d'action sont uniques dans le fichier.

Pourquoi : l'identifiant désigne l'action dans les rapports, les avenants et
les différences entre versions ; deux actions de même identifiant seraient
confondues.

Exemple en défaut :

    actions:
      - id: crip
        objective: 6
      - id: crip
        objective: 26

Exemple conforme :

    actions:
      - id: crip
        objective: 6
      - id: crip-formation
        objective: 26
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pep_cli.check.rules.base import Context, Finding

if TYPE_CHECKING:
    from pep_cli.check.engine import ConventionFile

ID = "duplicate-action"
LEVEL = "error"
SCOPE = "convention"


def check(file: ConventionFile, context: Context) -> Iterator[Finding]:
    assert file.model is not None
    seen: dict[str, int] = {}
    for index, action in enumerate(file.model.actions):
        if action.id in seen:
            line = file.doc.locate(("actions", seen[action.id], "id"))[0]
            yield Finding(
                ("actions", index, "id"),
                f"identifiant d'action « {action.id} » déjà utilisé (ligne {line})",
            )
        else:
            seen[action.id] = index
