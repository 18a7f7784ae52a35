"""``pep lsp``: the language server, for editors (standard input and output)."""

from __future__ import annotations

from pep_cli.errors import ExitCode


def run_lsp() -> int:
    from pep_cli.lsp.server import serve

    serve()
    return int(ExitCode.OK)
