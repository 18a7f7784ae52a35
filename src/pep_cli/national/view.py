"""The national aggregation: from every convention of a repository to the tables of the view.

Plain data in, plain data out: :func:`build_view` takes the validation report (the
conventions as read, with their models) and the repository's catalogue and territories,
and returns a :class:`NationalView` that every output format (terminal, Markdown, JSON,
workbook, PDF, site) lays out as it likes. Money stays :class:`~decimal.Decimal`.

A file that cannot be read as a convention (YAML or schema faults) is left out of every
figure and listed in ``excluded``; a convention with other problems (a total that does
not add up…) is counted as written.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pep_cli.check.engine import ConventionFile, Report
    from pep_cli.data.catalogue import Catalogue, Edition
    from pep_cli.data.model import Convention, Indicator
    from pep_cli.data.territories import Territories

# What the map can be coloured by (``--map``), with the French name of each measure.
MEASURES = {
    "funding": "financement de l’État de l’année",
    "achievement": "part des cibles atteintes",
    "reports": "état du rapport annuel",
}
# The source that is not the State's: the département's own co-financing.
LOCAL_SOURCES = frozenset({"departement"})
# Units whose values add up across territories (a percentage or a delay does not).
ADDITIVE_UNITS = frozenset({"nombre", "places", "euros"})
SIGNED_STATUSES = ("signed", "closed")
STATUSES = ("draft", "signed", "closed")
# The state of an annual report, as of a day, in the order tables show them.
REPORT_STATES = ("adopted", "adopted_late", "late", "missing", "draft", "not_due")
# From the best to the worst, for a territory with more than one convention in a year.
REPORT_SEVERITY = ("adopted", "not_due", "draft", "adopted_late", "late", "missing")
RATE = Decimal("0.0001")


# --- the follow-up data (results, reports, execution, national codes) -----------------------
# Read through these accessors: files written before the follow-up model have none of it.


def indicator_code(indicator: Indicator) -> str | None:
    code = getattr(indicator, "code", None)
    return str(code) if code else None


def indicator_direction(indicator: Indicator) -> str:
    return str(getattr(indicator, "direction", None) or "up")


def convention_reports(convention: Convention) -> Mapping[int, Any]:
    return getattr(convention, "reports", None) or {}


def convention_execution(convention: Convention) -> Mapping[str, Mapping[int, Any]]:
    return getattr(convention, "execution", None) or {}


def catalogue_indicators(catalogue: Catalogue) -> list[Any]:
    return list(getattr(catalogue, "indicators", None) or [])


# --- the view -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ConventionRef:
    """One convention as the national view names it."""

    path: str  # as reports show it (relative to the current folder)
    slug: str  # stable identifier and URL: "15-cantal-2022"
    code: str
    name: str
    edition: str
    start: int
    end: int
    status: str
    version: int
    signed_on: dt.date | None
    # What the file marks illustrative (no source: figures for the example), as keys of the
    # format: "execution", "reports", "actions"... ; empty when every value has a source.
    illustrative: tuple[str, ...] = ()

    @property
    def years(self) -> range:
        return range(self.start, self.end + 1)


@dataclass(frozen=True)
class Excluded:
    path: str
    line: int
    column: int
    rule: str
    message: str


@dataclass(frozen=True)
class FundingRow:
    """One source in one budget year: signed by the conventions, against the envelope."""

    year: int
    source: str
    label: str
    signed: Decimal
    conventions: int  # how many conventions sign an amount for it
    envelope: Decimal | None  # national envelope of the year for the source, when known
    paid: Decimal | None  # credits paid (versés), where execution is known
    spent: Decimal | None  # credits spent (consommés)
    execution_known: int  # how many of the conventions report execution for it

    @property
    def envelope_share(self) -> Decimal | None:
        """Signed / envelope: the share of the national envelope the conventions take."""
        return ratio(self.signed, self.envelope)

    @property
    def consumption(self) -> Decimal | None:
        """Spent / paid: the consumption rate of the credits paid."""
        return ratio(self.spent, self.paid)


@dataclass(frozen=True)
class YearTotal:
    year: int
    signed: Decimal
    state: Decimal  # the State's share (every source but the département's)
    envelope: Decimal | None
    paid: Decimal | None
    spent: Decimal | None

    @property
    def envelope_share(self) -> Decimal | None:
        return ratio(self.state, self.envelope)

    @property
    def consumption(self) -> Decimal | None:
        return ratio(self.spent, self.paid)


@dataclass(frozen=True)
class TerritoryFunding:
    convention: ConventionRef
    by_source: dict[str, Decimal]
    signed: Decimal
    state: Decimal
    paid: Decimal | None
    spent: Decimal | None

    @property
    def consumption(self) -> Decimal | None:
        return ratio(self.spent, self.paid)


@dataclass(frozen=True)
class ObjectiveUptake:
    edition: str
    number: int
    title: str
    kind: str
    required: bool
    conventions: list[str]  # slugs of the conventions with an action for it

    @property
    def count(self) -> int:
        return len(self.conventions)


@dataclass(frozen=True)
class MatrixRow:
    convention: ConventionRef
    objectives: dict[int, int]  # objective number -> number of actions


@dataclass(frozen=True)
class EditionMatrix:
    edition: str
    label: str
    numbers: list[int]
    required: frozenset[int]
    rows: list[MatrixRow]


@dataclass(frozen=True)
class SignatureStatus:
    edition: str
    label: str
    deadline: dt.date | None
    counts: dict[str, int]  # draft / signed / closed
    late: list[str]  # slugs: signed after the deadline, or unsigned once it has passed

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class ReportStatus:
    year: int
    conventions: dict[str, list[str]]  # state -> slugs

    @property
    def counts(self) -> dict[str, int]:
        return {state: len(self.conventions.get(state, [])) for state in REPORT_STATES}

    @property
    def expected(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class Achievement:
    minimum: Decimal
    median: Decimal
    maximum: Decimal


@dataclass(frozen=True)
class NationalResult:
    """The indicators that share one national code, in one year."""

    code: str
    label: str
    unit: str
    direction: str
    year: int
    conventions: list[str]  # slugs of the conventions with a target or a result that year
    reporting: int  # how many have a result
    targets: Decimal | None  # sums, for units that add up
    results: Decimal | None
    reached: int  # how many reached their target
    achievement: Achievement | None  # spread of result / target (target / result when down)


@dataclass(frozen=True)
class FreeIndicators:
    """Indicators without a national code: counted, never added up."""

    indicators: int
    with_target: int
    with_result: int


@dataclass(frozen=True)
class MapEntry:
    code: str
    name: str
    conventions: list[str]  # slugs of the conventions that colour it
    value: Decimal | str | None  # amount, rate (fraction) or report state; None: no value


@dataclass(frozen=True)
class NationalMap:
    measure: str
    year: int | None
    entries: list[MapEntry]  # one per territory of data/territories.yaml, in its order


@dataclass
class NationalView:
    today: dt.date
    year: int | None  # the year asked for (``--year``), None for every year
    conventions: list[ConventionRef]
    excluded: list[Excluded]
    funding: list[FundingRow]
    totals: list[YearTotal]
    territories: list[TerritoryFunding]
    objectives: list[ObjectiveUptake]
    matrices: list[EditionMatrix]
    signatures: list[SignatureStatus]
    reports: list[ReportStatus]
    results: list[NationalResult]
    free_indicators: FreeIndicators
    national_indicators: int  # how many the catalogue lists
    map: NationalMap
    problems: dict[str, int] = field(default_factory=dict)  # slug -> errors found by validate
    sources: list[str] = field(default_factory=list)  # where the national figures come from

    def by_slug(self) -> dict[str, ConventionRef]:
        return {c.slug: c for c in self.conventions}


def ratio(numerator: Decimal | None, denominator: Decimal | None) -> Decimal | None:
    """``numerator / denominator`` to four decimals, or None when either is unknown or 0."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    return (numerator / denominator).quantize(RATE, rounding=ROUND_HALF_EVEN)


def slug_of(convention: Convention) -> str:
    """``15-cantal-2022``: the territory's code and name and the first year, URL-safe."""
    from pep_cli.check.rules.file_name import expected_name

    return expected_name(
        convention.territory.code, convention.territory.name, convention.period.start
    ).removesuffix(".yaml")


# --- building it ----------------------------------------------------------------------------


def build_view(
    report: Report,
    catalogue: Catalogue,
    territories: Territories,
    *,
    today: dt.date,
    year: int | None = None,
    measure: str = "funding",
) -> NationalView:
    """Aggregate the conventions of ``report`` as of ``today`` (and for ``year`` if given)."""
    files = [f for f in report.conventions if f.model is not None]
    refs = _references(files)
    pairs = list(zip(refs, [f.model for f in files], strict=True))
    pairs.sort(key=lambda pair: (pair[0].code.zfill(3), pair[0].start, pair[0].slug))
    conventions = [ref for ref, _ in pairs]
    models: list[tuple[ConventionRef, Convention]] = [(r, m) for r, m in pairs if m is not None]
    editions = catalogue.editions

    funding, totals = _funding(models, editions, year)
    map_year = year if year is not None else _default_year(totals, today)
    errors: dict[str, int] = {}
    by_display = {f.display: ref.slug for f, ref in zip(files, refs, strict=True)}
    for problem in report.problems:
        if problem.is_error and problem.path in by_display:
            errors[by_display[problem.path]] = errors.get(by_display[problem.path], 0) + 1
    sources = []
    for name, edition in editions.items():
        if edition.envelopes_source:
            sources.append(f"Enveloppes nationales {name} : {edition.envelopes_source}")
    return NationalView(
        today=today,
        year=year,
        conventions=conventions,
        excluded=_excluded(report),
        funding=funding,
        totals=totals,
        territories=_territory_funding(models, year),
        objectives=_objectives(models, editions),
        matrices=_matrices(models, editions),
        signatures=_signatures(models, editions, today),
        reports=_reports(models, editions, today, year),
        results=_results(models, catalogue, year),
        free_indicators=_free_indicators(models, year),
        national_indicators=len(catalogue_indicators(catalogue)),
        map=_map(models, editions, territories, today, map_year, measure),
        problems=errors,
        sources=sources,
    )


def _references(files: Sequence[ConventionFile]) -> list[ConventionRef]:
    seen: dict[str, int] = {}
    refs = []
    for file in files:
        model = file.model
        assert model is not None
        slug = slug_of(model) or "convention"
        seen[slug] = seen.get(slug, 0) + 1
        if seen[slug] > 1:  # two files for one territory and start: both kept, told apart
            slug = f"{slug}-{seen[slug]}"
        refs.append(
            ConventionRef(
                path=file.display,
                slug=slug,
                code=model.territory.code,
                name=model.territory.name,
                edition=model.edition,
                start=model.period.start,
                end=model.period.end,
                status=model.status,
                version=model.version,
                signed_on=model.signed_on,
                illustrative=illustrative_parts(model),
            )
        )
    return refs


def illustrative_parts(model: Convention) -> tuple[str, ...]:
    """The parts of a convention that carry an ``illustrative:`` mark, in the format's order."""
    if model.illustrative is True:
        return ("convention",)
    parts = {str(entry).split(".")[0] for entry in model.illustrative or ()}
    for action in model.actions:
        if action.illustrative:
            parts.add("actions")
        for indicator in action.indicators:
            if indicator.illustrative:
                parts.add("indicators")
    if any(report.illustrative for report in model.reports.values()):
        parts.add("reports")
    if any(entry.illustrative for years in model.execution.values() for entry in years.values()):
        parts.add("execution")
    order = list(type(model).model_fields)
    return tuple(sorted(parts, key=lambda part: (order.index(part) if part in order else 99, part)))


def _excluded(report: Report) -> list[Excluded]:
    unreadable = {f.display for f in report.conventions if f.model is None}
    first: dict[str, Excluded] = {}
    for problem in report.problems:
        if problem.path in unreadable and problem.is_error and problem.path not in first:
            first[problem.path] = Excluded(
                problem.path, problem.line, problem.column, problem.rule, problem.message
            )
    return [
        first.get(path, Excluded(path, 1, 1, "schema", "fichier illisible"))
        for path in sorted(unreadable)
    ]


def _envelope(editions: Mapping[str, Edition], year: int, source: str) -> Decimal | None:
    amounts = [
        edition.envelopes[year][source]
        for edition in editions.values()
        if year in edition.envelopes and source in edition.envelopes[year]
    ]
    return sum(amounts, Decimal(0)) if amounts else None


def _source_labels(editions: Mapping[str, Edition]) -> dict[str, str]:
    labels: dict[str, str] = {}
    for edition in editions.values():
        for source, label in edition.funding_sources.items():
            labels.setdefault(source, label)
    return labels


def _execution_amount(entry: Any, name: str) -> Decimal | None:
    value = entry.get(name) if isinstance(entry, Mapping) else getattr(entry, name, None)
    return Decimal(value) if value is not None else None


def _add(total: Decimal | None, value: Decimal | None) -> Decimal | None:
    if value is None:
        return total
    return value if total is None else total + value


def _funding(
    models: Sequence[tuple[ConventionRef, Convention]],
    editions: Mapping[str, Edition],
    year: int | None,
) -> tuple[list[FundingRow], list[YearTotal]]:
    labels = _source_labels(editions)
    signed: dict[tuple[int, str], Decimal] = {}
    count: dict[tuple[int, str], int] = {}
    paid: dict[tuple[int, str], Decimal | None] = {}
    spent: dict[tuple[int, str], Decimal | None] = {}
    known: dict[tuple[int, str], int] = {}
    for _, model in models:
        for source, by_year in model.funding.items():
            for budget_year, amount in by_year.items():
                key = (budget_year, source)
                signed[key] = signed.get(key, Decimal(0)) + amount
                count[key] = count.get(key, 0) + 1
        for source, executed in convention_execution(model).items():
            for budget_year, entry in executed.items():
                key = (budget_year, source)
                signed.setdefault(key, Decimal(0))
                count.setdefault(key, 0)
                paid[key] = _add(paid.get(key), _execution_amount(entry, "paid"))
                spent[key] = _add(spent.get(key), _execution_amount(entry, "spent"))
                known[key] = known.get(key, 0) + 1
    for edition in editions.values():  # an envelope with no convention yet still shows
        for budget_year, amounts in edition.envelopes.items():
            for source in amounts:
                signed.setdefault((budget_year, source), Decimal(0))
                count.setdefault((budget_year, source), 0)
    order = list(labels)
    rows = [
        FundingRow(
            year=budget_year,
            source=source,
            label=labels.get(source, source),
            signed=signed[(budget_year, source)],
            conventions=count[(budget_year, source)],
            envelope=_envelope(editions, budget_year, source),
            paid=paid.get((budget_year, source)),
            spent=spent.get((budget_year, source)),
            execution_known=known.get((budget_year, source), 0),
        )
        for budget_year, source in sorted(
            signed, key=lambda k: (k[0], order.index(k[1]) if k[1] in order else len(order), k[1])
        )
        if year is None or budget_year == year
    ]
    totals = []
    for budget_year in sorted({row.year for row in rows}):
        of_year = [row for row in rows if row.year == budget_year]
        envelopes = [row.envelope for row in of_year if row.envelope is not None]
        total_paid: Decimal | None = None
        total_spent: Decimal | None = None
        for row in of_year:
            total_paid = _add(total_paid, row.paid)
            total_spent = _add(total_spent, row.spent)
        totals.append(
            YearTotal(
                year=budget_year,
                signed=sum((row.signed for row in of_year), Decimal(0)),
                state=sum(
                    (row.signed for row in of_year if row.source not in LOCAL_SOURCES), Decimal(0)
                ),
                envelope=sum(envelopes, Decimal(0)) if envelopes else None,
                paid=total_paid,
                spent=total_spent,
            )
        )
    return rows, totals


def _default_year(totals: Sequence[YearTotal], today: dt.date) -> int | None:
    """The map's year without ``--year``: the latest budget year with money, up to this year."""
    years = [t.year for t in totals if t.signed > 0 and t.year <= today.year]
    if years:
        return max(years)
    return min((t.year for t in totals), default=None)


def _territory_funding(
    models: Sequence[tuple[ConventionRef, Convention]], year: int | None
) -> list[TerritoryFunding]:
    rows = []
    for ref, model in models:
        by_source: dict[str, Decimal] = {}
        for source, by_year in model.funding.items():
            amounts = [a for y, a in by_year.items() if year is None or y == year]
            if amounts:
                by_source[source] = sum(amounts, Decimal(0))
        total_paid: Decimal | None = None
        total_spent: Decimal | None = None
        for executed in convention_execution(model).values():
            for budget_year, entry in executed.items():
                if year is None or budget_year == year:
                    total_paid = _add(total_paid, _execution_amount(entry, "paid"))
                    total_spent = _add(total_spent, _execution_amount(entry, "spent"))
        if year is not None and year not in ref.years and not by_source:
            continue
        rows.append(
            TerritoryFunding(
                convention=ref,
                by_source=by_source,
                signed=sum(by_source.values(), Decimal(0)),
                state=sum((a for s, a in by_source.items() if s not in LOCAL_SOURCES), Decimal(0)),
                paid=total_paid,
                spent=total_spent,
            )
        )
    return rows


def _covered(model: Convention) -> dict[int, int]:
    counts: dict[int, int] = {}
    for action in model.actions:
        counts[action.objective] = counts.get(action.objective, 0) + 1
    return counts


def _objectives(
    models: Sequence[tuple[ConventionRef, Convention]], editions: Mapping[str, Edition]
) -> list[ObjectiveUptake]:
    uptake = []
    for name, edition in editions.items():
        of_edition = [(ref, _covered(model)) for ref, model in models if model.edition == name]
        if not of_edition:
            continue
        for objective in edition.objectives:
            uptake.append(
                ObjectiveUptake(
                    edition=name,
                    number=objective.number,
                    title=objective.title,
                    kind=objective.kind,
                    required=objective.number in edition.required,
                    conventions=[
                        ref.slug for ref, covered in of_edition if objective.number in covered
                    ],
                )
            )
    return uptake


def _matrices(
    models: Sequence[tuple[ConventionRef, Convention]], editions: Mapping[str, Edition]
) -> list[EditionMatrix]:
    matrices = []
    for name, edition in editions.items():
        rows = [MatrixRow(ref, _covered(model)) for ref, model in models if model.edition == name]
        if rows:
            matrices.append(
                EditionMatrix(
                    edition=name,
                    label=edition.label,
                    numbers=[o.number for o in edition.objectives],
                    required=frozenset(edition.required),
                    rows=rows,
                )
            )
    return matrices


def _signatures(
    models: Sequence[tuple[ConventionRef, Convention]],
    editions: Mapping[str, Edition],
    today: dt.date,
) -> list[SignatureStatus]:
    found = []
    names = list(editions) + sorted({m.edition for _, m in models} - set(editions))
    for name in names:
        of_edition = [ref for ref, model in models if model.edition == name]
        if not of_edition:
            continue
        edition = editions.get(name)
        deadline = edition.signature_deadline if edition else None
        late = []
        if deadline is not None:
            for ref in of_edition:
                signed_late = ref.signed_on is not None and ref.signed_on > deadline
                unsigned = ref.status == "draft" and today > deadline
                if signed_late or unsigned:
                    late.append(ref.slug)
        found.append(
            SignatureStatus(
                edition=name,
                label=edition.label if edition else name,
                deadline=deadline,
                counts={s: sum(ref.status == s for ref in of_edition) for s in STATUSES},
                late=late,
            )
        )
    return found


def report_state(entry: Any, deadline: dt.date, today: dt.date) -> str:
    """The state of one annual report (``REPORT_STATES``) as of ``today``."""
    if entry is not None:
        status = entry.get("status") if isinstance(entry, Mapping) else entry.status
        if status == "adopted":
            adopted_on = entry.get("adopted_on") if isinstance(entry, Mapping) else entry.adopted_on
            return "adopted_late" if adopted_on is not None and adopted_on > deadline else "adopted"
        return "late" if today > deadline else "draft"
    return "missing" if today > deadline else "not_due"


def _reports(
    models: Sequence[tuple[ConventionRef, Convention]],
    editions: Mapping[str, Edition],
    today: dt.date,
    year: int | None,
) -> list[ReportStatus]:
    by_year: dict[int, dict[str, list[str]]] = {}
    for ref, model in models:
        edition = editions.get(model.edition)
        if edition is None or model.status not in SIGNED_STATUSES:
            continue  # a draft convention owes no report yet
        reports = convention_reports(model)
        for exercise in ref.years:
            if year is not None and exercise != year:
                continue
            deadline = edition.report_due(exercise)
            state = report_state(reports.get(exercise), deadline, today)
            by_year.setdefault(exercise, {}).setdefault(state, []).append(ref.slug)
    return [ReportStatus(y, by_year[y]) for y in sorted(by_year)]


def achievement_of(target: Decimal, result: Decimal, direction: str) -> Decimal | None:
    """result / target (or target / result for an indicator better lower), to four decimals."""
    if direction == "down":
        return ratio(target, result) if result != 0 else (Decimal(1) if target == 0 else None)
    return ratio(result, target)


def reached(target: Decimal, result: Decimal, direction: str) -> bool:
    return result <= target if direction == "down" else result >= target


def _indicators(model: Convention) -> Iterable[Indicator]:
    for action in model.actions:
        yield from action.indicators


def _results(
    models: Sequence[tuple[ConventionRef, Convention]], catalogue: Catalogue, year: int | None
) -> list[NationalResult]:
    rows = []
    for national in catalogue_indicators(catalogue):
        code, unit = str(national.code), str(national.unit)
        direction = str(getattr(national, "direction", None) or "up")
        per_year: dict[int, list[tuple[str, Decimal | None, Decimal | None]]] = {}
        for ref, model in models:
            for indicator in _indicators(model):
                if indicator_code(indicator) != code or indicator.unit != unit:
                    continue
                for y in sorted(set(indicator.targets) | set(indicator.results)):
                    if year is None or y == year:
                        per_year.setdefault(y, []).append(
                            (ref.slug, indicator.targets.get(y), indicator.results.get(y))
                        )
        for y in sorted(per_year):
            entries = per_year[y]
            both = [(t, r) for _, t, r in entries if t is not None and r is not None]
            rates = [a for t, r in both if (a := achievement_of(t, r, direction)) is not None]
            additive = unit in ADDITIVE_UNITS
            rows.append(
                NationalResult(
                    code=code,
                    label=str(national.label),
                    unit=unit,
                    direction=direction,
                    year=y,
                    conventions=sorted({slug for slug, _, _ in entries}),
                    reporting=sum(r is not None for _, _, r in entries),
                    targets=sum((t for _, t, _ in entries if t is not None), Decimal(0))
                    if additive
                    else None,
                    results=sum((r for _, _, r in entries if r is not None), Decimal(0))
                    if additive
                    else None,
                    reached=sum(reached(t, r, direction) for t, r in both),
                    achievement=Achievement(
                        min(rates),
                        Decimal(statistics.median(rates)).quantize(RATE),
                        max(rates),
                    )
                    if rates
                    else None,
                )
            )
    return rows


def _free_indicators(
    models: Sequence[tuple[ConventionRef, Convention]], year: int | None
) -> FreeIndicators:
    total = with_target = with_result = 0
    for _, model in models:
        for indicator in _indicators(model):
            if indicator_code(indicator) is not None:
                continue
            total += 1
            if year is None:
                with_target += bool(indicator.targets)
                with_result += bool(indicator.results)
            else:
                with_target += year in indicator.targets
                with_result += year in indicator.results
    return FreeIndicators(total, with_target, with_result)


def _share_reached(model: Convention, year: int) -> Decimal | None:
    both = [
        (indicator.targets[year], indicator.results[year], indicator_direction(indicator))
        for indicator in _indicators(model)
        if year in indicator.targets and year in indicator.results
    ]
    if not both:
        return None
    hits = sum(reached(t, r, d) for t, r, d in both)
    return ratio(Decimal(hits), Decimal(len(both)))


def territory_groups(territories: Territories) -> dict[str, list[str]]:
    """Codes that one collectivité signs for together (Corse: 2A, 2B, 20R; Alsace: 67, 68, 6AE).

    Read from the data: a collectivité's ``members`` with its own code, else départements
    that share a signatory. A convention under any of the codes covers them all.
    """
    groups: dict[str, list[str]] = {}
    for entry in territories.territories:
        if entry.members:
            together = [*entry.members, entry.code]
            for code in together:
                groups[code] = together
    by_signatory: dict[str, list[str]] = {}
    for entry in territories.territories:
        if entry.kind == "departement" and entry.code not in groups:
            by_signatory.setdefault(entry.signatory, []).append(entry.code)
    for codes in by_signatory.values():
        if len(codes) > 1:
            for code in codes:
                groups[code] = codes
    return groups


def _map(
    models: Sequence[tuple[ConventionRef, Convention]],
    editions: Mapping[str, Edition],
    territories: Territories,
    today: dt.date,
    year: int | None,
    measure: str,
) -> NationalMap:
    groups = territory_groups(territories)
    covering: dict[str, list[tuple[ConventionRef, Convention]]] = {}
    for ref, model in models:
        if year is not None and year not in ref.years:
            continue
        for code in groups.get(ref.code, [ref.code]):
            covering.setdefault(code, []).append((ref, model))
    entries = []
    for territory in territories.territories:
        found = covering.get(territory.code, [])
        value: Decimal | str | None = None
        if found and year is not None:
            if measure == "funding":
                value = sum(
                    (
                        amount
                        for _, model in found
                        for source, by_year in model.funding.items()
                        if source not in LOCAL_SOURCES
                        for y, amount in by_year.items()
                        if y == year
                    ),
                    Decimal(0),
                )
            elif measure == "achievement":
                shares = [s for _, m in found if (s := _share_reached(m, year)) is not None]
                value = min(shares) if shares else None
            elif measure == "reports":
                states = []
                for _, model in found:
                    edition = editions.get(model.edition)
                    if edition is not None and model.status in SIGNED_STATUSES:
                        deadline = edition.report_due(year)
                        states.append(
                            report_state(convention_reports(model).get(year), deadline, today)
                        )
                # The worst state speaks for the territory.
                value = max(states, key=REPORT_SEVERITY.index) if states else None
        entries.append(
            MapEntry(
                code=territory.code,
                name=territory.name,
                conventions=[ref.slug for ref, _ in found],
                value=value,
            )
        )
    return NationalMap(measure=measure, year=year, entries=entries)
