"""What a buffer says of itself: its data when it reads, its edition and its period.

The buffer is read with pep's own reader (positions, exact decimals); a buffer that does
not read still gives its edition and period from its lines, so that hover and completion
keep working while a line is half typed.
"""

from __future__ import annotations

import re
import typing
from typing import TYPE_CHECKING, Any

from pep_cli.lsp.buffer import Buffer

if TYPE_CHECKING:
    from pydantic import BaseModel

    from pep_cli.data.catalogue import Edition
    from pep_cli.data.repository import DataRepository
    from pep_cli.data.yamlsource import Document

_EDITION = re.compile(r"""^edition\s*:\s*["']?([^"'\s#]+)""", re.MULTILINE)
_PERIOD_FLOW = re.compile(r"^period\s*:\s*\{\s*start\s*:\s*(\d{4})\s*,\s*end\s*:\s*(\d{4})", re.M)
_PERIOD_BLOCK = re.compile(r"^period\s*:\s*\n\s+start\s*:\s*(\d{4})\s*\n\s+end\s*:\s*(\d{4})", re.M)


def read(buffer: Buffer) -> Document:
    """The buffer read by pep's reader (never raises; faults are in the document)."""
    from pep_cli.data.yamlsource import read_document

    return read_document(buffer.path, buffer.text.encode("utf-8"))


def data_of(buffer: Buffer) -> dict[Any, Any] | None:
    data = read(buffer).data
    return data if isinstance(data, dict) else None


def edition_of(repo: DataRepository, buffer: Buffer) -> tuple[str, Edition] | None:
    """The buffer's edition (``edition:``), when the catalogue has it."""
    match = _EDITION.search(buffer.text)
    if match is None:
        return None
    edition = repo.catalogue.editions.get(match[1])
    return (match[1], edition) if edition is not None else None


def period_of(buffer: Buffer, edition: Edition | None) -> list[int]:
    """The years of the buffer's period; the edition's usual period when it has none."""
    for pattern in (_PERIOD_FLOW, _PERIOD_BLOCK):
        match = pattern.search(buffer.text)
        if match is not None:
            start, end = int(match[1]), int(match[2])
            if start <= end <= start + 20:
                return list(range(start, end + 1))
    if edition is not None:
        return list(edition.period.years)
    return []


def model_at(path: tuple[str, ...]) -> type[BaseModel] | None:
    """The model of the table at ``path`` (``"-"``: a list item), e.g. ``Action`` for
    ``("actions", "-")``; ``None`` for a table of free keys (funding, targets)."""
    from pydantic import BaseModel

    from pep_cli.data.model import Convention

    current: Any = Convention
    for part in path:
        if part == "-":
            args = typing.get_args(current)
            if typing.get_origin(current) is not list or not args:
                return None
            current = _bare(args[0])
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        field = current.model_fields.get(part)
        if field is None:
            return None
        current = _bare(field.annotation)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return current
    return None


def _bare(annotation: Any) -> Any:
    """``Annotated[X, ...]``, ``X | None`` -> ``X``."""
    import types

    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            options = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(options) != 1:
                return annotation
            annotation = options[0]
        else:
            return annotation


def choices(model: type[BaseModel], name: str) -> tuple[str, ...]:
    """The values a field admits (``unit``: nombre, pourcentage...), from the model."""
    field = model.model_fields.get(name)
    if field is None:
        return ()
    annotation = _bare(field.annotation)
    if typing.get_origin(annotation) is typing.Literal:
        return tuple(str(value) for value in typing.get_args(annotation))
    return ()
