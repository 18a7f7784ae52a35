"""``pep fmt``'s core: one canonical layout for conventions, without losing a comment or a value.

The layout:

- keys in the order of the data contract (unknown keys kept, after the known ones),
  years in ascending order;
- 2-space indentation, sequence dashes indented by 2 under their key (as the
  shipped files are written);
- territory codes double-quoted; amounts written as plain numbers (``1_000``
  and ``"600000"`` become ``1000`` and ``600000``; ``600000.50`` keeps its text);
- full-line comments indented like the line they precede, at most one blank
  line in a row, LF line ends, no BOM, a single trailing newline.

Flow (``{…}``) or block style, quoting and folded text are kept as written.
The work is done by ruamel.yaml's round-trip mode (imported lazily: it is
slow to import). Every result is checked before it is returned: read back by
the engine's reader it must give the same data (amounts aside, as above) and
the same comments, or the file is refused with the reason, never damaged.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise
from typing import Any

from pep_cli.data.yamlsource import read_document, resolve_plain

# The data contract's key order (docs: shared design, convention-format.md).
TOP_KEYS = (
    "schema_version",
    "territory",
    "edition",
    "title",
    "period",
    "status",
    "version",
    "signed_on",
    "ends_on",
    "place",
    "letter_of_intent",
    "signatories",
    "departmental_plan",
    "deliberation",
    "sources",
    "actions",
    "cofinancers",
    "funding",
    "amendments",
    "execution",
    "reports",
    "illustrative",
)
INDICATOR_KEYS = (
    "label",
    "code",
    "unit",
    "direction",
    "baseline",
    "targets",
    "results",
    "comments",
    "illustrative",
)
ACTION_KEYS = (
    "id",
    "objective",
    "title",
    "description",
    "target_group",
    "actors",
    "schedule",
    "indicators",
    "funding",
    "illustrative",
)
NESTED_KEYS = {
    "territory": ("code", "name"),
    "period": ("start", "end"),
    "signatories": ("role", "name", "title", "delegation"),
    "amendments": ("version", "signed_on", "summary"),
}
BASELINE_KEYS = ("year", "value")
REPORT_KEYS = ("status", "adopted_on", "summary", "illustrative")
EXECUTION_KEYS = ("paid", "spent", "illustrative")

# An amount written as text or with digit separators: "600000", 1_000, "1_250.50".
_AMOUNT_TEXT = re.compile(r"[0-9][0-9_]*(\.[0-9]+)?")
_WIDTH = 1_000_000  # never fold a line: long titles stay on one line


class FormatError(Exception):
    """The file cannot be formatted; it is left as it is. ``line`` and ``column`` count from 1."""

    def __init__(self, line: int, column: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.column = column
        self.message = message


@dataclass(frozen=True)
class Comment:
    line: int  # from 1
    column: int  # from 1
    text: str  # from "#" to the end of the line, trailing spaces removed
    full_line: bool


# --- reading the layout of a text: comments and multi-line scalars ----------------------------


def _tokens(text: str) -> Iterator[Any]:
    from _ruamel_yaml import CParser

    parser = CParser(text)
    while True:
        token = parser.get_token()
        if token is None or type(token).__name__ == "StreamEndToken":
            return
        yield token


def scan_layout(text: str) -> tuple[list[Comment], set[int]]:
    """The comments of ``text``, and the lines (from 1) that belong to a multi-line scalar.

    A ``#`` is a comment when libyaml's scanner puts it outside every token;
    the lines after the first of a scalar token (block scalars, quoted or plain
    scalars over several lines) are content, never layout.
    """
    comments: list[Comment] = []
    inside: set[int] = set()
    position = 0

    def gap(start: int, end: int) -> None:
        # Between two tokens there is only space, line breaks and comments.
        index = text.find("#", start, end)
        while index >= 0:
            line_start = text.rfind("\n", 0, index) + 1
            line_end = text.find("\n", index)
            line_end = len(text) if line_end < 0 else line_end
            comments.append(
                Comment(
                    line=text.count("\n", 0, index) + 1,
                    column=index - line_start + 1,
                    text=text[index:line_end].rstrip(),
                    full_line=not text[line_start:index].strip(),
                )
            )
            index = text.find("#", line_end, end)

    for token in _tokens(text):
        start, end = token.start_mark.index, token.end_mark.index
        if start > position:
            gap(position, start)
        if type(token).__name__ == "ScalarToken" and token.end_mark.line > token.start_mark.line:
            last = token.end_mark.line + (1 if token.end_mark.column > 0 else 0)
            inside.update(range(token.start_mark.line + 2, last + 1))
        position = max(position, end)
    gap(position, len(text))
    return comments, inside


def _in_flow(text: str, comment: Comment) -> bool:
    """Whether ``comment`` sits inside a flow collection ({…} or […])."""
    depth = 0
    offset = (
        sum(len(line) + 1 for line in text.split("\n")[: comment.line - 1]) + comment.column - 1
    )
    for token in _tokens(text):
        if token.start_mark.index >= offset:
            break
        kind = type(token).__name__
        if kind in ("FlowMappingStartToken", "FlowSequenceStartToken"):
            depth += 1
        elif kind in ("FlowMappingEndToken", "FlowSequenceEndToken"):
            depth -= 1
    return depth > 0


# --- the canonical data: what the engine must read back -------------------------------------


def _amount_text(value: str) -> str | None:
    """The plain text of an amount written as a string or with ``_``; None if it is not one."""
    if _AMOUNT_TEXT.fullmatch(value):
        return value.replace("_", "")
    return None


def _funding_maps(data: Any) -> Iterator[Any]:
    """Every ``{source: {year: amount}}`` mapping of a convention (totals and actions)."""
    if not isinstance(data, dict):
        return
    if isinstance(data.get("funding"), dict):
        yield data["funding"]
    actions = data.get("actions")
    if isinstance(actions, list):
        for action in actions:
            if isinstance(action, dict) and isinstance(action.get("funding"), dict):
                yield action["funding"]


def _execution_entries(data: Any) -> Iterator[Any]:
    """Every ``{paid, spent}`` mapping of ``execution`` (per source, per year)."""
    execution = data.get("execution") if isinstance(data, dict) else None
    if not isinstance(execution, dict):
        return
    for years in execution.values():
        if isinstance(years, dict):
            yield from (entry for entry in years.values() if isinstance(entry, dict))


def expected_data(data: Any) -> Any:
    """The engine's data of a file once formatted: amounts given as text become numbers.

    The engine reads ``"600000"`` and ``1_000`` as text (a schema error);
    ``pep fmt`` writes them as the numbers they spell. Modifies ``data`` in place.
    """
    for funding in _funding_maps(data):
        for years in funding.values():
            if not isinstance(years, dict):
                continue
            for year, value in years.items():
                if isinstance(value, str) and (plain := _amount_text(value)) is not None:
                    years[year] = resolve_plain(plain)
    for entry in _execution_entries(data):
        for key in ("paid", "spent"):
            value = entry.get(key)
            if isinstance(value, str) and (plain := _amount_text(value)) is not None:
                entry[key] = resolve_plain(plain)
    return data


def strict(value: Any) -> Any:
    """Data made comparable: ``1 != True``, ``1.50 != 1.5``, and key order does not count."""
    if isinstance(value, dict):
        return ("map", frozenset((strict(k), strict(v)) for k, v in value.items()))
    if isinstance(value, list):
        return ("seq", tuple(strict(v) for v in value))
    if isinstance(value, Decimal):
        return ("decimal", str(value))
    return (type(value).__name__, repr(value))


# --- the round trip ----------------------------------------------------------------------------


def _yaml() -> Any:
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.Representer = _representer_class()
    yaml.Constructor = _constructor_class()
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = _WIDTH
    yaml.preserve_quotes = True
    return yaml


class _Number:
    """A number kept as its exact text (``600000.50``), written plain.

    Not a ``str``: ruamel.yaml would give a replaced quoted string its quotes back.
    """

    def __init__(self, text: str, tag: str | None = None) -> None:
        self.text = text
        self.tag = tag or (
            "tag:yaml.org,2002:int"
            if text.isascii() and text.isdigit()
            else "tag:yaml.org,2002:float"
        )


def _representer_class() -> type:
    from ruamel.yaml.representer import RoundTripRepresenter

    class Representer(RoundTripRepresenter):
        pass

    Representer.add_representer(
        _Number, lambda representer, data: representer.represent_scalar(data.tag, data.text)
    )
    return Representer


def _constructor_class() -> type:
    from ruamel.yaml.constructor import RoundTripConstructor

    class Constructor(RoundTripConstructor):
        def construct_yaml_float(self, node: Any) -> Any:
            # ruamel.yaml rebuilds a float's text from its value and widths, which
            # can change it ("1_250.05" comes back as "01250.05"): keep the text.
            if node.anchor:
                return super().construct_yaml_float(node)
            return _Number(node.value)

        def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:
            # A date is kept as its text too: an impossible one (2022-02-30) is a schema
            # problem for ``pep validate`` to report, not a reason for fmt to fail.
            if node.anchor:
                return super().construct_yaml_timestamp(node, values)
            return _Number(node.value, "tag:yaml.org,2002:timestamp")

    Constructor.add_constructor("tag:yaml.org,2002:float", Constructor.construct_yaml_float)
    Constructor.add_constructor("tag:yaml.org,2002:timestamp", Constructor.construct_yaml_timestamp)
    return Constructor


def _has_merge(mapping: Any) -> bool:
    from ruamel.yaml.comments import merge_attrib

    return bool(getattr(mapping, merge_attrib, None))


def _own_keys(mapping: Any) -> list[Any]:
    """The keys written in ``mapping`` itself, not those it merges from a base (``<<: *base``)."""
    if _has_merge(mapping):
        own: set[Any] = getattr(mapping, "_ok", set())
        return [key for key in mapping if key in own]
    return list(mapping)


def _is_block(value: Any) -> bool:
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    return (
        isinstance(value, CommentedMap | CommentedSeq) and bool(value) and not value.fa.flow_style()
    )


def _tail_slot(
    container: Any, key: Any, ends: list[list[Any]] | None = None
) -> tuple[list[Any], int]:
    """Where ruamel.yaml keeps the comment lines written after ``container[key]``.

    ruamel.yaml attaches the comment lines that follow a value to the last
    scalar before them, at the deepest level (``(item list, index in it)``),
    or to the end of a collection (``ca.end``, collected in ``ends``, innermost
    first).
    """
    from ruamel.yaml.comments import CommentedMap

    value = container[key]
    if _is_block(value):
        last = list(value.keys())[-1] if isinstance(value, CommentedMap) else len(value) - 1
        slot = _tail_slot(value, last, ends)
        if ends is not None and value.ca.end:
            ends.append(value.ca.end)
        return slot
    index = 2 if isinstance(container, CommentedMap) else 0
    items = container.ca.items.setdefault(key, [None, None, None, None])
    return items, index


def _comment_text(token: Any) -> str:
    """A comment token's text as written, with its indentation."""
    value: str = token.value
    column = getattr(token, "column", 0) or 0
    return " " * column + value if value.startswith("#") else value


def _take_tail(container: Any, key: Any, *, column: int = -1) -> str:
    """Detach the comment lines after ``container[key]``'s own line and return them.

    With ``column``, only the lines from the first comment indented at most that
    much: more indented ones are about the value before and stay with it.
    """
    ends: list[list[Any]] = []
    items, index = _tail_slot(container, key, ends)
    token = items[index]
    first, rest = ("", "")
    if token is not None:
        first, _, rest = token.value.partition("\n")
    for end in ends:
        rest += "".join(_comment_text(t) for t in end)
    if not rest.strip():
        return ""
    lines = rest.removesuffix("\n").split("\n")
    cut = 0
    if column >= 0:
        cut = next(
            (
                i
                for i, line in enumerate(lines)
                if line.strip() and len(line) - len(line.lstrip()) <= column
            ),
            len(lines),
        )
        while cut > 0 and not lines[cut - 1].strip():
            cut -= 1  # blank lines before a comment go with it
    kept, taken = lines[:cut], lines[cut:]
    if not "".join(taken).strip():
        return ""
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    for end in ends:
        end.clear()
    text = first + "\n" + "".join(line + "\n" for line in kept)
    if token is None:
        items[index] = CommentToken(text, CommentMark(0), None) if text != "\n" else None
    elif text == "\n":
        items[index] = None
    else:
        token.value = text
    return "".join(line + "\n" for line in taken)


def _put_tail(container: Any, key: Any, lines: str) -> None:
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    items, index = _tail_slot(container, key)
    token = items[index]
    if token is None:
        items[index] = CommentToken("\n" + lines, CommentMark(0), None)
    else:
        token.value = token.value.rstrip("\n") + "\n" + lines


def _reorder(mapping: Any, order: tuple[str, ...], *, top: bool = False) -> None:
    """Put ``mapping``'s keys in ``order``; comment lines stay before the key they precede."""
    from ruamel.yaml.comments import CommentedMap
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    if not isinstance(mapping, CommentedMap) or _has_merge(mapping):
        return  # a "<<: *base" mapping shares keys with its base: left as written
    keys = list(mapping.keys())
    rank = {key: index for index, key in enumerate(order)}
    wanted = sorted(keys, key=lambda k: (0, rank[k]) if k in rank else (1, keys.index(k)))
    if wanted == keys:
        return
    # The lines between two keys are about the second one: make them its pre-comment
    # (except where it would come first in a list item: "- " cannot be followed by a comment).
    column = mapping.lc.col if mapping.lc.col is not None else 0
    for key, following in pairwise(keys):
        if following == wanted[0] and not top:
            continue
        lines = _take_tail(mapping, key, column=column)
        if lines:
            items = mapping.ca.items.setdefault(following, [None, None, None, None])
            items[1] = [CommentToken(lines, CommentMark(0), None), *(items[1] or [])]
    tail = _take_tail(mapping, keys[-1])  # about what follows the mapping: stays at its end
    for key in wanted:
        mapping.move_to_end(key)
    if tail:
        _put_tail(mapping, wanted[-1], tail)


def _sort_years(mapping: Any) -> None:
    from ruamel.yaml.comments import CommentedMap

    if not isinstance(mapping, CommentedMap) or _has_merge(mapping):
        return
    keys = list(mapping.keys())
    if all(isinstance(k, int) and not isinstance(k, bool) for k in keys) and keys != sorted(keys):
        for key in sorted(keys):
            mapping.move_to_end(key)


def _canonical_amount(value: Any) -> Any:
    from ruamel.yaml.scalarint import ScalarInt

    if isinstance(value, _Number):
        plain = _amount_text(value.text)
        return _Number(plain) if plain is not None and plain != value.text else None
    if getattr(value, "anchor", None) is not None and value.anchor.value:
        return None  # anchored scalars are left alone: an alias may point at them
    if isinstance(value, str) and (plain := _amount_text(value)) is not None:
        return _Number(plain)
    if isinstance(value, ScalarInt) and getattr(value, "_underscore", None):
        return _Number(str(int(value)))
    return None


def _canonical_code(value: Any) -> Any:
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    if not isinstance(value, str) or isinstance(value, DoubleQuotedScalarString):
        return None
    anchor = getattr(value, "anchor", None)
    if anchor is not None and anchor.value:
        return None
    return DoubleQuotedScalarString(str(value))


def _items(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _canonicalise(data: Any) -> None:
    from ruamel.yaml.comments import CommentedMap

    if not isinstance(data, CommentedMap):
        return
    # Inner mappings first: their comment lines settle before the outer keys move.
    for key in ("territory", "period"):
        _reorder(data.get(key), NESTED_KEYS[key])
    for key in ("signatories", "amendments"):
        for item in _items(data.get(key)):
            _reorder(item, NESTED_KEYS[key])
    territory = data.get("territory")
    if isinstance(territory, CommentedMap) and not _has_merge(territory) and "code" in territory:
        code = _canonical_code(territory["code"])
        if code is not None:
            territory["code"] = code
    for action in _items(data.get("actions")):
        _reorder(action, ACTION_KEYS)
        if not isinstance(action, CommentedMap):
            continue
        for indicator in _items(action.get("indicators")):
            _reorder(indicator, INDICATOR_KEYS)
            if isinstance(indicator, CommentedMap):
                _reorder(indicator.get("baseline"), BASELINE_KEYS)
                _sort_years(indicator.get("targets"))
                _sort_years(indicator.get("results"))
                _sort_years(indicator.get("comments"))
    reports = data.get("reports")
    if isinstance(reports, CommentedMap):
        for year in _own_keys(reports):
            _reorder(reports[year], REPORT_KEYS)
        _sort_years(reports)
    execution = data.get("execution")
    if isinstance(execution, CommentedMap):
        for source in _own_keys(execution):
            years = execution[source]
            if isinstance(years, CommentedMap):
                for year in _own_keys(years):
                    _reorder(years[year], EXECUTION_KEYS)
                _sort_years(years)
        for entry in _execution_entries(data):
            if isinstance(entry, CommentedMap) and not _has_merge(entry):
                for key in ("paid", "spent"):
                    if key in entry and (amount := _canonical_amount(entry[key])) is not None:
                        entry[key] = amount
    _reorder(data, TOP_KEYS, top=True)
    for funding in _funding_maps(data):
        for source in _own_keys(funding):
            years = funding[source]
            if not isinstance(years, CommentedMap):
                continue
            _sort_years(years)
            for year in _own_keys(years):
                amount = _canonical_amount(years[year])
                if amount is not None:
                    years[year] = amount


def _round_trip(text: str) -> str:
    yaml = _yaml()
    try:
        data = yaml.load(text)
    except Exception as exc:  # ruamel's own faults; libyaml accepted the text already
        from pep_cli.data.yamlsource import _describe_yaml_error

        line, column, message = _describe_yaml_error(exc, text)
        # The text is valid (it was read already): it is the layout that cannot be kept.
        message = "mise en forme impossible : " + message.removeprefix("YAML invalide : ")
        raise FormatError(line, column, message) from None
    _canonicalise(data)
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def _tidy(text: str) -> str:
    """Blank lines, full-line comment indentation and the end of the file."""
    comments, inside = scan_layout(text)
    full_line = {c.line for c in comments if c.full_line}
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    kept: list[tuple[int, str]] = []  # (original line number, text)
    for number, line in enumerate(lines, start=1):
        blank = not line.strip() and number not in inside
        if blank and (not kept or (not kept[-1][1].strip() and kept[-1][0] not in inside)):
            continue  # no blank line at the top, none twice in a row
        kept.append((number, line.rstrip() if blank else line))
    while kept and not kept[-1][1].strip() and kept[-1][0] not in inside:
        kept.pop()
    result: list[str] = [line for _, line in kept]
    # A full-line comment is indented like the next line that holds data.
    indent = 0
    for index in range(len(kept) - 1, -1, -1):
        number, line = kept[index]
        if number in full_line:
            result[index] = " " * indent + line.lstrip()
        elif line.strip() and number not in inside:
            indent = len(line) - len(line.lstrip(" "))
    return "\n".join(result) + "\n" if result else ""


def normalise_text(raw: bytes | str) -> str:
    """LF line ends, no BOM."""
    text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def format_text(raw: bytes | str, *, name: str = "<texte>", quick: bool = True) -> str:
    """The canonical layout of a convention's text; :class:`FormatError` if not safely possible.

    A text already in that layout is recognised without the round trip
    (:mod:`pep_cli.authoring.canonical`); ``quick=False`` always takes the round trip.
    """
    from pathlib import Path

    payload = raw.encode("utf-8") if isinstance(raw, str) else raw
    before = read_document(Path(name), raw=payload)
    if before.faults:
        fault = min(before.faults, key=lambda f: (f.line, f.column))
        raise FormatError(fault.line, fault.column, fault.message)
    text = normalise_text(before.text)
    if before.data is None:  # empty, or only comments: nothing to lay out
        return _tidy(text)
    from pep_cli.authoring.canonical import already_formatted

    if quick and already_formatted(before):  # the round trip would give it back as it is
        return text
    formatted = _tidy(_round_trip(text))
    check_same(text, formatted, before.data, name)
    return formatted


def check_same(text: str, formatted: str, data: Any, name: str) -> None:
    """Refuse a formatting that would change a value or drop a comment."""
    from pathlib import Path

    after = read_document(Path(name), raw=formatted.encode("utf-8"))
    if after.faults:  # pragma: no cover - would be a bug of the round trip
        fault = after.faults[0]
        raise FormatError(
            1, 1, f"la mise en forme produirait un YAML invalide ({fault.message}) ; signalez-le"
        )
    lost = Counter(c.text for c in scan_layout(text)[0])
    lost.subtract(c.text for c in scan_layout(formatted)[0])
    for comment in scan_layout(text)[0]:
        if lost[comment.text] > 0:
            where = (
                "à l'intérieur d'une table ou d'une liste écrite entre { } ou [ ] : "
                "déplacez-le hors des accolades ou des crochets, ou écrivez-la en style bloc"
                if _in_flow(text, comment)
                else "à un endroit que la mise en forme ne sait pas garder"
            )
            raise FormatError(
                comment.line,
                comment.column,
                f"mise en forme refusée : elle perdrait le commentaire « {comment.text} », {where}",
            )
    # Amounts written as text become numbers: compare both sides with that done.
    wanted, got = expected_data(data), expected_data(after.data)
    if strict(got) != strict(wanted):
        pointer = _first_difference(wanted, got, ())
        before = read_document(Path(name), raw=text.encode("utf-8"))
        line, column = before.locate(pointer)
        raise FormatError(
            line,
            column,
            "mise en forme refusée : cette valeur serait lue autrement une fois mise en forme "
            "(une directive %YAML 1.1 ? un type inhabituel ?) ; le fichier est laissé tel quel",
        )


def _first_difference(old: Any, new: Any, pointer: tuple[Any, ...]) -> tuple[Any, ...]:
    """Where ``old`` and ``new`` first differ (a pointer into ``old``)."""
    if isinstance(old, dict) and isinstance(new, dict):
        for key, value in old.items():
            if key not in new:
                return (*pointer, key)
            if strict(value) != strict(new[key]):
                return _first_difference(value, new[key], (*pointer, key))
    if isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        for index, (a, b) in enumerate(zip(old, new, strict=True)):
            if strict(a) != strict(b):
                return _first_difference(a, b, (*pointer, index))
    return pointer


# --- editing values through the round trip (``pep import``) ----------------------------------


def load_round_trip(text: str) -> Any:
    """``text`` as ruamel.yaml round-trip data (comments, order and styles attached)."""
    return _yaml().load(text)


def dump_round_trip(data: Any) -> str:
    """Round-trip data written back in pep fmt's layout; on an unchanged, formatted file,
    the very same text."""
    out = io.StringIO()
    _yaml().dump(data, out)
    return _tidy(out.getvalue())


def exact_number(value: Decimal | int) -> Any:
    """A number to put in round-trip data, written with its exact decimal text."""
    return _Number(str(value))
