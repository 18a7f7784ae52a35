"""``pep history``: the versions of a convention, from git, newest first."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pep_cli.errors import ExitCode, UsageError

if TYPE_CHECKING:
    from pep_cli.versions import HistoryEntry

FORMATS = ("text", "json")


def entry_dict(entry: HistoryEntry) -> dict[str, Any]:
    return {
        "commit": entry.commit,
        "short": entry.short,
        "date": entry.date,
        "author": entry.author,
        "path": entry.path,
        "version": entry.version,
        "status": entry.status,
        "amendments_added": [
            {"version": a.version, "signed_on": a.signed_on.isoformat(), "summary": a.summary}
            for a in entry.amendments_added
        ],
        "problem": entry.problem,
    }


def run_history(*, reference: str, output_format: str, root: Path | None) -> int:
    from pep_cli.repository import DataRepository
    from pep_cli.versions import history

    if output_format not in FORMATS:
        raise UsageError(f"format « {output_format} » inconnu ; formats : {', '.join(FORMATS)}")
    repo = DataRepository.discover(root)
    entries = history(repo, reference)
    if output_format == "json":
        json.dump([entry_dict(e) for e in entries], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return int(ExitCode.OK)

    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from pep_cli.diff_phrases import STATUS_NAMES
    from pep_cli.french import date

    color = sys.stdout.isatty()
    console = Console(highlight=False, soft_wrap=True, emoji=False, width=None if color else 132)
    console.print(f"[bold]{escape(entries[0].path)}[/bold] : {len(entries)} commit(s), du plus récent au plus ancien")
    table = Table(box=None, pad_edge=False, show_edge=False, padding=(0, 2, 0, 0))
    for column in ("commit", "date", "auteur", "version", "statut", "avenant ajouté"):
        table.add_column(column)
    for entry in entries:
        day = dt.date.fromisoformat(entry.date[:10])
        added = "\n".join(
            f"n° {a.version - 1} (version {a.version}, signé le {date(a.signed_on)}) : {a.summary}"
            for a in entry.amendments_added
        )
        table.add_row(
            entry.short,
            date(day),
            escape(entry.author),
            "—" if entry.version is None else str(entry.version),
            STATUS_NAMES.get(entry.status or "", "—"),
            escape(added) if not entry.problem else f"[red]{escape(entry.problem)}[/red]",
        )
    console.print(table)
    renamed = [e for e in entries if e.path != entries[0].path]
    if renamed:
        console.print(f"[dim]Anciens noms : {', '.join(sorted({escape(e.path) for e in renamed}))}[/dim]")
    return int(ExitCode.OK)
