"""Writing files safely: a crash never leaves a half-written convention or document."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path


class WriteError(Exception):
    """A file cannot be written (folder read-only, disk full...): a French message, exit 2."""


# errno -> French words; the rest keep the system's own (English) words after ours.
_ERRNO_FRENCH = {
    errno.EACCES: "permission refusée",
    errno.EPERM: "opération non permise",
    errno.EROFS: "système de fichiers en lecture seule",
    errno.ENOSPC: "plus de place sur le disque",
    errno.EDQUOT: "quota de disque dépassé",
    errno.ENAMETOOLONG: "nom de fichier trop long pour le système de fichiers",
    errno.ENOENT: "dossier introuvable",
    errno.ENOTDIR: "un élément du chemin n'est pas un dossier",
    errno.EISDIR: "c'est un dossier",
    errno.EFBIG: "fichier trop gros",
    errno.EIO: "erreur d'entrée-sortie",
    errno.ELOOP: "trop de liens symboliques imbriqués",
}

# Room left in a temporary name for its prefix and suffix (file names: 255 bytes at most).
_NAME_ROOM = 100


def write_error(path: Path, exc: OSError) -> WriteError:
    """The French :class:`WriteError` for ``exc``, met while writing ``path``."""
    words = _ERRNO_FRENCH.get(exc.errno or 0) or exc.strerror or str(exc)
    return WriteError(f"écriture impossible de « {path} » : {words}")


def atomic_write(
    path: Path, data: str | bytes, *, encoding: str = "utf-8", durable: bool = True
) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename.

    The rename is atomic on POSIX: readers see the old file or the new one,
    never a mix, even if pep is killed midway. The file keeps the permissions
    (and, where allowed, the owner) of the file it replaces. ``durable`` also
    flushes the data to disk before the rename, so that a power cut cannot
    leave an empty file either: that is for conventions; documents that can be
    rendered again skip it (an fsync costs more than rendering a document).

    What is at ``path`` is respected: through a symbolic link, the file it
    leads to is replaced and the link kept; a FIFO, a device or a socket is
    written into (``-o /dev/stdout``), never replaced by a plain file. Any
    failure is a :class:`WriteError` in French, with no temporary file left.
    """
    import tempfile

    payload = data.encode(encoding) if isinstance(data, str) else data
    path = Path(path)
    try:
        target = Path(os.path.realpath(path)) if path.is_symlink() else path
        status: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        status = None
    except OSError as exc:
        raise write_error(path, exc) from None
    if status is not None and not stat.S_ISREG(status.st_mode):
        if stat.S_ISDIR(status.st_mode):
            raise write_error(path, IsADirectoryError(errno.EISDIR, "is a directory"))
        _write_into(path, target, payload)
        return
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(
            prefix=f".{target.name[:_NAME_ROOM]}.", suffix=".tmp", dir=target.parent
        )
    except OSError as exc:
        raise write_error(path, exc) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        if status is not None:
            os.chmod(temporary, status.st_mode & 0o7777)
            if (status.st_uid, status.st_gid) != (os.getuid(), os.getgid()):
                with contextlib.suppress(OSError):  # only root may give a file away
                    os.chown(temporary, status.st_uid, status.st_gid)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(exc, OSError):
            raise write_error(path, exc) from None
        raise


def _write_into(path: Path, target: Path, payload: bytes) -> None:
    """Write straight into a FIFO, a device or a socket."""
    try:
        with open(target, "wb", buffering=0) as handle:
            view = memoryview(payload)
            while view:
                written = handle.write(view)
                view = view[written or 0 :]
    except OSError as exc:
        raise write_error(path, exc) from None


# Folders resolved during this run (see real_path); forget_real_paths() starts afresh.
_REAL_FOLDERS: dict[str, str] = {}


def forget_real_paths() -> None:
    """Resolve folders again from now on (a long-running server, at each new run)."""
    _REAL_FOLDERS.clear()


def _real_folder(folder: str) -> str:
    found = _REAL_FOLDERS.get(folder)
    if found is None:
        found = _REAL_FOLDERS[folder] = os.path.realpath(folder)
    return found


def real_path(path: Path | str) -> str:
    """``os.path.realpath(path)``, each folder resolved once per run: a hundred files of one
    folder cost one lstat each, not one per component of their path."""
    absolute = os.path.abspath(path)
    parent, name = os.path.split(absolute)
    if not name:
        return _real_folder(absolute)
    candidate = os.path.join(_real_folder(parent), name)
    return os.path.realpath(candidate) if os.path.islink(candidate) else candidate


def leads_outside(path: Path, root: Path | None) -> Path | None:
    """Where ``path`` really is, when its name is inside ``root`` but a symbolic link takes it
    out; ``None`` otherwise (and for a path named outside ``root``, which the user chose).

    A data repository is untrusted: a link in it must not make pep read, quote or write a
    file of the machine it runs on.
    """
    if root is None:
        return None
    absolute = os.path.abspath(path)
    root_name = os.path.abspath(root)
    real_root = _real_folder(root_name)
    if not (_within(absolute, root_name) or _within(absolute, real_root)):
        return None
    real = real_path(absolute)
    return None if _within(real, real_root) else Path(real)


def _within(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def outside_message(real: Path) -> str:
    """The French words of :func:`leads_outside`'s refusal."""
    return (
        f"lien hors du dépôt : ce chemin mène à « {real} », en dehors du dépôt de données ; "
        "son contenu n'est pas lu"
    )


@contextlib.contextmanager
def uninterrupted() -> Iterator[None]:
    """Ctrl-C waits for the end of the block: a file written is also said to be written.

    In the main thread only (elsewhere signals are not delivered); the interruption is
    raised as soon as the block is over.
    """
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda number, frame: caught.append(number))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt
