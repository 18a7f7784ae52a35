"""The output formats of ``pep national``: one small class each, registered in ``REPORTERS``.

A reporter turns a :class:`~pep_cli.national.view.NationalView` into text (``md``,
``json``) or bytes (``xlsx``, ``pdf``). The terminal tables are the command's (rich).
"""

from __future__ import annotations

from pep_cli.national.reporters.base import NationalReporter, Rendering
from pep_cli.national.reporters.json import JsonReporter
from pep_cli.national.reporters.markdown import MarkdownReporter
from pep_cli.national.reporters.pdf import PdfReporter
from pep_cli.national.reporters.xlsx import XlsxReporter

REPORTERS: dict[str, type[NationalReporter]] = {
    reporter.name: reporter
    for reporter in (MarkdownReporter, JsonReporter, XlsxReporter, PdfReporter)
}

__all__ = ["REPORTERS", "NationalReporter", "Rendering"]
