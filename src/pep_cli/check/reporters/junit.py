"""``--format junit``: JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure).

One test suite, one test case per file, one ``<failure>`` per error (per
warning too under ``--strict``, as for the exit code). Warnings that do not
fail and waived problems are listed in the test case's ``<system-out>``.
Valid against the JUnit schema of Jenkins' xUnit plugin.
"""

from __future__ import annotations

from itertools import groupby
from typing import TYPE_CHECKING, TextIO

from pep_cli.check.reporters.base import Reporter
from pep_cli.check.reporters.text import LEVEL_NAMES, waiver_reason
from pep_cli.escape import visible

if TYPE_CHECKING:
    from pep_cli.check.engine import Report
    from pep_cli.check.problem import Problem


class JunitReporter(Reporter):
    name = "junit"
    description = "JUnit XML : un cas de test par fichier"

    def write(self, report: Report, stream: TextIO) -> None:
        import xml.etree.ElementTree as ET

        by_file: dict[str, list[Problem]] = {path: [] for path in report.files}
        for path, group in groupby(report.problems, key=lambda p: p.path):
            by_file.setdefault(path, []).extend(group)

        suites = ET.Element("testsuites", name="pep")
        suite = ET.SubElement(suites, "testsuite", name="pep validate")
        failed = 0
        for path, problems in by_file.items():
            case = ET.SubElement(suite, "testcase", name=visible(path), classname="pep.validate")
            notes = []
            for problem in problems:
                where = f"{visible(problem.path)}:{problem.line}:{problem.column}"
                message = visible(problem.message)  # XML 1.0 holds no control character
                if self._fails(problem):
                    failure = ET.SubElement(case, "failure", type=problem.rule, message=message)
                    failure.text = f"{where} : {message} [{problem.rule}]"
                else:
                    state = (
                        f"levé ({waiver_reason(problem)})"
                        if problem.waived is not None
                        else LEVEL_NAMES.get(problem.level, problem.level)
                    )
                    notes.append(f"{where} : {visible(state)} : {message} [{problem.rule}]")
            failed += any(self._fails(p) for p in problems)
            if notes:
                ET.SubElement(case, "system-out").text = "\n".join(notes)
        suite.set("tests", str(len(by_file)))
        suite.set("failures", str(failed))
        suite.set("errors", "0")
        suites.set("tests", str(len(by_file)))
        suites.set("failures", str(failed))
        suites.set("errors", "0")
        ET.indent(suites)
        stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        stream.write(ET.tostring(suites, encoding="unicode"))
        stream.write("\n")

    def _fails(self, problem: Problem) -> bool:
        return problem.is_error or (self.strict and problem.is_warning)
