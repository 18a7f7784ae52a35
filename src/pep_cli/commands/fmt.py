"""``pep fmt``: put conventions in the canonical layout (``--check``: say which are not)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

from pep_cli.errors import ExitCode
from pep_cli.french import plural

# ruamel.yaml's round trip is slow: from this many files on, every core formats.
PARALLEL_FROM = 16


# What a file was when it was read: size, modification time (ns), inode.
Stamp = tuple[int, int, int]
Outcome = tuple[bytes | None, bytes | None, str | None, Stamp | None]


def _stamp(stat: os.stat_result) -> Stamp:
    return (stat.st_size, stat.st_mtime_ns, stat.st_ino)


def format_file(path: Path, shown: str, root: Path | None = None) -> Outcome:
    """``(original, formatted, error, stamp)`` for one file; runs in a worker process.

    A file that a symbolic link takes out of the data repository (``root``) is not read.
    """
    from pep_cli.authoring.formatter import FormatError, format_text
    from pep_cli.fileio import leads_outside, outside_message

    real = leads_outside(path, root)
    if real is not None:
        return None, None, f"{shown}:1:1: {outside_message(real)}", None
    try:
        with path.open("rb") as handle:
            stamp = _stamp(os.fstat(handle.fileno()))
            raw = handle.read()
    except OSError as exc:
        return None, None, f"{shown}:1:1: lecture impossible : {exc.strerror or exc}", None
    try:
        return raw, format_text(raw, name=shown).encode("utf-8"), None, stamp
    except FormatError as exc:
        return (
            raw,
            None,
            f"{shown}:{exc.line}:{exc.column}: {exc.message} (fichier laissé tel quel)",
            stamp,
        )


def _format_one(job: tuple[Path, str, Path | None]) -> Outcome:
    return format_file(*job)


def _format_all(
    files: list[Path], shown: list[str], root: Path | None
) -> Iterator[tuple[int, Outcome]]:
    """Each file's index and result, as soon as it is done."""
    from pep_cli.parallel import parallel_iter

    jobs = [(path, name, root) for path, name in zip(files, shown, strict=True)]
    return parallel_iter(_format_one, jobs, min_items=PARALLEL_FROM)


def unchanged_since_read(path: Path, raw: bytes, stamp: Stamp | None) -> bool:
    """Whether ``path`` is still the file that was read (same size, time, inode and bytes)."""
    import hashlib

    try:
        with path.open("rb") as handle:
            now = _stamp(os.fstat(handle.fileno()))
            current = handle.read()
    except OSError:
        return False
    same_bytes = hashlib.sha256(current).digest() == hashlib.sha256(raw).digest()
    return now == stamp and same_bytes


def run_fmt_stdin(*, paths: list[Path], check: bool, stdin_filename: Path | None) -> int:
    """``pep fmt -``: the text of standard input, formatted, on standard output (editors).

    A text that cannot be formatted is written back unchanged, with the fault on
    standard error and exit 1, so that an editor never loses its buffer.
    """
    from pep_cli.authoring.formatter import FormatError, format_text
    from pep_cli.errors import UsageError

    if len(paths) > 1:
        raise UsageError("« - » (l'entrée standard) se met en forme seul, sans autre chemin")
    name = str(stdin_filename) if stdin_filename is not None else "-"
    raw = sys.stdin.buffer.read()
    try:
        formatted = format_text(raw, name=name).encode("utf-8")
    except FormatError as exc:
        print(
            f"{name}:{exc.line}:{exc.column}: {exc.message} (texte laissé tel quel)",
            file=sys.stderr,
        )
        if not check:
            sys.stdout.buffer.write(raw)
        return int(ExitCode.PROBLEMS)
    if check:
        if formatted != raw:
            print(f"à mettre en forme : {name}", file=sys.stderr)
            return int(ExitCode.PROBLEMS)
        return int(ExitCode.OK)
    sys.stdout.buffer.write(formatted)
    return int(ExitCode.OK)


def run_fmt(*, paths: list[Path], check: bool, root: Path | None) -> int:
    from pep_cli.check.engine import collect, display_path
    from pep_cli.data.repository import DataRepository
    from pep_cli.fileio import atomic_write

    repo = DataRepository.discover(root, required=not paths)
    files = collect(paths, repo)
    shown = [display_path(path) for path in files]
    changed: list[str] = []
    failed = 0
    from pep_cli.commands.console import Progress

    # Each file is written (and said) as soon as it is formatted: Ctrl-C keeps those.
    with Progress(len(files), "Mise en forme") as progress:
        for index, (raw, formatted, error, stamp) in _format_all(files, shown, repo.root):
            progress.advance()
            path, name = files[index], shown[index]
            if error is not None:
                print(error, file=sys.stderr, flush=True)
                failed += 1
                continue
            if formatted == raw:
                continue
            assert formatted is not None and raw is not None
            if check:
                changed.append(name)
                print(f"à mettre en forme : {name}", flush=True)
            elif not unchanged_since_read(path, raw, stamp):
                # Saved by someone else while pep was formatting: their edit wins.
                print(
                    f"{name} : modifié pendant la mise en forme ; laissé tel quel "
                    "(relancez « pep fmt »)",
                    file=sys.stderr,
                    flush=True,
                )
                failed += 1
            else:
                changed.append(name)
                atomic_write(path, formatted)
                print(f"mis en forme : {name}", flush=True)

    total = len(files)
    untouched = total - len(changed) - failed
    if check:
        summary = f"{plural(len(changed), 'fichier')} à mettre en forme, {untouched} déjà en forme"
    else:
        summary = f"{plural(len(changed), 'fichier')} mis en forme, {untouched} déjà en forme"
    if failed:
        summary += f", {failed} en erreur"
    print(f"Bilan : {summary} (sur {total})")
    if check and changed:
        print("Lancez « pep fmt » pour les mettre en forme.")
    return int(ExitCode.PROBLEMS if failed or (check and changed) else ExitCode.OK)
