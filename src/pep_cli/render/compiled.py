"""The templates shipped with pep, compiled ahead: a run loads their code instead of compiling.

Jinja compiles a template to Python source, then to bytecode, each time a process loads
it: for the convention's template and its macros, 170 ms of every ``pep render`` and
``pep report``, before the first document. pep's own templates do not change between
runs, so their Python source is generated once (``make templates``) into the package
``pep_cli.render._precompiled``, and byte-compiled at install like the rest of pep.

A template is loaded from there only if its text is exactly the one that was compiled
(same name, same bytes, by its BLAKE2 hash), by the same version of Jinja, for an
environment whose settings give the same code (:func:`settings_key`): the code is then
what compiling the text would give, wherever the text comes from. Anything else (a
template changed or written by a data repository, another Jinja) is compiled from its
text, as before. ``PEP_NO_PRECOMPILED=1`` compiles every template from its text.
``tests/render/test_precompiled.py`` fails when the generated files drift from the
templates.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from types import CodeType

    from jinja2 import Environment

PACKAGE = "pep_cli.render._precompiled"
FOLDER = Path(__file__).parent / "_precompiled"
# Filters that only some environments add (avenant, national view): plain functions,
# so that the generated code calls them as it calls those of FILTERS.
EXTRA_FILTERS = ("signed_amount", "money", "rate", "day", "count")


def settings_key(env: Environment) -> str:
    """What, in ``env``, shapes the code Jinja generates: its syntax and whitespace settings,
    extensions, intercepted operators, and the filters and tests that take a context.

    Computed at each template loaded (a few per run): filters added to an environment
    after its first template still count."""
    from jinja2.utils import _PassArg

    passes: Any = _PassArg.from_obj  # how Jinja's compiler asks (its types want a function)
    passing = sorted(
        (kind, name, str(passes(function)))
        for kind, table in (("filter", env.filters), ("test", env.tests))
        for name, function in table.items()
        if passes(function) is not None
    )
    settings = (
        type(env).__name__,
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        env.optimized,
        env.is_async,
        repr(env.autoescape),
        env.finalize is None,
        sorted(env.extensions),
        sorted(getattr(env, "intercepted_binops", ())),
        sorted(getattr(env, "intercepted_unops", ())),
        passing,
    )
    return _digest(repr(settings))


def _digest(*parts: str) -> str:
    from pep_cli.cache import digest

    return digest(*parts)


def precompiled_code(env: Environment, name: str, source: str, filename: str) -> CodeType | None:
    """The code of template ``name`` as compiling ``source`` would give it, if pep ships it."""
    if os.environ.get("PEP_NO_PRECOMPILED"):
        return None
    try:
        from pep_cli.render import _precompiled as index
    except ImportError:  # pragma: no cover - not generated in this tree
        return None
    entry = index.TEMPLATES.get(name)
    if entry is None:
        return None
    module, digest = entry
    import jinja2

    if jinja2.__version__ != index.JINJA or _digest(name, source) != digest:
        return None
    if settings_key(env) != index.SETTINGS:
        return None
    import importlib.util

    try:
        spec = importlib.util.find_spec(f"{PACKAGE}.{module}")
        loader: Any = spec.loader if spec is not None else None
        code = loader.get_code(spec.name) if loader is not None else None  # type: ignore[union-attr]
    except (ImportError, OSError, SyntaxError, ValueError):
        return None
    if code is None:
        return None
    # Named after the template, as Jinja names the code it compiles (messages, tracebacks).
    return code.replace(co_filename=filename)  # type: ignore[no-any-return]


def generation_environment(template_dir: Path) -> Environment:
    """The environment the shipped templates are compiled in: a run's, with every filter."""
    from pep_cli.render.environment import make_environment

    env = make_environment([template_dir])
    for name in EXTRA_FILTERS:
        env.filters.setdefault(name, str)
    return env


def generate(template_dir: Path) -> dict[str, str]:
    """File name -> content of the package ``_precompiled``, for the templates of
    ``template_dir``."""
    import jinja2

    env = generation_environment(template_dir)
    files: dict[str, str] = {}
    entries = []
    header = "# Generated by `make templates` (pep_cli.render.compiled): do not edit.\n"
    for path in sorted(template_dir.glob("*.j2")):
        name = path.name
        source = path.read_text("utf-8")
        module = "t_" + name.removesuffix(".j2").replace(".", "_").replace("-", "_")
        code = env.compile(source, name, None, raw=True)
        # Nothing before the code: Jinja maps its line numbers back to the template's.
        files[f"{module}.py"] = f"{code}\n\n# {name}\n{header}"
        entries.append(f"    {name!r}: ({module!r}, {_digest(name, source)!r}),\n")
    files["__init__.py"] = (
        '"""pep\'s templates compiled ahead (see pep_cli.render.compiled)."""\n\n'
        f"{header}\n"
        f"JINJA = {jinja2.__version__!r}\n"
        f"SETTINGS = {settings_key(env)!r}\n"
        "# Template -> (module, hash of its name and text).\n"
        f"TEMPLATES = {{\n{''.join(entries)}}}\n"
    )
    return files


def main() -> None:
    """``make templates``: write the package ``_precompiled`` from the shipped templates."""
    from pep_cli.data.repository import shipped
    from pep_cli.fileio import atomic_write

    files = generate(shipped("templates"))
    FOLDER.mkdir(exist_ok=True)
    for stale in FOLDER.glob("*.py"):
        if stale.name not in files:
            stale.unlink()
    for name, content in files.items():
        atomic_write(FOLDER / name, content)
    print(f"{len(files) - 1} gabarits compilés dans {FOLDER}", file=sys.stderr)


if __name__ == "__main__":
    main()
