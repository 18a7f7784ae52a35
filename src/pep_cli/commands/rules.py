"""``pep rules`` and ``pep explain``."""

from __future__ import annotations

import json
import sys

from pep_cli.errors import ExitCode, UsageError

_SCOPES = {"document": "lecture", "convention": "fichier", "repository": "tout le dépôt"}


def run_rules(*, output_format: str) -> int:
    from pep_cli.check.rules import RULES, summary

    if output_format == "json":
        data = [
            {"rule": m.ID, "level": m.LEVEL, "scope": m.SCOPE, "summary": summary(m)}
            for m in RULES.values()
        ]
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return int(ExitCode.OK)
    if output_format != "text":
        raise UsageError(f"format « {output_format} » inconnu ; formats : text, json")

    from rich.table import Table

    from pep_cli.commands.console import rich_console

    table = Table(box=None, pad_edge=False)
    table.add_column("règle", style="bold")
    table.add_column("niveau")
    table.add_column("portée")
    table.add_column("ce qu'elle vérifie")
    levels = {"error": "erreur", "warning": "avertissement"}
    for module in RULES.values():
        table.add_row(module.ID, levels[module.LEVEL], _SCOPES[module.SCOPE], summary(module))
    console = rich_console(sys.stdout)
    console.print(table)
    console.print("Détail d'une règle : pep explain NOM-DE-LA-RÈGLE")
    return int(ExitCode.OK)


def run_explain(rule: str) -> int:
    from pep_cli.check.rules import RULES, suggest

    module = RULES.get(rule)
    if module is None:
        close = suggest(rule)
        hint = f" ; vouliez-vous dire « {close} » ?" if close else " ; voir « pep rules »"
        raise UsageError(f"règle « {rule} » inconnue{hint}")
    levels = {"error": "erreur", "warning": "avertissement"}
    doc = (module.__doc__ or "").strip()
    sys.stdout.write(
        f"{module.ID} (niveau par défaut : {levels[module.LEVEL]}, "
        f"portée : {_SCOPES[module.SCOPE]})\n\n"
        f"{doc}\n"
    )
    return int(ExitCode.OK)
