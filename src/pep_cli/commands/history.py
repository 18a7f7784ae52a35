"""``pep history``: the versions of a convention, from git, newest first."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pep_cli.errors import ExitCode, UsageError

if TYPE_CHECKING:
    from pep_cli.history.versions import HistoryEntry

FORMATS = ("text", "json")


def entry_dict(entry: HistoryEntry) -> dict[str, Any]:
    from pep_cli.history.diff import amendment_dict

    return {
        "commit": entry.commit,
        "short": entry.short,
        "date": entry.date,
        "author": entry.author,
        "path": entry.path,
        "version": entry.version,
        "status": entry.status,
        "amendments_added": [amendment_dict(a) for a in entry.amendments_added],
        "problem": entry.problem,
    }


def run_history(*, reference: str, output_format: str, root: Path | None) -> int:
    from pep_cli.data.repository import DataRepository
    from pep_cli.history.versions import history

    if output_format not in FORMATS:
        raise UsageError(f"format « {output_format} » inconnu ; formats : {', '.join(FORMATS)}")
    repo = DataRepository.discover(root)
    entries = history(repo, reference)
    if output_format == "json":
        json.dump([entry_dict(e) for e in entries], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return int(ExitCode.OK)

    from pep_cli.commands.console import rich_console
    from pep_cli.commands.diff import markup as escape
    from pep_cli.french import date, plural
    from pep_cli.history.diff_phrases import STATUS_NAMES

    console = rich_console(sys.stdout, soft_wrap=True)
    console.print(
        f"[bold]{escape(entries[0].path)}[/bold] : {plural(len(entries), 'commit')}, "
        "du plus récent au plus ancien"
    )
    rows = [
        (
            entry.short,
            date(dt.date.fromisoformat(entry.date[:10])),
            entry.author,
            "version ?" if entry.version is None else f"version {entry.version}",
            STATUS_NAMES.get(entry.status or "", ""),
        )
        for entry in entries
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    indent = " " * (widths[0] + 2)
    for entry, row in zip(entries, rows, strict=True):
        cells = [cell.ljust(width) for cell, width in zip(row[:4], widths, strict=True)]
        console.print(escape("  ".join([*cells, row[4]]).rstrip()))
        for amendment in entry.amendments_added:
            console.print(
                f"{indent}[green]avenant n° {amendment.version - 1}[/green] "
                f"(version {amendment.version}, "
                f"signé le {date(amendment.signed_on)}) : {escape(amendment.summary)}"
            )
        if entry.path != entries[0].path:
            console.print(f"{indent}[dim]fichier : {escape(entry.path)}[/dim]")
        if entry.problem:
            console.print(f"{indent}[red]version illisible : {escape(entry.problem)}[/red]")
    return int(ExitCode.OK)
