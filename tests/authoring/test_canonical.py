"""The quick answer of pep fmt (pep_cli.authoring.canonical) against ruamel.yaml's round trip.

``already_formatted`` may say "no" for a text in form (the round trip then decides); it must
never say "yes" for a text that the round trip would change. Checked on every YAML file of
the repository, then on thousands of texts altered from conventions in form.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pep_cli.authoring.canonical import already_formatted
from pep_cli.authoring.formatter import FormatError, format_text
from pep_cli.data.yamlsource import read_document

REPO = Path(__file__).resolve().parents[2]
SETTINGS = settings(
    max_examples=400,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
IN_FORM = """\
# Convention de test : en forme.
schema_version: 1
territory: {code: "15", name: Cantal}
edition: "2022"
period: {start: 2022, end: 2024}
status: signed
version: 1
signed_on: 2022-06-24
signatories:
  - {role: prefet, name: "Le préfet du Cantal"}
  - role: ars
    name: 'La directrice générale de l’ARS'

sources:
  - Annonce du 12 mars 2022
actions:
  # Première action.
  - id: crip
    objective: 6
    title: Renforcer la cellule de recueil des informations préoccupantes
    description: >-
      Recrutement de deux travailleurs sociaux, pour des évaluations
      conduites dans les trois mois.
    actors: [Département, ARS]
    indicators:
      - label: Délai moyen d’évaluation
        unit: jours
        baseline: {year: 2021, value: 120.5}
        targets: {2022: 100, 2023: 90, 2024: 80}
        comments:
          2022: |
            Premier exercice.
            Données partielles.
    funding:
      etat: {2022: 60000, 2023: 60000.50, 2024: 60000}  # pep: ignore[funding-totals] avenant
funding:
  etat:
    2022: 60000
    2023: 60000.50
    2024: 60000
reports:
  2022: {status: adopted, adopted_on: 2023-06-30}
illustrative: true
"""


def slow(text: str) -> str | None:
    try:
        return format_text(text, quick=False)
    except FormatError:
        return None


def agrees(text: str) -> bool:
    """The quick answer is "no", or the round trip gives the text back as it is."""
    doc = read_document(Path("x.yaml"), raw=text.encode("utf-8"))
    if not already_formatted(doc):
        return True
    return slow(text) == text


def repository_yaml() -> list[Path]:
    files = []
    for folder in ("data", "tests", "examples", "templates"):
        files += sorted((REPO / folder).rglob("*.yaml")) + sorted((REPO / folder).rglob("*.yml"))
    return [f for f in files if "yaml_test_suite" not in f.parts]


def test_the_base_text_is_in_form_and_recognised() -> None:
    assert slow(IN_FORM) == IN_FORM
    assert already_formatted(read_document(Path("x.yaml"), raw=IN_FORM.encode()))


def test_every_file_of_the_repository() -> None:
    yes = 0
    for path in repository_yaml():
        raw = path.read_bytes()
        doc = read_document(path, raw=raw)
        if already_formatted(doc):
            yes += 1
            assert slow(doc.text) == doc.text, path
    assert yes >= 60


def test_the_shipped_conventions_are_all_recognised() -> None:
    """The quick answer covers what conventions are made of (else it would be dead code)."""
    for path in sorted((REPO / "data" / "departments").glob("*.yaml")):
        doc = read_document(path, raw=path.read_bytes())
        assert already_formatted(doc), path


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("status: signed\nversion: 1\n", "version: 1\nstatus: signed\n"),  # key order
        ("{2022: 100, 2023: 90,", "{2023: 90, 2022: 100,"),  # years
        ('{code: "15"', "{code: '15'"),  # the code in double quotes
        ("2022: 60000\n", '2022: "60000"\n'),  # amounts plain
        ("2022: 60000\n", "2022: 60_000\n"),
        ("\n\nsources", "\n\n\nsources"),  # one blank line
        ("  # Première", "    # Première"),  # comment indentation
        ("status: signed", "status: signed "),  # trailing space
        ("{start: 2022, end: 2024}", "{start: 2022,  end: 2024}"),
        ("{start: 2022, end: 2024}", "{ start: 2022, end: 2024 }"),
        ("version: 1", "version:   1"),
        ("illustrative: true", "illustrative: True"),
        ("objective: 6", "objective: 06"),
        ("name: Cantal", "name: !!str Cantal"),
        ("description: >-", "description: >2-"),
        ("signed_on: 2022-06-24", "signed_on: 2022-06-24T10:00:00"),
        ("  - {role: prefet", "  -   {role: prefet"),
    ],
)
def test_what_the_formatter_changes_is_not_in_form(old: str, new: str) -> None:
    assert old in IN_FORM
    text = IN_FORM.replace(old, new, 1)
    assert not already_formatted(read_document(Path("x.yaml"), raw=text.encode()))
    assert agrees(text)


LINES = IN_FORM.split("\n")[:-1]
_PIECES = st.sampled_from(
    [
        "",
        " ",
        "  ",
        "#",
        "# note",
        "  # note",
        "a",
        "é",
        "\u00a0",
        "«\u202f",
        "’",
        ":",
        ": ",
        " #",
        "-",
        "- ",
        ",",
        "{",
        "}",
        "[",
        "]",
        "'",
        '"',
        "\\",
        "&x ",
        "*x",
        "!",
        "|",
        ">",
        "0",
        "1",
        ".5",
        "2022",
        "1_0",
        "true",
        "null",
        "~",
        "\u2028",
        "😀",
        "\x7f",
        "x: y",
    ]
)


@st.composite
def altered(draw: st.DrawFn) -> str:
    """A text in form with a few edits: a piece put in or taken out, a line moved or copied."""
    lines = list(LINES)
    for _ in range(draw(st.integers(1, 3))):
        index = draw(st.integers(0, len(lines) - 1))
        edit = draw(st.sampled_from(["insert", "delete", "move", "copy", "line"]))
        line = lines[index]
        if edit == "insert":
            at = draw(st.integers(0, len(line)))
            lines[index] = line[:at] + draw(_PIECES) + line[at:]
        elif edit == "delete" and line:
            at = draw(st.integers(0, len(line) - 1))
            lines[index] = line[:at] + line[at + draw(st.integers(1, 3)) :]
        elif edit == "move" and index + 1 < len(lines):
            lines[index], lines[index + 1] = lines[index + 1], lines[index]
        elif edit == "copy":
            lines.insert(index, line)
        else:
            lines.insert(index, " " * draw(st.integers(0, 8)) + draw(_PIECES))
    return "\n".join(lines) + "\n"


@SETTINGS
@given(altered())
def test_an_altered_text_is_in_form_only_if_the_round_trip_keeps_it(text: str) -> None:
    assert agrees(text)
