"""The documentation site: built with mkdocs-material as ``make docs`` does (``--strict``:
warnings are errors, internal links checked), with a page at every address pep quotes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers_validate import REPO, copy_data_repository, run_pep
from pep_cli import DOCS_URL
from pep_cli.check.rules import RULES

MKDOCS = Path(sys.executable).parent / "mkdocs"


def build(project: Path, site: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [str(MKDOCS), "build", "--strict", "--site-dir", str(site)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("site")
    done = build(REPO, target)
    assert done.returncode == 0, done.stdout + done.stderr
    return target


def page(site: Path, url: str) -> Path:
    assert url.startswith(DOCS_URL), url
    return site / url.removeprefix(DOCS_URL) / "index.html"


def test_every_rule_has_the_page_pep_explain_gives(site: Path, tmp_path: Path) -> None:
    for rule, module in RULES.items():
        done = run_pep(["explain", rule], cwd=tmp_path)
        address = done.stdout.rstrip().splitlines()[-1].removeprefix("Documentation : ")
        html = page(site, address).read_text(encoding="utf-8")
        assert f'<h1 id="{rule}">{rule}' in html
        assert "Exemple en défaut" in html and "Exemple conforme" in html
        if "\n    " in (module.__doc__ or ""):  # indented examples: highlighted YAML blocks
            assert '<div class="highlight">' in html
        assert "``" not in html
        first = (module.__doc__ or "").strip().splitlines()[0].split("``")[0]
        assert first.replace("'", "&#39;") in html or first in html


def test_sarif_addresses_are_pages_of_the_site(site: Path, tmp_path: Path) -> None:
    repo = copy_data_repository(tmp_path / "repo")
    done = run_pep(["validate", "--format", "sarif", "--today", "2026-11-22"], cwd=repo)
    driver = json.loads(done.stdout)["runs"][0]["tool"]["driver"]
    assert (site / driver["informationUri"].removeprefix(DOCS_URL) / "index.html").is_file()
    assert [page(site, rule["helpUri"]).is_file() for rule in driver["rules"]] == [True] * len(
        RULES
    )


def test_guide_commands_format_and_api_pages(site: Path) -> None:
    guide = (site / "index.html").read_text(encoding="utf-8")
    assert "Les conventions de protection de l" in guide or "pep" in guide
    assert "Dérogations" in guide
    commands = (site / "commandes" / "index.html").read_text(encoding="utf-8")
    from pep_cli.cli import build_command

    for name in build_command().commands:
        assert f'id="pep-{name}"' in commands, name
    assert "Usage : pep validate" in commands and "--stdin-filename" in commands
    data_format = (site / "format" / "index.html").read_text(encoding="utf-8")
    assert "<code>funding</code>" in data_format and "<code>schema_version</code>" in data_format
    api = (site / "api" / "index.html").read_text(encoding="utf-8")
    for name in ("validate", "load_repository", "find_convention", "render"):
        assert f'id="pep_cli.api.{name}"' in api


def test_a_broken_internal_link_fails_the_build(tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    for name in ("mkdocs.yml", "README.md"):
        shutil.copy(REPO / name, project / name)
    for folder in ("docs", "tools", "src", "data"):
        shutil.copytree(
            REPO / folder, project / folder, ignore=shutil.ignore_patterns("__pycache__")
        )
    with (project / "docs" / "api.md").open("a", encoding="utf-8") as handle:
        handle.write("\nVoir [la règle](regles/absente.md).\n")
    done = build(project, tmp_path / "site")
    assert done.returncode != 0
    assert "regles/absente.md" in done.stdout + done.stderr


def test_read_the_docs_builds_the_site_at_the_address_pep_gives() -> None:
    """.readthedocs.yaml publishes this mkdocs site, warnings as errors, at DOCS_URL."""
    import tomllib

    from ruamel.yaml import YAML

    config = YAML(typ="safe").load((REPO / ".readthedocs.yaml").read_text(encoding="utf-8"))
    assert config["version"] == 2
    assert config["mkdocs"] == {"configuration": "mkdocs.yml", "fail_on_warning": True}
    (install,) = config["python"]["install"]
    extras = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "optional-dependencies"
    ]
    assert install["path"] == "." and set(install["extra_requirements"]) <= set(extras)
    site = YAML(typ="safe").load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    assert site["site_url"] == DOCS_URL
