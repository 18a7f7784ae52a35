"""``pep new``: the skeleton of a new convention, never over an existing file."""

from __future__ import annotations

import sys
from pathlib import Path

from pep_cli.errors import DataError, ExitCode, UsageError


def _year(option: str, text: str) -> int:
    if not (text.strip().isascii() and text.strip().isdigit() and 1900 <= int(text) <= 2200):
        raise UsageError(f"{option} : « {text} » n'est pas une année (ex. 2022)")
    return int(text)


def run_new(
    *,
    code: str,
    edition_name: str | None,
    start: str | None,
    end: str | None,
    root: Path | None,
) -> int:
    from pep_cli.authoring.scaffold import (
        HUMAN_INPUT_RULES,
        Skeleton,
        find_territory,
        render_skeleton,
        territory_suggestion,
    )
    from pep_cli.check.files import display_path
    from pep_cli.check.rules.file_name import expected_name
    from pep_cli.data.repository import CONVENTIONS_DIR, DataRepository
    from pep_cli.fileio import atomic_write

    repo = DataRepository.discover(root)
    assert repo.root is not None
    entry = find_territory(repo.territories, code)
    if entry is None:
        hint = territory_suggestion(repo.territories, code)
        raise UsageError(
            f"territoire « {code} » inconnu de data/territories.yaml"
            + (f" ; vouliez-vous dire {hint} ?" if hint else "")
        )
    name = edition_name or max(repo.catalogue.editions)
    edition = repo.edition(name)
    first = edition.period.start if start is None else _year("--start", start)
    last = (
        first + (edition.period.end - edition.period.start) if end is None else _year("--end", end)
    )
    if last < first:
        raise UsageError(f"--end {last} avant --start {first}")

    target = repo.root / CONVENTIONS_DIR / expected_name(entry.code, entry.name, first)
    shown = display_path(target)
    if target.exists():
        raise DataError(
            f"{shown} existe déjà : pep new n'écrase jamais une convention ; "
            "modifiez-la, ou choisissez une autre année de début (--start)"
        )
    text = render_skeleton(Skeleton(entry, name, edition, first, last))
    atomic_write(target, text)
    print(f"Convention créée : {shown} ({entry.name}, édition {name}, {first}-{last})")
    rules = " et ".join(
        rule for rule in HUMAN_INPUT_RULES if rule != "min-optional" or edition.min_optional
    )
    print(
        f"À compléter : indicateurs, cibles, financements, signataires. "
        f"« pep validate {shown} » signale ce qui manque ({rules})."
    )
    sys.stdout.flush()
    return int(ExitCode.OK)
