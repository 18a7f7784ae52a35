"""Read a YAML file into plain Python data while keeping every value's position.

This is the validation path, so it must be fast: the document is composed by
libyaml through ruamel.yaml's C parser (``_ruamel_yaml.CParser``), which keeps
line and column on every node, and the nodes are turned into data here with a
small YAML 1.2 core-schema resolver. ruamel.yaml's round-trip loader is far
too slow for hundreds of files and is only used by ``pep fmt``.

Nothing here raises on bad input: every fault becomes a :class:`Fault` with a
position, and the caller keeps going with the next file.

Numbers are never floats: an integer scalar becomes ``int`` and any other
number becomes ``Decimal`` built from the scalar's own text, so money stays
exact from the file to the report.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

Pointer = tuple[Any, ...]
Position = tuple[int, int]  # line, column, both from 1

_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_PLAIN = "?"  # tag given to plain scalars: resolved here, lazily

# YAML 1.2 core schema, plus dates (which ruamel.yaml also reads by default).
_NULL = re.compile(r"~|null|Null|NULL|")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_INF = re.compile(r"([-+]?)\.(inf|Inf|INF)")
_NAN = re.compile(r"\.(nan|NaN|NAN)")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

# Lines as editors, git and GitHub count them; libyaml also breaks lines at U+0085,
# U+2028 and U+2029 (YAML 1.1), so its positions are moved back when a text has one.
EDITOR_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_LIBYAML_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
_ODD_LINE_BREAK = re.compile("[\x85\u2028\u2029]")

# Beyond this many digits an integer is kept as a Decimal: int() refuses very
# long strings, and no amount or year is that long anyway.
_MAX_INT_DIGITS = 30
# Deeper than this, a document is not a convention: refused before Python's recursion limit.
_MAX_DEPTH = 200


@dataclass(frozen=True, slots=True)
class Fault:
    """A problem found while reading: ``kind`` is the rule id it belongs to."""

    kind: str  # "syntax" or "duplicate-key"
    line: int
    column: int
    message: str


@dataclass
class Document:
    """A YAML document read into plain data; positions are found on demand in its node tree."""

    path: Path
    text: str
    data: Any = None
    faults: list[Fault] = field(default_factory=list)
    root: Any = field(default=None, repr=False)  # the composed node tree
    # (libyaml line starts, editor line starts) when the text breaks lines where editors do not
    _line_starts: tuple[list[int], list[int]] | None = field(default=None, repr=False)
    # id(mapping node) -> {key: (key node, value node)}: placing 20,000 problems in one
    # mapping must not scan it 20,000 times.
    _keys: dict[int, dict[Any, tuple[Any, Any]]] = field(default_factory=dict, repr=False)

    @property
    def readable(self) -> bool:
        """True when the text was YAML at all (duplicate keys do not prevent reading)."""
        return not any(f.kind == "syntax" for f in self.faults)

    def locate(self, pointer: Pointer, *, key: bool = False) -> Position:
        """Position of the value (or of its key) at ``pointer``.

        Falls back to the nearest ancestor that exists, so a missing field
        points at the mapping that should hold it. Positions are looked up in
        the node tree only when a problem needs one: reading stays fast.
        """
        node = self.tree()
        if node is None:
            return (1, 1)
        position = _mark(node)
        for depth, part in enumerate(pointer):
            last = depth == len(pointer) - 1
            found = _child(node, part, self._keys)
            if found is None:
                break
            key_node, node = found
            position = _mark(key_node) if (last and key and key_node is not None) else _mark(node)
        return self.editor_position(*position)

    def editor_position(self, line: int, column: int) -> Position:
        """A libyaml position (line, column from 1) as an editor shows it."""
        if self._line_starts is None:
            if not _ODD_LINE_BREAK.search(self.text):
                self._line_starts = ([], [])  # the same lines: nothing to move, ever
                return line, column
            self._line_starts = (
                [0, *(m.end() for m in _LIBYAML_LINE_BREAK.finditer(self.text))],
                [0, *(m.end() for m in EDITOR_LINE_BREAK.finditer(self.text))],
            )
        libyaml, editor = self._line_starts
        if not 0 < line <= len(libyaml):
            return line, column
        offset = libyaml[line - 1] + column - 1
        import bisect

        index = bisect.bisect_right(editor, offset) - 1
        return index + 1, offset - editor[index] + 1

    def tree(self) -> Any:
        """The composed node tree; composed again if this document came from another process."""
        if self.root is None and self.text and self.readable:
            self.root = _compose(self.text, Document(path=self.path, text=self.text))
        return self.root

    def scalar_spans(self) -> list[tuple[Position, Position]]:
        """Where each scalar of the document (keys included) starts and ends (exclusive).

        Every character of the text outside these spans is structure or comment: a
        ``#`` there begins a comment token, one inside is part of a value. Empty for
        a text that is not YAML.
        """
        root = self.tree()
        spans: list[tuple[Position, Position]] = []
        if root is None:
            return spans
        seen: set[int] = set()
        stack = [root]
        while stack:
            node = stack.pop()
            if id(node) in seen:  # an alias: its node was walked already
                continue
            seen.add(id(node))
            if node.__class__ is _NODES.scalar:
                end = node.end_mark
                spans.append((_mark(node), (end.line + 1, end.column + 1)))
            elif node.__class__ is _NODES.sequence:
                stack.extend(node.value)
            elif node.__class__ is _NODES.mapping:
                for key_node, value_node in node.value:
                    stack.extend((key_node, value_node))
        spans.sort()
        return spans

    def __getstate__(self) -> dict[str, Any]:
        # Sent between processes without its node tree (libyaml marks do not
        # pickle, and the tree is only needed to place problems).
        return {**self.__dict__, "root": None, "_keys": {}}


def _mark(node: Any) -> Position:
    mark = node.start_mark
    return (mark.line + 1, mark.column + 1)


def _key_value(node: Any) -> Any:
    return resolve_plain(node.value) if node.ctag.suffix == _PLAIN else node.value


_INDEXED_FROM = 32  # keys in a mapping from which lookups go through an index


def _child(
    node: Any, part: Any, index: dict[int, dict[Any, tuple[Any, Any]]] | None = None
) -> tuple[Any, Any] | None:
    """The (key node, value node) under ``node`` for one pointer part, if any (the first
    occurrence of a repeated key); ``index`` keeps large mappings' keys between calls."""
    if node.__class__ is _NODES.sequence:
        if isinstance(part, int) and 0 <= part < len(node.value):
            return None, node.value[part]
        return None
    if node.__class__ is _NODES.mapping:
        if index is not None and len(node.value) >= _INDEXED_FROM:
            keys = index.get(id(node))
            if keys is None:
                keys = index[id(node)] = {}
                for key_node, value_node in node.value:
                    if key_node.__class__ is _NODES.scalar:
                        keys.setdefault(_key_value(key_node), (key_node, value_node))
            try:
                return keys.get(part)
            except TypeError:  # an unhashable part: no such key
                return None
        for key_node, value_node in node.value:
            if key_node.__class__ is _NODES.scalar and _key_value(key_node) == part:
                return key_node, value_node
    return None


class _Abandon(Exception):
    """Raised inside the walk when the document cannot be read further (fault already recorded)."""


class _Budget(Exception):
    """Raised inside the walk when aliases expand beyond reason."""

    def __init__(self, position: Position) -> None:
        self.position = position


def read_document(path: Path, raw: bytes | None = None, *, within: Path | None = None) -> Document:
    """Read ``path`` (or the given bytes) into a :class:`Document`; never raises on bad input.

    With ``within`` (the data repository's root), a file whose name is in it but that a
    symbolic link takes out of it is not read: it is a ``syntax`` fault.
    """
    doc = Document(path=path, text="")
    if raw is None:
        from pep_cli.fileio import leads_outside, outside_message

        real = leads_outside(path, within)
        if real is not None:
            doc.faults.append(Fault("syntax", 1, 1, outside_message(real)))
            return doc
        try:
            raw = path.read_bytes()
        except OSError as exc:
            doc.faults.append(Fault("syntax", 1, 1, f"lecture impossible : {exc.strerror or exc}"))
            return doc
    text = _decode(raw, doc)
    if text is None:
        return doc
    doc.text = text
    node = _compose(text, doc)
    if node is None:
        return _at_editor_lines(doc)
    # The node tree is not kept: hundreds of thousands of live nodes make every
    # garbage collection slower as a run goes on. Problems are rare, and the
    # tree is composed again (tree()) only for a file that has one to place.
    builder = _Builder(doc, budget=len(text) + 10_000)
    if _ODD_LINE_BREAK.search(text):
        doc.faults.extend(_misread_separators(text, node))
    try:
        doc.data = builder.build(node, 0)
    except _Abandon:
        doc.data = None
    except _Budget as exc:
        line, col = exc.position
        doc.data = None
        doc.faults.append(
            Fault(
                "syntax",
                line,
                col,
                "les alias YAML déplient beaucoup plus de valeurs que le fichier n'en contient "
                "(« bombe d'alias ») : lecture abandonnée",
            )
        )
    return _at_editor_lines(doc)


def _at_editor_lines(doc: Document) -> Document:
    """``doc`` with its faults placed as an editor shows them (see :data:`EDITOR_LINE_BREAK`)."""
    if doc.faults and _ODD_LINE_BREAK.search(doc.text):
        doc.faults = [
            Fault(f.kind, *doc.editor_position(f.line, f.column), f.message) for f in doc.faults
        ]
    return doc


def decode_text(raw: bytes) -> str:
    """The text of a file as :func:`read_document` keeps it (``""`` when it is not UTF-8 text),
    without reading it as YAML: what reports quote and waivers are looked for in."""
    if b"\x00" in raw:
        return ""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return ""
    return text[1:] if text.startswith("\ufeff") else text


def _decode(raw: bytes, doc: Document) -> str | None:
    nul = raw.find(b"\x00")
    if nul >= 0:
        line, col = _byte_position(raw, nul)
        doc.faults.append(
            Fault(
                "syntax",
                line,
                col,
                "fichier binaire (octet nul) : un fichier texte YAML est attendu",
            )
        )
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _byte_position(raw, exc.start)
        doc.faults.append(
            Fault(
                "syntax",
                line,
                col,
                f"octet 0x{raw[exc.start]:02X} invalide en UTF-8 : "
                "le fichier doit être encodé en UTF-8",
            )
        )
        return None
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


def _byte_position(raw: bytes, offset: int) -> Position:
    before = raw[:offset]
    line = before.count(b"\n") + 1
    start = before.rfind(b"\n") + 1
    column = len(before[start:].decode("utf-8", errors="replace")) + 1
    return line, column


def _parser_class() -> type:
    from _ruamel_yaml import CParser
    from ruamel.yaml.tag import Tag

    # Shared tag objects: the composer wraps any string tag in a new Tag per
    # node, which costs more than composing itself.
    plain, text, mapping, sequence = (
        Tag(suffix=_PLAIN),
        Tag(suffix=_STR),
        Tag(suffix=_MAP),
        Tag(suffix=_SEQ),
    )

    class _Parser(CParser):  # type: ignore[misc]
        # The C composer asks these of the Python side; tags are resolved later.
        def descend_resolver(self, parent: Any, index: Any) -> None:
            pass

        def ascend_resolver(self) -> None:
            pass

        def resolve(self, kind: type, value: Any, implicit: Any) -> Any:
            if kind is _NODES.scalar:
                return plain if implicit[0] else text
            return mapping if kind is _NODES.mapping else sequence

    return _Parser


class _NodeClasses:
    def __init__(self) -> None:
        from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode

        self.scalar, self.sequence, self.mapping = ScalarNode, SequenceNode, MappingNode


_NODES: _NodeClasses


_PARSER: type | None = None


def _compose(text: str, doc: Document) -> Any:
    global _PARSER, _NODES
    if _PARSER is None:
        _NODES = _NodeClasses()
        _PARSER = _parser_class()
    try:
        deep = _too_deep(text)
        if deep is not None:
            message = f"imbrication trop profonde (plus de {_MAX_DEPTH} niveaux)"
            doc.faults.append(Fault("syntax", *deep, message))
            return None
        fault = _refused_before_reading(text)
        if fault is not None:
            doc.faults.append(fault)
            return None
        return _PARSER(_with_last_line_ended(text)).get_single_node()
    except Exception as exc:  # every libyaml fault: ScannerError, ParserError, ComposerError...
        blamed = _separator_before(text, exc)
        if blamed is not None:
            doc.faults.append(blamed)
            return None
        line, col, message = _describe_yaml_error(exc, text)
        doc.faults.append(Fault("syntax", line, col, message))
        return None


def _separator_before(text: str, exc: Exception) -> Fault | None:
    """U+0085, U+2028 or U+2029 that made libyaml fail, if one is on the fault's line.

    libyaml breaks the line there (``{"a\u2028b": 1}`` is a key over two lines to it):
    the character is the fault, not what libyaml saw after it.
    """
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    index = getattr(mark, "index", None)
    if not isinstance(index, int) or not _ODD_LINE_BREAK.search(text, 0, index + 1):
        return None
    last = None
    for match in _ODD_LINE_BREAK.finditer(text, 0, index + 1):
        last = match
    assert last is not None
    if "\n" in text[last.start() : index] or "\r" in text[last.start() : index]:
        return None
    return Fault("syntax", *_line_column(text, last.start()), _SEPARATORS[last.group()])


def _misread_separators(text: str, root: Any) -> list[Fault]:
    """U+0085, U+2028 and U+2029 where libyaml, which breaks lines there (YAML 1.1), reads
    another value than YAML 1.2, which does not.

    Inside a quoted value, U+2028 and U+2029 are read right unless spaces follow (libyaml
    then folds them away). Anywhere else, and U+0085 everywhere, the value would change.
    """
    quoted: list[tuple[int, int]] = []
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if node.__class__ is _NODES.scalar:
            if node.style in ('"', "'"):
                quoted.append((node.start_mark.index, node.end_mark.index))
        elif node.__class__ is _NODES.sequence:
            stack.extend(node.value)
        else:
            for pair in node.value:
                stack.extend(pair)
    import bisect

    quoted.sort()  # scalars do not overlap: the one that may hold ``at`` starts just before it
    starts = [start for start, _ in quoted]
    faults = []
    for match in _ODD_LINE_BREAK.finditer(text):
        at, char = match.start(), match.group()
        following = text[at + 1 : at + 2]
        before = bisect.bisect_left(starts, at) - 1
        inside = before >= 0 and at < quoted[before][1]
        if char != "\x85" and following not in (" ", "\t") and inside:
            continue
        faults.append(Fault("syntax", *_line_column(text, at), _SEPARATORS[char]))
    return faults


_SEPARATORS = {
    "\x85": (
        "caractère U+0085 (NEL), lu comme un retour à la ligne par certains outils et pas par "
        "d'autres : sans doute des points de suspension « … » mal convertis ; remplacez-le"
    ),
    "\u2028": (
        "séparateur de ligne Unicode U+2028, lu comme un retour à la ligne par certains outils "
        "et pas par d'autres : remplacez-le par un vrai retour à la ligne ou une espace"
    ),
    "\u2029": (
        "séparateur de paragraphe Unicode U+2029, lu comme un retour à la ligne par certains "
        "outils et pas par d'autres : remplacez-le par un vrai retour à la ligne ou une espace"
    ),
}


def _with_last_line_ended(text: str) -> str:
    """``text`` with a line break after a last line of spaces that has none.

    libyaml drops such a line from a block scalar (``|``, ``>``) that it ends, where
    YAML 1.2 keeps it (yaml-test-suite JEF9, L24T); elsewhere the line is nothing.
    Positions do not move: only a character is added at the very end.
    """
    if not text or text[-1] in "\n\r":
        return text
    last = max(text.rfind("\n"), text.rfind("\r")) + 1
    return text + "\n" if not text[last:].strip(" \t") else text


# libyaml reads an anchor or alias name up to the first character outside
# [A-Za-z0-9_-] (YAML 1.1), so "&an:chor value" would anchor "value" as ":chor value".
# YAML 1.2 names run up to a space or a flow indicator: such a name is refused.
_NAME_CHAR = r"[^\s\[\]{},]"
_LONG_NAME = re.compile(
    rf"(?:^|(?<=[\s\[\]{{}},]))[&*]({_NAME_CHAR}*[^\s\[\]{{}},A-Za-z0-9_-]{_NAME_CHAR}*)"
)


def _refused_before_reading(text: str) -> Fault | None:
    """A fault of the text that libyaml would read with another meaning than YAML 1.2's."""
    if text.startswith("%") or "\n%" in text:
        fault = _yaml_version(text)
        if fault is not None:
            return fault
    if "&" in text or "*" in text:
        return _long_anchor_name(text)
    return None


def _yaml_version(text: str) -> Fault | None:
    """A ``%YAML`` directive of another version than 1.2, in the lines before the document."""
    for number, line in enumerate(EDITOR_LINE_BREAK.split(text), start=1):
        if not line.startswith("%"):
            if line.strip() and not line.lstrip().startswith("#"):
                return None  # the document has begun ("---" or content): no directive below
            continue
        words = line.split("#", 1)[0].split()
        if words[0] == "%YAML" and len(words) > 1 and words[1] != "1.2":
            return Fault(
                "syntax",
                number,
                line.index(words[1]) + 1,
                f"directive « %YAML {words[1]} » : pep lit le YAML 1.2"
                + (
                    ", où « yes » ou « 010 » n'ont pas le sens qu'ils avaient en YAML 1.1"
                    if words[1] in ("1.0", "1.1")
                    else ""
                )
                + " ; retirez cette ligne ou écrivez « %YAML 1.2 »",
            )
    return None


def _long_anchor_name(text: str) -> Fault | None:
    candidates = {m.start(): m.group(1) for m in _LONG_NAME.finditer(text)}
    if not candidates:
        return None
    assert _PARSER is not None
    parser = _PARSER(_with_last_line_ended(text))
    try:
        while True:
            event = parser.get_event()
            if event is None or type(event).__name__ == "StreamEndEvent":
                return None
            anchor = getattr(event, "anchor", None)
            if anchor is None:
                continue
            start = event.start_mark.index
            for sigil in "&*":
                at = text.find(sigil + anchor, start)
                name = candidates.get(at)
                if name is not None and name != anchor and name.startswith(anchor):
                    line, column = _line_column(text, at)
                    return Fault(
                        "syntax",
                        line,
                        column,
                        f"nom d'ancre ou d'alias « {name} » : pep n'y admet que lettres, "
                        "chiffres, « - » et « _ » ; renommez-le",
                    )
    except Exception:  # a syntax fault: composing will report it with its position
        return None


def _line_column(text: str, index: int) -> Position:
    """The libyaml line and column (from 1) of a character index of ``text``."""
    starts = [m.end() for m in _LIBYAML_LINE_BREAK.finditer(text, 0, index)]
    return len(starts) + 1, index - (starts[-1] if starts else 0) + 1


# The C composer recurses once per nesting level: some 30,000 nested "[" overflow
# the C stack (a segfault, not an exception). A document has at most one level
# per "[", "{", "-", "?" or ":", so only a text with many of them is first
# walked event by event, which is cheap next to composing it.
_NESTING_MARKS = "[{-?:"
_SAFE_NESTING = 10_000


def _too_deep(text: str) -> Position | None:
    """Where ``text`` nests deeper than ``_MAX_DEPTH``, when it may be too deep to compose."""
    if len(text) <= _SAFE_NESTING or sum(map(text.count, _NESTING_MARKS)) <= _SAFE_NESTING:
        return None
    from ruamel.yaml.events import CollectionEndEvent, CollectionStartEvent, StreamEndEvent

    assert _PARSER is not None
    parser = _PARSER(text)
    depth = 0
    try:
        while True:
            event = parser.get_event()
            if isinstance(event, CollectionStartEvent):
                depth += 1
                if depth > _MAX_DEPTH + 1:  # the level where _Builder stops (its root is depth 0)
                    return _mark(event)
            elif isinstance(event, CollectionEndEvent):
                depth -= 1
            elif event is None or isinstance(event, StreamEndEvent):
                return None
    except Exception:  # a syntax fault: composing will report it with its position
        return None


# libyaml's messages, in French; the rest are given as they are, after "YAML invalide".
_YAML_MESSAGES = {
    "found character that cannot start any token": "caractère qui ne peut commencer aucun élément",
    "found character '\\t' that cannot start any token": (
        "tabulation interdite en YAML : indentez avec des espaces"
    ),
    "mapping values are not allowed here": "« : » inattendu (valeur de table non permise ici)",
    "could not find expected ':'": "« : » attendu",
    "did not find expected key": "clé attendue (indentation incohérente ?)",
    "did not find expected ',' or ']'": "« , » ou « ] » attendu",
    "did not find expected ',' or '}'": "« , » ou « } » attendu",
    "did not find expected node content": "valeur attendue",
    "did not find expected '-' indicator": "« - » attendu (indentation incohérente ?)",
    "found undefined alias": "alias non défini",
    "found unexpected end of stream": "fin de fichier inattendue",
    "found unknown escape character": "séquence d'échappement inconnue",
    "expected a single document in the stream": "un seul document YAML est attendu par fichier",
    "found duplicate anchor": "ancre répétée",
    "control characters are not allowed": "caractère de contrôle interdit",
    "found a tab character that violates indentation": (
        "tabulation interdite en YAML : indentez avec des espaces"
    ),
    "but found another document": "un seul document YAML est attendu par fichier",
    "found unexpected ':'": "« : » inattendu (mettez la valeur entre guillemets)",
    "unacceptable character": "caractère de contrôle interdit",
    "found unclosed quote": "guillemet ouvert ici et jamais refermé",
    "mapping values are not allowed in this context": (
        "« : » inattendu ici (indentation incohérente, ou valeur contenant « : » "
        "à mettre entre guillemets ?)"
    ),
    "mapping keys are not allowed in this context": "« ? » (clé complexe) inattendu ici",
    "block sequence entries are not allowed in this context": (
        "élément de liste « - » inattendu ici (indentation incohérente ?)"
    ),
    "did not find expected <document start>": (
        "contenu inattendu après la fin du document (indentation incohérente ?)"
    ),
    "did not find expected comment or line break": "fin de ligne attendue après la valeur",
    "did not find expected whitespace": "espace ou fin de ligne attendu",
    "did not find expected alphabetic or numeric character": (
        "nom d'ancre ou d'alias attendu (lettres, chiffres, « - » ou « _ »)"
    ),
    "found a tab character where an indentation space is expected": (
        "tabulation interdite en YAML : indentez avec des espaces"
    ),
    "found unexpected document indicator": "« --- » ou « ... » inattendu dans une valeur",
    "found incompatible YAML document": "version de YAML non prise en charge (directive %YAML)",
    "found undefined tag handle": "préfixe d'étiquette YAML non défini",
    "did not find expected tag URI": "étiquette YAML incomplète",
    "did not find expected '!'": "étiquette YAML incomplète",
    "did not find the expected '>'": "étiquette YAML incomplète (« > » attendu)",
    "did not find URI escaped octet": "étiquette YAML invalide",
    "found invalid Unicode character escape code": "séquence d'échappement Unicode invalide",
    "did not find expected hexdecimal number": "séquence d'échappement incomplète",
    "found an indentation indicator equal to 0": "indicateur d'indentation 0 interdit",
    "could not find expected directive name": "directive YAML (« % ») invalide",
    "found unexpected non-alphabetical character": "directive YAML (« % ») invalide",
    "did not find expected version number": "directive %YAML invalide",
    "did not find expected digit or '.' character": "directive %YAML invalide",
    "found extremely long version number": "directive %YAML invalide",
    "found duplicate %YAML directive": "directive %YAML répétée",
    "found duplicate %TAG directive": "directive %TAG répétée",
    "found unknown directive name": (
        "directive inconnue : seules « %YAML » et « %TAG » existent ; retirez cette ligne"
    ),
    # ruamel.yaml's own parser (pep fmt), on texts libyaml reads
    "more indented follow up line than first in a block scalar": (
        "une ligne du texte sur plusieurs lignes (« | » ou « > ») est plus indentée que "
        "la première : indiquez l'indentation après « | » ou « > » (par exemple « |2 »)"
    ),
    "overlap in comment": "commentaires placés là où la mise en forme ne sait pas les garder",
    "expected chomping or indentation indicators": (
        "« # » collé à « | » ou « > » : mettez une espace avant le commentaire"
    ),
}

# What is said of a parser's fault that has no French wording above (never its English).
_UNKNOWN_FAULT = "construction que pep ne sait pas lire à cet endroit"
_ANCHOR = re.compile(r"&[^\s\[\]{},]+")


def _describe_yaml_error(exc: Exception, text: str) -> tuple[int, int, str]:
    problem = str(getattr(exc, "problem", "") or "")
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    context, context_mark = str(getattr(exc, "context", "")), getattr(exc, "context_mark", None)
    at_end = problem.startswith("found unexpected end of stream")
    if at_end and context.startswith("while scanning a quoted scalar") and context_mark is not None:
        # libyaml blames the end of the file; the fault is the quote opened and never closed.
        mark, problem = context_mark, "found unclosed quote"
    french_duplicate = None
    if problem == "second occurrence" and context.startswith("found duplicate anchor"):
        # YAML 1.2 lets an anchor be defined again; libyaml's composer refuses it.
        where = getattr(mark, "index", None)
        name = _ANCHOR.match(text, where) if isinstance(where, int) else None
        french_duplicate = (
            f"ancre « {name.group(0) if name else '&'} » définie une seconde fois"
            + (f" (première définition ligne {context_mark.line + 1})" if context_mark else "")
            + " : donnez un nom différent à chaque ancre"
        )
    if mark is not None:
        line, col = mark.line + 1, mark.column + 1
    else:
        position = getattr(exc, "position", None)
        if isinstance(position, int):
            # libyaml's reader counts bytes of UTF-8; lines as its scanner does (see _mark).
            chars = len(text.encode("utf-8")[:position].decode("utf-8", "ignore"))
            starts = [m.end() for m in _LIBYAML_LINE_BREAK.finditer(text, 0, chars)]
            line = len(starts) + 1
            col = chars - (starts[-1] if starts else 0) + 1
        else:
            line, col = 1, 1
    if text and text[-1] not in "\r\n" and line > len(_LIBYAML_LINE_BREAK.findall(text)) + 1:
        # libyaml ends a text without a final line break with one: its end is the last line's.
        starts = [m.end() for m in _LIBYAML_LINE_BREAK.finditer(text)]
        line, col = len(starts) + 1, len(text) - (starts[-1] if starts else 0) + 1
    if not problem:
        problem = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    french = _YAML_MESSAGES.get(problem)
    if french is None:
        for english, translated in _YAML_MESSAGES.items():
            if problem.startswith(english):
                french = translated
                break
    if french is None and "that cannot start any token" in problem and "\\t" in problem:
        french = _YAML_MESSAGES["found character '\\t' that cannot start any token"]
    lines = text.splitlines()
    if 0 < line <= len(lines) and lines[line - 1][col - 1 : col] == "\t":
        french = _YAML_MESSAGES["found a tab character that violates indentation"]
    if french_duplicate is not None:
        french = french_duplicate
    message = f"YAML invalide : {french or _UNKNOWN_FAULT}"
    opened = _FLOW_OPENERS.get(context)
    if opened is not None and context_mark is not None and context_mark.line + 1 != line:
        # libyaml stops where it gave up, often lines below: say where the bracket opened.
        message += (
            f" ; « {opened} » ouvert ligne {context_mark.line + 1}, colonne "
            f"{context_mark.column + 1}, jamais refermé ?"
        )
    return line, col, message


_FLOW_OPENERS = {"while parsing a flow mapping": "{", "while parsing a flow sequence": "["}


class _Builder:
    """Turns composed nodes into data, recording duplicates and faults."""

    def __init__(self, doc: Document, budget: int) -> None:
        self.doc = doc
        self.budget = budget
        self.active: set[int] = set()
        self.built: set[int] = set()  # collections built once: met again, they are aliases
        # Only a text with these characters can hold "! 12" or "{ ?x: y }" (see below).
        self.bang = "!" in doc.text
        self.question = "?" in doc.text

    def build(self, node: Any, depth: int) -> Any:
        self.budget -= 1
        if self.budget < 0:
            raise _Budget(_mark(node))
        cls = node.__class__
        if cls is _NODES.scalar:
            return self._scalar(node)
        if depth > _MAX_DEPTH:
            self.doc.faults.append(
                Fault(
                    "syntax",
                    *_mark(node),
                    f"imbrication trop profonde (plus de {_MAX_DEPTH} niveaux)",
                )
            )
            raise _Abandon
        ident = id(node)
        if ident in self.active:
            self.doc.faults.append(
                Fault("syntax", *_mark(node), "alias récursif : une valeur se contient elle-même")
            )
            return None
        self.active.add(ident)
        try:
            if cls is _NODES.sequence:
                build = self.build
                return [build(item, depth + 1) for item in node.value]
            return self._mapping(node, depth)
        except _Budget as exc:
            if ident in self.built:  # blame the outermost anchor repeated, not where counting ended
                exc.position = _mark(node)
            raise
        finally:
            self.active.discard(ident)
            self.built.add(ident)

    def _mapping(self, node: Any, depth: int) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        firsts: dict[Any, Any] = {}  # key -> the node where it was first written
        merged: list[Any] = []
        scalar = _NODES.scalar
        for key_node, value_node in node.value:
            if key_node.__class__ is not scalar:
                self.doc.faults.append(
                    Fault(
                        "syntax",
                        *_mark(key_node),
                        "clé complexe (liste ou table) : une clé simple est attendue",
                    )
                )
                continue
            if key_node.value == "<<" and key_node.ctag.suffix == _PLAIN:
                merged.append(value_node)
                continue
            if self.question and node.flow_style and self._glued_question_mark(key_node):
                continue
            key = self._scalar(key_node)
            if key in result:
                first = firsts[key]  # a dict, not a scan: 10,000 keys written twice stay linear
                line = self.doc.editor_position(*_mark(first))[0]
                self.doc.faults.append(
                    Fault(
                        "duplicate-key",
                        *_mark(key_node),
                        f"clé « {key} » répétée dans la même table "
                        f"(première occurrence ligne {line})",
                    )
                )
                continue
            firsts[key] = key_node
            result[key] = self.build(value_node, depth + 1)
        for value_node in merged:  # "<<: *base" fills only the keys not given
            sources = value_node.value if value_node.__class__ is _NODES.sequence else [value_node]
            for source in sources:
                base = self.build(source, depth + 1)
                if not isinstance(base, dict):
                    self.doc.faults.append(
                        Fault("syntax", *_mark(source), "« << » attend une table à fusionner")
                    )
                    continue
                for key, value in base.items():
                    result.setdefault(key, value)
        return result

    def _glued_question_mark(self, key_node: Any) -> bool:
        """Whether a key of a flow collection is written ``?x``, which libyaml reads as ``x``.

        In YAML 1.2 ``[?x]`` and ``{ ?x: y }`` hold the text ``?x`` (yaml-test-suite HM87,
        652Z); libyaml takes the ``?`` for the explicit key mark. Refused, not misread.
        """
        index = key_node.start_mark.index
        if index == 0 or self.doc.text[index - 1] != "?":
            return False
        self.doc.faults.append(
            Fault(
                "syntax",
                key_node.start_mark.line + 1,
                key_node.start_mark.column,
                "« ? » collé à la valeur entre crochets ou accolades : écrivez « ? » suivi "
                "d'une espace pour une clé, ou mettez le texte entre guillemets",
            )
        )
        return True

    def _scalar(self, node: Any) -> Any:
        value: str = node.value
        tag: str = node.ctag.suffix
        if tag == _PLAIN:
            if self.bang and _non_specific(self.doc.text, node.start_mark.index):
                return value  # "! 12": the non-specific tag makes it text (YAML 1.2, 6.9.1)
            return resolve_plain(value)
        if tag == _STR or tag == "!":
            return value
        if tag.startswith("tag:yaml.org,2002:"):
            short = tag.rsplit(":", 1)[1]
            resolved = resolve_plain(value)
            if short in ("int", "float") and isinstance(resolved, int | Decimal):
                return Decimal(resolved) if short == "float" else resolved
            if short == "bool" and isinstance(resolved, bool):
                return resolved
            if short == "null" and resolved is None:
                return None
            if short == "timestamp" and isinstance(resolved, dt.date):
                return resolved
            if short == "str":
                return value
        self.doc.faults.append(
            Fault("syntax", *_mark(node), f"étiquette YAML « {tag} » non prise en charge ici")
        )
        return value


def _non_specific(text: str, index: int) -> bool:
    """Whether the node written at ``index`` carries the non-specific tag ``!``.

    libyaml hands ``! 12`` to the resolver as if it were the plain ``12``; its mark
    is where the node's properties (tag, anchor) begin.
    """
    for _ in range(2):  # a tag and an anchor, in either order
        if text.startswith("! ", index) or text.startswith("!\t", index):
            return True
        if text[index : index + 1] not in ("&", "!"):
            return False
        while index < len(text) and text[index] not in " \t\r\n,[]{}":
            index += 1
        while index < len(text) and text[index] in " \t\r\n":
            index += 1
    after = text[index + 1 : index + 2]
    return text[index : index + 1] == "!" and after in ("", " ", "\t", "\n", "\r")


def resolve_plain(value: str) -> Any:
    """The value of a plain (unquoted) scalar under the YAML 1.2 core schema, with dates."""
    if not value:
        return None
    # YAML 1.2 core numbers are ASCII: "²", "①" or "٢٠٢٢" are text (str.isdigit says otherwise).
    if value.isascii() and value.isdigit() and len(value) <= _MAX_INT_DIGITS:
        return int(value)
    first = value[0]
    if first in "~nN" and _NULL.fullmatch(value):
        return None
    if first in "tTfF" and value in _BOOL:
        return _BOOL[value]
    if first in "0123456789+-.":
        if _INT.fullmatch(value):
            if value[:2] in ("0o", "0x"):
                # Decimal() refuses them, and converting a huge int takes quadratic time:
                # a long hex or octal literal is no amount nor year, it stays text.
                return int(value, 0) if len(value) <= _MAX_INT_DIGITS else value
            if len(value) > _MAX_INT_DIGITS:
                return Decimal(value)
            return int(value)
        if _FLOAT.fullmatch(value):
            try:
                return Decimal(value)
            except InvalidOperation:  # pragma: no cover - the pattern only admits numbers
                return value
        if _INF.fullmatch(value):
            return Decimal("-Infinity") if value.startswith("-") else Decimal("Infinity")
        if _NAN.fullmatch(value):
            return Decimal("NaN")
        if _DATE.fullmatch(value):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                return value  # "2022-02-30": left as text, the schema names the fault
    return value
