"""The map: the shipped base map against data/territories.yaml, one shape per territory, colours."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from helpers_national import PROJECT, followup_model, write_synthetic

SVG = "{http://www.w3.org/2000/svg}"
RESOURCES = PROJECT / "src" / "pep_cli" / "national" / "resources"


def _territory_codes() -> list[str]:
    from pep_cli.data.repository import DataRepository

    return [t.code for t in DataRepository(PROJECT).territories.territories]


def test_the_base_map_is_shipped_with_its_licence_and_credit() -> None:
    assert (RESOURCES / "LICENSE-CC-BY-4.0.md").read_text(encoding="utf-8").startswith(
        "Attribution 4.0 International"
    ) or "Creative Commons" in (RESOURCES / "LICENSE-CC-BY-4.0.md").read_text(encoding="utf-8")
    readme = (RESOURCES / "README.md").read_text(encoding="utf-8")
    assert "Victor Cazanave" in readme and "CC BY 4.0" in readme


def test_base_map_codes_are_the_metropolitan_territories() -> None:
    from pep_cli.national.svgmap import base_shapes

    shapes = base_shapes()
    codes = [s.code for s in shapes]
    assert len(codes) == len(set(codes)) == 96
    territories = _territory_codes()
    assert set(codes) <= set(territories)
    assert sorted(set(territories) - set(codes)) == [
        "20R",
        "69M",
        "6AE",
        "971",
        "972",
        "973",
        "974",
        "976",
        "978",
    ]
    # Names agree with the territories file, and every outline parses into closed rings.
    from pep_cli.data.repository import DataRepository

    names = {t.code: t.name for t in DataRepository(PROJECT).territories.territories}
    differ = {s.code: s.name for s in shapes if s.name != names[s.code]}
    assert differ == {"75": "Ville de Paris"}  # pep shows the INSEE name of territories.yaml
    for shape in shapes:
        x0, y0, x1, y1 = shape.bounds()
        assert 0 <= x0 < x1 <= 613 and 0 <= y0 < y1 <= 585, shape.code


def _view_svg(root: Path, measure: str, year: int) -> tuple[ET.Element, str]:
    from pep_cli.national.collect import collect
    from pep_cli.national.svgmap import view_svg

    collected = collect(root, today=dt.date(2026, 12, 1), year=year, measure=measure)
    text = view_svg(collected.view.map, collected.repo.territories)
    return ET.fromstring(text), text


def _fills(svg: ET.Element) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for element in svg.iter():
        if element.get("class") == "territoire":
            found.setdefault(element.get("data-code", ""), []).append(element.get("fill", ""))
    return found


def test_one_shape_per_territory_in_the_colour_its_value_implies(tmp_path: Path) -> None:
    from pep_cli.national.measures import SEQUENTIAL

    root = write_synthetic(tmp_path, git=False)
    svg, text = _view_svg(root, "funding", 2022)
    fills = _fills(svg)
    assert sorted(fills) == sorted(_territory_codes())
    assert all(len(f) == 1 for f in fills.values())
    # State funding 2022 (every source but the département's): the largest, Lyon, is
    # 1 700 000 €: classes of 400 000 € up to 2 000 000 €.
    assert fills["69M"] == [SEQUENTIAL[4]]  # 1 700 000 €
    assert fills["62"] == [SEQUENTIAL[2]]  # 900 000 €
    assert fills["972"] == [SEQUENTIAL[1]]  # 750 000 €
    assert fills["2A"] == fills["2B"] == [SEQUENTIAL[0]]  # Corse: one convention for both
    assert fills["75"] == fills["971"] == ["#ffffff"]  # no convention
    assert "Fond de carte : svg-maps (Victor Cazanave), licence CC BY 4.0" in text
    labels = [t.text for t in svg.iter(f"{SVG}text")]
    for code in ("971", "972", "973", "974", "976", "69M", "978"):
        assert code in labels
    assert "Collectivité de Corse" in labels
    assert any(label and "Alsace" in label for label in labels)


@pytest.mark.skipif(not followup_model(), reason="le modèle du suivi n'est pas encore là")
def test_report_states_colour_the_map(tmp_path: Path) -> None:
    from pep_cli.national.measures import REPORT_CLASSES

    colours = {key: colour for key, _, colour in REPORT_CLASSES}
    root = write_synthetic(tmp_path, followup=True, git=False)
    svg, _ = _view_svg(root, "reports", 2022)
    fills = _fills(svg)
    assert fills["01"] == [colours["late"]]  # still a draft after 30 June 2023
    assert fills["972"] == [colours["adopted"]]  # adopted on 1 June 2023
    assert fills["69M"] == [colours["missing"]]
    assert fills["62"] == ["#bdbdbd"]  # a draft convention owes no report


def test_achievement_colours_the_map(tmp_path: Path) -> None:
    from pep_cli.national.measures import SEQUENTIAL

    root = write_synthetic(tmp_path, git=False)
    svg, _ = _view_svg(root, "achievement", 2022)
    fills = _fills(svg)
    # 2022, the indicators with both a target and a result: Martinique, 95 for a target
    # of 100 (0 %); Ille-et-Vilaine, 210 for 100 (100 %); Ain, 190 for 200 and a delay of
    # 80 days for 90 read as "higher is better" without a direction (0 %).
    assert fills["972"] == [SEQUENTIAL[0]]
    assert fills["35"] == [SEQUENTIAL[4]]
    assert fills["01"] == [SEQUENTIAL[0]]


def test_a_collectivite_of_members_covers_them_and_has_its_inset(tmp_path: Path) -> None:
    from pep_cli.data.repository import DataRepository
    from pep_cli.national.view import territory_groups

    groups = territory_groups(DataRepository(PROJECT).territories)
    assert groups["20R"] == groups["2A"] == groups["2B"] == ["2A", "2B", "20R"]
    assert groups["6AE"] == groups["67"] == ["67", "68", "6AE"]
    root = write_synthetic(tmp_path, git=False)
    svg, _ = _view_svg(root, "funding", 2022)
    fills = _fills(svg)
    # The Corse convention colours both départements and the collectivité's labelled inset.
    assert fills["20R"] == fills["2A"] == fills["2B"]
    labels = [t.text for t in svg.iter(f"{SVG}text")]
    assert "20R" in labels and "6AE" in labels
