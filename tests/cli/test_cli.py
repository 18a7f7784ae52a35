"""The CLI end to end: the installed ``pep`` as a subprocess, and ``typer.testing.CliRunner``.

Every run works on a temporary data repository (a copy of this project's
data/), with ``--today 2026-11-22`` so that deadlines do not move.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from helpers_validate import REPO, copy_data_repository, run_pep
from pep_cli.check.reporters import REPORTERS
from pep_cli.check.rules import RULES
from pep_cli.cli import app
from pep_cli.errors import ExitCode, UsageError

TODAY = ["--today", "2026-11-22"]
CANTAL = Path("data/departments/15-cantal-2022.yaml")
PROBLEM_KEYS = {"path", "line", "column", "rule", "level", "message", "pointer"}
SUMMARY_KEYS = {"files", "errors", "warnings", "waived"}


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return copy_data_repository(tmp_path / "repo")


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.delenv("PEP_DEBUG", raising=False)
    return CliRunner()


def break_cantal_totals(repo: Path) -> tuple[int, int]:
    """One funding-totals error: the declared 2023 FIR total no longer matches the actions.

    Returns the position of the changed value, found in the text.
    """
    path = repo / CANTAL
    text = path.read_text(encoding="utf-8")
    old = "  fir: {2022: 100000, 2023: 100000, 2024: 100000}\n"
    assert text.count(old + "  ondam: {2022: 110000, 2023: 110000, 2024: 110000}\n") == 1
    new = "  fir: {2022: 100000, 2023: 100001, 2024: 100000}\n"
    path.write_text(text.replace(old, new), encoding="utf-8")
    line = text.count("\n", 0, text.index(old)) + 1
    return line, new.index("100001") + 1


def no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stdout + result.stderr


# --- exit codes ----------------------------------------------------------------------------------


def test_valid_data_exits_0(repo: Path) -> None:
    result = run_pep(["validate", *TODAY], cwd=repo)
    no_traceback(result)
    assert result.returncode == 0, result.stdout + result.stderr
    # The six signed conventions waive their illustrative marks (a demonstration set).
    assert result.stdout.rstrip().endswith(
        "Bilan : 9 fichiers, 0 erreur, 3 avertissements, 6 problèmes levés"
    )


def test_errors_exit_1(repo: Path) -> None:
    line, column = break_cantal_totals(repo)
    assert column == 29
    result = run_pep(["validate", *TODAY, "--format", "json"], cwd=repo)
    assert result.returncode == 1
    errors = [p for p in json.loads(result.stdout)["problems"] if p["level"] == "error"]
    assert [(p["path"], p["line"], p["column"], p["rule"]) for p in errors] == [
        ("data/departments/15-cantal-2022.yaml", line, column, "funding-totals")
    ]


def test_warnings_fail_only_under_strict(repo: Path) -> None:
    assert run_pep(["validate", *TODAY], cwd=repo).returncode == 0
    strict = run_pep(["validate", *TODAY, "--strict"], cwd=repo)
    assert strict.returncode == 1
    assert "3 avertissements" in strict.stdout
    # Without any warning, --strict passes too.
    clean = run_pep(["validate", *TODAY, "--strict", str(CANTAL)], cwd=repo)
    assert clean.returncode == 0, clean.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["validate", "data/departments/absent.yaml"],
            "chemin introuvable : data/departments/absent.yaml",
        ),
        (
            ["catalogue", "--edition", "2019"],
            "édition « 2019 » inconnue ; éditions du catalogue : "
            "2020, 2021, 2022, 2023, 2024, 2025",
        ),
        (["validate", "--zzz"], "option inconnue : --zzz"),
        (
            ["validate", "--today", "22/11/2026"],
            "--today : date « 22/11/2026 » invalide, format attendu AAAA-MM-JJ",
        ),
        (
            ["validate", "--format", "xml"],
            f"format « xml » inconnu ; formats : {', '.join(REPORTERS)}",
        ),
        (["validate", "--root", "absent"], "--root : le dossier « absent » n'existe pas"),
        (
            ["explain", "unknwn"],
            "règle « unknwn » inconnue ; vouliez-vous dire « unknown-objective » ?",
        ),
    ],
)
def test_usage_errors_exit_2(repo: Path, args: list[str], message: str) -> None:
    result = run_pep(args, cwd=repo)
    no_traceback(result)
    assert result.returncode == 2
    assert f"pep : erreur : {message}" in result.stderr.splitlines()
    assert result.stdout == ""


def test_no_data_repository_exits_2(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run_pep(["validate"], cwd=empty)
    no_traceback(result)
    assert result.returncode == 2
    assert result.stderr.startswith("pep : erreur : aucun dépôt de données trouvé")


def test_root_option(repo: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = run_pep(["validate", *TODAY, "--root", repo, "--format", "json"], cwd=elsewhere)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["summary"]["files"] == 9
    # From a subfolder, the repository is found upwards, like git.
    inner = run_pep(["validate", *TODAY, "--format", "json"], cwd=repo / "data" / "departments")
    assert json.loads(inner.stdout)["summary"]["files"] == 9


def test_python_m_pep_cli(repo: Path) -> None:
    help_text = subprocess.run(
        [sys.executable, "-m", "pep_cli", "--help"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert help_text.returncode == 0
    assert help_text.stdout.startswith("Usage : pep")
    for command in ("validate", "catalogue", "rules", "explain"):
        assert re.search(rf"^\s+{command}\s", help_text.stdout, flags=re.MULTILINE), command
    validated = subprocess.run(
        [sys.executable, "-m", "pep_cli", "validate", *TODAY],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert validated.returncode == 0
    assert "Bilan : 9 fichiers" in validated.stdout


# --- output formats ------------------------------------------------------------------------------


def documented_json_shape() -> dict[str, object]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Format JSON", 1)[1]
    block = section.split("```json", 1)[1].split("```", 1)[0]
    return json.loads(block.replace("…", ""))  # type: ignore[no-any-return]


def test_json_output_has_the_documented_shape(repo: Path) -> None:
    break_cantal_totals(repo)
    result = run_pep(["validate", *TODAY, "--format", "json"], cwd=repo)
    document = json.loads(result.stdout)
    documented = documented_json_shape()
    assert set(document) == set(documented) == {"problems", "summary"}
    assert set(document["summary"]) == set(documented["summary"]) == SUMMARY_KEYS  # type: ignore[arg-type]
    assert set(documented["problems"][0]) == PROBLEM_KEYS  # type: ignore[index]
    problems = document["problems"]
    assert len([p for p in problems if "waived" not in p]) == 4
    for problem in problems:
        assert set(problem) - {"waived"} == PROBLEM_KEYS
        assert isinstance(problem["line"], int) and problem["line"] > 0
        assert isinstance(problem["column"], int) and problem["column"] > 0
        assert problem["rule"] in RULES
        assert problem["level"] in ("error", "warning")
        assert (repo / problem["path"]).is_file()
    assert [p["pointer"] for p in problems if p["rule"] == "funding-totals"] == ["funding.fir.2023"]
    assert [p["pointer"] for p in problems if p["rule"] == "signature-deadline"] == [
        "signed_on"
    ] * 3
    assert document["summary"] == {"files": 9, "errors": 1, "warnings": 3, "waived": 6}


def test_json_output_of_one_file(repo: Path) -> None:
    result = run_pep(["validate", *TODAY, str(CANTAL), "--format", "json"], cwd=repo)
    document = json.loads(result.stdout)
    assert document["summary"] == {"files": 1, "errors": 0, "warnings": 0, "waived": 1}
    assert [(p["rule"], p["waived"]) for p in document["problems"]] == [
        (
            "illustrative-value",
            "jeu de démonstration : les compléments sont marqués, voir l’en-tête",
        )
    ]


def test_text_output_groups_by_file_and_quotes_the_line(repo: Path) -> None:
    line, column = break_cantal_totals(repo)
    (repo / "data" / "departments" / "03-allier-2020.yaml").write_text(
        "territory: [\n", encoding="utf-8"
    )
    result = run_pep(["validate", *TODAY], cwd=repo)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    headers = [line for line in lines if line.startswith("data/")]
    assert headers == [
        "data/departments/03-allier-2020.yaml",
        "data/departments/04-alpes-de-haute-provence-2020.yaml",
        "data/departments/15-cantal-2022.yaml",
        "data/departments/23-creuse-2021.yaml",
        "data/departments/38-isere-2022.yaml",  # its waived illustrative-value
        "data/departments/978-saint-martin-2021.yaml",
    ]
    cantal = lines.index("data/departments/15-cantal-2022.yaml")
    problem, quoted, caret, blank = lines[cantal + 1 : cantal + 5]
    assert problem.startswith(f"  {line}:{column}  erreur  fir 2023 : total déclaré 100")
    assert problem.endswith("(écart 1\xa0€, manque dans les actions)  [funding-totals]")
    assert quoted == f"{line:>6} |   fir: {{2022: 100000, 2023: 100001, 2024: 100000}}"
    assert caret == "       |" + " " * column + "^"
    assert quoted[caret.index("^") - 1 :].startswith(" 100001")  # the caret is under the value
    assert blank == "" or "  levé  " in blank  # a waived problem takes one line
    allier = lines.index("data/departments/03-allier-2020.yaml")
    assert (
        lines[allier + 1].startswith("  2:1  erreur  YAML invalide")
        and "[syntax]" in lines[allier + 1]
    )
    deadline = lines.index("data/departments/23-creuse-2021.yaml")
    assert lines[deadline + 1].startswith("  40:12  avertissement  signée le 7 décembre 2021")
    assert lines[-1] == (
        "Bilan : 9 fichiers, 2 erreurs, 3 avertissements, 5 problèmes levés ; 2 fichiers en erreur"
    )


# --- the other commands --------------------------------------------------------------------------


def test_rules_lists_every_rule(runner: CliRunner) -> None:
    result = runner.invoke(app, ["rules"])
    assert result.exit_code == 0
    listed = [line.split()[0] for line in result.stdout.splitlines()[1:] if line[:1].isalpha()]
    assert [r for r in listed if r in RULES] == list(RULES)
    as_json = json.loads(runner.invoke(app, ["rules", "--format", "json"]).stdout)
    assert [(r["rule"], r["level"], r["scope"]) for r in as_json] == [
        (m.ID, m.LEVEL, m.SCOPE) for m in RULES.values()
    ]
    assert {r["rule"]: r["level"] for r in as_json}["report-deadline"] == "warning"


@pytest.mark.parametrize("rule", list(RULES))
def test_explain_gives_a_failing_and_a_passing_example(runner: CliRunner, rule: str) -> None:
    doc = RULES[rule].__doc__ or ""
    assert "Pourquoi" in doc
    failing, passing = doc.index("Exemple en défaut"), doc.index("Exemple conforme")
    assert failing < passing
    result = runner.invoke(app, ["explain", rule])
    assert result.exit_code == 0
    assert result.stdout.startswith(f"{rule} — niveau : ")
    assert "Exemple en défaut" in result.stdout and "Exemple conforme" in result.stdout


def test_explain_unknown_rule_suggests(runner: CliRunner) -> None:
    result = runner.invoke(app, ["explain", "fundng-totals"])
    assert isinstance(result.exception, UsageError)
    assert result.exception.exit_code == ExitCode.USAGE
    assert (
        str(result.exception)
        == "règle « fundng-totals » inconnue ; vouliez-vous dire « funding-totals » ?"
    )


def test_catalogue_marks_the_required_objectives(runner: CliRunner, repo: Path) -> None:
    result = runner.invoke(app, ["catalogue", "--edition", "2022", "--root", str(repo)])
    assert result.exit_code == 0
    rows = [re.match(r"\s*(\d+)\s+(●?)\s", line) for line in result.stdout.splitlines()]
    marked = [int(m.group(1)) for m in rows if m and m.group(2)]
    listed = [int(m.group(1)) for m in rows if m]
    assert marked == [1, 2, 3, 4, 5, 9]
    assert listed == sorted(listed) and set(range(1, 27)) <= set(listed)
    assert "au moins 6" in result.stdout
    data = json.loads(runner.invoke(app, ["catalogue", "-e", "2022", "--format", "json"]).stdout)
    assert [o["number"] for o in data["objectives"] if o["required"]] == [1, 2, 3, 4, 5, 9]
    assert data["min_optional"] == 6


def test_catalogue_unknown_edition(runner: CliRunner) -> None:
    result = runner.invoke(app, ["catalogue", "--edition", "2019"])
    assert isinstance(result.exception, UsageError)
    assert result.exception.exit_code == ExitCode.USAGE


def test_validate_with_cli_runner(
    runner: CliRunner, repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo)
    ok = runner.invoke(app, ["validate", *TODAY, "--format", "json"])
    assert ok.exit_code == 0
    assert json.loads(ok.stdout)["summary"]["warnings"] == 3
    assert runner.invoke(app, ["validate", *TODAY, "--strict"]).exit_code == 1
    break_cantal_totals(repo)
    failed = runner.invoke(app, ["validate", *TODAY])
    assert failed.exit_code == 1
    assert "[funding-totals]" in failed.stdout
    missing = runner.invoke(app, ["validate", "absent.yaml"])
    assert isinstance(missing.exception, UsageError)


def test_one_file_still_sees_the_whole_repository(repo: Path) -> None:
    """Cross-file rules compare with every convention, but report only on the files asked for."""
    cantal = (repo / CANTAL).read_text(encoding="utf-8")
    overlapping = cantal.replace(
        "period: {start: 2022, end: 2024}", "period: {start: 2024, end: 2026}"
    )
    for year in (2022, 2023, 2024):
        overlapping = overlapping.replace(f"{year}:", f"{year + 2}:")
    (repo / "data" / "departments" / "15-cantal-2024.yaml").write_text(
        overlapping, encoding="utf-8"
    )
    result = run_pep(["validate", *TODAY, str(CANTAL), "--format", "json"], cwd=repo)
    document = json.loads(result.stdout)
    assert document["summary"]["files"] == 1
    assert [(p["path"], p["rule"]) for p in document["problems"] if "waived" not in p] == [
        ("data/departments/15-cantal-2022.yaml", "overlapping-periods")
    ]
    assert "15-cantal-2024.yaml (2024-2026)" in document["problems"][0]["message"]


def test_today_sets_the_report_deadlines(repo: Path) -> None:
    """2024 results are due before 30 June 2025: missing on 1 July, not on 30 June."""
    path = repo / CANTAL
    text = path.read_text(encoding="utf-8")
    old = "        results: {2022: 184, 2023: 204, 2024: 250}\n"
    assert text.count(old) == 1
    path.write_text(
        text.replace(old, "        results: {2022: 184, 2023: 204}\n"), encoding="utf-8"
    )
    rules = []
    for today in ("2025-06-30", "2025-07-01"):
        result = run_pep(["validate", "--today", today, str(CANTAL), "--format", "json"], cwd=repo)
        assert result.returncode == 0
        problems = json.loads(result.stdout)["problems"]
        rules.append([(p["rule"], p["level"]) for p in problems if "waived" not in p])
    assert rules == [[], [("report-deadline", "warning")]]


def test_folders_and_files_as_arguments(repo: Path) -> None:
    """A folder stands for its YAML files; a file named twice is validated once."""
    args = [
        "validate",
        *TODAY,
        "--format",
        "json",
        "data/departments",
        str(CANTAL),
        "./" + str(CANTAL),
    ]
    document = json.loads(run_pep(args, cwd=repo).stdout)
    assert document["summary"]["files"] == 9
    (repo / "notes").mkdir()
    (repo / "notes" / "lisez-moi.txt").write_text("pas une convention\n", encoding="utf-8")
    only_yaml = json.loads(
        run_pep(["validate", *TODAY, "--format", "json", "notes"], cwd=repo).stdout
    )
    assert only_yaml["summary"]["files"] == 0
