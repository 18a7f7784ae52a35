"""What the cross-file rules know of one convention: a small summary, not the whole model.

A summary is made once per file, when its content matches the schema; it is kept in
the content cache with the file's findings, and crosses between processes in place of
the model. So a run where nothing changed builds no model at all, and a one-file run
(pre-commit, the editor server) holds one model and a hundred summaries.

A new cross-file rule that needs another fact adds a field to :class:`Summary`, fills it
in :func:`summarize`, and reads it in its ``check``; values are plain data (str, int,
bool, Decimal, date, lists, dicts) so that the cache can store them. The cache keys
hold pep's own source, so entries written before the field existed are not read.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pep_cli.data.model import Convention


@dataclass(frozen=True, slots=True)
class Summary:
    """One convention, as the cross-file rules see it."""

    # The file as reports show it (relative to the current folder): set by the engine,
    # never cached, since it depends on where pep runs.
    display: str
    territory: str  # territory.code
    edition: str
    start: int  # period.start
    end: int  # period.end
    # The signed totals (``funding``): source -> year -> amount.
    funding: Mapping[str, Mapping[int, Decimal]]

    def facts(self) -> dict[str, Any]:
        """Every field but ``display``: what the cache stores."""
        return {f.name: getattr(self, f.name) for f in FACTS}


FACTS = tuple(f for f in dataclasses.fields(Summary) if f.name != "display")


def summarize(convention: Convention, display: str) -> Summary:
    """The summary of a convention whose content matches the schema."""
    return Summary(
        display=display,
        territory=convention.territory.code,
        edition=convention.edition,
        start=convention.period.start,
        end=convention.period.end,
        funding={source: dict(years) for source, years in convention.funding.items()},
    )


def from_facts(facts: Mapping[str, Any], display: str) -> Summary:
    """A summary back from the cache; ValueError when the facts are not those of today's
    :class:`Summary` (a foreign entry)."""
    if set(facts) != {f.name for f in FACTS}:
        raise ValueError("foreign summary")
    return Summary(display=display, **facts)
