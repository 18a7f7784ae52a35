"""``pep rules`` and ``pep explain``: the rules, at the level in force in the repository."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from types import ModuleType

from pep_cli.errors import ExitCode, UsageError

_SCOPES = {"document": "lecture", "convention": "fichier", "repository": "tout le dépôt"}
LEVEL_NAMES = {"error": "erreur", "warning": "avertissement", "off": "désactivée"}
# reST literals (``x``) as docstrings write them; a terminal shows the bare text.
_LITERAL = re.compile(r"``(.+?)``", re.DOTALL)


def plain(text: str) -> str:
    """A docstring for the terminal: ``code`` shown without its backticks."""
    return _LITERAL.sub(r"\1", text)


def levels_in_force(
    root: Path | None, config_file: Path | None
) -> tuple[dict[str, str], str | None]:
    """Each rule's level in the data repository found (defaults without one), and the
    configuration file that set them."""
    from pep_cli.check.rules import RULES, suggest
    from pep_cli.data.repository import DataRepository

    repo = DataRepository.discover(root, required=False, config_file=config_file)
    config = repo.config
    config.check_rule_names(RULES, suggest)
    levels = {rule: config.levels.get(rule, module.LEVEL) for rule, module in RULES.items()}
    return levels, str(config.source) if config.levels and config.source else None


def run_rules(
    *, output_format: str, root: Path | None = None, config_file: Path | None = None
) -> int:
    from pep_cli import rule_url
    from pep_cli.check.rules import RULES, summary

    if output_format not in ("text", "json"):
        raise UsageError(f"format « {output_format} » inconnu ; formats : text, json")
    levels, source = levels_in_force(root, config_file)
    if output_format == "json":
        data = [
            {
                "rule": m.ID,
                "level": levels[m.ID],
                "default_level": m.LEVEL,
                "scope": m.SCOPE,
                "summary": plain(summary(m)),
                "url": rule_url(m.ID),
            }
            for m in RULES.values()
        ]
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return int(ExitCode.OK)

    from rich.table import Table
    from rich.text import Text

    from pep_cli.commands.console import rich_console

    table = Table(box=None, pad_edge=False)
    table.add_column("règle", style="bold", no_wrap=True)
    table.add_column("niveau", no_wrap=True)
    table.add_column("portée")
    table.add_column("ce qu'elle vérifie")
    for module in RULES.values():
        level = LEVEL_NAMES[levels[module.ID]]
        if levels[module.ID] != module.LEVEL:
            level += f" (défaut : {LEVEL_NAMES[module.LEVEL]})"
        # Text cells: a summary's "[...]" is text, not rich markup.
        table.add_row(
            Text(module.ID), Text(level), Text(_SCOPES[module.SCOPE]), Text(plain(summary(module)))
        )
    console = rich_console(sys.stdout)
    console.print(table)
    if source:
        console.print(Text(f"Niveaux en vigueur d'après {source}."))
    console.print(Text("Détail d'une règle : pep explain NOM-DE-LA-RÈGLE"))
    return int(ExitCode.OK)


def run_explain(rule: str, *, root: Path | None = None, config_file: Path | None = None) -> int:
    from pep_cli import rule_url
    from pep_cli.check.rules import RULES, suggest

    module: ModuleType | None = RULES.get(rule)
    if module is None:
        close = suggest(rule)
        hint = f" ; vouliez-vous dire « {close} » ?" if close else " ; voir « pep rules »"
        raise UsageError(f"règle « {rule} » inconnue{hint}")
    levels, source = levels_in_force(root, config_file)
    level = levels[module.ID]
    where = f"niveau : {LEVEL_NAMES[level]}"
    if level != module.LEVEL:
        where += f" (d'après {source} ; par défaut : {LEVEL_NAMES[module.LEVEL]})"
    doc = plain((module.__doc__ or "").strip())
    sys.stdout.write(
        f"{module.ID} — {where}, portée : {_SCOPES[module.SCOPE]}\n\n"
        f"{doc}\n\n"
        f"Documentation : {rule_url(module.ID)}\n"
    )
    return int(ExitCode.OK)
