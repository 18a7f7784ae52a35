"""The command line at the level of ruff and yamllint: what a person types, what pep prints.

Every test runs the installed ``pep``; colour, width and progress are read on a real
pseudo-terminal (pexpect), the rest through pipes.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from helpers_terminal import ANSI, in_terminal
from helpers_validate import PEP, copy_data_repository, run_pep
from pep_cli.check.rules import RULES

TODAY = ["--today", "2026-11-22"]
CANTAL = Path("data/departments/15-cantal-2022.yaml")
OLD_FIR = "  fir: {2022: 100000, 2023: 100000, 2024: 100000}\n"
NEW_FIR = "  fir: {2022: 100000, 2023: 100001, 2024: 100000}\n"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return copy_data_repository(tmp_path / "repo")


def break_totals(repo: Path) -> None:
    path = repo / CANTAL
    text = path.read_text(encoding="utf-8")
    assert OLD_FIR in text
    path.write_text(text.replace(OLD_FIR, NEW_FIR), encoding="utf-8")


def concise(result: subprocess.CompletedProcess[str]) -> list[str]:
    """The problems' lines, but the shipped data's waived illustrative marks (demonstration)."""
    return [
        line
        for line in result.stdout.splitlines()
        if not line.startswith("Bilan") and "[illustrative-value]" not in line
    ]


# --- 1. pep alone ---------------------------------------------------------------------------------


@pytest.mark.parametrize("command", [[str(PEP)], [sys.executable, "-m", "pep_cli"]])
def test_pep_alone_prints_the_help(tmp_path: Path, command: list[str]) -> None:
    done = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Usage : pep [OPTIONS] COMMAND [ARGS]...")
    assert "Commandes :" in done.stdout and "  validate " in done.stdout
    assert done.stderr == ""


# --- 2. walking a folder --------------------------------------------------------------------------


def test_walking_a_folder_keeps_conventions_and_obeys_gitignore(repo: Path) -> None:
    cantal = (repo / CANTAL).read_text(encoding="utf-8")
    for stray in (
        ".venv/lib/site-packages/pkg/config.yaml",
        ".github/workflows/ci.yml",
        "tests/fixtures/broken.yaml",
        "data/departments/brouillons/15-cantal-2025.yaml",
        "data/departments/archives/old.yaml",
    ):
        (repo / stray).parent.mkdir(parents=True, exist_ok=True)
        (repo / stray).write_text("{ not: [yaml\n", encoding="utf-8")
    (repo / "data/departments/archives/keep.yaml").write_text(
        cantal.replace("period: {start: 2022, end: 2024}", "period: {start: 2016, end: 2018}"),
        encoding="utf-8",
    )
    (repo / ".gitignore").write_text("brouillons/\n", encoding="utf-8")
    (repo / "data/departments/archives/.gitignore").write_text(
        "*.yaml\n!keep.yaml\n", encoding="utf-8"
    )

    walked = run_pep(["validate", ".", "-f", "json", *TODAY], cwd=repo)
    assert walked.returncode in (0, 1), walked.stderr
    report = json.loads(walked.stdout)
    assert report["summary"]["files"] == 10  # the nine shipped conventions and archives/keep.yaml
    assert {p["path"] for p in report["problems"]} <= {
        *(f"data/departments/{p.name}" for p in (repo / "data/departments").glob("*.yaml")),
        "data/departments/archives/keep.yaml",
    }
    everyone = run_pep(["validate", "-f", "json", *TODAY], cwd=repo)
    assert json.loads(everyone.stdout)["summary"]["files"] == 10

    # A file named on the command line is validated even where a walk would not go.
    named = run_pep(["validate", "tests/fixtures/broken.yaml", "-f", "concise"], cwd=repo)
    assert named.returncode == 1
    assert named.stdout.startswith("tests/fixtures/broken.yaml:")


# --- 4. colour ------------------------------------------------------------------------------------


def test_colour_on_a_terminal_and_never_when_asked_not_to(repo: Path) -> None:
    break_totals(repo)
    coloured = in_terminal(["validate", *TODAY], cwd=repo)
    assert coloured.code == 1
    assert f"{ANSI}1;31merreur" in coloured.text
    for args, env in (
        (["validate", *TODAY], {"NO_COLOR": "1"}),
        (["validate", "--color", "never", *TODAY], {}),
        (["--color", "never", "validate", *TODAY], {"FORCE_COLOR": "1"}),
        (["rules"], {"NO_COLOR": "1"}),
        (["validate", *TODAY], {"TERM": "dumb"}),
    ):
        plain = in_terminal(args, cwd=repo, **env)
        assert ANSI not in plain.text, (args, env, plain.text[:300])
        assert "erreur" in plain.text or "règle" in plain.text


def test_colour_through_a_pipe_only_when_forced(repo: Path) -> None:
    break_totals(repo)
    env = {**os.environ, "LC_ALL": "C.UTF-8"}
    env.pop("NO_COLOR", None)
    for extra, args, coloured in (
        ({}, [], False),
        ({"FORCE_COLOR": "1"}, [], True),
        ({}, ["--color", "always"], True),
        ({"NO_COLOR": "1"}, ["--color", "always"], True),
        ({"NO_COLOR": "1", "FORCE_COLOR": "1"}, [], False),
    ):
        done = subprocess.run(
            [str(PEP), "validate", *TODAY, *args],
            cwd=repo,
            env={**env, **extra},
            capture_output=True,
            text=True,
            check=False,
        )
        assert (ANSI in done.stdout) is coloured, (extra, args)


def test_bad_colour_value_is_a_usage_error(repo: Path) -> None:
    done = run_pep(["validate", "--color", "parfois"], cwd=repo)
    assert done.returncode == 2
    assert "--color : « parfois » invalide ; valeurs : auto, always, never" in done.stderr


# --- 5. the flags users expect ----------------------------------------------------------------


def test_select_and_ignore_rules(repo: Path) -> None:
    break_totals(repo)
    everything = concise(run_pep(["validate", "-f", "concise", *TODAY], cwd=repo))
    assert {line.rsplit("[", 1)[1] for line in everything} == {
        "funding-totals]",
        "signature-deadline]",
    }
    selected = run_pep(
        ["validate", "-f", "concise", "--select", "signature-deadline", *TODAY], cwd=repo
    )
    assert selected.returncode == 0
    assert all(line.endswith("[signature-deadline]") for line in concise(selected))
    assert len(concise(selected)) == 3
    ignored = run_pep(
        ["validate", "-f", "concise", "--ignore", "signature-deadline,file-name", *TODAY], cwd=repo
    )
    assert ignored.returncode == 1
    assert [line.rsplit("[", 1)[1] for line in concise(ignored)] == ["funding-totals]"]
    typo = run_pep(["validate", "--select", "funding-total"], cwd=repo)
    assert typo.returncode == 2
    assert (
        "--select : règle « funding-total » inconnue ; vouliez-vous dire « funding-totals » ?"
        in (typo.stderr)
    )


def test_exit_zero_quiet_and_verbose(repo: Path) -> None:
    break_totals(repo)
    zero = run_pep(["validate", "--exit-zero", *TODAY], cwd=repo)
    assert zero.returncode == 0 and "funding-totals" in zero.stdout
    quiet = run_pep(["validate", "-q", *TODAY], cwd=repo)
    assert quiet.returncode == 1
    assert "Bilan" not in quiet.stdout and "[funding-totals]" in quiet.stdout
    clean = run_pep(
        ["validate", "-q", "--ignore", "funding-totals,signature-deadline", *TODAY], cwd=repo
    )
    assert clean.returncode == 0 and clean.stdout == ""
    verbose = run_pep(["validate", "-v", *TODAY], cwd=repo)
    assert f"pep : dépôt de données : {repo.resolve()}" in verbose.stderr
    assert "pep : configuration : aucune (réglages par défaut)" in verbose.stderr
    assert f"pep : lu : {CANTAL.as_posix()}" in verbose.stderr
    from pep_cli.check.rules import RULES

    assert f"pep : {len(RULES)} règles appliquées" in verbose.stderr
    assert re.search(r"pep : 9 fichiers en \d+,\d\d s", verbose.stderr)


def test_statistics_per_rule_and_per_file(repo: Path) -> None:
    break_totals(repo)
    done = run_pep(["validate", "--statistics", *TODAY], cwd=repo)
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert lines[0] == "Par règle :"
    assert re.fullmatch(r"  3  signature-deadline +avertissement", lines[1])
    assert re.fullmatch(r"  1  funding-totals +erreur", lines[2])
    assert "Par fichier :" in lines
    assert f"  1  {CANTAL.as_posix()} (1 erreur)" in lines
    assert lines[-1] == (
        "Bilan : 9 fichiers, 1 erreur, 3 avertissements, 6 problèmes levés ; 1 fichier en erreur"
    )


def test_concise_is_one_line_per_problem(repo: Path) -> None:
    break_totals(repo)
    done = run_pep(["validate", "-f", "concise", *TODAY], cwd=repo)
    lines = [line for line in done.stdout.splitlines() if ": levé (" not in line]
    assert len(lines) == 5
    assert re.fullmatch(
        rf"{CANTAL.as_posix()}:\d+:29: erreur : fir 2023 : total déclaré .* \[funding-totals\]",
        lines[1],
    )


def test_config_file_and_pep_config(repo: Path, tmp_path: Path) -> None:
    settings = tmp_path / "autre.toml"
    settings.write_text('[rules]\nsignature-deadline = "off"\n', encoding="utf-8")
    (repo / "pep.toml").write_text('[rules]\nfile-name = "error"\n', encoding="utf-8")
    own = run_pep(["config"], cwd=repo)
    assert own.returncode == 0, own.stderr
    assert f"Configuration : {repo.resolve() / 'pep.toml'} (dépôt)" in own.stdout
    assert re.search(
        rf"  file-name +erreur +{re.escape(str(repo.resolve() / 'pep.toml'))}", own.stdout
    )
    assert re.search(r"  signature-deadline +avertissement +défaut", own.stdout)
    other = run_pep(["config", "--config", settings, "-f", "json"], cwd=repo)
    data = json.loads(other.stdout)
    assert data["config"] == {"value": str(settings), "from": "--config"}
    levels = {r["rule"]: (r["level"], r["from"]) for r in data["rules"]}
    assert levels["signature-deadline"] == ("off", str(settings))
    assert levels["file-name"] == ("warning", "défaut")
    assert len(levels) == len(RULES)
    validated = run_pep(["validate", "--config", settings, *TODAY], cwd=repo)
    assert validated.returncode == 0
    assert validated.stdout.splitlines()[-1] == (
        "Bilan : 9 fichiers, 0 erreur, 0 avertissement, 6 problèmes levés"
    )
    missing = run_pep(["validate", "--config", tmp_path / "absent.toml"], cwd=repo)
    assert missing.returncode == 2 and "n'existe pas" in missing.stderr


def test_short_version_and_shell_completion(repo: Path) -> None:
    version = run_pep(["-V"], cwd=repo)
    assert version.returncode == 0 and re.fullmatch(r"pep \d+\.\d+\.\d+\n", version.stdout)
    script = run_pep(["completion", "bash"], cwd=repo)
    assert script.returncode == 0 and "_PEP_COMPLETE=complete_bash" in script.stdout
    env = {
        **os.environ,
        "_PEP_COMPLETE": "complete_bash",
        "COMP_WORDS": "pep val",
        "COMP_CWORD": "1",
    }
    done = subprocess.run(
        [str(PEP)], cwd=repo, env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and done.stdout.split() == ["validate"]
    env.update(COMP_WORDS="pep validate --sta", COMP_CWORD="2")
    done = subprocess.run(
        [str(PEP)], cwd=repo, env=env, capture_output=True, text=True, check=False
    )
    assert done.stdout.split() == ["--statistics"]
    wrong = run_pep(["completion", "tcsh"], cwd=repo)
    assert wrong.returncode == 2 and "shell « tcsh » non pris en charge" in wrong.stderr


# --- 6. standard input ----------------------------------------------------------------------------


def test_validate_stdin_with_its_filename_replaces_that_file(repo: Path) -> None:
    text = (repo / CANTAL).read_text(encoding="utf-8").replace(OLD_FIR, NEW_FIR)
    args = ["validate", "-", "-f", "concise", *TODAY]
    named = subprocess.run(
        [str(PEP), *args, "--stdin-filename", str(CANTAL)],
        cwd=repo,
        input=text,
        capture_output=True,
        text=True,
        check=False,
    )
    assert named.returncode == 1
    lines = concise(named)
    # Cross-file rules see the repository with the file replaced: no overlap with itself.
    line = text.splitlines().index(NEW_FIR.rstrip("\n")) + 1
    assert [line_.split(": ", 1)[0] for line_ in lines] == [f"{CANTAL.as_posix()}:{line}:29"]
    assert lines[0].endswith("[funding-totals]")
    assert (repo / CANTAL).read_text(encoding="utf-8").count(OLD_FIR) == 1  # disk untouched
    anonymous = subprocess.run(
        [str(PEP), *args], cwd=repo, input=text, capture_output=True, text=True, check=False
    )
    rules = sorted(line.rsplit("[", 1)[1] for line in concise(anonymous))
    # Without a name it is one more convention: it overlaps the Cantal's, and has no name to check.
    assert rules == ["funding-totals]", "overlapping-periods]"]
    assert all(line.startswith("-:") for line in concise(anonymous))


def test_fmt_stdin_writes_to_stdout(repo: Path) -> None:
    original = (repo / CANTAL).read_text(encoding="utf-8")
    messy = original.replace("  fir: {2022: 100000", "  fir: {2022: 100_000")
    done = subprocess.run(
        [str(PEP), "fmt", "-"], cwd=repo, input=messy, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == original
    broken = subprocess.run(
        [str(PEP), "fmt", "-", "--stdin-filename", "x.yaml"],
        cwd=repo,
        input="a: [\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert broken.returncode == 1
    assert broken.stdout == "a: [\n"  # an editor keeps its buffer
    assert broken.stderr.startswith("x.yaml:2:1: ")


# --- 10. help -------------------------------------------------------------------------------------


def test_help_keeps_every_description_whole(repo: Path) -> None:
    wide = in_terminal(["--help"], cwd=repo, columns=200)
    assert wide.code == 0
    assert "…" not in wide.text.replace("VS Code…", "")
    summary = "Valide les conventions : schéma, catalogue des objectifs et règles de leur édition."
    assert f"  validate    {summary}\n" in wide.text
    assert "Options :" in wide.text and "Commandes :" in wide.text
    narrow = in_terminal(["--help"], cwd=repo, columns=60)
    assert "..." not in narrow.text.split("Commandes :")[1]
    assert max(len(line) for line in narrow.text.splitlines()) <= 60


# --- 11. waivers are comments ---------------------------------------------------------------------


TITLE = "    title: Augmenter le nombre d’entretiens prénataux précoces réalisés par la PMI\n"


@pytest.mark.parametrize(
    ("second_title", "lifted"),
    [
        ('    title: "Voir la note # pep: ignore[duplicate-key] citée"\n', False),
        ("    title: 'Voir # pep: ignore[duplicate-key] citée'\n", False),
        ("    title: >-\n      Voir la note\n      # pep: ignore[duplicate-key] citée\n", False),
        ('    title: "Voir la note"  # pep: ignore[duplicate-key] vraie raison\n', True),
        ("    # pep: ignore[duplicate-key] vraie raison\n    title: Autre\n", True),
    ],
)
def test_only_comments_are_waivers(repo: Path, second_title: str, lifted: bool) -> None:
    """A waiver is read from comment tokens only, never from inside a value."""
    path = repo / CANTAL
    text = path.read_text(encoding="utf-8")
    assert TITLE in text
    path.write_text(text.replace(TITLE, TITLE + second_title, 1), encoding="utf-8")
    done = run_pep(
        ["validate", CANTAL, "-f", "json", *TODAY, "--select", "duplicate-key"], cwd=repo
    )
    problems = json.loads(done.stdout)["problems"]
    assert [(p["rule"], p.get("waived")) for p in problems] == [
        ("duplicate-key", "vraie raison" if lifted else None)
    ]
    assert done.returncode == (0 if lifted else 1)


# --- 7. text output for many files ---------------------------------------------------------------


def test_messages_wrap_at_word_boundaries_on_a_narrow_terminal(repo: Path) -> None:
    break_totals(repo)
    as_json = run_pep(["validate", "-f", "json", *TODAY], cwd=repo)
    message = next(
        p["message"]
        for p in json.loads(as_json.stdout)["problems"]
        if p["rule"] == "funding-totals"
    )
    screen = in_terminal(["validate", "--color", "never", *TODAY], cwd=repo, columns=72)
    lines = screen.text.splitlines()
    assert max(len(line) for line in lines) <= 72
    start = next(i for i, line in enumerate(lines) if "erreur  fir 2023" in line)
    end = next(i for i in range(start, len(lines)) if "[funding-totals]" in lines[i])
    assert end > start  # wrapped over several lines...
    # ...and only at plain spaces between words (never at a no-break space, never inside a
    # word): joined again, the message is whole.
    words = [w for line in lines[start : end + 1] for w in line.split(" ") if w]
    expected = [w for w in f"{message}  [funding-totals]".split(" ") if w]
    assert words[-len(expected) :] == expected
    # The summary wraps too.
    summary = " ".join(lines[next(i for i, line in enumerate(lines) if line.startswith("Bilan")) :])
    assert " ".join(summary.split()) == (
        "Bilan : 9 fichiers, 1 erreur, 3 avertissements, 6 problèmes levés ; 1 fichier en erreur"
    )


# --- 8. messages ----------------------------------------------------------------------------------


def test_schema_messages_suggest_and_name_the_rules_not_run(repo: Path) -> None:
    path = repo / CANTAL
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("\nstatus: signed\n", "\nstatus: signe\n").replace(
            "\nversion: 1\n", "\nversoin: 1\n"
        ),
        encoding="utf-8",
    )
    done = run_pep(["validate", CANTAL, *TODAY], cwd=repo)
    assert done.returncode == 1
    out = done.stdout
    assert (
        "valeur « signe » non admise (valeurs possibles : « draft », « signed », « closed ») ; "
        "vouliez-vous dire « signed » ?"
    ) in out
    # A misspelt key is one problem, not « champ obligatoire absent » as well.
    assert "vouliez-vous dire « version » (champ obligatoire absent) ?" in out
    assert "champ obligatoire « version » absent" not in out
    assert out.count("[schema]") == 2
    assert "ces règles ne s'appliquent pas à ce fichier : territory, edition," in out
    assert "funding-totals" in out.split("ne s'appliquent pas")[1]


def test_configuration_errors_carry_line_and_column(repo: Path) -> None:
    (repo / "pep.toml").write_text('[rules]\n  fle-name = "off"\n', encoding="utf-8")
    done = run_pep(["validate"], cwd=repo)
    assert done.returncode == 2
    assert (
        f"configuration {repo.resolve() / 'pep.toml'}:2:3 : règle « fle-name » inconnue"
        in (done.stderr)
        or "pep.toml:2:3 : règle « fle-name » inconnue" in done.stderr
    )


def test_no_english_in_usage_errors_and_new_suggests_a_code(repo: Path) -> None:
    missing = run_pep(["validate", "--format"], cwd=repo)
    assert missing.returncode == 2
    assert "pep : erreur : l'option --format attend une valeur" in missing.stderr
    assert "requires" not in missing.stderr and "Option" not in missing.stderr
    unknown = run_pep(["new", "99"], cwd=repo)
    assert unknown.returncode == 2
    assert "territoire « 99 » inconnu" in unknown.stderr and "vouliez-vous dire" in unknown.stderr
    help_text = run_pep(["validate", "--help"], cwd=repo).stdout
    assert "Options :" in help_text and "Arguments :" in help_text
    assert "Options:" not in help_text


def test_diff_of_an_unchanged_file_says_so(repo: Path) -> None:
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], cwd=repo, check=True)
    subprocess.run([*git, "add", "-A"], cwd=repo, check=True)
    subprocess.run([*git, "commit", "-qm", "init"], cwd=repo, check=True)
    text = run_pep(["diff", "15"], cwd=repo)
    assert text.returncode == 0
    assert "aucun changement" in text.stdout
    data = json.loads(run_pep(["diff", "15", "-f", "json"], cwd=repo).stdout)
    assert [c["status"] for c in data["conventions"]] == ["unchanged"]
    history = run_pep(["history", "15"], cwd=repo)
    assert " : 1 commit, du plus récent au plus ancien" in history.stdout
