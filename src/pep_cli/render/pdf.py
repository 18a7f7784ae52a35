"""Compiling the LaTeX of a convention to PDF with pdflatex, reproducibly and safely.

- In a temporary folder, at most two passes (the second only when the first
  asks for it, e.g. for "page N sur M").
- Same input, same bytes: ``SOURCE_DATE_EPOCH`` and ``FORCE_SOURCE_DATE=1``
  fix every date pdfTeX writes, ``\\pdftrailerid{}`` drops the random file
  identifier; a document without a date gets no date in its metadata.
- Defence in depth: no shell escape, and TeX may only open files in the
  working folder or its own tree (``openin_any=p``), even if a custom
  template forgets to escape a value.
- A LaTeX error is reported at the template line that produced it, with
  TeX's message, not the whole log.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from pep_cli.errors import UsageError
from pep_cli.fileio import atomic_write
from pep_cli.render.environment import LineMap, TemplateFailure

JOB = "convention"
PASSES = 2
TIMEOUT = 300
INSTALL_HINT = (
    "apt-get install texlive-latex-recommended texlive-lang-french latexmk "
    "(avec texlive-fonts-recommended et lmodern)"
)
# What the shipped template needs, and the Debian package that provides it.
REQUIRED_FILES = {
    "french.ldf": "texlive-lang-french",
    "lmodern.sty": "lmodern",
    "t1lmr.fd": "lmodern",
    "booktabs.sty": "texlive-latex-recommended",
    "tabularx.sty": "texlive-latex-base",
    "longtable.sty": "texlive-latex-base",
    "geometry.sty": "texlive-latex-recommended",
    "fancyhdr.sty": "texlive-latex-recommended",
    "xcolor.sty": "texlive-latex-recommended",
    "graphicx.sty": "texlive-latex-base",  # the charts of the annual report
}
_RERUN = re.compile(
    r"Rerun to get|Label\(s\) may have changed|There were undefined references|Rerun LaTeX"
)
_FILE_LINE_ERROR = re.compile(r"^(?P<file>[^\n]*?):(?P<line>[0-9]+): (?P<message>.*)$")
_CONTEXT = re.compile(r"^l\.(?P<line>[0-9]+) (?P<before>.*)$")


class LatexFailure(TemplateFailure):
    """pdflatex stopped on an error: exit 1, with the template line and TeX's message."""


@dataclass(frozen=True)
class Engine:
    pdflatex: str


def find_engine() -> Engine:
    """pdflatex and the template's LaTeX packages, or a French message saying what to install."""
    pdflatex = shutil.which("pdflatex")
    if pdflatex is None:
        raise UsageError(
            "aucun moteur TeX (pdflatex) n'est installé : le format pdf en a besoin. "
            f"Sous Debian ou Ubuntu : {INSTALL_HINT} ; ou rendez le LaTeX avec --format tex."
        )
    kpsewhich = shutil.which("kpsewhich", path=str(Path(pdflatex).parent)) or shutil.which(
        "kpsewhich"
    )
    if kpsewhich is not None:
        try:
            found = subprocess.run(
                [kpsewhich, *REQUIRED_FILES],
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
                stdin=subprocess.DEVNULL,
            ).stdout.split()
        except (OSError, subprocess.SubprocessError):
            found = None
        if found is not None:
            names = {Path(line).name for line in found}
            missing = [name for name in REQUIRED_FILES if name not in names]
            if missing:
                packages = sorted({REQUIRED_FILES[name] for name in missing})
                raise UsageError(
                    f"TeX est installé mais il lui manque {', '.join(missing)} : "
                    f"installez-les, par exemple : apt-get install {' '.join(packages)}"
                )
    return Engine(pdflatex=pdflatex)


def compile_pdf(
    tex: str,
    line_map: LineMap,
    *,
    epoch: int | None,
    engine: Engine,
    files: Mapping[str, bytes] | None = None,
) -> bytes:
    """The PDF of ``tex``; ``epoch`` (seconds since 1970) dates it, ``None`` leaves it undated.

    ``files`` (name -> bytes) are written beside it first: the charts it includes.
    """
    preamble = r"\pdftrailerid{}" + ("" if epoch is not None else r"\pdfinfoomitdate=1 ")
    with tempfile.TemporaryDirectory(prefix="pep-render-") as folder:
        work = Path(folder)
        atomic_write(work / f"{JOB}.tex", tex, durable=False)
        for name, data in (files or {}).items():  # charts the LaTeX includes, by name
            atomic_write(work / Path(name).name, data, durable=False)
        env = {
            **os.environ,
            "SOURCE_DATE_EPOCH": str(epoch if epoch is not None else 0),
            "FORCE_SOURCE_DATE": "1",
            "openin_any": "p",
            "openout_any": "p",
            "shell_escape": "f",
            "TEXMFOUTPUT": str(work),
            # One log line per message, with enough context to find the column.
            "max_print_line": "10000",
            "error_line": "254",
            "half_error_line": "238",
        }
        command = [
            engine.pdflatex,
            "-interaction=nonstopmode",
            "-halt-on-error",
            "-file-line-error",
            "-no-shell-escape",
            f"-jobname={JOB}",
            preamble + r"\input{" + JOB + ".tex}",
        ]
        for _ in range(PASSES):
            try:
                done = subprocess.run(
                    command,
                    cwd=work,
                    env=env,
                    stdin=subprocess.DEVNULL,
                    capture_output=True,
                    timeout=TIMEOUT,
                    check=False,
                )
            except subprocess.TimeoutExpired:
                raise LatexFailure(f"pdflatex n'a pas terminé en {TIMEOUT} secondes") from None
            log_path = work / f"{JOB}.log"
            log = log_path.read_text("utf-8", errors="replace") if log_path.exists() else ""
            pdf = work / f"{JOB}.pdf"
            if done.returncode != 0 or not pdf.exists():
                raise LatexFailure(describe_failure(log, tex, line_map))
            if not _RERUN.search(log):
                break
        return pdf.read_bytes()


def describe_failure(log: str, tex: str, line_map: LineMap) -> str:
    """The first LaTeX error of ``log``, at the template line behind it, in a few lines."""
    lines = log.splitlines()
    for index, text in enumerate(lines):
        match = _FILE_LINE_ERROR.match(text)
        if match is None or match.group("file").startswith("l."):
            continue
        message = match.group("message").strip()
        ours = Path(match.group("file")).name == f"{JOB}.tex"
        tex_line = int(match.group("line"))
        context = ""
        for following in lines[index + 1 : index + 12]:
            found = _CONTEXT.match(following)
            if found:
                context = found.group("before")
                break
        where = "erreur LaTeX"
        if ours:
            column = _column(tex, tex_line, context)
            origin = line_map.locate(tex_line, column)
            if origin is not None:
                where += f" dans le gabarit {origin.template}, ligne {origin.line}"
            where += f" (ligne {tex_line} du LaTeX produit)"
        else:
            where += f" dans {match.group('file')}, ligne {tex_line}"
        shown = f" ; juste avant : « {context.strip()[-60:]} »" if context.strip() else ""
        return f"{where} : {message}{shown}"
    if "No pages of output" in log:
        return "erreur LaTeX : le document ne contient aucune page (No pages of output)"
    tail = [line for line in lines[-8:] if line.strip()]
    return "pdflatex a échoué sans message d'erreur reconnu ; fin du journal :\n  " + "\n  ".join(
        tail
    )


def _column(tex: str, line: int, context: str) -> int | None:
    """Where on ``line`` TeX stopped: the end of the context it printed, found in that line."""
    source_lines = tex.split("\n")
    if not context or not 0 < line <= len(source_lines):
        return None
    source = source_lines[line - 1]
    before = context[3:] if context.startswith("...") else context
    found = source.find(before)
    return found + len(before) - 1 if found >= 0 else None
