"""``--format text``: problems grouped by file, with the YAML line under each, and a summary."""

from __future__ import annotations

from itertools import groupby
from typing import TYPE_CHECKING, TextIO

from pep_cli.check.reporters.base import Reporter
from pep_cli.escape import visible

if TYPE_CHECKING:
    from pep_cli.check.engine import Report
    from pep_cli.check.problem import Problem

LEVEL_NAMES = {"error": "erreur", "warning": "avertissement"}
_STYLES = {"error": "bold red", "warning": "yellow"}


def plural(count: int, word: str, plural_word: str | None = None) -> str:
    return f"{count} {word if count < 2 else plural_word or word + 's'}"


def waiver_reason(problem: Problem) -> str:
    return problem.waived or "(dérogation sans justification)"


def summary_line(report: Report) -> str:
    parts = [
        plural(len(report.files), "fichier"),
        plural(report.errors, "erreur"),
        plural(report.warnings, "avertissement"),
    ]
    if report.waived:
        parts.append(plural(report.waived, "problème levé", "problèmes levés"))
    if report.baseline is not None:
        known = plural(report.known, "problème déjà présent", "problèmes déjà présents")
        parts.append(f"{known} à {report.baseline} (non affiché{'s' if report.known > 1 else ''})")
    return "Bilan : " + ", ".join(parts)


def excerpt(line: str, column: int, width: int = 100) -> tuple[str, int]:
    """At most ``width`` characters of ``line`` around ``column``, and the column within them."""
    line = line.replace("\t", " ")
    if len(line) <= width:
        return line, column
    start = max(0, min(column - 1 - width // 2, len(line) - width))
    shown = line[start : start + width]
    if start > 0:
        shown = "…" + shown[1:]
    if start + width < len(line):
        shown = shown[:-1] + "…"
    return shown, column - start


def shown_excerpt(line: str, column: int) -> tuple[str, int]:
    """:func:`excerpt` with control characters made visible, the column moved with them."""
    shown, column = excerpt(line, column)
    before = visible(shown[: column - 1])
    return before + visible(shown[column - 1 :]), len(before) + 1


_ANSI = {"bold": "1", "dim": "2", "red": "31", "yellow": "33", "green": "32"}


def paint(text: str, style: str, color: bool) -> str:
    """``text`` in ``style`` ("bold red", "dim"...) when ``color``; plain otherwise."""
    if not color or not style:
        return text
    codes = ";".join(_ANSI[word] for word in style.split())
    return f"\x1b[{codes}m{text}\x1b[0m"


class TextReporter(Reporter):
    name = "text"
    description = "texte lisible, groupé par fichier (par défaut)"

    # Plain writes with ANSI colours: validation is run hundreds of times in
    # CI, and importing rich would cost more than reporting.
    def write(self, report: Report, stream: TextIO) -> None:
        color = self.color
        out: list[str] = []
        for path, problems in groupby(report.problems, key=lambda p: p.path):
            out.append(paint(visible(path), "bold", color))
            for problem in problems:
                waived = problem.waived is not None
                level = "levé" if waived else LEVEL_NAMES.get(problem.level, problem.level)
                style = "dim" if waived else _STYLES.get(problem.level, "")
                out.append(
                    f"  {problem.line}:{problem.column}  {paint(level, style, color)}  "
                    f"{visible(problem.message)}  {paint(f'[{problem.rule}]', 'dim', color)}"
                )
                source, column = shown_excerpt(
                    report.source_line(problem.path, problem.line), problem.column
                )
                if source.strip():
                    out.append(f"{paint(f'{problem.line:>6} |', 'dim', color)} {source}")
                    out.append(
                        paint(" " * 7 + "|", "dim", color) + " " * column + paint("^", style, color)
                    )
                if waived:
                    reason = visible(waiver_reason(problem))
                    out.append(paint(f"{' ' * 7}levé : {reason}", "dim", color))
            out.append("")
        style = "bold red" if report.errors else ("yellow" if report.warnings else "bold green")
        out.append(paint(summary_line(report), style, color))
        stream.write("\n".join(out) + "\n")


def write_brief(report: Report, stream: TextIO) -> None:
    """One line per counted problem, then the summary: the terminal's share with ``--output``."""
    for problem in report.problems:
        if problem.waived is None:
            level = LEVEL_NAMES.get(problem.level, problem.level)
            stream.write(
                f"{visible(problem.path)}:{problem.line}:{problem.column}: {level} : "
                f"{visible(problem.message)} [{problem.rule}]\n"
            )
    stream.write(summary_line(report) + "\n")
