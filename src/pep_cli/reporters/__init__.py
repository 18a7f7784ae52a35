"""The output formats of ``pep validate``: one small class each, registered here."""

from __future__ import annotations

from pep_cli.reporters.base import Reporter
from pep_cli.reporters.github import GithubReporter
from pep_cli.reporters.gitlab import GitlabReporter
from pep_cli.reporters.json import JsonReporter
from pep_cli.reporters.junit import JunitReporter
from pep_cli.reporters.sarif import SarifReporter
from pep_cli.reporters.text import TextReporter

REPORTERS: dict[str, type[Reporter]] = {
    reporter.name: reporter
    for reporter in (
        TextReporter,
        JsonReporter,
        GithubReporter,
        JunitReporter,
        SarifReporter,
        GitlabReporter,
    )
}

__all__ = ["REPORTERS", "Reporter"]
