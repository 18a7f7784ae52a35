"""The shipped data: every convention validates, the catalogue says what the sources say."""

from __future__ import annotations

import datetime as dt
import html
import re
from decimal import Decimal
from pathlib import Path

import pytest

from helpers_validate import REPO, TODAY
from pep_cli.check.engine import Options, validate
from pep_cli.data.catalogue import Catalogue, Edition
from pep_cli.data.repository import DataRepository

ANNEX_2020 = Path(__file__).resolve().parent / "fixtures" / "annex-2020-objectives.tsv"
# The project's source documents sit in ../shared beside a developer's checkout only: used to
# cross-check the fixture above when present, never needed to pass.
SEED_000 = REPO.parent / "shared" / "seeds" / "000_c5738d91158714ea.txt"

# The warnings the shipped data has on 22 November 2026: three conventions signed after
# their edition's deadline (sources.md). Any other problem is a regression.
EXPECTED_WARNINGS = {
    ("data/departments/04-alpes-de-haute-provence-2020.yaml", 29, 12, "signature-deadline"),
    ("data/departments/23-creuse-2021.yaml", 40, 12, "signature-deadline"),
    ("data/departments/978-saint-martin-2021.yaml", 31, 12, "signature-deadline"),
}


@pytest.fixture(scope="module")
def repo() -> DataRepository:
    return DataRepository(root=REPO)


@pytest.fixture(scope="module")
def catalogue(repo: DataRepository) -> Catalogue:
    return repo.catalogue


def test_every_shipped_convention_validates_without_error(
    repo: DataRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    report = validate(repo, (), Options(today=TODAY))
    assert len(report.files) == len(list((REPO / "data" / "departments").glob("*.yaml"))) >= 8
    assert [p for p in report.problems if p.level == "error"] == []
    warnings = {
        (p.path, p.line, p.column, p.rule)
        for p in report.problems
        if p.level == "warning" and p.waived is None
    }
    assert warnings == EXPECTED_WARNINGS
    # Signed conventions keep illustrative marks (a demonstration set): each says so by a waiver.
    waived = {(p.path, p.rule) for p in report.problems if p.waived is not None}
    assert waived == {
        (f"data/departments/{name}.yaml", "illustrative-value")
        for name in (
            "03-allier-2020",
            "04-alpes-de-haute-provence-2020",
            "15-cantal-2022",
            "23-creuse-2021",
            "38-isere-2022",
            "978-saint-martin-2021",
        )
    }
    assert report.summary() == {"files": len(report.files), "errors": 0, "warnings": 3, "waived": 6}


def test_shipped_conventions_include_cantal_and_hauts_de_seine(repo: DataRepository) -> None:
    names = {p.name for p in repo.conventions()}
    assert {"15-cantal-2022.yaml", "92-hauts-de-seine-2022.yaml"} <= names


def annex_2020_titles() -> dict[int, str]:
    """The 26 titles of the 2020 annex, from the fixture kept with the tests."""
    rows = [
        line.split("\t", 1)
        for line in ANNEX_2020.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    return {int(number): title for number, title in rows}


def test_annex_fixture_is_seed_000_word_for_word() -> None:
    if not SEED_000.is_file():
        pytest.skip("the project's seeds are not beside this checkout: nothing to cross-check")
    text = SEED_000.read_text(encoding="utf-8")
    items = re.findall(r"<li>\s*(\d+)\.\s*(.*?)\s*</li>", text, flags=re.DOTALL)
    assert {int(number): html.unescape(title) for number, title in items} == annex_2020_titles()


def test_2020_titles_are_the_annex_word_for_word(catalogue: Catalogue) -> None:
    annex = annex_2020_titles()
    assert sorted(annex) == list(range(1, 27))
    edition = catalogue.editions["2020"]
    assert [o.number for o in edition.objectives] == list(range(1, 27))
    for objective in edition.objectives:
        assert objective.title == annex[objective.number], f"objective {objective.number}"


def test_2021_has_the_objectives_of_2020(catalogue: Catalogue) -> None:
    first, second = catalogue.editions["2020"], catalogue.editions["2021"]
    assert [(o.number, o.kind, o.title) for o in second.objectives] == [
        (o.number, o.kind, o.title) for o in first.objectives
    ]


def test_editions_and_their_requirements(catalogue: Catalogue) -> None:
    assert sorted(catalogue.editions) == ["2020", "2021", "2022", "2023", "2024", "2025"]
    expected = {
        "2020": (list(range(1, 12)), 0),
        "2021": (list(range(1, 12)), 0),
        "2022": ([1, 2, 3, 4, 5, 9], 6),
    }
    for name, (required, min_optional) in expected.items():
        edition = catalogue.editions[name]
        assert sorted(edition.required) == required, name
        assert edition.min_optional == min_optional, name
        fundamental = sorted(o.number for o in edition.objectives if o.kind == "fondamental")
        assert fundamental == required, name
        assert sorted(o.number for o in edition.objectives if o.pmi) == [1, 2, 3, 4, 5], name


def test_references(catalogue: Catalogue) -> None:
    references = {name: e.reference for name, e in catalogue.editions.items()}
    assert "DGCS/SD2B/DGS/SP1/2020/34 du 20 février 2020" in references["2020"]
    assert "DGCS/SD2B/DGS/SP1/2021/25 du 1er avril 2021" in references["2021"]
    assert "DGCS/SD2B/DGS/SP1/2022/61 du 18 février 2022" in references["2022"]


def test_every_edition_and_objective_cites_a_source(catalogue: Catalogue) -> None:
    for name, edition in catalogue.editions.items():
        assert edition.source.strip(), name
        for objective in edition.objectives:
            assert objective.source.strip(), f"{name} objective {objective.number}"
        if edition.envelopes:
            assert edition.envelopes_source


def test_2022_objectives(catalogue: Catalogue) -> None:
    edition = catalogue.editions["2022"]
    numbers = [o.number for o in edition.objectives]
    assert len(numbers) == len(set(numbers))
    assert set(range(1, 27)) <= set(numbers)
    # The new objectives are put in only as far as a source names them, and say so.
    for objective in edition.objectives:
        if objective.number > 26:
            assert "lemediasocial.fr" in objective.source
    # Every objective beyond the six required is optional: at least 6 of them must be chosen.
    assert len(edition.optional_numbers) >= edition.min_optional


def test_funding_sources(catalogue: Catalogue) -> None:
    for name, edition in catalogue.editions.items():
        sources = edition.funding_sources
        assert sorted(sources) == ["departement", "etat", "fir", "ondam"], name
        assert "programme 304" in sources["etat"]
        assert "Fonds d'intervention régional" in sources["fir"]
        assert "Cofinancement" in sources["departement"]  # one word (« cofinancement »)
        assert "ONDAM médico-social" in sources["ondam"]
        assert "Département" in sources["departement"]


def test_envelopes_and_deadlines(catalogue: Catalogue) -> None:
    def envelopes(edition: Edition) -> dict[int, dict[str, Decimal]]:
        return {year: dict(amounts) for year, amounts in edition.envelopes.items()}

    e2020, e2021, e2022 = (catalogue.editions[n] for n in ("2020", "2021", "2022"))
    million = Decimal(1_000_000)
    assert envelopes(e2020) == {
        2020: {"etat": 50 * million, "fir": 15 * million, "ondam": 15 * million}
    }
    # directions.fr (2021): 107 M€ programme 304, 33 M€ FIR and 15 M€ ONDAM médico-social.
    assert envelopes(e2021) == {
        2021: {"etat": 107 * million, "fir": 33 * million, "ondam": 15 * million}
    }
    assert "directions.fr" in (e2021.envelopes_source or "")
    assert envelopes(e2022) == {}
    assert e2020.signature_deadline == dt.date(2020, 10, 15)
    assert e2021.signature_deadline == dt.date(2021, 9, 30)
    assert e2022.signature_deadline is None
    for edition in (e2020, e2021, e2022):
        assert edition.report_deadline.for_year(2022) == dt.date(2023, 6, 30)
