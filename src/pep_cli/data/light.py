"""The models without pydantic, for data that is valid: what ``pep validate`` sees most.

Importing pydantic and building the model classes costs about 0.17 s, more than checking
a hundred conventions from the cache; validating through it costs more than reading.
Yet almost every file that pep reads is valid. So :func:`build` walks plain data
against the models' definitions (``light_spec.json``, derived from the pydantic models
by :mod:`pep_cli.data.spec`) and builds twins of the models: the same fields, values and
behaviour (:mod:`pep_cli.data.behaviour`). It accepts only what pydantic accepts without
conversion (a text is a ``str``, a whole number an ``int``, a date a ``date``); anything
else, valid or not, raises :class:`Unsure`, and pydantic reads the data again: every
error message is pydantic's, turned into French as before.

``PEP_NO_LIGHT=1`` sends everything to pydantic (the tests run the rule cases both ways
and compare the reports byte for byte).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from decimal import Decimal
from pathlib import Path
from typing import Any, ClassVar

_SPEC: dict[str, Any] | None = None
_CLASSES: dict[str, type] = {}
_MAX = Decimal(10) ** 12  # as pep_cli.data.model.MAX_AMOUNT
_MAX_DECIMALS = 6  # as pep_cli.data.model.MAX_DECIMALS
_PATTERNS: dict[str, re.Pattern[str]] = {}


class Unsure(Exception):
    """Data that pydantic must read (an error to report, or a conversion to make)."""


def enabled() -> bool:
    return not os.environ.get("PEP_NO_LIGHT")


def _spec() -> dict[str, Any]:
    global _SPEC
    if _SPEC is None:
        _SPEC = json.loads(Path(__file__).with_name("light_spec.json").read_text("utf-8"))
    return _SPEC


class LightModel:
    """A model's twin: its fields as attributes (``model_fields`` names them, in order)."""

    model_fields: ClassVar[dict[str, None]] = {}

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.model_fields)
        return f"{type(self).__name__}({shown})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.model_fields)

    __hash__ = None  # type: ignore[assignment]

    def model_dump(self) -> dict[str, Any]:
        """As pydantic's (python mode): the fields as plain dicts, lists and values."""
        return {name: _dumped(getattr(self, name)) for name in self.model_fields}


def _dumped(value: Any) -> Any:
    if isinstance(value, LightModel):
        return value.model_dump()
    if type(value) is list:
        return [_dumped(item) for item in value]
    if type(value) is dict:
        return {key: _dumped(item) for key, item in value.items()}
    return value


def validate_convention(data: Any) -> tuple[Any, list[Any]]:
    """As :func:`pep_cli.data.model.validate`: the twin of valid data without pydantic,
    else pydantic's model or its errors."""
    if enabled():
        try:
            return build("Convention", data), []
        except Unsure:
            pass
    from pep_cli.data.model import validate

    return validate(data)


def light_class(name: str) -> type:
    """The twin class of the model ``name``."""
    found = _CLASSES.get(name)
    if found is None:
        from pep_cli.data.behaviour import BEHAVIOURS

        spec = _spec()["models"][name]
        bases = (BEHAVIOURS[name], LightModel) if name in BEHAVIOURS else (LightModel,)
        fields = {field["name"]: None for field in spec["fields"]}
        found = type(name, bases, {"model_fields": fields, "__module__": __name__})
        _CLASSES[name] = found
    return found


def __getattr__(name: str) -> type:
    """``light.Convention``: the twin classes, found by name as pickle looks them up."""
    if name[:1].isupper() and name in _spec()["models"]:
        return light_class(name)
    raise AttributeError(name)


def build(name: str, data: Any) -> Any:
    """The twin of model ``name`` for ``data``, or :class:`Unsure`."""
    try:
        return _model(name, data)
    except (RecursionError, ArithmeticError, TypeError, ValueError):
        raise Unsure from None  # whatever this reading cannot settle, pydantic does


def _model(name: str, data: Any) -> Any:
    if type(data) is not dict:
        raise Unsure
    spec = _spec()["models"][name]
    known = 0
    cls: Any = light_class(name)
    instance = cls.__new__(cls)
    values = instance.__dict__
    for field in spec["fields"]:
        field_name = field["name"]
        if field_name in data:
            known += 1
            values[field_name] = _value(field["type"], data[field_name])
        elif "default" in field:
            values[field_name] = _copy(field["default"])
        else:
            raise Unsure  # a missing field: pydantic says which
    if known != len(data):
        raise Unsure  # a key the model does not know
    if spec["marked"]:
        _check_mark(name, values.get("illustrative"))
    if spec["checked"] and instance.problem() is not None:
        raise Unsure
    return instance


def _copy(default: Any) -> Any:
    if type(default) is list:
        return list(default)
    if type(default) is dict:
        return dict(default)
    return default


def _value(kind: dict[str, Any], value: Any) -> Any:
    what = kind["kind"]
    if what == "str":
        if type(value) is not str or len(value) < kind.get("min_length", 0):
            raise Unsure
        pattern = kind.get("pattern")
        if pattern is not None and ("\n" in value or not _pattern(pattern).search(value)):
            raise Unsure  # (pydantic's $ does not match before a final line break)
        return value
    if what == "optional":
        return None if value is None else _value(kind["of"], value)
    if what == "literal":
        for choice in kind["values"]:
            if type(value) is type(choice) and value == choice:
                return value
        raise Unsure
    if what == "int":
        if type(value) is not int:
            raise Unsure
        if ("ge" in kind and value < kind["ge"]) or ("le" in kind and value > kind["le"]):
            raise Unsure
        return value
    if what == "year":
        if type(value) is not int or not 1900 <= value <= 2200:
            raise Unsure
        return value
    if what == "money":
        return _decimal(value, negative=False, decimals=2)
    if what == "number":
        return _decimal(value, negative=True, decimals=_MAX_DECIMALS)
    if what == "list":
        if type(value) is not list or len(value) < kind.get("min_length", 0):
            raise Unsure
        of = kind["of"]
        return [_value(of, item) for item in value]
    if what == "dict":
        if type(value) is not dict or len(value) < kind.get("min_length", 0):
            raise Unsure
        key_kind, value_kind = kind["key"], kind["value"]
        return {_value(key_kind, k): _value(value_kind, v) for k, v in value.items()}
    if what == "model":
        return _model(kind["name"], value)
    if what == "bool":
        if type(value) is not bool:
            raise Unsure
        return value
    if what == "date":
        if type(value) is not dt.date:
            raise Unsure
        return value
    if what == "mark":
        if type(value) is bool:
            return value
        if type(value) is list and value and all(type(v) is str and v for v in value):
            return list(value)
        raise Unsure
    if what == "schema_version":
        if type(value) is not int or value != 1:
            raise Unsure
        return value
    raise Unsure  # a kind this version does not know: pydantic decides


def _pattern(pattern: str) -> re.Pattern[str]:
    compiled = _PATTERNS.get(pattern)
    if compiled is None:
        compiled = _PATTERNS[pattern] = re.compile(pattern)
    return compiled


def _decimal(value: Any, *, negative: bool, decimals: int) -> Decimal:
    if type(value) is not int and type(value) is not Decimal:
        raise Unsure
    number = Decimal(value)
    # Compared, never rounded: abs() of 8.1E+4000001 would overflow the decimal context.
    if not number.is_finite() or (number < 0 and not negative) or not -_MAX < number < _MAX:
        raise Unsure
    exponent = number.as_tuple().exponent
    if not isinstance(exponent, int) or exponent < -decimals:
        raise Unsure
    return number


_MARKABLE: dict[str, frozenset[str]] = {}


def markable_fields(name: str) -> frozenset[str]:
    """As :func:`pep_cli.data.model.markable_fields`: the fields of the block ``name`` and of
    the blocks nested in it."""
    found = _MARKABLE.get(name)
    if found is None:
        models = _spec()["models"]
        names: set[str] = set()
        pending, seen = [name], set()
        while pending:
            current = pending.pop()
            if current in seen:
                continue
            seen.add(current)
            for field in models[current]["fields"]:
                if field["name"] in ("illustrative", "schema_version"):
                    continue
                names.add(field["name"])
                pending.extend(_nested(field["type"]))
        found = _MARKABLE[name] = frozenset(names)
    return found


def _nested(kind: dict[str, Any]) -> list[str]:
    if kind["kind"] == "model":
        return [kind["name"]]
    found = []
    for key in ("of", "key", "value"):
        if key in kind:
            found += _nested(kind[key])
    return found


def _check_mark(name: str, mark: Any) -> None:
    if isinstance(mark, list):
        allowed = markable_fields(name)
        for entry in mark:
            parts = entry.split(".")
            if parts[0] not in allowed or not all(parts):
                raise Unsure
