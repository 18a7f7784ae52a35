"""The language server (``pep lsp``): pep's diagnostics, hover, completion, code actions and
formatting in editors, over the Language Server Protocol (pygls, lsprotocol types).

``server`` holds the protocol side (pygls, imported only when ``pep lsp`` runs);
``session`` validates through :mod:`pep_cli.api` with the open buffers in place of the
files; ``place`` finds what the cursor is on from the lines alone; ``hover``,
``completion`` and ``actions`` answer the requests; ``buffer`` converts positions.

May import: :mod:`pep_cli.api`, ``pep_cli.data``, ``pep_cli.check`` (the rule registry and
waiver comments, never the engine), ``pep_cli.authoring`` (the formatter, the action
skeleton) and the shared helpers; never the command line, typer or rich.
"""
