"""After the signature: the annual execution report of a convention (``pep report``).

- :mod:`~pep_cli.followup.progress`: indicators against their targets, objectives on track,
  the financial balance per source (signed, paid, spent), all in ``Decimal``;
- :mod:`~pep_cli.followup.charts`: the charts, with matplotlib (imported there only);
- :mod:`~pep_cli.followup.report`: validation, the report's context, its templates
  (``report.md.j2``, ``report.tex.j2``) through the render machinery, the PDF.

May import: ``pep_cli.render`` (templates, escaping, PDF, provenance), ``pep_cli.check``
(validation), ``pep_cli.data`` and the shared helpers. Knows nothing of the terminal.
"""
