"""``pep diff --format markdown``: a diff to paste into a pull request comment."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pep_cli.escape import md as escape
from pep_cli.history.diff_phrases import (
    ACTION_STATUS,
    CONVENTION_STATUS,
    action_details,
    header_lines,
    money_change,
    sentence,
    total_line,
)

if TYPE_CHECKING:
    from pep_cli.history.diff import ConventionDiff
    from pep_cli.history.versions import Comparison


def code(text: str) -> str:
    """Inline code that survives backticks in ``text``."""
    fence = "``" if "`" in text else "`"
    return f"{fence}{text.replace('|', '&#124;')}{fence}"


def convention_markdown(diff: ConventionDiff, old_label: str, new_label: str) -> str:
    lines = [f"### {code(diff.name)} : {escape(old_label)} → {escape(new_label)}", ""]
    status = CONVENTION_STATUS[diff.status]
    if status:
        lines += [f"**{sentence(status)}**", ""]
    if diff.empty:
        lines += ["Aucun changement de contenu (au plus la mise en forme ou les commentaires).", ""]
        return "\n".join(lines)
    header = header_lines(diff)
    if header:
        lines += [f"- {escape(line)}" for line in header] + [""]
    if diff.actions:
        lines += ["#### Actions", "", "| | action | objectif | intitulé |", "|---|---|--:|---|"]
        for action in diff.actions:
            lines.append(
                f"| {ACTION_STATUS[action.status]} | {code(action.id)} | {action.objective} | "
                f"{escape(action.title)} |"
            )
        lines.append("")
        for action in diff.actions:
            details = action_details(action)
            if details:
                lines.append(f"- {code(action.id)} ({ACTION_STATUS[action.status]}) :")
                lines += [f"  - {escape(detail)}" for detail in details]
        lines.append("")
    if diff.funding:
        years = diff.years
        lines += [
            "#### Financement signé, par source et par année",
            "",
            "| source | " + " | ".join(str(y) for y in years) + " |",
            "|---|" + "--:|" * len(years),
        ]
        for line in diff.funding:
            by_year = {y.year: y for y in line.years}
            cells = [
                _cell(money_change(by_year[y]), by_year[y].changed) if y in by_year else "—"
                for y in years
            ]
            lines.append(f"| {escape(line.label)} | " + " | ".join(cells) + " |")
        totals = [_cell(money_change(t), t.changed) for t in diff.totals]
        lines.append("| **Total** | " + " | ".join(totals) + " |")
        lines += ["", escape(sentence(total_line(diff))), ""]
    return "\n".join(lines)


def _cell(text: str, changed: bool) -> str:
    return f"**{escape(text)}**" if changed else escape(text)


def comparison_markdown(comparison: Comparison) -> str:
    old, new = comparison.old_label, comparison.new_label
    parts = [f"## Conventions : {escape(old)} → {escape(new)}", ""]
    if not comparison.diffs and not comparison.errors:
        parts.append("Aucune convention modifiée.")
    parts += [convention_markdown(diff, old, new) for diff in comparison.diffs]
    for error in comparison.errors:
        parts += ["```", error, "```", ""]
    return "\n".join(parts).rstrip("\n") + "\n"
