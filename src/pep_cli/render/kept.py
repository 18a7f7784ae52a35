"""Documents kept between runs: a convention whose inputs have not changed is not rendered again.

``pep render --all`` after a one-file change renders that file only; the others are
taken from the content cache (:mod:`pep_cli.cache`), like their findings. ``pep report``
keeps its reports the same way (without charts), under the year and the date of the day.

A Markdown or LaTeX document is the work of :func:`pep_cli.render.context.build_context`
and of the templates, from exactly these inputs, all in its key:

- the file's bytes, and what its findings depend on (the key the engine gives the file:
  pep's source and version, the catalogue, the territories and the other data files, the
  configuration);
- its provenance (the last commit of the file, its date, whether it changed since), and
  thus ``SOURCE_DATE_EPOCH``;
- every file of every templates folder, the format, and the libraries that shape the text
  (Jinja, Babel, MarkupSafe).

Only the document of a file with no error is kept: a draft lists problems, which depend on
the whole repository. A templates folder that holds a symbolic link, or that is too large
to hash at each run, is not trusted to describe itself: its documents are not kept.
An entry that is not a document of this format (or unpacks to more than a document could
be) is ignored, and the file is rendered.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pep_cli.cache import Cache
    from pep_cli.check.engine import ConventionFile
    from pep_cli.render.provenance import Provenance

# The libraries whose behaviour shows in a document's text.
_LIBRARIES = ("jinja2", "babel", "markupsafe")
# Past these, a templates folder is not hashed at each run (its documents are not kept).
_MAX_TEMPLATE_FILES = 1_000  # files and folders
_MAX_TEMPLATE_BYTES = 8 * 1024 * 1024
# A kept document unpacks to at most this (a foreign entry could unpack to gigabytes).
_MAX_DOCUMENT_BYTES = 64 * 1024 * 1024


class KeptDocuments:
    """The documents of one kind that the cache holds, and those a run adds to it."""

    def __init__(self, cache: Cache, base: str, kind: str) -> None:
        self.cache = cache
        self.base = base
        self.fmt = kind
        self._keys: dict[int, str] = {}  # id of a file of the run -> the key of its document
        self._served: set[int] = set()  # the files whose documents came from the cache

    def find(self, file: ConventionFile, origin: Provenance | None) -> str | None:
        """The document of ``file`` kept by an earlier run, or None; remembers its key, so
        that :meth:`keep` can keep the document this run makes."""
        key = self.key(file, origin)
        if key is None:
            return None
        self._keys[id(file)] = key
        text = self.get(key)
        if text is not None:
            self._served.add(id(file))
        return text

    def keep(self, file: ConventionFile, text: str) -> None:
        """Keep the document this run made of ``file`` (one that :meth:`find` did not give)."""
        key = self._keys.get(id(file))
        if key is not None and id(file) not in self._served:
            self.put(key, text)

    @classmethod
    def for_run(
        cls, cache: Cache | None, template_dirs: Sequence[Path], kind: str, *inputs: str
    ) -> KeptDocuments | None:
        """The documents of ``kind`` (a format: ``md``; ``report-md``…) kept for a run that
        makes them from ``template_dirs`` and ``inputs`` (what else shapes them: a report's
        year, the date of the day); None when there is no cache, or the templates cannot be
        told apart by their content."""
        if cache is None:
            return None
        templates = templates_digest(template_dirs)
        if templates is None:
            return None
        from pep_cli.cache import digest, library_stamps

        parts = ("document", kind, *inputs, templates, *library_stamps(_LIBRARIES))
        return cls(cache, digest(*parts), kind)

    def key(self, file: ConventionFile, origin: Provenance | None) -> str | None:
        """Under which the document of ``file`` is kept (None: it cannot be)."""
        if file.key is None or origin is None:
            return None
        from pep_cli.cache import digest

        return digest(self.base, file.key, repr(origin))

    def get(self, key: str) -> str | None:
        """The document kept under ``key``, or None (absent, foreign or corrupt)."""
        entry = self.cache.get(key)
        if not (isinstance(entry, dict) and isinstance(entry.get(self.fmt), str)):
            return None
        import base64
        import binascii
        import zlib

        try:
            unpacking = zlib.decompressobj()
            text = unpacking.decompress(
                base64.b64decode(entry[self.fmt], validate=True), _MAX_DOCUMENT_BYTES
            )
            if unpacking.unconsumed_tail or not unpacking.eof:  # too large, or cut short
                return None
            return text.decode()
        except (binascii.Error, ValueError, zlib.error):
            return None

    def put(self, key: str, text: str) -> None:
        """Keep ``text`` under ``key`` (compressed: a document is tens of kilobytes)."""
        import base64
        import zlib

        packed = base64.b64encode(zlib.compress(text.encode(), 6)).decode("ascii")
        self.cache.put(key, {self.fmt: packed})


def templates_digest(template_dirs: Sequence[Path]) -> str | None:
    """A digest of every file of the templates folders, in order (the first folder that holds
    a name wins); None when a folder holds a symbolic link or anything but files and folders,
    or is too large to hash (files and folders counted: a folder nested a thousand deep is
    input too)."""
    from pep_cli.cache import digest

    parts: list[str | bytes] = []
    count = size = 0
    for index, folder in enumerate(template_dirs):
        parts.append(f"folder {index}")
        if not folder.is_dir():
            continue
        waiting = [str(folder)]  # a stack, not recursion
        while waiting:
            current = waiting.pop()
            try:
                with os.scandir(current) as listing:
                    entries = sorted(listing, key=lambda entry: entry.name)
            except OSError:
                return None
            for entry in entries:
                count += 1
                if count > _MAX_TEMPLATE_FILES:
                    return None
                try:
                    status = entry.stat(follow_symlinks=False)
                    if stat.S_ISDIR(status.st_mode):
                        waiting.append(entry.path)
                        continue
                    if not stat.S_ISREG(status.st_mode):  # a link, a pipe...
                        return None
                    size += status.st_size
                    if size > _MAX_TEMPLATE_BYTES:
                        return None
                    with open(entry.path, "rb") as handle:
                        data = handle.read(_MAX_TEMPLATE_BYTES + 1)
                except OSError:
                    return None
                parts += [os.path.relpath(entry.path, folder).replace(os.sep, "/"), data]
    return digest(*parts)
