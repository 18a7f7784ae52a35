"""``--format gitlab``: GitLab Code Quality JSON, shown in merge requests.

One entry per problem (waived problems are left out): ``description``,
``check_name`` (the rule), ``severity`` (``major`` for an error, ``minor`` for
a warning), ``location.path`` and ``location.lines.begin``, and a
``fingerprint`` that GitLab uses to tell new problems from old ones: it depends
on the file, the rule and the value's place in the document, never on line
numbers, so moving lines does not make a problem look new.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, TextIO

from pep_cli.check.reporters.base import Reporter, fingerprints

if TYPE_CHECKING:
    from pep_cli.check.engine import Report

SEVERITIES = {"error": "major", "warning": "minor"}


class GitlabReporter(Reporter):
    name = "gitlab"
    description = "GitLab Code Quality (rapport de qualité des merge requests)"

    def write(self, report: Report, stream: TextIO) -> None:
        shown = [p for p in report.problems if p.waived is None]
        entries: list[dict[str, Any]] = [
            {
                "type": "issue",
                "description": f"{problem.message} [{problem.rule}]",
                "check_name": problem.rule,
                "fingerprint": fingerprint,
                "severity": SEVERITIES.get(problem.level, "info"),
                "location": {"path": problem.path, "lines": {"begin": problem.line}},
            }
            for problem, fingerprint in zip(shown, fingerprints(shown), strict=True)
        ]
        json.dump(entries, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
