"""Cross-check data/territories.yaml against ISO 3166-2:FR (pycountry).

Every département of the file must have a pycountry subdivision whose name
matches the file's name after `normalise()`, plus the structural checks of the
data contract (101 départements with the INSEE code set, unique codes, the
collectivités 69M and 978).
"""

import unicodedata
from pathlib import Path

import pycountry
import pytest
from ruamel.yaml import YAML

TERRITORIES = Path(__file__).resolve().parents[2] / "data" / "territories.yaml"

# INSEE Code officiel géographique: 01-19, 2A, 2B, 21-95, 971-974, 976.
DEPARTEMENT_CODES = (
    {f"{n:02d}" for n in range(1, 20)}
    | {"2A", "2B"}
    | {f"{n:02d}" for n in range(21, 96)}
    | {"971", "972", "973", "974", "976"}
)

# INSEE code -> ISO 3166-2 code, where they differ (only "FR-" + code otherwise).
ISO_CODE = {
    # ISO 3166-2 codes Paris as a collectivity with special status.
    "75": "FR-75C",
    # Saint-Martin is an overseas collectivity: FR-MF, not FR-978.
    "978": "FR-MF",
}

# Known naming differences between ISO 3166-2 (pycountry) and INSEE, after
# normalisation: ISO name -> INSEE name. Keep it small and explain each one.
ISO_NAME_TO_INSEE = {
    # ISO 3166-2 qualifies French Guiana; INSEE writes just "Guyane".
    "guyane (francaise)": "guyane",
}

REQUIRED_KEYS = ("code", "name", "region", "kind", "signatory")


def normalise(name: str) -> str:
    """Casefold, strip accents, turn hyphens and apostrophes into spaces.

    Apostrophes: straight (') and typographic (’). Runs of spaces collapse to one.
    """
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    for sep in ("-", "'", "\u2019"):
        text = text.replace(sep, " ")
    text = " ".join(text.split())
    return ISO_NAME_TO_INSEE.get(text, text)


def iso_name(code: str) -> str | None:
    sub = pycountry.subdivisions.get(code=ISO_CODE.get(code, f"FR-{code}"))
    return None if sub is None else sub.name


@pytest.fixture(scope="module")
def territories():
    data = YAML(typ="safe").load(TERRITORIES.read_text(encoding="utf-8"))
    assert data["schema_version"] == 1
    assert data["source"]
    return data["territories"]


def departements(territories):
    return [t for t in territories if t["kind"] == "departement"]


def test_every_entry_has_required_keys(territories):
    for t in territories:
        for key in REQUIRED_KEYS:
            if key == "region" and t["code"] == "978":
                continue  # a collectivité of article 74, in no region (below)
            assert isinstance(t.get(key), str) and t[key].strip(), (t, key)
        assert t["kind"] in {"departement", "collectivite"}, t


def test_codes_are_unique_strings(territories):
    codes = [t["code"] for t in territories]
    assert all(isinstance(c, str) for c in codes)
    assert len(codes) == len(set(codes))


def test_exactly_the_101_insee_departements(territories):
    deps = departements(territories)
    assert len(deps) == 101
    assert {t["code"] for t in deps} == DEPARTEMENT_CODES


def test_collectivites_69m_and_978(territories):
    by_code = {t["code"]: t for t in territories}
    assert by_code["69M"]["kind"] == "collectivite"
    assert by_code["69M"]["name"] == "Métropole de Lyon"
    assert by_code["978"]["kind"] == "collectivite"
    assert by_code["978"]["name"] == "Saint-Martin"
    # Saint-Martin: collectivité d'outre-mer of article 74, outside the Guadeloupe region;
    # only the health agency is shared, under its name in the Code de la santé publique.
    assert "region" not in by_code["978"]
    assert "article 74" in by_code["978"]["status"]
    csp_name = "Agence de santé de la Guadeloupe, de Saint-Barthélemy et de Saint-Martin"
    assert by_code["978"]["ars"] == by_code["971"]["ars"] == csp_name


def test_collectivites_signing_for_two_departements(territories):
    by_code = {t["code"]: t for t in territories}
    alsace, corse = by_code["6AE"], by_code["20R"]
    assert alsace["members"] == ["67", "68"] and str(alsace["since"]) == "2021-01-01"
    assert corse["members"] == ["2A", "2B"] and str(corse["since"]) == "2018-01-01"
    for entry in (alsace, corse):
        assert entry["kind"] == "collectivite"
        iso = iso_name(entry["code"])  # FR-6AE « Alsace », FR-20R « Corse »
        assert iso is not None and iso in entry["name"], entry["code"]
        for member in entry["members"]:
            assert by_code[member]["signatory"] == entry["signatory"]


def test_departement_names_match_iso_3166_2(territories):
    mismatches = []
    for t in departements(territories):
        expected = iso_name(t["code"])
        if expected is None:
            mismatches.append((t["code"], t["name"], "no ISO 3166-2 subdivision"))
        elif normalise(expected) != normalise(t["name"]):
            mismatches.append((t["code"], t["name"], expected))
    assert not mismatches, mismatches


@pytest.mark.parametrize("code", ["69M", "978"])
def test_collectivite_names_match_iso_3166_2(territories, code):
    by_code = {t["code"]: t for t in territories}
    expected = iso_name(code)
    assert expected is not None, code
    assert normalise(expected) == normalise(by_code[code]["name"])


def test_normalise_catches_a_wrong_name():
    # The comparison is strict enough to fail on a real error...
    assert normalise(iso_name("22")) != normalise("Côte-d'Armor")
    assert normalise(iso_name("973")) != normalise("Guyane française")
    # ...and lenient only on accents, case, hyphens and apostrophes.
    assert normalise(iso_name("95")) == normalise("VAL D’OISE")
    assert normalise(iso_name("973")) == normalise("Guyane")
