"""The shipped templates compiled ahead (pep_cli.render.compiled): the same code as compiling
their text, used only for that very text, and errors still said at the template's line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from helpers_validate import copy_data_repository, run_pep
from pep_cli.data.repository import shipped
from pep_cli.render import compiled
from pep_cli.render.environment import TemplateFailure, make_environment, render_template

TEMPLATES = shipped("templates")


def test_the_generated_files_are_those_of_the_templates() -> None:
    """Fails when a template (or the environment) changed: run ``make templates``."""
    import jinja2

    from pep_cli.render import _precompiled as index

    texts = {p.name: compiled._digest(p.name, p.read_text("utf-8")) for p in TEMPLATES.glob("*.j2")}
    assert {name: digest for name, (_, digest) in index.TEMPLATES.items()} == texts, (
        "lancez make templates"
    )
    if jinja2.__version__ != index.JINJA:
        pytest.skip(
            f"Jinja {jinja2.__version__} installé, {index.JINJA} pour le code compilé d'avance : "
            "pep compile alors les gabarits depuis leur texte ; seuls les textes sont comparés"
        )
    expected = compiled.generate(TEMPLATES)
    on_disk = {p.name: p.read_text("utf-8") for p in compiled.FOLDER.glob("*.py")}
    assert sorted(on_disk) == sorted(expected), "lancez make templates"
    for name, content in expected.items():
        assert on_disk[name] == content, f"{name} : lancez make templates"
    assert len(expected) - 1 == len(list(TEMPLATES.glob("*.j2")))


def _precompiled_here() -> None:
    """Skip a test of the precompiled code's use under another Jinja (pep compiles then)."""
    import jinja2

    from pep_cli.render import _precompiled as index

    if jinja2.__version__ != index.JINJA:
        pytest.skip(f"code compilé d'avance pour Jinja {index.JINJA}, pas {jinja2.__version__}")


def _never_compiled(monkeypatch: pytest.MonkeyPatch, env: object) -> list[str]:
    """Record the templates ``env`` compiles from their text."""
    compiled_names: list[str] = []
    compile_text = env.compile  # type: ignore[attr-defined]

    def recording(source: str, name: str | None = None, *args: object, **kwargs: object) -> object:
        compiled_names.append(str(name))
        return compile_text(source, name, *args, **kwargs)

    monkeypatch.setattr(env, "compile", recording)
    return compiled_names


def test_the_shipped_templates_are_not_compiled_again(monkeypatch: pytest.MonkeyPatch) -> None:
    _precompiled_here()
    monkeypatch.delenv("PEP_NO_PRECOMPILED", raising=False)
    env = compiled.generation_environment(TEMPLATES)
    names = _never_compiled(monkeypatch, env)
    for path in sorted(TEMPLATES.glob("*.j2")):
        template = env.get_template(path.name)
        assert template.filename == str(path)  # named after the template, not the module
    assert names == []


def test_a_changed_template_is_compiled_from_its_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _precompiled_here()
    monkeypatch.delenv("PEP_NO_PRECOMPILED", raising=False)
    own = tmp_path / "templates"
    own.mkdir()
    text = (TEMPLATES / "convention.md.j2").read_text("utf-8")
    (own / "convention.md.j2").write_text(text + "Ajout du dépôt.\n", "utf-8")
    env = make_environment([own, TEMPLATES])
    names = _never_compiled(monkeypatch, env)
    env.get_template("convention.md.j2")
    assert names == ["convention.md.j2"]
    # The same text under the repository's name is the shipped code: nothing to compile.
    shutil.copy(TEMPLATES / "parts.md.j2", own / "parts.md.j2")
    env.get_template("parts.md.j2")
    assert names == ["convention.md.j2"]


def test_other_settings_compile_from_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PEP_NO_PRECOMPILED", raising=False)
    env = make_environment([TEMPLATES])
    env.trim_blocks = False  # the same text gives other code
    names = _never_compiled(monkeypatch, env)
    env.get_template("parts.md.j2")
    assert names == ["parts.md.j2"]


def test_no_precompiled_environment_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PEP_NO_PRECOMPILED", "1")
    env = make_environment([TEMPLATES])
    names = _never_compiled(monkeypatch, env)
    env.get_template("parts.md.j2")
    assert names == ["parts.md.j2"]


def _failure(monkeypatch: pytest.MonkeyPatch, precompiled: bool) -> str:
    if precompiled:
        monkeypatch.delenv("PEP_NO_PRECOMPILED", raising=False)
    else:
        monkeypatch.setenv("PEP_NO_PRECOMPILED", "1")
    env = make_environment([TEMPLATES])

    def broken(value: object) -> str:
        raise ValueError("valeur inattendue")

    env.filters["md"] = broken  # a plain function: the precompiled code still applies
    with pytest.raises(TemplateFailure) as caught:
        render_template(env, "convention.md.j2", {"document": {"e": ""}, "title": "T"})
    return str(caught.value)


def test_an_error_is_said_at_the_template_line_either_way(monkeypatch: pytest.MonkeyPatch) -> None:
    message = _failure(monkeypatch, precompiled=True)
    assert message == _failure(monkeypatch, precompiled=False)
    assert f"gabarit convention.md.j2, ligne 8 ({TEMPLATES / 'convention.md.j2'})" in message
    assert "ValueError : valeur inattendue" in message


def _render_everything(root: Path, out: Path, precompiled: bool) -> dict[str, bytes]:
    environ = {
        "SOURCE_DATE_EPOCH": "1700000000",
        "PEP_NO_PRECOMPILED": None if precompiled else "1",
    }
    commands = [
        ["render", "--all", "-f", "md", "-o", str(out / "md")],
        ["render", "--all", "-f", "tex", "-o", str(out / "tex")],
        ["render", "--all", "--draft", "-f", "md", "-o", str(out / "draft")],
        ["report", "15", "--year", "2023", "--no-charts", "-o", str(out / "report")],
        ["report", "15", "--year", "2023", "--no-charts", "-f", "tex", "-o", str(out / "rtex")],
    ]
    for command in commands:
        done = run_pep([*command, "--today", "2026-11-22"], root, environ=environ)
        assert done.returncode in (0, 1), done.stderr
        assert "Traceback" not in done.stderr
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_documents_are_the_same_bytes_either_way(tmp_path: Path) -> None:
    root = copy_data_repository(tmp_path / "depot")
    ahead = _render_everything(root, tmp_path / "ahead", precompiled=True)
    text = _render_everything(root, tmp_path / "text", precompiled=False)
    assert ahead == text
    assert {"md", "tex", "draft", "report", "rtex"} <= {name.split("/")[0] for name in ahead}
