"""The objectives catalogue: editions, their objectives and every rule parameter, as data."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from functools import cached_property
from typing import Annotated, Literal

from pydantic import Field, model_validator

from pep_cli.data.model import Money, Period, Text, Year, _Model


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

    def for_year(self, year: int) -> dt.date:
        return dt.date(year + 1, self.month, self.day)


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

    @cached_property
    def by_number(self) -> dict[int, Objective]:
        return {o.number: o for o in self.objectives}

    @cached_property
    def optional_numbers(self) -> frozenset[int]:
        return frozenset(self.by_number) - frozenset(self.required)


class Catalogue(_Model):
    schema_version: Literal[1]
    editions: Annotated[dict[str, Edition], Field(min_length=1)]
