"""The light twins of the models (pep_cli.data.light) against pydantic.

A twin is built only for data that pydantic accepts, with the same fields, values and
types; anything else is left to pydantic. Checked on every data file of the repository,
on every rule case (reports byte for byte, both ways), and on data altered at random.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from helpers_validate import REPO, reports, rule_cases, run_case
from pep_cli.data import light, spec
from pep_cli.data.catalogue import Catalogue
from pep_cli.data.model import Convention
from pep_cli.data.territories import Territories
from pep_cli.data.yamlsource import read_document

MODELS: dict[str, type[BaseModel]] = {
    "Convention": Convention,
    "Catalogue": Catalogue,
    "Territories": Territories,
}
SETTINGS = settings(
    max_examples=500,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def same(twin: Any, model: Any, where: str = "") -> None:
    """``twin`` holds what ``model`` holds: the same values, of the same types."""
    if isinstance(model, BaseModel):
        assert type(twin).__name__ == type(model).__name__, where
        assert list(type(twin).model_fields) == list(type(model).model_fields), where
        for name in type(model).model_fields:
            same(getattr(twin, name), getattr(model, name), f"{where}.{name}")
        return
    assert type(twin) is type(model), (where, twin, model)
    if isinstance(model, list):
        assert len(twin) == len(model), where
        for index, (a, b) in enumerate(zip(twin, model, strict=True)):
            same(a, b, f"{where}[{index}]")
    elif isinstance(model, dict):
        assert list(twin) == list(model), where
        for (key_a, a), (key_b, b) in zip(twin.items(), model.items(), strict=True):
            same(key_a, key_b, f"{where} (clé)")
            same(a, b, f"{where}[{key_b}]")
    elif isinstance(model, Decimal):
        assert str(twin) == str(model), where
    else:
        assert twin == model, where


def agree(name: str, data: Any) -> bool:
    """The twin is built only when pydantic accepts the data, and then holds the same."""
    try:
        twin = light.build(name, data)
    except light.Unsure:
        twin = None
    try:
        model = MODELS[name].model_validate(data)
    except ValidationError:
        model = None
    if twin is not None:
        assert model is not None, "twin built for data pydantic refuses"
        same(twin, model)
    return twin is not None


def kind_of(data: dict[str, Any]) -> str:
    if "editions" in data:
        return "Catalogue"
    return "Territories" if "territories" in data else "Convention"


def data_files() -> list[Path]:
    found = sorted((REPO / "data").rglob("*.yaml")) + sorted((REPO / "tests").rglob("*.yaml"))
    return [f for f in found if "yaml_test_suite" not in f.parts]


def test_the_spec_is_the_models() -> None:
    """light_spec.json is what the pydantic models say now (make spec writes it again)."""
    assert spec.SPEC_FILE.read_text("utf-8") == spec.text(), "lancez : make spec"


def test_every_data_file_of_the_repository() -> None:
    built = 0
    for path in data_files():
        doc = read_document(path, raw=path.read_bytes())
        if doc.faults or not isinstance(doc.data, dict):
            continue
        built += agree(kind_of(doc.data), doc.data)
    assert built >= 100


def test_a_twin_crosses_processes_as_it_is() -> None:
    import pickle

    path = REPO / "data" / "departments" / "15-cantal-2022.yaml"
    twin = light.build("Convention", read_document(path, raw=path.read_bytes()).data)
    again = pickle.loads(pickle.dumps(twin))
    assert again == twin and type(again) is type(twin)
    same(again, Convention.model_validate(read_document(path, raw=path.read_bytes()).data))


def test_a_twin_dumps_as_its_model() -> None:
    for path in sorted((REPO / "data" / "departments").glob("*.yaml")):
        data = read_document(path, raw=path.read_bytes()).data
        twin, model = light.build("Convention", data), Convention.model_validate(data)
        same(twin.model_dump(), model.model_dump(), path.name)
        same(twin.territory.model_dump(), model.territory.model_dump(), path.name)


def test_the_shipped_data_needs_no_pydantic() -> None:
    for path in sorted((REPO / "data").rglob("*.yaml")):
        doc = read_document(path, raw=path.read_bytes())
        light.build(kind_of(doc.data), doc.data)  # raises Unsure otherwise


def test_every_rule_case_reports_the_same_without_the_twins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cases = rule_cases()
    with_twins = {case.name: reports(run_case(case, tmp_path)) for case in cases}
    monkeypatch.setenv("PEP_NO_LIGHT", "1")
    for case in cases:
        assert reports(run_case(case, tmp_path)) == with_twins[case.name], case.name


def test_validate_on_the_shipped_data_does_not_import_pydantic() -> None:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "pep_cli", "validate", "--no-cache"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PEP_NO_HELP_CACHE": "1"},
    )
    assert done.returncode in (0, 1), done.stderr[-2000:]
    imported = {line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines() if "|" in line}
    assert "pep_cli.data.model" not in imported and "pydantic" not in imported


# --- data altered at random: a twin only where pydantic agrees ----------------------------

BASE = read_document(
    REPO / "data" / "departments" / "15-cantal-2022.yaml",
    raw=(REPO / "data" / "departments" / "15-cantal-2022.yaml").read_bytes(),
).data
CATALOGUE = read_document(REPO / "data" / "catalogue.yaml").data
TERRITORIES = read_document(REPO / "data" / "territories.yaml").data

VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 3000),
    st.sampled_from([0, 1, 2, 1900, 2022, 2200, 2201, 10**12, -1]),
    st.decimals(allow_nan=True, allow_infinity=True, places=None),
    st.sampled_from(
        [Decimal("1.5"), Decimal("0.001"), Decimal("1e-7"), Decimal("NaN"), Decimal("1E+12")]
    ),
    st.text(max_size=6),
    st.sampled_from(["", "up", "down", "draft", "signed", "adopted", "nombre", "etat", "1"]),
    st.sampled_from(["abc", "a-b", "A-B", "a b", "a\n", "15", "2A", "20R", "results", "x.y"]),
    st.dates(dt.date(1800, 1, 1), dt.date(2300, 1, 1)),
    st.just(dt.datetime(2022, 1, 1, 0, 0)),
    st.lists(st.text(max_size=3), max_size=2),
    st.just({}),
    st.just([]),
)


def paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            found += paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += paths(value, (*prefix, index))
    return found


def copy(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: copy(v) for k, v in data.items()}
    if isinstance(data, list):
        return [copy(v) for v in data]
    return data


@st.composite
def altered(draw: st.DrawFn, base: Any) -> Any:
    data = copy(base)
    every = paths(data)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(every))
        if not path:
            continue
        parent = data
        try:
            for part in path[:-1]:
                parent = parent[part]
            edit = draw(st.sampled_from(["value", "delete", "key"]))
            if edit == "value":
                parent[path[-1]] = draw(VALUES)
            elif edit == "delete":
                del parent[path[-1]]
            elif isinstance(parent, dict):
                parent[draw(st.sampled_from(["extra", 2023, True, None, "illustrative"]))] = (
                    parent.pop(path[-1])
                )
        except (KeyError, IndexError, TypeError):
            continue
    return data


@SETTINGS
@given(altered(BASE))
def test_an_altered_convention(data: Any) -> None:
    agree("Convention", data)


@settings(SETTINGS, max_examples=150)
@given(altered(CATALOGUE))
def test_an_altered_catalogue(data: Any) -> None:
    agree("Catalogue", data)


@settings(SETTINGS, max_examples=150)
@given(altered(TERRITORIES))
def test_an_altered_territories_file(data: Any) -> None:
    agree("Territories", data)
