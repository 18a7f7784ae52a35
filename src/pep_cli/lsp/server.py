"""The language server: pygls over standard input and output, pep's features behind it.

Diagnostics are computed off the event loop, in one worker thread, one run at a time:
an edit waits ``debounce`` seconds of quiet (an open or a save does not wait), then the
changed documents are validated with every open buffer in place of its file. A second
pass validates the whole repository, so that a change that makes or ends a cross-file
problem (an overlap, an envelope) updates the other files too: open files get all their
problems, closed files only their cross-file ones.

Every handler is guarded: an exception is logged (``window/logMessage`` and standard
error) and the request gets an empty answer; the server goes on.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import logging
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path

from pep_cli import __version__
from pep_cli.lsp.buffer import Buffer
from pep_cli.lsp.diagnostics import to_diagnostic, usage_diagnostic
from pep_cli.lsp.session import Outcome, Session, repository_rules

if __name__ == "__main__":  # pragma: no cover
    raise SystemExit("lancez « pep lsp »")

logger = logging.getLogger("pep.lsp")
F = TypeVar("F", bound=Callable[..., Any])
DEBOUNCE = 0.05  # seconds of quiet after an edit before validating


class PepServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("pep", __version__)
        self.session = Session()
        self.debounce = DEBOUNCE
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pep-validate")
        self.dirty: set[str] = set()  # URIs to validate
        self.wake: asyncio.Event | None = None
        self.timer: asyncio.TimerHandle | None = None
        self.worker: asyncio.Task[None] | None = None
        self.published: dict[str, list[types.Diagnostic]] = {}
        self.reported_errors: set[str] = set()

    # --- documents ----------------------------------------------------------------------

    def buffer(self, uri: str) -> Buffer | None:
        """The open document at ``uri`` (``None`` for a URI that is no local file)."""
        path = to_fs_path(uri)
        if path is None:
            return None
        document = self.workspace.get_text_document(uri)
        return Buffer(
            path=Path(path).resolve(),
            text=document.source,
            encoding=str(self.workspace.position_encoding or types.PositionEncodingKind.Utf16),
            version=document.version,
        )

    def open_buffers(self) -> dict[str, Buffer]:
        found = {}
        for uri in list(self.workspace.text_documents):
            buffer = self.buffer(uri)
            if buffer is not None:
                found[uri] = buffer
        return found

    # --- scheduling -----------------------------------------------------------------------

    def schedule(self, uri: str, delay: float) -> None:
        """Validate ``uri`` after ``delay`` seconds without another edit."""
        loop = asyncio.get_running_loop()
        if self.wake is None:
            self.wake = asyncio.Event()
        if self.worker is None or self.worker.done():
            self.worker = loop.create_task(self._validate_forever())
        self.dirty.add(uri)
        if self.timer is not None:
            self.timer.cancel()
        if delay <= 0:
            self.timer = None
            self.wake.set()
        else:
            self.timer = loop.call_later(delay, self.wake.set)

    async def _validate_forever(self) -> None:
        assert self.wake is not None
        while True:
            await self.wake.wait()
            self.wake.clear()
            try:
                await self._validate_dirty()
            except Exception:  # never lose the worker: log, and wait for the next edit
                self.log_exception("validation")

    async def _run(self, function: Callable[..., Outcome], *args: Any) -> Outcome:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.executor, function, *args)

    async def _validate_dirty(self) -> None:
        uris, self.dirty = self.dirty, set()
        buffers = self.open_buffers()
        texts = {b.path: b.text for b in buffers.values()}
        groups: dict[int, tuple[Any, list[str]]] = {}
        for uri in sorted(uris):
            buffer = buffers.get(uri)
            if buffer is None:
                continue
            repo = self.session.context(buffer.path, buffer.text)
            if repo is None:
                self.publish(uri, [], buffer.version)
                continue
            groups.setdefault(id(repo), (repo, []))[1].append(uri)
        by_path = {b.path: uri for uri, b in buffers.items()}
        for repo, members in groups.values():
            paths = [buffers[uri].path for uri in members]
            outcome = await self._run(self.session.validate, repo, paths, texts)
            self._publish_outcome(outcome, buffers, by_path, members, full=True)
            if self.dirty or repo.root is None or not repository_rules():
                continue  # more edits came: the next run does the whole repository
            everything = await self._run(self.session.validate, repo, [], texts)
            if not self.dirty:
                self._publish_outcome(everything, buffers, by_path, [], full=False)

    def _publish_outcome(
        self,
        outcome: Outcome,
        buffers: dict[str, Buffer],
        by_path: dict[Path, str],
        asked: list[str],
        *,
        full: bool,
    ) -> None:
        if outcome.error is not None:
            if outcome.error not in self.reported_errors:
                self.reported_errors.add(outcome.error)
                self.window_show_message(
                    types.ShowMessageParams(
                        type=types.MessageType.Error, message=f"pep : {outcome.error}"
                    )
                )
            for uri in asked:
                self.publish(uri, [usage_diagnostic(outcome.error)], buffers[uri].version)
            return
        self.reported_errors.clear()
        cross = repository_rules()
        for path, problems in outcome.problems.items():
            opened = by_path.get(path)
            if opened is not None:  # an open document: every problem
                buffer = buffers[opened]
                diagnostics = [to_diagnostic(p, buffer) for p in problems]
                self.publish(opened, diagnostics, buffer.version, always=full)
                continue
            if full:
                continue
            uri = from_fs_path(str(path)) or path.as_uri()
            shown = [p for p in problems if p.rule in cross]
            if not shown and uri not in self.published:
                continue
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                text = ""
            closed = Buffer(path=path, text=text, encoding=self._encoding())
            self.publish(uri, [to_diagnostic(p, closed) for p in shown], None, always=False)

    def _encoding(self) -> str:
        return str(self.workspace.position_encoding or types.PositionEncodingKind.Utf16)

    def publish(
        self,
        uri: str,
        diagnostics: list[types.Diagnostic],
        version: int | None,
        *,
        always: bool = True,
    ) -> None:
        """Send ``uri``'s diagnostics (``always=False``: only when they changed)."""
        if not always and self.published.get(uri, []) == diagnostics:
            return
        if diagnostics:
            self.published[uri] = diagnostics
        else:
            self.published.pop(uri, None)
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=version)
        )

    def warm(self, folder: Path) -> None:
        try:
            self.session.warm(folder)
        except Exception:
            logger.warning("warm-up failed", exc_info=True)

    # --- errors -------------------------------------------------------------------------

    def log_exception(self, what: str) -> None:
        trace = traceback.format_exc()
        logger.error("pep lsp : erreur interne (%s)\n%s", what, trace)
        try:
            self.window_log_message(
                types.LogMessageParams(
                    type=types.MessageType.Error,
                    message=f"pep : erreur interne pendant « {what} » ; le serveur continue.\n"
                    + trace,
                )
            )
        except Exception:  # the client is gone: nothing more to tell
            logger.debug("log message not sent", exc_info=True)


def guarded(what: str, default: Any = None) -> Callable[[F], F]:
    """Log any exception of the handler and answer ``default``: one bad request never
    stops the server."""

    def decorate(handler: F) -> F:
        @functools.wraps(handler)
        def wrapper(server: PepServer, params: Any) -> Any:
            try:
                return handler(server, params)
            except Exception:
                server.log_exception(what)
                return default

        return wrapper  # type: ignore[return-value]

    return decorate


def _options(server: PepServer, params: types.InitializeParams) -> None:
    """``initializationOptions``: ``{"debounce": ms, "today": "AAAA-MM-JJ"}``, both optional."""
    options = params.initialization_options
    if not isinstance(options, dict):
        return
    debounce = options.get("debounce")
    if isinstance(debounce, int | float) and not isinstance(debounce, bool) and debounce >= 0:
        server.debounce = debounce / 1000
    today = options.get("today")
    if isinstance(today, str):
        try:
            server.session.today = dt.date.fromisoformat(today)
        except ValueError:
            server.window_show_message(
                types.ShowMessageParams(
                    type=types.MessageType.Warning,
                    message=f"pep : option « today » invalide ({today}) : AAAA-MM-JJ attendu",
                )
            )


def build() -> PepServer:
    """The server with every feature registered."""
    from pep_cli.lsp import actions, completion, hover

    server = PepServer()

    @server.feature(types.INITIALIZE)
    @guarded("initialize")
    def initialize(ls: PepServer, params: types.InitializeParams) -> None:
        _options(ls, params)

    @server.feature(types.INITIALIZED)
    @guarded("initialized")
    def initialized(ls: PepServer, params: types.InitializedParams) -> None:
        folders = [f.uri for f in ls.workspace.folders.values()] or [ls.workspace.root_uri]
        roots = [Path(p) for p in (to_fs_path(uri) for uri in folders if uri) if p]
        if roots:
            ls.executor.submit(ls.warm, roots[0])

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    @guarded("didOpen")
    def did_open(ls: PepServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    @guarded("didChange")
    def did_change(ls: PepServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, ls.debounce)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    @guarded("didSave")
    def did_save(ls: PepServer, params: types.DidSaveTextDocumentParams) -> None:
        path = to_fs_path(params.text_document.uri)
        if path is not None and Path(path).name in ("pep.toml", "pyproject.toml"):
            ls.session.forget(Path(path))
            for uri in ls.open_buffers():
                ls.schedule(uri, 0)
            return
        if path is not None and Path(path).name in ("catalogue.yaml", "territories.yaml"):
            ls.session.forget(Path(path))
        ls.schedule(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    @guarded("didClose")
    def did_close(ls: PepServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.publish(uri, [], None)
        for other in ls.open_buffers():  # its saved content replaces the buffer for the others
            if other != uri:
                ls.schedule(other, ls.debounce)

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    @guarded("didChangeWatchedFiles")
    def watched(ls: PepServer, params: types.DidChangeWatchedFilesParams) -> None:
        ls.session.forget()
        for uri in ls.open_buffers():
            ls.schedule(uri, ls.debounce)

    def _context(ls: PepServer, uri: str) -> tuple[Any, Buffer] | None:
        buffer = ls.buffer(uri)
        if buffer is None:
            return None
        repo = ls.session.context(buffer.path, buffer.text)
        return (repo, buffer) if repo is not None else None

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    @guarded("hover")
    def on_hover(ls: PepServer, params: types.HoverParams) -> types.Hover | None:
        found = _context(ls, params.text_document.uri)
        return hover.hover(found[0], found[1], params.position) if found else None

    @server.feature(
        types.TEXT_DOCUMENT_COMPLETION,
        types.CompletionOptions(trigger_characters=[":", " ", "[", ",", "{"]),
    )
    @guarded("completion")
    def on_completion(ls: PepServer, params: types.CompletionParams) -> types.CompletionList | None:
        found = _context(ls, params.text_document.uri)
        return completion.complete(found[0], found[1], params.position) if found else None

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    @guarded("codeAction", default=[])
    def on_code_action(ls: PepServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        found = _context(ls, params.text_document.uri)
        if found is None:
            return []
        return actions.code_actions(found[0], found[1], params.text_document.uri, params)

    @server.feature(types.TEXT_DOCUMENT_FORMATTING)
    @guarded("formatting")
    def on_formatting(
        ls: PepServer, params: types.DocumentFormattingParams
    ) -> list[types.TextEdit] | None:
        found = _context(ls, params.text_document.uri)
        if found is None:
            return None
        edits, error = actions.formatting(found[1])
        if error is not None:
            ls.window_show_message(
                types.ShowMessageParams(type=types.MessageType.Warning, message=f"pep : {error}")
            )
        return edits

    return server


def serve() -> None:
    """Run the server on standard input and output until the client says exit."""
    import os

    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")
    # Copies of the standard streams: pygls closes its own at exit, the command line then
    # flushes standard output as after any command.
    with os.fdopen(os.dup(0), "rb") as stdin, os.fdopen(os.dup(1), "wb") as stdout:
        build().start_io(stdin, stdout)
