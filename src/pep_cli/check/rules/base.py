"""What a rule module is made of, and what its checks yield.

A rule module has ``ID``, ``LEVEL``, ``SCOPE``, a docstring (its user
documentation) and ``check``:

- ``document`` rules report what reading found (syntax, duplicate keys,
  schema); they run on every file;
- ``convention`` rules run on each file whose content matches the schema;
- ``repository`` rules run once over the :class:`~pep_cli.check.summary.Summary` of
  every valid convention of the repository (never its model: an unchanged file is not
  read again, see :mod:`pep_cli.cache`) and yield ``(summary, finding)`` pairs.

What a rule reads of its :class:`Context` is noted: a result that depends on the date
of the run is cached for that date only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pep_cli.check.engine import ConventionFile
    from pep_cli.data.catalogue import Catalogue, Edition
    from pep_cli.data.territories import Territories


@dataclass(frozen=True, slots=True)
class Finding:
    """What a rule found: where in the document (a pointer) and a French message.

    The engine turns the pointer into a line and column and stamps the rule's
    id and level, so that configuration can change a level without touching
    the rule.
    """

    pointer: tuple[Any, ...]
    message: str
    at_key: bool = False
    # Set only for faults found while reading, which have a position but no pointer.
    position: tuple[int, int] | None = None


class Context:
    """What every rule may consult besides the file.

    ``today`` is read through a property that notes the reading: the engine caches a
    file's findings for every date when no rule looked at the date, for that date only
    otherwise.
    """

    __slots__ = ("_today", "catalogue", "territories", "today_read")

    def __init__(self, catalogue: Catalogue, territories: Territories, today: dt.date) -> None:
        self.catalogue = catalogue
        self.territories = territories
        self._today = today
        self.today_read = False

    @property
    def today(self) -> dt.date:
        self.today_read = True
        return self._today

    def edition_of(self, file: ConventionFile) -> Edition | None:
        assert file.model is not None
        return self.catalogue.editions.get(file.model.edition)
