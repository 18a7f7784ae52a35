"""What the data classes do beyond holding their fields, without pydantic.

Each class here is a base of a pydantic model (:mod:`pep_cli.data.model`,
:mod:`~pep_cli.data.catalogue`, :mod:`~pep_cli.data.territories`) and of its light twin
(:mod:`pep_cli.data.light`), so that both answer the same way: one definition of
``period.years``, ``convention.signed_funding()`` or ``edition.report_due(year)``.

``problem()`` is the check a model makes of itself once its fields are valid (a pydantic
``model_validator``): a French message, or None.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal
from functools import cached_property
from typing import TYPE_CHECKING, Any


class PeriodBehaviour:
    if TYPE_CHECKING:  # what the model declares (not fields of their own)
        start: int
        end: int

    @property
    def years(self) -> range:
        return range(self.start, self.end + 1)


class ConventionBehaviour:
    if TYPE_CHECKING:  # what the model declares (not fields of their own)
        funding: dict[str, dict[int, Decimal]]
        actions: list[Any]

    def signed_funding(self) -> dict[str, dict[int, Decimal]]:
        """The amounts signed per source and year: the totals, or the sum of the actions."""
        if self.funding:
            return {source: dict(years) for source, years in self.funding.items()}
        summed: dict[str, dict[int, Decimal]] = {}
        for action in self.actions:
            for source, years in action.funding.items():
                row = summed.setdefault(source, {})
                for year, value in years.items():
                    row[year] = row.get(year, Decimal(0)) + value
        return summed


class ReportDeadlineBehaviour:
    if TYPE_CHECKING:  # what the model declares (not fields of their own)
        month: int
        day: int
        source: str | None

    def problem(self) -> str | None:
        try:
            dt.date(2023, self.month, self.day)  # not a leap year: 29 February is refused too
        except ValueError:
            return (
                f"le {self.day}/{self.month} n'existe pas chaque année : "
                "choisissez un jour de ce mois qui existe (ex. le 30/6)"
            )
        return None

    def for_year(self, year: int) -> dt.date:
        return dt.date(year + 1, self.month, self.day)


class EditionBehaviour:
    if TYPE_CHECKING:  # what the model declares (not fields of their own)
        objectives: list[Any]
        required: list[int]
        envelopes: dict[int, dict[str, Decimal]]
        envelopes_source: str | None
        funding_sources: dict[str, str]
        incomplete: list[str]
        ends_on: dt.date | None
        ends_on_source: str | None
        report_deadline: Any
        report_deadlines: dict[int, Any]

    def problem(self) -> str | None:
        numbers = [o.number for o in self.objectives]
        repeated = sorted(k for k, times in Counter(numbers).items() if times > 1)
        if repeated:
            return f"objectifs numérotés deux fois : {repeated}"
        unknown = sorted(set(self.required) - set(numbers))
        if unknown:
            return f"objectifs obligatoires absents du catalogue : {unknown}"
        for year, amounts in self.envelopes.items():
            extra = sorted(set(amounts) - set(self.funding_sources))
            if extra:
                return f"enveloppe {year} : sources de financement inconnues {extra}"
        if not self.objectives and not self.incomplete:
            return "édition sans objectif : dire ce qui manque (incomplete)"
        if self.ends_on is not None and not self.ends_on_source:
            return "fin du cadre national sans source (ends_on_source)"
        if self.envelopes and not self.envelopes_source:
            return "enveloppes nationales sans source (envelopes_source)"
        return None

    def report_due(self, year: int) -> dt.date:
        """The day the report of exercise ``year`` is due: the exercise's own, else the rule's."""
        exception = self.report_deadlines.get(year)
        return exception.date if exception else self.report_deadline.for_year(year)  # type: ignore[no-any-return]

    def report_source(self, year: int) -> str | None:
        """Where the deadline of exercise ``year`` comes from."""
        exception = self.report_deadlines.get(year)
        return exception.source if exception else self.report_deadline.source  # type: ignore[no-any-return]

    @cached_property
    def by_number(self) -> dict[int, Any]:
        return {o.number: o for o in self.objectives}

    @cached_property
    def optional_numbers(self) -> frozenset[int]:
        return frozenset(self.by_number) - frozenset(self.required)


class CatalogueBehaviour:
    if TYPE_CHECKING:  # what the model declares (not fields of their own)
        editions: dict[str, Any]
        indicators: list[Any]

    def problem(self) -> str | None:
        seen: dict[tuple[int, str], tuple[str, Decimal]] = {}
        for name, edition in self.editions.items():
            for year, amounts in edition.envelopes.items():
                for source, amount in amounts.items():
                    other = seen.setdefault((year, source), (name, amount))
                    if other[1] != amount:
                        return (
                            f"enveloppe {source} {year} donnée deux fois, différemment, par les "
                            f"éditions {other[0]} et {name} : une année budgétaire n'a qu'une "
                            "enveloppe"
                        )
        counted = Counter(i.code for i in self.indicators)  # linear: a catalogue is input
        repeated = sorted(code for code, times in counted.items() if times > 1)
        if repeated:
            return f"indicateurs nationaux déclarés deux fois : {repeated}"
        return None

    @cached_property
    def budget_envelopes(self) -> dict[tuple[int, str], tuple[Decimal, str]]:
        """National credits per budget year and source, for all editions: (amount, edition)."""
        found: dict[tuple[int, str], tuple[Decimal, str]] = {}
        for name, edition in self.editions.items():
            for year, amounts in edition.envelopes.items():
                for source, amount in amounts.items():
                    found.setdefault((year, source), (amount, name))
        return found

    @cached_property
    def indicator_by_code(self) -> dict[str, Any]:
        return {i.code: i for i in self.indicators}


class TerritoryEntryBehaviour:
    if TYPE_CHECKING:  # what the model declares (not fields of their own)
        code: str
        region: str | None
        ars: str | None

    def problem(self) -> str | None:
        if self.region is None and self.ars is None:
            return f"{self.code} : sans région, le nom de l'agence de santé (ars) est requis"
        return None

    @property
    def ars_name(self) -> str:
        return self.ars or f"Agence régionale de santé {self.region}"


class TerritoriesBehaviour:
    if TYPE_CHECKING:  # what the model declares (not fields of their own)
        territories: list[Any]

    def problem(self) -> str | None:
        codes = [t.code for t in self.territories]
        repeated = sorted(k for k, times in Counter(codes).items() if times > 1)
        if repeated:
            return f"codes répétés : {repeated}"
        known = set(codes)
        for entry in self.territories:
            unknown = sorted(set(entry.members) - known)
            if unknown:
                return f"{entry.code} : codes membres inconnus {unknown}"
        return None

    @cached_property
    def by_code(self) -> dict[str, Any]:
        return {t.code: t for t in self.territories}


# The behaviour of each model, by its name (the light twins take theirs from here).
BEHAVIOURS: dict[str, type] = {
    "Period": PeriodBehaviour,
    "Convention": ConventionBehaviour,
    "ReportDeadline": ReportDeadlineBehaviour,
    "Edition": EditionBehaviour,
    "Catalogue": CatalogueBehaviour,
    "TerritoryEntry": TerritoryEntryBehaviour,
    "Territories": TerritoriesBehaviour,
}
