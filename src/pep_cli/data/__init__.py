"""Reading a data repository: the YAML reader with positions, the convention model, the
catalogue, the territories, the ``illustrative:`` mark (``illustrative.is_illustrative``),
and the repository itself (discovery, shipped files a data repository may override, its
configuration file).

May import: the shared helpers (``pep_cli.errors``, ``fileio``, ``french``, ``parallel``,
``escape``) only. Nothing here knows of rules, git, documents or the terminal.
"""
