"""Spreadsheets in and out: the people who produce the figures never touch YAML.

- ``layout``: the collection workbook of one exercise (``pep export --collect``) as data:
  its sheets, locked cells and cells to fill, and the checksum of that layout;
- ``collect``: writing that workbook (openpyxl) with protection, data validation and the
  hidden sheet that ties it to a convention, a version and an exercise;
- ``cells``: turning a filled cell into a value (exact decimals, dates, lists), or a French
  message « Feuille!E12 : … »;
- ``importer``: ``pep import``, reading a filled workbook back into the YAML through
  ``pep fmt``'s round trip, validated before it is written;
- ``workbook``: the read-only workbook of a convention (fiches action, maquette financière,
  tableau de bord);
- ``opendata``: the repository as an open-data package (CSV and ``datapackage.json``).

May import: ``pep_cli.history`` (the diff of ``--check``, git revisions),
``pep_cli.authoring`` (the round trip), ``pep_cli.check`` (validation before writing),
``pep_cli.data`` and the shared helpers; not ``render`` or the command line; never typer
or rich. openpyxl is imported only when a workbook is written or read.
"""
