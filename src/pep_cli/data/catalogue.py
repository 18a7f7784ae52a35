"""The objectives catalogue: editions, their objectives and every rule parameter, as data."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal, TypeVar

from pydantic import Field, model_validator

from pep_cli.data.behaviour import CatalogueBehaviour, EditionBehaviour, ReportDeadlineBehaviour
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

M = TypeVar("M")


class Objective(_Model):
    number: Annotated[int, Field(strict=True, ge=1)]
    engagement: Literal["1", "2", "3", "4", "transverse"]
    kind: Literal["fondamental", "facultatif"]
    pmi: bool = False
    title: Text
    source: Text
    indicators: list[Text] = []  # noqa: RUF012 - pydantic copies field defaults


class ReportDeadline(ReportDeadlineBehaviour, _Model):
    """Annual report to be agreed before this day of the year following the reported year."""

    month: Annotated[int, Field(strict=True, ge=1, le=12)]
    day: Annotated[int, Field(strict=True, ge=1, le=31)]
    source: Text | None = None

    @model_validator(mode="after")
    def _a_day_of_every_year(self) -> ReportDeadline:
        return _checked(self)


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


class Edition(EditionBehaviour, _Model):
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
        return _checked(self)


class Catalogue(CatalogueBehaviour, _Model):
    schema_version: SchemaVersion
    editions: Annotated[dict[str, Edition], Field(min_length=1)]

    # National indicators (tableau de bord harmonisé), named by a convention indicator's code.
    indicators: list[NationalIndicator] = []  # noqa: RUF012 - pydantic copies field defaults

    @model_validator(mode="after")
    def _one_envelope_per_budget_year_and_unique_indicators(self) -> Catalogue:
        return _checked(self)


def _checked(model: M) -> M:
    problem = model.problem()  # type: ignore[attr-defined]
    if problem is not None:
        raise ValueError(problem)
    return model
