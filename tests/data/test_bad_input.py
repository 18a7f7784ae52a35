"""Bad input never crashes pep: each is a problem with a position, and the run goes on.

Every case runs the installed ``pep validate`` as a subprocess on a data
repository that holds the bad file and one good convention (Alpes-de-Haute-
Provence 2020, whose late signature gives a known warning: seeing it proves
that the run went on to the other file).
"""

from __future__ import annotations

import json
import random
import re
import resource
import subprocess
from pathlib import Path
from typing import Any

import pytest

from helpers_validate import DATA, ENGLISH, run_pep
from helpers_validate import TODAY as TODAY_DATE
from pep_cli.check.engine import Options, validate
from pep_cli.data.repository import DataRepository
from pep_cli.errors import UsageError

TODAY = ["--today", "2026-11-22"]
OTHER = "04-alpes-de-haute-provence-2020.yaml"
OTHER_WARNING = (f"data/departments/{OTHER}", 29, 12, "signature-deadline")
BAD = "15-cantal-2022.yaml"
CANTAL = (DATA / "departments" / BAD).read_text(encoding="utf-8")


def make_repo(tmp_path: Path, content: bytes) -> Path:
    departments = tmp_path / "repo" / "data" / "departments"
    departments.mkdir(parents=True)
    (departments / OTHER).write_bytes((DATA / "departments" / OTHER).read_bytes())
    (departments / BAD).write_bytes(content)
    return tmp_path / "repo"


def position(text: str, fragment: str, occurrence: int = 1) -> tuple[int, int]:
    """Line and column (from 1) of the ``occurrence``-th ``fragment`` in ``text``."""
    index = -1
    for _ in range(occurrence):
        index = text.index(fragment, index + 1)
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


def validate_json(
    repo: Path, **kwargs: Any
) -> tuple[subprocess.CompletedProcess[str], dict[str, Any]]:
    result = run_pep(["validate", *TODAY, "--format", "json"], cwd=repo, **kwargs)
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stderr == ""
    return result, json.loads(result.stdout)


def bad_file_problems(document: dict[str, Any]) -> list[tuple[int, int, str]]:
    """The problems of the bad file, after checking that the other file was validated too."""
    assert document["summary"]["files"] == 2
    other = [p for p in document["problems"] if p["path"].endswith(OTHER) and "waived" not in p]
    assert [(p["path"], p["line"], p["column"], p["rule"]) for p in other] == [OTHER_WARNING]
    return [
        (p["line"], p["column"], p["rule"])
        for p in document["problems"]
        if p["path"].endswith(BAD) and "waived" not in p
    ]


def assert_refused(
    tmp_path: Path, content: bytes, rule: str, **kwargs: Any
) -> list[tuple[int, int, str]]:
    """Exit 1, only ``rule`` problems in the bad file, each with a position; text output too."""
    repo = make_repo(tmp_path, content)
    result, document = validate_json(repo, **kwargs)
    assert result.returncode == 1
    found = bad_file_problems(document)
    assert found, "the bad file has no problem"
    assert {r for _, _, r in found} == {rule}
    assert all(line > 0 and column > 0 for line, column, _ in found)
    text = run_pep(["validate", *TODAY], cwd=repo, **kwargs)
    assert text.returncode == 1
    assert "Traceback" not in text.stdout + text.stderr
    assert text.stdout.rstrip().splitlines()[-1].startswith("Bilan : 2 fichiers, ")
    return found


def test_not_yaml(tmp_path: Path) -> None:
    content = 'territory: {code: "15", name: Cantal}\n  ]] : : [[\n'
    assert assert_refused(tmp_path, content.encode(), "syntax") == [(2, 3, "syntax")]


def test_empty_file(tmp_path: Path) -> None:
    assert assert_refused(tmp_path, b"", "schema") == [(1, 1, "schema")]


def test_top_level_list(tmp_path: Path) -> None:
    content = b'- territory: {code: "15", name: Cantal}\n- edition: "2022"\n'
    assert assert_refused(tmp_path, content, "schema") == [(1, 1, "schema")]


def test_binary_bytes(tmp_path: Path) -> None:
    content = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    assert assert_refused(tmp_path, content, "syntax") == [(3, 1, "syntax")]


def test_non_utf8_bytes(tmp_path: Path) -> None:
    content = CANTAL.encode("latin-1", errors="replace")  # "é" becomes the single byte 0xE9
    expected = position(CANTAL, "é")
    assert assert_refused(tmp_path, content, "syntax") == [(*expected, "syntax")]


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    repo = make_repo(tmp_path, b"\xef\xbb\xbf" + CANTAL.encode())
    result, document = validate_json(repo)
    assert result.returncode == 0
    assert bad_file_problems(document) == []


def test_crlf_line_ends_are_accepted_and_positions_stay_right(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "valid", CANTAL.replace("\n", "\r\n").encode())
    result, document = validate_json(repo)
    assert result.returncode == 0
    assert bad_file_problems(document) == []

    wrong = CANTAL.replace("fir: {2022: 25000, 2023: 25000", "fir: {2022: 25000, 2023: 25001", 1)
    expected = [(*position(CANTAL, "fir: {2022: 100000, 2023: 100000")[:1], 29, "funding-totals")]
    for name, content in (("lf", wrong), ("crlf", wrong.replace("\n", "\r\n"))):
        found = assert_refused(tmp_path / name, content.encode(), "funding-totals")
        assert found == expected, name


def test_tabs(tmp_path: Path) -> None:
    content = CANTAL.replace("\n  - id: crip\n", "\n\t- id: crip\n")
    line, _ = position(content, "\t- id: crip")
    assert assert_refused(tmp_path, content.encode(), "syntax") == [(line, 1, "syntax")]


def billion_laughs(levels: int = 9, width: int = 9) -> bytes:
    lines = [f"a0: &a0 [{', '.join(['lol'] * width)}]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * width)}]" for i in range(1, levels)]
    return ("\n".join(lines) + "\n").encode()


def one_gibibyte_of_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


def test_alias_bomb_is_answered_quickly_with_bounded_memory(tmp_path: Path) -> None:
    found = assert_refused(
        tmp_path, billion_laughs(), "syntax", timeout=20, preexec_fn=one_gibibyte_of_memory
    )
    assert len(found) == 1


def test_a_10_mb_file(tmp_path: Path) -> None:
    description = "Une description très longue. " * (10 * 1024 * 1024 // 30)
    content = CANTAL.replace(
        "    title: Augmenter le nombre d’entretiens prénataux précoces réalisés par la PMI\n",
        "    title: Augmenter le nombre d’entretiens prénataux précoces réalisés par la PMI\n"
        f"    description: {description.strip()}\n",
    ).encode()
    assert len(content) > 10 * 1024 * 1024
    repo = make_repo(tmp_path, content)
    result, document = validate_json(repo, timeout=600)
    assert result.returncode == 0
    assert bad_file_problems(document) == []


def test_nan_inf_and_huge_numbers_as_amounts_and_targets(tmp_path: Path) -> None:
    huge = "9" * 5000
    amounts = (
        f"  etat: {{2022: .nan, 2023: .inf, 2024: 1e999999}}\n  departement: {{2022: {huge}}}\n"
    )
    targets = (
        f"targets: {{2022: .nan, 2023: -.inf, 2024: 1e999999}}\n        results: {{2022: {huge}}}"
    )
    first_indicator = (
        "targets: {2022: 180, 2023: 210, 2024: 240}\n"
        "        results: {2022: 184, 2023: 204, 2024: 250}"
    )
    content = CANTAL.replace("  etat: {2022: 600000, 2023: 600000, 2024: 600000}\n", amounts)
    content = content.replace(first_indicator, targets)

    def at(fragment: str) -> tuple[int, int, str]:
        """The position of the value that ``fragment`` starts with (each fragment occurs once)."""
        assert content.count(fragment) == 1
        return (*position(content, fragment), "schema")

    expected = [
        at(".nan, 2023: .inf"),
        at(".inf, 2024: 1e999999}\n  departement"),
        at("1e999999}\n  departement"),
        at(huge + "}\n  fir"),
        at(".nan, 2023: -.inf"),
        at("-.inf"),
        at("1e999999}\n        results"),
        at(huge + "}\n    funding"),
    ]
    assert assert_refused(tmp_path, content.encode(), "schema") == sorted(expected)


def test_a_long_hexadecimal_amount(tmp_path: Path) -> None:
    # Neither Decimal("0x...") nor a million-digit int are usable: a schema problem, quickly.
    old = "\n  etat: {2022: 600000,"
    assert CANTAL.count(old) == 1
    content = CANTAL.replace(old, "\n  etat: {2022: 0x" + "F" * 1_000_000 + ",")
    line, column = position(content, "0xFFFF")
    assert assert_refused(tmp_path, content.encode(), "schema", timeout=60) == [
        (line, column, "schema")
    ]


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("recursive alias", CANTAL + "amendments: &loop\n  - *loop\n", None),
        ("two documents", CANTAL + "---\n" + CANTAL, None),
        (
            "undefined alias",
            CANTAL.replace("  ondam: {2022: 110000", "  ondam: *ondam\n  x: {2022: 110000"),
            None,
        ),
        ("10 000 unclosed [", "[" * 10_000, None),
        ("10 000 nested [", "[" * 10_000 + "]" * 10_000, (1, 202)),
        ("100 000 nested [", "[" * 100_000 + "]" * 100_000, (1, 202)),
        ("100 000 nested -", "- " * 100_000 + "x\n", (1, 403)),
        ("100 000 nested {", "a: " + "{a: " * 100_000 + "1" + "}" * 100_000, (1, 804)),
    ],
)
def test_yaml_faults(
    tmp_path: Path, name: str, content: str, expected: tuple[int, int] | None
) -> None:
    found = assert_refused(tmp_path, content.encode(), "syntax", timeout=60)
    assert len(found) == 1, name
    if expected is not None:
        assert found[0][:2] == expected, name


# Fragments that break YAML or the schema in many ways once dropped at random in a file.
MUTATIONS = [
    b"\t",
    b"\x00",
    b"\xe9",
    b"{",
    b"}",
    b"[",
    b"]",
    b":",
    b"- ",
    b"\n",
    b"\r\n",
    b"'",
    b'"',
    b"&a ",
    b"*a",
    b"!!str ",
    b"<<: ",
    b"~",
    b".nan",
    b"-1",
    b"0x1F",
    b"2022",
    b"? ",
    b"#",
    b"---\n",
    b"%YAML 1.1\n",
    b"\\",
    b"|\n",
    b">-\n",
    b"1e400",
    b"true",
    b"2022-02-30",
    b" ",
    b"  ",
    b",",
    b"\x07",
    b"\xef\xbb\xbf",
    b"\xc2\x85",
]


@pytest.mark.parametrize("name", ["15-cantal-2022.yaml", "03-allier-2020.yaml"])
def test_mutated_conventions_never_crash_the_engine(tmp_path: Path, name: str) -> None:
    """Hundreds of randomly damaged files (fixed seed): each gives French, positioned problems."""
    original = (DATA / "departments" / name).read_bytes()
    path = tmp_path / name
    repo = DataRepository(root=tmp_path)
    generator = random.Random(name)
    unexpected = []
    for _ in range(300):
        data = bytearray(original)
        for _ in range(generator.randint(1, 6)):
            at = generator.randrange(len(data))
            if generator.random() < 0.6:
                data[at:at] = generator.choice(MUTATIONS)
            else:
                del data[at : at + generator.randint(1, 20)]
        path.write_bytes(bytes(data))
        try:
            report = validate(repo, [path], Options(today=TODAY_DATE))
        except UsageError as exc:  # a waiver's rule name damaged: refused, French, placed
            if not re.search(
                r"\.yaml:\d+:\d+ : règle « .* » inconnue dans la dérogation", str(exc)
            ):
                unexpected.append(str(exc))
            continue
        for problem in report.problems:
            if (
                problem.line < 1
                or problem.column < 1
                or ENGLISH.search(problem.message)
                or "la règle a échoué" in problem.message
            ):
                unexpected.append(
                    f"{problem.line}:{problem.column} {problem.rule} {problem.message}"
                )
    assert unexpected == []


@pytest.mark.parametrize(("opener", "closer"), [("{", "}"), ("[", "]")])
def test_an_unclosed_bracket_is_shown_where_it_opened(
    tmp_path: Path, opener: str, closer: str
) -> None:
    """libyaml stops lines below the bracket left open: the message names where it opened."""
    opened = f"  etat: {opener}2022: 600000" if opener == "{" else f"  etat: {opener}600000"
    content = f'territory: {{code: "15", name: Cantal}}\nfunding:\n{opened}\nstatus: draft\n'
    found = assert_refused(tmp_path, content.encode(), "syntax")
    assert found == [(4, 7, "syntax")]
    _, document = validate_json(make_repo(tmp_path / "again", content.encode()))
    [problem] = [p for p in document["problems"] if p["path"].endswith(BAD)]
    assert problem["message"] == (
        f"YAML invalide : « , » ou « {closer} » attendu ; « {opener} » ouvert ligne 3, "
        "colonne 9, jamais refermé ?"
    )
