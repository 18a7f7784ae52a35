"""pep's YAML reader on the official YAML test suite (vendored, MIT: see yaml_test_suite/).

Three promises: no case crashes pep; a case pep reads gets the suite's value (a valid case
pep cannot read the way YAML 1.2 does is refused, never read otherwise); every message is
French. libyaml, which pep reads through, accepts a few texts the suite calls invalid: they
are listed below, so that the list can only change on purpose.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from helpers_validate import ENGLISH, run_pep
from pep_cli.authoring.formatter import FormatError, format_text
from pep_cli.data.yamlsource import read_document

SUITE = Path(__file__).resolve().parent / "yaml_test_suite" / "cases.json"
CASES: list[dict[str, Any]] = json.loads(SUITE.read_text(encoding="utf-8"))

# Invalid in YAML 1.2, read by libyaml (and so by pep) all the same.
LIBYAML_ACCEPTS = {
    "9C9N": "a flow sequence's lines not indented under its key",
    "9JBA": "a comment glued to a flow sequence's closing bracket",
    "CVW2": "a comment glued to a comma in a flow sequence",
    "DK95/01": "a tab that indents a double-quoted scalar's second line",
    "G5U8": "a plain « - » in a flow sequence",
    "QB6E": "a double-quoted scalar's lines not indented under its key",
    "S98Z": "a block scalar's empty lines more indented than its comment",
    "SU5Z": "a comment glued to a double-quoted scalar",
    "X4QW": "a comment glued to the « > » of a block scalar",
    "Y79Y/003": "a tab that indents a flow sequence's entry",
    "YJV2": "a plain « - » alone in a flow sequence",
}

# Anything that is not French in a message, once the quoted excerpts « … » are taken out.
_QUOTED = re.compile(r"« [^»]* »")
_MORE_ENGLISH = re.compile(
    r"\b(occurrence|follow up|overlap|indicator|scalar|token|directive name)\b"
)


def _english(message: str) -> bool:
    bare = _QUOTED.sub("", message)
    return bool(ENGLISH.search(bare) or _MORE_ENGLISH.search(bare))


def _as_json(value: Any) -> Any:
    """A value as the suite's JSON gives it: dates as their text, numbers as Decimal."""
    if isinstance(value, dict):
        return {str(key): _as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_as_json(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    return value


def _json_value(text: str) -> tuple[bool, Any]:
    """(single document?, its value) of an ``in.json``, numbers as Decimal."""
    try:
        return True, _as_json(json.loads(text, parse_float=Decimal))
    except json.JSONDecodeError:  # a stream of several documents
        return False, None


def _read(case: dict[str, Any]) -> Any:
    return read_document(Path(f"{case['id']}.yaml"), case["yaml"].encode("utf-8"))


def test_the_vendored_suite_is_whole() -> None:
    assert len(CASES) == 402
    assert sum(case["error"] for case in CASES) == 94
    assert (SUITE.parent / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")


def test_no_case_pep_reads_gets_another_value() -> None:
    read, refused, compared = 0, 0, 0
    for case in CASES:
        if case["error"]:
            continue
        doc = _read(case)
        if doc.faults:
            refused += 1
            continue
        read += 1
        single, expected = _json_value(case.get("json", ""))
        if not single or "json" not in case:
            continue
        compared += 1
        assert _as_json(doc.data) == expected, f"{case['id']} ({case['name']}): {doc.data!r}"
    # What pep cannot read the way YAML 1.2 does (several documents, complex keys, tags,
    # "! 12"-like corner cases of libyaml) it refuses; the rest is read, and compared.
    assert read >= 200 and compared >= 200, (read, compared)
    assert refused <= 110, refused


@pytest.mark.parametrize(
    ("case_id", "value"),
    [
        ("S4JQ", ["12", 12, "12"]),  # "! 12": the non-specific tag makes text of it
        ("JEF9/02", ["\n"]),  # a last line of spaces with no line break, in "|+"
        ("L24T/01", {"foo": "x\n \n"}),
    ],
)
def test_values_libyaml_gets_wrong_are_right(case_id: str, value: Any) -> None:
    (case,) = [case for case in CASES if case["id"] == case_id]
    doc = _read(case)
    assert doc.faults == []
    assert doc.data == value


@pytest.mark.parametrize(
    ("case_id", "message"),
    [
        ("Y2GN", "nom d'ancre ou d'alias « an:chor » : pep n'y admet que lettres"),
        ("652Z", "« ? » collé à la valeur entre crochets ou accolades"),
        ("HM87/01", "« ? » collé à la valeur entre crochets ou accolades"),
        ("MUS6/02", "directive « %YAML 1.1 » : pep lit le YAML 1.2"),
        ("3GZX", "ancre « &anchor » définie une seconde fois (première définition ligne 1)"),
        ("6LVF", "directive inconnue : seules « %YAML » et « %TAG » existent"),
    ],
)
def test_what_libyaml_would_read_otherwise_is_refused_in_french(case_id: str, message: str) -> None:
    (case,) = [case for case in CASES if case["id"] == case_id]
    faults = _read(case).faults
    assert any(message in fault.message and fault.kind == "syntax" for fault in faults), faults


def test_invalid_cases_are_refused_except_those_libyaml_accepts() -> None:
    accepted = {case["id"] for case in CASES if case["error"] and not _read(case).faults}
    assert accepted == set(LIBYAML_ACCEPTS)


def test_every_message_of_the_reader_and_of_fmt_is_french() -> None:
    english: list[str] = []
    for case in CASES:
        for fault in _read(case).faults:
            if _english(fault.message):
                english.append(f"{case['id']}: {fault.message}")
        try:
            format_text(case["yaml"], name=case["id"])
        except FormatError as exc:
            # A comment the formatting would lose is quoted as written (in English here).
            if _english(exc.message) and "perdrait le commentaire" not in exc.message:
                english.append(f"{case['id']} (fmt): {exc.message}")
    assert english == []


@pytest.fixture(scope="module")
def suite_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every case as a file of a data repository's conventions folder."""
    root = tmp_path_factory.mktemp("yaml-test-suite")
    folder = root / "data" / "departments"
    folder.mkdir(parents=True)
    for case in CASES:
        name = case["id"].replace("/", "-") + ".yaml"
        (folder / name).write_bytes(case["yaml"].encode("utf-8"))
    return root


def test_pep_validate_goes_through_every_case(suite_repo: Path) -> None:
    completed = run_pep(["validate", "--format", "json", "--no-cache"], cwd=suite_repo)
    assert completed.returncode == 1, completed.stderr
    assert "Traceback" not in completed.stderr
    report = json.loads(completed.stdout)
    assert report["summary"]["files"] == len(CASES)
    english = [p["message"] for p in report["problems"] if _english(p["message"])]
    assert english == []
    syntax_files = {p["path"] for p in report["problems"] if p["rule"] == "syntax"}
    assert len(syntax_files) >= 180  # the invalid cases and what pep refuses, each at a place


def test_pep_fmt_goes_through_every_case(suite_repo: Path) -> None:
    before = {p.name: p.read_bytes() for p in (suite_repo / "data" / "departments").iterdir()}
    completed = run_pep(["fmt", "--check", "--no-cache"], cwd=suite_repo)
    assert completed.returncode == 1, completed.stderr
    assert "Traceback" not in completed.stderr and "erreur interne" not in completed.stderr
    for line in completed.stdout.splitlines() + completed.stderr.splitlines():
        if "perdrait le commentaire" not in line:
            assert not _english(line), line
    after = {p.name: p.read_bytes() for p in (suite_repo / "data" / "departments").iterdir()}
    assert after == before  # --check writes nothing
