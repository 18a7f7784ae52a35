"""Write a synthetic data repository of valid conventions, for the benchmark.

Every convention has 14 actions (the 6 required objectives of the 2022
edition and 8 optional ones) and about 160 lines, laid out like the shipped
files. The figures are synthetic: this is load for timing, not data.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from ruamel.yaml import YAML

REPO_TOP = Path(__file__).resolve().parents[1]
OBJECTIVES = (1, 2, 3, 4, 5, 9, 6, 7, 8, 10, 11, 12, 19, 26)


def _slug(name: str) -> str:
    import re
    import unicodedata

    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def convention_text(code: str, name: str, start: int, seed: int) -> str:
    years = [start, start + 1, start + 2]
    lines = [
        "# Convention synthétique pour la mesure de vitesse (chiffres fictifs).",
        "schema_version: 1",
        f'territory: {{code: "{code}", name: "{name}"}}',
        'edition: "2022"',
        f"period: {{start: {start}, end: {start + 2}}}",
        "status: signed",
        "version: 1",
        f"signed_on: {start}-06-24",
        # The 2022 framework ended on 31 December 2023 (framework-end): said, as a file must.
        # In pep fmt's key order: a data repository checked by fmt --check is in form.
        "ends_on: 2023-12-31",
        "signatories:",
        f'  - {{role: prefet, name: "Le préfet ({name})"}}',
        '  - {role: ars, name: "Le directeur général de l\'agence régionale de santé"}',
        f'  - {{role: departement, name: "Le président du conseil départemental ({name})"}}',
        "sources:",
        '  - "Données synthétiques générées par bench/synth.py"',
        "actions:",
    ]
    totals = {"etat": [0, 0, 0], "fir": [0, 0, 0]}
    for index, objective in enumerate(OBJECTIVES):
        source = "fir" if objective <= 5 else "etat"
        amount = 10_000 + 1_000 * ((seed + index) % 17)
        target = 100 + 7 * index + seed % 13
        for i in range(3):
            totals[source][i] += amount
        row = ", ".join(f"{y}: {target + 10 * i}" for i, y in enumerate(years))
        results = ", ".join(f"{y}: {target + 10 * i - 3}" for i, y in enumerate(years))
        funding = ", ".join(f"{y}: {amount}" for y in years)
        lines += [
            f"  - id: action-{index + 1:02d}",
            f"    objective: {objective}",
            f"    title: Action synthétique n° {index + 1} pour l'objectif {objective}",
            "    indicators:",
            f"      - label: Indicateur de l'action {index + 1}",
            "        unit: nombre",
            f"        targets: {{{row}}}",
            f"        results: {{{results}}}",
            "    funding:",
            f"      {source}: {{{funding}}}",
        ]
    lines.append("funding:")
    for source, values in totals.items():
        row = ", ".join(f"{y}: {v}" for y, v in zip(years, values, strict=True))
        lines.append(f"  {source}: {{{row}}}")
    lines.append("execution:")
    for source, values in totals.items():
        lines.append(f"  {source}:")
        for i, (year, value) in enumerate(zip(years, values, strict=True)):
            lines.append(f"    {year}: {{paid: {value}, spent: {value - 1_000 * (i + seed % 5)}}}")
    lines.append("reports:")
    lines += [f"  {year}: {{status: adopted, adopted_on: {year + 1}-06-15}}" for year in years]
    return "\n".join(lines) + "\n"


def write_repository(root: Path, count: int) -> list[Path]:
    """A data repository at ``root`` with ``count`` valid conventions (shipped catalogue)."""
    if root.exists():
        shutil.rmtree(root)
    departments = root / "data" / "departments"
    departments.mkdir(parents=True)
    for name in ("catalogue.yaml", "territories.yaml"):
        shutil.copy(REPO_TOP / "data" / name, root / "data" / name)
    territories = YAML(typ="safe").load((REPO_TOP / "data" / "territories.yaml").read_text("utf-8"))
    entries = territories["territories"]
    written = []
    for n in range(count):
        entry = entries[n % len(entries)]
        start = 2022 + 3 * (n // len(entries))  # consecutive periods: no overlap
        path = departments / f"{entry['code'].lower()}-{_slug(entry['name'])}-{start}.yaml"
        path.write_text(convention_text(entry["code"], entry["name"], start, n), "utf-8")
        written.append(path)
    return written
