"""The objectives catalogue: editions, their objectives and every rule parameter, as data."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal
from functools import cached_property
from typing import Annotated, Literal

from pydantic import Field, model_validator

from pep_cli.data.model import (
    IDENTIFIER,
    Direction,
    Money,
    Period,
    SchemaVersion,
    Text,
    Unit,
    Year,
    _Model,
)


class Objective(_Model):
    number: Annotated[int, Field(strict=True, ge=1)]
    engagement: Literal["1", "2", "3", "4", "transverse"]
    kind: Literal["fondamental", "facultatif"]
    pmi: bool = False
    title: Text
    source: Text
    indicators: list[Text] = []  # noqa: RUF012 - pydantic copies field defaults


class ReportDeadline(_Model):
    """Annual report to be agreed before this day of the year following the reported year."""

    month: Annotated[int, Field(strict=True, ge=1, le=12)]
    day: Annotated[int, Field(strict=True, ge=1, le=31)]
    source: Text | None = None

    @model_validator(mode="after")
    def _a_day_of_every_year(self) -> ReportDeadline:
        try:
            dt.date(2023, self.month, self.day)  # not a leap year: 29 February is refused too
        except ValueError:
            raise ValueError(
                f"le {self.day}/{self.month} n'existe pas chaque année : "
                "choisissez un jour de ce mois qui existe (ex. le 30/6)"
            ) from None
        return self

    def for_year(self, year: int) -> dt.date:
        return dt.date(year + 1, self.month, self.day)


class ExerciseDeadline(_Model):
    """The report of one exercise, due on another day than the edition's rule (a source says so)."""

    date: dt.date
    document: Text | None = None  # what was asked for, when not the usual report
    source: Text


class NationalIndicator(_Model):
    """An indicator harmonised at national level; a convention's indicator may name its code."""

    code: Annotated[str, Field(pattern=IDENTIFIER)]
    label: Text
    unit: Unit
    direction: Direction = "up"
    source: Text


class Edition(_Model):
    label: Text
    document: Literal["convention", "contrat"]
    reference: Text
    source: Text
    period: Period
    required: list[int]
    min_optional: Annotated[int, Field(strict=True, ge=0)]
    funding_sources: dict[str, Text]
    envelopes: dict[Year, dict[str, Money]] = {}  # noqa: RUF012 - pydantic copies field defaults
    envelopes_source: Text | None = None
    signature_deadline: dt.date | None = None
    report_deadline: ReportDeadline
    # Exercises whose report was asked for on another day (postponed, or an état d'exécution).
    report_deadlines: dict[Year, ExerciseDeadline] = {}  # noqa: RUF012 - pydantic copies defaults
    national_funding: Text | None = None
    # Titles of the national strategy's engagements, by key ("1"…"4", "transverse").
    engagements: dict[Literal["1", "2", "3", "4", "transverse"], Text] = Field(default_factory=dict)
    # The document's title, without the period ("Contrat départemental de prévention…").
    title: Text | None = None
    # The end of the national framework, whatever the conventions' periods say.
    ends_on: dt.date | None = None
    ends_on_source: Text | None = None
    # Laws cited in the visas from this edition on ("la loi n° 2022-140 du 7 février 2022…").
    laws: list[Text] = []  # noqa: RUF012 - pydantic copies field defaults
    # Who else may sign (2023: justice, education).
    cosignatories: list[Literal["justice", "education"]] = []  # noqa: RUF012
    # What the sources do not give: pep says it could not check it (rule edition-incomplete).
    incomplete: list[Text] = []  # noqa: RUF012
    objectives: list[Objective]

    @model_validator(mode="after")
    def _consistent(self) -> Edition:
        numbers = [o.number for o in self.objectives]
        repeated = sorted(k for k, times in Counter(numbers).items() if times > 1)
        if repeated:
            raise ValueError(f"objectifs numérotés deux fois : {repeated}")
        unknown = sorted(set(self.required) - set(numbers))
        if unknown:
            raise ValueError(f"objectifs obligatoires absents du catalogue : {unknown}")
        for year, amounts in self.envelopes.items():
            extra = sorted(set(amounts) - set(self.funding_sources))
            if extra:
                raise ValueError(f"enveloppe {year} : sources de financement inconnues {extra}")
        if not self.objectives and not self.incomplete:
            raise ValueError("édition sans objectif : dire ce qui manque (incomplete)")
        if self.ends_on is not None and not self.ends_on_source:
            raise ValueError("fin du cadre national sans source (ends_on_source)")
        if self.envelopes and not self.envelopes_source:
            raise ValueError("enveloppes nationales sans source (envelopes_source)")
        return self

    def report_due(self, year: int) -> dt.date:
        """The day the report of exercise ``year`` is due: the exercise's own, else the rule's."""
        exception = self.report_deadlines.get(year)
        return exception.date if exception else self.report_deadline.for_year(year)

    def report_source(self, year: int) -> str | None:
        """Where the deadline of exercise ``year`` comes from."""
        exception = self.report_deadlines.get(year)
        return exception.source if exception else self.report_deadline.source

    @cached_property
    def by_number(self) -> dict[int, Objective]:
        return {o.number: o for o in self.objectives}

    @cached_property
    def optional_numbers(self) -> frozenset[int]:
        return frozenset(self.by_number) - frozenset(self.required)


class Catalogue(_Model):
    schema_version: SchemaVersion
    editions: Annotated[dict[str, Edition], Field(min_length=1)]

    @model_validator(mode="after")
    def _one_envelope_per_budget_year(self) -> Catalogue:
        seen: dict[tuple[int, str], tuple[str, Decimal]] = {}
        for name, edition in self.editions.items():
            for year, amounts in edition.envelopes.items():
                for source, amount in amounts.items():
                    other = seen.setdefault((year, source), (name, amount))
                    if other[1] != amount:
                        raise ValueError(
                            f"enveloppe {source} {year} donnée deux fois, différemment, par les "
                            f"éditions {other[0]} et {name} : une année budgétaire n'a qu'une "
                            "enveloppe"
                        )
        return self

    @cached_property
    def budget_envelopes(self) -> dict[tuple[int, str], tuple[Decimal, str]]:
        """National credits per budget year and source, for all editions: (amount, edition)."""
        found: dict[tuple[int, str], tuple[Decimal, str]] = {}
        for name, edition in self.editions.items():
            for year, amounts in edition.envelopes.items():
                for source, amount in amounts.items():
                    found.setdefault((year, source), (amount, name))
        return found

    # National indicators (tableau de bord harmonisé), named by a convention indicator's code.
    indicators: list[NationalIndicator] = []  # noqa: RUF012 - pydantic copies field defaults

    @model_validator(mode="after")
    def _unique_indicators(self) -> Catalogue:
        codes = [i.code for i in self.indicators]
        repeated = sorted({c for c in codes if codes.count(c) > 1})
        if repeated:
            raise ValueError(f"indicateurs nationaux déclarés deux fois : {repeated}")
        return self

    @cached_property
    def indicator_by_code(self) -> dict[str, NationalIndicator]:
        return {i.code: i for i in self.indicators}
