"""Is a convention already in pep fmt's layout? Answered from libyaml's tree, without ruamel.yaml.

ruamel.yaml's round trip costs about 0.1 s per convention; most files that ``pep fmt``
sees (in CI, in a pre-commit hook) are already in form. :func:`already_formatted` writes
the document again, line by line, from the node tree that the engine's C reader composes,
in the layout ruamel.yaml and :mod:`pep_cli.authoring.formatter` give it, and compares
that with the text. Equal: the round trip would give the same text back, and it is
skipped. Anything this rendering does not cover says "no" and goes to the round trip:

- only block mappings, block sequences of scalars, flow collections or mappings,
  single-line flow collections, and one-line scalars: plain keys (names, years),
  plain values that ruamel.yaml writes plain again (texts that start with a letter,
  whole numbers, decimals, dates, ``true``/``false``), quoted values without escapes;
- no anchor, alias, tag, block text (``|``, ``>``), empty value, end-of-line
  comment, tab, trailing space, CR or BOM (the text then differs from the rendering);
- keys already in the contract's order, years ascending, the territory code in double
  quotes, amounts written as plain numbers (what the formatter would change);
- full-line comments indented like the next line of data, single blank lines, one
  final line break (what :func:`pep_cli.authoring.formatter._tidy` would change).

``tests/authoring/test_canonical.py`` holds the promise: on every YAML file of the
repository and on thousands of altered ones, a "yes" here is a text that the round
trip gives back unchanged.
"""

from __future__ import annotations

import re
from typing import Any

from pep_cli.data.yamlsource import Document, resolve_plain

_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*|[1-9][0-9]*")
_INT = re.compile(r"0|-?[1-9][0-9]*")
_DECIMAL = re.compile(r"-?(?:0|[1-9][0-9]*)\.[0-9]+")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# What ruamel.yaml writes as it is, with allow_unicode (its emitter escapes the rest).
_PRINTABLE = re.compile("[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*")
_FLOW_MARKS = frozenset(",[]{}:#")


class _Unsure(Exception):
    """A construct this rendering does not cover: the round trip decides."""


def already_formatted(doc: Document) -> bool:
    """True when ``doc``'s text is exactly what ``pep fmt`` would write (False: unsure)."""
    text = doc.text
    if doc.faults or doc.data is None or not text.endswith("\n") or text.endswith("\n\n"):
        return False
    if "\r" in text or "\t" in text or text.startswith("\ufeff"):
        return False
    lines = text.split("\n")[:-1]
    try:
        if not _in_order(doc.data):
            return False
        root = doc.tree()
        if root is None or root.__class__.__name__ != "MappingNode" or root.flow_style:
            return False
        renderer = _Renderer(lines)
        renderer.mapping(root, 0, None, ())
    except (_Unsure, RecursionError, IndexError):
        return False
    return _same_layout(lines, renderer)


def _same_layout(lines: list[str], rendering: _Renderer) -> bool:
    """Data lines as rendered; blank lines single; comments where _tidy puts them."""
    rendered = rendering.lines
    indent = 0  # of the next data line, going backwards
    previous_blank = False
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if line != line.rstrip(" "):
            return False
        wanted = rendered.get(index)
        if wanted is not None:
            if line != wanted and not (
                index in rendering.commentable
                and line.startswith(wanted + " ")
                and line[len(wanted) :].lstrip(" ").startswith("#")
            ):
                return False
            indent = len(line) - len(line.lstrip(" "))
            previous_blank = False
            continue
        stripped = line.lstrip(" ")
        if not stripped:
            if previous_blank or index == 0 or index == len(lines) - 1:
                return False
            previous_blank = True
        elif stripped.startswith("#") and len(line) - len(stripped) == indent:
            previous_blank = False
        else:  # data this rendering did not write, or a comment indented otherwise
            return False
    return True


class _Renderer:
    """The lines ruamel.yaml writes for a node tree, with pep fmt's indentation, by the
    index of the text's line they stand for."""

    def __init__(self, text: list[str]) -> None:
        self.text = text
        self.lines: dict[int, str] = {}
        self.commentable: set[int] = set()  # lines that may end with a comment
        self.seen: set[int] = set()

    def _once(self, node: Any) -> None:
        if id(node) in self.seen:  # an alias: written "*name", not rendered here
            raise _Unsure(node)
        self.seen.add(id(node))

    def _put(self, node: Any, line: str, *, commentable: bool) -> None:
        index = node.start_mark.line
        if index in self.lines or (self.lines and index <= max(self.lines)):
            raise _Unsure(node)
        self.lines[index] = line
        if commentable:
            self.commentable.add(index)

    def mapping(self, node: Any, indent: int, first: str | None, path: tuple[Any, ...]) -> None:
        self._once(node)
        for position, (key, value) in enumerate(node.value):
            name = self.key(key)
            head = (first if position == 0 and first is not None else " " * indent) + name + ":"
            kind = value.__class__.__name__
            if kind == "ScalarNode" and value.style in ("|", ">"):
                self.block_text(key, value, head, indent + 2)
            elif kind == "ScalarNode" or value.flow_style:
                line = f"{head} {self.inline(value, False, (*path, name))}"
                self._put(key, line, commentable=True)
            elif kind == "MappingNode":
                self._put(key, head, commentable=False)
                self.mapping(value, indent + 2, None, (*path, name))
            else:
                self._put(key, head, commentable=False)
                self.sequence(value, indent + 2, (*path, name))

    def sequence(self, node: Any, indent: int, path: tuple[Any, ...]) -> None:
        self._once(node)
        dash = " " * indent + "- "
        for item in node.value:
            kind = item.__class__.__name__
            if kind == "ScalarNode" and item.style in ("|", ">"):
                raise _Unsure(item)
            if kind == "ScalarNode" or item.flow_style:
                self._put(item, dash + self.inline(item, False, (*path, 0)), commentable=True)
            elif kind == "MappingNode":
                self.mapping(item, indent + 2, dash, (*path, 0))
            else:  # a block sequence right in a block sequence ("- - x")
                raise _Unsure(item)

    def block_text(self, key: Any, node: Any, head: str, indent: int) -> None:
        """``key: >-`` and its lines, kept as written when ruamel.yaml writes them again:
        every line at the same indentation, none blank, the end as the indicator says."""
        self._once(node)
        value: str = node.value
        indicator = node.style + ("" if value.endswith("\n") else "-")
        if (
            value.endswith("\n\n")
            or not value.strip()
            or not _PRINTABLE.fullmatch(value.replace("\n", ""))
        ):
            raise _Unsure(node)
        self._put(key, f"{head} {indicator}", commentable=False)
        first = key.start_mark.line + 1
        last = node.end_mark.line - (1 if node.end_mark.column == 0 else 0)
        if last < first:
            raise _Unsure(node)
        margin = " " * indent
        words: list[str] = []
        for index in range(first, last + 1):
            line = self.text[index]
            content = line[indent:]
            if not line.startswith(margin) or not content or content[0] == " ":
                raise _Unsure(node)
            if content != content.rstrip(" "):
                raise _Unsure(node)
            self.lines[index] = line
            words.append(content)
        joined = (" " if node.style == ">" else "\n").join(words)
        if joined != value.removesuffix("\n"):
            raise _Unsure(node)

    def key(self, node: Any) -> str:
        self._once(node)
        if node.__class__.__name__ != "ScalarNode" or node.style:
            raise _Unsure(node)
        value = node.value
        resolved = resolve_plain(value)
        if not _KEY.fullmatch(value) or isinstance(resolved, bool) or resolved is None:
            raise _Unsure(node)
        return str(value)

    def inline(self, node: Any, flow: bool, path: tuple[Any, ...]) -> str:
        self._once(node)
        kind = node.__class__.__name__
        if kind == "MappingNode":
            pairs = [
                f"{self.key(k)}: {self.inline(v, True, (*path, k.value))}" for k, v in node.value
            ]
            return "{" + ", ".join(pairs) + "}"
        if kind == "SequenceNode":
            return "[" + ", ".join(self.inline(v, True, (*path, 0)) for v in node.value) + "]"
        return self.scalar(node, flow, path)

    def scalar(self, node: Any, flow: bool, path: tuple[Any, ...]) -> str:
        value, style = node.value, node.style
        if style in ('"', "'"):
            if style in value or "\\" in value or not _PRINTABLE.fullmatch(value):
                raise _Unsure(node)
            if path == ("territory", "code") and style != '"':
                raise _Unsure(node)  # the formatter writes the code in double quotes
            return f"{style}{value}{style}"
        if style or not value:
            raise _Unsure(node)
        resolved = resolve_plain(value)
        if isinstance(resolved, bool):
            if value not in ("true", "false"):
                raise _Unsure(node)
        elif isinstance(resolved, int):
            if not _INT.fullmatch(value):
                raise _Unsure(node)
        elif isinstance(resolved, str):
            if (
                not value[0].isalpha()
                or value.endswith(":")
                or ": " in value
                or " #" in value
                or not _PRINTABLE.fullmatch(value)
                or (flow and not _FLOW_MARKS.isdisjoint(value))
            ):
                raise _Unsure(node)
            if path == ("territory", "code"):
                raise _Unsure(node)
        elif resolved is None or not (_DECIMAL.fullmatch(value) or _DATE.fullmatch(value)):
            raise _Unsure(node)  # null, or a number or date ruamel.yaml may write otherwise
        return str(value)


def _in_order(data: Any) -> bool:
    """Keys, years, codes and amounts as :func:`formatter._canonicalise` leaves them."""
    from pep_cli.authoring import formatter as f

    if not isinstance(data, dict):
        return False
    checks: list[tuple[Any, tuple[str, ...]]] = [(data, f.TOP_KEYS)]
    for key in ("territory", "period"):
        checks.append((data.get(key), f.NESTED_KEYS[key]))
    for key in ("signatories", "amendments"):
        checks += [(item, f.NESTED_KEYS[key]) for item in _items(data.get(key))]
    years: list[Any] = []
    for action in _items(data.get("actions")):
        checks.append((action, f.ACTION_KEYS))
        if isinstance(action, dict):
            for indicator in _items(action.get("indicators")):
                checks.append((indicator, f.INDICATOR_KEYS))
                if isinstance(indicator, dict):
                    checks.append((indicator.get("baseline"), f.BASELINE_KEYS))
                    years += [indicator.get(k) for k in ("targets", "results", "comments")]
    reports = data.get("reports")
    if isinstance(reports, dict):
        checks += [(report, f.REPORT_KEYS) for report in reports.values()]
        years.append(reports)
    execution = data.get("execution")
    if isinstance(execution, dict):
        for per_year in execution.values():
            if isinstance(per_year, dict):
                checks += [(entry, f.EXECUTION_KEYS) for entry in per_year.values()]
                years.append(per_year)
    for entry in f._execution_entries(data):
        if any(_amount_as_text(entry.get(key)) for key in ("paid", "spent")):
            return False
    for funding in f._funding_maps(data):
        for per_year in funding.values():
            years.append(per_year)
            if isinstance(per_year, dict) and any(map(_amount_as_text, per_year.values())):
                return False
    territory = data.get("territory")
    if isinstance(territory, dict) and "<<" in territory:
        return False
    for mapping, order in checks:
        if isinstance(mapping, dict):
            keys = list(mapping)
            rank = {key: index for index, key in enumerate(order)}
            ranked = [(0, rank[k]) if k in rank else (1, i) for i, k in enumerate(keys)]
            if ranked != sorted(ranked):
                return False
    for mapping in years:
        if isinstance(mapping, dict):
            keys = list(mapping)
            years_only = all(isinstance(k, int) and not isinstance(k, bool) for k in keys)
            if years_only and keys != sorted(keys):
                return False
    return True


def _amount_as_text(value: Any) -> bool:
    from pep_cli.authoring.formatter import _amount_text

    return isinstance(value, str) and _amount_text(value) is not None


def _items(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []
