"""Shared helpers for the tests of pep new, pep fmt, pep diff and pep history."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from pep_cli.cli import app

REPO = Path(__file__).resolve().parents[1]
SHIPPED = REPO / "data" / "departments"
PEP = Path(sys.executable).parent / "pep"


def data_repository(tmp_path: Path, *names: str) -> Path:
    """A data repository: ``data/departments/`` with copies of the shipped conventions named."""
    root = tmp_path / "depot"
    (root / "data" / "departments").mkdir(parents=True)
    for name in names:
        shutil.copy(SHIPPED / name, root / "data" / "departments" / name)
    return root


def invoke(args: list[str], cwd: Path | None = None) -> Any:
    """Run the CLI in-process (typer's runner), from ``cwd``."""
    runner = CliRunner()
    previous = Path.cwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        return runner.invoke(app, args, catch_exceptions=False)
    finally:
        os.chdir(previous)


def run_pep(
    args: list[str], cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the installed ``pep`` in a subprocess."""
    return subprocess.run(
        [str(PEP), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, **(env or {})},
    )


def validate_json(paths: list[str], cwd: Path) -> dict[str, Any]:
    done = run_pep(["validate", "--format", "json", "--today", "2020-01-01", *paths], cwd)
    assert done.returncode in (0, 1), done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


GIT_ENV = {
    "GIT_AUTHOR_NAME": "Analyste DGCS",
    "GIT_AUTHOR_EMAIL": "analyste@example.org",
    "GIT_COMMITTER_NAME": "Analyste DGCS",
    "GIT_COMMITTER_EMAIL": "analyste@example.org",
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_CONFIG_GLOBAL": os.devnull,
}


def git(root: Path, *args: str, date: str | None = None, author: str | None = None) -> str:
    env = {**os.environ, **GIT_ENV}
    if author:
        env["GIT_AUTHOR_NAME"] = author
    if date:
        env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = date
    done = subprocess.run(
        ["git", *args], cwd=root, capture_output=True, text=True, check=True, env=env
    )
    return done.stdout
