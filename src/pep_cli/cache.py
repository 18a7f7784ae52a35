"""The content cache: what a run found in a file, kept for the next run (like ruff's and mypy's).

An entry is a small JSON document stored under a key that the caller derives from
everything its value depends on (:func:`digest`): the bytes of the file, pep's own
source and version (:func:`pep_fingerprint`), the catalogue, the configuration... A
changed input is a new key, so an entry is never stale: it is found or not.

Where: ``.pep_cache/`` at the data repository's root (with its own ``.gitignore``, so
git never sees it, and a ``CACHEDIR.TAG`` for backup tools), or ``PEP_CACHE_DIR``.

The cache is an optimisation that must never change a result nor stop a run:

- written atomically (a temporary file renamed over the entry), so concurrent runs
  and a run killed midway leave whole entries or none;
- an entry that cannot be read, is not JSON, is too large, or was written under
  another key (a foreign or corrupt file) is ignored, and rewritten by the run;
- an unwritable folder (read-only checkout, full disk) only means no cache;
- bounded: past :data:`MAX_ENTRIES`, the oldest entries of a shard are removed.

The data repository is untrusted input: a ``.pep_cache/`` that is a symbolic link, or
that git tracks (a pull request could commit one holding entries that hide its
problems), is not used; entries are opened without following links.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

DIRECTORY = ".pep_cache"
ENVIRONMENT = "PEP_CACHE_DIR"
# Bumped when the layout of entries changes.
FORMAT = "1"
MAX_ENTRIES = 20_000
_SHARDS = 256
_PER_SHARD = MAX_ENTRIES // _SHARDS
_MAX_ENTRY_BYTES = 4 * 1024 * 1024
_GITIGNORE = (
    "# Cache de pep (pep validate, pep fmt) : se reconstruit seul, à ne pas versionner.\n*\n"
)
_CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# Ce dossier est le cache de pep ; voir https://bford.info/cachedir/\n"
)


def digest(*parts: str | bytes) -> str:
    """A key from its parts (length-prefixed, so that no two lists of parts collide)."""
    try:  # hashlib would first load OpenSSL, for nothing: BLAKE2 is built in
        from _blake2 import blake2b
    except ImportError:  # pragma: no cover - every CPython has it
        from hashlib import blake2b
    hasher = blake2b(digest_size=20)
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        hasher.update(len(data).to_bytes(8, "little"))
        hasher.update(data)
    return hasher.hexdigest()


_FINGERPRINT: str | None = None
# The libraries whose behaviour shows in findings: libyaml's messages, pydantic's errors.
_LIBRARIES = ("pydantic", "pydantic_core", "_ruamel_yaml", "ruamel.yaml")


def pep_fingerprint() -> str:
    """pep's version, the hash of its own source files and the libraries it reads with.

    Any change to a rule, a message or the model (even without a new version number,
    as during development) gives new keys; the same pep installed again (a CI job that
    restores its cache) gives the same ones, since the hash is of the files' content.
    Hashing that content is kept in the user's cache under the files' sizes and times
    (as make does): a run reads one small entry instead of every source file.
    """
    global _FINGERPRINT
    if _FINGERPRINT is None:
        import sys

        from pep_cli import __version__

        package = os.path.dirname(os.path.realpath(__file__))
        sources = _sources(package)
        parts: list[str | bytes] = [FORMAT, __version__, sys.version, *library_stamps(_LIBRARIES)]
        memo_key = digest("sources", package, *parts, *(f"{n} {s} {t}" for n, s, t, _ in sources))
        directory = user_directory()
        memo = Cache(directory / "sources") if directory is not None else None
        known = memo.get(memo_key) if memo is not None else None
        if isinstance(known, str) and len(known) == 40:
            _FINGERPRINT = known
        else:
            for name, _, _, path in sources:
                with open(path, "rb") as handle:
                    parts += [name, handle.read()]
            _FINGERPRINT = digest(*parts)
            if memo is not None:
                memo.put(memo_key, _FINGERPRINT)
    return _FINGERPRINT


def library_stamps(names: Iterable[str]) -> list[str]:
    """Where each library is installed, and the size and time of its main file (a changed
    library, a new key)."""
    import importlib.util

    stamps = []
    for name in names:
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            spec = None
        origin = spec.origin if spec is not None else None
        try:
            status = os.stat(origin) if origin else None
        except OSError:
            status = None
        shown = f"{status.st_size} {status.st_mtime_ns}" if status is not None else "-"
        stamps.append(f"{name} {origin} {shown}")
    return stamps


def _sources(package: str) -> list[tuple[str, int, int, str]]:
    """``(name in the package, size, modification time, path)`` of pep's source files."""
    found = []
    for folder, subfolders, names in os.walk(package):
        subfolders[:] = sorted(d for d in subfolders if d != "__pycache__")
        relative = os.path.relpath(folder, package).replace(os.sep, "/")
        for name in names:
            if name.endswith(".py"):
                path = os.path.join(folder, name)
                status = os.stat(path)
                shown = name if relative == "." else f"{relative}/{name}"
                found.append((shown, status.st_size, status.st_mtime_ns, path))
    return sorted(found)


def user_directory() -> Path | None:
    """The user's cache for pep: ``PEP_CACHE_DIR`` when set, else ``$XDG_CACHE_HOME/pep``
    (``~/.cache/pep``; ``%LOCALAPPDATA%\\pep\\cache`` on Windows); None without a home."""
    import sys

    configured = os.environ.get(ENVIRONMENT, "")
    if configured:
        return Path(configured)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA", "")
        return Path(base) / "pep" / "cache" if base else None
    base = os.environ.get("XDG_CACHE_HOME", "")
    if base and os.path.isabs(base):
        return Path(base) / "pep"
    home = os.path.expanduser("~")
    return Path(home) / ".cache" / "pep" if home != "~" else None


class Cache:
    """Entries in one folder; every operation fails quietly into "no entry"."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._ready = False
        self._writable = True
        self._written: set[str] = set()

    @classmethod
    def for_repository(cls, root: Path | None) -> Cache | None:
        """The cache of the data repository at ``root``: ``PEP_CACHE_DIR`` if set, else
        ``<root>/.pep_cache`` (None when there is no root, or that folder cannot be
        trusted)."""
        configured = os.environ.get(ENVIRONMENT, "")
        if configured:
            return cls(Path(configured))
        if root is None:
            return None
        directory = root / DIRECTORY
        try:
            if directory.is_symlink() or (directory.exists() and not directory.is_dir()):
                return None
        except OSError:
            return None
        if directory.exists() and tracked_by_git(root):
            import sys

            print(
                f"pep : avertissement : {DIRECTORY}/ est suivi par git dans ce dépôt : "
                "cache ignoré (retirez-le : git rm -r --cached "
                f"{DIRECTORY})",
                file=sys.stderr,
            )
            return None
        return cls(directory)

    def _path(self, key: str) -> Path:
        return self.directory / f"v{FORMAT}" / key[:2] / key

    def get(self, key: str) -> Any:
        """The value stored under ``key``, or None."""
        try:
            flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
            fd = os.open(self._path(key), flags)
        except OSError:
            return None
        try:
            with os.fdopen(fd, "rb") as handle:
                raw = handle.read(_MAX_ENTRY_BYTES + 1)
        except OSError:
            return None
        if len(raw) > _MAX_ENTRY_BYTES:
            return None
        try:
            entry = json.loads(raw)
        except ValueError:  # corrupt (or not UTF-8): as if absent
            return None
        if not isinstance(entry, dict) or entry.get("key") != key:
            return None
        return entry.get("value")

    def put(self, key: str, value: Any) -> None:
        """Store ``value`` (plain JSON data) under ``key``; never raises."""
        if not self._writable:
            return
        path = self._path(key)
        try:
            payload = json.dumps({"key": key, "value": value}, ensure_ascii=False).encode()
            self._prepare()
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_name(f".{key}.{os.getpid()}.tmp")
            flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
            fd = os.open(temporary, flags, 0o644)
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(payload)
                os.replace(temporary, path)
            except BaseException:
                temporary.unlink(missing_ok=True)
                raise
        except (OSError, TypeError, ValueError):
            self._writable = False  # read-only, full, or not ours: no cache for this run
            return
        self._written.add(key[:2])

    def _prepare(self) -> None:
        if self._ready:
            return
        self.directory.mkdir(parents=True, exist_ok=True)
        for name, text in ((".gitignore", _GITIGNORE), ("CACHEDIR.TAG", _CACHEDIR_TAG)):
            marker = self.directory / name
            if not marker.exists():
                try:
                    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
                    with os.fdopen(os.open(marker, flags, 0o644), "w", encoding="utf-8") as out:
                        out.write(text)
                except FileExistsError:  # another run wrote it first
                    pass
        self._ready = True

    def prune(self) -> None:
        """Keep each shard written to by this run within its share of :data:`MAX_ENTRIES`."""
        for shard in sorted(self._written):
            folder = self.directory / f"v{FORMAT}" / shard
            try:
                entries = [e for e in os.scandir(folder) if e.is_file(follow_symlinks=False)]
                if len(entries) <= _PER_SHARD:
                    continue
                entries.sort(key=lambda e: e.stat(follow_symlinks=False).st_mtime_ns)
                for entry in entries[: len(entries) - _PER_SHARD * 3 // 4]:
                    os.unlink(entry.path)
            except OSError:
                continue
        self._written.clear()


class MemoryCache(Cache):
    """A cache held by a long-running process (the editor server), with the same keys and
    values as the disk's: an unchanged file is not checked again at each keystroke.

    Values are kept as JSON text, so that each ``get`` gives fresh data, as from disk;
    past ``limit`` entries, the oldest go.
    """

    def __init__(self, limit: int = 5_000) -> None:
        super().__init__(Path())
        self.limit = limit
        self._entries: dict[str, str] = {}

    def get(self, key: str) -> Any:
        text = self._entries.get(key)
        return json.loads(text) if text is not None else None

    def put(self, key: str, value: Any) -> None:
        try:
            text = json.dumps(value, ensure_ascii=False)
        except (TypeError, ValueError):
            return
        self._entries.pop(key, None)
        self._entries[key] = text
        while len(self._entries) > self.limit:
            del self._entries[next(iter(self._entries))]

    def prune(self) -> None:
        pass


def tracked_by_git(root: Path) -> bool:
    """Whether the git repository holding ``root`` tracks a path with ``pep_cache`` in it.

    Read from git's index directly (no subprocess): versions 2 and 3 of the index
    write every path whole; version 4 compresses them, so git itself is asked.
    """
    git_dir = _git_dir(root)
    if git_dir is None:
        return False
    index = git_dir / "index"
    try:
        with index.open("rb") as handle:
            header = handle.read(12)
            if header[:4] != b"DIRC":
                return False
            if int.from_bytes(header[4:8], "big") >= 4:
                return _git_lists_cache(root)
            if b"pep_cache" in header + handle.read():
                return True
        return any(b"pep_cache" in p.read_bytes() for p in git_dir.glob("sharedindex.*"))
    except OSError:
        return False


def _git_dir(root: Path) -> Path | None:
    for directory in (root, *root.resolve().parents):
        candidate = directory / ".git"
        if candidate.is_dir():
            return candidate
        if candidate.is_file():  # a worktree or submodule: "gitdir: <path>"
            text = candidate.read_text("utf-8", errors="replace").strip()
            if text.startswith("gitdir:"):
                pointed = Path(text.removeprefix("gitdir:").strip())
                return pointed if pointed.is_absolute() else directory / pointed
            return None
    return None


def _git_lists_cache(root: Path) -> bool:
    import subprocess

    try:
        done = subprocess.run(
            ["git", "ls-files", "-z", "--", DIRECTORY],
            cwd=root,
            capture_output=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return True  # cannot tell: do not trust it
    return done.returncode != 0 or bool(done.stdout)


def encode(value: Any) -> Any:
    """Plain JSON for a value made of str, int, bool, None, Decimal, date, lists and dicts
    (keys of any of those scalar types): what summaries and findings hold."""
    import datetime as dt
    from decimal import Decimal

    if value is None or isinstance(value, str | bool | int):
        return value
    if isinstance(value, Decimal):
        return {"d": str(value)}
    if isinstance(value, dt.date):
        return {"t": value.isoformat()}
    if isinstance(value, list | tuple):
        return [encode(item) for item in value]
    if isinstance(value, dict):
        return {"m": [[encode(k), encode(v)] for k, v in value.items()]}
    raise TypeError(f"cannot cache a {type(value).__name__}")


def decode(value: Any) -> Any:
    """The inverse of :func:`encode` (lists come back as lists); ValueError on foreign data."""
    import datetime as dt
    from decimal import Decimal, InvalidOperation

    if value is None or isinstance(value, str | bool | int):
        return value
    if isinstance(value, list):
        return [decode(item) for item in value]
    if isinstance(value, dict) and len(value) == 1:
        ((tag, inner),) = value.items()
        try:
            if tag == "d" and isinstance(inner, str):
                return Decimal(inner)
            if tag == "t" and isinstance(inner, str):
                return dt.date.fromisoformat(inner)
        except (InvalidOperation, ValueError):
            raise ValueError("bad cached scalar") from None
        if tag == "m" and isinstance(inner, list):
            return {_hashable(decode(k)): decode(v) for k, v in _pairs(inner)}
    raise ValueError("foreign cached value")


def _pairs(items: Iterable[Any]) -> Iterable[tuple[Any, Any]]:
    for item in items:
        if not isinstance(item, list) or len(item) != 2:
            raise ValueError("foreign cached mapping")
        yield item[0], item[1]


def _hashable(key: Any) -> Any:
    if isinstance(key, list | dict):
        raise ValueError("foreign cached key")
    return key
