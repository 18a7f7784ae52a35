"""``pep config``: the settings in force, and where each one comes from."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pep_cli.errors import ExitCode, UsageError

LEVEL_NAMES = {"error": "erreur", "warning": "avertissement", "off": "désactivée"}


def effective_settings(root: Path | None, config_file: Path | None) -> dict[str, Any]:
    """Everything ``pep validate`` would use here, each with its origin."""
    from pep_cli.check.rules import RULES, suggest
    from pep_cli.data.repository import CONVENTIONS_DIR, DataRepository

    repo = DataRepository.discover(root, required=False, config_file=config_file)
    config = repo.config
    config.check_rule_names(RULES, suggest)
    source = str(config.source) if config.source is not None else None
    if root is not None:
        found = "--root"
    elif repo.root is not None:
        found = "recherché depuis le dossier courant"
    else:
        found = None
    default_include = [
        f"{CONVENTIONS_DIR.as_posix()}/**/*.yaml",
        f"{CONVENTIONS_DIR.as_posix()}/**/*.yml",
    ]
    return {
        "root": {"value": str(repo.root) if repo.root else None, "from": found},
        "config": {
            "value": source,
            "from": "--config" if config_file is not None else ("dépôt" if source else None),
        },
        "include": {
            "value": list(config.include) or default_include,
            "from": source if config.include else "défaut",
        },
        "exclude": {"value": list(config.exclude), "from": source if config.exclude else "défaut"},
        "gitignore": True,
        "catalogue": str(repo.data_file("catalogue.yaml")),
        "territories": str(repo.data_file("territories.yaml")),
        "rules": [
            {
                "rule": rule,
                "level": config.levels.get(rule, module.LEVEL),
                "default": module.LEVEL,
                "from": source if rule in config.levels else "défaut",
            }
            for rule, module in RULES.items()
        ],
    }


def run_config(*, output_format: str, config_file: Path | None, root: Path | None) -> int:
    if output_format not in ("text", "json"):
        raise UsageError(f"format « {output_format} » inconnu ; formats : text, json")
    settings = effective_settings(root, config_file)
    if output_format == "json":
        json.dump(settings, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return int(ExitCode.OK)
    out = sys.stdout
    root_value = settings["root"]
    if root_value["value"]:
        out.write(f"Dépôt de données : {root_value['value']} ({root_value['from']})\n")
    else:
        out.write("Dépôt de données : aucun trouvé depuis le dossier courant\n")
    config = settings["config"]
    if config["value"]:
        out.write(f"Configuration : {config['value']} ({config['from']})\n")
    else:
        out.write("Configuration : aucune (ni pep.toml ni [tool.pep] de pyproject.toml)\n")
    for key, label in (("include", "Conventions (include)"), ("exclude", "Exclues (exclude)")):
        value = settings[key]
        patterns = ", ".join(value["value"]) or "aucune"
        out.write(f"{label} : {patterns} ({value['from']})\n")
    out.write("Fichiers ignorés par git (.gitignore) : jamais lus en parcourant un dossier\n")
    out.write(f"Catalogue : {settings['catalogue']}\n")
    out.write(f"Territoires : {settings['territories']}\n")
    out.write("Règles :\n")
    width = max(len(rule["rule"]) for rule in settings["rules"])
    for rule in settings["rules"]:
        level = LEVEL_NAMES[rule["level"]]
        origin = rule["from"]
        out.write(f"  {rule['rule']:<{width}}  {level:<13}  {origin}\n")
    return int(ExitCode.OK)
