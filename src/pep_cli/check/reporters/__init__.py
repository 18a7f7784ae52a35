"""The output formats of ``pep validate``: one small class each, registered here."""

from __future__ import annotations

from pep_cli.check.reporters.base import Reporter
from pep_cli.check.reporters.github import GithubReporter
from pep_cli.check.reporters.gitlab import GitlabReporter
from pep_cli.check.reporters.json import JsonReporter
from pep_cli.check.reporters.junit import JunitReporter
from pep_cli.check.reporters.sarif import SarifReporter
from pep_cli.check.reporters.text import ConciseReporter, TextReporter

REPORTERS: dict[str, type[Reporter]] = {
    reporter.name: reporter
    for reporter in (
        TextReporter,
        ConciseReporter,
        JsonReporter,
        GithubReporter,
        JunitReporter,
        SarifReporter,
        GitlabReporter,
    )
}

__all__ = ["REPORTERS", "Reporter"]
