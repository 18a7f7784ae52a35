"""A data repository's configuration: rule levels and which files are conventions.

Read from ``pep.toml`` at the data repository's root (top-level keys), or else
from the ``[tool.pep]`` table of its ``pyproject.toml``. When both exist,
``pep.toml`` wins and ``pyproject.toml`` is not read at all (like ruff with
``ruff.toml``): one file decides, no merging to puzzle over.

    include = ["data/departments/**/*.yaml"]
    exclude = ["data/departments/brouillons/**"]

    [rules]
    file-name = "off"
    report-deadline = "error"

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
# Rules a data repository cannot lower: without them a broken file would pass.
ALWAYS_ERRORS = ("syntax", "schema")


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
        """Whether the file at ``relative`` (POSIX, from the repository root) is a convention.

        Patterns are gitignore's (``*`` within a folder, ``**`` across folders, a folder
        matches all it holds), matched in linear time whatever the pattern.
        """
        if self.include and not _spec(self.include).match_file(relative):
            return False
        return not (self.exclude and _spec(self.exclude).match_file(relative))


def load_config(
    root: Path | None, config_file: Path | None = None, *, shown: str | None = None
) -> Config:
    """The configuration of the data repository at ``root`` (defaults when it has none).

    ``config_file`` (``--config``) is read instead of the repository's own file: a
    ``pyproject.toml`` by its ``[tool.pep]`` table, any other file by its top-level keys.
    ``shown`` names ``root`` in messages and in :attr:`Config.source` (``origin/main:``
    for a copy of a git revision: the file is named as git names it).
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
        source = Path(shown + PEP_TOML) if shown is not None else pep_toml
        return parse_config(_parse_toml(text, source), source, text, table="")
    pyproject = root / PYPROJECT
    if pyproject.is_file():
        text = _read(pyproject)
        source = Path(shown + PYPROJECT) if shown is not None else pyproject
        tool = _parse_toml(text, source).get("tool", {})
        section = tool.get("pep") if isinstance(tool, dict) else None
        if section is not None:
            return parse_config(section, source, text, table="tool.pep")
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
        if rule in ALWAYS_ERRORS and level != "error":
            raise where.error(
                rule,
                f"la règle « {rule} » ne peut pas être abaissée ni désactivée : un fichier "
                "illisible ou hors du schéma ne peut pas passer pour conforme",
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
        fault = _check_glob(clean)
        if fault is not None:
            raise where.error(
                name, f"motif « {pattern} » invalide dans « {name} » : {fault}", needle=pattern
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

    def error(self, key: str | None, message: str, *, needle: str | None = None) -> UsageError:
        found = _position_of(self.text, key) if key else None
        if needle is not None:  # the place of a list item (an array may span lines)
            hits = [
                (number, text.index(needle) + 1)
                for number, text in enumerate(self.text.split("\n"), 1)
                if needle in text
            ]
            found = next((h for h in hits if found is None or h[0] >= found[0]), found)
        position = f"{self.source}:{found[0]}:{found[1]}" if found else str(self.source)
        return UsageError(f"configuration {position} : {message}")


def _position_of(text: str, key: str) -> tuple[int, int] | None:
    """Line and column (from 1) of the first assignment of ``key`` (tomllib keeps no
    positions: best effort)."""
    pattern = re.compile(rf"^(\s*)(?:\"{re.escape(key)}\"|'{re.escape(key)}'|{re.escape(key)})\s*=")
    for number, line in enumerate(text.splitlines(), start=1):
        match = pattern.match(line)
        if match:
            return number, len(match.group(1)) + 1
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


_SPECS: dict[tuple[str, ...], Any] = {}


def _spec(patterns: tuple[str, ...]) -> Any:
    """The gitignore-style matcher of ``patterns`` (pathspec), matching in linear time (RE2).

    Python's ``re`` backtracks: ``**a**a**a…b`` against a long name would never end.
    """
    spec = _SPECS.get(patterns)
    if spec is None:
        import pathspec

        spec = _SPECS[patterns] = pathspec.PathSpec.from_lines("gitignore", patterns, backend="re2")
    return spec


def _check_glob(pattern: str) -> str | None:
    """Why ``pattern`` is not a valid glob, in French; None when it is."""
    import pathspec

    try:
        pathspec.PathSpec.from_lines("gitignore", [pattern], backend="re2")
    except re.error as exc:
        detail = str(exc.msg)
        if detail.startswith("bad character range"):
            return f"classe de caractères invalide ({detail.removeprefix('bad character range ')})"
        return "motif invalide"
    except Exception:  # pathspec's own refusals (GitWildMatchPatternError, ValueError)
        return "motif invalide"
    return None
