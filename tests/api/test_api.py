"""The Python API: what scripts, the editor server and the site use."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from helpers_ci import SHIPPED, make_data_repo
from pep_cli import api

CANTAL = "15-cantal-2022.yaml"
TODAY = dt.date(2025, 7, 1)  # after every shipped result and report (helpers_ci.TODAY)


def test_validate_a_repository(tmp_path: Path) -> None:
    root = make_data_repo(tmp_path, CANTAL)
    report = api.validate(root, today=TODAY)
    # Only the waiver of the shipped Cantal's illustrative marks (a demonstration set).
    assert [(p.rule, p.waived is not None) for p in report.problems] == [
        ("illustrative-value", True)
    ]
    assert len(report.conventions) == 1


def test_overrides_replace_the_file_for_every_rule(tmp_path: Path) -> None:
    root = make_data_repo(tmp_path, CANTAL)
    path = root / "data" / "departments" / CANTAL
    text = path.read_text(encoding="utf-8").replace("objective: 1\n", "objective: 99\n", 1)
    report = api.validate(root, [path], today=TODAY, overrides={path: text})
    assert "unknown-objective" in {p.rule for p in report.problems}
    assert "objective: 99" not in path.read_text(encoding="utf-8")  # the disk is untouched


def test_an_unsaved_buffer_takes_part_in_cross_file_rules(tmp_path: Path) -> None:
    root = make_data_repo(tmp_path, CANTAL)
    twin = root / "data" / "departments" / "15-cantal-2022-bis.yaml"  # not on disk
    text = (SHIPPED / CANTAL).read_text(encoding="utf-8")
    report = api.validate(root, [twin], today=TODAY, overrides={twin: text})
    problems = {(Path(p.path).name, p.rule) for p in report.problems}
    assert (twin.name, "overlapping-periods") in problems
    assert not twin.exists()


def test_levels_and_their_errors(tmp_path: Path) -> None:
    root = make_data_repo(tmp_path, CANTAL)
    path = root / "data" / "departments" / CANTAL
    text = path.read_text(encoding="utf-8").replace("objective: 1\n", "objective: 99\n", 1)
    quiet = api.validate(
        root, today=TODAY, levels={"unknown-objective": "off"}, overrides={path: text}
    )
    assert "unknown-objective" not in {p.rule for p in quiet.problems}
    with pytest.raises(api.UsageError, match="règle « nope » inconnue"):
        api.validate(root, levels={"nope": "off"})


def test_find_convention_by_code_and_render(tmp_path: Path) -> None:
    root = make_data_repo(tmp_path, CANTAL)
    shutil.move(root / "data" / "departments" / CANTAL, root / "data" / "departments" / "x.yaml")
    assert api.find_convention("15", root).name == "x.yaml"
    text = api.render("15", "md", root=root, today=TODAY)
    assert isinstance(text, str) and "Cantal" in text
    with pytest.raises(api.UsageError, match="aucune convention du territoire « 16 »"):
        api.find_convention("16", root)
