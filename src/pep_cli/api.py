"""pep's Python API: what a script, the editor server or the site generator calls.

Everything here is stable: names in ``__all__`` keep their signatures across minor
versions. Paths are :class:`pathlib.Path` or strings; a ``root`` of ``None`` finds the
data repository from the current folder, as the ``pep`` command does.

    >>> from pep_cli import api
    >>> report = api.validate("chemin/du/depot")
    >>> [(p.path, p.line, p.rule, p.message) for p in report.problems]

Bad input never raises: it is in the report. Usage errors (no data repository, unknown
convention, unknown rule in ``levels``) raise :class:`pep_cli.errors.UsageError`.

May import every core package (``data``, ``check``, ``history``, ``authoring``,
``render``); never the command line, typer or rich.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from pep_cli.errors import UsageError

if TYPE_CHECKING:
    from pep_cli.cache import Cache
    from pep_cli.check.engine import Report
    from pep_cli.check.problem import Problem
    from pep_cli.data.repository import DataRepository

__all__ = [
    "Problem",
    "Report",
    "UsageError",
    "find_convention",
    "load_repository",
    "render",
    "validate",
]

PathLike = str | Path


def load_repository(root: PathLike | None = None) -> DataRepository:
    """The data repository at ``root`` (default: found from the current folder)."""
    from pep_cli.data.repository import DataRepository

    return DataRepository.discover(Path(root) if root is not None else None)


def validate(
    root: PathLike | DataRepository | None = None,
    paths: Iterable[PathLike] = (),
    *,
    today: dt.date | None = None,
    levels: Mapping[str, str] | None = None,
    overrides: Mapping[PathLike, str | bytes] | None = None,
    keep_models: bool = False,
    cache: Cache | None = None,
) -> Report:
    """Validate the conventions named by ``paths`` (default: every convention of the repository).

    ``levels`` sets rules to ``"error"``, ``"warning"`` or ``"off"`` over the repository's
    configuration. ``overrides`` gives the content of files in place of the
    disk's (an editor's buffer): every rule sees it, cross-file rules included, and a path
    that does not exist yet on disk is validated from it. ``keep_models`` keeps each file's
    model in the report, for a caller that reads them next (each file is then read once).
    ``cache`` keeps what was found in each file (:class:`pep_cli.cache.Cache` on disk, or
    :class:`~pep_cli.cache.MemoryCache` in a long-running process); the report is the same.
    """
    from pep_cli.check.engine import Options
    from pep_cli.check.engine import validate as run
    from pep_cli.check.rules import RULES

    repo = root if _is_repository(root) else load_repository(root)  # type: ignore[arg-type]
    for rule, level in (levels or {}).items():
        if rule not in RULES:
            raise UsageError(f"règle « {rule} » inconnue ; voir « pep rules »")
        if level not in ("error", "warning", "off"):
            raise UsageError(f"niveau « {level} » invalide pour la règle « {rule} »")
    contents = {
        Path(path).resolve(): text.encode("utf-8") if isinstance(text, str) else text
        for path, text in (overrides or {}).items()
    }
    options = Options(
        today=today or dt.date.today(),
        levels=dict(levels or {}),
        overrides=contents,
        cache=cache,
    )
    return run(repo, [Path(p) for p in paths], options, keep_models=keep_models)  # type: ignore[arg-type]


def find_convention(reference: str, root: PathLike | None = None) -> Path:
    """The convention file named by ``reference``: a path, or a territory code (``"15"``,
    ``"2A"``, ``"69M"``), found by the ``territory.code`` written in the files (the latest
    period when a territory has several)."""
    return load_repository(root).resolve_convention(reference)


def render(
    reference: PathLike,
    fmt: str = "md",
    *,
    root: PathLike | None = None,
    draft: bool = False,
    today: dt.date | None = None,
) -> str | bytes:
    """One convention as a document: ``"md"`` or ``"tex"`` (text) or ``"pdf"`` (bytes).

    A convention with errors is refused (:class:`UsageError` listing them) unless ``draft``.
    """
    from pep_cli.render import render_conventions

    repo = load_repository(root)
    path = repo.resolve_convention(str(reference))
    _, outcomes = render_conventions(repo, [path], fmt=fmt, draft=draft, today=today)
    for outcome in outcomes:
        if outcome.content is None:
            details = "; ".join(f"{p.line}:{p.column} {p.message}" for p in outcome.errors)
            raise UsageError(
                f"{outcome.file.display} : document non produit"
                + (f" ({details})" if details else "")
            )
        return outcome.content
    raise UsageError(f"{path} : aucune convention à rendre")


def _is_repository(value: object) -> bool:
    from pep_cli.data.repository import DataRepository

    return isinstance(value, DataRepository)
