"""The national view as plain JSON data: the documented, stable shape of ``pep national -f json``.

Amounts and values are exact decimal strings (``"600000.50"``), rates are fractions as
decimal strings with four decimals (``"0.9100"`` for 91 %), dates ISO 8601, an unknown
value ``null``. Conventions are named by their slug (``"15-cantal-2022"``), listed once
under ``conventions``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from pep_cli.national.view import REPORT_STATES, NationalView

FORMAT = "pep-national/1"


def _d(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def to_data(view: NationalView) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "today": view.today.isoformat(),
        "year": view.year,
        "conventions": [
            {
                "slug": c.slug,
                "path": c.path,
                "territory": {"code": c.code, "name": c.name},
                "edition": c.edition,
                "period": {"start": c.start, "end": c.end},
                "status": c.status,
                "version": c.version,
                "signed_on": c.signed_on.isoformat() if c.signed_on else None,
                "errors": view.problems.get(c.slug, 0),
                "illustrative": list(c.illustrative),
            }
            for c in view.conventions
        ],
        "excluded": [
            {
                "path": e.path,
                "line": e.line,
                "column": e.column,
                "rule": e.rule,
                "message": e.message,
            }
            for e in view.excluded
        ],
        "funding": {
            "by_year": [
                {
                    "year": r.year,
                    "source": r.source,
                    "label": r.label,
                    "signed": _d(r.signed),
                    "conventions": r.conventions,
                    "envelope": _d(r.envelope),
                    "envelope_share": _d(r.envelope_share),
                    "paid": _d(r.paid),
                    "spent": _d(r.spent),
                    "consumption": _d(r.consumption),
                    "execution_known": r.execution_known,
                }
                for r in view.funding
            ],
            "totals": [
                {
                    "year": t.year,
                    "signed": _d(t.signed),
                    "state": _d(t.state),
                    "envelope": _d(t.envelope),
                    "envelope_share": _d(t.envelope_share),
                    "paid": _d(t.paid),
                    "spent": _d(t.spent),
                    "consumption": _d(t.consumption),
                }
                for t in view.totals
            ],
            "by_territory": [
                {
                    "convention": t.convention.slug,
                    "territory": {"code": t.convention.code, "name": t.convention.name},
                    "by_source": {source: str(amount) for source, amount in t.by_source.items()},
                    "signed": _d(t.signed),
                    "state": _d(t.state),
                    "paid": _d(t.paid),
                    "spent": _d(t.spent),
                    "consumption": _d(t.consumption),
                }
                for t in view.territories
            ],
            "sources": view.sources,
        },
        "objectives": {
            "uptake": [
                {
                    "edition": o.edition,
                    "number": o.number,
                    "title": o.title,
                    "kind": o.kind,
                    "required": o.required,
                    "count": o.count,
                    "conventions": o.conventions,
                }
                for o in view.objectives
            ],
            "matrix": [
                {
                    "edition": m.edition,
                    "objectives": m.numbers,
                    "rows": [
                        {
                            "convention": row.convention.slug,
                            "territory": {"code": row.convention.code, "name": row.convention.name},
                            "actions": {str(n): k for n, k in sorted(row.objectives.items())},
                        }
                        for row in m.rows
                    ],
                }
                for m in view.matrices
            ],
        },
        "status": {
            "signatures": [
                {
                    "edition": s.edition,
                    "deadline": s.deadline.isoformat() if s.deadline else None,
                    "total": s.total,
                    **s.counts,
                    "late": s.late,
                }
                for s in view.signatures
            ],
            "reports": [
                {
                    "year": r.year,
                    "expected": r.expected,
                    "counts": r.counts,
                    "conventions": {state: r.conventions.get(state, []) for state in REPORT_STATES},
                }
                for r in view.reports
            ],
        },
        "results": {
            "national_indicators": view.national_indicators,
            "by_code": [
                {
                    "code": r.code,
                    "label": r.label,
                    "unit": r.unit,
                    "direction": r.direction,
                    "year": r.year,
                    "conventions": r.conventions,
                    "reporting": r.reporting,
                    "targets": _d(r.targets),
                    "results": _d(r.results),
                    "reached": r.reached,
                    "achievement": None
                    if r.achievement is None
                    else {
                        "min": str(r.achievement.minimum),
                        "median": str(r.achievement.median),
                        "max": str(r.achievement.maximum),
                    },
                }
                for r in view.results
            ],
            "free_label": {
                "indicators": view.free_indicators.indicators,
                "with_target": view.free_indicators.with_target,
                "with_result": view.free_indicators.with_result,
            },
        },
        "map": {
            "measure": view.map.measure,
            "year": view.map.year,
            "territories": [
                {
                    "code": e.code,
                    "name": e.name,
                    "conventions": e.conventions,
                    "value": None if e.value is None else str(e.value),
                }
                for e in view.map.entries
            ],
        },
    }
