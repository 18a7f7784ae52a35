"""The architecture as contracts: packages import only downward, the core never the terminal.

The contracts are in pyproject.toml ([tool.importlinter]); a wrong import fails this test.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ("data", "check", "history", "authoring", "render", "exchange", "national", "site")


def test_import_contracts_are_kept() -> None:
    lint_imports = Path(sys.executable).parent / "lint-imports"
    done = subprocess.run(
        [str(lint_imports), "--no-cache"], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Contracts: 2 kept, 0 broken." in done.stdout


def test_a_wrong_import_breaks_a_contract(tmp_path: Path) -> None:
    """The check can fail: a data module importing the engine is reported."""
    source = REPO / "src" / "pep_cli"
    copy = tmp_path / "src" / "pep_cli"
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns("__pycache__"))
    with (copy / "data" / "catalogue.py").open("a", encoding="utf-8") as handle:
        handle.write("\nfrom pep_cli.check import engine  # noqa\n")
    (tmp_path / "pyproject.toml").write_text(
        (REPO / "pyproject.toml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    done = subprocess.run(
        [str(Path(sys.executable).parent / "lint-imports"), "--no-cache"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(tmp_path / "src"), "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "pep_cli.data.catalogue -> pep_cli.check.engine" in done.stdout


@pytest.mark.parametrize("package", PACKAGES)
def test_every_package_says_what_it_may_import(package: str) -> None:
    import importlib

    module = importlib.import_module(f"pep_cli.{package}")
    assert module.__doc__ and "May import" in module.__doc__
