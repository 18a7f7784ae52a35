"""Large runs read files on every core: the report must be the same as with one process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PEP = Path(sys.executable).parent / "pep"
sys.path.insert(0, str(REPO / "bench"))

from synth import write_repository  # noqa: E402


def run_pep(args: list[str], cwd: Path, jobs: str | None) -> subprocess.CompletedProcess[str]:
    """The installed pep, with ``PEP_JOBS`` set to ``jobs`` (``None``: as many as cores)."""
    env = {k: v for k, v in os.environ.items() if k != "PEP_JOBS"}
    env["SOURCE_DATE_EPOCH"] = "1700000000"
    if jobs is not None:
        env["PEP_JOBS"] = jobs
    done = subprocess.run(
        [str(PEP), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert "Traceback" not in done.stderr
    return done


def validate_json(root: Path, jobs: str | None) -> dict[str, object]:
    done = run_pep(["validate", "--format", "json", "--today", "2026-11-22"], root, jobs)
    assert done.returncode == 1, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def test_parallel_and_serial_runs_report_the_same(tmp_path: Path) -> None:
    from pep_cli.parallel import MIN_ITEMS

    paths = write_repository(tmp_path, MIN_ITEMS + 12)
    # Faults of every kind, spread over the run: syntax, schema, a rule, a cross-file overlap.
    paths[3].write_text('territory: {code: "01"\n', "utf-8")
    text = paths[20].read_text("utf-8")
    paths[20].write_text(text.replace("status: signed", "statut: signed"), "utf-8")
    text = paths[41].read_text("utf-8")
    paths[41].write_text(
        text.replace("funding:\n  etat: {", "funding:\n  etat: {1999: 5, ", 1), "utf-8"
    )
    overlap = paths[7].with_name(paths[7].name.replace("-2022.yaml", "-2023.yaml"))
    overlap.write_text(
        paths[7].read_text("utf-8").replace("start: 2022, end: 2024", "start: 2023, end: 2025"),
        "utf-8",
    )

    serial = validate_json(tmp_path, "1")
    parallel = validate_json(tmp_path, None)
    assert parallel == serial
    rules = {p["rule"] for p in serial["problems"]}  # type: ignore[index]
    assert {"syntax", "schema", "period", "funding-totals", "overlapping-periods"} <= rules
    assert serial["summary"]["files"] == len(paths) + 1  # type: ignore[index]


@pytest.mark.parametrize("draft", [False, True])
def test_parallel_rendering_gives_the_same_bytes(tmp_path: Path, draft: bool) -> None:
    """Workers render each document as they check its file; what the cross-file rules find
    afterwards still refuses it (or, with --draft, puts it in the banner)."""
    from pep_cli.parallel import MIN_ITEMS

    repo = tmp_path / "depot"
    paths = write_repository(repo, MIN_ITEMS + 2)
    text = paths[20].read_text("utf-8")
    paths[20].write_text(text.replace("status: signed", "statut: signed"), "utf-8")
    overlap = paths[7].with_name(paths[7].name.replace("-2022.yaml", "-2023.yaml"))
    overlap.write_text(
        paths[7].read_text("utf-8").replace("start: 2022, end: 2024", "start: 2023, end: 2025"),
        "utf-8",
    )
    outputs = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"out-{jobs}"
        args = ["render", "--all", "-f", "md", "-o", str(out), "--today", "2060-01-01"]
        done = run_pep([*args, "--draft"] if draft else args, repo, jobs)
        assert done.returncode == 1, done.stderr
        written = {p.name: p.read_bytes() for p in sorted(out.iterdir())}
        outputs[jobs] = (written, done.stderr.replace(str(out), "OUT"))
    written, _ = outputs["1"]
    assert outputs["2"] == outputs["1"]
    assert paths[20].with_suffix(".md").name not in written
    assert (paths[7].with_suffix(".md").name in written) is draft
    if draft:
        banner = written[paths[7].with_suffix(".md").name].decode("utf-8")
        assert "PROJET — non conforme" in banner and "overlapping-periods" in banner
    assert len(written) == MIN_ITEMS + 3 - (1 if draft else 3)  # the overlap is a file more


def _slower_first(index: int) -> int:
    """Each job lasts less than the one before it: they finish in reverse order."""
    import time

    time.sleep(0.05 * (8 - index))
    return index * 10


def test_ordered_results_come_in_the_order_of_the_items(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from pep_cli.parallel import parallel_iter

    monkeypatch.setenv("PEP_JOBS", "4")
    items = list(range(8))
    ordered = list(parallel_iter(_slower_first, items, min_items=2, ordered=True))
    assert ordered == [(index, index * 10) for index in items]
    # Without it, results come as they are done: the last jobs, the shortest, first.
    completed = list(parallel_iter(_slower_first, items, min_items=2))
    assert sorted(completed) == ordered and completed[0][0] != 0


def test_models_are_read_again_after_a_parallel_run(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Workers send no model back; asked for later, each file's model is read again (it was a
    bare marker object, once)."""
    import datetime as dt

    from pep_cli import api
    from pep_cli.parallel import MIN_ITEMS

    paths = write_repository(tmp_path, MIN_ITEMS + 2)
    monkeypatch.setenv("PEP_JOBS", "2")
    monkeypatch.chdir(tmp_path)
    report = api.validate(tmp_path, today=dt.date(2060, 1, 1))
    codes = [file.model.territory.code for file in report.conventions]  # type: ignore[union-attr]
    assert len(codes) == len(paths) and all(codes)
