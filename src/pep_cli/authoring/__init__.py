"""Writing conventions: the skeleton of a new convention (``scaffold``, ``pep new``), the
canonical layout (``formatter``, ``pep fmt``) and the JSON Schema for editors
(``schema_export``, ``pep schema``).

May import: ``pep_cli.data`` and the shared helpers; not ``check``, ``history``,
``render`` or the command line.
"""
