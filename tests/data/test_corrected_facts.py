"""Each fact corrected in the shipped data (issue 10) is in the data, and cited where it is used.

A fact is checked twice: the value in the convention or the catalogue, and the
source that states it in the same file (``sources:`` or ``source``/comment of the
catalogue), so that a correction cannot lose its citation.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from helpers_validate import REPO, TODAY
from pep_cli.check.engine import Options, validate
from pep_cli.data.model import Convention
from pep_cli.data.repository import DataRepository
from pep_cli.data.yamlsource import read_document

DEPARTMENTS = REPO / "data" / "departments"
CATALOGUE_TEXT = (REPO / "data" / "catalogue.yaml").read_text(encoding="utf-8")


def convention(name: str) -> tuple[Convention, str]:
    path = DEPARTMENTS / name
    text = path.read_text(encoding="utf-8")
    model = Convention.model_validate(read_document(path).data)
    return model, text


def cited(model: Convention, *words: str) -> bool:
    return any(all(word in source for word in words) for source in model.sources)


@pytest.fixture(scope="module")
def repo() -> DataRepository:
    return DataRepository(root=REPO)


def test_creuse_and_nord_are_first_wave_departements() -> None:
    # creuse.gouv.fr: « dans 30 départements, dont la Creuse » ; lemediasocial.fr, 3 Feb 2020.
    creuse, creuse_text = convention("23-creuse-2021.yaml")
    nord, nord_text = convention("59-nord-2020.yaml")
    assert creuse.edition == nord.edition == "2020"
    assert cited(creuse, "lemediasocial.fr", "3 février 2020", "Creuse")
    assert cited(nord, "lemediasocial.fr", "3 février 2020", "Nord")
    assert "dont la Creuse" in creuse_text
    # Creuse: the 7 December 2021 contract, 127 208 € from the State; why not an avenant.
    assert creuse.signed_on == dt.date(2021, 12, 7)
    assert creuse.funding["etat"] == {2021: Decimal(127208)}
    assert cited(creuse, "creuse.gouv.fr", "7 décembre 2021")
    assert "Pourquoi pas un avenant" in creuse_text
    # Nord: the 8,3 M€ of 20 September 2021 are 2021 credits, most likely the 2021 avenant.
    assert sum(years[2021] for years in nord.funding.values()) == Decimal(8_300_000)
    assert cited(nord, "bfmtv.com", "20 septembre 2021")
    assert "avenant financier 2021" in nord_text


def test_hauts_de_seine_signed_a_letter_of_intent() -> None:
    hds, text = convention("92-hauts-de-seine-2022.yaml")
    assert hds.status == "draft" and hds.signed_on is None
    letter = hds.letter_of_intent
    assert letter is not None and letter.signed_on == dt.date(2022, 3, 14)
    assert [(s.role, s.name) for s in letter.signatories] == [
        ("etat", "Adrien Taquet"),
        ("departement", "Georges Siffredi"),
    ]
    assert cited(hds, "14 mars 2022", "ont signé la lettre d’intention")
    assert hds.funding["etat"] == {year: Decimal(5_135_000) for year in (2022, 2023, 2024)}
    # The bilans de santé already cover the 22 000 children since 2019: no value below it.
    (bilans,) = [a for a in hds.actions if a.id == "pmi-bilans-maternelle"]
    (indicator,) = bilans.indicators
    assert indicator.baseline is not None and indicator.baseline.year == 2019
    values = [indicator.baseline.value, *indicator.targets.values(), *indicator.results.values()]
    assert set(values) == {Decimal(22000)}
    assert "effectif depuis 2019" in text


def test_contracts_of_2022_end_on_31_december_2023(repo: DataRepository) -> None:
    end = dt.date(2023, 12, 31)
    for name in ("2021", "2022", "2023"):
        edition = repo.catalogue.editions[name]
        assert edition.ends_on == end, name
        assert "DGS/SP1/DGCS/SD2B/2023/36 du 25 avril 2023" in (edition.ends_on_source or "")
    for file in ("15-cantal-2022.yaml", "38-isere-2022.yaml", "92-hauts-de-seine-2022.yaml"):
        model, text = convention(file)
        assert model.period.end == 2024 and model.ends_on == end, file
        assert "2023/36 du 25 avril 2023" in text, file


def test_alpes_de_haute_provence_departement_matches_the_state() -> None:
    ahp, _ = convention("04-alpes-de-haute-provence-2020.yaml")
    per_year = {year: Decimal(800_000) for year in (2020, 2021, 2022)}
    assert ahp.funding["etat"] == per_year and ahp.funding["departement"] == per_year
    assert cited(ahp, "alpes1.com", "autant par le Conseil Départemental")
    # Signatories as the préfecture gives them: a préfète, the ARS's délégation territoriale.
    prefet, ars, departement = ahp.signatories
    assert (prefet.name, prefet.title) == (
        "Violaine Démaret",
        "préfète des Alpes-de-Haute-Provence",
    )
    assert ars.delegation and ars.title and ars.title.startswith("déléguée territoriale")
    assert departement.name == "René Massette"
    assert cited(ahp, "alpes-de-haute-provence.gouv.fr", "19 novembre 2020")


def test_isere_signatories_and_place() -> None:
    isere, _ = convention("38-isere-2022.yaml")
    assert isere.place == "Grenoble"
    names = [(s.role, s.name, s.delegation) for s in isere.signatories]
    assert names == [
        ("prefet", "Laurent Prévost", False),
        ("ars", "Anne-Maëlle Cantinat", True),
        ("departement", "Jean-Pierre Barbier", False),
    ]
    assert cited(isere, "isere.gouv.fr", "20 juin 2022")
    assert cited(isere, "placegrenet.fr")


def test_saint_martin_agency_and_collectivite(repo: DataRepository) -> None:
    sxm, text = convention("978-saint-martin-2021.yaml")
    csp = "agence de santé de la Guadeloupe, de Saint-Barthélemy et de Saint-Martin"
    (ars,) = [s for s in sxm.signatories if s.role == "ars"]
    assert ars.title is not None and csp in ars.title
    entry = repo.territories.by_code["978"]
    assert entry.region is None and entry.status and "article 74" in entry.status
    assert entry.ars_name == repo.territories.by_code["971"].ars_name == capital(csp)
    assert "code de la santé publique" in text
    assert cited(sxm, "faxinfo.fr")


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def test_words_of_each_edition(repo: DataRepository) -> None:
    editions = repo.catalogue.editions
    assert editions["2021"].document == "contrat"
    assert (
        editions["2021"].title == "Contrat local pour la prévention et la protection de l’enfance"
    )
    assert "annexe 3-1" in CATALOGUE_TEXT
    assert editions["2022"].title == (
        "Contrat départemental de prévention et de protection de l’enfance"
    )
    assert "Co-financement" not in CATALOGUE_TEXT


def test_illustrative_actions_sit_under_an_objective_that_fits() -> None:
    cantal, _ = convention("15-cantal-2022.yaml")
    objectives = {a.id: a.objective for a in cantal.actions}
    assert objectives["usema"] == 9  # ONDAM-funded: the handicap objective
    assert objectives["pouponniere-mecs"] != 19  # not « à domicile »
    assert objectives["placement-domicile"] == 19
    hds, _ = convention("92-hauts-de-seine-2022.yaml")
    assert {a.id: a.objective for a in hds.actions}["structure-innovante"] != 19


def test_later_frameworks_name_what_is_missing(repo: DataRepository) -> None:
    editions = repo.catalogue.editions
    assert editions["2023"].cosignatories == ["justice", "education"]
    assert editions["2024"].signature_deadline == dt.date(2024, 12, 15)
    e2025 = editions["2025"]
    assert e2025.reference == "Instruction n° DGCS/SD2B/DGS/SP1/2025/60 du 29 avril 2025"
    assert e2025.period.start == 2025 and e2025.period.end == 2027
    assert [o.title for o in e2025.objectives] == [
        "Renforcement des interventions précoces d’aide à domicile",
        "Augmentation des modes d’accueil à dimension familiale",
    ]
    for name in ("2023", "2024", "2025"):
        assert editions[name].incomplete, name
        assert (
            "directions.fr" in editions[name].source or "lemediasocial.fr" in editions[name].source
        )
    assert any("12 des 14 objectifs" in item for item in e2025.incomplete)
    assert any("5 des 7 objectifs obligatoires" in item for item in e2025.incomplete)


def test_validate_says_what_it_could_not_check(tmp_path: Path) -> None:
    target = tmp_path / "data" / "departments"
    target.mkdir(parents=True)
    skeleton = REPO / "tests" / "check" / "rules" / "edition-incomplete" / "fail-2025.yaml"
    (target / "15-cantal-2025.yaml").write_text(skeleton.read_text(encoding="utf-8"))
    report = validate(DataRepository(root=tmp_path), (), Options(today=TODAY))
    (problem,) = [p for p in report.problems if p.rule == "edition-incomplete"]
    assert problem.level == "warning"
    assert "pep n'a pas pu vérifier" in problem.message
    assert "12 des 14 objectifs" in problem.message
    assert [p for p in report.problems if p.level == "error"] == []


def test_collectivites_that_sign_for_two_codes(repo: DataRepository) -> None:
    by_code = repo.territories.by_code
    assert by_code["6AE"].members == ["67", "68"]
    assert by_code["6AE"].since == dt.date(2021, 1, 1)
    assert by_code["20R"].members == ["2A", "2B"]
