"""Long jobs on a terminal: a result per line as each is done, a progress bar, and Ctrl-C that
keeps what is finished and stops at once (« pep : interrompu », exit 130)."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pexpect
import pytest

from helpers_render import require_tex
from helpers_terminal import terminal_env
from helpers_validate import PEP, copy_data_repository, run_pep

WRITTEN = re.compile(r"pep : écrit (\S+\.pdf)")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return copy_data_repository(tmp_path / "repo")


def spawn(args: list[str], cwd: Path) -> pexpect.spawn:
    return pexpect.spawn(
        str(PEP),
        args,
        cwd=str(cwd),
        env=terminal_env(PEP_JOBS="2"),
        encoding="utf-8",
        dimensions=(30, 120),
        timeout=180,
    )


@pytest.mark.tex
@pytest.mark.slow
def test_render_all_pdf_reports_each_file_and_stops_on_ctrl_c(repo: Path) -> None:
    require_tex()
    # A refused convention is said first, before any PDF is compiled.
    broken = repo / "data/departments/23-creuse-2021.yaml"
    broken.write_text(broken.read_text(encoding="utf-8").replace("version: 1", "version: un"))
    child = spawn(["render", "--all", "-f", "pdf", "-o", "out", "--today", "2026-11-22"], repo)
    child.expect("convention non rendue")
    refused_at = len(child.before)
    child.expect(WRITTEN)
    first = child.match.group(1)
    assert "\x1b[" in child.before + child.after  # the bar is drawn on the terminal
    assert "Rendu" in child.before
    assert refused_at >= 0
    started = time.monotonic()
    child.sendintr()
    child.expect(pexpect.EOF, timeout=10)
    stopped = time.monotonic() - started
    child.close()
    shown = child.before
    assert child.exitstatus == 130, shown
    assert "pep : interrompu" in shown
    assert "Traceback" not in shown
    assert stopped < 2.5, f"{stopped:.1f} s to stop"
    written = [first, *WRITTEN.findall(shown)]
    out = repo / "out"
    kept = sorted(p.name for p in out.iterdir())
    # Every PDF said to be written is there, whole; nothing half-written is left.
    assert sorted({Path(w).name for w in written}) == kept
    assert 0 < len(kept) < 8
    for name in kept:
        assert (out / name).read_bytes().startswith(b"%PDF-")
        assert (out / name).read_bytes().rstrip().endswith(b"%%EOF")


def test_no_bar_when_piped_and_results_as_lines(repo: Path) -> None:
    done = run_pep(["render", "--all", "-f", "md", "-o", "out", "--today", "2026-11-22"], cwd=repo)
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 9 and all(line.startswith("pep : écrit out/") for line in lines)
    assert "\x1b[" not in done.stderr and "Rendu" not in done.stderr


def test_fmt_shows_progress_on_a_terminal_only(repo: Path) -> None:
    for path in (repo / "data/departments").glob("*.yaml"):
        path.write_text(path.read_text(encoding="utf-8").replace("\n\n", "\n\n\n"))
    child = spawn(["fmt"], repo)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert child.before.count("mis en forme : ") == 9
    piped = run_pep(["fmt", "--check"], cwd=repo)
    assert piped.returncode == 0 and "\x1b[" not in piped.stdout + piped.stderr
