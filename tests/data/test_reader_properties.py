"""Properties of pep's YAML reader over arbitrary text (hypothesis).

Whatever a pull request puts in a file, reading it never raises; every fault has a place in
the text as an editor counts lines, a rule, and a French message. And a document written as
JSON (which YAML 1.2 reads as it is) is read with exactly its value: no string folded, no
number turned into a float or a string, nothing lost.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers_validate import ENGLISH
from pep_cli.data.yamlsource import EDITOR_LINE_BREAK, read_document

# The same examples on every run (derandomize): a CI run is red only for a change of pep.
# To explore further, raise max_examples locally.
SETTINGS = settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
_QUOTED = re.compile(r"« [^»]* »")

# Characters that make YAML structure, so that random texts are not all plain scalars.
_YAMLISH = st.text(
    alphabet=st.sampled_from(list(":-[]{},#&*!|>'\"\n\t %?@`~.0123456789abcxyzé²٢\r\x85\u2028")),
    max_size=120,
)


def _check_faults(text: str) -> None:
    doc = read_document(Path("conv.yaml"), text.encode("utf-8", errors="surrogatepass"))
    lines = len(EDITOR_LINE_BREAK.split(doc.text)) if doc.text else 1
    for fault in doc.faults:
        assert fault.kind in ("syntax", "duplicate-key"), fault
        assert 1 <= fault.line <= lines + 1, (fault, lines)
        assert fault.column >= 1, fault
        assert fault.message and not ENGLISH.search(_QUOTED.sub("", fault.message)), fault


@SETTINGS
@given(st.text(max_size=200))
def test_any_unicode_text_is_read_without_raising(text: str) -> None:
    _check_faults(text)


@SETTINGS
@given(_YAMLISH)
def test_any_yaml_like_text_is_read_without_raising(text: str) -> None:
    _check_faults(text)


@SETTINGS
@given(st.binary(max_size=120))
def test_any_bytes_are_read_without_raising(raw: bytes) -> None:
    doc = read_document(Path("conv.yaml"), raw)
    for fault in doc.faults:
        assert fault.line >= 1 and fault.column >= 1, fault


_SCALARS = (
    st.text(max_size=40)
    | st.integers(min_value=-(10**20), max_value=10**20)
    | st.decimals(
        allow_nan=False, allow_infinity=False, places=2, max_value=10**12, min_value=-(10**12)
    )
    | st.booleans()
    | st.none()
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(min_size=1, max_size=30), inner, max_size=4)
    ),
    max_leaves=25,
)


def _printable(char: str) -> bool:
    """Whether YAML 1.2 lets ``char`` stand as it is in a stream (c-printable)."""
    code = ord(char)
    return (
        0x20 <= code <= 0x7E
        or code == 0x85
        or 0xA0 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or code >= 0x10000
    )


def _quoted(text: str, *, ascii_only: bool) -> str:
    """``text`` as a double-quoted scalar: JSON's, with YAML's escapes beyond the BMP."""
    out = []
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif _printable(char) and not (ascii_only and ord(char) > 0x7E):
            out.append(char)
        elif ord(char) <= 0xFFFF:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(f"\\U{ord(char):08x}")
    return '"' + "".join(out) + '"'


def _as_json(value: Any, *, ascii_only: bool) -> str:
    """JSON text of ``value``, Decimals written as their own digits."""
    if isinstance(value, str):
        return _quoted(value, ascii_only=ascii_only)
    if isinstance(value, dict):
        items = (
            f"{_quoted(k, ascii_only=ascii_only)}: {_as_json(v, ascii_only=ascii_only)}"
            for k, v in value.items()
        )
        return "{" + ", ".join(items) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_as_json(v, ascii_only=ascii_only) for v in value) + "]"
    if isinstance(value, Decimal):
        return str(value)
    return json.dumps(value, ensure_ascii=ascii_only)


@SETTINGS
@given(_VALUES, st.booleans())
def test_a_json_document_is_read_with_its_exact_value(value: Any, ascii_only: bool) -> None:
    text = _as_json(value, ascii_only=ascii_only)
    doc = read_document(Path("conv.yaml"), text.encode("utf-8"))
    if doc.faults:
        # Only U+0085, U+2028 or U+2029 written as such, where libyaml (YAML 1.1) would break
        # the line, is refused, at its place; nothing else.
        assert all(re.search("U\\+(0085|2028|2029)", f.message) for f in doc.faults), doc.faults
        return
    assert doc.data == value
    assert repr(doc.data) == repr(_expected_types(value))


def _expected_types(value: Any) -> Any:
    """The value with the types pep gives: Decimal amounts stay Decimal, "-0.00" too."""
    if isinstance(value, dict):
        return {k: _expected_types(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_expected_types(v) for v in value]
    if isinstance(value, Decimal) and "." not in str(value) and "E" not in str(value):
        return int(value)
    return value
