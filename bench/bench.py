"""``make bench``: how fast is pep on a synthetic data repository?

Writes repositories of 101 and 1,000 valid conventions (bench/work/, ignored
by git) and times, end to end as a user runs them (best of several rounds):

- ``pep validate`` on each, next to the floor: a Python process that only
  composes the same files with libyaml's C parser (bench/floor.py);
- ``pep render --all --format md`` on the 101 conventions (goal: under
  1.5x the time of validating them) and one PDF (bounded by the TeX engine);
- ``pep export --all -f csv`` on the 101 conventions (goal: at most 2x validating them)
  and ``pep import --check`` of one filled collection workbook (goal: under 1 s);
- ``pep --help``;
- three repositories a hostile pull request could send (bench/hostile.py), which once
  took quadratic time.

Goals (2-core machine): 101 files in at most 2x the floor, 1,000 files
growing linearly, ``pep --help`` under 0.15 s. Prints a Markdown table;
``--write`` also records it in bench/RESULTS.md with the machine it ran on.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from hostile import big_catalogue, many_problems, repeated_keys  # noqa: E402
from synth import write_repository  # noqa: E402

PEP = Path(sys.executable).parent / "pep"


def measure(
    commands: dict[str, tuple[list[str], Path]], rounds: int, codes: dict[str, int] | None = None
) -> dict[str, float]:
    """Best wall time of each command over ``rounds`` rounds, after one warm-up round.

    The commands run in turn within each round, so that a slower spell of the
    machine affects them alike; the best time is the least disturbed one (as
    ``timeit`` advises: noise only ever adds time).
    """
    best = {name: float("inf") for name in commands}
    for round_ in range(rounds + 1):
        for name, (command, cwd) in commands.items():
            start = time.perf_counter()
            done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
            elapsed = time.perf_counter() - start
            if done.returncode != (codes or {}).get(name, 0):
                sys.exit(f"échec de {name} (code {done.returncode}) :\n{done.stdout}{done.stderr}")
            if round_:
                best[name] = min(best[name], elapsed)
    return best


READING = """## Lecture

- Le coût fixe de pep (première ligne : démarrage de Python, import de pydantic et de typer,
  construction des modèles, lecture du catalogue, des territoires et de la configuration)
  vaut à lui seul à peu près le plancher entier de 101 fichiers. Par fichier, pep coûte ensuite
  un peu plus que le plancher (composition en C, construction des données, schéma pydantic,
  20 règles), et au-delà de 48 fichiers la lecture se répartit sur les cœurs : d'où un rapport
  au plancher au-dessus de l'objectif de 2 × pour 101 fichiers, et bien en dessous pour 1 000.
- Le rendu Markdown ajoute à la validation un coût fixe (import de Jinja2 et de Babel,
  compilation des gabarits, ≈ 0,2 s) et quelques millisecondes par document.
- Sur cette machine virtuelle, le même relevé varie de ± 30 % d'une exécution à l'autre (le
  rapport au plancher pour 101 fichiers a oscillé entre 1,8 et 2,8 au fil des relevés) : ce sont
  des ordres de grandeur, pas des seuils de test.
"""


def collection_workbook(repo: Path, target: Path) -> Path:
    """The collection workbook of the repository's first convention, with one result filled."""
    from openpyxl import load_workbook

    first = sorted((repo / "data" / "departments").glob("*.yaml"))[0]
    command = [str(PEP), "export", str(first), "--collect", "2023", "-o", str(target)]
    subprocess.run([*command, "--today", "2020-01-01"], cwd=repo, check=True, capture_output=True)
    book = load_workbook(target)
    book["Tableau de bord"]["E5"] = 150
    book.save(target)
    return target


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
    parser.add_argument("--runs", type=int, default=7, help="rounds per measure (best of)")
    parser.add_argument(
        "--write", action="store_true", help="record the results in bench/RESULTS.md"
    )
    args = parser.parse_args()

    repos = {}
    for count in (101, 1000):
        repos[count] = HERE / "work" / f"repo-{count}"
        write_repository(repos[count], count)
    out = HERE / "work" / "out"
    empty = HERE / "work" / "repo-0"
    write_repository(empty, 0)
    today = ["--today", "2020-01-01"]
    commands: dict[str, tuple[list[str], Path]] = {
        "floor-101": ([sys.executable, str(HERE / "floor.py"), str(repos[101])], HERE),
        "validate-101": ([str(PEP), "validate", *today], repos[101]),
        "render-101": (
            [str(PEP), "render", "--all", "-f", "md", "-o", str(out), *today],
            repos[101],
        ),
        "help": ([str(PEP), "--help"], HERE),
        "empty": ([str(PEP), "validate", *today], empty),
    }
    workbook = collection_workbook(repos[101], HERE / "work" / "collecte.xlsx")
    commands["export-csv-101"] = (
        [str(PEP), "export", "--all", "-f", "csv", "-o", str(out / "opendata"), *today],
        repos[101],
    )
    # --check does all the work of an import but the final write (exit 1: values to import).
    commands["import"] = ([str(PEP), "import", str(workbook), "--check", *today], repos[101])
    figures = measure(commands, args.runs, codes={"import": 1})
    figures |= measure(
        {
            "floor-1000": ([sys.executable, str(HERE / "floor.py"), str(repos[1000])], HERE),
            "validate-1000": ([str(PEP), "validate", *today], repos[1000]),
        },
        max(3, args.runs // 2),
    )
    work = HERE / "work"
    hostile = {
        "hostile-keys": ([str(PEP), "validate"], repeated_keys(work / "repo-keys")),
        "hostile-problems": ([str(PEP), "validate"], many_problems(work / "repo-problems")),
        "hostile-catalogue": ([str(PEP), "validate"], big_catalogue(work / "repo-catalogue")),
    }
    figures |= measure(
        hostile, max(1, args.runs // 3), codes={"hostile-keys": 1, "hostile-problems": 1}
    )
    if shutil.which("pdflatex"):
        first = sorted((repos[101] / "data" / "departments").glob("*.yaml"))[0]
        pdf = [str(PEP), "render", str(first), "-f", "pdf", "-o", str(out), *today]
        figures |= measure({"pdf": (pdf, repos[101])}, 3)

    rows: list[tuple[str, str, str]] = [
        (
            "pep validate, dépôt vide (coût fixe : démarrage, imports, catalogue)",
            f"{figures['empty']:.3f} s",
            "",
        )
    ]
    for count in (101, 1000):
        floor, validate = figures[f"floor-{count}"], figures[f"validate-{count}"]
        goal = " (objectif ≤ 2 ×)" if count == 101 else ""
        rows.append((f"plancher : composer {count} fichiers (libyaml C)", f"{floor:.3f} s", ""))
        rows.append(
            (
                f"pep validate, {count} fichiers",
                f"{validate:.3f} s",
                f"{validate / floor:.2f} × le plancher{goal}",
            )
        )
    growth = figures["validate-1000"] / figures["validate-101"]
    rows.append(
        ("croissance 101 → 1 000 fichiers", f"× {growth:.2f}", "linéaire : ≈ × 9,9 au plus")
    )
    ratio = figures["render-101"] / figures["validate-101"]
    rows.append(
        (
            "pep render --all --format md, 101 fichiers",
            f"{figures['render-101']:.3f} s",
            f"{ratio:.2f} × la validation (objectif < 1,5 ×)",
        )
    )
    ratio = figures["export-csv-101"] / figures["validate-101"]
    rows.append(
        (
            "pep export --all -f csv (données ouvertes), 101 fichiers",
            f"{figures['export-csv-101']:.3f} s",
            f"{ratio:.2f} × la validation (objectif ≤ 2 ×)",
        )
    )
    rows.append(
        (
            "pep import --check d'un classeur de collecte rempli",
            f"{figures['import']:.3f} s",
            "objectif < 1 s",
        )
    )
    if "pdf" in figures:
        rows.append(
            (
                "pep render, un PDF (pdflatex, deux passes au plus)",
                f"{figures['pdf']:.3f} s",
                "borné par TeX",
            )
        )
    else:
        rows.append(("pep render, un PDF", "non mesuré", "pdflatex absent"))
    rows.append(("pep --help", f"{figures['help']:.3f} s", "objectif < 0,15 s"))
    for name, label in (
        ("hostile-keys", "dépôt hostile : 10 000 clés écrites deux fois"),
        ("hostile-problems", "dépôt hostile : 40 000 problèmes, format texte"),
        ("hostile-catalogue", "dépôt hostile : catalogue de 59 000 objectifs"),
    ):
        rows.append((label, f"{figures[name]:.3f} s", "linéaire (était 30 à 66 s)"))

    table = ["| mesure | meilleur temps | rapport |", "|---|---|---|"]
    table += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    text = "\n".join(table)
    print(text)
    if args.write:
        stamp = time.strftime("%Y-%m-%d")
        (HERE / "RESULTS.md").write_text(
            "# Mesures de vitesse (`make bench`)\n\n"
            f"Relevées le {stamp} sur : {machine()}.\n\n"
            "Dépôts synthétiques de conventions valides (14 actions, ~160 lignes chacune), "
            "écrits par `bench/synth.py` ; temps de bout en bout d'un processus : le meilleur de "
            f"{args.runs} tours (commandes alternées dans chaque tour), après un tour à blanc.\n\n"
            f"{text}\n\n{READING}",
            "utf-8",
        )


if __name__ == "__main__":
    main()
