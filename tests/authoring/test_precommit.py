"""The ``pep-validate`` hook of ``.pre-commit-hooks.yaml``, run by pre-commit itself.

``pre-commit try-repo`` clones this repository (with its uncommitted changes to
tracked files), builds a virtual environment, installs pep from PyPI's
dependencies, and runs the hook in a temporary data repository. Slow: the first
run installs pep (about twenty seconds with a warm pip cache).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from helpers_ci import (
    REPO,
    edit,
    init_repo,
    line_of,
    make_data_repo,
    pre_commit_env,
    try_repo,
)
from pep_cli.french import amount

CANTAL = "data/departments/15-cantal-2022.yaml"
FIR = "  fir: {2022: 100000, 2023: 100000, 2024: 100000}"


def test_the_hook_definition() -> None:
    hooks = YAML(typ="safe").load((REPO / ".pre-commit-hooks.yaml").read_text())
    hook = next(h for h in hooks if h["id"] == "pep-validate")
    assert (hook["entry"], hook["language"]) == ("pep validate", "python")
    assert hook["files"] == r"^data/departments/.*\.ya?ml$"
    assert hook["pass_filenames"] is True


@pytest.mark.slow
def test_pre_commit_try_repo_on_a_valid_then_an_invalid_convention(tmp_path: Path) -> None:
    env = pre_commit_env(tmp_path)
    root = make_data_repo(tmp_path / "conventions", "15-cantal-2022.yaml", "38-isere-2022.yaml")
    init_repo(root, env)

    valid = try_repo(root, "pep-validate", env)
    assert valid.returncode == 0, valid.stdout + valid.stderr
    assert "pep validate" in valid.stdout and "Passed" in valid.stdout

    edit(root / CANTAL, FIR, FIR.replace("2023: 100000", "2023: 100001"))
    line = line_of(root / CANTAL, "  fir: {2022: 100000, 2023: 100001")
    invalid = try_repo(root, "pep-validate", env)
    assert invalid.returncode == 1, invalid.stdout + invalid.stderr
    assert "Failed" in invalid.stdout
    assert f"{line}:" in invalid.stdout and "erreur" in invalid.stdout
    assert f"fir 2023 : total déclaré {amount(Decimal(100001))}" in invalid.stdout
    assert "[funding-totals]" in invalid.stdout
    assert "Bilan : 2 fichiers, 1 erreur" in invalid.stdout
