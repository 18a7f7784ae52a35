"""Data repositories a hostile pull request could send, for ``make bench``: each once took
quadratic time (issue 9, point 5) and must now grow linearly.

- 10,000 keys written twice in one file (the duplicate-key scan);
- 40,000 problems reported in text format (each quoted line used to split the file again);
- a catalogue of 59,000 objectives (the repeated-number check);
- 50,000 line separators (U+2028) in 50,000 quoted values (the check of where libyaml would
  break a line: each separator was compared with every quoted value).
"""

from __future__ import annotations

import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO_TOP = HERE.parent


def _fresh(root: Path) -> Path:
    if root.exists():
        shutil.rmtree(root)
    (root / "data" / "departments").mkdir(parents=True)
    return root


def repeated_keys(root: Path, keys: int = 10_000) -> Path:
    """One file whose mapping writes each of ``keys`` keys twice."""
    _fresh(root)
    lines = [f"cle-{n}: {n}" for n in range(keys)] * 2
    (root / "data" / "departments" / "99-cles-2022.yaml").write_text("\n".join(lines) + "\n")
    return root


def many_problems(root: Path, problems: int = 40_000) -> Path:
    """One file with ``problems`` unknown keys in a list: one schema problem per line."""
    _fresh(root)
    shipped = (REPO_TOP / "data" / "departments" / "15-cantal-2022.yaml").read_text("utf-8")
    extra = "".join(
        f"  - {{role: prefet, name: Le préfet, inconnue-{n}: {n}}}\n" for n in range(problems)
    )
    text = shipped.replace("\nsources:\n", "\nsignatories:\n" + extra + "sources:\n", 1)
    text = text.replace("\nsignatories:\n  - {role: prefet", "\nsignataires:\n  - {role: prefet", 1)
    (root / "data" / "departments" / "15-cantal-2022.yaml").write_text(text, "utf-8")
    return root


def big_catalogue(root: Path, objectives: int = 59_000) -> Path:
    """The shipped catalogue with ``objectives`` more objectives in its 2022 edition, and one
    convention."""
    _fresh(root)
    text = (REPO_TOP / "data" / "catalogue.yaml").read_text("utf-8")
    marker = "\n    objectives:\n"
    at = text.rindex(marker) + len(marker)  # the 2022 edition's list, the last one
    extra = "".join(
        f'      - {{number: {1000 + n}, engagement: "2", kind: facultatif, '
        f'title: "Objectif {1000 + n}", source: "Banc d\'essai"}}\n'
        for n in range(objectives)
    )
    (root / "data" / "catalogue.yaml").write_text(text[:at] + extra + text[at:], "utf-8")
    shutil.copy(
        REPO_TOP / "data" / "departments" / "15-cantal-2022.yaml",
        root / "data" / "departments" / "15-cantal-2022.yaml",
    )
    return root


def many_separators(root: Path, values: int = 50_000) -> Path:
    """One convention whose ``sources`` hold ``values`` quoted texts, each with a U+2028."""
    _fresh(root)
    shipped = (REPO_TOP / "data" / "departments" / "15-cantal-2022.yaml").read_text("utf-8")
    extra = "".join(f'  - "Source {n}\u2028suite"\n' for n in range(values))
    text = shipped.replace("\nsources:\n", "\nsources:\n" + extra, 1)
    (root / "data" / "departments" / "15-cantal-2022.yaml").write_text(text, "utf-8")
    return root
