"""``pep import``: a filled collection workbook back into its convention's YAML.

In order, each step refusing with French messages and writing nothing:

1. the hidden sheet names the convention, its version, the exercise and the layout
   checksum: the convention must be in this repository, at that version, and give the same
   layout again (otherwise it changed since the export: make a new workbook);
2. every locked cell must hold what pep wrote there (a value typed in a locked cell, a row
   inserted, a sheet renamed: refused at the cell, « Tableau de bord!G7 : … »);
3. every filled cell must be a value of its kind (numbers exact, dates, the list's
   choices); a formula counts for the value it shows (its cached value; none, refused);
4. the values that differ from the YAML are written through ``pep fmt``'s round trip,
   which changes nothing else (the file must already be in pep fmt's layout), then checked
   (same data but the imported values, every comment kept) and validated with every rule.

Only then may the caller write the new text (atomically).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pep_cli.errors import DataError, UsageError
from pep_cli.exchange.cells import CellError, CellProblem, convert, is_blank, shown
from pep_cli.exchange.layout import FORMAT, HIDDEN, Layout, Target, build_layout, canonical

if TYPE_CHECKING:
    from pep_cli.data.catalogue import Edition
    from pep_cli.data.model import Convention
    from pep_cli.data.repository import DataRepository

MAX_SHOWN = 30  # problems listed; the rest counted

# The cross-file rules that read none of what an import changes (results, comments,
# execution, reports): territories, periods and signed funding only. The import does not
# run them (they would need every convention of the repository read, and could not find
# anything new); any other cross-file rule, such as one added later, does run.
MAX_ODS_CELLS = 1_000_000  # an .ods sheet is read as a full rectangle: beyond, refused
UNTOUCHED_BY_IMPORT = frozenset({"overlapping-periods", "national-envelope"})


class WorkbookError(DataError):
    """The workbook cannot be imported: every problem, one per line."""

    def __init__(self, workbook: str, problems: list[str]) -> None:
        shown_problems = problems[:MAX_SHOWN]
        more = len(problems) - len(shown_problems)
        lines = "\n  ".join(shown_problems)
        tail = f"\n  … et {more} autre{'s' if more > 1 else ''}" if more > 0 else ""
        super().__init__(f"{workbook} : import refusé, rien n'est écrit :\n  {lines}{tail}")
        self.problems = problems


@dataclass
class SheetCells:
    """The non-empty cells of one sheet: coordinate -> value (formulas as their text)."""

    values: dict[str, Any] = field(default_factory=dict)
    formulas: set[str] = field(default_factory=set)


@dataclass
class WorkbookContent:
    sheets: dict[str, SheetCells]
    cached: dict[str, dict[str, Any]] | None = None  # formula results, read on demand
    path: Path | None = None

    def cached_value(self, sheet: str, coordinate: str) -> Any:
        if self.cached is None:
            self.cached = _read_cached(self.path) if self.path else {}
        return self.cached.get(sheet, {}).get(coordinate)


@dataclass
class Change:
    target: Target
    value: Any
    cell: str  # « Tableau de bord!E7 »


@dataclass
class ImportResult:
    path: Path  # the convention file
    display: str
    workbook: str
    old_text: str
    new_text: str
    old: Convention
    new: Convention
    edition: Edition
    exercise: int
    changes: list[Change]
    warnings: list[str] = field(default_factory=list)


# --- reading the workbook ----------------------------------------------------------------------


def read_workbook(path: Path) -> WorkbookContent:
    """The cells of an .xlsx (openpyxl) or .ods (python-calamine) file."""
    if not path.is_file():
        raise UsageError(f"classeur introuvable : {path}")
    if path.suffix.lower() == ".ods":
        return _read_ods(path)
    import zipfile

    from pep_cli.spreadsheets import openpyxl

    load_workbook = openpyxl().load_workbook

    try:
        workbook = load_workbook(path, data_only=False)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise DataError(
            f"{path} : classeur illisible (un fichier .xlsx est attendu) : {exc}"
        ) from None
    sheets: dict[str, SheetCells] = {}
    for worksheet in workbook.worksheets:
        cells = SheetCells()
        for cell in _stored_cells(worksheet):
            value = cell.value
            if value is None or (isinstance(value, str) and value == ""):
                continue
            if cell.data_type == "f" or type(value).__name__ == "ArrayFormula":
                cells.formulas.add(cell.coordinate)
                value = value if isinstance(value, str) else getattr(value, "text", "=")
            cells.values[cell.coordinate] = value
        sheets[worksheet.title] = cells
    return WorkbookContent(sheets=sheets, path=path)


def _stored_cells(worksheet: Any) -> list[Any]:
    """The cells the file holds. Not ``iter_rows()``: one value typed in XFD1048576 would make
    it walk seventeen billion empty cells."""
    return list(worksheet._cells.values())


def _read_cached(path: Path) -> dict[str, dict[str, Any]]:
    from pep_cli.spreadsheets import openpyxl

    load_workbook = openpyxl().load_workbook

    workbook = load_workbook(path, data_only=True)
    return {
        worksheet.title: {
            cell.coordinate: cell.value
            for cell in _stored_cells(worksheet)
            if cell.value is not None
        }
        for worksheet in workbook.worksheets
    }


def _read_ods(path: Path) -> WorkbookContent:
    """An OpenDocument spreadsheet (LibreOffice): values as the program last computed them."""
    try:
        from python_calamine import CalamineWorkbook
    except ImportError:  # pragma: no cover - a dependency of pep
        raise UsageError("lecture des classeurs .ods : le paquet python-calamine manque") from None
    from openpyxl.utils import get_column_letter

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        sheets: dict[str, SheetCells] = {}
        for name in workbook.sheet_names:
            cells = SheetCells()
            sheet = workbook.get_sheet_by_name(name)
            if sheet.height * sheet.width > MAX_ODS_CELLS:
                raise DataError(
                    f"{path} : feuille « {name} » démesurée ({sheet.height} lignes, "
                    f"{sheet.width} colonnes) : ce n'est pas un classeur de collecte"
                )
            start_row, start_column = sheet.start or (0, 0)
            for r, row in enumerate(sheet.to_python(skip_empty_area=False)):
                for c, value in enumerate(row):
                    if value is None or value == "":
                        continue
                    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
                        value = int(value)
                    coordinate = f"{get_column_letter(start_column + c + 1)}{start_row + r + 1}"
                    cells.values[coordinate] = value
            sheets[name] = cells
    except DataError:
        raise
    except Exception as exc:  # calamine's errors have no common base class
        raise DataError(f"{path} : classeur .ods illisible : {exc}") from None
    return WorkbookContent(sheets=sheets, cached={})


# --- checking it against the convention ----------------------------------------------------------


def _hidden(content: WorkbookContent, workbook: str) -> dict[str, str]:
    sheet = content.sheets.get(HIDDEN)
    values = {}
    if sheet is not None:
        for row in range(1, 20):
            key, value = sheet.values.get(f"A{row}"), sheet.values.get(f"B{row}")
            if isinstance(key, str):
                values[key] = canonical(value)
    if values.get("format") != FORMAT:
        raise WorkbookError(
            workbook,
            [
                "ce classeur n'a pas été produit par « pep export --collect » (sa feuille cachée "
                f"« {HIDDEN} » manque ou a été modifiée) : exportez le classeur de collecte"
            ],
        )
    return values


def _convention_file(repo: DataRepository, reference: str, workbook: str) -> Path:
    """The convention the workbook names, inside the repository's conventions folder only."""
    folder = repo.conventions_dir
    if repo.root is None or folder is None:
        raise UsageError("aucun dépôt de données trouvé (voir --root)")
    candidate = (repo.root / reference).resolve()
    if (
        Path(reference).is_absolute()
        or not candidate.is_relative_to(folder.resolve())
        or not candidate.is_file()
        or not repo.selects(candidate)
    ):
        raise WorkbookError(
            workbook,
            [
                f"ce classeur a été fait pour la convention « {reference} », qui n'est pas dans "
                f"ce dépôt ({folder})"
            ],
        )
    return candidate


def _read_convention(path: Path, display: str) -> tuple[str, Any, Convention]:
    from pep_cli.authoring.formatter import normalise_text
    from pep_cli.history.diff import read_version

    raw = path.read_bytes()
    data, model, problems = read_version(raw, display)
    if problems or model is None:
        raise DataError(
            f"{display} : la convention a des erreurs ; corrigez-les (pep validate) avant "
            "d'importer :\n  " + "\n  ".join(problems)
        )
    return normalise_text(raw), data, model


def _identity_checks(
    hidden: dict[str, str],
    convention: Convention,
    display: str,
    workbook: str,
    expected_reference: Path | None,
    path: Path,
    exercise: int | None,
) -> int:
    problems: list[str] = []
    revision = hidden.get("revision", "")
    since = f" (classeur exporté à la révision {revision})" if revision else ""
    if expected_reference is not None and expected_reference.resolve() != path:
        problems.append(
            f"ce classeur a été fait pour {display}, pas pour la convention demandée "
            f"({expected_reference})"
        )
    if hidden.get("territoire", "").upper() != convention.territory.code.upper():
        problems.append(
            f"ce classeur a été fait pour le territoire « {hidden.get('territoire')} », et "
            f"{display} est la convention du territoire « {convention.territory.code} »"
        )
    if hidden.get("version") != str(convention.version):
        problems.append(
            f"ce classeur a été fait pour la version {hidden.get('version')} de {display}, qui "
            f"est maintenant en version {convention.version}{since} : exportez un nouveau "
            "classeur"
        )
    year_text = hidden.get("exercice", "")
    year = int(year_text) if year_text.isdigit() else 0
    if year not in convention.period.years:
        problems.append(
            f"exercice « {year_text} » hors de la période de la convention "
            f"({convention.period.start}-{convention.period.end})"
        )
    if exercise is not None and year != exercise:
        problems.append(
            f"ce classeur est celui de l'exercice {year_text}, pas de l'exercice {exercise}"
        )
    if problems:
        raise WorkbookError(workbook, problems)
    return year


def _check_layout(
    content: WorkbookContent, layout: Layout, hidden: dict[str, str], workbook: str
) -> tuple[list[str], list[Change]]:
    """The problems of the workbook against ``layout``, and the values filled in."""
    if hidden.get("empreinte") != layout.checksum():
        revision = hidden.get("revision", "")
        since = f" depuis la révision {revision}" if revision else " depuis l'export"
        raise WorkbookError(
            workbook,
            [
                f"la convention a changé{since} (actions, indicateurs, cibles ou financements) "
                "et ne correspond plus au classeur : exportez un nouveau classeur "
                "(pep export … --collect) et reportez-y les valeurs"
            ],
        )
    found: list[tuple[int, tuple[int, int], str]] = []
    changes: list[Change] = []
    for number, sheet in enumerate(layout.sheets):
        problems: list[str] = []
        cells = content.sheets.get(sheet.title)
        if cells is None:
            found.append(
                (number, (0, 0), f"feuille « {sheet.title} » absente (renommée ou supprimée ?)")
            )
            continue
        for coordinate in _sorted_cells(set(sheet.fixed) | set(cells.values) - set(sheet.inputs)):
            expected = canonical(sheet.fixed.get(coordinate))
            written = cells.values.get(coordinate)
            if canonical(written) == expected:
                continue
            if not expected:
                message = (
                    f"valeur saisie dans une cellule verrouillée (« {shown(written)} ») : seules "
                    "les cellules à fond jaune se remplissent"
                )
            else:
                message = (
                    f"cellule verrouillée modifiée : « {shown(expected)} » attendu, "
                    f"« {shown(written) if written is not None else ''} » trouvé (ligne ou colonne "
                    "insérée ou supprimée ?) ; seules les cellules à fond jaune se remplissent"
                )
            problems.append(str(CellProblem(sheet.title, coordinate, message)))
        for coordinate, input_cell in sorted(sheet.inputs.items(), key=lambda i: _order(i[0])):
            value = cells.values.get(coordinate)
            where = CellProblem(sheet.title, coordinate, "")
            if coordinate in cells.formulas:
                cached = content.cached_value(sheet.title, coordinate)
                if cached is None:
                    problems.append(
                        str(
                            CellProblem(
                                sheet.title,
                                coordinate,
                                f"formule sans valeur calculée ({shown(value)}) : ouvrez le "
                                "classeur dans un tableur et enregistrez-le, ou saisissez la "
                                "valeur",
                            )
                        )
                    )
                    continue
                value = cached
            if is_blank(value):
                continue
            try:
                converted = convert(value, input_cell.target.value_kind)
            except CellError as exc:
                problems.append(str(CellProblem(sheet.title, coordinate, str(exc))))
                continue
            if not _same(converted, input_cell.current, input_cell.target.value_kind):
                changes.append(Change(input_cell.target, converted, f"{where.sheet}!{where.cell}"))
        for problem in problems:
            cell = problem.split(" : ", 1)[0].rsplit("!", 1)[-1]
            found.append((number, _order(cell), problem))
    return [problem for *_, problem in sorted(found)], changes


def _same(new: Any, current: Any, kind: str) -> bool:
    """Whether a filled value is the one the convention has (as pre-filled in the cell)."""
    if current is None:
        return False
    return bool(new == convert(current, kind))


def _order(coordinate: str) -> tuple[int, int]:
    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

    column, row = coordinate_from_string(coordinate)
    return row, column_index_from_string(column)


def _sorted_cells(coordinates: set[str]) -> list[str]:
    return sorted(coordinates, key=_order)


# --- writing the values into the YAML ----------------------------------------------------------

REPORT_FIELDS = {
    "report_status": "status",
    "report_adopted_on": "adopted_on",
    "report_summary": "summary",
}


def _touch(mapping: Any, key: Any, touched: set[int]) -> None:
    """Record the line (from 0) of the original text that changing ``mapping`` may rewrite."""
    lc = getattr(mapping, "lc", None)
    if lc is None or lc.line is None:
        return  # a mapping the import creates: only new lines
    if key in mapping and not _is_flow(mapping):
        touched.add(lc.key(key)[0])
    elif _is_flow(mapping):
        touched.update(range(lc.line, lc.line + 1))


def _place(mapping: Any, key: Any, value: Any, order: tuple[Any, ...], touched: set[int]) -> None:
    """``mapping[key] = value``; a new key goes where ``order`` puts it among the others."""
    _touch(mapping, key, touched)
    if key in mapping:
        mapping[key] = value
        return
    keys = list(mapping.keys())
    position = len(keys)
    if key in order:
        rank = order.index(key)
        for index, existing in enumerate(keys):
            if existing in order and order.index(existing) > rank:
                position = index
                break
    mapping.insert(position, key, value)


def _place_year(mapping: Any, year: int, value: Any, touched: set[int]) -> None:
    _touch(mapping, year, touched)
    if year in mapping:
        mapping[year] = value
        return
    keys = list(mapping.keys())
    position = next((i for i, k in enumerate(keys) if isinstance(k, int) and k > year), len(keys))
    mapping.insert(position, year, value)


def _new_map(*, flow: bool) -> Any:
    from ruamel.yaml.comments import CommentedMap

    mapping = CommentedMap()
    if flow:
        mapping.fa.set_flow_style()
    return mapping


def _child(mapping: Any, key: Any, order: tuple[Any, ...], touched: set[int], *, flow: bool) -> Any:
    from ruamel.yaml.comments import CommentedMap

    current = mapping.get(key)
    if isinstance(current, CommentedMap):
        return current
    created = _new_map(flow=flow)
    _place(mapping, key, created, order, touched)
    return created


def _is_flow(value: Any) -> bool:
    fa = getattr(value, "fa", None)
    return bool(fa is not None and fa.flow_style())


def _yaml_value(value: Any) -> Any:
    from pep_cli.authoring.formatter import exact_number

    if isinstance(value, Decimal):
        return exact_number(_plain_number(value))
    return value


def _plain_number(value: Decimal) -> Decimal | int:
    """What the YAML holds for a number: an integer when it is whole, else its exact text."""
    return int(value) if value == value.to_integral_value() else value


def _plain_value(value: Any) -> Any:
    return _plain_number(value) if isinstance(value, Decimal) else value


def _edit_round_trip(data: Any, changes: list[Change], exercise: int) -> set[int]:
    """Make ``changes`` in the round-trip data; the original lines (from 0) they rewrite."""
    from pep_cli.authoring.formatter import (
        EXECUTION_KEYS,
        INDICATOR_KEYS,
        REPORT_KEYS,
        TOP_KEYS,
    )

    touched: set[int] = set()
    actions = {a.get("id"): a for a in data.get("actions") or [] if hasattr(a, "get")}
    for change in changes:
        target, value = change.target, _yaml_value(change.value)
        if target.kind in ("result", "comment"):
            indicator = actions[target.action]["indicators"][target.indicator]
            key = "results" if target.kind == "result" else "comments"
            flow = _is_flow(indicator.get("targets")) or _is_flow(indicator.get("results"))
            years = _child(indicator, key, INDICATOR_KEYS, touched, flow=flow)
            _place_year(years, exercise, value, touched)
        elif target.kind in ("paid", "spent"):
            execution = _child(data, "execution", TOP_KEYS, touched, flow=False)
            source = _child(execution, target.source, (), touched, flow=False)
            entry = source.get(exercise)
            if not hasattr(entry, "insert"):
                entry = _new_map(flow=True)
                _place_year(source, exercise, entry, touched)
            _place(entry, target.kind, value, EXECUTION_KEYS, touched)
        else:
            reports = _child(data, "reports", TOP_KEYS, touched, flow=False)
            entry = reports.get(exercise)
            if not hasattr(entry, "insert"):
                entry = _new_map(flow=True)
                _place_year(reports, exercise, entry, touched)
            _place(entry, REPORT_FIELDS[target.kind], value, REPORT_KEYS, touched)
    return touched


def _only_touched(text: str, new_text: str, touched: set[int]) -> bool:
    """Whether ``new_text`` keeps every line of ``text`` but those in ``touched`` (it may add)."""
    import difflib

    matcher = difflib.SequenceMatcher(
        None, text.splitlines(), new_text.splitlines(), autojunk=False
    )
    for tag, start, end, _, _ in matcher.get_opcodes():
        if tag in ("replace", "delete") and not set(range(start, end)) <= touched:
            return False
    return True


def _edit_plain(data: Any, changes: list[Change], exercise: int) -> Any:
    """The same changes on the reader's plain data: what the new text must read back as."""
    import copy

    data = copy.deepcopy(data)
    actions = {a.get("id"): a for a in data.get("actions") or [] if isinstance(a, dict)}
    for change in changes:
        target, value = change.target, _plain_value(change.value)
        if target.kind in ("result", "comment"):
            indicator = actions[target.action]["indicators"][target.indicator]
            key = "results" if target.kind == "result" else "comments"
            indicator.setdefault(key, {})[exercise] = value
        elif target.kind in ("paid", "spent"):
            execution = data.setdefault("execution", {})
            execution.setdefault(target.source, {}).setdefault(exercise, {})[target.kind] = value
        else:
            reports = data.setdefault("reports", {})
            reports.setdefault(exercise, {})[REPORT_FIELDS[target.kind]] = value
    return data


def apply_changes(text: str, plain: Any, changes: list[Change], exercise: int, display: str) -> str:
    """The YAML text with ``changes`` made, nothing else; :class:`DataError` if not possible."""
    from pep_cli.authoring.formatter import (
        FormatError,
        check_same,
        dump_round_trip,
        load_round_trip,
    )

    data = load_round_trip(text)
    touched = _edit_round_trip(data, changes, exercise)
    new_text = dump_round_trip(data)
    if not _only_touched(text, new_text, touched):
        raise DataError(
            f"{display} n'est pas dans la présentation de « pep fmt » : l'import y changerait "
            f"d'autres lignes que celles des valeurs importées ; lancez « pep fmt {display} » "
            "(et commitez), puis importez"
        )
    try:
        check_same(text, new_text, _edit_plain(plain, changes, exercise), display)
    except FormatError as exc:  # pragma: no cover - would be a bug of the round trip
        raise DataError(f"{display}:{exc.line}:{exc.column}: {exc.message}") from None
    return new_text


def _illustrative_warnings(model: Convention, changes: list[Change], year: int) -> list[str]:
    """The imported values that the convention still marks illustrative (``illustrative:``)."""
    from pep_cli.data.illustrative import is_illustrative

    actions = {action.id: action for action in model.actions}
    found = []
    for change in changes:
        target = change.target
        if target.kind in ("result", "comment"):
            action = actions[target.action or ""]
            indicator = action.indicators[target.indicator or 0]
            marked = is_illustrative(indicator, "results", year, within=(model, action))
        elif target.kind in ("paid", "spent"):
            entry = model.execution[target.source or ""][year]
            marked = is_illustrative(model, "execution", target.source, year) or is_illustrative(
                entry, target.kind, within=(model,)
            )
        else:
            report = model.reports[year]
            marked = is_illustrative(report, REPORT_FIELDS[target.kind], within=(model,))
        if marked and target.kind != "comment":
            found.append(
                f"{change.cell} : valeur importée dans un champ que la convention marque "
                "illustratif (illustrative:) ; retirez la marque si la valeur vient d'une source"
            )
    return found


# --- the whole import --------------------------------------------------------------------------


def import_workbook(
    repo: DataRepository,
    workbook_path: Path,
    *,
    exercise: int | None = None,
    convention: Path | None = None,
    today: dt.date | None = None,
) -> ImportResult:
    """Check ``workbook_path`` and compute the convention's new text (nothing is written)."""
    from pep_cli.check.engine import Options, validate
    from pep_cli.check.files import display_path
    from pep_cli.data.light import validate_convention as validate_model
    from pep_cli.data.yamlsource import read_document

    workbook = display_path(workbook_path)
    content = read_workbook(workbook_path)
    hidden = _hidden(content, workbook)
    reference = hidden.get("convention", "")
    path = _convention_file(repo, reference, workbook)
    display = display_path(path)
    text, plain, model = _read_convention(path, display)
    year = _identity_checks(hidden, model, display, workbook, convention, path, exercise)
    edition = repo.edition(model.edition)
    layout = build_layout(model, edition, year, reference)
    problems, changes = _check_layout(content, layout, hidden, workbook)
    if problems:
        raise WorkbookError(workbook, problems)
    new_text = apply_changes(text, plain, changes, year, display) if changes else text
    new_model = model
    if changes:
        doc = read_document(path, raw=new_text.encode("utf-8"))
        checked, errors = validate_model(doc.data)
        options = Options(
            today=today or dt.date.today(),
            levels=dict.fromkeys(UNTOUCHED_BY_IMPORT, "off"),
            overrides={path: new_text.encode("utf-8")},
        )
        report = validate(repo, [path], options)
        found = [
            f"{p.path}:{p.line}:{p.column}: {p.message} [{p.rule}]"
            for p in report.problems
            if p.is_error
        ]
        if checked is None and not found:  # pragma: no cover - the engine reports them first
            found = [f"{display}: {message}" for _, message, _ in errors]
        if found:
            raise DataError(
                f"{workbook} : import refusé, la convention aurait des erreurs une fois les "
                "valeurs importées ; rien n'est écrit :\n  " + "\n  ".join(found)
            )
        assert checked is not None
        new_model = checked
    return ImportResult(
        warnings=_illustrative_warnings(new_model, changes, year),
        path=path,
        display=display,
        workbook=workbook,
        old_text=text,
        new_text=new_text,
        old=model,
        new=new_model,
        edition=edition,
        exercise=year,
        changes=changes,
    )
