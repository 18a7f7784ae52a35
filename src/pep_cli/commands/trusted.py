"""``--config-from RÉV``: what decides how conventions are checked comes from a trusted revision.

In CI, a pull request's copy holds the conventions to check, but also ``pep.toml`` (or
``[tool.pep]`` of ``pyproject.toml``), ``data/catalogue.yaml``, ``data/territories.yaml``
and ``templates/``: with ``--config-from origin/main`` those are read from the target
branch instead, so that a pull request cannot lower a rule, exclude its files, drop a
required objective or change a template and be checked by its own rules. The files are
written out from git into a private temporary folder for the run; every one the working
tree changes is said (a notice), and a file the revision lacks is not read at all: the
revision's state (no ``pep.toml``: the defaults) is what applies.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from pep_cli.errors import UsageError

if TYPE_CHECKING:
    from pep_cli.data.repository import DataRepository
    from pep_cli.history.git import Change

OPTION = "--config-from"


@contextmanager
def config_from(repo: DataRepository, revision: str | None) -> Iterator[list[str]]:
    """Within the block, ``repo`` reads its trusted files from ``revision``; yields the
    notices (one French sentence per file the working tree changes). Nothing without a
    revision."""
    if revision is None:
        yield []
        return
    if repo.config_file is not None:
        raise UsageError(
            f"--config et {OPTION} s'excluent : la configuration vient soit d'un fichier, "
            "soit de la révision de confiance"
        )
    if repo.root is None:
        raise UsageError(
            f"{OPTION} : aucun dépôt de données trouvé : placez-vous dans le dépôt de données "
            "(un dépôt git), ou indiquez --root DOSSIER"
        )
    import tempfile

    from pep_cli.data.repository import TrustedCopy
    from pep_cli.history.git import trusted_files

    trusted = trusted_files(repo.root, revision, OPTION)
    with tempfile.TemporaryDirectory(prefix="pep-config-from-") as scratch:
        folder = Path(scratch)
        trusted.export(folder)
        repo.trusted = TrustedCopy(folder, revision)
        yield notices(trusted.changes, revision)


def notices(changes: list[Change], revision: str) -> list[str]:
    """What the working tree changes in the trusted files, and what applies instead."""
    lines = []
    for change in sorted(changes, key=lambda c: c.new_path or c.old_path or ""):
        path = change.new_path or change.old_path
        if change.status == "added":
            lines.append(
                f"{path} : absent de {revision} ; ignoré, l'état de {revision} "
                f"s'applique ({OPTION})"
            )
        elif change.status == "removed":
            lines.append(
                f"{path} : supprimé par rapport à {revision} ; la version de {revision} "
                f"s'applique ({OPTION})"
            )
        else:
            if change.old_path is not None and change.old_path != path:
                path = f"{change.old_path} → {path}"
            lines.append(
                f"{path} : modifié par rapport à {revision} ; la version de {revision} "
                f"s'applique ({OPTION})"
            )
    return lines


def say(notices: list[str]) -> None:
    """The notices on standard error, one line each."""
    for line in notices:
        sys.stderr.write(f"pep : {line}\n")
