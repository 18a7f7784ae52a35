"""Helpers of the national-view tests: a synthetic data repository written from code, the CLI.

The synthetic repository is illustrative (a test data set, not a source): six conventions
of the three editions, signed on time, late or not at all, on the mainland, overseas and in
Corse, with results. With ``followup=True`` it also has what the follow-up model adds:
national indicator codes (its own catalogue lists two), annual reports and execution.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
PEP = Path(sys.executable).parent / "pep"
TODAY = "2026-12-01"
GOLDEN = Path(__file__).resolve().parent / "national" / "golden"


def followup_model() -> bool:
    """True once the data model reads national codes, reports and execution."""
    from pep_cli.data.model import Convention, Indicator

    return "code" in Indicator.model_fields and "reports" in Convention.model_fields


@dataclass
class Synthetic:
    code: str
    name: str
    edition: str
    start: int
    end: int
    status: str
    signed_on: str | None
    optional: list[int]
    funding: dict[str, int]  # per year, the same every year
    results: dict[int, int] = field(default_factory=dict)  # indicator of objective 1
    delay: dict[int, int] = field(default_factory=dict)  # results of a delay (days), objective 6
    reports: dict[int, str] = field(default_factory=dict)  # year -> "adopted:YYYY-MM-DD" | "draft"
    execution: dict[int, tuple[int, int]] = field(
        default_factory=dict
    )  # year -> (paid, spent), etat


CONVENTIONS = [
    Synthetic(
        "01",
        "Ain",
        "2020",
        2020,
        2022,
        "signed",
        "2020-10-01",
        [12, 14],
        {"etat": 400000, "fir": 100000, "ondam": 50000, "departement": 300000},
        results={2020: 110, 2021: 150, 2022: 190},
        delay={2020: 120, 2021: 95, 2022: 80},
        reports={2020: "adopted:2021-06-15", 2021: "adopted:2022-09-01", 2022: "draft"},
        execution={2020: (400000, 350000), 2021: (400000, 400000)},
    ),
    Synthetic(
        "2A",
        "Corse-du-Sud",
        "2021",
        2021,
        2022,
        "signed",
        "2021-11-15",
        [19],
        {"etat": 250000, "fir": 80000},
        results={2021: 40, 2022: 60},
        delay={2021: 70, 2022: 100},
        reports={2021: "adopted:2022-06-20"},
        execution={2021: (250000, 200000)},
    ),
    Synthetic(
        "62",
        "Pas-de-Calais",
        "2021",
        2021,
        2022,
        "draft",
        None,
        [13, 19],
        {"etat": 900000, "departement": 450000},
        results={2021: 300},
    ),
    Synthetic(
        "972",
        "Martinique",
        "2022",
        2022,
        2024,
        "signed",
        "2022-07-01",
        [12, 13, 14, 16, 18, 19],
        {"etat": 600000, "fir": 150000},
        results={2022: 95, 2023: 120},
        delay={2022: 60, 2023: 45},
        reports={2022: "adopted:2023-06-01", 2023: "draft"},
        execution={2022: (600000, 540000), 2023: (600000, 300000)},
    ),
    Synthetic(
        "69M",
        "Métropole de Lyon",
        "2022",
        2022,
        2024,
        "signed",
        "2022-09-30",
        [12, 14, 18, 19, 21, 23],
        {"etat": 1500000, "fir": 200000, "departement": 1500000},
        results={2022: 800, 2023: 700},
    ),
    Synthetic(
        "35",
        "Ille-et-Vilaine",
        "2022",
        2022,
        2024,
        "closed",
        "2022-05-12",
        [13, 14, 16, 18, 21, 24],
        {"etat": 700000},
        results={2022: 210, 2023: 260, 2024: 300},
        delay={2022: 90},
        reports={
            2022: "adopted:2023-06-30",
            2023: "adopted:2024-07-15",
            2024: "adopted:2025-06-01",
        },
    ),
]
REQUIRED = {"2020": list(range(1, 12)), "2021": list(range(1, 12)), "2022": [1, 2, 3, 4, 5, 9]}
NATIONAL_INDICATORS = """
# Jeu d'essai (illustratif) : deux indicateurs nationaux, pour les tests de la vue nationale.
indicators:
  - code: epp-pmi
    label: "Entretiens prénataux précoces réalisés par la PMI"
    unit: nombre
    direction: up
    source: "illustratif (jeu d'essai des tests)"
  - code: delai-crip
    label: "Délai moyen d'évaluation d'une information préoccupante"
    unit: jours
    direction: down
    source: "illustratif (jeu d'essai des tests)"
"""


def _years(c: Synthetic) -> range:
    return range(c.start, c.end + 1)


def _by_year(c: Synthetic, values: dict[int, int] | int) -> str:
    if isinstance(values, int):
        values = {year: values for year in _years(c)}
    return "{" + ", ".join(f"{y}: {v}" for y, v in sorted(values.items())) + "}"


def convention_text(c: Synthetic, followup: bool) -> str:
    objectives = [*REQUIRED[c.edition], *c.optional]
    lines = [
        "# Jeu d'essai des tests de la vue nationale : convention illustrative.",
        "schema_version: 1",
        f'territory: {{code: "{c.code}", name: "{c.name}"}}',
        f'edition: "{c.edition}"',
        f"period: {{start: {c.start}, end: {c.end}}}",
        f"status: {c.status}",
        "version: 1",
    ]
    if c.signed_on:
        lines.append(f"signed_on: {c.signed_on}")
    lines.append("actions:")
    for index, number in enumerate(objectives):
        lines += [
            f"  - id: action-{number}",
            f"    objective: {number}",
            f"    title: Action de l’objectif {number}",
            "    indicators:",
        ]
        if number == 1:
            lines.append("      - label: Entretiens prénataux précoces réalisés par la PMI")
            if followup:
                lines.append("        code: epp-pmi")
            lines += [
                "        unit: nombre",
                f"        targets: {_by_year(c, {y: 100 + 50 * (y - c.start) for y in _years(c)})}",
            ]
            if c.results:
                lines.append(f"        results: {_by_year(c, c.results)}")
        elif number == 6 and c.delay:
            lines.append("      - label: Délai d’évaluation des informations préoccupantes")
            if followup:
                lines += ["        code: delai-crip", "        direction: down"]
            lines += ["        unit: jours", f"        targets: {_by_year(c, 90)}"]
            lines.append(f"        results: {_by_year(c, c.delay)}")
        else:
            lines += [
                f"      - label: Indicateur de l’action {number}",
                "        unit: nombre",
                f"        targets: {_by_year(c, 10)}",
            ]
        if index == 0:
            lines.append("    funding:")
            lines += [f"      {s}: {_by_year(c, a)}" for s, a in c.funding.items()]
    lines.append("funding:")
    lines += [f"  {s}: {_by_year(c, a)}" for s, a in c.funding.items()]
    if followup and c.reports:
        lines.append("reports:")
        for year, state in sorted(c.reports.items()):
            if state.startswith("adopted:"):
                lines.append(f"  {year}: {{status: adopted, adopted_on: {state.split(':')[1]}}}")
            else:
                lines.append(f"  {year}: {{status: draft}}")
    if followup and c.execution:
        lines += ["execution:", "  etat:"]
        for year, (paid, spent) in sorted(c.execution.items()):
            lines.append(f"    {year}: {{paid: {paid}, spent: {spent}}}")
    return "\n".join(lines) + "\n"


def file_name(c: Synthetic) -> str:
    from pep_cli.check.rules.file_name import expected_name

    return expected_name(c.code, c.name, c.start)


def write_synthetic(root: Path, *, followup: bool = False, git: bool = True) -> Path:
    """The synthetic repository in ``root`` (committed in git when ``git``)."""
    departments = root / "data" / "departments"
    departments.mkdir(parents=True, exist_ok=True)
    for c in CONVENTIONS:
        (departments / file_name(c)).write_text(convention_text(c, followup), encoding="utf-8")
    if followup:
        shipped = (PROJECT / "data" / "catalogue.yaml").read_text(encoding="utf-8")
        (root / "data" / "catalogue.yaml").write_text(
            shipped.rstrip("\n") + "\n" + NATIONAL_INDICATORS, encoding="utf-8"
        )
    if git:
        from helpers_render import git as run_git

        run_git(root, "init", "-q", "-b", "main")
        run_git(root, "add", "data")
        run_git(root, "commit", "-q", "-m", "Jeu d'essai")
    return root


@dataclass
class Ran:
    code: int
    out: str
    err: str


def pep_process(*args: str, cwd: Path, env: dict[str, str] | None = None) -> Ran:
    """The installed ``pep`` as a subprocess, as a user runs it."""
    done = subprocess.run(
        [str(PEP), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "100", **(env or {})},
        check=False,
        timeout=300,
    )
    return Ran(done.returncode, done.stdout, done.stderr)


def check_golden(name: str, text: str) -> None:
    golden = GOLDEN / name
    if os.environ.get("PEP_UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
        return
    assert golden.exists(), f"{golden} manque : lancez « make golden » pour le créer"
    assert text == golden.read_text(encoding="utf-8"), (
        f"la vue nationale diffère de tests/national/golden/{name} ; si le changement est "
        "voulu, lancez « make golden » et relisez le diff"
    )


def today() -> dt.date:
    return dt.date.fromisoformat(TODAY)
