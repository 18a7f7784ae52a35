"""The quick path of the command line: plain ``pep validate`` and ``pep fmt`` without typer.

These two commands run on every commit (pre-commit hooks) and every CI job. Before
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

# Option -> (parameter of the typer command, whether it takes a value).
VALIDATE: dict[str, tuple[str, bool]] = {
    "--format": ("output_format", True),
    "-f": ("output_format", True),
    "--strict": ("strict", False),
    "--today": ("today", True),
    "--output": ("output", True),
    "-o": ("output", True),
    "--changed-since": ("changed_since", True),
    "--baseline": ("baseline", True),
    "--no-cache": ("no_cache", False),
    "--root": ("root", True),
}
FMT: dict[str, tuple[str, bool]] = {
    "--check": ("check", False),
    "--no-cache": ("no_cache", False),
    "--root": ("root", True),
}
COMMANDS = {"validate": VALIDATE, "fmt": FMT}


def parse(args: list[str]) -> tuple[str, list[str], dict[str, Any]] | None:
    """``(command, paths, options)`` when ``args`` are plain enough to skip typer, else None."""
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
        if not token.startswith("-") or token == "-":
            if token == "-":
                return None
            paths.append(token)
            continue
        name, equals, value = token.partition("=")
        if name not in table or (equals and not name.startswith("--")):
            return None
        parameter, takes_value = table[name]
        if parameter in options:
            return None
        if takes_value:
            if not equals:
                if index >= len(rest):
                    return None
                value = rest[index]
                index += 1
            if not value or value.startswith("-"):
                return None
            options[parameter] = value
        elif equals:
            return None
        else:
            options[parameter] = True
    # What typer checks of paths before the command runs.
    root = options.get("root")
    if root is not None and Path(root).exists() and not Path(root).is_dir():
        return None
    output = options.get("output")
    if output is not None and Path(output).is_dir():
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


def try_quick(args: list[str]) -> None:
    """Run ``args`` here and exit if they are plain enough; return to let typer run them."""
    parsed = parse(args)
    if parsed is None:
        return
    command, paths, options = parsed
    if args[:1] == ["--debug"]:
        os.environ["PEP_DEBUG"] = "1"
    root = Path(options["root"]) if "root" in options else None
    files = [Path(p) for p in paths]

    def call() -> int:
        if command == "validate":
            from pep_cli.commands.validate import run_validate

            output = options.get("output")
            return run_validate(
                paths=files,
                output_format=options.get("output_format"),
                strict=bool(options.get("strict")),
                today=parse_today(options.get("today")),
                root=root,
                output=Path(output) if output is not None else None,
                changed_since=options.get("changed_since"),
                baseline=options.get("baseline"),
                cache=not options.get("no_cache"),
            )
        from pep_cli.commands.fmt import run_fmt

        return run_fmt(
            paths=files,
            check=bool(options.get("check")),
            root=root,
            cache=not options.get("no_cache"),
        )

    finish(call, debug="--debug" in args)


def finish(call: Callable[[], int], *, debug: bool) -> NoReturn:
    """Run ``call`` and exit with the code its outcome deserves."""
    debug = debug or bool(os.environ.get("PEP_DEBUG"))
    try:
        code = call()
    except PepError as exc:
        print(f"pep : erreur : {exc}", file=sys.stderr)
        code = int(exc.exit_code)
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
    sys.exit(code)
