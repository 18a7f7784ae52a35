"""One apostrophe style: terminal messages use the straight one ('), documents the typographic one.

What pep prints (messages, help, errors) is typed, searched and copied by its users: the
straight apostrophe, everywhere. The documents it writes for civil servants (conventions,
reports, the national view, workbooks) use the typographic one (’): those modules are listed.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "pep_cli"

# Modules whose strings end up in documents, where French typography applies.
DOCUMENTS = (
    "authoring/scaffold.py",  # the text of a new convention file, which documents print
    "national/",
    "render/context.py",
    "render/_precompiled/",  # the templates, compiled ahead
    "render/avenant.py",
    "render/typography.py",
    "followup/report.py",
    "exchange/layout.py",
    "exchange/opendata.py",
    "exchange/collect.py",
    "escape.py",
)


def _strings(path: Path, *, docstrings_too: bool = False) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = (
        set()
        if docstrings_too
        else {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
    )
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_terminal_messages_use_the_straight_apostrophe() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative.startswith(DOCUMENTS):
            continue
        # The commands' docstrings are their help (typer): they count there.
        strings = _strings(path, docstrings_too=relative == "cli.py")
        found += [f"{relative}:{line}: {text!r}" for line, text in strings if "’" in text]
    assert found == []


def test_the_audit_sees_the_typographic_apostrophe() -> None:
    """The documents do use it: the scan would find one where it looks."""
    found = [text for _, text in _strings(PACKAGE / "national" / "labels.py") if "’" in text]
    assert found
