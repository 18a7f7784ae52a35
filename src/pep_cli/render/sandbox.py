"""The sandbox templates run in: a data repository's templates are untrusted code.

In CI a pull request controls ``templates/``: a template must not run a
command, read a file or exhaust the machine. Templates are rendered by
Jinja2's :class:`~jinja2.sandbox.ImmutableSandboxedEnvironment` (no access
to ``__globals__``, dunders or the internals of ``cycler``, ``joiner`` and
``namespace``; no mutation of lists and dicts), with these bounds on top:

- ``range`` yields at most :data:`MAX_RANGE` numbers;
- repeating a text or a list (``*``), ``%`` formatting, ``**`` and the
  filters that take a width (``center``, ``indent``, ``wordwrap``,
  ``truncate``, ``batch``, ``slice``, ``format``) cannot build more than
  :data:`MAX_LENGTH` characters or items;
- ``str.format`` (its widths are unbounded) and ``lipsum`` are not available;
- modules, classes and paths are never reachable through an attribute.

A refusal is a :class:`SandboxRefusal` with a French message; the renderer
reports it with the template and its line (exit 1), and nothing is written.
Templates are read only from inside their folder: a symbolic link that leads
out of it is refused before it is read (:class:`ContainedLoader`).
"""

from __future__ import annotations

import math
import os
import posixpath
import re
import types
from collections.abc import Callable, MutableMapping, Sequence
from pathlib import PurePath
from typing import Any

from jinja2 import FileSystemLoader
from jinja2.exceptions import SecurityError, TemplateNotFound
from jinja2.loaders import split_template_path
from jinja2.sandbox import ImmutableSandboxedEnvironment

MAX_RANGE = 10_000
MAX_LENGTH = 1_000_000  # characters of one value built by a template
_MAX_POWER_BITS = 4_096


class SandboxRefusal(SecurityError):
    """Something a template may not do; the message is in French."""


class OutsideTemplates(Exception):
    """A template file whose real path is outside its templates folder (a symbolic link)."""

    def __init__(self, name: str, filename: str, target: str) -> None:
        super().__init__(name)
        self.name = name
        self.filename = filename
        self.target = target


def _bounded_range(*args: int) -> range:
    numbers = range(*args)
    if len(numbers) > MAX_RANGE:
        raise SandboxRefusal(
            f"range() de {len(numbers)} nombres refusé : au plus {MAX_RANGE} dans un gabarit"
        )
    return numbers


def _too_long(size: int, what: str) -> SandboxRefusal:
    return SandboxRefusal(
        f"{what} de {size} éléments refusée : au plus {MAX_LENGTH} dans un gabarit"
    )


# "%*d", "%.*f" or a width or precision of four digits or more.
_WIDE_PERCENT = re.compile(r"%[-#0 +]*(?:\*|[0-9]{4,})|%[-#0 +]*[0-9]*\.(?:\*|[0-9]{4,})")


def _check_percent(template: Any) -> None:
    if isinstance(template, str) and _WIDE_PERCENT.search(template):
        raise SandboxRefusal(
            "largeur ou précision de « % » refusée dans un gabarit (au plus 999, sans « * »)"
        )


def _bounded_filter(function: Callable[..., Any], name: str) -> Callable[..., Any]:
    """A builtin filter whose number arguments (widths, counts) stay within bounds."""

    def bounded(*args: Any, **kwargs: Any) -> Any:
        if name == "format" and args:
            _check_percent(args[0])
        for value in (*args[1:], *kwargs.values()):
            if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_RANGE:
                raise SandboxRefusal(
                    f"filtre « {name} » : valeur {value} refusée dans un gabarit "
                    f"(au plus {MAX_RANGE})"
                )
        return function(*args, **kwargs)

    bounded.__name__ = getattr(function, "__name__", name)
    # Keep Jinja's pass_context / pass_environment markers.
    if hasattr(function, "jinja_pass_arg"):
        bounded.jinja_pass_arg = function.jinja_pass_arg  # type: ignore[attr-defined]
    return bounded


_SIZED_FILTERS = ("center", "indent", "wordwrap", "truncate", "batch", "slice", "format")
_REFUSED_ATTRIBUTES = {str: frozenset({"format", "format_map"})}
_MAX_DECISIONS = 10_000


class PepSandbox(ImmutableSandboxedEnvironment):
    """Jinja2's immutable sandbox with bounded ``range``, repetition and widths."""

    intercepted_binops = frozenset({"*", "**", "%"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._decisions: dict[tuple[type, str, type], bool] = {}
        self._plain: dict[Any, bool] = {}  # a method's function -> called in one step
        self.globals["range"] = _bounded_range
        self.globals.pop("lipsum", None)
        for name in _SIZED_FILTERS:
            if name in self.filters:
                self.filters[name] = _bounded_filter(self.filters[name], name)

    def getattr(self, obj: Any, attribute: str) -> Any:
        # Jinja's own, in one step for an attribute already judged safe: a template reads a
        # thousand of them per document. The first time, and for anything else (an attribute
        # refused, missing, or an item), Jinja's path decides, as always.
        try:
            value = getattr(obj, attribute)
        except AttributeError:
            return super().getattr(obj, attribute)
        if self._decisions.get((type(obj), attribute, type(value))) is True:
            return value
        return super().getattr(obj, attribute)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        # A method of the document's data (``indicator.target_for(year)``, in every cell of a
        # table) is called here in one step once its function is known safe and plain (no
        # Jinja marker asking for the context): what Jinja's Context.call then does. Anything
        # else (macros, builtins, functions, a first call) takes Jinja's path.
        if type(__obj) is types.MethodType:
            plain = __self._plain.get(__obj.__func__)
            if plain is None:
                plain = _plain_method(__self, __obj)
                if len(__self._plain) < _MAX_DECISIONS:
                    __self._plain[__obj.__func__] = plain
            if plain:
                kwargs.pop("_block_vars", None)
                kwargs.pop("_loop_vars", None)
                try:
                    return __obj(*args, **kwargs)
                except StopIteration:
                    return __context.environment.undefined(
                        "value was undefined because a callable raised a StopIteration exception"
                    )
        return super().call(__context, __obj, *args, **kwargs)

    def wrap_str_format(self, value: Any) -> None:
        # Jinja would hand out a sandboxed str.format; its widths are unbounded: refused
        # (is_safe_attribute), the "format" filter does the same within bounds.
        return None

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        # Asked for every attribute a template reads, a hundred thousand times for a hundred
        # conventions: the answer is remembered. Every test below, and Jinja's own
        # (is_internal_attribute, modifies_known_mutable), looks only at the types of the
        # object and of the value and at the attribute's name, so the three make the key.
        key = (type(obj), attr, type(value))
        known = self._decisions.get(key)
        if known is None:
            known = self._decide(obj, attr, value)
            if len(self._decisions) < _MAX_DECISIONS:  # names built by a template: bounded
                self._decisions[key] = known
        return known

    def _decide(self, obj: Any, attr: str, value: Any) -> bool:
        if isinstance(value, types.ModuleType | type | PurePath):
            return False
        for kind, refused in _REFUSED_ATTRIBUTES.items():
            if isinstance(obj, kind) and attr in refused:
                return False
        return bool(super().is_safe_attribute(obj, attr, value))

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            for sequence, count in ((left, right), (right, left)):
                if isinstance(sequence, str | list | tuple) and isinstance(count, int):
                    size = len(sequence) * count
                    if size > MAX_LENGTH:
                        raise _too_long(size, "répétition")
            return left * right
        if operator == "**":
            huge = (
                isinstance(left, int)
                and isinstance(right, int)
                and abs(left) > 1
                and right * math.log2(abs(left)) > _MAX_POWER_BITS
            )
            if huge:
                raise SandboxRefusal(
                    f"puissance {left} ** {right} refusée : nombre démesuré dans un gabarit"
                )
            return left**right
        if operator == "%":
            _check_percent(left)
            return left % right
        return super().call_binop(context, operator, left, right)


def _plain_method(env: ImmutableSandboxedEnvironment, method: types.MethodType) -> bool:
    """Whether the sandbox allows calling ``method`` and Jinja would call it as it is: both
    depend on its function only (its attributes), not on the object it is bound to."""
    from jinja2.utils import _PassArg

    passes: Any = _PassArg.from_obj
    return bool(env.is_safe_callable(method)) and passes(method) is None


class ContainedLoader(FileSystemLoader):
    """A :class:`FileSystemLoader` that never reads a file outside its folders.

    Jinja already refuses ``..`` in template names; a symbolic link inside a
    templates folder could still lead anywhere on the machine, so the real
    path of every template is checked to be inside the real path of the
    folder it is found in, before the file is opened.
    """

    def __init__(self, searchpath: Sequence[str]) -> None:
        super().__init__(list(searchpath), followlinks=False)

    def get_source(self, environment: Any, template: str) -> Any:
        pieces = split_template_path(template)
        for folder in self.searchpath:
            filename = posixpath.join(folder, *pieces)
            if os.path.isfile(filename):
                real_folder = os.path.realpath(folder)
                real = os.path.realpath(filename)
                if os.path.commonpath([real_folder, real]) != real_folder:
                    raise OutsideTemplates(template, filename, real)
                return super().get_source(environment, template)
        raise TemplateNotFound(template)

    def load(
        self,
        environment: Any,
        name: str,
        globals: MutableMapping[str, Any] | None = None,
    ) -> Any:
        """Jinja's ``load``, taking the code of a template that pep ships compiled ahead
        (:mod:`pep_cli.render.compiled`) when its text is that one."""
        from pep_cli.render.compiled import precompiled_code

        source, filename, uptodate = self.get_source(environment, name)
        code = precompiled_code(environment, name, source, filename) if filename else None
        if code is None:
            code = environment.compile(source, name, filename)
        return environment.template_class.from_code(environment, code, globals or {}, uptodate)
