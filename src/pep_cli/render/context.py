"""What a template receives: a validated convention, laid out as the document reads it.

The context is plain values (dataclasses, tuples, ``Decimal``, ``date``):
amounts stay exact and unformatted, and templates format them with the
French filters (``amount``, ``date``…) and escape them with ``latex`` or
``md``. Totals are computed here, once, with ``Decimal``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pep_cli.check.problem import Problem
    from pep_cli.data.catalogue import Edition
    from pep_cli.data.model import Action, Amendment, Convention, Indicator
    from pep_cli.data.territories import TerritoryEntry
    from pep_cli.render.provenance import Provenance

ENGAGEMENT_ORDER = ("1", "2", "3", "4", "transverse")
OUTSIDE_CATALOGUE = "hors-catalogue"

# An indicator's unit, as its column shows it.
UNIT_LABELS = {
    "nombre": "nombre",
    "pourcentage": "%",
    "euros": "euros",
    "jours": "jours",
    "places": "places",
}

# Nouns that take "la" (the others take "le", or "l’" before a vowel).
_FEMININE = frozenset(
    {
        "agence", "collectivité", "communauté", "circulaire", "convention", "instruction",
        "loi", "métropole", "note", "préfecture", "région", "ville",
    }
)  # fmt: skip
_VOWELS = frozenset("aeiouyàâäéèêëîïôöùûüœæ")
APOSTROPHE = "\u2019"
CHILDHOOD = f"l{APOSTROPHE}enfance"


def article(noun_phrase: str) -> str:
    """The definite article of a French noun phrase: ``"l’"``, ``"le "`` or ``"la "``."""
    first = noun_phrase.split(" ", 1)[0].casefold()
    if first[:1] in _VOWELS:
        return "l" + APOSTROPHE
    return "la " if first in _FEMININE else "le "


def capfirst(text: str) -> str:
    """``"l’État"`` -> ``"L’État"`` (unlike ``str.capitalize``, the rest is kept)."""
    return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class Party:
    """A party to the convention, with its article: ``the`` = "le Département du Cantal"."""

    name: str
    article: str

    @property
    def the(self) -> str:
        return self.article + self.name

    @property
    def of(self) -> str:
        """ "de l’État", "du Département du Cantal", "de la Collectivité de Corse"."""
        if self.article == "le ":
            return "du " + self.name
        return "de " + self.the

    @classmethod
    def named(cls, name: str) -> Party:
        return cls(name=name, article=article(name))


@dataclass(frozen=True)
class DocumentKind:
    """Convention (feminine) or contrat (masculine): the words that agree with it."""

    noun: str

    @property
    def feminine(self) -> bool:
        return self.noun == "convention"

    @property
    def e(self) -> str:
        """Agreement of past participles: "signée" / "signé"."""
        return "e" if self.feminine else ""

    @property
    def pronoun(self) -> str:
        return "elle" if self.feminine else "il"

    @property
    def the(self) -> str:
        return ("la " if self.feminine else "le ") + self.noun

    @property
    def this(self) -> str:
        """ "la présente convention" / "le présent contrat"."""
        return ("la présente " if self.feminine else "le présent ") + self.noun

    @property
    def of_this(self) -> str:
        return ("de la présente " if self.feminine else "du présent ") + self.noun


@dataclass(frozen=True)
class FundingRow:
    key: str
    label: str
    amounts: tuple[Decimal | None, ...]  # one per year of the table; None: nothing planned
    total: Decimal


@dataclass(frozen=True)
class FundingTable:
    """Amounts per source (rows) and year (columns), with the totals of both."""

    years: tuple[int, ...]
    rows: tuple[FundingRow, ...]
    totals: tuple[Decimal, ...]  # per year
    total: Decimal

    @property
    def empty(self) -> bool:
        return not self.rows


@dataclass(frozen=True)
class IndicatorView:
    label: str
    unit: str
    unit_label: str
    baseline: Decimal | None
    baseline_year: int | None
    targets: tuple[Decimal | None, ...]  # one per year of the action's table


@dataclass(frozen=True)
class ActionView:
    number: int  # in the order of the document, from 1
    id: str
    title: str
    description: str | None
    objective: int
    years: tuple[int, ...]
    indicators: tuple[IndicatorView, ...]
    funding: FundingTable


@dataclass(frozen=True)
class ObjectiveView:
    number: int
    title: str
    engagement: str
    kind: str  # fondamental | facultatif | "" outside the catalogue
    required: bool
    pmi: bool
    in_catalogue: bool
    actions: tuple[ActionView, ...]


@dataclass(frozen=True)
class EngagementView:
    key: str  # "1"… "4", "transverse", or "hors-catalogue"
    title: str
    objectives: tuple[ObjectiveView, ...]

    @property
    def label(self) -> str:
        """ "Engagement 1", "Engagement transverse", "Hors catalogue"."""
        if self.key == OUTSIDE_CATALOGUE:
            return "Hors catalogue"
        return f"Engagement {self.key}"


@dataclass(frozen=True)
class Coverage:
    actions: int
    objectives: int
    required_total: int
    required_covered: int
    optional_covered: int
    min_optional: int
    missing_required: tuple[int, ...]


@dataclass(frozen=True)
class EditionView:
    name: str
    label: str
    reference: str
    reference_cited: str  # "l’instruction n° …", for the visas
    national_funding: str | None


@dataclass(frozen=True)
class SignatureBlock:
    role: str
    party: Party
    name: str


@dataclass(frozen=True)
class Deadline:
    year: int
    date: dt.date


@dataclass(frozen=True)
class RenderContext:
    """Everything a convention template may use (see templates/README.md)."""

    document: DocumentKind
    title: str  # "Contrat de prévention et de protection de l’enfance 2022-2024"
    between: str  # "entre l’État, l’Agence régionale de santé … et le Département du Cantal"
    period: str  # "2022-2024"
    years: tuple[int, ...]
    territory_code: str
    territory_name: str
    state: Party
    ars: Party
    collectivity: Party
    edition: EditionView
    status: str  # draft | signed | closed
    version: int
    signed_on: dt.date | None
    engagements: tuple[EngagementView, ...]
    actions: tuple[ActionView, ...]
    objectives: tuple[ObjectiveView, ...]  # covered, by number
    coverage: Coverage
    funding: FundingTable
    report_deadlines: tuple[Deadline, ...]
    amendments: tuple[Amendment, ...]
    signatures: tuple[SignatureBlock, ...]
    sources: tuple[str, ...]
    provenance: Provenance
    draft: bool  # rendered under --draft with errors: the banner lists them
    problems: tuple[Problem, ...]

    def as_template_variables(self) -> dict[str, Any]:
        return {field.name: getattr(self, field.name) for field in fields(self)}


def period_label(start: int, end: int) -> str:
    return str(start) if start == end else f"{start}-{end}"


def build_context(
    convention: Convention,
    edition: Edition,
    territory: TerritoryEntry | None,
    provenance: Provenance,
    problems: Sequence[Problem] = (),
) -> RenderContext:
    """The template context of one convention (``problems``: its errors, for a draft)."""
    kind = DocumentKind(edition.document)
    period = period_label(convention.period.start, convention.period.end)
    state = Party(name="État", article="l" + APOSTROPHE)
    if territory is not None:
        ars = Party.named(territory.ars_name)
        collectivity = Party.named(territory.signatory)
        territory_name = territory.name
    else:  # only in a draft: the territory rule has already said what is wrong
        ars = Party.named("Agence régionale de santé")
        collectivity = Party.named(f"collectivité du territoire {convention.territory.code}")
        territory_name = convention.territory.name
    # A draft may have its period upside down (the period rule says so): lay out the span.
    first, last = sorted((convention.period.start, convention.period.end))
    years = tuple(range(first, last + 1))
    engagements, actions = _engagements(convention, edition, years)
    objectives = tuple(
        sorted((o for e in engagements for o in e.objectives), key=lambda o: o.number)
    )
    reference = edition.reference
    reference_lower = reference[:1].lower() + reference[1:]
    return RenderContext(
        document=kind,
        title=f"{capfirst(kind.noun)} de prévention et de protection de {CHILDHOOD} {period}",
        between=f"entre {state.the}, {ars.the} et {collectivity.the}",
        period=period,
        years=years,
        territory_code=convention.territory.code,
        territory_name=territory_name,
        state=state,
        ars=ars,
        collectivity=collectivity,
        edition=EditionView(
            name=convention.edition,
            label=edition.label,
            reference=reference,
            reference_cited=article(reference_lower) + reference_lower,
            national_funding=edition.national_funding,
        ),
        status=convention.status,
        version=convention.version,
        signed_on=convention.signed_on,
        engagements=engagements,
        actions=actions,
        objectives=objectives,
        coverage=_coverage(convention, edition, objectives),
        funding=_convention_funding(convention, edition, years),
        report_deadlines=tuple(
            Deadline(year, edition.report_deadline.for_year(year)) for year in years
        ),
        amendments=tuple(convention.amendments),
        signatures=tuple(
            SignatureBlock(
                role=s.role,
                party={"prefet": state, "ars": ars}.get(s.role, collectivity),
                name=s.name,
            )
            for s in convention.signatories
        ),
        sources=tuple(convention.sources),
        provenance=provenance,
        draft=bool(problems),
        problems=tuple(problems),
    )


def _engagements(
    convention: Convention, edition: Edition, years: tuple[int, ...]
) -> tuple[tuple[EngagementView, ...], tuple[ActionView, ...]]:
    by_objective: dict[int, list[Action]] = {}
    for action in convention.actions:
        by_objective.setdefault(action.objective, []).append(action)
    required = set(edition.required)
    grouped: dict[str, list[tuple[int, list[Action]]]] = {}
    for number in sorted(by_objective):
        objective = edition.by_number.get(number)
        key = objective.engagement if objective else OUTSIDE_CATALOGUE
        grouped.setdefault(key, []).append((number, by_objective[number]))
    order = [*ENGAGEMENT_ORDER, OUTSIDE_CATALOGUE]
    engagements: list[EngagementView] = []
    numbered: list[ActionView] = []
    for key in sorted(grouped, key=order.index):
        objectives: list[ObjectiveView] = []
        for number, members in grouped[key]:
            views = []
            for action in members:
                views.append(_action(action, len(numbered) + 1, edition, years))
                numbered.append(views[-1])
            known = edition.by_number.get(number)
            objectives.append(
                ObjectiveView(
                    number=number,
                    title=known.title if known else f"Objectif n° {number}, absent du catalogue",
                    engagement=key,
                    kind=known.kind if known else "",
                    required=number in required,
                    pmi=known.pmi if known else False,
                    in_catalogue=known is not None,
                    actions=tuple(views),
                )
            )
        engagements.append(
            EngagementView(
                key=key, title=_engagement_title(key, edition), objectives=tuple(objectives)
            )
        )
    return tuple(engagements), tuple(numbered)


def _engagement_title(key: str, edition: Edition) -> str:
    for known, title in edition.engagements.items():
        if known == key:
            return title
    return "Objectifs absents du catalogue de l’édition" if key == OUTSIDE_CATALOGUE else ""


def _action(action: Action, number: int, edition: Edition, years: tuple[int, ...]) -> ActionView:
    table_years = _years(years, (ind.targets for ind in action.indicators))
    return ActionView(
        number=number,
        id=action.id,
        title=action.title,
        description=action.description,
        objective=action.objective,
        years=table_years,
        indicators=tuple(_indicator(ind, table_years) for ind in action.indicators),
        funding=funding_table(action.funding, edition.funding_sources, years),
    )


def _indicator(indicator: Indicator, years: tuple[int, ...]) -> IndicatorView:
    baseline = indicator.baseline
    return IndicatorView(
        label=indicator.label,
        unit=indicator.unit,
        unit_label=UNIT_LABELS.get(indicator.unit, indicator.unit),
        baseline=baseline.value if baseline else None,
        baseline_year=baseline.year if baseline else None,
        targets=tuple(indicator.targets.get(year) for year in years),
    )


def _years(period: tuple[int, ...], *extra: Iterable[Mapping[int, Any]]) -> tuple[int, ...]:
    """The period's years, plus any other year the data uses (a draft may stray outside)."""
    found = set(period)
    for mappings in extra:
        for mapping in mappings:
            found.update(mapping)
    return tuple(sorted(found))


def funding_table(
    funding: Mapping[str, Mapping[int, Decimal]],
    labels: Mapping[str, str],
    period: tuple[int, ...],
) -> FundingTable:
    """Sources in the edition's order (unknown ones last), years of the period, exact totals."""
    years = _years(period, funding.values())
    order = [*labels, *sorted(set(funding) - set(labels))]
    rows = []
    for key in order:
        if key not in funding:
            continue
        amounts = tuple(funding[key].get(year) for year in years)
        rows.append(
            FundingRow(
                key=key,
                label=labels.get(key, key),
                amounts=amounts,
                total=sum((a for a in amounts if a is not None), Decimal(0)),
            )
        )
    totals = tuple(
        sum((amount for row in rows if (amount := row.amounts[i]) is not None), Decimal(0))
        for i in range(len(years))
    )
    return FundingTable(years=years, rows=tuple(rows), totals=totals, total=sum(totals, Decimal(0)))


def _convention_funding(
    convention: Convention, edition: Edition, years: tuple[int, ...]
) -> FundingTable:
    """The totals as signed; when the file declares none, the sum of its actions."""
    if convention.funding:
        return funding_table(convention.funding, edition.funding_sources, years)
    summed: dict[str, dict[int, Decimal]] = {}
    for action in convention.actions:
        for source, by_year in action.funding.items():
            for year, amount in by_year.items():
                row = summed.setdefault(source, {})
                row[year] = row.get(year, Decimal(0)) + amount
    return funding_table(summed, edition.funding_sources, years)


def _coverage(
    convention: Convention, edition: Edition, objectives: tuple[ObjectiveView, ...]
) -> Coverage:
    covered = {o.number for o in objectives}
    required = set(edition.required)
    return Coverage(
        actions=len(convention.actions),
        objectives=len(covered),
        required_total=len(required),
        required_covered=len(required & covered),
        optional_covered=len((covered - required) & set(edition.by_number)),
        min_optional=edition.min_optional,
        missing_required=tuple(sorted(required - covered)),
    )
