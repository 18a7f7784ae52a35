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
    from pep_cli.check.summary import Summary

ID = "overlapping-periods"
LEVEL = "error"
SCOPE = "repository"


def check(conventions: list[Summary], context: Context) -> Iterator[tuple[Summary, Finding]]:
    by_territory: dict[str, list[Summary]] = defaultdict(list)
    for convention in conventions:
        by_territory[convention.territory].append(convention)
    for group in by_territory.values():
        group.sort(key=lambda c: c.display)
        for i, first in enumerate(group):
            for second in group[i + 1 :]:
                if first.start <= second.end and second.start <= first.end:
                    for here, there in ((first, second), (second, first)):
                        yield (
                            here,
                            Finding(
                                ("period",),
                                f"période chevauchant celle de {there.display} "
                                f"({there.start}-{there.end}) pour le même territoire",
                            ),
                        )
