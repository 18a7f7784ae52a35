"""The Pages jobs of ``examples/ci/``: well-formed, publishing the folder ``pep site`` writes."""

from __future__ import annotations

import re
import shlex
from typing import Any

import typer
from ruamel.yaml import YAML

from helpers_national import PROJECT
from pep_cli.cli import app

EXAMPLES = PROJECT / "examples" / "ci"
PEP_CALL = re.compile(r"(?:^|[\s;&|(])pep\s+(?P<args>[^;&|)\n]*)")


def _calls(scripts: list[str]) -> list[list[str]]:
    return [
        shlex.split(m["args"], comments=True)
        for script in scripts
        for m in PEP_CALL.finditer(script)
    ]


def _options(command: Any) -> set[str]:
    return {opt for param in command.params for opt in (*param.opts, *param.secondary_opts)}


def _check(calls: list[list[str]]) -> None:
    root: Any = typer.main.get_command(app)
    assert calls and all(call[0] == "site" for call in calls)
    for name, *args in calls:
        options = _options(root.commands[name])
        assert all(a in options for a in args if a.startswith("-")), args


def test_gitlab_pages_job() -> None:
    pipeline = YAML(typ="safe").load((EXAMPLES / "gitlab-pages.yml").read_text(encoding="utf-8"))
    job = pipeline["pages"]  # GitLab publishes the job named "pages", folder "public"
    assert job["artifacts"]["paths"] == ["public"]
    _check(_calls(job["script"]))
    assert any("-o public/" in line for line in job["script"])


def test_github_pages_workflow() -> None:
    workflow = YAML(typ="safe").load((EXAMPLES / "github-pages.yml").read_text(encoding="utf-8"))
    build = workflow["jobs"]["build"]["steps"]
    _check(_calls([step["run"] for step in build if "run" in step]))
    uploads = [s for s in build if str(s.get("uses", "")).startswith("actions/upload-pages")]
    assert uploads and uploads[0]["with"]["path"] == "public"
    assert workflow["permissions"]["pages"] == "write"
