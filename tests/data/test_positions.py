"""Every problem points at the offending value (or key), and money is exact from file to report."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from helpers_validate import DATA, TODAY
from pep_cli.check.engine import Options, load_convention, validate
from pep_cli.data.repository import DataRepository

CANTAL = (DATA / "departments" / "15-cantal-2022.yaml").read_text(encoding="utf-8")


def problems(tmp_path: Path, text: str) -> list[tuple[int, int, str, str]]:
    path = tmp_path / "15-cantal-2022.yaml"
    path.write_text(text, encoding="utf-8")
    report = validate(DataRepository(root=tmp_path), [path], Options(today=TODAY))
    # The shipped Cantal's waived illustrative-value (a demonstration set) is not the point here.
    return [(p.line, p.column, p.rule, p.pointer) for p in report.problems if p.waived is None]


def position(text: str, fragment: str) -> tuple[int, int]:
    assert text.count(fragment) == 1, fragment
    index = text.index(fragment)
    return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1


TARGETS = (
    "        targets: {2022: 1600, 2023: 1750, 2024: 1900}\n"  # actions[3]: pmi-vad-puericultrices
)
USEMA_INDICATOR = "      - label: Places installées à l’USEMA\n        unit: places\n"
ONDAM_TOTAL = "\n  ondam: {2022: 110000, 2023: 110000, 2024: 110000}\n"
ONDAM_USEMA = "      ondam: {2022: 110000, 2023: 110000, 2024: 110000}\n"

# (what is replaced, by what, where the problem must point, rule, pointer)
POSITION_CASES = {
    "wrong type deep in the actions: the value": (
        TARGETS,
        "        targets:\n          2022: 1600\n          2023: beaucoup\n          2024: 1900\n",
        "beaucoup",
        "schema",
        "actions[3].indicators[0].targets.2023",
    ),
    "wrong container: the container": (
        TARGETS,
        "        targets:\n          - 1600\n          - 1750\n",
        "- 1600",
        "schema",
        "actions[3].indicators[0].targets",
    ),
    "unknown key: the key": (
        USEMA_INDICATOR,
        USEMA_INDICATOR + "        commentaire: à revoir\n",
        "commentaire",
        "schema",
        "actions[7].indicators[0].commentaire",
    ),
    "missing key: the mapping that should hold it": (
        USEMA_INDICATOR,
        "      - label: Places installées à l’USEMA\n",
        "label: Places installées",
        "schema",
        "actions[7].indicators[0].unit",
    ),
    "key of the wrong type: the key": (
        ONDAM_TOTAL,
        "\n  ondam: {2022: 110000, 2023: 110000, 2024.5: 110000}\n",
        "2024.5: 110000}",
        "schema",
        "funding.ondam.2024.5",
    ),
    "year out of the period: the key": (
        ONDAM_USEMA,
        "      ondam: {2022: 110000, 2023: 110000, 2024: 110000, 2025: 0}\n",
        "2025: 0",
        "period",
        "actions[7].funding.ondam.2025",
    ),
}


@pytest.mark.parametrize(
    ("old", "new", "fragment", "rule", "pointer"),
    list(POSITION_CASES.values()),
    ids=list(POSITION_CASES),
)
def test_problems_point_at_the_offending_value_or_key(
    tmp_path: Path, old: str, new: str, fragment: str, rule: str, pointer: str
) -> None:
    assert CANTAL.count(old) == 1
    text = CANTAL.replace(old, new)
    line, column = position(text, fragment)
    assert problems(tmp_path, text) == [(line, column, rule, pointer)]


# --- money is exact --------------------------------------------------------------------------


def with_amounts(first: str, second: str, total: str) -> str:
    """Cantal with the FIR of its first two actions and its declared FIR total for 2022 replaced."""
    text = CANTAL.replace(
        "      fir: {2022: 25000, 2023: 25000", f"      fir: {{2022: {first}, 2023: 25000", 1
    )
    text = text.replace(
        "      fir: {2022: 25000, 2023: 25000", f"      fir: {{2022: {second}, 2023: 25000", 1
    )
    # 50 000 € of the 100 000 € left to the other three actions; the FIR spent within it.
    text = text.replace("    2022: {paid: 100000, spent: 88400}", "    2022: {spent: 0.3}", 1)
    return text.replace("  fir: {2022: 100000,", f"  fir: {{2022: {total} ,", 1)


def test_amounts_are_decimals_read_from_the_text(tmp_path: Path) -> None:
    path = tmp_path / "15-cantal-2022.yaml"
    path.write_text(with_amounts("0.1", "0.2", "50000.3"), encoding="utf-8")
    convention = load_convention(path).model
    assert convention is not None
    amounts = [
        convention.actions[0].funding["fir"][2022],
        convention.actions[1].funding["fir"][2022],
    ]
    assert amounts == [Decimal("0.1"), Decimal("0.2")]
    assert all(type(a) is Decimal for a in amounts)
    assert 0.1 + 0.2 != 0.3  # what a float would have made of them


def test_cents_add_up_exactly(tmp_path: Path) -> None:
    # The other three actions give 50 000 €: 0.1 + 0.2 + 50 000 = 50 000.3 exactly.
    assert problems(tmp_path, with_amounts("0.1", "0.2", "50000.3")) == []
    assert problems(tmp_path, with_amounts("0.10", "0.20", "50000.30")) == []
    found = problems(tmp_path, with_amounts("0.1", "0.2", "50000.31"))
    assert [(rule, pointer) for _, _, rule, pointer in found] == [
        ("funding-totals", "funding.fir.2022")
    ]


def test_three_decimals_are_refused(tmp_path: Path) -> None:
    text = with_amounts("25000", "25000", "100000.005")
    line, column = position(text, "100000.005")
    assert problems(tmp_path, text) == [(line, column, "schema", "funding.fir.2022")]
