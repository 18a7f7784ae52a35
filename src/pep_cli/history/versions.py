"""Conventions at git revisions: the two sides of ``pep diff``, the entries of ``pep history``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pep_cli.data.repository import CONVENTIONS_DIR, choose_convention, territory_reference
from pep_cli.data.yamlsource import read_document
from pep_cli.errors import DataError, UsageError
from pep_cli.history.git import WORKING_TREE, GitRepository

if TYPE_CHECKING:
    from pep_cli.data.model import Amendment, Convention
    from pep_cli.data.repository import DataRepository
    from pep_cli.history.diff import ConventionDiff

YAML_SUFFIXES = (".yaml", ".yml")


@dataclass
class Comparison:
    """The diffs between two revisions, and the files that could not be compared."""

    old_revision: str
    new_revision: str | None  # None: the working tree
    diffs: list[ConventionDiff] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def old_label(self) -> str:
        return short_revision(self.old_revision)

    @property
    def new_label(self) -> str:
        return WORKING_TREE if self.new_revision is None else short_revision(self.new_revision)


def short_revision(revision: str) -> str:
    """A full commit hash shortened as git shows it; names (HEAD~1, v2023, main) as they are."""
    return revision[:12] if re.fullmatch(r"[0-9a-f]{40}", revision) else revision


def _locate(
    repo: DataRepository, git: GitRepository, reference: str, new_revision: str | None
) -> str:
    """The path (relative to the top of git) of the convention named by ``reference``: a
    path, or a territory code found by the content of the files (at ``new_revision``)."""
    code = territory_reference(reference)
    if new_revision is None or code is None:
        if code is None and new_revision is not None:
            return (
                git.relative(Path(reference).resolve()) if Path(reference).exists() else reference
            )
        return git.relative(repo.resolve_convention(reference))
    assert repo.root is not None
    folder = git.relative(repo.root / CONVENTIONS_DIR)
    names = [p for p in git.files_at(new_revision, folder) if p.endswith(YAML_SUFFIXES)]
    contents = git.show_many([(new_revision, name) for name in names])
    found = choose_convention(code, zip(names, contents, strict=True))
    if found is None:
        raise UsageError(
            f"aucune convention du territoire « {reference} » à la révision {new_revision}"
        )
    return found


def _read(git: GitRepository, revision: str | None, path: str) -> bytes | None:
    if revision is None:
        file = git.top / path
        return file.read_bytes() if file.is_file() else None
    return git.show(revision, path)


def _shown(revision: str | None, path: str) -> str:
    return path if revision is None else f"{revision}:{path}"


def compare(
    repo: DataRepository,
    reference: str | None,
    old_revision: str,
    new_revision: str | None,
) -> Comparison:
    """The semantic diffs of one convention (``reference``) or of every changed one."""
    from pep_cli.history.diff import diff_conventions

    assert repo.root is not None
    git = GitRepository(repo.root)
    old_commit = git.commit(old_revision)
    new_commit = git.commit(new_revision) if new_revision is not None else None
    comparison = Comparison(old_revision, new_revision)

    pairs: list[tuple[str | None, str | None]] = []
    if reference is not None:
        new_path = _locate(repo, git, reference, new_commit)
        if _read(git, new_commit, new_path) is None:
            raise UsageError(f"{new_path} n'existe pas dans la {comparison.new_label}")
        old_path = git.path_at(old_commit, new_path, start=new_commit or "HEAD")
        if old_path is None:
            raise UsageError(f"la convention {new_path} n'existe pas à la révision {old_revision}")
        pairs.append((old_path, new_path))
    else:
        folder = git.relative(repo.root / CONVENTIONS_DIR)
        for change in git.changed(old_commit, new_commit, folder):
            name = change.new_path or change.old_path or ""
            if Path(name).suffix in YAML_SUFFIXES:
                pairs.append((change.old_path, change.new_path))

    for old_name, new_name in pairs:
        sides = [
            _load(git, old_commit, old_revision, old_name, comparison.errors),
            _load(git, new_commit, new_revision, new_name, comparison.errors),
        ]
        if any(isinstance(side, DataError) for side in sides):
            continue
        old, new = sides
        assert not isinstance(old, DataError) and not isinstance(new, DataError)
        edition = repo.catalogue.editions.get((new or old).edition)  # type: ignore[union-attr]
        comparison.diffs.append(
            diff_conventions(old, new, edition, old_name=old_name, new_name=new_name)
        )
    return comparison


def _load(
    git: GitRepository,
    commit: str | None,
    revision: str | None,
    path: str | None,
    errors: list[str],
) -> Convention | DataError | None:
    """One side of a comparison; an invalid version is recorded in ``errors``."""
    from pep_cli.history.diff import load_version

    if path is None:
        return None
    raw = _read(git, commit, path)
    if raw is None:
        raise UsageError(f"{path} introuvable à la révision {revision or WORKING_TREE}")
    try:
        return load_version(raw, _shown(revision, path))
    except DataError as exc:
        errors.append(str(exc))
        return exc


# --- history ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HistoryEntry:
    """One commit of a convention, with what it says at that commit."""

    commit: str
    short: str
    date: str
    author: str
    path: str
    version: int | None
    status: str | None
    amendments_added: list[Amendment]
    problem: str | None = None  # the version could not be read


def history(repo: DataRepository, reference: str) -> list[HistoryEntry]:
    """The versions of a convention, newest first, from ``git log --follow``."""
    from pep_cli.data.light import validate_convention as validate
    from pep_cli.history.diff import added_amendments

    assert repo.root is not None
    git = GitRepository(repo.root)
    path = (
        _locate(repo, git, reference, None)
        if territory_reference(reference)
        else git.relative(Path(reference))
    )
    log = git.log_follow(path)
    if not log:
        raise UsageError(f"{path} n'a aucun commit dans l'historique git")
    contents = git.show_many([(e.commit, e.path) for e in log if not e.deleted])
    read: list[tuple[Convention | None, str | None]] = []
    it = iter(contents)
    for entry in log:
        if entry.deleted:
            read.append((None, "fichier supprimé dans ce commit"))
            continue
        raw = next(it)
        doc = read_document(Path(entry.path), raw=raw or b"")
        model, errors = validate(doc.data) if doc.readable else (None, [])
        if model is not None:
            read.append((model, None))
            continue
        if doc.faults:
            fault = doc.faults[0]
            problem = f"{entry.path}:{fault.line}:{fault.column}: {fault.message}"
        else:
            pointer, message, at_key = errors[0]
            line, column = doc.locate(pointer, key=at_key)
            problem = f"{entry.path}:{line}:{column}: {message}"
        read.append((None, problem))
    entries: list[HistoryEntry] = []
    for index, (entry, (model, failure)) in enumerate(zip(log, read, strict=True)):
        older = next((m for m, _ in read[index + 1 :] if m is not None), None)
        added = added_amendments(older, model) if model else []
        entries.append(
            HistoryEntry(
                commit=entry.commit,
                short=entry.short,
                date=entry.date,
                author=entry.author,
                path=entry.path,
                version=model.version if model else None,
                status=model.status if model else None,
                amendments_added=added,
                problem=failure,
            )
        )
    return entries
