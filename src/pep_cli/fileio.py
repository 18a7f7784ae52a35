"""Writing files safely: a crash never leaves a half-written convention or document."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def atomic_write(
    path: Path, data: str | bytes, *, encoding: str = "utf-8", durable: bool = True
) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename.

    The rename is atomic on POSIX: readers see the old file or the new one,
    never a mix, even if pep is killed midway. The file keeps the permissions
    of the file it replaces. ``durable`` also flushes the data to disk before
    the rename, so that a power cut cannot leave an empty file either: that is
    for conventions; documents that can be rendered again skip it (an fsync
    costs more than rendering a document).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode(encoding) if isinstance(data, str) else data
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        if path.exists():
            os.chmod(temporary, path.stat().st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
