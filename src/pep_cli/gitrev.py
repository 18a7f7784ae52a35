"""Git-aware runs: what changed since a revision, and the data repository as it was then.

Plain ``git`` subprocesses, no library. A revision is compared through its
merge base with ``HEAD`` when the history has one (so that, on a branch,
``--changed-since origin/main`` means "changed on this branch", as a pull
request shows it), else as it is — which is what a shallow clone allows.
The working tree counts as it is: committed, staged, unstaged and untracked
(not ignored) files alike.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from pep_cli.errors import UsageError
from pep_cli.repository import CONVENTIONS_DIR


@dataclass(frozen=True, slots=True)
class Change:
    """A convention file that differs from the revision: ``path`` now, ``old_path`` then."""

    status: str  # git's letter: A (added or untracked), M, R (renamed), C (copied), T
    path: str  # relative to the data repository's root, POSIX
    old_path: str | None = None


@dataclass(frozen=True)
class GitCheckout:
    """The git work tree that holds a data repository."""

    top: Path
    prefix: str  # the data repository's root relative to ``top``: "" or "sub/dir/"
    option: str  # the option that asked for git, to name it in messages

    @classmethod
    def of(cls, root: Path, option: str) -> GitCheckout:
        completed = _git(["rev-parse", "--show-toplevel"], root, option)
        if completed.returncode != 0:
            raise UsageError(
                f"{option} : le dépôt de données « {root} » n'est pas dans un dépôt git"
            )
        top = Path(completed.stdout.strip()).resolve()
        prefix = root.resolve().relative_to(top).as_posix()
        return cls(top=top, prefix="" if prefix == "." else prefix + "/", option=option)

    def run(self, *args: str, stdin: bytes | None = None) -> bytes:
        completed = subprocess.run(
            ["git", *args], cwd=self.top, input=stdin, capture_output=True, check=False
        )
        if completed.returncode != 0:
            detail = completed.stderr.decode("utf-8", "replace").strip()
            raise UsageError(f"{self.option} : « git {args[0]} » a échoué : {detail}")
        return completed.stdout

    def commit(self, revision: str) -> str:
        """The commit that ``revision`` names, or a French message saying how to get it."""
        completed = _git(
            ["rev-parse", "--verify", "--quiet", "--end-of-options", f"{revision}^{{commit}}"],
            self.top,
            self.option,
        )
        if completed.returncode == 0:
            return completed.stdout.strip()
        shallow = self.run("rev-parse", "--is-shallow-repository").decode().strip() == "true"
        if shallow:
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
        raise UsageError(f"{self.option} : révision « {revision} » introuvable ; {hint}")

    def base(self, revision: str) -> str:
        """The commit to compare with: the merge base of ``revision`` and HEAD, else ``revision``
        itself."""
        commit = self.commit(revision)
        merge_base = _git(["merge-base", commit, "HEAD"], self.top, self.option)
        return merge_base.stdout.strip() if merge_base.returncode == 0 else commit

    def changes(self, base: str) -> list[Change]:
        """The convention files added, modified, renamed or copied since ``base``."""
        conventions = f":(top){self.prefix}{CONVENTIONS_DIR.as_posix()}"
        fields = self.run(
            "diff",
            "--name-status",
            "-z",
            "-M",
            "--no-ext-diff",
            "--no-textconv",
            base,
            "--",
            conventions,
        ).split(b"\0")
        changes = []
        i = 0
        while i < len(fields) - 1:
            status = fields[i].decode()[:1]
            if status in "RC":
                old, new = fields[i + 1], fields[i + 2]
                i += 3
            else:
                old, new = None, fields[i + 1]
                i += 2
            if status == "D":
                continue
            changes.append(
                Change(
                    status, self._relative(new), self._relative(old) if old is not None else None
                )
            )
        untracked = self.run("ls-files", "--others", "--exclude-standard", "-z", "--", conventions)
        changes.extend(Change("A", self._relative(p)) for p in untracked.split(b"\0") if p)
        return changes

    def export(self, commit: str, destination: Path) -> None:
        """Write the data repository's ``data/`` as it was at ``commit`` under ``destination``."""
        listing = self.run("ls-tree", "-r", "-z", "--full-tree", commit, "--", f"{self.prefix}data")
        entries = []
        for line in listing.split(b"\0"):
            if not line:
                continue
            meta, path = line.split(b"\t", 1)
            mode, kind, oid = meta.decode().split()
            if kind == "blob" and mode != "120000":  # symbolic links are left out
                entries.append((oid, self._relative(path)))
        if not entries:
            return
        blobs = self.run(
            "cat-file", "--batch", stdin="".join(f"{oid}\n" for oid, _ in entries).encode()
        )
        offset = 0
        for _, relative in entries:
            header_end = blobs.index(b"\n", offset)
            size = int(blobs[offset:header_end].split()[2])
            start = header_end + 1
            target = destination / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            # A scratch copy in a private temporary folder, deleted after the run:
            # nothing a crash could leave half-written for anyone, so no atomic_write.
            target.write_bytes(blobs[start : start + size])
            offset = start + size + 1

    def _relative(self, path: bytes) -> str:
        """A path from git (relative to the top) made relative to the data repository's root."""
        text = path.decode("utf-8", "surrogateescape")
        return str(PurePosixPath(text).relative_to(self.prefix)) if self.prefix else text


def changed_conventions(root: Path, revision: str) -> list[Path]:
    """The convention files of the data repository at ``root`` changed since ``revision``."""
    checkout = GitCheckout.of(root, "--changed-since")
    base = checkout.base(revision)
    return [root / change.path for change in checkout.changes(base)]


def _git(args: list[str], cwd: Path, option: str) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise UsageError(
            f"{option} : git est introuvable ; installez git pour utiliser cette option"
        ) from None
