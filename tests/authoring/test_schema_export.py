"""``pep schema``: the JSON Schema of the convention format, checked with check-jsonschema.

check-jsonschema reads YAML itself (ruamel.yaml) and turns it into JSON data:
integer keys such as ``2022:`` become the strings ``"2022"`` and dates become
ISO strings, which is how editors (yaml-language-server) see them too. The
schema therefore matches years with the pattern ``^[0-9]{4}$`` (check-jsonschema's
messages show it: ``$.actions[0].funding.fir['2022']``).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from helpers_ci import BIN, SHIPPED, run_pep
from pep_cli.data.repository import DataRepository

CHECK_JSONSCHEMA = BIN / "check-jsonschema"
SHIPPED_FILES = sorted(SHIPPED.glob("*.yaml"))
CANTAL = SHIPPED / "15-cantal-2022.yaml"
ALLIER = SHIPPED / "03-allier-2020.yaml"


def check(schema: Path, *files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CHECK_JSONSCHEMA), "--schemafile", str(schema), *map(str, files)],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="module")
def schemas(tmp_path_factory: pytest.TempPathFactory) -> dict[str | None, Path]:
    """The schema of all editions (key None) and of each edition, written by ``pep schema -o``."""
    folder = tmp_path_factory.mktemp("schemas")
    written: dict[str | None, Path] = {}
    for edition in (None, *DataRepository(None).catalogue.editions):
        target = folder / f"convention-{edition or 'toutes'}.schema.json"
        args = ["schema", "-o", str(target)] + (["--edition", edition] if edition else [])
        completed = run_pep(*args, cwd=folder)
        assert completed.returncode == 0, completed.stderr
        what = f"de l'édition {edition}" if edition else "de toutes les éditions"
        assert completed.stdout == f"Schéma JSON des conventions {what} écrit dans {target}\n"
        written[edition] = target
    return written


def test_the_schema_is_draft_2020_12_and_valid(schemas: dict[str | None, Path]) -> None:
    for path in schemas.values():
        schema = json.loads(path.read_text())
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        jsonschema.Draft202012Validator.check_schema(schema)
    stdout = run_pep("schema", cwd=Path.cwd()).stdout
    assert json.loads(stdout) == json.loads(schemas[None].read_text())


def _properties(node: Any, where: str = "") -> list[tuple[str, dict[str, Any]]]:
    found = []
    if isinstance(node, dict):
        for name, value in node.get("properties", {}).items():
            if "allOf" not in where:  # the per-edition conditions only narrow what is described
                found.append((f"{where}.{name}", value))
        for key, value in node.items():
            found.extend(_properties(value, f"{where}/{key}"))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_properties(value, f"{where}[{index}]"))
    return found


def test_every_property_is_described_in_french(schemas: dict[str | None, Path]) -> None:
    schema = json.loads(schemas[None].read_text())
    properties = _properties(schema)
    assert len(properties) > 30
    assert [where for where, value in properties if not value.get("description")] == []
    assert "title" not in schema["properties"]["signed_on"]  # pydantic's English titles are gone
    assert schema["$defs"]["Amendment"]["title"] == "Avenant"
    assert schema["properties"]["funding"]["properties"]["fir"]["description"].startswith(
        "Fonds d'intervention régional"
    )


def test_edition_numbers_and_funding_sources(schemas: dict[str | None, Path]) -> None:
    catalogue = DataRepository(None).catalogue
    for name, edition in catalogue.editions.items():
        schema = json.loads(schemas[name].read_text())
        action = schema["$defs"]["Action"]["properties"]
        assert action["objective"]["enum"] == sorted(edition.by_number)
        for funding in (schema["properties"]["funding"], action["funding"]):
            assert list(funding["properties"]) == list(edition.funding_sources)
            assert funding["additionalProperties"] is False
            years = funding["properties"]["fir"]
            assert list(years["patternProperties"]) == ["^[0-9]{4}$"]
            assert years["additionalProperties"] is False
        assert schema["properties"]["edition"]["const"] == name

    every = json.loads(schemas[None].read_text())
    assert every["properties"]["edition"]["enum"] == list(catalogue.editions)
    conditions = {c["if"]["properties"]["edition"]["const"]: c["then"] for c in every["allOf"]}
    assert list(conditions) == list(catalogue.editions)
    objectives = conditions["2020"]["properties"]["actions"]["items"]["properties"]["objective"]
    assert objectives["enum"] == list(range(1, 27))


def test_every_shipped_convention_passes(schemas: dict[str | None, Path]) -> None:
    completed = check(schemas[None], *SHIPPED_FILES)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    for name, edition in DataRepository(None).catalogue.editions.items():
        mine = [p for p in SHIPPED_FILES if f'edition: "{name}"' in p.read_text()]
        if not mine:  # the later, incomplete editions have no shipped convention yet
            assert edition.incomplete, name
            continue
        completed = check(schemas[name], *mine)
        assert completed.returncode == 0, completed.stdout + completed.stderr


def _variant(source: Path, old: str, new: str) -> str:
    text = source.read_text()
    assert text.count(old) >= 1, old
    return text.replace(old, new, 1)


# Each invalid convention, and the place check-jsonschema must name.
INVALID = {
    "objectif-hors-edition-2020": (
        ALLIER,
        "objective: 1\n",
        "objective: 27\n",
        "$.actions[0].objective",
    ),
    "source-inconnue": (CANTAL, "  fir: {2022: 100000,", "  feder: {2022: 100000,", "$.funding"),
    "annee-mal-ecrite": (
        CANTAL,
        "fir: {2022: 25000,",
        "fir: {20x2: 25000,",
        "$.actions[0].funding.fir",
    ),
    "montant-negatif": (
        CANTAL,
        "fir: {2022: 25000,",
        "fir: {2022: -25000,",
        "$.actions[0].funding.fir['2022']",
    ),
    "montant-en-texte": (
        CANTAL,
        "fir: {2022: 25000,",
        'fir: {2022: "25 000 €",',
        "$.actions[0].funding.fir['2022']",
    ),
    "cle-inconnue": (CANTAL, "status: signed", "statut: signed", "$"),
    "statut-inconnu": (CANTAL, "status: signed", "status: signee", "$.status"),
    "edition-inconnue": (CANTAL, 'edition: "2022"', 'edition: "2019"', "$.edition"),
    "code-non-quote": (CANTAL, 'code: "15"', "code: 15", "$.territory.code"),
    "date-invalide": (CANTAL, "signed_on: 2022-06-24", "signed_on: 24/06/2022", "$.signed_on"),
    "sans-indicateur": (
        CANTAL,
        "    indicators:\n      - label: Entretiens",
        "    indicators: []\n    x:\n      - label: Entretiens",
        "$.actions[0]",
    ),
}


def test_amounts_with_cents_pass(schemas: dict[str | None, Path], tmp_path: Path) -> None:
    # No multipleOf 0.01: validators test it on binary floats, where 19999.99 / 0.01 is not
    # a whole number, and would refuse this correct amount.
    assert not jsonschema.Draft202012Validator({"multipleOf": 0.01}).is_valid(19999.99)
    path = tmp_path / "centimes.yaml"
    path.write_text(_variant(CANTAL, "fir: {2022: 25000,", "fir: {2022: 19999.99,"))
    completed = check(schemas[None], path)
    assert completed.returncode == 0, completed.stdout


@pytest.mark.parametrize("case", sorted(INVALID))
def test_invalid_conventions_fail(
    schemas: dict[str | None, Path], tmp_path: Path, case: str
) -> None:
    source, old, new, where = INVALID[case]
    path = tmp_path / f"{case}.yaml"
    path.write_text(_variant(source, old, new))
    completed = check(schemas[None], path)
    assert completed.returncode == 1, completed.stdout
    assert f"{path.name}::{where}:" in completed.stdout


def test_an_edition_schema_refuses_another_edition(schemas: dict[str | None, Path]) -> None:
    completed = check(schemas["2022"], ALLIER)
    assert completed.returncode == 1
    assert "03-allier-2020.yaml::$.edition: '2022' was expected" in completed.stdout


def test_unknown_edition_is_a_usage_error(tmp_path: Path) -> None:
    completed = run_pep("schema", "--edition", "2030", "-o", str(tmp_path / "s.json"), cwd=tmp_path)
    assert completed.returncode == 2
    assert "édition « 2030 » inconnue" in completed.stderr
    assert not (tmp_path / "s.json").exists()
