"""Deux conventions d'un même territoire ne se chevauchent pas (entre fichiers).

Pourquoi : un territoire n'a qu'une convention en vigueur à la fois ; une
modification en cours de période passe par un avenant (nouvelle version du
même fichier), pas par un second fichier. La règle compare tous les fichiers
du dépôt, même quand on n'en valide qu'un.

Exemple en défaut : ``15-cantal-2022.yaml`` (2022-2024) et ``15-cantal-2023.yaml`` (2023-2025).

Exemple conforme : ``15-cantal-2020.yaml`` (2020-2021) et ``15-cantal-2022.yaml`` (2022-2024).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import TYPE_CHECKING

from pep_cli.check.rules.base import Context, Finding

if TYPE_CHECKING:
    from pep_cli.check.engine import ConventionFile

ID = "overlapping-periods"
LEVEL = "error"
SCOPE = "repository"


def check(
    files: list[ConventionFile], context: Context
) -> Iterator[tuple[ConventionFile, Finding]]:
    by_territory: dict[str, list[ConventionFile]] = defaultdict(list)
    for file in files:
        assert file.model is not None
        by_territory[file.model.territory.code].append(file)
    for group in by_territory.values():
        group.sort(key=lambda f: f.display)
        for i, first in enumerate(group):
            for second in group[i + 1 :]:
                a, b = first.model.period, second.model.period  # type: ignore[union-attr]
                if a.start <= b.end and b.start <= a.end:
                    for here, there, other in ((first, second, b), (second, first, a)):
                        yield (
                            here,
                            Finding(
                                ("period",),
                                f"période chevauchant celle de {there.display} "
                                f"({other.start}-{other.end}) pour le même territoire",
                            ),
                        )
