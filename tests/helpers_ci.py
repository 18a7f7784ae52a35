"""Shared helpers for the CI tests: data repositories on disk, git, and the installed pep."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHIPPED = REPO / "data" / "departments"
# The official SARIF and JUnit schemas, kept with the tests (tests/fixtures/schemas/README.md).
SCHEMAS = REPO / "tests" / "fixtures" / "schemas"
BIN = Path(sys.executable).parent
PEP = BIN / "pep"
# A day after every result and annual report of the shipped conventions: no follow-up noise
# (no report overdue, no result or report in a year to come).
TODAY = "2025-07-01"


def make_data_repo(root: Path, *names: str) -> Path:
    """A data repository at ``root`` holding copies of shipped conventions (shipped catalogue)."""
    conventions = root / "data" / "departments"
    conventions.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(SHIPPED / name, conventions / name)
    return root


def edit(path: Path, old: str, new: str) -> None:
    """Replace ``old`` (which must occur exactly once) by ``new`` in the file."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def line_of(path: Path, fragment: str) -> int:
    """The number (from 1) of the only line of the file that contains ``fragment``."""
    lines = [i for i, line in enumerate(path.read_text().splitlines(), 1) if fragment in line]
    assert len(lines) == 1, f"{fragment!r} on lines {lines} of {path}"
    return lines[0]


def run_pep(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The installed ``pep`` as a user runs it."""
    full_env = {**os.environ, "GITHUB_ACTIONS": "", **(env or {})}
    return subprocess.run(
        [str(PEP), *args], cwd=cwd, env=full_env, capture_output=True, text=True, check=False
    )


def pep_json(
    *args: str, cwd: Path, env: dict[str, str] | None = None, waived: bool = False
) -> dict[str, Any]:
    """``pep validate -f json``'s report. The shipped signed conventions waive their
    illustrative marks (a demonstration set): unless ``waived``, those waived problems are left
    out of ``problems``, which then holds what a test brought about."""
    completed = run_pep("validate", "--format", "json", "--today", TODAY, *args, cwd=cwd, env=env)
    assert completed.returncode in (0, 1), completed.stderr
    data: dict[str, Any] = json.loads(completed.stdout)
    if not waived:
        kept = [p for p in data["problems"] if not demonstration_waiver(p)]
        data["summary"]["waived"] -= len(data["problems"]) - len(kept)
        data["problems"] = kept
    return data


def demonstration_waiver(problem: dict[str, Any]) -> bool:
    """Whether a problem (as JSON) is the shipped data's waived ``illustrative-value``."""
    return problem["rule"] == "illustrative-value" and "waived" in problem


def git_env(home: Path) -> dict[str, str]:
    """An environment where git ignores the user's configuration and knows who commits."""
    home.mkdir(parents=True, exist_ok=True)
    return {
        **os.environ,
        "HOME": str(home),
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_AUTHOR_NAME": "Analyste",
        "GIT_AUTHOR_EMAIL": "analyste@example.org",
        "GIT_COMMITTER_NAME": "Analyste",
        "GIT_COMMITTER_EMAIL": "analyste@example.org",
        "GITHUB_ACTIONS": "",
    }


def git(cwd: Path, *args: str, env: dict[str, str]) -> str:
    completed = subprocess.run(
        ["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )
    assert completed.returncode == 0, f"git {' '.join(args)}: {completed.stderr}"
    return completed.stdout


def init_repo(root: Path, env: dict[str, str]) -> None:
    git(root, "init", "-q", "-b", "main", env=env)
    git(root, "add", "-A", env=env)
    git(root, "commit", "-q", "-m", "Conventions initiales", env=env)


def pre_commit_env(tmp_path: Path) -> dict[str, str]:
    """An environment for ``pre-commit``: git without the user's configuration, pip's cache kept."""
    return {
        **git_env(tmp_path / "home"),
        "HOME": os.environ.get("HOME", str(tmp_path / "home")),
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit"),
    }


def try_repo(root: Path, hook: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """``pre-commit try-repo`` of this repository's ``hook`` on every file of ``root``."""
    return subprocess.run(
        [str(BIN / "pre-commit"), "try-repo", str(REPO), hook, "--all-files"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
