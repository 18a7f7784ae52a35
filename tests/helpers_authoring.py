"""Helpers for the tests of pep new, pep fmt, pep diff and pep history (on top of helpers_ci)."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from helpers_ci import TODAY, edit, git_env, make_data_repo, run_pep
from helpers_ci import git as ci_git
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


CANTAL = "data/departments/15-cantal-2022.yaml"
# Markdown and LaTeX specials: they must come out as text in every output.
SUMMARY = (
    "Avenant n° 1 : crédits FIR 2023 | *centres* [parentaux] <b> "
    "\\input{/etc/passwd} 100 % & _x_ #1 $ ~"
)

NEW_ACTION = """\
  - id: centres-parentaux
    objective: 21
    title: Ouvrir un centre parental
    indicators:
      - label: Familles accueillies en centre parental
        unit: nombre
        targets: {2022: 4, 2023: 8, 2024: 10}
    funding:
      etat: {2022: 60000, 2023: 60000, 2024: 60000}
"""


@dataclass
class History:
    root: Path
    commits: list[str]  # oldest first

    @property
    def file(self) -> Path:
        return self.root / CANTAL


def commit(root: Path, message: str, day: int, author: str) -> str:
    git(root, "add", "-A")
    when = f"2023-0{day}-01T12:00:00+02:00"
    git(root, "commit", "-q", "-m", message, date=when, author=author)
    return git(root, "rev-parse", "HEAD").strip()


def build_history(folder: Path) -> History:
    """A git repository in ``folder`` where the Cantal convention goes through five commits.

    1. as shipped; 2. FIR 2023 of one action and of the total; 3. an action added
    (objective 21) and one removed (objective 25); 4. targets changed; 5. the
    amendment, with the version raised to 2. Dates and authors are fixed, so the
    commit hashes are always the same.
    """
    root = data_repository(folder, "15-cantal-2022.yaml", "03-allier-2020.yaml")
    git(root, "init", "-q", "-b", "main")
    commits = [commit(root, "Convention initiale", 1, "Analyste DGCS")]
    path = root / CANTAL

    # 2. Funding change: FIR 2023 of pmi-epp and the total.
    edit(
        path,
        "fir: {2022: 25000, 2023: 25000, 2024: 25000}\n"
        "    illustrative: [funding]\n  - id: pmi-bilans",
        "fir: {2022: 25000, 2023: 30000, 2024: 25000}\n"
        "    illustrative: [funding]\n  - id: pmi-bilans",
    )
    edit(
        path,
        "  fir: {2022: 100000, 2023: 100000, 2024: 100000}",
        "  fir: {2022: 100000, 2023: 105000, 2024: 100000}",
    )
    commits.append(commit(root, "FIR 2023", 2, "Agent ARS"))

    # 3. An action added (objective 21) and one removed (objective 25): État unchanged in total.
    text = path.read_text(encoding="utf-8")
    start = text.index("  - id: anciens-mna")
    end = text.index("  - id: pouponniere-mecs")
    path.write_text(text[:start] + NEW_ACTION + text[end:], encoding="utf-8")
    commits.append(commit(root, "Centres parentaux au lieu des anciens MNA", 3, "Agent ARS"))

    # 4. Targets changed.
    edit(
        path,
        "targets: {2022: 180, 2023: 210, 2024: 240}",
        "targets: {2022: 180, 2023: 230, 2024: 260}",
    )
    commits.append(commit(root, "Cibles EPP", 4, "Analyste DGCS"))

    # 5. The amendment, with the version bump.
    edit(path, "\nversion: 1\n", "\nversion: 2\n")
    summary = json.dumps(SUMMARY, ensure_ascii=False)  # a YAML double-quoted scalar
    amendment = f"  - {{version: 2, signed_on: 2023-07-03, summary: {summary}}}\n"
    path.write_text(
        path.read_text(encoding="utf-8") + "amendments:\n" + amendment, encoding="utf-8"
    )
    commits.append(commit(root, "Avenant n° 1", 5, "Préfecture du Cantal"))
    assert run_pep("validate", "--today", TODAY, cwd=root).returncode == 0
    return History(root, commits)
