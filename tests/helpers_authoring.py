"""Helpers for the tests of pep new, pep fmt, pep diff and pep history (on top of helpers_ci)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from helpers_ci import git as ci_git
from helpers_ci import git_env, make_data_repo
from pep_cli.cli import app


def data_repository(tmp_path: Path, *names: str) -> Path:
    """``tmp_path/depot``: a data repository with copies of the shipped conventions named."""
    return make_data_repo(tmp_path / "depot", *names)


def invoke(args: list[str], cwd: Path | None = None) -> Any:
    """Run the CLI in-process (typer's runner), from ``cwd``."""
    previous = Path.cwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        return CliRunner().invoke(app, args, catch_exceptions=False)
    finally:
        os.chdir(previous)


def git(root: Path, *args: str, date: str | None = None, author: str | None = None) -> str:
    """git in ``root``, without the user's configuration; ``date`` and ``author`` for commits."""
    env = git_env(root.parent / "home")
    if author:
        env["GIT_AUTHOR_NAME"] = author
    if date:
        env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = date
    return ci_git(root, *args, env=env)
