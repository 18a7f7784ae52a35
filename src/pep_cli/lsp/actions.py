"""Code actions on pep's diagnostics, and formatting through ``pep fmt``'s formatter.

- every problem: lift it with a waiver comment above its line, whose reason is left for
  the author to write (the ``waiver`` rule asks for it until then);
- ``required-objectives``: add an action skeleton for each required objective that has
  none (the catalogue's title, an indicator to define, funding at 0), at the end of
  ``actions``;
- ``funding-totals``: set a declared total to the sum of the actions for that source
  and year.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from lsprotocol import types

from pep_cli.lsp.buffer import Buffer
from pep_cli.lsp.diagnostics import SOURCE, token_end
from pep_cli.lsp.document import edition_of, period_of, read

if TYPE_CHECKING:
    from pep_cli.data.repository import DataRepository
    from pep_cli.data.yamlsource import Document

# Problems no waiver may lift: reading faults are fixed, not waived.
_NOT_WAIVABLE = ("syntax", "waiver")


def _edit(buffer: Buffer, uri: str, edits: list[types.TextEdit]) -> types.WorkspaceEdit:
    return types.WorkspaceEdit(changes={uri: edits})


def _insert(buffer: Buffer, line: int, text: str) -> types.TextEdit:
    position = types.Position(line=line, character=0)
    return types.TextEdit(range=types.Range(start=position, end=position), new_text=text)


def waiver_action(
    buffer: Buffer, uri: str, diagnostic: types.Diagnostic
) -> types.CodeAction | None:
    rule = diagnostic.code
    if not isinstance(rule, str) or rule in _NOT_WAIVABLE:
        return None
    if isinstance(diagnostic.data, dict) and diagnostic.data.get("waived"):
        return None
    line = diagnostic.range.start.line
    text = buffer.line(line)
    indent = text[: len(text) - len(text.lstrip(" "))]
    return types.CodeAction(
        title=f"Lever « {rule} » à la ligne {line + 1} par une dérogation (raison à écrire)",
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diagnostic],
        edit=_edit(buffer, uri, [_insert(buffer, line, f"{indent}# pep: ignore[{rule}]\n")]),
    )


def _block_end(buffer: Buffer, key_line: int) -> int:
    """The line after the last line of the block that the key at ``key_line`` opens
    (comments and blank lines at its end belong to what follows)."""
    lines = buffer.lines
    text = lines[key_line]
    column = len(text) - len(text.lstrip(" "))
    last = key_line
    for index in range(key_line + 1, len(lines)):
        stripped = lines[index].strip()
        if not stripped or stripped.startswith("#"):
            continue
        indent = len(lines[index]) - len(lines[index].lstrip(" "))
        if indent < column or (indent == column and not stripped.startswith("- ")):
            break
        last = index
    return last + 1


def skeleton_actions(
    repo: DataRepository, buffer: Buffer, uri: str, diagnostic: types.Diagnostic
) -> list[types.CodeAction]:
    from pep_cli.authoring.scaffold import action_lines

    found = edition_of(repo, buffer)
    doc = read(buffer)
    data = doc.data
    if found is None or not isinstance(data, dict) or not isinstance(data.get("actions"), list):
        return []
    edition = found[1]
    covered = {a.get("objective") for a in data["actions"] if isinstance(a, dict)}
    missing = [number for number in edition.required if number not in covered]
    if not missing:
        return []
    key_line = doc.locate(("actions",), key=True)[0] - 1
    first = doc.locate(("actions", 0))  # the first key of the first action, after its dash
    indent = max(first[1] - 1 - 2, 0) if first[0] - 1 > key_line else 2
    years = period_of(buffer, edition)
    end = _block_end(buffer, key_line)
    actions = []
    for number in missing:
        lines = action_lines(edition, number, years, indent=indent)
        actions.append(
            types.CodeAction(
                title=f"Ajouter une action pour l'objectif obligatoire n° {number} "
                f"(« {edition.by_number[number].title} »)",
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[diagnostic],
                edit=_edit(buffer, uri, [_insert(buffer, end, "\n".join(lines) + "\n")]),
            )
        )
    return actions


def _sum(data: dict[Any, Any], source: str, year: int) -> Decimal:
    total = Decimal(0)
    for action in data.get("actions") or []:
        funding = action.get("funding") if isinstance(action, dict) else None
        years = funding.get(source) if isinstance(funding, dict) else None
        value = years.get(year) if isinstance(years, dict) else None
        if isinstance(value, int | Decimal) and not isinstance(value, bool):
            total += Decimal(value)
    return total


def _written(value: Decimal) -> str:
    """An amount as the file writes it: ``90000``, ``1250.50``."""
    if value == value.to_integral_value():
        return str(int(value))
    return f"{value:.2f}"


def total_action(
    buffer: Buffer, uri: str, diagnostic: types.Diagnostic, doc: Document | None = None
) -> types.CodeAction | None:
    pointer = diagnostic.data.get("pointer") if isinstance(diagnostic.data, dict) else None
    if not isinstance(pointer, str) or not pointer.startswith("funding."):
        return None
    parts = pointer.split(".")
    if len(parts) != 3 or not parts[2].isdigit():
        return None
    source, year = parts[1], int(parts[2])
    doc = doc or read(buffer)
    if not isinstance(doc.data, dict):
        return None
    total = _sum(doc.data, source, year)
    line, column = doc.locate(("funding", source, year))
    line, column = line - 1, column - 1
    text = buffer.line(line)
    end = token_end(text, column)
    written = _written(total)
    from pep_cli.french import amount

    return types.CodeAction(
        title=f"Mettre le total {source} {year} à {amount(total)} (la somme des actions)",
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diagnostic],
        is_preferred=True,
        edit=_edit(
            buffer,
            uri,
            [types.TextEdit(range=buffer.range(line, column, line, end), new_text=written)],
        ),
    )


def code_actions(
    repo: DataRepository, buffer: Buffer, uri: str, params: types.CodeActionParams
) -> list[types.CodeAction]:
    actions: list[types.CodeAction] = []
    for diagnostic in params.context.diagnostics:
        if diagnostic.source != SOURCE:
            continue
        if diagnostic.code == "funding-totals":
            fix = total_action(buffer, uri, diagnostic)
            if fix is not None:
                actions.append(fix)
        elif diagnostic.code == "required-objectives":
            actions.extend(skeleton_actions(repo, buffer, uri, diagnostic))
        waiver = waiver_action(buffer, uri, diagnostic)
        if waiver is not None:
            actions.append(waiver)
    # Several diagnostics of one rule give the same skeletons: offer each once.
    unique: dict[str, types.CodeAction] = {}
    for action in actions:
        unique.setdefault(action.title, action)
    return list(unique.values())


def formatting(buffer: Buffer) -> tuple[list[types.TextEdit], str | None]:
    """The edit that puts the buffer in ``pep fmt``'s layout, or why it cannot be done."""
    from pep_cli.authoring.formatter import FormatError, format_text

    try:
        formatted = format_text(buffer.text, name=buffer.path.name)
    except FormatError as exc:
        return [], f"{buffer.path.name}:{exc.line}:{exc.column} : {exc.message} (non mis en forme)"
    if formatted == buffer.text:
        return [], None
    return [types.TextEdit(range=buffer.whole(), new_text=formatted)], None
