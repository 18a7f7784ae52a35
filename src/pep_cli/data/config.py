"""A data repository's configuration: rule levels and which files are conventions.

Read from ``pep.toml`` at the data repository's root (top-level keys), or else
from the ``[tool.pep]`` table of its ``pyproject.toml``. When both exist,
``pep.toml`` wins and ``pyproject.toml`` is not read at all (like ruff with
``ruff.toml``): one file decides, no merging to puzzle over.

    include = ["data/departments/**/*.yaml"]
    exclude = ["data/departments/brouillons/**"]

    [rules]
    file-name = "off"
    missing-results = "error"

Every fault (bad TOML, unknown key, unknown rule, bad level, bad glob) is a
:class:`UsageError` in French: exit 2, since nothing can be trusted after it.
Rule names are checked by the engine that knows the rules
(:meth:`Config.check_rule_names`): this package reads, it knows no rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from pep_cli.errors import UsageError

PEP_TOML = "pep.toml"
PYPROJECT = "pyproject.toml"
KEYS = ("rules", "include", "exclude")
LEVELS: tuple[str, ...] = ("error", "warning", "off")


@dataclass(frozen=True)
class Config:
    """Rule levels and file selection; the default selects everything at default levels."""

    levels: Mapping[str, str] = field(default_factory=dict)
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    source: Path | None = None
    where: _Where | None = field(default=None, repr=False, compare=False)

    def check_rule_names(
        self, known: Collection[str], suggest: Callable[[str], str | None]
    ) -> None:
        """A usage error, positioned in the file, for the first level given to an unknown rule."""
        for rule in self.levels:
            if rule not in known:
                assert self.where is not None
                close = suggest(rule)
                hint = f" ; vouliez-vous dire « {close} » ?" if close else " ; voir « pep rules »"
                table = self.where.name("rules")
                raise self.where.error(rule, f"règle « {rule} » inconnue dans [{table}]{hint}")

    def selects(self, relative: str) -> bool:
        """Whether the file at ``relative`` (POSIX, from the repository root) is a convention."""
        if self.include and not any(_glob(p).fullmatch(relative) for p in self.include):
            return False
        return not any(_glob(p).fullmatch(relative) for p in self.exclude)


def load_config(root: Path | None, config_file: Path | None = None) -> Config:
    """The configuration of the data repository at ``root`` (defaults when it has none).

    ``config_file`` (``--config``) is read instead of the repository's own file: a
    ``pyproject.toml`` by its ``[tool.pep]`` table, any other file by its top-level keys.
    """
    if config_file is not None:
        if not config_file.is_file():
            raise UsageError(f"--config : le fichier « {config_file} » n'existe pas")
        text = _read(config_file)
        data = _parse_toml(text, config_file)
        if config_file.name == PYPROJECT:
            tool = data.get("tool", {})
            section = tool.get("pep") if isinstance(tool, dict) else None
            if section is None:
                return Config(source=config_file)
            return parse_config(section, config_file, text, table="tool.pep")
        return parse_config(data, config_file, text, table="")
    if root is None:
        return Config()
    pep_toml = root / PEP_TOML
    if pep_toml.is_file():
        text = _read(pep_toml)
        return parse_config(_parse_toml(text, pep_toml), pep_toml, text, table="")
    pyproject = root / PYPROJECT
    if pyproject.is_file():
        text = _read(pyproject)
        tool = _parse_toml(text, pyproject).get("tool", {})
        section = tool.get("pep") if isinstance(tool, dict) else None
        if section is not None:
            return parse_config(section, pyproject, text, table="tool.pep")
    return Config()


def parse_config(data: Any, source: Path, text: str = "", *, table: str = "") -> Config:
    """Check and turn one configuration table into a :class:`Config`."""
    where = _Where(source, text, table)
    if not isinstance(data, dict):
        raise where.error(None, f"[{table}] doit être une table")
    for key in data:
        if key not in KEYS:
            close = _closest(key, KEYS)
            hint = (
                f" ; vouliez-vous dire « {close} » ?"
                if close
                else f" ; clés admises : {', '.join(KEYS)}"
            )
            raise where.error(key, f"clé « {key} » inconnue{hint}")

    rules = data.get("rules", {})
    if not isinstance(rules, dict):
        raise where.error(
            "rules", f"[{where.name('rules')}] doit être une table « règle = niveau »"
        )
    levels: dict[str, str] = {}
    for rule, level in rules.items():
        if level not in LEVELS:
            raise where.error(
                rule,
                f"niveau « {level} » invalide pour la règle « {rule} » ; "
                f"niveaux : {', '.join(LEVELS)}",
            )
        levels[rule] = level

    globs = {name: _globs(data.get(name, []), name, where) for name in ("include", "exclude")}
    return Config(
        levels=levels,
        include=globs["include"],
        exclude=globs["exclude"],
        source=source,
        where=where,
    )


def _globs(value: Any, name: str, where: _Where) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise where.error(name, f"« {name} » doit être une liste de motifs entre guillemets")
    patterns = []
    for pattern in value:
        clean = pattern.removeprefix("./")
        if not clean or clean.startswith("/") or ".." in PurePosixPath(clean).parts:
            raise where.error(
                name,
                f"motif « {pattern} » invalide dans « {name} » : chemin relatif à la racine "
                "du dépôt de données attendu (ex. data/departments/**/*.yaml)",
            )
        patterns.append(clean)
    return tuple(patterns)


@dataclass(frozen=True)
class _Where:
    """Where a configuration fault is, to name file and line in the message."""

    source: Path
    text: str
    table: str

    def name(self, key: str) -> str:
        return f"{self.table}.{key}" if self.table else key

    def error(self, key: str | None, message: str) -> UsageError:
        line = _line_of(self.text, key) if key else None
        position = f"{self.source}:{line}" if line else str(self.source)
        return UsageError(f"configuration {position} : {message}")


def _line_of(text: str, key: str) -> int | None:
    """The first line that assigns ``key`` (tomllib keeps no positions: best effort)."""
    pattern = re.compile(rf"^\s*(?:\"{re.escape(key)}\"|'{re.escape(key)}'|{re.escape(key)})\s*=")
    for number, line in enumerate(text.splitlines(), start=1):
        if pattern.match(line):
            return number
    return None


def _closest(name: str, choices: tuple[str, ...]) -> str | None:
    import difflib

    close = difflib.get_close_matches(name, choices, n=1, cutoff=0.5)
    return close[0] if close else None


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"configuration {path} : lecture impossible ({exc})") from None


# tomllib's messages, in French; the position "(at line L, column C)" is kept apart.
_TOML_MESSAGES = {
    "Expected '=' after a key in a key/value pair": "« = » attendu après la clé",
    "Invalid value": "valeur invalide",
    "Invalid statement": "instruction invalide",
    "Cannot declare": "table déclarée deux fois",
    "Cannot overwrite a value": "clé définie deux fois",
    "Unclosed array": "liste non fermée (« ] » manquant)",
    "Unterminated string": "chaîne non terminée (guillemet manquant)",
    "Illegal character": "caractère interdit",
    "Expected newline or end of document after a statement": (
        "fin de ligne attendue après la valeur"
    ),
    "Invalid initial character for a key part": "caractère interdit au début d'une clé",
}
_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")


def _parse_toml(text: str, path: Path) -> dict[str, Any]:
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        detail = str(exc)
        position = _TOML_POSITION.search(detail)
        where = f"{path}:{position[1]}:{position[2]}" if position else str(path)
        detail = _TOML_POSITION.sub("", detail)
        french = next((fr for en, fr in _TOML_MESSAGES.items() if detail.startswith(en)), detail)
        raise UsageError(f"configuration {where} : TOML invalide : {french}") from None


_GLOB_CACHE: dict[str, re.Pattern[str]] = {}


def _glob(pattern: str) -> re.Pattern[str]:
    """A glob as a regex: ``*`` and ``?`` stay within a folder, ``**`` crosses folders."""
    compiled = _GLOB_CACHE.get(pattern)
    if compiled is not None:
        return compiled
    out = ""
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out += "(?:.*/)?"
            i += 3
        elif pattern.startswith("**", i):
            out += ".*"
            i += 2
        elif pattern[i] == "*":
            out += "[^/]*"
            i += 1
        elif pattern[i] == "?":
            out += "[^/]"
            i += 1
        elif pattern[i] == "[" and "]" in pattern[i + 2 :]:
            end = pattern.index("]", i + 2)
            body = pattern[i + 1 : end]
            out += (
                "[" + ("^" + body[1:] if body.startswith("!") else body).replace("\\", "\\\\") + "]"
            )
            i = end + 1
        else:
            out += re.escape(pattern[i])
            i += 1
    compiled = _GLOB_CACHE[pattern] = re.compile(out)
    return compiled
