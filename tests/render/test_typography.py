"""French typography over every rendered document: Markdown of every shipped convention and of
the draft avenant, and the text of their PDFs (pdftotext).

Checked: no straight double quote and no straight apostrophe reach the reader; in Markdown, a
no-break space (never a plain one) before « ; : ! ? » and « » », and after « « ». The PDF text
cannot show which space TeX set (pdftotext writes a plain space for a tie), so only quotes and
apostrophes are checked there; the LaTeX source is checked for its ties and thin spaces.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from helpers_validate import REPO, run_pep

SHIPPED = sorted((REPO / "data" / "departments").glob("*.yaml"))
PLAIN_SPACE_BEFORE = re.compile(r" [;:!?»]")
PLAIN_SPACE_AFTER = re.compile(r"« ")


def problems_of(text: str, *, spaces: bool) -> list[str]:
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        if '"' in line:
            found.append(f"{number}: guillemet droit : {line}")
        if "'" in line:
            found.append(f"{number}: apostrophe droite : {line}")
        if spaces and (PLAIN_SPACE_BEFORE.search(line) or PLAIN_SPACE_AFTER.search(line)):
            found.append(f"{number}: espace ordinaire avant ou après la ponctuation : {line}")
    return found


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("rendered")
    result = run_pep(["render", "--all", "-o", str(out), "--today", "2026-11-22"], REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


@pytest.mark.parametrize("source", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_every_rendered_markdown_is_french(rendered: Path, source: Path) -> None:
    text = (rendered / f"{source.stem}.md").read_text(encoding="utf-8")
    assert problems_of(text, spaces=True) == []
    assert "«\u00a0" in text or "«" not in text


def test_the_draft_avenant_is_french() -> None:
    golden = REPO / "tests" / "render" / "golden" / "15-cantal-2022-avenant.md"
    assert problems_of(golden.read_text(encoding="utf-8"), spaces=True) == []


@pytest.mark.parametrize("source", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_latex_sets_french_spaces(tmp_path: Path, source: Path) -> None:
    result = run_pep(["render", str(source), "--format", "tex", "--today", "2026-11-22"], REPO)
    assert result.returncode == 0, result.stderr
    body = result.stdout.split("\\begin{document}", 1)[1]
    assert PLAIN_SPACE_BEFORE.search(body) is None
    assert PLAIN_SPACE_AFTER.search(body) is None
    assert "~:" in body and "\\,;" in body


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) absent")
@pytest.mark.parametrize("name", ["15-cantal-2022", "92-hauts-de-seine-2022", "973-guyane-2020"])
def test_every_pdf_text_is_french(tmp_path: Path, name: str) -> None:
    source = REPO / "data" / "departments" / f"{name}.yaml"
    args = ["render", str(source), "--format", "pdf", "-o", str(tmp_path), "--today", "2026-11-22"]
    result = run_pep(args, REPO, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / f"{name}.pdf"), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert problems_of(text, spaces=False) == []
    assert "«" in text and "’" in text
