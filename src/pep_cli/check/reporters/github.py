"""``--format github``: GitHub Actions workflow commands, shown as annotations on the pull request.

Chosen automatically when pep runs in GitHub Actions (``GITHUB_ACTIONS=true``)
and no ``--format`` is given. One ``::error`` or ``::warning`` line per problem
(waived problems are left out), then the summary as plain text for the log.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from pep_cli.check.reporters.base import Reporter
from pep_cli.check.reporters.text import summary_line
from pep_cli.escape import visible

if TYPE_CHECKING:
    from pep_cli.check.engine import Report


def escape_data(value: str) -> str:
    """The message part of a workflow command (after ``::``); other control characters
    (ESC, BEL…) are shown as ``\x1b``, never written raw into the log."""
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return visible(value)


def escape_property(value: str) -> str:
    """A property value (``file=…``, ``title=…``): ``:`` and ``,`` would end it."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


class GithubReporter(Reporter):
    name = "github"
    description = "annotations GitHub Actions (choisi d'office quand GITHUB_ACTIONS=true)"

    def write(self, report: Report, stream: TextIO) -> None:
        for notice in report.notices:
            stream.write(f"::notice title=pep --config-from::{escape_data(notice)}\n")
        for problem in report.problems:
            if problem.waived is not None:
                continue
            command = "error" if problem.level == "error" else "warning"
            properties = ",".join(
                f"{key}={escape_property(value)}"
                for key, value in (
                    ("file", problem.path),
                    ("line", str(problem.line)),
                    ("col", str(problem.column)),
                    ("title", problem.rule),
                )
            )
            stream.write(f"::{command} {properties}::{escape_data(problem.message)}\n")
        stream.write(summary_line(report) + "\n")
