"""Every git call pep makes: contents at a revision, renames, history, what changed.

Plain ``git`` subprocesses, no library; pep only reads a git repository, never
writes one. Missing git, a folder outside git, an unknown revision or a failed
command are :class:`GitError` (a usage error, exit 2) with one French message
each, whichever command asked. A revision compared with the working tree goes
through its merge base with ``HEAD`` when the history has one (on a branch,
``--changed-since origin/main`` means "changed on this branch", as a pull
request shows it), else as it is, which is what a shallow clone allows.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path, PurePosixPath

from pep_cli.errors import UsageError

WORKING_TREE = "copie de travail"
GIT_TIMEOUT = 60
CONVENTIONS = "data/departments"


class GitError(UsageError):
    """git is missing, the folder is not in a git repository, or git refused a request."""


@dataclass(frozen=True)
class LogEntry:
    """One commit that touched a file, with the file's path in that commit."""

    commit: str
    short: str
    date: str  # ISO 8601, author date
    author: str
    path: str  # relative to the top of the git repository, in that commit
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class Change:
    """A file that differs between two revisions (paths relative to the top of git)."""

    status: str  # "added" | "removed" | "modified" (renamed and copied files are "modified")
    old_path: str | None
    new_path: str | None


def _command(args: tuple[str, ...] | list[str]) -> list[str]:
    return ["git", "-c", "core.quotepath=off", "-c", "log.showSignature=false", *args]


class GitRepository:
    """The git repository that holds a folder; ``purpose`` names the option that asked for git."""

    def __init__(self, start: Path, purpose: str = "") -> None:
        self.prefix = f"{purpose} : " if purpose else ""
        if shutil.which("git") is None:
            raise GitError(f"{self.prefix}git introuvable : installez git pour lire l'historique")
        self.start = start
        done = self.run("rev-parse", "--show-toplevel", check=False)
        if done.returncode != 0:
            raise GitError(
                f"{self.prefix}le dépôt de données « {start} » n'est pas dans un dépôt git : "
                "cette commande lit "
                "l'historique git des conventions"
            )
        self.top = Path(done.stdout.decode().strip()).resolve()
        self.start = self.top  # every path given to git is relative to the top

    def run(
        self, *args: str, check: bool = True, stdin: bytes | None = None
    ) -> subprocess.CompletedProcess[bytes]:
        done = subprocess.run(
            _command(args), cwd=self.start, input=stdin, capture_output=True, check=False
        )
        if check and done.returncode != 0:
            lines = done.stderr.decode(errors="replace").strip().splitlines()
            detail = lines[-1] if lines else str(done.returncode)
            raise GitError(f"{self.prefix}« git {args[0]} » a échoué : {detail}")
        return done

    def relative(self, path: Path) -> str:
        """``path`` relative to the top of the git repository, with forward slashes."""
        try:
            return PurePosixPath(path.resolve().relative_to(self.top)).as_posix()
        except ValueError:
            raise GitError(f"« {path} » n'est pas dans le dépôt git {self.top}") from None

    def folder_prefix(self, folder: Path) -> str:
        """``folder`` relative to the top, as a prefix: ``""`` or ``"sub/dir/"``."""
        relative = self.relative(folder)
        return "" if relative == "." else relative + "/"

    def commit(self, revision: str) -> str:
        """The full hash of ``revision``, or a French message saying how to get it."""
        done = self.run(
            "rev-parse",
            "--verify",
            "--quiet",
            "--end-of-options",
            f"{revision}^{{commit}}",
            check=False,
        )
        if done.returncode == 0:
            return done.stdout.decode().strip()
        if revision == "HEAD" and not self.has_commits:
            raise GitError(f"{self.prefix}le dépôt git n'a encore aucun commit : rien à comparer")
        shallow = self.run("rev-parse", "--is-shallow-repository", check=False)
        if shallow.stdout.decode().strip() == "true":
            hint = (
                "dans un clone superficiel, récupérez-la avec « git fetch --deepen=N » ou "
                "« git fetch --unshallow » (dans GitHub Actions : « fetch-depth: 0 » pour "
                "actions/checkout ; dans GitLab CI : « GIT_DEPTH: 0 »)"
            )
        else:
            hint = (
                "vérifiez son nom (branche, étiquette ou commit) ; une branche distante se "
                "récupère avec « git fetch origin NOM »"
            )
        raise GitError(f"{self.prefix}révision « {revision} » introuvable ; {hint}")

    def merge_base(self, revision: str) -> str:
        """The merge base of ``revision`` and HEAD, else ``revision`` itself (as a full hash)."""
        commit = self.commit(revision)
        done = self.run("merge-base", commit, "HEAD", check=False)
        return done.stdout.decode().strip() if done.returncode == 0 else commit

    def commit_info(self, revision: str) -> tuple[str, int, dt.date]:
        """The full hash, committer time (seconds since 1970) and committer date of ``revision``."""
        out = self.run("show", "-s", "--format=%H %ct %cI", self.commit(revision)).stdout.decode()
        commit, seconds, iso = out.split()
        return commit, int(seconds), dt.datetime.fromisoformat(iso).date()

    @cached_property
    def has_commits(self) -> bool:
        return self.run("rev-parse", "--verify", "--quiet", "HEAD", check=False).returncode == 0

    def show(self, revision: str, path: str) -> bytes | None:
        """The content of ``path`` at ``revision``, or None if it did not exist then."""
        done = self.run("cat-file", "blob", f"{revision}:{path}", check=False)
        return done.stdout if done.returncode == 0 else None

    def blobs(self, objects: list[str]) -> list[bytes | None]:
        """The contents of several objects (``REV:PATH`` or hashes) in one ``cat-file --batch``."""
        if not objects:
            return []
        out = self.run("cat-file", "--batch", stdin="".join(f"{o}\n" for o in objects).encode())
        contents: list[bytes | None] = []
        position = 0
        for _ in objects:
            end = out.stdout.index(b"\n", position)
            header = out.stdout[position:end].split()
            position = end + 1
            if len(header) == 3 and header[1] == b"blob":
                size = int(header[2])
                contents.append(out.stdout[position : position + size])
                position += size + 1
            else:
                contents.append(None)
        return contents

    def show_many(self, wanted: list[tuple[str, str]]) -> list[bytes | None]:
        """The contents of several ``(revision, path)`` at once."""
        return self.blobs([f"{revision}:{path}" for revision, path in wanted])

    def log_follow(self, path: str, start: str = "HEAD") -> list[LogEntry]:
        """The commits that touched ``path`` (following renames), newest first."""
        if not self.has_commits:
            return []
        done = self.run(
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
            for change in self.changed("HEAD", None, ""):
                if change.new_path == path and change.old_path not in (None, path):
                    assert change.old_path is not None
                    name = change.old_path
                    if self.show(revision, name) is not None:
                        return name
        history = self.log_follow(name, start)
        names = sorted({entry.path for entry in history})
        if not names:
            return None
        reachable = set(self.run("rev-list", revision, "--", *names).stdout.decode().split())
        for entry in history:
            if entry.commit in reachable:
                return None if entry.deleted else entry.path
        return None

    def changed(self, old: str, new: str | None, folder: str) -> list[Change]:
        """The files below ``folder`` that differ from ``old`` to ``new`` (None: working tree,
        untracked files that git does not ignore included)."""
        pathspec = ":(top)" + ("" if folder in ("", ".") else folder)  # ":(top)." matches nothing
        args = ["diff", "-M", "--name-status", "-z", "--no-ext-diff", "--no-textconv", old]
        fields = self.run(*args, *([new] if new else []), "--", pathspec).stdout
        words = fields.decode("utf-8", errors="surrogateescape").split("\x00")
        changes: list[Change] = []
        index = 0
        while index < len(words) and words[index]:
            status = words[index]
            if status.startswith(("R", "C")):
                changes.append(Change("modified", words[index + 1], words[index + 2]))
                index += 3
                continue
            path = words[index + 1]
            kind = {"A": "added", "D": "removed"}.get(status[0], "modified")
            changes.append(
                Change(kind, None if kind == "added" else path, None if kind == "removed" else path)
            )
            index += 2
        if new is None:
            untracked = self.run("ls-files", "--others", "--exclude-standard", "-z", "--", pathspec)
            for path in untracked.stdout.decode("utf-8", errors="surrogateescape").split("\x00"):
                if path:
                    changes.append(Change("added", None, path))
        return changes

    def files_at(self, revision: str, folder: str) -> list[str]:
        """The files below ``folder`` at ``revision``."""
        done = self.run("ls-tree", "-r", "--name-only", "-z", revision, "--", folder)
        return [p for p in done.stdout.decode("utf-8", errors="replace").split("\x00") if p]

    def export(self, commit: str, folder: str, destination: Path, strip: str = "") -> None:
        """Write the files below ``folder`` at ``commit`` under ``destination`` (without the
        ``strip`` prefix); symbolic links are left out."""
        listing = self.run("ls-tree", "-r", "-z", "--full-tree", commit, "--", folder).stdout
        entries = []
        for line in listing.split(b"\0"):
            if not line:
                continue
            meta, path = line.split(b"\t", 1)
            mode, kind, oid = meta.decode().split()
            if kind == "blob" and mode != "120000":
                name = path.decode("utf-8", "surrogateescape").removeprefix(strip)
                entries.append((oid, name))
        for (_, relative), content in zip(
            entries, self.blobs([o for o, _ in entries]), strict=True
        ):
            target = destination / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            # A scratch copy in a private temporary folder, deleted after the run:
            # nothing a crash could leave half-written for anyone, so no atomic_write.
            target.write_bytes(content or b"")


@dataclass(frozen=True)
class DataSnapshot:
    """A data repository as it was at a revision: what ``--baseline`` validates against."""

    git: GitRepository
    root_prefix: str  # the data repository's root relative to the top of git: "" or "sub/"
    revision: str  # as the user wrote it
    commit: str  # the commit compared with (the merge base)
    renames: dict[str, str] = field(default_factory=dict)  # old → new, relative to the root

    def export(self, destination: Path) -> None:
        """Write the data repository's ``data/`` as it was then under ``destination``."""
        self.git.export(self.commit, f"{self.root_prefix}data", destination, self.root_prefix)


# What --config-from reads from the trusted revision, relative to the data repository's root.
TRUSTED_PATHS = (
    "pep.toml",
    "pyproject.toml",
    "data/catalogue.yaml",
    "data/territories.yaml",
    "templates",
)


@dataclass(frozen=True)
class TrustedFiles:
    """The configuration, catalogue, territories and templates of a trusted revision
    (``--config-from``), and how the working tree differs from them."""

    git: GitRepository
    root_prefix: str  # the data repository's root relative to the top of git: "" or "sub/"
    revision: str  # as the user wrote it
    commit: str
    changes: list[Change]  # paths relative to the data repository's root

    def export(self, destination: Path) -> None:
        """Write those files as they are at the revision under ``destination`` (laid out as
        in the data repository); a file the revision lacks is not written."""
        for path in TRUSTED_PATHS:
            self.git.export(self.commit, f"{self.root_prefix}{path}", destination, self.root_prefix)


def trusted_files(root: Path, revision: str, option: str = "--config-from") -> TrustedFiles:
    """The trusted files of the data repository at ``root`` at ``revision`` itself (the
    target branch, not a merge base), with the working tree's changes to them."""
    git = GitRepository(root, option)
    prefix = git.folder_prefix(root)
    commit = git.commit(revision)
    changes = [c for path in TRUSTED_PATHS for c in _changes(git, commit, prefix, path)]
    return TrustedFiles(git, prefix, revision, commit, changes)


def _changes(git: GitRepository, commit: str, prefix: str, path: str) -> list[Change]:
    """The working tree's changes below ``path`` since ``commit``, relative to the data
    repository's root (``prefix``: that root relative to the top of git)."""
    return [
        Change(
            c.status,
            _root_relative(c.old_path, prefix) if c.old_path else None,
            _root_relative(c.new_path, prefix) if c.new_path else None,
        )
        for c in git.changed(commit, None, f"{prefix}{path}")
    ]


def _root_relative(path: str, prefix: str) -> str:
    return str(PurePosixPath(path).relative_to(prefix)) if prefix else path


def changes_since(
    root: Path, revision: str, option: str
) -> tuple[GitRepository, str, list[Change]]:
    """The convention files of the data repository at ``root`` added, modified, renamed or
    copied since ``revision`` (its merge base), paths relative to ``root``."""
    git = GitRepository(root, option)
    prefix = git.folder_prefix(root)
    base = git.merge_base(revision)
    changes = [c for c in _changes(git, base, prefix, CONVENTIONS) if c.status != "removed"]
    return git, base, changes


def changed_conventions(root: Path, revision: str) -> list[Path]:
    """The convention files of the data repository at ``root`` changed since ``revision``."""
    _, _, changes = changes_since(root, revision, "--changed-since")
    return [root / c.new_path for c in changes if c.new_path is not None]


def data_snapshot(root: Path, revision: str, option: str = "--baseline") -> DataSnapshot:
    """The data repository at ``root`` as it was at ``revision``, with the renames since."""
    git, base, changes = changes_since(root, revision, option)
    renames = {
        c.old_path: c.new_path
        for c in changes
        if c.old_path is not None and c.new_path is not None and c.old_path != c.new_path
    }
    return DataSnapshot(git, git.folder_prefix(root), revision, base, renames)


# Best-effort look-ups for rendered documents: a document is still made outside git, or
# when git fails, so these answer None instead of raising.


def quiet(args: list[str], cwd: Path) -> str | None:
    """git's output, or None when git is missing or fails."""
    if shutil.which("git") is None:
        return None
    env = {**os.environ, "GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C"}
    try:
        done = subprocess.run(
            _command(args),
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=GIT_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    return done.stdout.decode("utf-8", errors="surrogateescape")


def toplevel(directory: Path) -> Path | None:
    """The top of the git work tree that holds ``directory``, if any."""
    out = quiet(["rev-parse", "--show-toplevel"], directory) if directory.is_dir() else None
    return Path(out.strip()).resolve() if out and out.strip() else None


def last_commits(top: Path, paths: list[Path]) -> dict[Path, tuple[str, int, dt.date]]:
    """For each file, the last commit that touched it: (hash, epoch, date), in one ``git log``."""
    wanted = {path.relative_to(top).as_posix(): path for path in paths}
    out = quiet(
        ["log", "-z", "--no-renames", "--format=%x1e%H %ct %cI", "--name-only", "--", *wanted],
        top,
    )
    found: dict[Path, tuple[str, int, dt.date]] = {}
    for chunk in (out or "").split("\x1e")[1:]:
        header, _, names = chunk.partition("\x00")
        commit, seconds, iso = header.split(" ")
        when = (int(seconds), dt.datetime.fromisoformat(iso).date())
        for name in names.split("\x00"):
            path = wanted.get(name.strip("\n"))
            if path is not None and path not in found:
                found[path] = (commit, *when)
        if len(found) == len(wanted):
            break
    return found


def uncommitted(top: Path, paths: list[Path]) -> dict[Path, str]:
    """Files with changes not committed (or not tracked): their ``git status`` code."""
    wanted = {path.relative_to(top).as_posix(): path for path in paths}
    out = quiet(
        ["status", "--porcelain=v1", "-z", "--no-renames", "--untracked-files=all", "--", *wanted],
        top,
    )
    changed: dict[Path, str] = {}
    for entry in (out or "").split("\x00"):
        if len(entry) > 3 and entry[3:] in wanted:
            changed[wanted[entry[3:]]] = entry[:2]
    return changed
