"""``pep diff``: what changes in a convention between two git revisions."""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from pep_cli.errors import ExitCode, UsageError

if TYPE_CHECKING:
    from pep_cli.history.diff import ConventionDiff
    from pep_cli.history.versions import Comparison

FORMATS = ("text", "markdown", "json", "avenant-md", "avenant-tex")


def run_diff(
    *,
    reference: str | None,
    old_revision: str,
    new_revision: str | None,
    output_format: str,
    root: Path | None,
    config_from: str | None = None,
) -> int:
    from pep_cli.commands.trusted import config_from as trusted_files
    from pep_cli.commands.trusted import say
    from pep_cli.data.repository import DataRepository
    from pep_cli.history.versions import compare

    if output_format not in FORMATS:
        raise UsageError(f"format « {output_format} » inconnu ; formats : {', '.join(FORMATS)}")
    repo = DataRepository.discover(root)
    with trusted_files(repo, config_from) as notices:
        say(notices)
        comparison = compare(repo, reference, old_revision, new_revision)
        if output_format.startswith("avenant-"):
            from pep_cli.render.avenant import render_avenant

            rendered = render_avenant(repo, comparison, fmt=output_format.removeprefix("avenant-"))
            assert isinstance(rendered.content, str)
            sys.stdout.write(rendered.content)
            return int(ExitCode.OK)
        if output_format == "json":
            write_json(comparison, sys.stdout)
        elif output_format == "markdown":
            from pep_cli.history.diff_markdown import comparison_markdown

            sys.stdout.write(comparison_markdown(comparison))
        else:
            from pep_cli.commands.console import color_enabled

            write_text(comparison, sys.stdout, color=color_enabled(sys.stdout))
        if comparison.errors and output_format != "markdown":
            for error in comparison.errors:
                print(f"pep : erreur : {error}", file=sys.stderr)
        return int(ExitCode.PROBLEMS if comparison.errors else ExitCode.OK)


def write_json(comparison: Comparison, stream: TextIO) -> None:
    data: dict[str, Any] = {
        "from": comparison.old_revision,
        "to": comparison.new_revision,
        "conventions": [diff.as_dict() for diff in comparison.diffs],
        "errors": comparison.errors,
    }
    json.dump(data, stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def markup(text: str) -> str:
    """User text for rich: markup escaped, control characters made visible."""
    from rich.markup import escape

    from pep_cli.escape import visible

    return escape(visible(text))


def write_text(comparison: Comparison, stream: TextIO, *, color: bool) -> None:
    from pep_cli.commands.console import rich_console, text_width

    # Not a terminal (a file, a CI log): wide enough for the funding tables on one line each.
    console = rich_console(stream, color, soft_wrap=True, width=text_width(stream) or 132)
    if not comparison.diffs and not comparison.errors:
        console.print(
            f"Aucune convention modifiée entre {comparison.old_label} et "
            f"{'la ' if comparison.new_revision is None else ''}{comparison.new_label}."
        )
    for diff in comparison.diffs:
        _convention(console, diff, comparison.old_label, comparison.new_label)


_MARKS = {"added": ("+", "green"), "removed": ("\u2212", "red"), "changed": ("~", "yellow")}


def _convention(console: Any, diff: ConventionDiff, old_label: str, new_label: str) -> None:
    escape = markup

    from pep_cli.history.diff_phrases import (
        CONVENTION_STATUS,
        action_details,
        action_heading,
        header_lines,
        sentence,
    )

    console.print(f"[bold]{escape(diff.name)}[/bold] : {escape(old_label)} → {escape(new_label)}")
    status = CONVENTION_STATUS[diff.status]
    if status:
        console.print(f"  [bold]{sentence(status)}[/bold]")
    if diff.empty:
        console.print(
            "  aucun changement de contenu (au plus la mise en forme ou les commentaires)"
        )
        console.print()
        return
    for line in header_lines(diff):
        console.print(f"  {escape(line)}")
    if diff.actions:
        console.print("  [bold]Actions[/bold]")
        for action in diff.actions:
            mark, style = _MARKS[action.status]
            console.print(f"    [{style}]{mark}[/{style}] {escape(action_heading(action))}")
            for detail in action_details(action):
                console.print(f"        {escape(detail)}")
    if diff.funding:
        _funding(console, diff)
    console.print()


def _funding(console: Any, diff: ConventionDiff) -> None:
    """The changed amounts (before, after, difference), then the new signed table with totals."""
    escape = markup
    from rich.padding import Padding
    from rich.table import Table

    from pep_cli.history.diff_phrases import money, sentence, signed_money, total_line

    def table(*columns: str) -> Table:
        grid = Table(box=None, pad_edge=False, padding=(0, 1, 0, 3), show_edge=False)
        for index, column in enumerate(columns):
            grid.add_column(column, justify="left" if index == 0 else "right")
        return grid

    changes = [(line, year) for line in diff.funding for year in line.years if year.changed]
    if changes:
        console.print("  [bold]Financement signé : changements[/bold]")
        grid = table("source", "année", "avant", "après", "écart")
        for line, year in changes:
            grid.add_row(
                escape(line.label),
                str(year.year),
                money(year.old),
                money(year.new),
                signed_money(year.difference),
            )
        for total in diff.totals:
            if total.changed:
                grid.add_row(
                    "[bold]Total[/bold]",
                    str(total.year),
                    money(total.old),
                    money(total.new),
                    signed_money(total.difference),
                )
        console.print(Padding(grid, (0, 0, 0, 4), expand=False))
    if diff.new is not None:
        console.print("  [bold]Financement signé après modification[/bold]")
        grid = table("source", *(str(y) for y in diff.years), "total")
        for line in diff.funding:
            if line.new_total or any(y.new is not None for y in line.years):
                by_year = {y.year: y.new for y in line.years}
                grid.add_row(
                    escape(line.label),
                    *(money(by_year.get(y)) for y in diff.years),
                    money(line.new_total),
                )
        new_total = sum((line.new_total for line in diff.funding), Decimal(0))
        grid.add_row(
            "[bold]Total[/bold]",
            *(money(t.new) for t in diff.totals),
            f"[bold]{money(new_total)}[/bold]",
        )
        console.print(Padding(grid, (0, 0, 0, 4), expand=False))
    console.print(f"    {escape(sentence(total_line(diff)))}")
