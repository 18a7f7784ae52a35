"""Every problem points at the offending value (or key), and money is exact from file to report."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from helpers_validate import DATA, TODAY
from pep_cli.engine import Options, load_convention, validate
from pep_cli.repository import DataRepository

CANTAL = (DATA / "departments" / "15-cantal-2022.yaml").read_text(encoding="utf-8")


def problems(tmp_path: Path, text: str) -> list[tuple[int, int, str, str]]:
    path = tmp_path / "15-cantal-2022.yaml"
    path.write_text(text, encoding="utf-8")
    report = validate(DataRepository(root=tmp_path), [path], Options(today=TODAY))
    return [(p.line, p.column, p.rule, p.pointer) for p in report.problems]


def position(text: str, fragment: str) -> tuple[int, int]:
    assert text.count(fragment) == 1, fragment
    index = text.index(fragment)
    return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1


def test_a_wrong_type_deep_in_the_actions_points_at_the_value(tmp_path: Path) -> None:
    # actions[3] is pmi-vad-puericultrices; its target for 2023 becomes text.
    old = "        targets: {2022: 1600, 2023: 1750, 2024: 1900}\n"
    assert CANTAL.count(old) == 1
    text = CANTAL.replace(
        old,
        "        targets:\n          2022: 1600\n          2023: beaucoup\n          2024: 1900\n",
    )
    line, column = position(text, "beaucoup")
    assert problems(tmp_path, text) == [
        (line, column, "schema", "actions[3].indicators[0].targets.2023")
    ]


def test_a_wrong_container_points_at_it(tmp_path: Path) -> None:
    old = "        targets: {2022: 1600, 2023: 1750, 2024: 1900}\n"
    text = CANTAL.replace(old, "        targets:\n          - 1600\n          - 1750\n")
    line, column = position(text, "- 1600")
    assert problems(tmp_path, text) == [
        (line, column, "schema", "actions[3].indicators[0].targets")
    ]


def test_an_unknown_key_points_at_the_key(tmp_path: Path) -> None:
    old = "        unit: places\n        targets: {2022: 3, 2023: 6, 2024: 6}\n"
    assert CANTAL.count(old) == 1
    text = CANTAL.replace(old, old + "        commentaire: à revoir\n")
    line, column = position(text, "commentaire")
    assert problems(tmp_path, text) == [
        (line, column, "schema", "actions[8].indicators[0].commentaire")
    ]


def test_a_missing_key_points_at_the_mapping_that_should_hold_it(tmp_path: Path) -> None:
    old = "      - label: Places installées à l’USEMA\n        unit: places\n"
    assert CANTAL.count(old) == 1
    text = CANTAL.replace(old, "      - label: Places installées à l’USEMA\n")
    line, column = position(text, "label: Places installées")
    assert problems(tmp_path, text) == [(line, column, "schema", "actions[8].indicators[0].unit")]


def test_a_key_error_points_at_the_key(tmp_path: Path) -> None:
    old = "\n  ondam: {2022: 110000, 2023: 110000, 2024: 110000}\n"
    assert CANTAL.count(old) == 1
    text = CANTAL.replace(old, "\n  ondam: {2022: 110000, 2023: 110000, 2024.5: 110000}\n")
    line, column = position(text, "2024.5: 110000}")
    assert problems(tmp_path, text) == [(line, column, "schema", "funding.ondam.2024.5")]


def test_rule_problems_point_at_values_and_keys(tmp_path: Path) -> None:
    old = "      ondam: {2022: 110000, 2023: 110000, 2024: 110000}\n"
    assert CANTAL.count(old) == 1
    text = CANTAL.replace(old, "      ondam: {2022: 110000, 2023: 110000, 2024: 110000, 2025: 0}\n")
    line, column = position(text, "2025: 0")
    assert problems(tmp_path, text) == [(line, column, "period", "actions[8].funding.ondam.2025")]


# --- money is exact --------------------------------------------------------------------------


def with_amounts(first: str, second: str, total: str) -> str:
    """Cantal with the FIR of its first two actions and its declared FIR total for 2022 replaced."""
    text = CANTAL.replace(
        "      fir: {2022: 25000, 2023: 25000", f"      fir: {{2022: {first}, 2023: 25000", 1
    )
    text = text.replace(
        "      fir: {2022: 25000, 2023: 25000", f"      fir: {{2022: {second}, 2023: 25000", 1
    )
    # 50 000 € of the 100 000 € left to the other three actions.
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
