"""Shared helpers of the validation tests: rule cases on disk, temp data repositories, the CLI."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pep_cli.cache import Cache
from pep_cli.check.engine import Options, Report, validate
from pep_cli.data.repository import DataRepository

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "data"
RULE_CASES = Path(__file__).resolve().parent / "check" / "rules"
PEP = Path(sys.executable).parent / "pep"
TODAY = dt.date(2026, 11, 22)

Expected = list[tuple[int, int, str]]

# Words of libyaml's and pydantic's English messages: none may reach a user.
ENGLISH = re.compile(
    r"\b(should|expected|found|unexpected|allowed|Input|Keys|String|Value error|character|"
    r"stream|while|scanning|parsing|could not|mapping)\b"
)

_EXPECT = re.compile(rb"(?:\xef\xbb\xbf)?#\s*expect:(.*)")
_ITEM = re.compile(r"(\d+):(\d+)\s+([a-z][a-z-]*(?: waived)?)")


def expectations(path: Path) -> Expected:
    """The problems a case file declares in its leading ``# expect:`` comment lines.

    ``# expect: 12:11 funding-totals, 40:7 funding-totals`` or ``# expect: none``;
    several ``# expect:`` lines add up. A problem lifted by a ``# pep: ignore[...]``
    waiver is written ``12:11 funding-totals waived``. Read as bytes: some cases
    are not UTF-8.
    """
    found: Expected = []
    declared = False
    for raw in path.read_bytes().splitlines():
        match = _EXPECT.match(raw)
        if match is None:
            break
        declared = True
        text = match.group(1).decode("ascii").strip()
        if text == "none":
            continue
        for item in text.split(","):
            parsed = _ITEM.fullmatch(item.strip())
            if parsed is None:
                raise ValueError(f"{path}: bad expectation {item!r}")
            found.append((int(parsed.group(1)), int(parsed.group(2)), parsed.group(3)))
    if not declared:
        raise ValueError(f"{path}: no '# expect:' line at the top")
    return sorted(found)


@dataclass(frozen=True)
class RuleCase:
    """One data-driven case: a convention file, or a folder that is a whole data repository."""

    rule: str
    path: Path

    @property
    def name(self) -> str:
        return f"{self.rule}/{self.path.name}"

    @property
    def is_repository(self) -> bool:
        return self.path.is_dir()

    @property
    def files(self) -> list[Path]:
        if self.is_repository:
            return sorted((self.path / "data" / "departments").glob("*.yaml"))
        return [self.path]

    @property
    def passing(self) -> bool:
        """No problem left once waivers have lifted theirs."""
        return not self.rules_expected

    @property
    def rules_expected(self) -> set[str]:
        return {rule for f in self.files for _, _, rule in expectations(f) if " " not in rule}


def rule_cases() -> list[RuleCase]:
    cases = []
    for rule_dir in sorted(p for p in RULE_CASES.iterdir() if p.is_dir()):
        for entry in sorted(rule_dir.iterdir()):
            if entry.suffix == ".yaml" or (entry / "data" / "departments").is_dir():
                cases.append(RuleCase(rule_dir.name, entry))
    return cases


# Rules that fire on most case files by design: only checked in their own cases.
OWN_CASES_ONLY = ("file-name", "framework-end", "report-deadline")


def run_case(
    case: RuleCase, empty_root: Path, cache: Cache | None = None, today: dt.date = TODAY
) -> Report:
    """Validate a case with the real engine, as ``pep validate --today 2026-11-22`` would
    (``--no-cache`` unless a ``cache`` is given).

    Case files are named after what they test, not after their territory, so
    ``file-name`` is switched off except in its own cases; so is ``framework-end``
    (most cases are 2022-2024 contracts, past the 31 December 2023 end of the framework),
    and ``report-deadline`` (most are signed conventions with no annual report; the
    follow-up rules' own cases hold reports).
    """
    levels = {rule: "off" for rule in OWN_CASES_ONLY if rule != case.rule}
    options = Options(today=today, levels=levels, cache=cache)
    if case.is_repository:
        return validate(DataRepository(root=case.path), (), options)
    return validate(DataRepository(root=empty_root), [case.path], options)


def problems_by_file(report: Report, files: Sequence[Path]) -> dict[Path, Expected]:
    found: dict[Path, Expected] = {f.resolve(): [] for f in files}
    for problem in report.problems:
        path = Path(problem.path).resolve()
        rule = problem.rule if problem.waived is None else f"{problem.rule} waived"
        found.setdefault(path, []).append((problem.line, problem.column, rule))
    return {path: sorted(items) for path, items in found.items()}


def copy_data_repository(target: Path, keep: Callable[[Path], bool] | None = None) -> Path:
    """A data repository in ``target``: this project's data/ (conventions filtered by ``keep``)."""
    shutil.copytree(DATA, target / "data")
    if keep is not None:
        for path in (target / "data" / "departments").glob("*.yaml"):
            if not keep(path):
                path.unlink()
    return target


def run_pep(
    args: Sequence[str | Path],
    cwd: Path,
    *,
    timeout: float = 120,
    preexec_fn: Callable[[], None] | None = None,
    environ: Mapping[str, str | None] | None = None,
) -> subprocess.CompletedProcess[str]:
    """The installed ``pep`` as a subprocess, in French, without colours; ``environ`` sets
    (or, with None, removes) variables of its environment."""
    env = {**os.environ, "LC_ALL": "C.UTF-8", "NO_COLOR": "1", "COLUMNS": "200"}
    env.pop("PEP_DEBUG", None)
    for name, value in (environ or {}).items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return subprocess.run(
        [str(PEP), *(str(a) for a in args)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        preexec_fn=preexec_fn,
    )


def reports(report: Report) -> dict[str, str]:
    """The report in every format, as ``pep validate --format …`` writes it."""
    import io

    from pep_cli.check.reporters import REPORTERS

    written = {}
    for name, reporter in REPORTERS.items():
        buffer = io.StringIO()
        reporter(color=False, strict=False).write(report, buffer)
        written[name] = buffer.getvalue()
    return written


def faulty_repository(root: Path) -> Path:
    """The shipped data, a second Cantal convention overlapping the first (an error only a
    cross-file rule finds) and a Creuse convention with an error of its own."""
    copy_data_repository(root)
    folder = root / "data" / "departments"
    cantal = (folder / "15-cantal-2022.yaml").read_text("utf-8")
    (folder / "15-cantal-2023.yaml").write_text(
        cantal.replace("period: {start: 2022, end: 2024}", "period: {start: 2023, end: 2025}"),
        "utf-8",
    )
    creuse = folder / "23-creuse-2021.yaml"
    text = creuse.read_text("utf-8")
    assert "status: signed" in text
    creuse.write_text(text.replace("status: signed", "status: signée", 1), "utf-8")
    return root


def record_reads(monkeypatch: Any) -> list[str]:
    """The names of the convention files the engine reads as YAML from now on."""
    from pep_cli.check import engine

    read: list[str] = []
    reading = engine.read_document

    def recording(path: Path, *args: Any, **kwargs: Any) -> Any:
        read.append(Path(path).name)
        return reading(path, *args, **kwargs)

    monkeypatch.setattr(engine, "read_document", recording)
    return read


def cold_filled_served(
    args: Sequence[str | Path], root: Path, out: Path
) -> list[tuple[int, str, str, dict[str, bytes]]]:
    """The installed pep run three times, writing into a folder of ``out`` each time: without
    cache, filling the repository's cache, served by it. Each run's exit code, standard
    output, messages (the folder's name replaced by OUT) and files written."""
    environ = {"SOURCE_DATE_EPOCH": "1700000000", "PEP_CACHE_DIR": None}
    runs = []
    for name, extra in (("froid", ["--no-cache"]), ("rempli", []), ("servi", [])):
        folder = out / name
        done = run_pep(
            [*args, "-o", folder, "--today", "2026-11-22", *extra], root, environ=environ
        )
        assert "Traceback" not in done.stderr
        files = {p.name: p.read_bytes() for p in sorted(folder.iterdir())}
        runs.append((done.returncode, done.stdout, done.stderr.replace(str(folder), "OUT"), files))
        if name == "froid":
            assert not (root / ".pep_cache").exists()
    return runs


def record_made(monkeypatch: Any, module: Any, name: str) -> list[str]:
    """The stems of the files that ``module.name`` (an ``after`` of the engine: rendering or
    reporting along with the checks) makes something of, from now on."""
    made: list[str] = []
    ahead = getattr(module, name)

    def recording(file: Any, levels: Any) -> Any:
        content = ahead(file, levels)
        if content is not None:
            made.append(file.path.stem)
        return content

    monkeypatch.setattr(module, name, recording)
    return made
