"""Reading conventions from git: file contents at a revision, renames, history.

Everything goes through the ``git`` command (no library): pep only reads,
never writes, a git repository. Missing git, a folder outside git or an
unknown revision are usage errors (exit 2) with a French message.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path, PurePosixPath

from pep_cli.errors import UsageError

WORKING_TREE = "copie de travail"


@dataclass(frozen=True)
class LogEntry:
    """One commit that touched a file, with the file's path in that commit."""

    commit: str
    short: str
    date: str  # ISO 8601, author date
    author: str
    path: str  # relative to the top of the git repository, in that commit
    deleted: bool = False


@dataclass(frozen=True)
class Change:
    """A convention file that differs between two revisions."""

    status: str  # "added" | "removed" | "modified"
    old_path: str | None
    new_path: str | None


class GitRepository:
    """The git repository that holds a data repository."""

    def __init__(self, start: Path) -> None:
        if shutil.which("git") is None:
            raise UsageError(
                "git introuvable : installez git pour comparer ou retracer les conventions"
            )
        self.start = start
        done = self._run("rev-parse", "--show-toplevel", check=False)
        if done.returncode != 0:
            raise UsageError(
                f"« {start} » n'est pas dans un dépôt git : pep diff et pep history lisent "
                "l'historique git des conventions"
            )
        self.top = Path(done.stdout.decode().strip())
        self.start = self.top  # every path given to git is relative to the top

    def _run(
        self, *args: str, check: bool = True, stdin: bytes | None = None
    ) -> subprocess.CompletedProcess[bytes]:
        done = subprocess.run(
            ["git", "-c", "core.quotepath=off", "-c", "log.showSignature=false", *args],
            cwd=self.start,
            input=stdin,
            capture_output=True,
            check=False,
        )
        if check and done.returncode != 0:
            message = done.stderr.decode(errors="replace").strip().splitlines()
            raise UsageError(
                f"git {args[0]} a échoué : {message[-1] if message else done.returncode}"
            )
        return done

    def relative(self, path: Path) -> str:
        """``path`` relative to the top of the git repository, with forward slashes."""
        try:
            return PurePosixPath(path.resolve().relative_to(self.top.resolve())).as_posix()
        except ValueError:
            raise UsageError(f"« {path} » n'est pas dans le dépôt git {self.top}") from None

    def commit(self, revision: str) -> str:
        """The full hash of ``revision``; a usage error if git does not know it."""
        done = self._run(
            "rev-parse",
            "--verify",
            "--quiet",
            "--end-of-options",
            f"{revision}^{{commit}}",
            check=False,
        )
        if done.returncode != 0:
            if revision == "HEAD" and not self.has_commits:
                raise UsageError("le dépôt git n'a encore aucun commit : rien à comparer")
            raise UsageError(f"révision « {revision} » introuvable dans le dépôt git")
        return done.stdout.decode().strip()

    def commit_info(self, revision: str) -> tuple[str, int, dt.date]:
        """The full hash, committer time (seconds since 1970) and committer date of ``revision``."""
        out = self._run("show", "-s", "--format=%H %ct %cI", self.commit(revision)).stdout.decode()
        commit, seconds, iso = out.split()
        return commit, int(seconds), dt.datetime.fromisoformat(iso).date()

    @cached_property
    def has_commits(self) -> bool:
        return self._run("rev-parse", "--verify", "--quiet", "HEAD", check=False).returncode == 0

    def show(self, revision: str, path: str) -> bytes | None:
        """The content of ``path`` at ``revision``, or None if it did not exist then."""
        done = self._run("cat-file", "blob", f"{revision}:{path}", check=False)
        return done.stdout if done.returncode == 0 else None

    def show_many(self, wanted: list[tuple[str, str]]) -> list[bytes | None]:
        """The contents of several ``(revision, path)`` at once (``git cat-file --batch``)."""
        if not wanted:
            return []
        request = "".join(f"{revision}:{path}\n" for revision, path in wanted).encode()
        out = self._run("cat-file", "--batch", stdin=request).stdout
        contents: list[bytes | None] = []
        position = 0
        for _ in wanted:
            end = out.index(b"\n", position)
            header = out[position:end].split()
            position = end + 1
            if len(header) == 3 and header[1] == b"blob":
                size = int(header[2])
                contents.append(out[position : position + size])
                position += size + 1
            else:
                contents.append(None)
        return contents

    def log_follow(self, path: str, start: str = "HEAD") -> list[LogEntry]:
        """The commits that touched ``path`` (following renames), newest first."""
        if not self.has_commits:
            return []
        done = self._run(
            "log",
            "--follow",
            "-M",
            "--name-status",
            "-z",
            "--format=%x01%H%x1f%h%x1f%aI%x1f%an",
            start,
            "--",
            path,
        )
        entries: list[LogEntry] = []
        for record in done.stdout.decode("utf-8", errors="replace").split("\x01")[1:]:
            header, _, rest = record.partition("\x00")
            commit, short, date, author = header.split("\x1f")
            fields = [f for f in rest.strip("\n\x00").split("\x00") if f]
            if not fields:
                continue
            status = fields[0]
            current = fields[2] if status.startswith(("R", "C")) and len(fields) > 2 else fields[1]
            entries.append(LogEntry(commit, short, date, author, current, deleted=status == "D"))
        return entries

    def path_at(self, revision: str, path: str, start: str = "HEAD") -> str | None:
        """The name at ``revision`` of ``path`` (named as at ``start`` or in the working tree)."""
        if self.show(revision, path) is not None:
            return path
        name = path
        if start == "HEAD":  # a rename not committed yet (git mv)
            renamed = self._run("diff", "-M", "--name-status", "-z", "HEAD", check=False).stdout
            fields = renamed.decode("utf-8", errors="replace").split("\x00")
            for index, field in enumerate(fields):
                if field.startswith("R") and index + 2 < len(fields) and fields[index + 2] == path:
                    name = fields[index + 1]
                    if self.show(revision, name) is not None:
                        return name
        history = self.log_follow(name, start)
        names = sorted({entry.path for entry in history})
        if not names:
            return None
        reachable = set(self._run("rev-list", revision, "--", *names).stdout.decode().split())
        for entry in history:
            if entry.commit in reachable:
                return None if entry.deleted else entry.path
        return None

    def changed(self, old: str, new: str | None, folder: str) -> list[Change]:
        """The files below ``folder`` that differ from ``old`` to ``new`` (None: working tree)."""
        args = ["diff", "-M", "--name-status", "-z", old] + ([new] if new else []) + ["--", folder]
        fields = self._run(*args).stdout.decode("utf-8", errors="replace").split("\x00")
        changes: list[Change] = []
        index = 0
        while index < len(fields) and fields[index]:
            status = fields[index]
            if status.startswith(("R", "C")):
                changes.append(Change("modified", fields[index + 1], fields[index + 2]))
                index += 3
                continue
            path = fields[index + 1]
            kind = {"A": "added", "D": "removed"}.get(status[0], "modified")
            changes.append(
                Change(kind, None if kind == "added" else path, None if kind == "removed" else path)
            )
            index += 2
        if new is None:
            untracked = self._run("ls-files", "--others", "--exclude-standard", "-z", "--", folder)
            for path in untracked.stdout.decode("utf-8", errors="replace").split("\x00"):
                if path:
                    changes.append(Change("added", None, path))
        return changes

    def files_at(self, revision: str, folder: str) -> list[str]:
        """The files below ``folder`` at ``revision``."""
        done = self._run("ls-tree", "-r", "--name-only", "-z", revision, "--", folder)
        return [p for p in done.stdout.decode("utf-8", errors="replace").split("\x00") if p]
