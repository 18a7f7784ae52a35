"""The ``illustrative:`` mark: which values of a convention come from no source.

A block (the convention, an action, an indicator, a report entry, an
execution entry) may say ``illustrative: true`` (everything in it is
illustrative) or list the fields that are, as dotted paths:
``[targets, results]``, ``[results.2023]``, ``[execution.fir]``, ``[funding]``.

:func:`is_illustrative` answers for one value, and inherits from the enclosing
blocks (convention → action → indicator), given outermost first in ``within``:

- an enclosing ``illustrative: true`` covers everything inside it;
- an enclosing mark that names one of its own fields covers that field only:
  ``[funding]`` on the convention marks the signed totals, not the actions'
  funding; ``[actions]`` marks every action, ``[indicators]`` on an action
  every indicator of it;
- an enclosing mark that names a field it does not have covers that field in
  every block nested in it: ``[results]`` on the convention marks the results
  of every indicator, ``[targets, results]`` on an action those of its
  indicators.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import BaseModel


def is_illustrative(
    block: BaseModel,
    field: str | None = None,
    *keys: object,
    within: Sequence[BaseModel] = (),
) -> bool:
    """Whether ``block.<field>[key]…`` (or the whole ``block``) is marked illustrative.

    ``is_illustrative(indicator, "results", 2023, within=(convention, action))``;
    ``is_illustrative(convention, "execution", "fir", 2022)``.
    """
    own_mark = _mark(block)
    if not own_mark and not any(_mark(outer) for outer in within):
        return False  # nothing marked around it: most values of most conventions
    path = tuple(str(part) for part in (field, *keys) if part is not None)
    if _covers(own_mark, path):
        return True
    chain = [*within, block]
    for outer, inner in pairwise(chain):
        mark = _mark(outer)
        if mark is True:
            return True
        if not mark:
            continue
        own = type(outer).model_fields
        via = _field_holding(outer, inner)
        for entry in mark:
            parts = tuple(entry.split("."))
            if parts[0] in own:
                if parts == (via,):
                    return True
            elif path[: len(parts)] == parts:
                return True
    return False


def _mark(block: BaseModel) -> bool | list[str]:
    value: Any = getattr(block, "illustrative", False)
    return value if isinstance(value, bool | list) else False


def _covers(mark: bool | list[str], path: tuple[str, ...]) -> bool:
    if mark is True:
        return True
    if not mark or not path:
        return False
    return any(path[: len(parts)] == parts for parts in (tuple(e.split(".")) for e in mark))


def _field_holding(outer: BaseModel, inner: BaseModel) -> str | None:
    """The field of ``outer`` whose value holds ``inner`` (a list item or a mapping value)."""
    for name in type(outer).model_fields:
        value = getattr(outer, name)
        if value is inner:
            return name
        if isinstance(value, list) and any(item is inner for item in value):
            return name
        if isinstance(value, dict) and any(
            item is inner or (isinstance(item, dict) and any(v is inner for v in item.values()))
            for item in value.values()
        ):
            return name
    return None
