"""The pydantic models written out as plain data, for :mod:`pep_cli.data.light`.

:func:`derive` reads the field definitions of the models (types, constraints,
defaults, validators) into JSON-ready data; ``light_spec.json`` holds its output, so
that the light reader never imports pydantic. ``make spec`` writes it again;
``tests/data/test_light.py`` fails when it no longer matches the models.

Run ``python -m pep_cli.data.spec`` to print it.
"""

from __future__ import annotations

import datetime as dt
import json
import types
import typing
from pathlib import Path
from typing import Any

from pydantic import BaseModel

SPEC_FILE = Path(__file__).with_name("light_spec.json")


def derive() -> dict[str, Any]:
    from pep_cli.data.catalogue import Catalogue
    from pep_cli.data.model import Convention
    from pep_cli.data.territories import Territories

    models: dict[str, Any] = {}
    for root in (Convention, Catalogue, Territories):
        _model(root, models)
    return {"models": dict(sorted(models.items()))}


def _model(model: type[BaseModel], models: dict[str, Any]) -> str:
    name = model.__name__
    if name in models:
        return name
    models[name] = None  # reserved: a model may refer to itself
    from pep_cli.data.model import _Marked

    fields = []
    for field_name, info in model.model_fields.items():
        kind = _kind(info.annotation, list(info.metadata), models)
        entry: dict[str, Any] = {"name": field_name, "type": kind}
        if not info.is_required():
            default = info.get_default(call_default_factory=True)
            json.dumps(default)  # a default the spec cannot hold would fail here
            entry["default"] = default
        fields.append(entry)
    models[name] = {
        "fields": fields,
        "marked": issubclass(model, _Marked),
        "checked": hasattr(model, "problem"),
    }
    return name


def _kind(annotation: Any, metadata: list[Any], models: dict[str, Any]) -> dict[str, Any]:
    from pep_cli.data import model as m

    if typing.get_origin(annotation) is typing.Annotated:
        base, *extra = typing.get_args(annotation)
        return _kind(base, [*extra, *metadata], models)
    from pydantic.fields import FieldInfo

    flat: list[Any] = []
    for item in metadata:  # a Field(...) inside Annotated brings its own constraints
        flat += item.metadata if isinstance(item, FieldInfo) else [item]
    constraints: dict[str, Any] = {}
    for item in flat:
        func = getattr(item, "func", None)
        if func is not None:
            plain = {m._money: "money", m._number: "number", m._year: "year", m._mark: "mark"}
            if type(item).__name__ == "PlainValidator":
                if func not in plain:
                    raise TypeError(f"validateur inconnu : {func}")
                return {"kind": plain[func]}
            if func is m._format_version:
                return {"kind": "schema_version"}
            if func is m._no_number:
                continue
            raise TypeError(f"validateur inconnu : {func}")
        for attribute in ("min_length", "max_length", "ge", "gt", "le", "lt", "pattern", "strict"):
            value = getattr(item, attribute, None)
            if value is not None:
                constraints[attribute] = value
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in args if a is not type(None)]
        if len(options) == 1 and len(args) == 2:
            return {"kind": "optional", "of": _kind(options[0], metadata, models)}
        raise TypeError(f"union non prise en charge : {annotation}")
    if origin is typing.Literal:
        return {"kind": "literal", "values": list(args)}
    if origin is list:
        return {"kind": "list", "of": _kind(args[0], [], models), **constraints}
    if origin is dict:
        key, value = (_kind(a, [], models) for a in args)
        return {"kind": "dict", "key": key, "value": value, **constraints}
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return {"kind": "model", "name": _model(annotation, models)}
    simple = {str: "str", int: "int", bool: "bool", dt.date: "date"}
    if annotation in simple:
        return {"kind": simple[annotation], **constraints}
    raise TypeError(f"type non pris en charge : {annotation}")


def text() -> str:
    return json.dumps(derive(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


if __name__ == "__main__":
    print(text(), end="")
