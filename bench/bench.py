"""``make bench``: how fast is pep on a synthetic data repository?

Writes repositories of 101 and 1,000 valid conventions (bench/work/, ignored
by git) and times, end to end as a user runs them (median of several runs):

- ``pep validate`` on each, next to the floor: a Python process that only
  composes the same files with libyaml's C parser (bench/floor.py);
- ``pep render --all --format md`` on the 101 conventions (goal: under
  1.5x the time of validating them) and one PDF (bounded by the TeX engine);
- ``pep --help``.

Goals (2-core machine): 101 files in at most 2x the floor, 1,000 files
growing linearly, ``pep --help`` under 0.15 s. Prints a Markdown table;
``--write`` also records it in bench/RESULTS.md with the machine it ran on.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from synth import write_repository  # noqa: E402

PEP = Path(sys.executable).parent / "pep"


def timed(
    command: list[str], runs: int, cwd: Path | None = None, ok: tuple[int, ...] = (0,)
) -> float:
    """Median wall time of ``runs`` runs of ``command``, after one warm-up run."""
    samples = []
    for attempt in range(runs + 1):
        start = time.perf_counter()
        done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
        elapsed = time.perf_counter() - start
        if done.returncode not in ok:
            sys.exit(
                f"échec de {' '.join(command)} (code {done.returncode}) :\n"
                f"{done.stdout}{done.stderr}"
            )
        if attempt:
            samples.append(elapsed)
    return statistics.median(samples)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cœurs, Python {platform.python_version()}, {platform.system()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="runs per measure (median)")
    parser.add_argument(
        "--write", action="store_true", help="record the results in bench/RESULTS.md"
    )
    args = parser.parse_args()

    rows: list[tuple[str, str, str]] = []
    figures: dict[str, float] = {}
    for count in (101, 1000):
        root = HERE / "work" / f"repo-{count}"
        write_repository(root, count)
        runs = args.runs if count < 1000 else max(3, args.runs // 2)
        floor = timed([sys.executable, str(HERE / "floor.py"), str(root)], runs)
        validate = timed([str(PEP), "validate", "--today", "2020-01-01"], runs, cwd=root)
        figures[f"floor-{count}"] = floor
        figures[f"validate-{count}"] = validate
        rows.append((f"plancher : composer {count} fichiers (libyaml C)", f"{floor:.3f} s", ""))
        ratio = validate / floor
        goal = f"{ratio:.2f} × le plancher" + (" (objectif ≤ 2 ×)" if count == 101 else "")
        rows.append((f"pep validate, {count} fichiers", f"{validate:.3f} s", goal))
    repo_101 = HERE / "work" / "repo-101"
    out = HERE / "work" / "out"
    render_md = timed(
        [str(PEP), "render", "--all", "--format", "md", "-o", str(out), "--today", "2020-01-01"],
        args.runs,
        cwd=repo_101,
    )
    ratio = render_md / figures["validate-101"]
    rows.append(
        (
            "pep render --all --format md, 101 fichiers",
            f"{render_md:.3f} s",
            f"{ratio:.2f} × la validation (objectif < 1,5 ×)",
        )
    )
    if shutil.which("pdflatex"):
        first = sorted((repo_101 / "data" / "departments").glob("*.yaml"))[0]
        render_pdf = timed(
            [
                str(PEP),
                "render",
                str(first),
                "--format",
                "pdf",
                "-o",
                str(out),
                "--today",
                "2020-01-01",
            ],
            max(3, args.runs // 2),
            cwd=repo_101,
        )
        rows.append(
            (
                "pep render, un PDF (pdflatex, deux passes au plus)",
                f"{render_pdf:.3f} s",
                "borné par TeX",
            )
        )
    else:
        rows.append(("pep render, un PDF", "non mesuré", "pdflatex absent"))
    growth = figures["validate-1000"] / figures["validate-101"]
    rows.append(
        ("croissance 101 → 1 000 fichiers", f"× {growth:.2f}", "linéaire : ≈ × 9,9 au plus")
    )
    help_time = timed([str(PEP), "--help"], max(args.runs, 10))
    rows.append(("pep --help", f"{help_time:.3f} s", "objectif < 0,15 s"))

    table = ["| mesure | médiane | rapport |", "|---|---|---|"]
    table += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    text = "\n".join(table)
    print(text)
    if args.write:
        stamp = time.strftime("%Y-%m-%d")
        (HERE / "RESULTS.md").write_text(
            "# Mesures de vitesse (`make bench`)\n\n"
            f"Relevées le {stamp} sur : {machine()}.\n\n"
            "Dépôts synthétiques de conventions valides (14 actions, ~150 lignes chacune), "
            "écrits par `bench/synth.py` ; temps de bout en bout d'un processus, médiane de "
            f"{args.runs} exécutions après une exécution à blanc.\n\n{text}\n",
            "utf-8",
        )


if __name__ == "__main__":
    main()
