"""Completion: what may be typed at the cursor, from the catalogue and the data contract.

Objective numbers with their titles, the edition's funding sources, units, statuses,
roles, editions, the years of the period, the keys of the table at the cursor (with
their French descriptions), and rule names inside a waiver comment.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from lsprotocol import types

from pep_cli.lsp.buffer import Buffer
from pep_cli.lsp.document import choices, edition_of, model_at, period_of
from pep_cli.lsp.hover import WAIVER, objective_text
from pep_cli.lsp.place import Place, place_at

if TYPE_CHECKING:
    from pep_cli.data.catalogue import Edition
    from pep_cli.data.repository import DataRepository

_VALUE_NOTES = {
    "draft": "projet",
    "signed": "signée (signed_on obligatoire)",
    "closed": "close",
    "prefet": "le préfet (l'État)",
    "ars": "l'agence régionale de santé",
    "departement": "le conseil départemental",
    "collectivite": "une collectivité à statut particulier (Corse, Guyane, Lyon…)",
}
_YEAR_TABLES = ("targets", "results")


def _edit(buffer: Buffer, line: int, start: int, end: int, text: str) -> types.TextEdit:
    return types.TextEdit(range=buffer.range(line, start, line, end), new_text=text)


def _item(
    buffer: Buffer,
    line: int,
    place: Place,
    label: str,
    insert: str,
    *,
    kind: types.CompletionItemKind,
    detail: str | None = None,
    documentation: str | None = None,
    order: int = 0,
) -> types.CompletionItem:
    return types.CompletionItem(
        label=label,
        kind=kind,
        detail=detail,
        documentation=(
            types.MarkupContent(kind=types.MarkupKind.Markdown, value=documentation)
            if documentation
            else None
        ),
        sort_text=f"{order:04d}",
        filter_text=label,
        text_edit=_edit(buffer, line, place.start, place.end, insert),
    )


def _key_insert(buffer: Buffer, line: int, place: Place, key: str) -> str:
    """``key: `` where no colon follows yet, else the bare name."""
    rest = buffer.line(line)[place.end :].lstrip()
    return key if rest.startswith(":") else f"{key}: "


def _rules(buffer: Buffer, line: int, column: int) -> list[types.CompletionItem] | None:
    """Rule names, when the cursor is inside the brackets of a waiver comment."""
    from pep_cli.check.rules import RULES, summary

    text = buffer.line(line)
    for comment in WAIVER.finditer(text):
        start = comment.start("rules")
        end = comment.end("rules")
        if not start <= column <= end:
            continue
        before = text[start:column]
        begin = start + max(before.rfind(","), -1) + 1
        while begin < column and text[begin] == " ":
            begin += 1
        stop = column
        while stop < end and text[stop] not in ", ]":
            stop += 1
        place = Place((), None, text[begin:stop], begin, stop)
        return [
            _item(
                buffer,
                line,
                place,
                rule,
                rule,
                kind=types.CompletionItemKind.Keyword,
                detail=summary(module),
                order=index,
            )
            for index, (rule, module) in enumerate(RULES.items())
        ]
    return None


def _values(
    repo: DataRepository,
    buffer: Buffer,
    line: int,
    place: Place,
    found: tuple[str, Edition] | None,
) -> list[types.CompletionItem]:
    key = place.key
    assert key is not None
    value = types.CompletionItemKind.Value
    if key == "objective" and place.path[-2:] == ("actions", "-") and found is not None:
        name, edition = found
        return [
            _item(
                buffer,
                line,
                place,
                str(objective.number),
                str(objective.number),
                kind=types.CompletionItemKind.EnumMember,
                detail=objective.title
                + (" (obligatoire)" if objective.number in edition.required else ""),
                documentation=objective_text(name, edition, objective),
                order=objective.number,
            )
            for objective in edition.objectives
        ]
    if key == "edition" and place.path == ():
        return [
            _item(buffer, line, place, name, f'"{name}"', kind=value, detail=edition.label, order=i)
            for i, (name, edition) in enumerate(repo.catalogue.editions.items())
        ]
    if key == "year" and place.path[-1:] == ("baseline",):
        years = period_of(buffer, found[1] if found else None)
        years = [years[0] - 1, *years] if years else []
        return [
            _item(buffer, line, place, str(y), str(y), kind=value, order=i)
            for i, y in enumerate(years)
        ]
    if key in ("start", "end") and place.path == ("period",) and found is not None:
        years = list(found[1].period.years)
        return [
            _item(buffer, line, place, str(y), str(y), kind=value, order=i)
            for i, y in enumerate(years)
        ]
    model = model_at(place.path)
    if model is None:
        return []
    return [
        _item(
            buffer,
            line,
            place,
            choice,
            choice,
            kind=value,
            detail=_VALUE_NOTES.get(choice),
            order=i,
        )
        for i, choice in enumerate(choices(model, key))
    ]


def _keys(
    buffer: Buffer, line: int, place: Place, found: tuple[str, Edition] | None
) -> list[types.CompletionItem]:
    written = place.siblings - {place.word}
    path = place.path
    edition = found[1] if found else None
    if path[-1:] == ("funding",) and path in (("funding",), ("actions", "-", "funding")):
        if edition is None:
            return []
        sources = list(edition.funding_sources.items())
        return _key_items(buffer, line, place, sources, written, types.CompletionItemKind.Property)
    if path[-1:] and (path[-1] in _YEAR_TABLES or path[-2:-1] == ("funding",)):
        years = [(str(year), None) for year in period_of(buffer, edition)]
        return _key_items(buffer, line, place, years, written, types.CompletionItemKind.Constant)
    model = model_at(path)
    if model is None:
        return []
    fields = [
        (name, (field.description or "") + (" (obligatoire)" if field.is_required() else ""))
        for name, field in model.model_fields.items()
    ]
    return _key_items(buffer, line, place, fields, written, types.CompletionItemKind.Field)


def _key_items(
    buffer: Buffer,
    line: int,
    place: Place,
    keys: Sequence[tuple[str, str | None]],
    written: frozenset[str] | set[str],
    kind: types.CompletionItemKind,
) -> list[types.CompletionItem]:
    """One completion per key not written yet, in the given order, inserted as a key."""
    return [
        _item(
            buffer,
            line,
            place,
            name,
            _key_insert(buffer, line, place, name),
            kind=kind,
            detail=detail,
            order=i,
        )
        for i, (name, detail) in enumerate(keys)
        if name not in written
    ]


def complete(
    repo: DataRepository, buffer: Buffer, position: types.Position
) -> types.CompletionList | None:
    line, column = buffer.cursor(position)
    items = _rules(buffer, line, column)
    if items is None:
        place = place_at(buffer.lines, line, column)
        if place is None:
            return None
        found = edition_of(repo, buffer)
        if place.key is not None:
            items = _values(repo, buffer, line, place, found)
        else:
            items = _keys(buffer, line, place, found)
    return types.CompletionList(is_incomplete=False, items=items)
