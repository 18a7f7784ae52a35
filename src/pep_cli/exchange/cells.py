"""A filled cell turned into a value for the YAML, or a French message naming the cell.

What a spreadsheet gives: an integer, a binary float, a text, a date (a ``datetime``), a
boolean. Numbers become :class:`~decimal.Decimal` from the float's shortest decimal text
(``0.1`` stays ``0.1``, never ``0.1000000000000000055…``); a money cell with more than two
decimals is refused rather than rounded. A text that spells a number the French way
(« 1 250,50 », « 1250.50 € ») is read as that number; any other text in a number cell is
refused.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from pep_cli.exchange.layout import REPORT_STATUS

MAX_NUMBER = Decimal(10) ** 12
_NUMBER_TEXT = re.compile(r"[0-9]+(?:[.,][0-9]+)?")
_SPACES = re.compile(r"[\s\u00a0\u202f']")
_DATE_FR = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})")


@dataclass(frozen=True)
class CellProblem:
    """A problem in a workbook: ``sheet!cell : message``."""

    sheet: str
    cell: str
    message: str

    def __str__(self) -> str:
        return f"{self.sheet}!{self.cell} : {self.message}"


class CellError(Exception):
    """A cell's value cannot be used; the message is French and names no cell."""


def shown(value: Any) -> str:
    text = str(value).strip()
    return text if len(text) <= 40 else text[:37] + "…"


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def to_number(value: Any, *, money: bool) -> Decimal:
    """A cell's number, exact; :class:`CellError` with the reason otherwise."""
    what = "un montant en euros" if money else "un nombre"
    if isinstance(value, bool):
        raise CellError(f"« {'VRAI' if value else 'FAUX'} » n'est pas {what}")
    if isinstance(value, dt.date | dt.datetime | dt.time | dt.timedelta):
        raise CellError(f"une date ou une heure n'est pas {what} (format de la cellule ?)")
    if isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise CellError(f"valeur non finie : {what} est attendu")
        number = Decimal(repr(value))
    elif isinstance(value, Decimal):
        number = value
    elif isinstance(value, str):
        number = _number_text(value, what)
    else:
        raise CellError(f"« {shown(value)} » n'est pas {what}")
    if number < 0:
        raise CellError(f"« {shown(value)} » : {what} positif ou nul est attendu")
    if number >= MAX_NUMBER:
        raise CellError(f"« {shown(value)} » : valeur démesurée (mille milliards ou plus)")
    exponent = number.as_tuple().exponent
    if money and isinstance(exponent, int) and exponent < -2:
        raise CellError(
            f"« {shown(value)} » : au plus deux décimales (centimes) pour un montant ; "
            "arrondissez dans la cellule"
        )
    if isinstance(exponent, int) and exponent < -6:
        raise CellError(f"« {shown(value)} » : au plus six décimales")
    return number


def _number_text(value: str, what: str) -> Decimal:
    text = _SPACES.sub("", value)
    if what.endswith("euros"):
        text = text.removesuffix("€").removesuffix("EUR")
    text = _SPACES.sub("", text)
    if not _NUMBER_TEXT.fullmatch(text):
        raise CellError(f"« {shown(value)} » n'est pas {what}")
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:  # pragma: no cover - the pattern admits only digits
        raise CellError(f"« {shown(value)} » n'est pas {what}") from None


def to_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        if value.time() != dt.time():
            raise CellError(f"« {shown(value)} » : une date sans heure est attendue")
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        match = _DATE_FR.fullmatch(text)
        try:
            if match:
                day, month, year = (int(part) for part in match.groups())
                return dt.date(year, month, day)
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    raise CellError(f"« {shown(value)} » n'est pas une date (JJ/MM/AAAA)")


def to_text(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int | float | Decimal):
        raise CellError(f"« {shown(value)} » : un texte est attendu")
    if isinstance(value, float):
        value = Decimal(repr(value))
    text = str(value).strip().replace("\r\n", "\n").replace("\r", "\n")
    if any(ord(c) < 32 and c not in "\n\t" for c in text):
        raise CellError("caractère de contrôle interdit dans un texte")
    return text


def to_status(value: Any) -> str:
    text = str(value).strip().lower() if isinstance(value, str) else None
    if text is not None:
        for shown_name, status in REPORT_STATUS.items():
            if text in (shown_name, status, shown_name.replace("é", "e")):
                return status
    choices = " ou ".join(f"« {name} »" for name in REPORT_STATUS)
    raise CellError(f"« {shown(value)} » n'est pas un statut admis ; choisissez {choices}")


def convert(value: Any, kind: str) -> Any:
    """The value of a filled cell of ``kind`` (number, money, date, list, text)."""
    if kind in ("number", "money"):
        return to_number(value, money=kind == "money")
    if kind == "date":
        return to_date(value)
    if kind == "list":
        return to_status(value)
    return to_text(value)
