"""``pep catalogue``: the objectives of an edition."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pep_cli.errors import ExitCode, UsageError


def run_catalogue(*, edition: str | None, output_format: str, root: Path | None) -> int:
    from pep_cli.data.repository import DataRepository

    if output_format not in ("text", "json"):
        raise UsageError(f"format « {output_format} » inconnu ; formats : text, json")
    repo = DataRepository.discover(root, required=False)
    name = edition or max(repo.catalogue.editions)
    chosen = repo.edition(name)
    required = set(chosen.required)
    if output_format == "json":
        data = {
            "edition": name,
            "label": chosen.label,
            "reference": chosen.reference,
            "required": chosen.required,
            "min_optional": chosen.min_optional,
            "funding_sources": chosen.funding_sources,
            "objectives": [
                # Plain JSON values, from the pydantic model or its light twin alike.
                {
                    **{n: getattr(o, n) for n in type(o).model_fields},
                    "required": o.number in required,
                }
                for o in chosen.objectives
            ],
        }
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return int(ExitCode.OK)

    from rich.table import Table

    from pep_cli.commands.console import rich_console

    console = rich_console(sys.stdout)
    console.print(f"[bold]Édition {name}[/bold] — {chosen.label}")
    console.print(chosen.reference)
    table = Table(show_lines=False, box=None, pad_edge=False)
    table.add_column("n°", justify="right")
    table.add_column("oblig.", justify="center")
    table.add_column("engagement")
    table.add_column("intitulé")
    for objective in sorted(chosen.objectives, key=lambda o: o.number):
        mark = "●" if objective.number in required else ""
        engagement = "transverse" if objective.engagement == "transverse" else objective.engagement
        title = objective.title + (" [dim](PMI)[/dim]" if objective.pmi else "")
        table.add_row(str(objective.number), mark, engagement, title)
    console.print(table)
    optional = f"au moins {chosen.min_optional}" if chosen.min_optional else "pas de minimum"
    console.print(
        f"● obligatoire ({len(required)}) ; objectifs facultatifs distincts à choisir : {optional}."
    )
    return int(ExitCode.OK)
