"""Points 8 and 9: reports place problems where editors and GitHub see them, and never pass a
file's control characters to the terminal or the CI log."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers_ci import TODAY, edit, make_data_repo, run_pep

CANTAL = "15-cantal-2022.yaml"
DEPARTMENTS = Path("data") / "departments"
SOURCE = '  - "Conseil départemental du Cantal, Signature officielle'
SIGNED = "signed_on: 2022-06-24"  # line 25


@pytest.mark.parametrize("separator", ["\u2028", "\u2029"])
def test_line_numbers_count_lines_as_editors_do(tmp_path: Path, separator: str) -> None:
    root = make_data_repo(tmp_path / "depot", CANTAL)
    path = root / DEPARTMENTS / CANTAL
    # Line 31 holds the separators; the faulty value comes later, on line 35.
    edit(
        path,
        SOURCE,
        f'  - "Conseil{separator}départemental{separator}du Cantal, Signature officielle',
    )
    edit(path, "    objective: 1\n", "    objective: un\n")
    lines = path.read_bytes().split(b"\n")
    line = next(i for i, text in enumerate(lines, 1) if text == b"    objective: un")
    done = run_pep("validate", "--format", "json", "--today", TODAY, cwd=root)
    [problem] = [p for p in json.loads(done.stdout)["problems"] if p["rule"] == "schema"]
    assert (problem["line"], problem["column"]) == (line, 16)
    text = run_pep("validate", "--today", TODAY, cwd=root).stdout
    assert f"{line:>6} |     objective: un" in text
    github = run_pep("validate", "--format", "github", "--today", TODAY, cwd=root).stdout
    assert f"line={line},col=16," in github


@pytest.mark.parametrize(
    ("value", "column"),
    [
        ("Conseil\x85départemental", 13),  # libyaml folds it into a space: refused everywhere
        ("Conseil\u2028  départemental", 13),  # folded with the spaces after it
    ],
)
def test_a_separator_libyaml_would_misread_is_refused_where_it_is(
    tmp_path: Path, value: str, column: int
) -> None:
    root = make_data_repo(tmp_path / "depot", CANTAL)
    path = root / DEPARTMENTS / CANTAL
    edit(path, SOURCE, f'  - "{value}, Signature officielle')
    lines = path.read_text(encoding="utf-8").split("\n")
    line = next(i for i, text in enumerate(lines, 1) if value in text)
    done = run_pep("validate", "--format", "json", "--today", TODAY, cwd=root)
    assert done.returncode == 1
    [problem] = [p for p in json.loads(done.stdout)["problems"] if p["rule"] == "syntax"]
    assert (problem["line"], problem["column"]) == (line, column)
    assert "lu comme un retour à la ligne par certains outils" in problem["message"]


def test_a_syntax_fault_after_a_separator_is_placed_in_characters(tmp_path: Path) -> None:
    root = make_data_repo(tmp_path / "depot", CANTAL)
    (root / DEPARTMENTS / "99-essai-2022.yaml").write_bytes('a: "é\u2028é"\nb: "x\x1by"\n'.encode())
    done = run_pep("validate", "--format", "json", cwd=root)
    [problem] = [p for p in json.loads(done.stdout)["problems"] if "99-essai" in p["path"]]
    assert (problem["line"], problem["column"]) == (2, 6)


ATTACK = "\x1b]0;pwned\x07\x1b[2J\r::error::faux"


def _hostile(root: Path) -> None:
    # Written as YAML escapes (\e, \a, \r) a double-quoted key holds real control characters.
    edit(
        root / DEPARTMENTS / CANTAL, SIGNED, f'{SIGNED}\n"\\e]0;pwned\\a\\e[2J\\r::error::faux": 1'
    )


@pytest.mark.parametrize("fmt", ["text", "github", "junit"])
def test_control_characters_never_reach_the_terminal_raw(tmp_path: Path, fmt: str) -> None:
    root = make_data_repo(tmp_path / "depot", CANTAL)
    _hostile(root)
    done = run_pep("validate", "--format", fmt, "--today", TODAY, cwd=root)
    assert done.returncode == 1
    assert "\x1b" not in done.stdout and "\x07" not in done.stdout and "\r" not in done.stdout
    assert "\\x1b]0;pwned\\x07\\x1b[2J" in done.stdout
    assert "\n::error::faux" not in done.stdout


def test_control_characters_in_the_brief_of_an_output_run(tmp_path: Path) -> None:
    root = make_data_repo(tmp_path / "depot", CANTAL)
    _hostile(root)
    done = run_pep("validate", "--format", "json", "--output", "r.json", cwd=root)
    assert "\x1b" not in done.stdout
    assert "\\x1b]0;pwned" in done.stdout
    report = json.loads((root / "r.json").read_text())
    assert any(ATTACK in p["message"] for p in report["problems"])  # JSON keeps the data


def test_control_characters_in_diff_and_history(tmp_path: Path) -> None:
    from helpers_ci import git, git_env, init_repo

    root = make_data_repo(tmp_path / "depot", CANTAL)
    env = git_env(tmp_path / "home")
    init_repo(root, env)
    edit(root / DEPARTMENTS / CANTAL, SOURCE, '  - "Conseil \\e[2J\\a départemental du Cantal, Sig')
    done = run_pep("diff", "15", "--from", "HEAD", cwd=root, env=env)
    assert done.returncode == 0, done.stderr
    assert "\x1b" not in done.stdout and "\x07" not in done.stdout
    assert "\\x1b[2J\\x07" in done.stdout
    git(root, "commit", "-qam", "Sources \x1b[2J", env=env)
    done = run_pep("history", "15", cwd=root, env=env)
    assert done.returncode == 0, done.stderr
    assert "\x1b" not in done.stdout
