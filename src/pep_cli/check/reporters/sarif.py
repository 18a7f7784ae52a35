"""``--format sarif``: SARIF 2.1.0, for GitHub code scanning and other static-analysis viewers.

The run's tool driver describes every rule of pep (its documentation is the
rule module's docstring); each problem is a result pointing at the file, line
and column. Waived problems are results with an in-source suppression that
carries the waiver's reason. Columns count characters (``unicodeCodePoints``).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, TextIO
from urllib.parse import quote

from pep_cli import DOCS_URL, __version__, rule_url
from pep_cli.check.reporters.base import Reporter, fingerprints

if TYPE_CHECKING:
    from types import ModuleType

    from pep_cli.check.engine import Report

SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
# pep's documentation site; each rule has its page there (see pep_cli.DOCS_URL).
INFORMATION_URI = DOCS_URL
SOURCE_ROOT = "%SRCROOT%"


def rule_descriptor(module: ModuleType) -> dict[str, Any]:
    from pep_cli.check.rules import summary

    documentation = (module.__doc__ or "").strip()
    return {
        "id": module.ID,
        "name": module.ID,
        "shortDescription": {"text": summary(module)},
        "fullDescription": {"text": documentation},
        "help": {"text": documentation},
        "helpUri": rule_url(module.ID),
        "defaultConfiguration": {"level": module.LEVEL},
        "properties": {"scope": module.SCOPE},
    }


class SarifReporter(Reporter):
    name = "sarif"
    description = "SARIF 2.1.0 (analyse de code GitHub, visionneuses SARIF)"

    def write(self, report: Report, stream: TextIO) -> None:
        from pep_cli.check.rules import RULES

        index = {rule_id: i for i, rule_id in enumerate(RULES)}
        results = []
        for problem, fingerprint in zip(
            report.problems, fingerprints(report.problems), strict=True
        ):
            result: dict[str, Any] = {
                "ruleId": problem.rule,
                "level": "error" if problem.level == "error" else "warning",
                "message": {"text": problem.message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {
                                "uri": quote(problem.path),
                                "uriBaseId": SOURCE_ROOT,
                            },
                            "region": {"startLine": problem.line, "startColumn": problem.column},
                        }
                    }
                ],
                "partialFingerprints": {"pep/v1": fingerprint},
            }
            if problem.rule in index:
                result["ruleIndex"] = index[problem.rule]
            if problem.pointer:
                result["properties"] = {"pointer": problem.pointer}
            if problem.waived is not None:
                suppression: dict[str, Any] = {"kind": "inSource"}
                if problem.waived:
                    suppression["justification"] = problem.waived
                result["suppressions"] = [suppression]
            results.append(result)
        document = {
            "$schema": SARIF_SCHEMA,
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": "pep",
                            "version": __version__,
                            "semanticVersion": __version__,
                            "informationUri": INFORMATION_URI,
                            "language": "fr-FR",
                            "rules": [rule_descriptor(module) for module in RULES.values()],
                        }
                    },
                    "columnKind": "unicodeCodePoints",
                    "artifacts": [
                        {"location": {"uri": quote(path), "uriBaseId": SOURCE_ROOT}}
                        for path in report.files
                    ],
                    "results": results,
                }
            ],
        }
        json.dump(document, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
