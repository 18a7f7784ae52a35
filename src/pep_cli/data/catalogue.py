"""The objectives catalogue: editions, their objectives and every rule parameter, as data."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from functools import cached_property
from typing import Annotated, Literal

from pydantic import Field, model_validator

from pep_cli.data.model import IDENTIFIER, Direction, Money, Period, Text, Unit, Year, _Model


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
    objectives: Annotated[list[Objective], Field(min_length=1)]

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
    schema_version: Literal[1]
    editions: Annotated[dict[str, Edition], Field(min_length=1)]
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
