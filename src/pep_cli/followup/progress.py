"""Where a convention stands at the end of an exercise: indicators against targets, credits.

Plain computations on the validated model, with ``Decimal`` (never a float):

- an indicator's **achievement** compares the result of the year with its
  target, in its direction: ``up``, the result over the target; ``down`` (a
  delay), the target over the result; 100 % or more means the target is met;
- its **trend** is the result of the year minus the reference value (the
  baseline, or else the first result of the period), favourable or not in its
  direction;
- an objective is **on track** when each of its indicators with a result for
  the year meets its target, **behind** when one does not, **without data**
  when none has a result;
- per funding source: signed (``funding``, or the sum of the actions), paid
  and spent (``execution``), balance (signed − spent) and execution rate
  (spent ÷ signed), for the year and since the start of the convention.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Literal

from pep_cli.data.illustrative import is_illustrative

if TYPE_CHECKING:
    from pep_cli.data.catalogue import Edition
    from pep_cli.data.model import Action, Convention, Indicator

HUNDRED = Decimal(100)
Standing = Literal["on-track", "behind", "no-data"]
IndicatorState = Literal["met", "behind", "no-result", "no-target"]


def _rate(part: Decimal, whole: Decimal) -> Decimal | None:
    """``part`` as a percentage of ``whole``, to one decimal (``None`` when ``whole`` is 0)."""
    if whole == 0:
        return None
    return (part * HUNDRED / whole).quantize(Decimal("0.1"))


@dataclass(frozen=True)
class IndicatorProgress:
    label: str
    unit: str
    direction: str  # up | down
    baseline: Decimal | None
    baseline_year: int | None
    target: Decimal | None  # of the year
    result: Decimal | None  # of the year
    comment: str | None
    achievement: Decimal | None  # percentage, in the indicator's direction
    state: IndicatorState
    trend: Decimal | None  # result − reference
    trend_from: int | None  # the reference's year
    favourable: bool | None
    years: tuple[int, ...]  # the period, for the chart
    targets: tuple[Decimal | None, ...]
    results: tuple[Decimal | None, ...]
    illustrative_result: bool
    illustrative_target: bool

    @property
    def illustrative(self) -> bool:
        return self.illustrative_result or self.illustrative_target


@dataclass(frozen=True)
class ActionProgress:
    number: int
    id: str
    title: str
    indicators: tuple[IndicatorProgress, ...]


@dataclass(frozen=True)
class ObjectiveProgress:
    number: int
    title: str
    standing: Standing
    actions: tuple[ActionProgress, ...]


@dataclass(frozen=True)
class EngagementProgress:
    key: str
    label: str
    title: str
    objectives: tuple[ObjectiveProgress, ...]

    def count(self, standing: Standing) -> int:
        return sum(o.standing == standing for o in self.objectives)

    @property
    def on_track(self) -> int:
        return self.count("on-track")

    @property
    def behind(self) -> int:
        return self.count("behind")

    @property
    def no_data(self) -> int:
        return self.count("no-data")


@dataclass(frozen=True)
class SourceBalance:
    key: str
    label: str
    signed: Decimal
    paid: Decimal | None
    spent: Decimal | None
    balance: Decimal | None  # signed − spent
    rate: Decimal | None  # spent ÷ signed, percentage
    illustrative: bool
    # Per year of the period up to the exercise, for the chart: (year, signed, spent).
    by_year: tuple[tuple[int, Decimal, Decimal | None], ...]


@dataclass(frozen=True)
class Balance:
    """The financial balance of one year, or since the start of the convention."""

    rows: tuple[SourceBalance, ...]
    signed: Decimal
    paid: Decimal
    spent: Decimal
    balance: Decimal
    rate: Decimal | None
    cofinancing: Decimal | None  # the Département's share of the signed total, percentage

    @property
    def empty(self) -> bool:
        return not self.rows


def indicator_progress(
    indicator: Indicator, year: int, period: tuple[int, ...], within: tuple[object, ...]
) -> IndicatorProgress:
    target = indicator.targets.get(year)
    result = indicator.results.get(year)
    baseline = indicator.baseline
    down = indicator.direction == "down"
    achievement: Decimal | None = None
    state: IndicatorState
    if result is None:
        state = "no-result"
    elif target is None:
        state = "no-target"
    else:
        met = result <= target if down else result >= target
        state = "met" if met else "behind"
        achievement = _rate(target, result) if down else _rate(result, target)
    reference: tuple[int, Decimal] | None = (baseline.year, baseline.value) if baseline else None
    if reference is None:
        earlier = sorted(y for y in indicator.results if y < year)
        reference = (earlier[0], indicator.results[earlier[0]]) if earlier else None
    trend = favourable = trend_from = None
    if result is not None and reference is not None:
        trend_from, trend = reference[0], result - reference[1]
        favourable = None if trend == 0 else (trend < 0) == down
    blocks = tuple(b for b in within)  # convention, action
    return IndicatorProgress(
        label=indicator.label,
        unit=indicator.unit,
        direction=indicator.direction,
        baseline=baseline.value if baseline else None,
        baseline_year=baseline.year if baseline else None,
        target=target,
        result=result,
        comment=indicator.comments.get(year),
        achievement=achievement,
        state=state,
        trend=trend,
        trend_from=trend_from,
        favourable=favourable,
        years=period,
        targets=tuple(indicator.targets.get(y) for y in period),
        # Results up to the exercise: a later one is not part of this report.
        results=tuple(indicator.results.get(y) if y <= year else None for y in period),
        illustrative_result=result is not None
        and is_illustrative(indicator, "results", year, within=blocks),  # type: ignore[arg-type]
        illustrative_target=target is not None
        and is_illustrative(indicator, "targets", year, within=blocks),  # type: ignore[arg-type]
    )


def standing(indicators: tuple[IndicatorProgress, ...]) -> Standing:
    measured = [i for i in indicators if i.state in ("met", "behind")]
    if not measured:
        return "no-data"
    return "behind" if any(i.state == "behind" for i in measured) else "on-track"


def action_progress(
    convention: Convention, action: Action, number: int, year: int, period: tuple[int, ...]
) -> ActionProgress:
    return ActionProgress(
        number=number,
        id=action.id,
        title=action.title,
        indicators=tuple(
            indicator_progress(i, year, period, (convention, action)) for i in action.indicators
        ),
    )


def balance(
    convention: Convention, edition: Edition, years: tuple[int, ...], period: tuple[int, ...]
) -> Balance:
    """Signed, paid and spent over ``years`` (one exercise, or the start up to it), per source."""
    signed_by_source = convention.signed_funding()
    labels: Mapping[str, str] = edition.funding_sources
    present = set(signed_by_source) | set(convention.execution)
    order = [*(k for k in labels if k in present), *sorted(present - set(labels))]
    rows = []
    for key in order:
        signed_years = signed_by_source.get(key, {})
        executed = convention.execution.get(key, {})
        signed = sum((signed_years.get(y, Decimal(0)) for y in years), Decimal(0))
        paid_values = [e.paid for y in years if (e := executed.get(y)) and e.paid is not None]
        spent_values = [e.spent for y in years if (e := executed.get(y)) and e.spent is not None]
        paid = sum(paid_values, Decimal(0)) if paid_values else None
        spent = sum(spent_values, Decimal(0)) if spent_values else None
        if not signed and paid is None and spent is None:
            continue
        marked = any(
            is_illustrative(convention, "execution", key, y)
            or (y in executed and is_illustrative(executed[y], within=(convention,)))
            for y in years
            if y in executed
        )
        rows.append(
            SourceBalance(
                key=key,
                label=labels.get(key, key),
                signed=signed,
                paid=paid,
                spent=spent,
                balance=signed - spent if spent is not None else None,
                rate=_rate(spent, signed) if spent is not None else None,
                illustrative=marked,
                by_year=tuple(
                    (
                        y,
                        signed_years.get(y, Decimal(0)),
                        e.spent if (e := executed.get(y)) is not None else None,
                    )
                    for y in period
                    if y <= max(years)
                ),
            )
        )
    signed_total = sum((r.signed for r in rows), Decimal(0))
    spent_total = sum((r.spent or Decimal(0) for r in rows), Decimal(0))
    departement = sum((r.signed for r in rows if r.key == "departement"), Decimal(0))
    return Balance(
        rows=tuple(rows),
        signed=signed_total,
        paid=sum((r.paid or Decimal(0) for r in rows), Decimal(0)),
        spent=spent_total,
        balance=signed_total - spent_total,
        rate=_rate(spent_total, signed_total),
        cofinancing=_rate(departement, signed_total) if departement else None,
    )
