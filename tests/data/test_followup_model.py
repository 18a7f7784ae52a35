"""The follow-up data model: results, reports, execution, the illustrative mark, deadlines.

The schema cases (``tests/check/rules/schema/*-followup.yaml``) check positions and
messages; here, what the model gives the code that reads it.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from helpers_ci import BIN, run_pep
from pep_cli.authoring.formatter import format_text
from pep_cli.data.catalogue import Catalogue
from pep_cli.data.illustrative import is_illustrative
from pep_cli.data.model import Convention, validate
from pep_cli.data.repository import DataRepository
from pep_cli.data.yamlsource import read_document

CASES = Path(__file__).resolve().parents[1] / "check" / "rules" / "schema"
PASS = CASES / "pass-followup.yaml"


def model(path: Path = PASS) -> Convention:
    convention, errors = validate(read_document(path).data)
    assert errors == []
    assert convention is not None
    return convention


def with_marks(**marks: Any) -> Convention:
    """The passing case with other ``illustrative:`` marks (convention, action, indicator)."""
    data = read_document(PASS).data
    data.pop("illustrative", None)
    action = data["actions"][0]
    action.pop("illustrative", None)
    indicator = action["indicators"][0]
    indicator.pop("illustrative", None)
    for where, mark in marks.items():
        {"convention": data, "action": action, "indicator": indicator}[where]["illustrative"] = mark
    convention, errors = validate(data)
    assert errors == [], errors
    assert convention is not None
    return convention


def test_follow_up_fields_are_read_exactly() -> None:
    convention = model()
    indicator = convention.actions[0].indicators[0]
    assert indicator.direction == "up"
    assert convention.actions[6].indicators[0].direction == "down"
    assert convention.actions[1].indicators[0].direction == "up"  # the default
    assert indicator.code == "epp-pmi"
    assert indicator.results == {2022: Decimal(455)}
    assert indicator.comments == {2022: "Recrutement d’une sage-femme au 2e semestre"}
    assert convention.execution["fir"][2022].paid == Decimal("100000")
    assert convention.execution["fir"][2022].spent == Decimal("91000")
    assert convention.execution["departement"][2022].paid is None
    assert convention.reports[2022].status == "adopted"
    assert convention.reports[2022].adopted_on == dt.date(2023, 6, 20)
    assert convention.reports[2023].adopted_on is None


def test_marks_of_the_passing_case() -> None:
    convention = model()
    action = convention.actions[0]
    indicator = action.indicators[0]
    inside = (convention, action)
    assert is_illustrative(indicator, "results", 2022, within=inside)
    assert is_illustrative(indicator, "targets", 2024, within=inside)
    assert not is_illustrative(indicator, "baseline", within=inside)
    assert is_illustrative(action, "funding", "fir", 2022, within=(convention,))
    assert is_illustrative(convention, "execution", "fir", 2022)
    assert is_illustrative(convention, "reports", 2022)
    assert not is_illustrative(convention, "funding", "fir", 2022)
    report_2023 = convention.reports[2023]
    assert is_illustrative(report_2023, "summary", within=(convention,))
    departement = convention.execution["departement"][2022]
    assert is_illustrative(departement, "spent")
    assert not is_illustrative(convention.actions[1].indicators[0], "results", 2022)


@pytest.mark.parametrize(
    ("marks", "expected"),
    [
        ({}, False),
        ({"indicator": True}, True),
        ({"indicator": ["results"]}, True),
        ({"indicator": ["results.2022"]}, True),
        ({"indicator": ["results.2023"]}, False),
        ({"indicator": ["targets"]}, False),
        ({"action": True}, True),
        ({"action": ["results"]}, True),  # a field of its indicators: all of them
        ({"action": ["indicators"]}, True),
        ({"action": ["funding"]}, False),  # its own field only
        ({"convention": True}, True),
        ({"convention": ["results.2022"]}, True),
        ({"convention": ["actions"]}, True),
        ({"convention": ["funding", "execution"]}, False),
    ],
)
def test_marks_inherit_from_enclosing_blocks(marks: dict[str, Any], expected: bool) -> None:
    convention = with_marks(**marks)
    action = convention.actions[0]
    indicator = action.indicators[0]
    assert is_illustrative(indicator, "results", 2022, within=(convention, action)) is expected


def test_a_mark_on_the_convention_s_funding_is_not_the_actions_funding() -> None:
    convention = with_marks(convention=["funding"])
    action = convention.actions[0]
    assert is_illustrative(convention, "funding", "fir", 2023)
    assert not is_illustrative(action, "funding", "fir", 2023, within=(convention,))


def test_report_deadlines_by_edition_and_exercise() -> None:
    catalogue = DataRepository(None).catalogue
    first, second, third = (catalogue.editions[name] for name in ("2020", "2021", "2022"))
    assert first.report_due(2020) == dt.date(2021, 9, 30)  # postponed (weka.fr)
    assert first.report_due(2021) == dt.date(2022, 4, 30)  # état d'exécution (instruction 2022/61)
    assert first.report_due(2022) == dt.date(2023, 6, 30)  # the rule of the edition
    assert second.report_due(2021) == dt.date(2022, 4, 30)
    assert third.report_due(2023) == dt.date(2024, 6, 30)
    assert "weka.fr" in (first.report_source(2020) or "")
    assert "2022/61" in (first.report_source(2021) or "")
    for edition in (first, second, third):
        assert edition.report_source(2024), "every deadline cites its source"


def test_the_catalogue_accepts_national_indicators() -> None:
    data = read_document(DataRepository(None).data_file("catalogue.yaml")).data
    data["indicators"] = [
        {
            "code": "epp-pmi",
            "label": "Entretiens prénataux précoces réalisés par la PMI",
            "unit": "nombre",
            "source": "Tableau de bord national",
        },
        {
            "code": "delai-crip",
            "label": "Délai d’évaluation",
            "unit": "jours",
            "direction": "down",
            "source": "x",
        },
    ]
    catalogue = Catalogue.model_validate(data)
    assert catalogue.indicator_by_code["epp-pmi"].direction == "up"
    assert catalogue.indicator_by_code["delai-crip"].direction == "down"
    data["indicators"].append(data["indicators"][0])
    with pytest.raises(ValueError, match="deux fois"):
        Catalogue.model_validate(data)


def test_the_json_schema_accepts_follow_up_data_and_refuses_a_bad_direction(
    tmp_path: Path,
) -> None:
    schema = tmp_path / "convention.schema.json"
    assert run_pep("schema", "-o", str(schema), cwd=tmp_path).returncode == 0

    def check(path: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(BIN / "check-jsonschema"), "--schemafile", str(schema), str(path)],
            capture_output=True,
            text=True,
            check=False,
        )

    assert check(PASS).returncode == 0, check(PASS).stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text(PASS.read_text().replace("direction: up", "direction: haut"))
    completed = check(bad)
    assert completed.returncode == 1
    assert "$.actions[0].indicators[0].direction" in completed.stdout
    unknown = tmp_path / "unknown-source.yaml"
    unknown.write_text(
        PASS.read_text().replace("  fir:\n    2022: {paid", "  feder:\n    2022: {paid")
    )
    assert "$.execution" in check(unknown).stdout


def test_fmt_puts_follow_up_keys_in_the_contract_s_order() -> None:
    text = PASS.read_text()
    shuffled = (
        text.replace(
            "reports:\n  2022: {status: adopted, adopted_on: 2023-06-20, summary: "
            '"Premier rapport d’exécution"}\n  2023: {status: draft, illustrative: true}\n',
            "",
        )
        .replace(
            "execution:\n",
            "reports:\n  2023: {illustrative: true, status: draft}\n"
            "  2022: {adopted_on: 2023-06-20, status: adopted}\nexecution:\n",
        )
        .replace("    2022: {paid: 100000, spent: 91000}", "    2022: {spent: 91000, paid: 100000}")
        .replace('        comments: {2022: "Recrutement d’une sage-femme au 2e semestre"}\n', "")
        .replace(
            "        code: epp-pmi\n",
            '        comments: {2022: "Recrutement d’une sage-femme au 2e semestre"}\n'
            "        code: epp-pmi\n",
        )
    )
    formatted = format_text(shuffled)
    assert formatted.index("execution:") < formatted.index("reports:")
    assert formatted.index("reports:") < formatted.index("illustrative: [execution")
    assert "  2022: {status: adopted, adopted_on: 2023-06-20}\n  2023: {status: draft" in formatted
    assert "    2022: {paid: 100000, spent: 91000}" in formatted
    assert formatted.index("code: epp-pmi") < formatted.index("comments: {2022")
    assert formatted.index("results: {2022") < formatted.index("comments: {2022")
    assert format_text(formatted) == formatted
