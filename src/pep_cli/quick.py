"""The quick path of the command line: plain ``pep validate``, ``pep fmt``, ``pep import``,
``pep national``, ``pep render``, ``pep report`` and ``pep export`` without typer.

The first two run on every commit (pre-commit hooks) and every CI job; ``pep import`` runs
each time a partner sends back a workbook, one file at a time; the others in each job that
publishes the documents, the reports, the open data and the national view. Before
running a command, typer builds a pydantic adapter for each of its parameters: importing
typer, click and pydantic costs more than validating a hundred unchanged files from the
cache. So their arguments are read here when they are plain: known options (the same
names as in :mod:`pep_cli.cli`), values that do not start with ``-``, each option at most
once. Anything else (``--help``, an option this table does not know, a mistake) goes to
typer, which stays the definition of the command line, of its help and of its messages:
the table only ever handles a subset of what typer accepts, the same way
(``tests/cli/test_quick.py`` holds them together).

Both paths end in :func:`finish`, the one place that turns an outcome into an exit code.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from pep_cli.errors import ExitCode, PepError, UsageError
from pep_cli.fileio import WriteError

# A list option may be repeated; an "off" flag is the negative of an on/off pair.
FLAG, OFF, VALUE, LIST = "flag", "off", "value", "list"
# Option -> (parameter of the typer command, kind).
VALIDATE: dict[str, tuple[str, str]] = {
    "--format": ("output_format", VALUE),
    "-f": ("output_format", VALUE),
    "--strict": ("strict", FLAG),
    "--today": ("today", VALUE),
    "--output": ("output", VALUE),
    "-o": ("output", VALUE),
    "--changed-since": ("changed_since", VALUE),
    "--baseline": ("baseline", VALUE),
    "--select": ("select", LIST),
    "--ignore": ("ignore", LIST),
    "--exit-zero": ("exit_zero", FLAG),
    "--quiet": ("quiet", FLAG),
    "-q": ("quiet", FLAG),
    "--verbose": ("verbose", FLAG),
    "-v": ("verbose", FLAG),
    "--statistics": ("statistics", FLAG),
    "--no-cache": ("no_cache", FLAG),
    "--config": ("config", VALUE),
    "--config-from": ("config_from", VALUE),
    "--root": ("root", VALUE),
}
FMT: dict[str, tuple[str, str]] = {
    "--check": ("check", FLAG),
    "--no-cache": ("no_cache", FLAG),
    "--root": ("root", VALUE),
}
IMPORT: dict[str, tuple[str, str]] = {
    "--check": ("check", FLAG),
    "--convention": ("convention", VALUE),
    "--exercise": ("exercise", VALUE),
    "--today": ("today", VALUE),
    "--root": ("root", VALUE),
}
NATIONAL: dict[str, tuple[str, str]] = {
    "--year": ("year", VALUE),
    "-y": ("year", VALUE),
    "--format": ("output_format", VALUE),
    "-f": ("output_format", VALUE),
    "--output": ("output", VALUE),
    "-o": ("output", VALUE),
    "--map": ("measure", VALUE),
    "--today": ("today", VALUE),
    "--config-from": ("config_from", VALUE),
    "--root": ("root", VALUE),
}
# Without --avenant, --from and --to: an avenant goes through typer.
RENDER: dict[str, tuple[str, str]] = {
    "--all": ("all_conventions", FLAG),
    "--no-cache": ("no_cache", FLAG),
    "--format": ("output_format", VALUE),
    "-f": ("output_format", VALUE),
    "--output-dir": ("output_dir", VALUE),
    "-o": ("output_dir", VALUE),
    "--draft": ("draft", FLAG),
    "--templates": ("templates", VALUE),
    "--today": ("today", VALUE),
    "--config-from": ("config_from", VALUE),
    "--root": ("root", VALUE),
}
REPORT: dict[str, tuple[str, str]] = {
    **RENDER,
    "--year": ("year", VALUE),
    "--charts": ("charts", FLAG),
    "--no-charts": ("charts", OFF),
}
EXPORT: dict[str, tuple[str, str]] = {
    "--all": ("all_conventions", FLAG),
    "--format": ("output_format", VALUE),
    "-f": ("output_format", VALUE),
    "--output": ("output", VALUE),
    "-o": ("output", VALUE),
    "--collect": ("collect", VALUE),
    "--today": ("today", VALUE),
    "--root": ("root", VALUE),
}
COMMANDS = {
    "validate": VALIDATE,
    "fmt": FMT,
    "import": IMPORT,
    "national": NATIONAL,
    "render": RENDER,
    "report": REPORT,
    "export": EXPORT,
}
# How many paths a command takes, when not any number: typer says what is wrong otherwise.
ARGUMENTS = {"import": 1, "national": 0}
# Options that typer refuses when they name a folder (``dir_okay=False``).
NOT_A_FOLDER = {("validate", "output"), ("validate", "config")}


def _a_year(value: str) -> bool:
    return value.isascii() and value.isdigit() and len(value) == 4


# Values read here only when plain; typer converts and refuses the others, in its words.
PLAIN_VALUES: dict[tuple[str, str], Callable[[str], bool]] = {
    ("national", "year"): _a_year,
    ("report", "year"): _a_year,
}


def parse(args: list[str]) -> tuple[str, list[str], dict[str, Any]] | None:
    """``(command, paths, options)`` when ``args`` are plain enough to skip typer, else None."""
    if os.environ.get("_PEP_COMPLETE"):  # the shell asks for completions: typer's business
        return None
    position = 0
    if args[:1] == ["--debug"]:
        position = 1
    if len(args) <= position or args[position] not in COMMANDS:
        return None
    command = args[position]
    table = COMMANDS[command]
    paths: list[str] = []
    options: dict[str, Any] = {}
    rest = args[position + 1 :]
    index = 0
    while index < len(rest):
        token = rest[index]
        index += 1
        if not token.startswith("-"):
            paths.append(token)
            continue
        name, equals, value = token.partition("=")
        if name not in table or (equals and not name.startswith("--")):
            return None  # "-" (standard input), "--", an unknown or a new option, "-fjson"...
        parameter, kind = table[name]
        if parameter in options and kind != LIST:
            return None
        if kind in (FLAG, OFF):
            if equals:
                return None
            options[parameter] = kind == FLAG
            continue
        if not equals:
            if index >= len(rest):
                return None
            value = rest[index]
            index += 1
        if not value or value.startswith("-"):
            return None
        plain = PLAIN_VALUES.get((command, parameter))
        if plain is not None and not plain(value):
            return None
        if kind == LIST:
            options.setdefault(parameter, []).append(value)
        else:
            options[parameter] = value
    # What typer checks of paths before the command runs; a name the system refuses
    # (too long, a NUL byte) is left to typer and the command, which say so in French.
    try:
        root = options.get("root")
        if root is not None and Path(root).exists() and not Path(root).is_dir():
            return None
        for name in options:
            if (command, name) in NOT_A_FOLDER and Path(options[name]).is_dir():
                return None
    except (OSError, ValueError):
        return None
    if command in ARGUMENTS and len(paths) != ARGUMENTS[command]:
        return None
    return command, paths, options


def parse_today(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(
            f"--today : date « {value} » invalide, format attendu AAAA-MM-JJ"
        ) from None


def parse_year(option: str, value: str | None) -> int | None:
    if value is None:
        return None
    if not (value.isdigit() and len(value) == 4):
        raise UsageError(f"{option} : année « {value} » invalide (ex. 2023)")
    return int(value)


def try_quick(args: list[str]) -> None:
    """Run ``args`` here and exit if they are plain enough; return to let typer run them."""
    parsed = parse(args)
    if parsed is None:
        return
    command, paths, options = parsed
    if args[:1] == ["--debug"]:
        os.environ["PEP_DEBUG"] = "1"
    root = _path(options.get("root"))
    files = [Path(p) for p in paths]

    def call() -> int:
        if command == "validate":
            from pep_cli.commands.validate import Display, run_validate

            return run_validate(
                paths=files,
                output_format=options.get("output_format"),
                strict=bool(options.get("strict")),
                today=parse_today(options.get("today")),
                root=root,
                output=_path(options.get("output")),
                changed_since=options.get("changed_since"),
                baseline=options.get("baseline"),
                select=options.get("select", []),
                ignore=options.get("ignore", []),
                exit_zero=bool(options.get("exit_zero")),
                display=Display(
                    quiet=bool(options.get("quiet")),
                    verbose=bool(options.get("verbose")),
                    statistics=bool(options.get("statistics")),
                ),
                config_file=_path(options.get("config")),
                cache=not options.get("no_cache"),
                config_from=options.get("config_from"),
            )
        if command == "national":
            from pep_cli.commands.national import run_national

            year = options.get("year")
            return run_national(
                year=int(year) if year is not None else None,
                output_format=options.get("output_format", "text"),
                output=options.get("output"),
                measure=options.get("measure", "funding"),
                today=parse_today(options.get("today")),
                root=root,
                config_from=options.get("config_from"),
            )
        if command == "render":
            from pep_cli.commands.render import run_render

            return run_render(
                references=paths,
                all_conventions=bool(options.get("all_conventions")),
                output_format=options.get("output_format", "md"),
                output_dir=_path(options.get("output_dir")),
                draft=bool(options.get("draft")),
                templates=_path(options.get("templates")),
                today=parse_today(options.get("today")),
                root=root,
                config_from=options.get("config_from"),
                cache=not options.get("no_cache"),
            )
        if command == "report":
            from pep_cli.commands.report import run_report

            year = options.get("year")
            return run_report(
                references=paths,
                all_conventions=bool(options.get("all_conventions")),
                year=int(year) if year is not None else None,
                output_format=options.get("output_format", "md"),
                output_dir=_path(options.get("output_dir")),
                draft=bool(options.get("draft")),
                charts=options.get("charts", True),
                templates=_path(options.get("templates")),
                today=parse_today(options.get("today")),
                root=root,
                config_from=options.get("config_from"),
                cache=not options.get("no_cache"),
            )
        if command == "export":
            from pep_cli.commands.exchange import run_export

            return run_export(
                references=paths,
                all_conventions=bool(options.get("all_conventions")),
                output_format=options.get("output_format"),
                output=_path(options.get("output")),
                collect=parse_year("--collect", options.get("collect")),
                today=parse_today(options.get("today")),
                root=root,
            )
        if command == "import":
            from pep_cli.commands.exchange import run_import

            return run_import(
                workbook=files[0],
                check=bool(options.get("check")),
                convention=options.get("convention"),
                exercise=parse_year("--exercise", options.get("exercise")),
                today=parse_today(options.get("today")),
                root=root,
            )
        from pep_cli.commands.fmt import run_fmt

        return run_fmt(
            paths=files,
            check=bool(options.get("check")),
            root=root,
            cache=not options.get("no_cache"),
        )

    finish(call, debug="--debug" in args)


def _path(value: str | None) -> Path | None:
    return Path(value) if value is not None else None


def finish(call: Callable[[], int], *, debug: bool) -> NoReturn:
    """Run ``call`` and exit with the code its outcome deserves."""
    debug = debug or bool(os.environ.get("PEP_DEBUG"))
    try:
        code = call()
    except PepError as exc:
        print(f"pep : erreur : {exc}", file=sys.stderr)
        code = int(exc.exit_code)
    except WriteError as exc:  # a folder read-only, a full disk: the environment's fault
        print(f"pep : erreur : {exc}", file=sys.stderr)
        code = int(ExitCode.USAGE)
    except KeyboardInterrupt:
        print("pep : interrompu", file=sys.stderr)
        code = int(ExitCode.INTERRUPTED)
    except BrokenPipeError:
        code = int(ExitCode.OK)
    except SystemExit as exc:  # rich's answer to a closed pipe
        code = exc.code if isinstance(exc.code, int) else int(ExitCode.OK)
    except Exception as exc:
        if debug:
            import traceback

            traceback.print_exc()
        print(
            f"pep : erreur interne : {type(exc).__name__} : {exc}\n"
            "Relancez avec --debug pour la trace complète, et signalez le problème.",
            file=sys.stderr,
        )
        code = int(ExitCode.INTERNAL)
    try:
        sys.stdout.flush()
    except BrokenPipeError:  # the reader (head, less) went away: not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    if code == ExitCode.INTERRUPTED:
        # Interrupted: what is finished is written; leave now rather than wait at exit for
        # worker processes and their threads (concurrent.futures joins them without limit).
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)
