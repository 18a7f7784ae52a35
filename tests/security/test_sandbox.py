"""Point 1 of the trust model: a data repository's templates cannot run code or exhaust pep.

Each hostile template of ``hostile_templates/`` (its expected refusal on line 1, the attack
on line 2) is put in a temporary data repository's ``templates/`` and rendered by the
installed ``pep``: exit 1, a French message naming the template and line 2, nothing on
standard output and nothing written in the output folder.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from helpers_ci import edit, git_env, init_repo, make_data_repo, run_pep

HOSTILE = Path(__file__).parent / "hostile_templates"
CASES = sorted(HOSTILE.glob("*.j2"))
CANTAL = "15-cantal-2022.yaml"
_EXPECT = re.compile(r"\{# expect: (.*) #\}")


def expected(case: Path) -> str:
    match = _EXPECT.fullmatch(case.read_text(encoding="utf-8").splitlines()[0])
    assert match is not None, case
    return match.group(1)


def test_every_case_declares_its_refusal() -> None:
    assert len(CASES) >= 15
    for case in CASES:
        assert expected(case)


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_hostile_template_is_refused(tmp_path: Path, case: Path) -> None:
    root = make_data_repo(tmp_path / "depot", CANTAL)
    (root / "templates").mkdir()
    (root / "templates" / "convention.md.j2").write_text(case.read_text(), encoding="utf-8")
    out = tmp_path / "sortie"
    done = run_pep("render", "15", "-o", str(out), cwd=root)
    assert done.returncode == 1, done.stderr
    assert "gabarit convention.md.j2, ligne 2" in done.stderr
    assert expected(case) in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout == ""
    assert not out.exists() or not any(out.iterdir())


def test_command_output_never_reaches_the_document(tmp_path: Path) -> None:
    """The attack of the issue, on the three ways templates are used: md, tex and avenant."""
    root = make_data_repo(tmp_path / "depot", CANTAL)
    env = git_env(tmp_path / "home")
    init_repo(root, env)
    edit(
        root / "data" / "departments" / CANTAL,
        "    title: Augmenter le nombre d’entretiens prénataux précoces réalisés par la PMI",
        "    title: Augmenter les entretiens prénataux précoces réalisés par la PMI",
    )
    attack = (HOSTILE / "popen-through-cycler.j2").read_text()
    marker = tmp_path / "ran"
    attack = attack.replace("'id'", f"'touch {marker}; id'")
    (root / "templates").mkdir()
    for name in ("convention.md.j2", "convention.tex.j2", "avenant.md.j2"):
        (root / "templates" / name).write_text(attack, encoding="utf-8")
    for args, name in (
        (["render", "15"], "convention.md.j2"),
        (["render", "15", "--format", "tex"], "convention.tex.j2"),
        (["diff", "15", "--from", "HEAD", "--format", "avenant-md"], "avenant.md.j2"),
    ):
        done = run_pep(*args, cwd=root, env=env)
        assert done.returncode == 1, (args, done.stderr)
        assert f"gabarit {name}, ligne 2" in done.stderr, done.stderr
        assert "uid=" not in done.stdout + done.stderr
        assert not marker.exists()


def test_shipped_templates_still_render_in_the_sandbox(tmp_path: Path) -> None:
    root = make_data_repo(tmp_path / "depot", CANTAL)
    done = run_pep("render", "15", cwd=root)
    assert done.returncode == 0, done.stderr
    assert "Cantal" in done.stdout


def test_template_linked_out_of_the_repository_is_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("JETON-SECRET-1234\n", encoding="utf-8")
    root = make_data_repo(tmp_path / "depot", CANTAL)
    (root / "templates").mkdir()
    (root / "templates" / "convention.md.j2").symlink_to(secret)
    done = run_pep("render", "15", cwd=root)
    assert done.returncode == 1
    assert "lien hors du dépôt" in done.stderr
    assert "JETON-SECRET" not in done.stdout + done.stderr


def test_templates_folder_linked_out_of_the_repository_is_refused(tmp_path: Path) -> None:
    elsewhere = tmp_path / "ailleurs"
    elsewhere.mkdir()
    (elsewhere / "convention.md.j2").write_text("JETON-SECRET-1234\n", encoding="utf-8")
    root = make_data_repo(tmp_path / "depot", CANTAL)
    (root / "templates").symlink_to(elsewhere)
    done = run_pep("render", "15", cwd=root)
    assert done.returncode == 2
    assert "lien hors du dépôt" in done.stderr
    assert "JETON-SECRET" not in done.stdout + done.stderr


def test_remembered_decisions_are_the_sandboxs_own() -> None:
    """The sandbox remembers its answer per (object type, attribute, value type): asked again,
    about another object of the same types, it answers as a fresh decision would."""
    from pep_cli.render.sandbox import PepSandbox

    env = PepSandbox()
    cycler = env.globals["cycler"]([1, 2])

    def function() -> None:
        return None

    samples = [
        ("texte", "format", "texte".format),
        ("autre", "format", "autre".format),
        ("texte", "upper", "texte".upper),
        ([], "append", [].append),
        ((), "count", ().count),
        ({}, "items", {}.items),
        ({}, "update", {}.update),
        (function, "__globals__", {}),
        (function, "__name__", "function"),
        (cycler, "__init__", cycler.__init__),
        (cycler, "next", cycler.next),
        (int, "mro", int.mro),
        (Path("x"), "parent", Path(".")),
        (Path("x"), "name", "x"),
        (re, "compile", re.compile),
    ]
    fresh = [env._decide(*sample) for sample in samples]
    assert fresh.count(True) and fresh.count(False)  # both answers are among the samples
    for _ in range(2):
        assert [env.is_safe_attribute(*sample) for sample in samples] == fresh
    assert not env.is_safe_attribute("encore", "format", "encore".format)


def test_methods_called_in_one_step_are_called_as_jinja_would() -> None:
    """The sandbox calls a plain method of the data directly once its function is known safe:
    a refused method stays refused, a method that asks for the context still gets it."""
    from jinja2 import pass_context
    from jinja2.exceptions import SecurityError

    from pep_cli.render.sandbox import PepSandbox

    class Data:
        def plain(self, value: int) -> int:
            return value * 2

        def stop(self) -> None:
            raise StopIteration

        def danger(self) -> str:
            return "appelée"

        danger.unsafe_callable = True  # type: ignore[attr-defined]

        def changes(self) -> str:
            return "appelée"

        changes.alters_data = True  # type: ignore[attr-defined]

        @pass_context
        def contextual(self, context: Any) -> str:
            return str(context["name"])

    env = PepSandbox()
    data = Data()
    for _ in range(2):  # the first call decides, the second uses what was decided
        render = env.from_string(
            "{{ d.plain(2) }} {{ d.plain(value=3) }} {{ d.stop() is undefined }} "
            "{{ d.contextual() }}"
        ).render
        assert render(d=data, name="Cantal") == "4 6 True Cantal"
        for refused in ("danger", "changes"):
            with pytest.raises(SecurityError):
                env.from_string(f"{{{{ d.{refused}() }}}}").render(d=data)
