"""``pep schema``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pep_cli.errors import ExitCode


def run_schema(*, edition: str | None, output: Path | None, root: Path | None) -> int:
    from pep_cli.authoring.schema_export import convention_schema
    from pep_cli.data.repository import DataRepository

    repo = DataRepository.discover(root, required=False)
    if edition is not None:
        repo.edition(edition)  # a French message for an unknown edition
    text = (
        json.dumps(convention_schema(repo.catalogue, edition), ensure_ascii=False, indent=2) + "\n"
    )
    if output is None:
        sys.stdout.write(text)
        return int(ExitCode.OK)
    from pep_cli.fileio import atomic_write

    atomic_write(output, text)
    what = f"de l'édition {edition}" if edition else "de toutes les éditions"
    sys.stdout.write(f"Schéma JSON des conventions {what} écrit dans {output}\n")
    return int(ExitCode.OK)
