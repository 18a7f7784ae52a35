"""``--format json``: the problems and the summary, in a fixed shape documented in the README."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, TextIO

from pep_cli.check.reporters.base import Reporter

if TYPE_CHECKING:
    from pep_cli.check.engine import Report


class JsonReporter(Reporter):
    name = "json"
    description = 'JSON : {"problems": [...], "summary": {...}}'

    def write(self, report: Report, stream: TextIO) -> None:
        document = {
            "problems": [problem.as_dict() for problem in report.problems],
            "summary": report.summary(),
        }
        if report.notices:  # --config-from: the trusted files the working tree changes
            document["notices"] = list(report.notices)
        json.dump(document, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
