"""``--format text`` and ``--format concise``: problems for a person to read, and a summary.

``text`` groups problems by file, with the YAML line and a caret under each; on a
terminal, messages are wrapped at word boundaries to its width. ``concise`` writes one
``fichier:ligne:colonne: niveau : message [règle]`` line per problem, for grep and editors.
"""

from __future__ import annotations

from collections import Counter
from itertools import groupby
from typing import TYPE_CHECKING, TextIO

from pep_cli.check.reporters.base import Reporter
from pep_cli.escape import visible
from pep_cli.french import plural

if TYPE_CHECKING:
    from pep_cli.check.engine import Report
    from pep_cli.check.problem import Problem

LEVEL_NAMES = {"error": "erreur", "warning": "avertissement"}
_STYLES = {"error": "bold red", "warning": "yellow"}


def waiver_reason(problem: Problem) -> str:
    return problem.waived or "(dérogation sans justification)"


def files_in_error(report: Report) -> int:
    return len({p.path for p in report.problems if p.is_error})


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
    failing = files_in_error(report)
    in_error = f" ; {plural(failing, 'fichier')} en erreur" if failing else ""
    return "Bilan : " + ", ".join(parts) + in_error


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


_ANSI = {"bold": "1", "dim": "2", "red": "31", "yellow": "33", "green": "32"}


def shown_excerpt(line: str, column: int, width: int = 100) -> tuple[str, int]:
    """:func:`excerpt` with control characters made visible, the column moved with them."""
    shown, column = excerpt(line, column, width)
    before = visible(shown[: column - 1])
    return before + visible(shown[column - 1 :]), len(before) + 1


def paint(text: str, style: str, color: bool) -> str:
    """``text`` in ``style`` ("bold red", "dim"...) when ``color``; plain otherwise."""
    if not color or not style:
        return text
    codes = ";".join(_ANSI[word] for word in style.split())
    return f"\x1b[{codes}m{text}\x1b[0m"


def wrap(text: str, width: int | None, indent: int) -> list[str]:
    """``text`` cut at word boundaries (never inside a word) to ``width`` columns, the
    lines after the first indented by ``indent``; one line when there is no width."""
    if width is None or len(text) <= width:
        return [text]
    import textwrap  # only for long lines on a terminal

    return textwrap.wrap(
        text,
        width=max(width, indent + 20),
        subsequent_indent=" " * indent,
        break_long_words=False,
        break_on_hyphens=False,
    )


class TextReporter(Reporter):
    name = "text"
    description = "texte lisible, groupé par fichier (par défaut)"

    # Plain writes with ANSI colours: validation is run hundreds of times in
    # CI, and importing rich would cost more than reporting.
    def write(self, report: Report, stream: TextIO) -> None:
        color = self.color
        out: list[str] = []
        shown = [p for p in report.problems if not (self.quiet and p.waived is not None)]
        for path, problems in groupby(shown, key=lambda p: p.path):
            out.append(paint(visible(path), "bold", color))
            for problem in problems:
                out.extend(self._problem(report, problem))
            skipped = report.not_run.get(path)
            if skipped and not self.quiet:
                note = (
                    "  tant que le schéma n'est pas respecté, ces règles ne s'appliquent pas "
                    f"à ce fichier : {', '.join(skipped)}"
                )
                out.extend(paint(line, "dim", color) for line in wrap(note, self.width, 4))
            out.append("")
        if not self.quiet:
            style = "bold red" if report.errors else ("yellow" if report.warnings else "bold green")
            out.extend(
                paint(line, style, color) for line in wrap(summary_line(report), self.width, 8)
            )
        elif out and not out[-1]:
            out.pop()
        if out:
            stream.write("\n".join(out) + "\n")

    def _problem(self, report: Report, problem: Problem) -> list[str]:
        color = self.color
        waived = problem.waived is not None
        level = "levé" if waived else LEVEL_NAMES.get(problem.level, problem.level)
        style = "dim" if waived else _STYLES.get(problem.level, "")
        place = f"{problem.line}:{problem.column}"
        # Wrapped on the plain text, painted afterwards: escapes take no columns.
        head = f"  {place}  {level}  {visible(problem.message)}  [{problem.rule}]"
        lines = wrap(head, self.width, indent=4 + len(place))
        first = lines[0].replace(f"  {level}  ", f"  {paint(level, style, color)}  ", 1)
        lines[0] = first
        lines[-1] = lines[-1].replace(f"[{problem.rule}]", paint(f"[{problem.rule}]", "dim", color))
        # The quoted line fits the terminal too, after its "   241 | " margin.
        room = 100 if self.width is None else max(20, min(100, self.width - 9))
        source, column = shown_excerpt(
            report.source_line(problem.path, problem.line), problem.column, room
        )
        if source.strip():
            lines.append(f"{paint(f'{problem.line:>6} |', 'dim', color)} {source}")
            lines.append(
                paint(" " * 7 + "|", "dim", color) + " " * column + paint("^", style, color)
            )
        if waived:
            reason = f"{' ' * 7}levé : {visible(waiver_reason(problem))}"
            lines.extend(paint(line, "dim", color) for line in wrap(reason, self.width, 14))
        return lines


def concise_line(problem: Problem) -> str:
    level = LEVEL_NAMES.get(problem.level, problem.level)
    if problem.waived is not None:
        level = f"levé ({level})"
    return (
        f"{visible(problem.path)}:{problem.line}:{problem.column}: {level} : "
        f"{visible(problem.message)} [{problem.rule}]"
    )


class ConciseReporter(Reporter):
    name = "concise"
    description = "une ligne par problème : fichier:ligne:colonne: niveau : message [règle]"

    def write(self, report: Report, stream: TextIO) -> None:
        for problem in report.problems:
            if problem.waived is None or not self.quiet:
                stream.write(concise_line(problem) + "\n")
        if not self.quiet:
            stream.write(summary_line(report) + "\n")


def write_brief(report: Report, stream: TextIO, *, summary: bool = True) -> None:
    """One line per counted problem, then the summary: the terminal's share with ``--output``."""
    for problem in report.problems:
        if problem.waived is None:
            stream.write(concise_line(problem) + "\n")
    if summary:
        stream.write(summary_line(report) + "\n")


def write_statistics(report: Report, stream: TextIO, *, color: bool = False) -> None:
    """``--statistics``: how many problems per rule and per file, then the summary."""
    counted = [p for p in report.problems if p.waived is None]
    out: list[str] = []
    if counted:
        by_rule = Counter((p.rule, p.level) for p in counted)
        width = len(str(max(by_rule.values())))
        out.append(paint("Par règle :", "bold", color))
        for (rule, level), count in sorted(by_rule.items(), key=lambda item: (-item[1], item[0])):
            name = LEVEL_NAMES.get(level, level)
            out.append(f"  {count:>{width}}  {rule:<22} {name}")
        out.append("")
        out.append(paint("Par fichier :", "bold", color))
        by_file: dict[str, Counter[str]] = {}
        for problem in counted:
            by_file.setdefault(problem.path, Counter())[problem.level] += 1
        ordered = sorted(by_file.items(), key=lambda item: (-sum(item[1].values()), item[0]))
        width = len(str(max(sum(c.values()) for c in by_file.values())))
        for path, counts in ordered:
            detail = ", ".join(
                plural(counts[level], name)
                for level, name in (("error", "erreur"), ("warning", "avertissement"))
                if counts[level]
            )
            out.append(f"  {sum(counts.values()):>{width}}  {visible(path)} ({detail})")
        out.append("")
    out.append(summary_line(report))
    stream.write("\n".join(out) + "\n")
