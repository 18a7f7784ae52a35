"""``--format text``: problems grouped by file, with the YAML line under each, and a summary."""

from __future__ import annotations

from itertools import groupby
from typing import TYPE_CHECKING, TextIO

from pep_cli.reporters.base import Reporter

if TYPE_CHECKING:
    from pep_cli.engine import Report
    from pep_cli.problem import Problem

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


class TextReporter(Reporter):
    name = "text"
    description = "texte lisible, groupé par fichier (par défaut)"

    def write(self, report: Report, stream: TextIO) -> None:
        from rich.console import Console
        from rich.markup import escape

        console = Console(
            file=stream,
            force_terminal=self.color,
            no_color=not self.color,
            highlight=False,
            soft_wrap=True,
            emoji=False,
        )
        for path, problems in groupby(report.problems, key=lambda p: p.path):
            console.print(f"[bold]{escape(path)}[/bold]")
            for problem in problems:
                level = "levé" if problem.waived is not None else LEVEL_NAMES.get(problem.level, problem.level)
                style = "dim" if problem.waived is not None else _STYLES.get(problem.level, "")
                console.print(
                    f"  {problem.line}:{problem.column}  [{style}]{level}[/{style}]  "
                    f"{escape(problem.message)}  [dim]\\[{problem.rule}][/dim]"
                )
                source = report.source_line(problem.path, problem.line)
                if source.strip():
                    gutter = f"{problem.line:>6} | "
                    console.print(f"[dim]{gutter}[/dim]{escape(source.expandtabs(1))}")
                    console.print(f"[dim]{' ' * 7}|[/dim]{' ' * problem.column}[{style}]^[/{style}]")
                if problem.waived is not None:
                    reason = escape(waiver_reason(problem))
                    console.print(f"[dim]{' ' * 7}levé : {reason}[/dim]")
            console.print()
        style = "bold red" if report.errors else ("yellow" if report.warnings else "bold green")
        console.print(f"[{style}]{summary_line(report)}[/{style}]")


def write_brief(report: Report, stream: TextIO) -> None:
    """One line per counted problem, then the summary: the terminal's share with ``--output``."""
    for problem in report.problems:
        if problem.waived is None:
            level = LEVEL_NAMES.get(problem.level, problem.level)
            stream.write(
                f"{problem.path}:{problem.line}:{problem.column}: {level} : {problem.message} "
                f"[{problem.rule}]\n"
            )
    stream.write(summary_line(report) + "\n")
