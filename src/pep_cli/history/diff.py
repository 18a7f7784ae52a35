"""The semantic difference between two versions of a convention: what an avenant changes.

Pure functions of two :class:`~pep_cli.data.model.Convention` (either may be
``None`` for a convention created or deleted) and the catalogue edition, for
objective titles and funding labels. No terminal, no git: the text output
lives in ``pep_cli.commands.diff``, the Markdown in :mod:`pep_cli.history.diff_markdown`,
and :meth:`ConventionDiff.as_dict` is the documented JSON shape.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pep_cli.errors import DataError

if TYPE_CHECKING:
    from pep_cli.data.catalogue import Edition
    from pep_cli.data.model import Action, Amendment, Convention, Indicator

FIELD_NAMES = {
    "edition": "édition",
    "period": "période",
    "status": "statut",
    "version": "version",
    "signed_on": "date de signature",
    "territory": "territoire",
    "objective": "objectif",
    "title": "intitulé",
    "description": "description",
    "label": "libellé",
    "unit": "unité",
    "baseline": "valeur de référence",
}


# --- reading one version ---------------------------------------------------------------------


def read_version(raw: bytes, shown: str) -> tuple[Any, Convention | None, list[str]]:
    """The plain data, the model (None if invalid) and the positioned problems of a convention's
    bytes; ``shown`` names it in the problems (``shown:line:column: message``)."""
    from pep_cli.data.light import validate_convention as validate
    from pep_cli.data.yamlsource import read_document

    doc = read_document(Path(shown), raw=raw)
    problems = [f"{shown}:{f.line}:{f.column}: {f.message}" for f in doc.faults]
    model = None
    if doc.readable:
        model, errors = validate(doc.data)
        for pointer, message, at_key in errors:
            line, column = doc.locate(pointer, key=at_key)
            problems.append(f"{shown}:{line}:{column}: {message}")
    return doc.data, model, problems


def load_version(raw: bytes, shown: str) -> Convention:
    """A convention from the bytes of one version; :class:`DataError` with positions if invalid.

    ``shown`` names the version in messages, e.g. ``HEAD:data/departments/15-cantal-2022.yaml``.
    """
    _, model, problems = read_version(raw, shown)
    if problems or model is None:
        raise DataError(
            "version de la convention invalide, comparaison impossible :\n  "
            + "\n  ".join(problems)
        )
    return model


# --- the difference ----------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldChange:
    """A field whose value changed: ``old`` and ``new`` as plain data (None when absent)."""

    name: str
    old: Any
    new: Any

    @property
    def label(self) -> str:
        return FIELD_NAMES.get(self.name, self.name)


@dataclass(frozen=True)
class YearChange:
    """A number for one year, before and after (None when absent)."""

    year: int
    old: Decimal | None
    new: Decimal | None

    @property
    def changed(self) -> bool:
        return self.old != self.new

    @property
    def difference(self) -> Decimal:
        return (self.new or Decimal(0)) - (self.old or Decimal(0))


@dataclass(frozen=True)
class FundingLine:
    """One funding source, year by year, before and after."""

    source: str
    label: str
    years: list[YearChange]

    @property
    def changed(self) -> bool:
        return any(year.changed for year in self.years)

    @property
    def old_total(self) -> Decimal:
        return sum((y.old or Decimal(0) for y in self.years), Decimal(0))

    @property
    def new_total(self) -> Decimal:
        return sum((y.new or Decimal(0) for y in self.years), Decimal(0))


@dataclass(frozen=True)
class IndicatorDiff:
    status: str  # "added" | "removed" | "changed"
    label: str  # the new label (the old one for a removed indicator)
    fields: list[FieldChange] = field(default_factory=list)
    targets: list[YearChange] = field(default_factory=list)
    results: list[YearChange] = field(default_factory=list)
    comments: list[FieldChange] = field(default_factory=list)  # name: the year


@dataclass(frozen=True)
class FollowupChange:
    """A follow-up value of one year: credits of a source (``execution``) or the annual report
    (``reports``, ``source`` None); ``field`` is ``paid``, ``spent``, ``status``, ``adopted_on``
    or ``summary``."""

    section: str  # "execution" | "reports"
    year: int
    field: str
    old: Any
    new: Any
    source: str | None = None
    label: str | None = None  # the source's label


@dataclass(frozen=True)
class ActionDiff:
    status: str  # "added" | "removed" | "changed"
    id: str
    objective: int
    title: str
    fields: list[FieldChange] = field(default_factory=list)
    indicators: list[IndicatorDiff] = field(default_factory=list)
    funding: list[FundingLine] = field(default_factory=list)  # changed sources only


@dataclass(frozen=True)
class Objective:
    number: int
    title: str


@dataclass
class ConventionDiff:
    """Everything that differs between two versions of one convention."""

    old_name: str | None  # the file's path in the old version (None: created)
    new_name: str | None  # the file's path in the new version (None: deleted)
    old: Convention | None
    new: Convention | None
    fields: list[FieldChange]
    signatories: list[FieldChange]  # name per role
    sources_added: list[str]
    sources_removed: list[str]
    objectives_gained: list[Objective]
    objectives_lost: list[Objective]
    actions: list[ActionDiff]
    funding: list[FundingLine]  # every source of either version
    amendments_added: list[Amendment]
    followup: list[FollowupChange] = field(default_factory=list)  # execution, then reports

    @property
    def status(self) -> str:
        """``added``, ``removed``, ``unchanged`` (same content, same name: layout or comments
        at most) or ``modified``."""
        if self.old is None:
            return "added"
        if self.new is None:
            return "removed"
        if not self.renamed and self._same_content():
            return "unchanged"
        return "modified"

    @property
    def name(self) -> str:
        return self.new_name or self.old_name or ""

    @property
    def renamed(self) -> bool:
        return (
            self.old_name is not None
            and self.new_name is not None
            and self.old_name != self.new_name
        )

    @property
    def years(self) -> list[int]:
        return sorted({y.year for line in self.funding for y in line.years})

    @property
    def totals(self) -> list[YearChange]:
        """The signed total of each year, all sources together."""
        totals = []
        for year in self.years:
            olds = [y.old for line in self.funding for y in line.years if y.year == year]
            news = [y.new for line in self.funding for y in line.years if y.year == year]
            old = (
                sum((v for v in olds if v is not None), Decimal(0))
                if any(v is not None for v in olds)
                else None
            )
            new = (
                sum((v for v in news if v is not None), Decimal(0))
                if any(v is not None for v in news)
                else None
            )
            totals.append(YearChange(year, old, new))
        return totals

    @property
    def funding_changed(self) -> bool:
        return any(line.changed for line in self.funding)

    @property
    def empty(self) -> bool:
        """No difference a reader would see (layout and comments aside)."""
        return self.status in ("unchanged", "modified") and self._same_content()

    def _same_content(self) -> bool:
        return not (
            self.fields
            or self.signatories
            or self.sources_added
            or self.sources_removed
            or self.objectives_gained
            or self.objectives_lost
            or self.actions
            or self.funding_changed
            or self.amendments_added
            or self.followup
        )

    def as_dict(self) -> dict[str, Any]:
        """The JSON shape (README, « Revoir un avenant »): decimals as exact strings."""
        return {
            "path": self.name,
            "old_path": self.old_name,
            "status": self.status,
            "territory": _territory(self.new or self.old),
            "fields": {c.name: {"old": _plain(c.old), "new": _plain(c.new)} for c in self.fields},
            "signatories": {c.name: {"old": c.old, "new": c.new} for c in self.signatories},
            "sources": {"added": self.sources_added, "removed": self.sources_removed},
            "objectives": {
                "gained": [{"number": o.number, "title": o.title} for o in self.objectives_gained],
                "lost": [{"number": o.number, "title": o.title} for o in self.objectives_lost],
            },
            "actions": [_action_dict(a) for a in self.actions],
            "funding": {
                "sources": [_line_dict(line) for line in self.funding],
                "totals": [_year_dict(y) for y in self.totals],
                "total": _total_dict(
                    sum((line.old_total for line in self.funding), Decimal(0)),
                    sum((line.new_total for line in self.funding), Decimal(0)),
                ),
            },
            "amendments_added": [amendment_dict(a) for a in self.amendments_added],
            "followup": [
                {
                    "section": c.section,
                    "source": c.source,
                    "year": c.year,
                    "field": c.field,
                    "old": _plain(c.old),
                    "new": _plain(c.new),
                }
                for c in self.followup
            ],
        }


def amendment_dict(amendment: Amendment) -> dict[str, Any]:
    return {
        "version": amendment.version,
        "signed_on": amendment.signed_on.isoformat(),
        "summary": amendment.summary,
    }


def _territory(convention: Convention | None) -> dict[str, str] | None:
    if convention is None:
        return None
    return {"code": convention.territory.code, "name": convention.territory.name}


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def _decimal(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _year_dict(change: YearChange) -> dict[str, Any]:
    return {
        "year": change.year,
        "old": _decimal(change.old),
        "new": _decimal(change.new),
        "difference": str(change.difference),
    }


def _total_dict(old: Decimal, new: Decimal) -> dict[str, str]:
    return {"old": str(old), "new": str(new), "difference": str(new - old)}


def _line_dict(line: FundingLine) -> dict[str, Any]:
    return {
        "source": line.source,
        "label": line.label,
        "changed": line.changed,
        "years": [_year_dict(y) for y in line.years],
        "total": _total_dict(line.old_total, line.new_total),
    }


def _action_dict(action: ActionDiff) -> dict[str, Any]:
    return {
        "id": action.id,
        "status": action.status,
        "objective": action.objective,
        "title": action.title,
        "fields": {c.name: {"old": _plain(c.old), "new": _plain(c.new)} for c in action.fields},
        "indicators": [
            {
                "label": i.label,
                "status": i.status,
                "fields": {c.name: {"old": _plain(c.old), "new": _plain(c.new)} for c in i.fields},
                "targets": [_year_dict(y) for y in i.targets],
                "results": [_year_dict(y) for y in i.results],
                "comments": [{"year": int(c.name), "old": c.old, "new": c.new} for c in i.comments],
            }
            for i in action.indicators
        ],
        "funding": [_line_dict(line) for line in action.funding],
    }


def _years(old: dict[int, Decimal], new: dict[int, Decimal], *, every: bool) -> list[YearChange]:
    years = sorted(set(old) | set(new))
    changes = [YearChange(y, old.get(y), new.get(y)) for y in years]
    return changes if every else [c for c in changes if c.changed]


def _funding(
    old: dict[str, dict[int, Decimal]],
    new: dict[str, dict[int, Decimal]],
    labels: dict[str, str],
    *,
    every: bool,
) -> list[FundingLine]:
    order = list(labels) + sorted((set(old) | set(new)) - set(labels))
    lines = []
    for source in order:
        if source not in old and source not in new:
            continue
        line = FundingLine(
            source,
            labels.get(source, source),
            _years(old.get(source, {}), new.get(source, {}), every=True),
        )
        if every or line.changed:
            lines.append(line)
    return lines


def _baseline(indicator: Indicator) -> dict[str, Any] | None:
    if indicator.baseline is None:
        return None
    return {"year": indicator.baseline.year, "value": indicator.baseline.value}


def _indicator_diff(old: Indicator | None, new: Indicator | None) -> IndicatorDiff | None:
    if old is None and new is not None:
        return IndicatorDiff("added", new.label, targets=_years({}, new.targets, every=False))
    if new is None and old is not None:
        return IndicatorDiff("removed", old.label, targets=_years(old.targets, {}, every=False))
    assert old is not None and new is not None
    fields = [
        FieldChange(name, before, after)
        for name, before, after in (
            ("label", old.label, new.label),
            ("unit", old.unit, new.unit),
            ("baseline", _baseline(old), _baseline(new)),
        )
        if before != after
    ]
    targets = _years(old.targets, new.targets, every=False)
    results = _years(old.results, new.results, every=False)
    comments = [
        FieldChange(str(year), old.comments.get(year), new.comments.get(year))
        for year in sorted(set(old.comments) | set(new.comments))
        if old.comments.get(year) != new.comments.get(year)
    ]
    if not (fields or targets or results or comments):
        return None
    return IndicatorDiff("changed", new.label, fields, targets, results, comments)


def _pair_indicators(
    old: list[Indicator], new: list[Indicator]
) -> list[tuple[Indicator | None, Indicator | None]]:
    """Indicators matched by label, then the others in order; the rest added or removed."""
    pairs: list[tuple[Indicator | None, Indicator | None]] = []
    old_left = list(old)
    new_unmatched: list[Indicator] = []
    for indicator in new:
        match = next((o for o in old_left if o.label == indicator.label), None)
        if match is not None:
            old_left.remove(match)
            pairs.append((match, indicator))
        else:
            new_unmatched.append(indicator)
    for indicator in new_unmatched:
        pairs.append((old_left.pop(0) if old_left else None, indicator))
    pairs.extend((o, None) for o in old_left)
    return pairs


def _action_diff(old: Action, new: Action, labels: dict[str, str]) -> ActionDiff | None:
    fields = [
        FieldChange(name, before, after)
        for name, before, after in (
            ("objective", old.objective, new.objective),
            ("title", old.title, new.title),
            ("description", old.description, new.description),
        )
        if before != after
    ]
    indicators = [
        d
        for o, n in _pair_indicators(old.indicators, new.indicators)
        if (d := _indicator_diff(o, n))
    ]
    funding = _funding(old.funding, new.funding, labels, every=False)
    if not (fields or indicators or funding):
        return None
    return ActionDiff("changed", new.id, new.objective, new.title, fields, indicators, funding)


def added_amendments(old: Convention | None, new: Convention) -> list[Amendment]:
    """The avenants listed in ``new`` and not in ``old``, in their order."""
    before = old.amendments if old else []
    return [a for a in new.amendments if a not in before]


def _objectives(convention: Convention | None) -> set[int]:
    return {a.objective for a in convention.actions} if convention else set()


def diff_conventions(
    old: Convention | None,
    new: Convention | None,
    edition: Edition | None = None,
    *,
    old_name: str | None = None,
    new_name: str | None = None,
) -> ConventionDiff:
    """What changes from ``old`` to ``new`` (None for a convention created or deleted)."""
    labels = dict(edition.funding_sources) if edition else {}
    titles = {o.number: o.title for o in edition.objectives} if edition else {}

    fields: list[FieldChange] = []
    signatories: list[FieldChange] = []
    sources_added: list[str] = []
    sources_removed: list[str] = []
    if old is not None and new is not None:
        for name in ("territory", "edition", "period", "status", "version", "signed_on"):
            before, after = getattr(old, name), getattr(new, name)
            if before != after:
                if name in ("territory", "period"):
                    before, after = before.model_dump(), after.model_dump()
                fields.append(FieldChange(name, before, after))
        old_roles = {s.role: s.name for s in old.signatories}
        new_roles = {s.role: s.name for s in new.signatories}
        for role in [*new_roles, *(r for r in old_roles if r not in new_roles)]:
            if old_roles.get(role) != new_roles.get(role):
                signatories.append(FieldChange(role, old_roles.get(role), new_roles.get(role)))
        sources_added = [s for s in new.sources if s not in old.sources]
        sources_removed = [s for s in old.sources if s not in new.sources]

    old_actions = {a.id: a for a in old.actions} if old else {}
    new_actions = {a.id: a for a in new.actions} if new else {}
    actions: list[ActionDiff] = []
    for action in new.actions if new else []:
        before = old_actions.get(action.id)
        if before is None:
            actions.append(_action_whole(action, "added", labels))
        elif (changed := _action_diff(before, action, labels)) is not None:
            actions.append(changed)
    for action in old.actions if old else []:
        if action.id not in new_actions:
            actions.append(_action_whole(action, "removed", labels))

    gained = sorted(_objectives(new) - _objectives(old))
    lost = sorted(_objectives(old) - _objectives(new))
    return ConventionDiff(
        old_name=old_name,
        new_name=new_name,
        old=old,
        new=new,
        fields=fields,
        signatories=signatories,
        sources_added=sources_added,
        sources_removed=sources_removed,
        objectives_gained=[Objective(n, titles.get(n, "")) for n in gained],
        objectives_lost=[Objective(n, titles.get(n, "")) for n in lost],
        actions=actions,
        funding=_funding(
            old.funding if old else {}, new.funding if new else {}, labels, every=True
        ),
        amendments_added=added_amendments(old, new) if new else [],
        followup=_followup(old, new, labels) if old is not None and new is not None else [],
    )


def _followup(old: Convention, new: Convention, labels: dict[str, str]) -> list[FollowupChange]:
    """The credits paid and spent, and the annual reports, that differ, year by year."""
    changes = []
    sources = list(labels) + sorted((set(old.execution) | set(new.execution)) - set(labels))
    for source in sources:
        before, after = old.execution.get(source, {}), new.execution.get(source, {})
        for year in sorted(set(before) | set(after)):
            for name in ("paid", "spent"):
                was = getattr(before[year], name) if year in before else None
                now = getattr(after[year], name) if year in after else None
                if was != now:
                    label = labels.get(source, source)
                    changes.append(FollowupChange("execution", year, name, was, now, source, label))
    for year in sorted(set(old.reports) | set(new.reports)):
        for name in ("status", "adopted_on", "summary"):
            was = getattr(old.reports[year], name) if year in old.reports else None
            now = getattr(new.reports[year], name) if year in new.reports else None
            if was != now:
                changes.append(FollowupChange("reports", year, name, was, now))
    return changes


def _action_whole(action: Action, status: str, labels: dict[str, str]) -> ActionDiff:
    """An action added (everything new) or removed (everything gone)."""
    added = status == "added"
    return ActionDiff(
        status,
        action.id,
        action.objective,
        action.title,
        indicators=[
            d
            for i in action.indicators
            if (d := _indicator_diff(None, i) if added else _indicator_diff(i, None))
        ],
        funding=_funding({}, action.funding, labels, every=False)
        if added
        else _funding(action.funding, {}, labels, every=False),
    )
