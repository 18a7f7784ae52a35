"""Helpers of the rendering tests: real data repositories, real git, the real pep, real TeX."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest

from pep_cli.cli import run

PROJECT = Path(__file__).resolve().parents[1]
SHIPPED = PROJECT / "data" / "departments"
FIXTURES = Path(__file__).resolve().parent / "render" / "fixtures"
HOSTILE = FIXTURES / "2a-corse-du-sud-2022.yaml"
PEP = Path(sys.executable).parent / "pep"

# A fixed identity and date: the same files always give the same commit hash.
GIT_DATE = "2024-03-15T10:00:00+01:00"
GIT_ENV = {
    "GIT_AUTHOR_NAME": "Analyste DGCS",
    "GIT_AUTHOR_EMAIL": "analyste@example.org",
    "GIT_COMMITTER_NAME": "Analyste DGCS",
    "GIT_COMMITTER_EMAIL": "analyste@example.org",
    "GIT_AUTHOR_DATE": GIT_DATE,
    "GIT_COMMITTER_DATE": GIT_DATE,
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def git(root: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", *args],
        cwd=root,
        env={**os.environ, **GIT_ENV},
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def data_repository(root: Path, *conventions: Path, commit: bool = True) -> Path:
    """A data repository holding copies of ``conventions``, committed in a fresh git repository."""
    departments = root / "data" / "departments"
    departments.mkdir(parents=True)
    for convention in conventions:
        shutil.copyfile(convention, departments / convention.name)
    if commit:
        git(root, "init", "-q", "-b", "main")
        git(root, "add", "data")
        git(root, "commit", "-q", "-m", "Conventions")
    return root


@dataclass
class Result:
    code: int
    out: str
    err: str


def pep(capsys: pytest.CaptureFixture[str], *args: str) -> Result:
    """Run pep in this process, exactly as the ``pep`` command does (exit code included)."""
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_info:
        run(list(args))
    captured = capsys.readouterr()
    code = exit_info.value.code
    return Result(code if isinstance(code, int) else 0, captured.out, captured.err)


def pep_process(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run the installed ``pep`` command in a subprocess."""
    return subprocess.run(
        [str(PEP), *args],
        cwd=cwd,
        env=env if env is not None else dict(os.environ),
        capture_output=True,
    )


# --- TeX ----------------------------------------------------------------------------------------


def require_tex() -> None:
    """Skip when TeX or pdftotext is missing, unless PEP_REQUIRE_TEX=1 (CI): then fail."""
    missing = [
        tool for tool in ("pdflatex", "kpsewhich", "pdftotext") if shutil.which(tool) is None
    ]
    if not missing:
        return
    message = (
        f"outils absents : {', '.join(missing)} (apt-get install texlive-latex-recommended "
        "texlive-fonts-recommended texlive-lang-french lmodern latexmk poppler-utils)"
    )
    if os.environ.get("PEP_REQUIRE_TEX") == "1":
        pytest.fail("PEP_REQUIRE_TEX=1 mais " + message)
    pytest.skip(message)


def pdf_text(pdf: Path) -> str:
    """The text of a PDF's body, without its running header and footer (A4, points)."""
    done = subprocess.run(
        [
            "pdftotext",
            "-enc",
            "UTF-8",
            "-x",
            "0",
            "-y",
            "56",
            "-W",
            "596",
            "-H",
            "716",
            str(pdf),
            "-",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


# How the PDF shows what the LaTeX filter documents as replaced or set differently.
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}


def as_typeset(text: str, printable: frozenset[str]) -> str:
    """``text`` once typeset: French quotes and apostrophes, code points, ligatures split."""
    from pep_cli.render.typography import french_text

    out = []
    for char in unicodedata.normalize("NFC", french_text(text)):
        if char == "'":
            out.append("\u2019")
        elif char in _LIGATURES:
            out.append(_LIGATURES[char])
        elif char == "…":
            out.append("...")
        elif char.isascii() or char in printable or char in "\u00a0\u202f":
            out.append(char)
        else:
            out.append(f"[U+{ord(char):04X}]")
    return "".join(out)


def pdf_contains(haystack: str, needle: str) -> bool:
    """Whether ``needle`` is in the PDF text, whatever the line breaks, spaces and hyphenation."""
    marked = re.sub(r"-\n", "\x01", haystack)  # a line ending with a hyphen: soft or real
    flat = re.sub(r"\s+", "", marked)
    parts = ["[-\x01]" if char == "-" else re.escape(char) for char in re.sub(r"\s+", "", needle)]
    return re.search("\x01?".join(parts), flat) is not None
