"""Helpers of the language-server tests: a data repository, the installed ``pep lsp`` driven by
a real LSP client (pytest-lsp) over standard input and output, edits applied as an editor
applies them."""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from lsprotocol import types
from pytest_lsp import LanguageClient

REPO = Path(__file__).resolve().parents[1]
PEP = Path(sys.executable).parent / "pep"
TODAY = "2026-11-22"
CANTAL = "15-cantal-2022.yaml"
T = TypeVar("T")


def make_repository(root: Path) -> Path:
    """A data repository holding a copy of the shipped conventions."""
    shutil.copytree(REPO / "data" / "departments", root / "data" / "departments")
    return root


def convention(root: Path, name: str = CANTAL) -> Path:
    return root / "data" / "departments" / name


def initialize_params(root: Path, **options: Any) -> types.InitializeParams:
    from pytest_lsp import client_capabilities

    return types.InitializeParams(
        capabilities=client_capabilities("visual-studio-code"),
        root_uri=root.as_uri(),
        workspace_folders=[types.WorkspaceFolder(uri=root.as_uri(), name=root.name)],
        initialization_options={"debounce": 0, "today": TODAY, **options},
    )


def validate_json(root: Path, path: Path) -> list[dict[str, Any]]:
    """``pep validate --format json`` of one file, as a user runs it."""
    done = subprocess.run(
        [str(PEP), "validate", "--format", "json", "--today", TODAY, str(path)],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr
    problems: list[dict[str, Any]] = json.loads(done.stdout)["problems"]
    return problems


def expected_diagnostics(problems: list[dict[str, Any]]) -> list[tuple[int, int, str, str, int]]:
    """What the editor must show for ``pep validate``'s problems: position from 0, rule,
    message, severity (1 error, 2 warning, 4 hint for a waived problem)."""
    shown = []
    for p in problems:
        message = p["message"]
        if "waived" in p:
            severity = 4
            message += f" (levé : {p['waived'] or 'sans raison'})"
        else:
            severity = 1 if p["level"] == "error" else 2
        shown.append((p["line"] - 1, p["column"] - 1, p["rule"], message, severity))
    return sorted(shown)


def seen(diagnostics: list[types.Diagnostic]) -> list[tuple[int, int, str, str, int]]:
    return sorted(
        (d.range.start.line, d.range.start.character, str(d.code), d.message, int(d.severity or 0))
        for d in diagnostics
    )


async def wait_until(condition: Callable[[], T | None], timeout: float = 30) -> T:
    """Poll ``condition`` until it gives something true (the notifications come when they come)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        result = condition()
        if result:
            return result
        if loop.time() > deadline:
            raise AssertionError(f"délai dépassé en attendant {condition}")
        await asyncio.sleep(0.01)


def rules_of(client: LanguageClient, uri: str) -> list[str]:
    return [str(d.code) for d in active(client.diagnostics.get(uri, []))]


def active(diagnostics: list[types.Diagnostic]) -> list[types.Diagnostic]:
    """The diagnostics but those of waived problems (the shipped conventions waive their
    illustrative marks, a demonstration set)."""
    return [d for d in diagnostics if not (isinstance(d.data, dict) and d.data.get("waived"))]


class Editor:
    """Open documents as an editor keeps them: text and version, edits sent in full."""

    def __init__(self, client: LanguageClient) -> None:
        self.client = client
        self.texts: dict[str, str] = {}
        self.versions: dict[str, int] = {}

    def open(self, path: Path, text: str | None = None) -> str:
        uri = path.as_uri()
        self.texts[uri] = path.read_text(encoding="utf-8") if text is None else text
        self.versions[uri] = 1
        self.client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(
                    uri=uri, language_id="yaml", version=1, text=self.texts[uri]
                )
            )
        )
        return uri

    def change(self, uri: str, text: str) -> None:
        self.texts[uri] = text
        self.versions[uri] += 1
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(
                    uri=uri, version=self.versions[uri]
                ),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
            )
        )

    def replace(self, uri: str, old: str, new: str) -> None:
        assert old in self.texts[uri], old
        self.change(uri, self.texts[uri].replace(old, new, 1))

    def apply(self, uri: str, edits: list[types.TextEdit]) -> str:
        """The text after ``edits`` (positions in UTF-16 units, as the client negotiated)."""
        text = apply_edits(self.texts[uri], edits)
        self.change(uri, text)
        return text

    def position(self, uri: str, needle: str, offset: int = 0, nth: int = 0) -> types.Position:
        """The position of ``needle`` (its ``nth`` occurrence) plus ``offset`` characters."""
        lines = self.texts[uri].split("\n")
        found = [(i, line.index(needle)) for i, line in enumerate(lines) if needle in line]
        line, column = found[nth]
        prefix = lines[line][: column + offset]
        return types.Position(line=line, character=len(prefix.encode("utf-16-le")) // 2)

    def below(self, uri: str, needle: str, lines: int, character: int) -> types.Position:
        """The position ``lines`` lines below the line of ``needle``, at ``character``."""
        rows = self.texts[uri].split("\n")
        line = next(i for i, row in enumerate(rows) if needle in row) + lines
        return types.Position(line=line, character=character)


def apply_edits(text: str, edits: list[types.TextEdit]) -> str:
    lines = text.split("\n")

    def offset(position: types.Position) -> int:
        before = sum(len(line) + 1 for line in lines[: position.line])
        if position.line >= len(lines):
            return len(text)
        units = lines[position.line].encode("utf-16-le")[: position.character * 2]
        return before + len(units.decode("utf-16-le"))

    for edit in sorted(
        edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True
    ):
        start, end = offset(edit.range.start), offset(edit.range.end)
        text = text[:start] + edit.new_text + text[end:]
    return text
