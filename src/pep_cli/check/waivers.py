"""Waivers: ``# pep: ignore[rule-name] reason`` comments that lift known problems of one line.

Only comment tokens count: the fast reader keeps no comments, so a candidate
``# pep: ignore`` is looked for in the raw text (only in files that mention ``pep:``
at all) and kept only when it lies outside every scalar of the document, since
whatever YAML text is not in a scalar is structure or comment. ``"Voir la note
# pep: ignore[period] citée"`` is a value, not a waiver. A waiver at the end of a
line applies to that line; a waiver alone on its line applies to the next line
that holds YAML (so several waivers may be stacked above one line).

Waived problems stay in the report, marked with the reason; the ``waiver``
rule reports waivers that are malformed, give no reason or lift nothing.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pep_cli.check.problem import Problem
from pep_cli.errors import UsageError

if TYPE_CHECKING:
    from pep_cli.check.engine import ConventionFile

# A YAML comment starts with "#" at the start of a line or after a blank.
_COMMENT = re.compile(r"(?:^|(?<=[ \t]))#[ \t]*pep:[ \t]*ignore\b(?P<rest>.*)$", re.MULTILINE)
_RULES = re.compile(r"\[(?P<rules>[^\]]*)\](?P<reason>.*)$")
# Separators people put between the rule list and the reason: "—", "-", ":".
_REASON_LEAD = " \t:-–—"


@dataclass(frozen=True, slots=True)
class Waiver:
    """One ``# pep: ignore[...]`` comment. ``rules`` is empty when it is malformed."""

    line: int  # where the comment is
    column: int
    target: int  # the line whose problems it lifts (0: none, the comment ends the file)
    rules: tuple[str, ...]
    reason: str


def parse_waivers(
    text: str, scalars: Sequence[tuple[tuple[int, int], tuple[int, int]]] = ()
) -> list[Waiver]:
    """Every waiver comment of ``text``, in order.

    ``scalars`` are the (start, end) positions of the document's scalars (see
    :meth:`Document.scalar_spans`): a candidate inside one is text, not a comment.
    """
    if "pep:" not in text:
        return []
    lines = text.splitlines()
    waivers = []
    starts = [start for start, _ in scalars]
    for match in _COMMENT.finditer(text):
        start = match.start()
        line = text.count("\n", 0, start) + 1
        column = start - (text.rfind("\n", 0, start) + 1) + 1
        if _inside_scalar((line, column), starts, scalars):
            continue
        alone = not lines[line - 1][: column - 1].strip()
        target = _next_content_line(lines, line) if alone else line
        parsed = _RULES.match(match["rest"].strip())
        if parsed is None:
            waivers.append(Waiver(line, column, target, (), ""))
            continue
        rules = tuple(r.strip() for r in parsed["rules"].split(",") if r.strip())
        reason = parsed["reason"].strip().lstrip(_REASON_LEAD).strip()
        waivers.append(Waiver(line, column, target, rules, reason))
    return waivers


def _inside_scalar(
    position: tuple[int, int],
    starts: list[tuple[int, int]],
    scalars: Sequence[tuple[tuple[int, int], tuple[int, int]]],
) -> bool:
    """Whether ``position`` falls in one of the sorted, non-overlapping scalar spans."""
    index = bisect.bisect_right(starts, position) - 1
    return index >= 0 and position < scalars[index][1]


def _next_content_line(lines: list[str], after: int) -> int:
    for number in range(after + 1, len(lines) + 1):
        stripped = lines[number - 1].strip()
        if stripped and not stripped.startswith("#"):
            return number
    return 0


def check_rule_names(files: Iterable[ConventionFile], known: Iterable[str]) -> None:
    """Refuse a waiver that names no known rule: a typo would otherwise lift nothing, silently."""
    from pep_cli.check.rules import suggest

    names = set(known)
    for file in files:
        for waiver in file.waivers:
            for rule in waiver.rules:
                if rule not in names:
                    close = suggest(rule)
                    hint = (
                        f" ; vouliez-vous dire « {close} » ?" if close else " ; voir « pep rules »"
                    )
                    raise UsageError(
                        f"{file.display}:{waiver.line}:{waiver.column} : règle « {rule} » inconnue "
                        f"dans la dérogation « # pep: ignore[…] »{hint}"
                    )


def apply_waivers(
    problems: list[Problem], files: Iterable[ConventionFile], levels: Mapping[str, str]
) -> tuple[list[Problem], list[tuple[ConventionFile, Waiver, str]]]:
    """Mark the problems that waivers lift; return them, and each (file, waiver, rule) that
    lifts nothing.

    A waiver for a rule that is turned off lifts nothing but is not reported:
    the configuration, not the file, decided that rule does not run.
    """
    from pep_cli.check.rules import canonical

    by_place: dict[tuple[str, int, str], Waiver] = {}
    waived_files = [f for f in files if f.waivers]
    for file in waived_files:
        for waiver in file.waivers:
            for rule in waiver.rules:
                by_place.setdefault((file.display, waiver.target, canonical(rule)), waiver)
    if not by_place:
        return problems, []
    used: set[tuple[str, int, str]] = set()
    marked = []
    for problem in problems:
        place = (problem.path, problem.line, problem.rule)
        lifting = by_place.get(place)
        if lifting is not None and problem.waived is None:
            used.add(place)
            problem = dataclasses.replace(problem, waived=lifting.reason)
        marked.append(problem)
    unused = [
        (file, waiver, rule)
        for file in waived_files
        for waiver in file.waivers
        for rule in waiver.rules
        if (file.display, waiver.target, canonical(rule)) not in used
        and levels.get(canonical(rule)) != "off"
    ]
    return marked, unused
