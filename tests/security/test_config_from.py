"""Issue #9 point 12: ``--config-from REV`` reads what decides the checks from a trusted revision.

A pull request holds the conventions, but also ``pep.toml``, the catalogue, the territories
and the templates: with ``--config-from main`` those come from ``main``, each file the pull
request changes is said, and a file ``main`` lacks is not read at all. Real git
repositories, the installed ``pep``.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from helpers_ci import REPO, TODAY, edit, git, git_env, init_repo, make_data_repo, run_pep

CANTAL = "15-cantal-2022.yaml"
CONVENTION = Path("data") / "departments" / CANTAL
UNKNOWN = "l'objectif n° 99 n'existe pas dans l'édition 2022"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return git_env(tmp_path / "home")


def _main(root: Path, env: dict[str, str], toml: str | None = None) -> Path:
    """A data repository committed on ``main`` (with its own ``pep.toml`` if given), the
    working tree then on the branch ``pr``."""
    make_data_repo(root, CANTAL)
    if toml is not None:
        (root / "pep.toml").write_text(toml, encoding="utf-8")
    init_repo(root, env)
    git(root, "checkout", "-q", "-b", "pr", env=env)
    return root


def _commit(root: Path, env: dict[str, str]) -> None:
    git(root, "add", "-A", env=env)
    git(root, "commit", "-q", "-m", "Pull request", env=env)


def _unknown_objective(root: Path) -> None:
    """The pull request's error: an action aimed at an objective the edition lacks."""
    edit(root / CONVENTION, "    objective: 25\n", "    objective: 99\n")


def _validate(root: Path, *args: str) -> tuple[int, str, str]:
    done = run_pep("validate", "--today", TODAY, *args, cwd=root)
    assert "Traceback" not in done.stderr
    return done.returncode, done.stdout, done.stderr


def test_a_pull_request_excluding_everything_is_checked_by_mains_configuration(
    tmp_path: Path, env: dict[str, str]
) -> None:
    root = _main(tmp_path / "depot", env, '[rules]\nfile-name = "warning"\n')
    _unknown_objective(root)
    (root / "pep.toml").write_text('exclude = ["**"]\n', encoding="utf-8")
    _commit(root, env)

    code, out, err = _validate(root)  # the pull request's own configuration hides it all
    assert code == 0, out + err
    assert "aucune convention validée" in err and UNKNOWN not in out

    code, out, err = _validate(root, "--config-from", "main")
    assert code == 1, out + err
    assert UNKNOWN in out and "1 fichier" in out
    assert (
        "pep : pep.toml : modifié par rapport à main ; la version de main s'applique "
        "(--config-from)"
    ) in err.splitlines()
    code, out, _ = _validate(root, "--config-from", "main", "--format", "github")
    assert code == 1
    assert out.startswith(
        "::notice title=pep --config-from::pep.toml : modifié par rapport à main ; "
    ), out
    # The same through typer (an option before the command leaves the quick path).
    done = run_pep("--color", "never", "validate", "--today", TODAY, "--config-from=main", cwd=root)
    assert done.returncode == 1 and UNKNOWN in done.stdout, done.stderr
    assert "pep.toml : modifié par rapport à main" in done.stderr


def test_a_pull_request_turning_a_rule_off_in_pyproject(
    tmp_path: Path, env: dict[str, str]
) -> None:
    root = _main(tmp_path / "depot", env)
    (root / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.pep.rules]\nunknown-objective = "off"\n', encoding="utf-8"
    )
    _unknown_objective(root)  # not committed: the working tree is what is checked

    code, out, _ = _validate(root)
    assert code == 0 and UNKNOWN not in out
    code, out, err = _validate(root, "--config-from", "main", "--format", "json")
    assert code == 1, err
    report = json.loads(out)
    assert UNKNOWN in {p["message"].split(" (")[0] for p in report["problems"]}
    notice = "pyproject.toml : absent de main ; ignoré, l'état de main s'applique (--config-from)"
    assert report["notices"] == [notice]
    assert f"pep : {notice}" in err.splitlines()


def test_a_pep_toml_added_by_the_pull_request_does_not_apply(
    tmp_path: Path, env: dict[str, str]
) -> None:
    root = _main(tmp_path / "depot", env)
    (root / "pep.toml").write_text('[rules]\nunknown-objective = "off"\n', encoding="utf-8")
    _unknown_objective(root)
    _commit(root, env)

    code, out, _ = _validate(root)
    assert code == 0, out
    code, out, err = _validate(root, "--config-from", "main", "-v")
    assert code == 1 and UNKNOWN in out, out + err
    assert (
        "pep : pep.toml : absent de main ; ignoré, l'état de main s'applique (--config-from)"
        in err.splitlines()
    )
    assert "pep : configuration : aucune (réglages par défaut)" in err.splitlines()


def test_a_catalogue_dropping_a_required_objective_does_not_apply(
    tmp_path: Path, env: dict[str, str]
) -> None:
    root = make_data_repo(tmp_path / "depot", CANTAL)
    shutil.copy(REPO / "data" / "catalogue.yaml", root / "data" / "catalogue.yaml")
    init_repo(root, env)
    git(root, "checkout", "-q", "-b", "pr", env=env)
    # Objective 1 is required in 2022: the pull request drops its action, and the requirement.
    edit(root / CONVENTION, "    objective: 1\n", "    objective: 12\n")
    edit(
        root / "data" / "catalogue.yaml",
        "required: [1, 2, 3, 4, 5, 9]",
        "required: [2, 3, 4, 5, 9]",
    )
    _commit(root, env)

    code, out, _ = _validate(root)
    assert code == 0, out
    code, out, err = _validate(root, "--config-from", "main")
    assert code == 1, out + err
    assert "objectif obligatoire n° 1 sans action" in out
    assert (
        "pep : data/catalogue.yaml : modifié par rapport à main ; la version de main "
        "s'applique (--config-from)"
    ) in err.splitlines()


def test_broken_territories_of_the_pull_request_are_not_read(
    tmp_path: Path, env: dict[str, str]
) -> None:
    root = make_data_repo(tmp_path / "depot", CANTAL)
    shutil.copy(REPO / "data" / "territories.yaml", root / "data" / "territories.yaml")
    init_repo(root, env)
    git(root, "checkout", "-q", "-b", "pr", env=env)
    (root / "data" / "territories.yaml").write_text("territories: [\n", encoding="utf-8")

    code, _, err = _validate(root)
    assert code == 2 and "territories.yaml" in err
    code, out, err = _validate(root, "--config-from", "main")
    assert code == 0, out + err
    assert "data/territories.yaml : modifié par rapport à main" in err


def test_a_broken_trusted_file_is_named_as_git_names_it(
    tmp_path: Path, env: dict[str, str]
) -> None:
    root = _main(tmp_path / "depot", env, "[rules\n")
    (root / "pep.toml").unlink()
    code, _, err = _validate(root, "--config-from", "main")
    assert code == 2
    assert "configuration main:pep.toml:1:" in err and "pep-config-from-" not in err


def test_render_uses_the_templates_of_the_trusted_revision(
    tmp_path: Path, env: dict[str, str]
) -> None:
    root = make_data_repo(tmp_path / "depot", CANTAL)
    (root / "templates").mkdir()
    shipped = (REPO / "templates" / "convention.md.j2").read_text(encoding="utf-8")
    template = root / "templates" / "convention.md.j2"
    template.write_text("MODÈLE DE MAIN\n" + shipped, encoding="utf-8")
    init_repo(root, env)
    git(root, "checkout", "-q", "-b", "pr", env=env)
    template.write_text("MODÈLE DE LA PULL REQUEST\n" + shipped, encoding="utf-8")
    (root / "templates" / "extra.md.j2").write_text("rien\n", encoding="utf-8")
    _commit(root, env)

    done = run_pep("render", "15", "--today", TODAY, cwd=root)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("MODÈLE DE LA PULL REQUEST")
    done = run_pep("render", "15", "--today", TODAY, "--config-from", "main", cwd=root)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("MODÈLE DE MAIN") and "PULL REQUEST" not in done.stdout
    lines = done.stderr.splitlines()
    assert (
        "pep : templates/convention.md.j2 : modifié par rapport à main ; la version de main "
        "s'applique (--config-from)"
    ) in lines
    assert (
        "pep : templates/extra.md.j2 : absent de main ; ignoré, l'état de main s'applique "
        "(--config-from)"
    ) in lines


@pytest.mark.parametrize("command", ["validate", "render"])
def test_an_unknown_revision_is_a_usage_error(
    tmp_path: Path, env: dict[str, str], command: str
) -> None:
    root = _main(tmp_path / "depot", env)
    args = ["--all"] if command == "render" else []
    done = run_pep(command, *args, "--config-from", "origin/nulle-part", cwd=root)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert (
        "pep : erreur : --config-from : révision « origin/nulle-part » introuvable ; "
        "vérifiez son nom"
    ) in done.stderr


def test_outside_git_is_a_usage_error(tmp_path: Path) -> None:
    root = make_data_repo(tmp_path / "depot", CANTAL)
    done = run_pep("validate", "--config-from", "main", cwd=root)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "--config-from : le dépôt de données" in done.stderr
    assert "n'est pas dans un dépôt git" in done.stderr


def test_config_and_config_from_exclude_each_other(tmp_path: Path, env: dict[str, str]) -> None:
    root = _main(tmp_path / "depot", env)
    (root / "autre.toml").write_text("", encoding="utf-8")
    done = run_pep("validate", "--config", "autre.toml", "--config-from", "main", cwd=root)
    assert done.returncode == 2 and "s'excluent" in done.stderr, done.stderr


def test_the_cache_follows_the_trusted_configuration(tmp_path: Path, env: dict[str, str]) -> None:
    root = _main(tmp_path / "depot", env)
    (root / "pep.toml").write_text('[rules]\nunknown-objective = "off"\n', encoding="utf-8")
    _unknown_objective(root)
    _commit(root, env)

    code, out, _ = _validate(root)  # the pull request's configuration, its results cached
    assert code == 0 and UNKNOWN not in out
    assert any((root / ".pep_cache").iterdir())
    code, out, _ = _validate(root, "--config-from", "main")
    assert code == 1 and UNKNOWN in out, out
    code, out, _ = _validate(root)  # and the other way round
    assert code == 0 and UNKNOWN not in out
    code, out, _ = _validate(root, "--config-from", "main")
    assert code == 1 and UNKNOWN in out, out


def _template_changed_by_the_pr(root: Path, env: dict[str, str], name: str) -> None:
    """``templates/<name>`` on main says « MODÈLE DE MAIN »; the pull request rewrites it."""
    (root / "templates").mkdir(exist_ok=True)
    shipped = (REPO / "templates" / name).read_text(encoding="utf-8")
    template = root / "templates" / name
    template.write_text("MODÈLE DE MAIN\n" + shipped, encoding="utf-8")
    init_repo(root, env)
    git(root, "checkout", "-q", "-b", "pr", env=env)
    template.write_text("MODÈLE DE LA PULL REQUEST\n" + shipped, encoding="utf-8")
    _commit(root, env)


def _trusted_notice(name: str) -> str:
    return (
        f"pep : templates/{name} : modifié par rapport à main ; la version de main "
        "s'applique (--config-from)"
    )


def test_report_uses_the_templates_of_the_trusted_revision(
    tmp_path: Path, env: dict[str, str]
) -> None:
    root = make_data_repo(tmp_path / "depot", CANTAL)
    _template_changed_by_the_pr(root, env, "report.md.j2")
    args = ("report", "15", "--year", "2023", "--today", TODAY)
    done = run_pep(*args, cwd=root)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("MODÈLE DE LA PULL REQUEST")
    done = run_pep(*args, "--config-from", "main", cwd=root)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("MODÈLE DE MAIN") and "PULL REQUEST" not in done.stdout
    assert _trusted_notice("report.md.j2") in done.stderr.splitlines()


@pytest.mark.parametrize("how", [("render", "15", "--avenant"), ("diff", "15", "-f", "avenant-md")])
def test_the_draft_avenant_uses_the_templates_of_the_trusted_revision(
    tmp_path: Path, env: dict[str, str], how: tuple[str, ...]
) -> None:
    root = make_data_repo(tmp_path / "depot", CANTAL)
    _template_changed_by_the_pr(root, env, "avenant.md.j2")
    # The avenant itself: the working tree raises an amount over the pull request's commit.
    edit(
        root / CONVENTION,
        "2023: 25000, 2024: 25000}\n    illustrative: [funding]\n  - id: pmi-bilans-maternelle",
        "2023: 30000, 2024: 25000}\n    illustrative: [funding]\n  - id: pmi-bilans-maternelle",
    )
    done = run_pep(*how, "--from", "HEAD", cwd=root)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("MODÈLE DE LA PULL REQUEST")
    done = run_pep(*how, "--from", "HEAD", "--config-from", "main", cwd=root)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("MODÈLE DE MAIN") and "PULL REQUEST" not in done.stdout
    assert _trusted_notice("avenant.md.j2") in done.stderr.splitlines()


@pytest.mark.parametrize("command", ["national", "site"])
def test_the_national_view_and_site_follow_the_trusted_configuration(
    tmp_path: Path, env: dict[str, str], command: str
) -> None:
    root = _main(tmp_path / "depot", env)
    (root / "pep.toml").write_text('exclude = ["**"]\n', encoding="utf-8")
    _commit(root, env)
    args = ["-f", "json"] if command == "national" else ["-o", str(tmp_path / "site")]
    notice = "pep : pep.toml : absent de main ; ignoré, l'état de main s'applique (--config-from)"

    def conventions(*more: str) -> int:
        done = run_pep(command, *args, "--today", TODAY, *more, cwd=root)
        assert "Traceback" not in done.stderr
        if more:
            assert notice in done.stderr.splitlines(), done.stderr
        if command == "national":
            assert done.returncode == 0, done.stderr
            return len(json.loads(done.stdout)["conventions"])
        return len(list((tmp_path / "site" / "conventions").glob("15-cantal-2022/index.html")))

    assert conventions() == 0  # the pull request's configuration leaves its files out
    assert conventions("--config-from", "main") == 1
