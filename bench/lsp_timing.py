"""``make bench``, editor lines: how soon does ``pep lsp`` answer with diagnostics?

A real LSP client (pygls's) starts ``pep lsp``, initialises it on the shipped data
repository, then measures, best of several rounds:

- from ``didOpen`` of a convention to its first diagnostics (goal: 300 ms), the server
  started a second before, as an editor starts it with the workspace;
- from ``didChange`` of that convention (193 lines) to the diagnostics of the new
  version, once warm, with the server's default debounce (goal: 100 ms).
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

REPO = Path(__file__).resolve().parents[1]
PEP = Path(sys.executable).parent / "pep"
CONVENTION = REPO / "data" / "departments" / "15-cantal-2022.yaml"


async def _round(changes: int) -> tuple[float, float]:
    client = LanguageClient("bench", "1")
    arrived: dict[int, float] = {}
    wanted: asyncio.Future[None] | None = None

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def diagnostics(params: types.PublishDiagnosticsParams) -> None:
        if params.version is not None and params.version not in arrived:
            arrived[params.version] = time.perf_counter()
            if wanted is not None and not wanted.done():
                wanted.set_result(None)

    await client.start_io(str(PEP), "lsp")
    await client.initialize_async(
        types.InitializeParams(capabilities=types.ClientCapabilities(), root_uri=REPO.as_uri())
    )
    client.initialized(types.InitializedParams())
    await asyncio.sleep(1)
    uri = CONVENTION.as_uri()
    text = CONVENTION.read_text(encoding="utf-8")
    loop = asyncio.get_running_loop()

    async def sent(version: int, send: object) -> float:
        nonlocal wanted
        wanted = loop.create_future()
        start = time.perf_counter()
        send()  # type: ignore[operator]
        await asyncio.wait_for(wanted, 30)
        return arrived[version] - start

    opened = await sent(
        1,
        lambda: client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(
                    uri=uri, language_id="yaml", version=1, text=text
                )
            )
        ),
    )
    best_change = float("inf")
    for version in range(2, 2 + changes):
        amount = 100000 + version
        changed = text.replace("  fir: {2022: 100000,", f"  fir: {{2022: {amount},")

        def change(version: int = version, changed: str = changed) -> None:
            client.text_document_did_change(
                types.DidChangeTextDocumentParams(
                    text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                    content_changes=[types.TextDocumentContentChangeWholeDocument(text=changed)],
                )
            )

        elapsed = await sent(version, change)
        if version > 3:  # the first changes warm the server up
            best_change = min(best_change, elapsed)
        await asyncio.sleep(0.2)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return opened, best_change


def measure_lsp(rounds: int = 3, changes: int = 8) -> dict[str, float]:
    """Best time to first diagnostics after didOpen and after a change, in seconds."""
    best = {"lsp-open": float("inf"), "lsp-change": float("inf")}
    for _ in range(rounds):
        opened, changed = asyncio.run(_round(changes))
        best["lsp-open"] = min(best["lsp-open"], opened)
        best["lsp-change"] = min(best["lsp-change"], changed)
    return best


def rows(figures: dict[str, float]) -> list[tuple[str, str, str]]:
    return [
        (
            "pep lsp : premiers diagnostics après didOpen (dépôt livré)",
            f"{figures['lsp-open']:.3f} s",
            "objectif ≤ 0,3 s",
        ),
        (
            "pep lsp : diagnostics après une modification (193 lignes, à chaud)",
            f"{figures['lsp-change']:.3f} s",
            "objectif ≤ 0,1 s (attente de 50 ms comprise)",
        ),
    ]


if __name__ == "__main__":
    for name, value, goal in rows(measure_lsp()):
        print(f"{name} : {value} ({goal})")
