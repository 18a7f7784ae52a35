"""Git: the one module that runs git (``git``), conventions at revisions (``versions``),
the semantic diff between two versions (``diff``) and its phrasing in French
(``diff_phrases``, ``diff_markdown``).

May import: ``pep_cli.check``, ``pep_cli.data`` and the shared helpers; not ``render``,
``authoring`` or the command line.
"""
