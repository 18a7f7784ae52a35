"""``pep fmt``: put conventions in the canonical layout (``--check``: say which are not)."""

from __future__ import annotations

import sys
from pathlib import Path

from pep_cli.errors import ExitCode


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count > 1 else ''}"


def run_fmt(*, paths: list[Path], check: bool, root: Path | None) -> int:
    from pep_cli.engine import collect, display_path
    from pep_cli.fileio import atomic_write
    from pep_cli.formatter import FormatError, format_text
    from pep_cli.repository import DataRepository

    repo = DataRepository.discover(root, required=not paths)
    files = collect(paths, repo)
    changed: list[str] = []
    failed = 0
    for path in files:
        shown = display_path(path)
        try:
            raw = path.read_bytes()
        except OSError as exc:
            print(f"{shown}:1:1: lecture impossible : {exc.strerror or exc}", file=sys.stderr)
            failed += 1
            continue
        try:
            formatted = format_text(raw, name=shown).encode("utf-8")
        except FormatError as exc:
            print(
                f"{shown}:{exc.line}:{exc.column}: {exc.message} (fichier laissé tel quel)",
                file=sys.stderr,
            )
            failed += 1
            continue
        if formatted == raw:
            continue
        changed.append(shown)
        if check:
            print(f"à mettre en forme : {shown}")
        else:
            atomic_write(path, formatted)
            print(f"mis en forme : {shown}")

    total = len(files)
    untouched = total - len(changed) - failed
    if check:
        summary = f"{_plural(len(changed), 'fichier')} à mettre en forme, {untouched} déjà en forme"
    else:
        summary = f"{_plural(len(changed), 'fichier')} mis en forme, {untouched} déjà en forme"
    if failed:
        summary += f", {failed} en erreur"
    print(f"Bilan : {summary} (sur {total})")
    if check and changed:
        print("Lancez « pep fmt » pour les mettre en forme.")
    return int(ExitCode.PROBLEMS if failed or (check and changed) else ExitCode.OK)
