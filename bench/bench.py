"""``make bench``: how fast is pep on a synthetic data repository, against the goals of issue 16?

Writes repositories of 0, 101 and 1,000 valid conventions (bench/work/, ignored by git)
and times commands end to end as a user runs them, next to the floor: a Python process
that only composes the same files with libyaml's C parser (bench/floor.py). The commands
of a measure run in turn within each round (interleaved, so that a slower spell of the
machine touches them alike); each figure is the median of the rounds, after one warm-up
round, and the ratios compare figures of the same rounds.

- cold: ``--no-cache`` (every file read and checked);
- warm: the cache filled by the warm-up round, nothing changed;
- one file changed: before each run, one convention gets a new comment line;
- peak memory: the largest resident set of the process (``wait4``, through ``peak.py``);
- ``pep export --all -f csv`` on the 101 conventions (goal: at most 2x validating them)
  and ``pep import --check`` of one filled collection workbook (goal: under 1 s);
- three repositories a hostile pull request could send (bench/hostile.py), which once
  took quadratic time (``--no-cache``: the work itself).

``--peer NAME=COMMAND`` times another tool on the 101 files in the same loop
(e.g. ``--peer "yamllint=yamllint data/departments"`` or ``--peer
"check-jsonschema=check-jsonschema --schemafile convention.schema.json data/departments/*.yaml"``;
the command runs in the 101-file repository, through the shell, and must exit 0 or 1).
Prints one line per goal with today's figure; ``--write`` also records the table in
bench/RESULTS.md with the machine it ran on.
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
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from hostile import big_catalogue, many_problems, many_separators, repeated_keys  # noqa: E402
from lsp_timing import measure_lsp  # noqa: E402
from lsp_timing import rows as lsp_rows  # noqa: E402
from synth import write_repository  # noqa: E402

PEP = Path(sys.executable).parent / "pep"
# After every synthetic period (the last ends in 2051) and its adopted reports: valid files.
TODAY = ["--today", "2060-01-01"]


@dataclass
class Command:
    argv: list[str]
    cwd: Path
    before: Callable[[], None] | None = None  # run before each timed run, not timed
    shell: bool = False
    accept: tuple[int, ...] = (0,)
    environ: dict[str, str] = field(default_factory=dict)  # added to the bench's environment
    times: list[float] = field(default_factory=list)
    memory: list[int] = field(default_factory=list)  # KiB

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def peak(self) -> int:
        """Set by :func:`peak_of` (the wait4 figures of the timed runs include the bench)."""
        return max(self.memory)


def run_once(name: str, command: Command) -> tuple[float, int]:
    if command.before is not None:
        command.before()
    start = time.perf_counter()
    process = subprocess.Popen(
        command.argv if not command.shell else " ".join(command.argv),
        cwd=command.cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        shell=command.shell,
        env={**os.environ, **command.environ},
    )
    assert process.stdout is not None
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in command.accept:
        sys.exit(f"échec de {name} (code {process.returncode}) :\n{output.decode()}")
    return elapsed, usage.ru_maxrss


def peak_of(name: str, command: Command) -> int:
    """The command's own peak resident memory (KiB), measured through ``peak.py``."""
    import tempfile

    if command.before is not None:
        command.before()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "peak"
        done = subprocess.run(
            [sys.executable, "-S", "-E", str(HERE / "peak.py"), str(out), *command.argv],
            cwd=command.cwd,
            capture_output=True,
            check=False,
            env={**os.environ, **command.environ},
        )
        if done.returncode not in command.accept:
            sys.exit(f"échec de {name} (code {done.returncode}) :\n{done.stdout.decode()}")
        return int(out.read_text("ascii"))


def measure(commands: dict[str, Command], rounds: int) -> None:
    """Run every command once per round, in turn; the first round is not counted."""
    for round_ in range(rounds + 1):
        for name, command in commands.items():
            elapsed, memory = run_once(name, command)
            if round_:
                command.times.append(elapsed)
                command.memory.append(memory)


def toucher(path: Path, label: str = "modification") -> Callable[[], None]:
    """Give ``path`` new bytes before each run (a comment line with a counter); each
    ``label`` writes bytes that no other gives."""
    original = path.read_text("utf-8")
    count = [0]

    def touch() -> None:
        count[0] += 1
        path.write_text(f"# {label} n° {count[0]}\n{original}", "utf-8")

    return touch


def clear(directory: Path) -> Callable[[], None]:
    def remove() -> None:
        shutil.rmtree(directory, ignore_errors=True)

    return remove


def collection_workbook(repo: Path, target: Path) -> Path:
    """The collection workbook of the repository's first convention, with one result filled."""
    from openpyxl import load_workbook

    first = sorted((repo / "data" / "departments").glob("*.yaml"))[0]
    command = [str(PEP), "export", str(first), "--collect", "2023", "-o", str(target)]
    subprocess.run([*command, *TODAY], cwd=repo, check=True, capture_output=True)
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


def fmt_ratio(value: float) -> str:
    return f"{value:.2f} ×"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7, help="rounds per measure (median)")
    parser.add_argument(
        "--peer", action="append", default=[], metavar="NAME=COMMAND", help="another tool"
    )
    parser.add_argument(
        "--write", action="store_true", help="record the results in bench/RESULTS.md"
    )
    args = parser.parse_args()

    work = HERE / "work"
    repos = {count: work / f"repo-{count}" for count in (0, 101, 1000)}
    for count, root in repos.items():
        write_repository(root, count)
    out = work / "out"
    r101, r1000 = repos[101], repos[1000]
    changed_101 = sorted((r101 / "data" / "departments").glob("*.yaml"))[50]
    changed_1000 = sorted((r1000 / "data" / "departments").glob("*.yaml"))[500]
    python = sys.executable
    workbook = collection_workbook(r101, work / "collecte.xlsx")

    report_101 = [
        str(PEP),
        "report",
        "--all",
        "--year",
        "2023",
        "-f",
        "md",
        "-o",
        str(out),
        "--no-charts",
        *TODAY,
    ]
    small = {
        "floor-101": Command([python, str(HERE / "floor.py"), str(r101)], HERE),
        "empty": Command([str(PEP), "validate", *TODAY], repos[0]),
        "cold-101": Command([str(PEP), "validate", "--no-cache", *TODAY], r101),
        "first-101": Command([str(PEP), "validate", *TODAY], r101, clear(r101 / ".pep_cache")),
        "warm-101": Command([str(PEP), "validate", *TODAY], r101),
        "changed-101": Command([str(PEP), "validate", *TODAY], r101, toucher(changed_101)),
        "one-file-101": Command(
            [str(PEP), "validate", *TODAY, str(changed_101.relative_to(r101))], r101
        ),
        # Its own cache (first-101 empties the repository's at each round): the documents
        # of the other files are kept from the round before.
        "render-101": Command(
            [str(PEP), "render", "--all", "-f", "md", "-o", str(out), *TODAY],
            r101,
            toucher(changed_101, "rendu"),
            environ={"PEP_CACHE_DIR": str(work / "render-cache")},
        ),
        "render-cold-101": Command(
            [str(PEP), "render", "--all", "-f", "md", "--no-cache", "-o", str(out), *TODAY],
            r101,
        ),
        "render-one-101": Command(
            [
                str(PEP),
                "render",
                str(changed_101.relative_to(r101)),
                "-o",
                str(out / "one"),
                *TODAY,
            ],
            r101,
        ),
        "report-101": Command([*report_101, "--no-cache"], r101),
        # Its own cache, as render-101: the reports of the other files kept from the round before.
        "report-warm-101": Command(
            report_101,
            r101,
            toucher(changed_101, "rapport"),
            environ={"PEP_CACHE_DIR": str(work / "report-cache")},
        ),
        "help": Command([str(PEP), "--help"], HERE),
        "export-csv-101": Command(
            [str(PEP), "export", "--all", "-f", "csv", "-o", str(out / "opendata"), *TODAY], r101
        ),
        "national-101": Command([str(PEP), "national", *TODAY], r101),
        "national-xlsx-101": Command(
            [str(PEP), "national", "-f", "xlsx", "-o", str(out / "national.xlsx"), *TODAY], r101
        ),
        # --check does all the work of an import but the final write (exit 1: values to import).
        "import": Command(
            [str(PEP), "import", str(workbook), "--check", *TODAY], r101, accept=(1,)
        ),
    }
    for peer in args.peer:
        name, _, command = peer.partition("=")
        small[f"peer:{name}"] = Command([command], r101, shell=True, accept=(0, 1))
    measure(small, args.runs)
    # The round trip of ruamel.yaml is slow: fewer rounds. Nothing changes between runs here.
    slow = {
        "validate-cold-101": Command([str(PEP), "validate", "--no-cache", *TODAY], r101),
        "validate-warm-101": Command([str(PEP), "validate", *TODAY], r101),
        "fmt-cold-101": Command([str(PEP), "fmt", "--check", "--no-cache"], r101, accept=(0, 1)),
        "fmt-warm-101": Command([str(PEP), "fmt", "--check"], r101, accept=(0, 1)),
        "site-101": Command([str(PEP), "site", "-o", str(out / "site"), *TODAY], r101),
    }
    measure(slow, max(3, args.runs // 2))
    large = {
        "floor-1000": Command([python, str(HERE / "floor.py"), str(r1000)], HERE),
        "cold-1000": Command([str(PEP), "validate", "--no-cache", *TODAY], r1000),
        "warm-1000": Command([str(PEP), "validate", *TODAY], r1000),
        "changed-1000": Command([str(PEP), "validate", *TODAY], r1000, toucher(changed_1000)),
    }
    measure(large, max(3, args.runs // 2))
    for command_name in ("floor-1000", "cold-1000", "warm-1000"):
        large[command_name].memory = [peak_of(command_name, large[command_name])]
    validate = [str(PEP), "validate", "--no-cache"]
    hostile = {
        "hostile-keys": Command(validate, repeated_keys(work / "repo-keys"), accept=(1,)),
        "hostile-problems": Command(validate, many_problems(work / "repo-problems"), accept=(1,)),
        "hostile-catalogue": Command(validate, big_catalogue(work / "repo-catalogue")),
        "hostile-separators": Command(
            validate, many_separators(work / "repo-separators"), accept=(0, 1)
        ),
    }
    measure(hostile, max(1, args.runs // 3))
    changed_101.write_text(changed_101.read_text("utf-8").split("\n", 1)[1], "utf-8")
    changed_1000.write_text(changed_1000.read_text("utf-8").split("\n", 1)[1], "utf-8")

    charts = {
        "charts-101": Command(
            [str(PEP), "report", "--all", "--year", "2023", "-o", str(out), *TODAY], r101
        ),
    }
    measure(charts, 1)
    # The chart path alone imports matplotlib: never validate, never --help.
    for name, command in (("validate", ["validate", *TODAY]), ("--help", ["--help"])):
        imports = subprocess.run(
            [python, "-X", "importtime", "-m", "pep_cli", *command],
            cwd=r101,
            capture_output=True,
            text=True,
            check=False,
        ).stderr
        if "matplotlib" in imports:
            sys.exit(f"pep {name} importe matplotlib (python -X importtime)")

    f = {name: c for name, c in (small | slow | large | hostile | charts).items()}
    floor101, floor1000 = f["floor-101"].median, f["floor-1000"].median

    def ratio(label: str, name: str, base: str, against: str, goal: str) -> tuple[str, str, str]:
        value = f[name].median / f[base].median
        return (label, f"{fmt_ratio(value)} {against} ({f[name].median:.3f} s)", goal)

    plancher, cold, warm = "le plancher", "la validation à froid", "la validation à chaud"
    rows = [
        ("dépôt vide (coût fixe)", f"{f['empty'].median:.3f} s", "≤ 0,15 s"),
        ratio("101 fichiers, à froid (--no-cache)", "cold-101", "floor-101", plancher, "≤ 1,3 ×"),
        ratio("1 000 fichiers, à froid", "cold-1000", "floor-1000", plancher, "≤ 1,0 ×"),
        ratio(
            "101 fichiers, cache chaud, rien de changé",
            "warm-101",
            "floor-101",
            plancher,
            "≤ 0,5 ×",
        ),
        ratio(
            "101 fichiers, cache chaud, un fichier changé",
            "changed-101",
            "floor-101",
            plancher,
            "≤ 0,6 ×",
        ),
        (
            "mémoire au plus haut, 1 000 fichiers à froid",
            f"{f['cold-1000'].peak / 1024:.0f} Mio "
            f"(plancher {f['floor-1000'].peak / 1024:.0f} Mio)",
            "≤ 50 Mio",
        ),
        ratio(
            "fmt --check, 101 fichiers inchangés, cache chaud",
            "fmt-warm-101",
            "validate-warm-101",
            warm,
            "≤ 1,0 ×",
        ),
        ratio(
            "fmt --check, 101 fichiers, à froid",
            "fmt-cold-101",
            "validate-cold-101",
            cold,
            "≤ 5 ×",
        ),
        ratio(
            "render --all -f md, 101 fichiers, un fichier changé (cache chaud)",
            "render-101",
            "cold-101",
            cold,
            "≤ 1,5 ×",
        ),
        ratio(
            "render --all -f md, 101 fichiers, à froid (--no-cache)",
            "render-cold-101",
            "cold-101",
            cold,
            "≤ 1,5 ×",
        ),
        ("pep --help", f"{f['help'].median:.3f} s", "≤ 0,10 s"),
        ratio(
            "pep report --all --year 2023 -f md --no-charts, 101 fichiers, à froid (--no-cache)",
            "report-101",
            "cold-101",
            cold,
            "≤ 2 ×",
        ),
        ratio(
            "pep report --all --year 2023 -f md --no-charts, 101 fichiers, un fichier changé "
            "(cache chaud)",
            "report-warm-101",
            "cold-101",
            cold,
            "≤ 2 ×",
        ),
        ratio(
            "pep export --all -f csv (données ouvertes), 101 fichiers",
            "export-csv-101",
            "cold-101",
            cold,
            "≤ 2 ×",
        ),
        ratio("pep national (texte), 101 fichiers", "national-101", "cold-101", cold, "≤ 1,5 ×"),
        ratio("pep national -f xlsx, 101 fichiers", "national-xlsx-101", "cold-101", cold, "≤ 3 ×"),
        ("pep site (sans PDF), 101 fichiers", f"{f['site-101'].median:.3f} s", "< 10 s"),
        (
            "pep import --check d'un classeur de collecte rempli",
            f"{f['import'].median:.3f} s",
            "< 1 s",
        ),
    ]
    details = [
        ("plancher : composer 101 fichiers (libyaml C)", f"{floor101:.3f} s"),
        ("plancher : composer 1 000 fichiers", f"{floor1000:.3f} s"),
        ("101 fichiers, premier passage (cache vide, écrit)", f"{f['first-101'].median:.3f} s"),
        (
            "pep validate FICHIER, dépôt de 101 fichiers, cache chaud",
            f"{f['one-file-101'].median:.3f} s",
        ),
        (
            "pep render FICHIER, dépôt de 101 fichiers, cache chaud",
            f"{f['render-one-101'].median:.3f} s",
        ),
        ("1 000 fichiers, cache chaud, rien de changé", f"{f['warm-1000'].median:.3f} s"),
        ("1 000 fichiers, cache chaud, un fichier changé", f"{f['changed-1000'].median:.3f} s"),
        (
            "mémoire au plus haut, 1 000 fichiers, cache chaud",
            f"{f['warm-1000'].peak / 1024:.0f} Mio",
        ),
    ]
    for name, label in (
        ("hostile-keys", "dépôt hostile : 10 000 clés écrites deux fois"),
        ("hostile-problems", "dépôt hostile : 40 000 problèmes, format texte"),
        ("hostile-catalogue", "dépôt hostile : catalogue de 59 000 objectifs"),
    ):
        details.append((f"{label} (linéaire ; était 30 à 66 s)", f"{f[name].median:.3f} s"))
    details.append(
        (
            "dépôt hostile : 50 000 séparateurs U+2028 entre guillemets (linéaire ; était "
            "quadratique)",
            f"{f['hostile-separators'].median:.3f} s",
        )
    )
    details.append(
        (
            "pep report --all --year 2023 -f md avec ses graphiques SVG, 101 fichiers",
            f"{f['charts-101'].median:.3f} s (matplotlib : ≈ 50 ms par graphique)",
        )
    )
    details += [(label, f"{value} ({goal})") for label, value, goal in lsp_rows(measure_lsp())]
    for name, command in f.items():
        if name.startswith("peer:"):
            details.append(
                (
                    f"{name[5:]} sur les 101 fichiers, même boucle",
                    f"{command.median:.3f} s ({fmt_ratio(command.median / f['cold-101'].median)} "
                    "pep à froid)",
                )
            )
    table = ["| objectif | aujourd'hui | but |", "|---|---|---|"]
    table += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    table += ["", "| autres mesures | médiane |", "|---|---|"]
    table += [f"| {a} | {b} |" for a, b in details]
    text = "\n".join(table)
    print(text)
    if args.write:
        stamp = time.strftime("%Y-%m-%d")
        (HERE / "RESULTS.md").write_text(
            "# Mesures de vitesse (`make bench`)\n\n"
            f"Relevées le {stamp} sur : {machine()}.\n\n"
            "Dépôts synthétiques de conventions valides (14 actions, ~160 lignes chacune), "
            "écrits par `bench/synth.py` ; temps de bout en bout d'un processus : la médiane de "
            f"{args.runs} tours (commandes alternées dans chaque tour ; moitié moins pour les "
            "mesures lentes), après un tour à blanc.\n\n"
            f"{text}\n",
            "utf-8",
        )


if __name__ == "__main__":
    main()
