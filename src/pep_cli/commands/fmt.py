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


Read = tuple[bytes | None, Stamp | None, str | None]  # raw bytes, stamp, or an error


def read_for_format(path: Path, shown: str, root: Path | None = None) -> Read:
    """``(raw, stamp, None)``, or ``(None, None, error)`` for a file that cannot be read.

    A file that a symbolic link takes out of the data repository (``root``) is not read.
    """
    from pep_cli.fileio import leads_outside, outside_message

    real = leads_outside(path, root)
    if real is not None:
        return None, None, f"{shown}:1:1: {outside_message(real)}"
    try:
        with path.open("rb") as handle:
            stamp = _stamp(os.fstat(handle.fileno()))
            return handle.read(), stamp, None
    except OSError as exc:
        return None, None, f"{shown}:1:1: lecture impossible : {exc.strerror or exc}"


def format_file(
    path: Path, shown: str, root: Path | None = None, read: Read | None = None
) -> Outcome:
    """``(original, formatted, error, stamp)`` for one file; runs in a worker process.

    ``read`` is the file as already read (the cache looked at it): the edit check then
    compares the file with what was formatted, not with a second reading.
    """
    from pep_cli.authoring.formatter import FormatError, format_text

    raw, stamp, error = read if read is not None else read_for_format(path, shown, root)
    if error is not None or raw is None:
        return None, None, error, None
    try:
        return raw, format_text(raw, name=shown).encode("utf-8"), None, stamp
    except FormatError as exc:
        return (
            raw,
            None,
            f"{shown}:{exc.line}:{exc.column}: {exc.message} (fichier laissé tel quel)",
            stamp,
        )


def _format_one(job: tuple[Path, str, Path | None, Read | None]) -> Outcome:
    return format_file(*job)


def _format_all(
    files: list[Path], shown: list[str], root: Path | None, reads: list[Read | None]
) -> Iterator[tuple[int, Outcome]]:
    """Each file's index and result, in the order of ``files``, as soon as it is done."""
    from pep_cli.parallel import parallel_iter

    jobs = [(path, name, root, read) for path, name, read in zip(files, shown, reads, strict=True)]
    return parallel_iter(_format_one, jobs, min_items=PARALLEL_FROM, ordered=True)


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


def run_fmt(*, paths: list[Path], check: bool, root: Path | None, cache: bool = True) -> int:
    from pep_cli.cache import Cache, digest, pep_fingerprint
    from pep_cli.check.files import collect, display_path
    from pep_cli.data.repository import DataRepository
    from pep_cli.fileio import atomic_write

    repo = DataRepository.discover(root, required=not paths)
    files = collect(paths, repo)
    shown = [display_path(path) for path in files]
    # The cache knows which contents are in form (or not): ruamel.yaml's round trip, the
    # slow part, runs only for contents it has not seen (or that ``pep fmt`` must rewrite).
    store = Cache.for_repository(repo.root) if cache else None
    in_form: dict[int, bool] = {}  # what the cache knows, by index
    keys: dict[int, str] = {}
    reads: dict[int, Read] = {}  # each file is read once: the formatter takes these bytes
    if store is not None:
        for index, path in enumerate(files):
            reads[index] = read = read_for_format(path, shown[index], repo.root)
            content = read[0]
            if content is None:
                continue  # not read: the formatter says why
            keys[index] = digest(pep_fingerprint(), "fmt", content)
            state = store.get(keys[index])
            if state is True or (state is False and check):
                in_form[index] = state
    todo = [i for i in range(len(files)) if i not in in_form]
    changed: list[str] = []
    failed = 0
    from pep_cli.commands.console import Progress

    # Each file is written (and said) as soon as it is formatted: Ctrl-C keeps those.
    with Progress(len(files), "Mise en forme") as progress:
        for index, known in in_form.items():  # seen by an earlier run, bytes unchanged
            progress.advance()
            if not known:
                changed.append(shown[index])
                print(f"à mettre en forme : {shown[index]}", flush=True)
        results = _format_all(
            [files[i] for i in todo],
            [shown[i] for i in todo],
            repo.root,
            [reads.get(i) for i in todo],
        )
        for position, (raw, formatted, error, stamp) in results:
            progress.advance()
            index = todo[position]
            path, name = files[index], shown[index]
            if store is not None and error is None and raw is not None:
                store.put(
                    keys.get(index) or digest(pep_fingerprint(), "fmt", raw), formatted == raw
                )
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
                if store is not None:
                    store.put(digest(pep_fingerprint(), "fmt", formatted), True)
                print(f"mis en forme : {name}", flush=True)
    if store is not None:
        store.prune()

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
