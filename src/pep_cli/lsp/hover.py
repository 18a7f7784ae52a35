"""Hover: what the thing under the cursor means, in the words of the catalogue.

An objective number gives its title, kind and engagement; a funding source its label; a
rule named in a waiver its summary; an amount its French form (« 810 000 € »).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from lsprotocol import types

from pep_cli.lsp.buffer import Buffer
from pep_cli.lsp.document import edition_of
from pep_cli.lsp.place import Place, place_at

if TYPE_CHECKING:
    from pep_cli.data.catalogue import Edition, Objective
    from pep_cli.data.repository import DataRepository

# The rule list of a waiver comment: "# pep: ignore[rule-a, rule-b] reason".
WAIVER = re.compile(r"(?:^|(?<=[ \t]))#[ \t]*pep:[ \t]*ignore\[(?P<rules>[^\]]*)\]?")
_RULE_NAME = re.compile(r"[A-Za-z0-9_-]+")
_KINDS = {"fondamental": "objectif fondamental", "facultatif": "objectif facultatif"}
_LEVELS = {"error": "erreur", "warning": "avertissement"}
_STATUSES = {
    "draft": "projet (draft)",
    "signed": "signée (signed) : signed_on est obligatoire",
    "closed": "close (closed)",
}


def rule_at(text: str, column: int) -> tuple[str, int, int] | None:
    """The rule name under ``column`` in a waiver comment of this line, with its span."""
    for comment in WAIVER.finditer(text):
        start = comment.start("rules")
        for name in _RULE_NAME.finditer(comment["rules"]):
            begin, end = start + name.start(), start + name.end()
            if begin <= column <= end:
                return name.group(), begin, end
    return None


def objective_text(edition_name: str, edition: Edition, objective: Objective) -> str:
    required = objective.number in edition.required
    kind = _KINDS.get(objective.kind, objective.kind)
    lines = [
        f"**Objectif n° {objective.number}** — {objective.title}",
        "",
        f"{kind[:1].upper()}{kind[1:]}"
        + (", obligatoire" if required else ", au choix")
        + (", PMI" if objective.pmi else "")
        + f" (édition {edition_name})",
    ]
    engagement = edition.engagements.get(objective.engagement)
    if objective.engagement == "transverse":
        lines.append(f"Engagement transverse{f' : {engagement}' if engagement else ''}")
    else:
        lines.append(
            f"Engagement n° {objective.engagement}{f' : {engagement}' if engagement else ''}"
        )
    return "\n\n".join(line for line in lines if line)


def _is_funding(place: Place) -> bool:
    """The cursor is on an amount of a ``funding`` table (source, then year)."""
    return (
        place.key is not None
        and place.key.isdigit()
        and len(place.path) >= 2
        and place.path[-2] == "funding"
    )


def _amount(word: str) -> str | None:
    from pep_cli.french import amount

    try:
        value = Decimal(word.replace("_", ""))
    except InvalidOperation:
        return None
    if not value.is_finite():
        return None
    return amount(value)


def hover_text(
    repo: DataRepository, buffer: Buffer, line: int, column: int
) -> tuple[str, int, int] | None:
    """The Markdown to show for the cursor, with the span it describes."""
    from pep_cli.check.rules import RULES, summary

    text = buffer.line(line)
    rule = rule_at(text, column)
    if rule is not None:
        name, begin, end = rule
        module = RULES.get(name)
        if module is None:
            return f"Règle « {name} » inconnue : voir « pep rules ».", begin, end
        return (
            f"**{name}** ({_LEVELS.get(module.LEVEL, module.LEVEL)}) — {summary(module)}\n\n"
            f"Documentation : « pep explain {name} »",
            begin,
            end,
        )
    place = place_at(buffer.lines, line, column)
    if place is None or not place.word:
        return None
    found = edition_of(repo, buffer)
    if place.key == "objective" and place.path[-2:] == ("actions", "-"):
        if found is None or not place.word.isdigit():
            return None
        name, edition = found
        objective = edition.by_number.get(int(place.word))
        if objective is None:
            return (
                f"L'objectif n° {place.word} n'existe pas dans l'édition {name} "
                f"(voir « pep catalogue --edition {name} »).",
                place.start,
                place.end,
            )
        return objective_text(name, edition, objective), place.start, place.end
    if place.key is None and place.path[-1:] == ("funding",) and found is not None:
        name, edition = found
        label = edition.funding_sources.get(place.word)
        if label is None:
            sources = ", ".join(edition.funding_sources)
            return (
                f"Source « {place.word} » inconnue de l'édition {name} ; sources : {sources}",
                place.start,
                place.end,
            )
        return f"**{place.word}** — {label}", place.start, place.end
    if _is_funding(place):
        shown = _amount(place.word)
        if shown is not None:
            return f"**{shown}** ({place.path[-1]}, {place.key})", place.start, place.end
    if place.path == () and place.key == "edition" and found is not None:
        return f"**Édition {found[0]}** — {found[1].label}", place.start, place.end
    if place.path == () and place.key == "status" and place.word in _STATUSES:
        return f"Statut : {_STATUSES[place.word]}", place.start, place.end
    return None


def hover(repo: DataRepository, buffer: Buffer, position: types.Position) -> types.Hover | None:
    line, column = buffer.cursor(position)
    found = hover_text(repo, buffer, line, column)
    if found is None:
        return None
    text, begin, end = found
    return types.Hover(
        contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text),
        range=buffer.range(line, begin, line, end),
    )
