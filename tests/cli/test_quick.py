"""The quick path (plain ``pep validate`` / ``pep fmt`` without typer) is typer's, only faster.

Its table of options must name options typer has, for the same parameters, and a
command line must give the same output, code and files whichever path runs it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer

from helpers_validate import PEP, copy_data_repository
from pep_cli.cli import app
from pep_cli.quick import COMMANDS, FLAG, LIST, NOT_A_FOLDER, OFF, PLAIN_VALUES, parse


def test_the_table_is_a_subset_of_the_typer_commands() -> None:
    group = typer.main.get_command(app)
    for name, table in COMMANDS.items():
        command = group.commands[name]  # type: ignore[attr-defined]
        params = {opt: param for param in command.params for opt in param.opts}
        negatives = {
            opt: param for param in command.params for opt in getattr(param, "secondary_opts", [])
        }
        for option, (parameter, kind) in table.items():
            if kind == OFF:
                assert negatives[option].name == parameter, f"{name} {option}"
                continue
            assert option in params, f"{name} {option}"
            assert params[option].name == parameter, f"{name} {option}"
            assert params[option].is_flag is (kind == FLAG), f"{name} {option}"
            assert params[option].multiple is (kind == LIST), f"{name} {option}"


def test_what_typer_checks_of_values_is_checked_here_too() -> None:
    """A folder where typer wants a file, and a number typer converts: both left to typer."""
    group = typer.main.get_command(app)
    for name, table in COMMANDS.items():
        command = group.commands[name]  # type: ignore[attr-defined]
        for parameter in {parameter for parameter, _ in table.values()}:
            param = next(p for p in command.params if p.name == parameter)
            described = param.type_descriptor
            refuses_folders = getattr(described.parameter_info, "dir_okay", True) is False
            assert refuses_folders is ((name, parameter) in NOT_A_FOLDER), f"{name} {parameter}"
            converted = described.annotation is int
            assert converted is ((name, parameter) in PLAIN_VALUES), f"{name} {parameter}"


@pytest.mark.parametrize(
    "args",
    [
        ["validate", "--help"],
        ["validate", "--inconnue"],
        ["validate", "--strict", "--strict"],
        ["validate", "--format", "-x"],
        ["validate", "--format"],
        ["validate", "-fjson"],
        ["validate", "--strict=oui"],
        ["validate", "--", "fichier.yaml"],
        ["validate", "--color", "never"],
        ["--color", "never", "validate"],
        ["fmt", "-", "--stdin-filename", "a.yaml"],
        ["validate", "-"],
        ["render", "--avenant", "15", "--from", "HEAD"],
        ["render", "15", "--to", "HEAD"],
        ["report", "--charts", "--no-charts"],
        ["report", "--year", "+2023"],
        ["export", "--collect"],
        ["national", "--year", "2023x"],
        ["validate", "-o", "."],
        ["validate", "--config", "."],
        ["--version"],
        [],
    ],
)
def test_anything_unusual_goes_to_typer(args: list[str]) -> None:
    assert parse(args) is None


def test_plain_command_lines_are_read_here() -> None:
    assert parse(["--debug", "validate", "a.yaml", "--format=json", "-o", "r.json"]) == (
        "validate",
        ["a.yaml"],
        {"output_format": "json", "output": "r.json"},
    )
    assert parse(["fmt", "--check", "--root", "."]) == (
        "fmt",
        [],
        {"check": True, "root": "."},
    )


def both(args: list[str], cwd: Path) -> tuple[subprocess.CompletedProcess[str], ...]:
    """``args`` run by the installed pep (quick path) and by typer's app (``cli.run``)."""
    env = {**os.environ, "LC_ALL": "C.UTF-8", "NO_COLOR": "1", "COLUMNS": "200"}
    env.pop("PEP_DEBUG", None)
    typer_path = [sys.executable, "-c", "import sys; from pep_cli.cli import run; run()"]
    return tuple(
        subprocess.run(
            [*prefix, *args], cwd=cwd, env=env, capture_output=True, text=True, check=False
        )
        for prefix in ([str(PEP)], typer_path)
    )


def same_on_both_paths(args: list[str], cwd: Path) -> None:
    """``args`` give the same code, output and errors on the quick path and through typer."""
    quick, slow = both(args, cwd)
    assert (quick.returncode, quick.stdout, quick.stderr) == (
        slow.returncode,
        slow.stdout,
        slow.stderr,
    )
    assert "Traceback" not in quick.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["validate", "--today", "2026-11-22"],
        ["validate", "--today", "2026-11-22", "--format", "json", "--strict"],
        ["validate", "--today=2026-13-01"],
        ["validate", "--format", "xml"],
        ["validate", "data/departments/15-cantal-2022.yaml", "--no-cache", "-f", "sarif"],
        ["validate", "absent.yaml"],
        ["validate", "--root", "nulle-part"],
        ["validate", "--changed-since", "HEAD"],
        ["validate", "--select", "schema,syntax", "--select", "period", "-q", "--exit-zero"],
        ["validate", "--ignore", "inconnue"],
        ["validate", "--statistics", "--today", "2026-11-22"],
        ["validate", "--config", "absent.toml"],
        ["fmt", "--check"],
        ["fmt", "--check", "--no-cache", "data/departments"],
        ["national", "--today", "2026-11-22"],
        ["national", "-y", "2023", "-f", "json", "--map", "reports", "--today", "2026-11-22"],
        ["national", "-f", "md", "-o", "vue.md", "--today", "2026-11-22"],
        ["national", "--year", "23"],
        ["national", "--year", "abcd"],
        ["national", "--map", "inconnue"],
        ["national", "-f", "xml"],
        ["national", "en-trop"],
        ["render", "15", "--today", "2026-11-22"],
        ["render", "--all", "-o", "docs", "--today", "2026-11-22"],
        ["render", "15", "--no-cache", "--today", "2026-11-22"],
        ["render", "--all", "--draft", "-f", "tex", "-o", "docs", "--today", "2026-11-22"],
        ["render", "15", "-f", "docx"],
        ["render", "--all", "15"],
        ["render"],
        ["render", "15", "--templates", "absent"],
        ["report", "15", "--year", "2023", "--no-charts", "--today", "2024-06-25"],
        ["report", "--all", "--year", "2023", "-o", "rapports", "--no-charts", "--draft"],
        ["report", "15", "--year", "23"],
        ["export", "--all", "-f", "csv", "-o", "ouvertes", "--today", "2026-11-22"],
        ["export", "15", "-o", "15.xlsx", "--today", "2026-11-22"],
        ["export", "15", "--collect", "2023x"],
    ],
)
def test_same_outcome_on_both_paths(args: list[str], tmp_path: Path) -> None:
    copy_data_repository(tmp_path)
    (tmp_path / "data" / "departments" / "cassé.yaml").write_text("a: [\n", "utf-8")
    same_on_both_paths(args, tmp_path)


def test_report_file_written_the_same_way(tmp_path: Path) -> None:
    copy_data_repository(tmp_path)
    quick, _ = both(["validate", "-o", "quick.json", "-f", "json"], tmp_path)
    _, slow = both(["validate", "-o", "typer.json", "-f", "json"], tmp_path)
    assert quick.returncode == slow.returncode == 0
    assert quick.stdout.replace("quick.json", "typer.json") == slow.stdout
    assert (tmp_path / "quick.json").read_text("utf-8") == (tmp_path / "typer.json").read_text(
        "utf-8"
    )


def _with_a_collection_workbook(root: Path) -> None:
    """A copy of the shipped data at ``root``, and the Cantal's 2023 collection workbook."""
    copy_data_repository(root)
    subprocess.run(
        [str(PEP), "export", "15", "--collect", "2023", "-o", "collecte.xlsx"],
        cwd=root,
        check=True,
        capture_output=True,
    )


@pytest.mark.parametrize(
    "args",
    [
        ["import", "collecte.xlsx", "--check", "--today", "2024-06-25"],
        ["import", "collecte.xlsx", "--check", "--exercise", "2022", "--today", "2024-06-25"],
        ["import", "collecte.xlsx", "--check", "--exercise", "22"],
        ["import", "collecte.xlsx", "--check", "--convention", "38", "--today", "2024-06-25"],
        ["import", "absent.xlsx", "--check"],
        ["import", "--check"],
    ],
)
def test_import_has_the_same_outcome_on_both_paths(args: list[str], tmp_path: Path) -> None:
    _with_a_collection_workbook(tmp_path)
    same_on_both_paths(args, tmp_path)


def test_import_skips_typer_and_numpy(tmp_path: Path) -> None:
    _with_a_collection_workbook(tmp_path)
    probe = (
        "import sys; sys.argv = ['pep', 'import', 'collecte.xlsx', '--check'];"
        "from pep_cli.__main__ import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('typer', 'numpy', 'openpyxl') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert done.stdout.splitlines()[-1] == "['openpyxl']", done.stdout + done.stderr
