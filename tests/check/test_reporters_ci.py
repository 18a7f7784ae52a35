"""The CI formats of ``pep validate``, each checked against its real schema.

One data repository with an error, a warning and a waived problem, in a
folder whose name holds the characters GitHub's workflow commands must escape.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import unquote

import jsonschema
import pytest
from lxml import etree
from typer.testing import CliRunner

from helpers_ci import SCHEMAS, TODAY, edit, make_data_repo, pep_json, run_pep
from pep_cli.check.reporters import REPORTERS
from pep_cli.check.reporters.github import escape_data, escape_property
from pep_cli.check.rules import RULES, summary
from pep_cli.cli import app

LOT = "data/departments/lot:1,2%"
CANTAL = f"{LOT}/15-cantal-2022.yaml"
CANTAL_FIR = "  fir: {2022: 100000, 2023: 100000, 2024: 100000}"
CANTAL_ETAT = "  etat: {2022: 600000, 2023: 600000, 2024: 600000}"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """Cantal with a wrong FIR total (error), a wrong État total waived, and a badly named Isère."""
    root = make_data_repo(tmp_path / "repo", "38-isere-2022.yaml")
    (root / LOT).mkdir()
    (root / CANTAL).write_text(
        (Path(__file__).parents[2] / "data/departments/15-cantal-2022.yaml").read_text()
    )
    edit(root / CANTAL, CANTAL_FIR, CANTAL_FIR.replace("2023: 100000", "2023: 100001"))
    edit(
        root / CANTAL,
        CANTAL_ETAT,
        CANTAL_ETAT.replace("2024: 600000", "2024: 600200")
        + "  # pep: ignore[funding-totals] avenant n° 2 en cours de signature",
    )
    (root / "data/departments/38-isere-2022.yaml").rename(root / "data/departments/isere.yaml")
    return root


def report_of(root: Path, output_format: str, *args: str) -> str:
    completed = run_pep("validate", "--format", output_format, "--today", TODAY, *args, cwd=root)
    assert completed.returncode == 1, completed.stderr
    return completed.stdout


def test_the_repository_has_one_error_one_warning_one_waived(repo: Path) -> None:
    # Besides the shipped data's own waivers of illustrative-value (left out by pep_json).
    report = pep_json(cwd=repo)
    assert [(p["rule"], p["level"], p.get("waived")) for p in report["problems"]] == [
        ("file-name", "warning", None),
        ("funding-totals", "error", "avenant n° 2 en cours de signature"),
        ("funding-totals", "error", None),
    ]
    assert report["summary"] == {"files": 2, "errors": 1, "warnings": 1, "waived": 1}


def test_registry_lists_every_format() -> None:
    assert list(REPORTERS) == ["text", "concise", "json", "github", "junit", "sarif", "gitlab"]
    assert all(REPORTERS[name].name == name and REPORTERS[name].description for name in REPORTERS)


def test_github_escaping() -> None:
    assert escape_data("100 % : a,b\r\nc") == "100 %25 : a,b%0D%0Ac"
    assert escape_property("lot:1,2%\n") == "lot%3A1%2C2%25%0A"


def _unescape(text: str) -> str:
    return (
        text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",")
    ).replace("%25", "%")


def test_github_annotations_match_the_problems(repo: Path) -> None:
    problems = [p for p in pep_json(cwd=repo)["problems"] if "waived" not in p]
    lines = report_of(repo, "github").splitlines()
    assert lines[-1] == (
        "Bilan : 2 fichiers, 1 erreur, 1 avertissement, 3 problèmes levés ; 1 fichier en erreur"
    )
    annotations = []
    for line in lines[:-1]:
        command, _, rest = line.removeprefix("::").partition(" ")
        properties, _, message = rest.partition("::")
        fields = dict(item.split("=", 1) for item in properties.split(","))
        annotations.append(
            {
                "level": command,
                "path": _unescape(fields["file"]),
                "line": int(fields["line"]),
                "column": int(fields["col"]),
                "rule": fields["title"],
                "message": _unescape(message),
            }
        )
    assert annotations == [
        {k: p[k] for k in ("level", "path", "line", "column", "rule", "message")} for p in problems
    ]
    assert f"file={escape_property(CANTAL)}," in lines[1]
    assert "lot%3A1%2C2%25" in lines[1]


def test_github_is_the_default_in_github_actions_only_for_the_terminal(repo: Path) -> None:
    runner = CliRunner()
    base = ["validate", "--root", str(repo), "--today", TODAY, str(repo / "data")]
    github = runner.invoke(app, base, env={"GITHUB_ACTIONS": "true"})
    assert github.stdout.startswith("::warning file=")
    text = runner.invoke(app, [*base, "--format", "text"], env={"GITHUB_ACTIONS": "true"})
    assert "::" not in text.stdout and "avertissement" in text.stdout
    elsewhere = runner.invoke(app, base, env={"GITHUB_ACTIONS": ""})
    assert "::" not in elsewhere.stdout
    out = repo / "report.txt"
    to_file = runner.invoke(app, [*base, "--output", str(out)], env={"GITHUB_ACTIONS": "true"})
    assert to_file.exit_code == 1
    assert "::" not in out.read_text() and "erreur" in out.read_text()


def test_junit_is_valid_and_fails_on_errors(repo: Path) -> None:
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / "junit-10.xsd")))
    document = etree.fromstring(report_of(repo, "junit").encode())
    schema.assertValid(document)
    suite = document.find("testsuite")
    assert suite is not None
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("2", "1", "0")
    cases = {case.get("name"): case for case in suite.findall("testcase")}
    assert list(cases) == ["data/departments/isere.yaml", CANTAL]
    failures = cases[CANTAL].findall("failure")
    assert [(f.get("type"), "fir 2023" in (f.get("message") or "")) for f in failures] == [
        ("funding-totals", True)
    ]
    assert "levé (avenant n° 2 en cours de signature)" in cases[CANTAL].findtext("system-out", "")
    assert cases["data/departments/isere.yaml"].find("failure") is None
    assert "avertissement" in cases["data/departments/isere.yaml"].findtext("system-out", "")

    strict = etree.fromstring(report_of(repo, "junit", "--strict").encode())
    schema.assertValid(strict)
    assert strict.find("testsuite").get("failures") == "2"  # type: ignore[union-attr]


def test_junit_is_valid_with_no_problem(tmp_path: Path) -> None:
    root = make_data_repo(tmp_path, "15-cantal-2022.yaml")
    completed = run_pep("validate", "--format", "junit", "--today", TODAY, cwd=root)
    assert completed.returncode == 0
    document = etree.fromstring(completed.stdout.encode())
    etree.XMLSchema(etree.parse(str(SCHEMAS / "junit-10.xsd"))).assertValid(document)
    assert document.find("testsuite").get("failures") == "0"  # type: ignore[union-attr]


def test_sarif_is_valid_and_describes_every_rule(repo: Path) -> None:
    schema = json.loads((SCHEMAS / "sarif-schema-2.1.0.json").read_text())
    document = json.loads(report_of(repo, "sarif"))
    validator = jsonschema.Draft4Validator(
        schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER
    )
    assert [e.message for e in validator.iter_errors(document)] == []

    (run,) = document["runs"]
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["informationUri"]) == (
        "pep",
        "https://pep-cli.readthedocs.io/fr/stable/",
    )
    assert [r["id"] for r in driver["rules"]] == list(RULES)
    for descriptor, module in zip(driver["rules"], RULES.values(), strict=True):
        assert descriptor["shortDescription"]["text"] == summary(module)
        assert descriptor["fullDescription"]["text"] == module.__doc__.strip()
        assert descriptor["help"]["text"] == module.__doc__.strip()
        assert descriptor["defaultConfiguration"]["level"] == module.LEVEL
        # The page the docs site builds for the rule (tests/docs checks it exists).
        assert (
            descriptor["helpUri"] == f"https://pep-cli.readthedocs.io/fr/stable/regles/{module.ID}/"
        )
    assert "waiver" in RULES

    problems = pep_json(cwd=repo, waived=True)["problems"]
    assert len(run["results"]) == len(problems)
    for result, problem in zip(run["results"], problems, strict=True):
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"] == problem["rule"]
        assert result["level"] == problem["level"]
        assert result["message"]["text"] == problem["message"]
        location = result["locations"][0]["physicalLocation"]
        assert unquote(location["artifactLocation"]["uri"]) == problem["path"]
        assert location["region"] == {
            "startLine": problem["line"],
            "startColumn": problem["column"],
        }
        if "waived" in problem:
            assert result["suppressions"] == [
                {"kind": "inSource", "justification": problem["waived"]}
            ]
        else:
            assert "suppressions" not in result


def test_gitlab_code_quality_and_stable_fingerprints(repo: Path) -> None:
    entries = json.loads(report_of(repo, "gitlab"))
    assert [(e["check_name"], e["severity"], e["location"]["path"]) for e in entries] == [
        ("file-name", "minor", "data/departments/isere.yaml"),
        ("funding-totals", "major", CANTAL),
    ]
    assert all(
        e["type"] == "issue" and e["description"] and e["location"]["lines"]["begin"] > 0
        for e in entries
    )
    before = {e["check_name"]: e for e in entries}

    # Lines move and the amount changes: same problems, same fingerprints, other lines.
    cantal = repo / CANTAL
    cantal.write_text("# Relu en commission.\n" * 3 + cantal.read_text())
    edit(cantal, "2023: 100001", "2023: 100002")
    after = {e["check_name"]: e for e in json.loads(report_of(repo, "gitlab"))}
    moved = after["funding-totals"]
    assert moved["fingerprint"] == before["funding-totals"]["fingerprint"]
    assert (
        moved["location"]["lines"]["begin"]
        == before["funding-totals"]["location"]["lines"]["begin"] + 3
    )
    assert moved["description"] != before["funding-totals"]["description"]

    # Another value in error: another fingerprint.
    edit(cantal, "2022: 100000, 2023: 100002", "2022: 100003, 2023: 100002")
    entries = json.loads(report_of(repo, "gitlab"))
    fingerprints = [e["fingerprint"] for e in entries]
    assert len(fingerprints) == 3 and len(set(fingerprints)) == 3


def test_output_writes_the_report_and_keeps_a_summary_on_the_terminal(repo: Path) -> None:
    target = repo / "rapports" / "pep.sarif"
    completed = run_pep(
        "validate", "--format", "sarif", "--output", str(target), "--today", TODAY, cwd=repo
    )
    assert completed.returncode == 1
    assert json.loads(target.read_text()) == json.loads(report_of(repo, "sarif"))
    lines = completed.stdout.splitlines()
    assert lines[0].startswith("data/departments/isere.yaml:") and "avertissement" in lines[0]
    assert lines[1].startswith(f"{CANTAL}:") and ": erreur : fir 2023" in lines[1]
    assert lines[2:] == [
        "Bilan : 2 fichiers, 1 erreur, 1 avertissement, 3 problèmes levés ; 1 fichier en erreur",
        f"Rapport sarif écrit dans {target}",
    ]
    assert sorted(p.name for p in target.parent.iterdir()) == [
        "pep.sarif"
    ]  # no temporary file left


def test_unknown_format_is_a_usage_error(repo: Path) -> None:
    completed = run_pep("validate", "--format", "xml", cwd=repo)
    assert completed.returncode == 2
    assert (
        "format « xml » inconnu ; formats : text, concise, json, github, junit, sarif, gitlab"
        in completed.stderr
    )
