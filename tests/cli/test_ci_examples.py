"""The CI files of ``examples/ci/``: well-formed, and every ``pep`` command they run exists."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
from ruamel.yaml import YAML

from helpers_ci import REPO
from pep_cli.cli import app

EXAMPLES = REPO / "examples" / "ci"
# A pep invocation inside a shell line, up to the end of that command.
PEP_CALL = re.compile(r"(?:^|[\s;&|(])pep\s+(?P<args>[^;&|)\n]*)")


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = YAML(typ="safe").load((EXAMPLES / name).read_text())
    return data


def pep_calls(scripts: list[str]) -> list[list[str]]:
    calls = []
    for script in scripts:
        for line in script.replace("\\\n", " ").splitlines():
            for match in PEP_CALL.finditer(line):
                calls.append(shlex.split(match["args"], comments=True))
    return calls


def github_scripts() -> list[str]:
    workflow = load("github-actions.yml")
    return [
        step["run"] for job in workflow["jobs"].values() for step in job["steps"] if "run" in step
    ]


def gitlab_scripts() -> list[str]:
    pipeline = load("gitlab-ci.yml")
    scripts = list(pipeline["default"]["before_script"])
    for job in pipeline.values():
        if isinstance(job, dict) and "script" in job:
            scripts.extend(job["script"])
    return scripts


def test_github_workflow_structure() -> None:
    workflow = load("github-actions.yml")
    assert set(workflow["on"]) == {"pull_request", "push"}
    validate, render = workflow["jobs"]["validate"], workflow["jobs"]["render"]
    for job in (validate, render):
        checkout = job["steps"][0]
        assert checkout["uses"].startswith("actions/checkout@")
        assert checkout["with"]["fetch-depth"] == 0  # --baseline needs the target branch's history
    runs = [step.get("run", "") for step in validate["steps"]]
    assert 'pep validate --baseline "$TARGET" --config-from "$TARGET"' in runs
    baseline = next(s for s in validate["steps"] if "--baseline" in s.get("run", ""))
    assert baseline["env"]["TARGET"] == "origin/${{ github.base_ref }}"
    assert baseline["if"] == "github.event_name == 'pull_request'"
    assert render["needs"] == "validate"
    upload = render["steps"][-1]
    assert (
        upload["uses"].startswith("actions/upload-artifact@") and upload["with"]["path"] == "out/"
    )


def test_gitlab_pipeline_structure() -> None:
    pipeline = load("gitlab-ci.yml")
    assert pipeline["stages"] == ["validate", "render"]
    assert pipeline["variables"]["GIT_DEPTH"] == "0"
    validate, render = pipeline["pep-validate"], pipeline["pep-render"]
    assert validate["artifacts"]["reports"]["codequality"] == "gl-code-quality-report.json"
    assert validate["artifacts"]["when"] == "always"
    script = "\n".join(validate["script"])
    assert "--format gitlab --output gl-code-quality-report.json" in script
    assert '--baseline "$CI_MERGE_REQUEST_DIFF_BASE_SHA"' in script
    assert pipeline["variables"]["TARGET"] == "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"
    fetch = (
        'git fetch --quiet origin "+refs/heads/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME:'
        'refs/remotes/$TARGET"'
    )
    assert fetch in script and fetch in render["script"]
    assert render["needs"] == ["pep-validate"]
    assert render["artifacts"]["paths"] == ["out/"]
    assert {rule["if"] for rule in render["rules"]} == {
        '$CI_PIPELINE_SOURCE == "merge_request_event"'
    }


def test_both_keep_pep_cache_between_runs() -> None:
    validate = load("github-actions.yml")["jobs"]["validate"]
    names = [step.get("uses", step.get("run", "")) for step in validate["steps"]]
    cache = next(
        step for step in validate["steps"] if step.get("uses", "").startswith("actions/cache@")
    )
    assert cache["with"]["path"] == ".pep_cache"
    assert "${{ github.sha }}" in cache["with"]["key"]  # a new entry each run, restored by prefix
    first_pep = next(i for i, n in enumerate(names) if n.startswith("pep "))
    assert names.index(cache["uses"]) < first_pep
    gitlab = load("gitlab-ci.yml")["default"]["cache"]
    assert gitlab["paths"] == [".pep_cache/"]
    assert "$CI_COMMIT_REF_SLUG" in gitlab["key"]


@pytest.mark.parametrize("scripts", [github_scripts, gitlab_scripts], ids=["github", "gitlab"])
def test_pull_requests_are_checked_with_the_target_branchs_configuration(scripts: Any) -> None:
    """Point 12: a pull request's pep.toml, catalogue, territories and templates do not
    judge it: every pep validate and pep render of a pull request reads them from the
    target branch (--config-from), the branch --baseline compares with."""
    calls = [call for call in pep_calls(scripts()) if call[0] in ("validate", "render")]
    with_baseline = [call for call in calls if "--baseline" in call]
    assert with_baseline
    rendered = [call for call in calls if call[0] == "render"]
    assert rendered
    for call in [*with_baseline, *rendered]:
        assert "--config-from" in call, call
        assert call[call.index("--config-from") + 1] == "$TARGET", call


def _options(command: Any) -> set[str]:
    return {opt for param in command.params for opt in (*param.opts, *param.secondary_opts)}


@pytest.mark.parametrize("scripts", [github_scripts, gitlab_scripts], ids=["github", "gitlab"])
def test_every_pep_command_and_option_exists(scripts: Any) -> None:
    # typer ships its own copy of click: look at the command tree without importing click.
    root: Any = typer.main.get_command(app)
    assert "validate" in root.commands
    calls = pep_calls(scripts())
    used = {call[0] for call in calls}
    assert {"validate", "render"} <= used
    checked = 0
    for call in calls:
        name, *args = call
        command = root.commands.get(name)
        if command is None and name == "render":
            continue  # pep render comes from its own branch: checked once it is in the app
        assert command is not None, f"pep {name} n'existe pas"
        options = _options(command)
        for arg in args:
            if arg == "--":
                break  # paths only after it
            if arg.startswith("-"):
                assert arg.split("=", 1)[0] in options, f"pep {name} {arg} n'existe pas"
        checked += 1
    assert checked >= 2


INSTALL = re.compile(r'pip install (?:--quiet )?"(?P<requirement>pep-cli @ git\+[^"]+)"')


@pytest.mark.slow
@pytest.mark.parametrize("name", ["github-actions.yml", "gitlab-ci.yml"])
def test_the_install_line_builds_pep_from_a_tag_of_its_repository(
    name: str, tmp_path: Path
) -> None:
    """The examples install pep from its git repository at a version tag (it is not on PyPI):
    pip really builds it from such a repository."""
    import os
    import subprocess
    import sys
    import zipfile

    text = (EXAMPLES / name).read_text(encoding="utf-8")
    variables = dict(re.findall(r"^  (PEP_REPOSITORY|PEP_VERSION): (\S+)$", text, re.MULTILINE))
    assert set(variables) == {"PEP_REPOSITORY", "PEP_VERSION"}
    requirements = {m["requirement"] for m in INSTALL.finditer(text)}
    assert requirements == {"pep-cli @ git+${PEP_REPOSITORY}@${PEP_VERSION}"}

    clone = tmp_path / "pep"
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "clone", "-q", str(REPO), str(clone)], check=True)
    subprocess.run([*git, "-C", str(clone), "tag", variables["PEP_VERSION"]], check=True)
    requirement = (
        requirements.pop()
        .replace("${PEP_REPOSITORY}", clone.as_uri())
        .replace("${PEP_VERSION}", variables["PEP_VERSION"])
    )
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(tmp_path / "dist"),
            requirement,
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    )
    assert built.returncode == 0, built.stderr
    wheel = next((tmp_path / "dist").glob("pep_cli-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"pep_cli/cli.py", "pep_cli/_resources/data/catalogue.yaml"} <= names


def _render_step(scripts: list[str]) -> str:
    (script,) = [s for s in scripts if "pep render" in s and "git diff" in s]
    return script


@pytest.mark.tex
@pytest.mark.parametrize("scripts", [github_scripts, gitlab_scripts], ids=["github", "gitlab"])
def test_a_hostile_file_name_stays_one_path(scripts: Any, tmp_path: Path) -> None:
    """A changed file called « a -o ailleurs b.yaml » is rendered into out/, nothing elsewhere."""
    from helpers_ci import git, git_env, init_repo, make_data_repo
    from helpers_render import require_tex

    require_tex()
    env = git_env(tmp_path / "home")
    root = make_data_repo(tmp_path / "depot", "15-cantal-2022.yaml")
    init_repo(root, env)
    git(root, "switch", "-q", "-c", "proposition", env=env)
    hostile = root / "data" / "departments" / "a -o ailleurs b.yaml"
    hostile.write_bytes((root / "data" / "departments" / "15-cantal-2022.yaml").read_bytes())
    (root / "data" / "departments" / "15-cantal-2022.yaml").unlink()
    git(root, "add", "-A", env=env)
    git(root, "commit", "-qm", "Renommage hostile", env=env)
    script = _render_step(scripts())
    bin_dir = str(Path(sys.executable).parent)
    done = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script],
        cwd=root,
        env={
            **env,
            "PATH": f"{bin_dir}:{os.environ['PATH']}",
            "TARGET": "main",
            "CI_MERGE_REQUEST_DIFF_BASE_SHA": "main",
        },
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert not (root / "ailleurs").exists()
    assert (root / "out" / "a -o ailleurs b.pdf").is_file(), sorted(os.listdir(root / "out"))
