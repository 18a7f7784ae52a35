"""The Jinja2 environment of the convention templates: filters, strictness, and errors in French.

One environment serves every format and every document of a run (templates
are compiled once). Templates are found by name in the folders of
:meth:`DataRepository.template_dirs`, first match wins, so a data repository
(or ``--templates DIR``) overrides any template by giving its own file.

- A sandbox (:mod:`pep_cli.render.sandbox`): a data repository's templates
  come from a pull request in CI, and cannot run code, read files or build
  unbounded values.
- ``StrictUndefined``: a missing variable is an error naming the template
  and line, never an empty hole.
- No autoescape: each value goes through an explicit filter of its format
  (``latex``, ``md``), see :mod:`pep_cli.escape`. Data is only ever
  passed as values, never compiled, so ``{{ }}`` in a title is printed.
- The text of ``*.tex.j2`` templates carries invisible line markers, removed
  after rendering and kept in a :class:`LineMap`, so that a LaTeX error can be
  reported at the template line that produced it.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pep_cli import escape, french
from pep_cli.errors import DataError, UsageError
from pep_cli.render.context import capfirst

if TYPE_CHECKING:
    from jinja2 import Environment
    from jinja2.lexer import TokenStream

MARKED_SUFFIX = ".tex.j2"
_MARKER = re.compile("\x00([^\x00\x01]*)\x01([0-9]+)\x00")


class TemplateFailure(DataError):
    """A template cannot be rendered (syntax, missing variable, bad filter use): exit 1."""


def _memoised(format_value: Callable[[Decimal], str]) -> Callable[[Decimal | int], str]:
    """``format_value`` remembering its answers: documents repeat the same amounts many times.

    Keyed by the value's exact text, since ``Decimal("1.5")`` and ``Decimal("1.50")``
    are equal but may not read the same.
    """

    @functools.lru_cache(maxsize=8192)
    def from_text(text: str) -> str:
        return format_value(Decimal(text))

    def formatted(value: Decimal | int) -> str:
        return from_text(str(value))

    return formatted


amount = _memoised(french.amount)
number = _memoised(french.number)
percent = _memoised(french.percent)


def measure(value: Decimal | int, unit: str) -> str:
    """An indicator's value in its unit: ``80`` % -> "80 %", euros -> "1 200 €", else "1 200"."""
    if unit == "pourcentage":
        return percent(value)
    if unit == "euros":
        return amount(value)
    return number(value)


def day_month(value: dt.date) -> str:
    """``2023-06-30`` -> "30 juin" (a yearly deadline)."""
    return french.date(value).rsplit(" ", 1)[0]


def md_mark(flag: object) -> str:
    """The mark of an illustrative value in Markdown: " †", or nothing."""
    return " †" if flag else ""


def latex_mark(flag: object) -> str:
    """The mark of an illustrative value in LaTeX: a thin space and a dagger, or nothing."""
    return r"\,\textdagger{}" if flag else ""


FILTERS = {
    "latex": escape.latex,
    "latex_paragraphs": escape.latex_paragraphs,
    "md": escape.md,
    "md_paragraphs": escape.md_paragraphs,
    "amount": amount,
    "number": number,
    "percent": percent,
    "date": french.date,
    "day_month": day_month,
    "measure": measure,
    "capfirst": capfirst,
    # A filter rather than a macro: a table marks each of its cells, and a macro call costs
    # Jinja a new frame and context (a third of the time of a document once).
    "md_mark": md_mark,
    "latex_mark": latex_mark,
}


def make_environment(template_dirs: Sequence[Path]) -> Environment:
    """The sandboxed environment of a run (see :mod:`pep_cli.render.sandbox`)."""
    from jinja2 import StrictUndefined

    from pep_cli.render.sandbox import ContainedLoader, PepSandbox

    env = PepSandbox(
        loader=ContainedLoader([str(d) for d in template_dirs]),
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
        extensions=[_line_markers_extension()],
    )
    env.filters.update(FILTERS)
    return env


def _line_markers_extension() -> type:
    from jinja2.ext import Extension
    from jinja2.lexer import Token

    class LineMarkers(Extension):
        """In ``*.tex.j2`` templates, prefix each line of text with ``\\0name\\1line\\0``."""

        def filter_stream(self, stream: TokenStream) -> Iterator[Token]:
            name = stream.name or ""
            if not name.endswith(MARKED_SUFFIX):
                yield from stream
                return
            for token in stream:
                if token.type != "data":
                    yield token
                    continue
                lines = token.value.split("\n")
                marked = [
                    f"\x00{name}\x01{token.lineno + i}\x00{text}" for i, text in enumerate(lines)
                ]
                yield Token(token.lineno, "data", "\n".join(marked))

    return LineMarkers


@dataclass(frozen=True)
class TemplateLine:
    template: str
    line: int


class LineMap:
    """Which template line produced each line of a rendered ``.tex`` (lines counted from 1)."""

    def __init__(self) -> None:
        # Per output line: (column where a template line starts, that template line).
        self._lines: list[list[tuple[int, TemplateLine]]] = []

    def locate(self, line: int, column: int | None = None) -> TemplateLine | None:
        """The template line behind output ``line`` at ``column`` (default: its first character)."""
        if not 0 < line <= len(self._lines):
            return None
        marks = self._lines[line - 1]
        if not marks:
            return None
        if column is None:
            return marks[0][1]
        chosen = marks[0][1]
        for start, where in marks:
            if start > column:
                break
            chosen = where
        return chosen

    @classmethod
    def strip(cls, text: str) -> tuple[str, LineMap]:
        """``text`` without its markers, and the map the markers described."""
        line_map = cls()
        if "\x00" not in text:
            return text, line_map
        current: TemplateLine | None = None
        clean_lines = []
        for raw in text.split("\n"):
            marks: list[tuple[int, TemplateLine]] = []
            if current is not None:
                marks.append((0, current))
            clean = []
            length = 0
            position = 0
            for match in _MARKER.finditer(raw):
                piece = raw[position : match.start()]
                clean.append(piece)
                length += len(piece)
                current = TemplateLine(match.group(1), int(match.group(2)))
                if marks and marks[-1][0] == length:
                    marks[-1] = (length, current)
                else:
                    marks.append((length, current))
                position = match.end()
            clean.append(raw[position:])
            clean_lines.append("".join(clean))
            line_map._lines.append(marks)
        return "\n".join(clean_lines), line_map


def render_template(env: Environment, name: str, variables: dict[str, Any]) -> str:
    """Render template ``name``; any failure becomes a French message at the template line."""
    from jinja2 import TemplateError, TemplateNotFound, TemplatesNotFound, TemplateSyntaxError

    from pep_cli.render.sandbox import OutsideTemplates, SandboxRefusal

    try:
        return env.get_template(name).render(variables)
    except OutsideTemplates as exc:
        raise TemplateFailure(
            f"gabarit {exc.name} ({exc.filename}) : lien hors du dépôt : il mène à "
            f"« {exc.target} », en dehors du dossier des gabarits ; il n'est pas lu"
        ) from None
    except SandboxRefusal as exc:
        raise TemplateFailure(f"{_located(exc, name)} : {exc.message}") from None
    except (TemplateNotFound, TemplatesNotFound) as exc:
        searched = ", ".join(getattr(env.loader, "searchpath", []))
        raise UsageError(
            f"gabarit « {exc.name} » introuvable ; dossiers cherchés : {searched}"
        ) from None
    except TemplateSyntaxError as exc:
        where = _where(exc.name or name, exc.filename, exc.lineno)
        raise TemplateFailure(
            f"{where} : erreur de syntaxe Jinja : {_french(exc.message)}"
        ) from None
    except TemplateError as exc:
        raise TemplateFailure(f"{_located(exc, name)} : {_french(exc.message)}") from None
    except Exception as exc:  # a filter given the wrong kind of value, etc.
        detail = f"{type(exc).__name__} : {exc}" if str(exc) else type(exc).__name__
        raise TemplateFailure(f"{_located(exc, name)} : erreur à l'exécution ({detail})") from None


def _located(exc: BaseException, fallback: str) -> str:
    """Where in a template ``exc`` happened, from the frames Jinja adds to tracebacks."""
    found: tuple[str, int] | None = None
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename.endswith(".j2") and frame.lineno:
            found = (frame.filename, frame.lineno)
    if found is None:
        return f"gabarit {fallback}"
    return _where(Path(found[0]).name, found[0], found[1])


def _where(name: str, filename: str | None, line: int | None) -> str:
    where = f"gabarit {Path(name).name}"
    if line:
        where += f", ligne {line}"
    if filename:
        where += f" ({filename})"
    return where


# Jinja's messages and their French (compiled on the first error: most runs have none).
_TRANSLATION_PATTERNS: tuple[tuple[str, int, str], ...] = (
    (
        r"^access to attribute '([^']+)' of '([^']+)' object is unsafe\.?$",
        0,
        r"accès à « \1 » (d'un objet « \2 ») refusé : un gabarit n'a accès qu'aux données "
        "du document",
    ),
    (
        r"^(.+) is not safely callable$",
        re.S,
        r"appel de « \1 » refusé : un gabarit n'a accès qu'aux données du document",
    ),
    (r"^'([^']+)' is undefined$", 0, r"variable « \1 » non définie"),
    (
        r"^'([^']+)' has no attribute '([^']+)'$",
        0,
        r"« \2 » n'existe pas dans « \1 » (attribut non défini)",
    ),
    (
        r"^'([^']+)' object has no attribute '([^']+)'$",
        0,
        r"« \2 » n'existe pas dans « \1 »",
    ),
    (r"^Encountered unknown tag '([^']+)'.*", re.S, r"balise inconnue « \1 »"),
    (
        r"^unexpected end of template.*",
        re.S,
        "fin du gabarit inattendue (bloc non fermé ?)",
    ),
    (r"^unexpected '([^']+)'$", 0, r"« \1 » inattendu"),
    (r"^unexpected char '([^']+)' at \d+$", 0, r"caractère « \1 » inattendu"),
    (r"^(\S+) object has no element (\S+)$", 0, r"« \1 » n'a pas d'élément \2"),
    (r"^No filter named '([^']+)'.*", re.S, r"filtre inconnu « \1 »"),
    (r"^No test named '([^']+)'.*", re.S, r"test inconnu « \1 »"),
    (r"^expected token '([^']+)', got '([^']+)'$", 0, r"« \1 » attendu, « \2 » trouvé"),
    (r"^Expected an expression, got '([^']+)'$", 0, r"expression attendue, « \1 » trouvé"),
    (r"^Expected an expression.*", re.S, "expression attendue"),
    (r"^unexpected '([^']+)'.*", re.S, r"« \1 » inattendu"),
    (
        r"^Unexpected end of template\. Jinja was looking for.*'(end\w+)'.*",
        re.S,
        r"fin du gabarit inattendue : « \1 » manquant",
    ),
)


# Jinja's names of tokens, as its messages quote them.
_TOKENS = {
    "end of print statement": "}}",
    "end of statement block": "%}",
    "end of template": "fin du gabarit",
    "begin of print statement": "{{",
    "begin of statement block": "{%",
}


@functools.cache
def _translations() -> list[tuple[re.Pattern[str], str]]:
    return [
        (re.compile(pattern, flags), replacement)
        for pattern, flags, replacement in _TRANSLATION_PATTERNS
    ]


def _french(message: str | None) -> str:
    text = (message or "").strip()
    for english, token in _TOKENS.items():
        text = text.replace(f"'{english}'", f"'{token}'")
    for pattern, replacement in _translations():
        if pattern.match(text):
            return pattern.sub(replacement, text)
    return f"« {text} »" if text else "erreur inconnue"
