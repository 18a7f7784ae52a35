"""French formatting of amounts, numbers, dates and percentages, with Babel.

Babel knows the French conventions (narrow no-break space between thousands,
no-break space before "€" and "%", comma for decimals, month names), so none
of it is written by hand. Babel is imported on first use: it is not needed to
start pep, and a clean validation never formats anything.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import cache
from typing import Any

LOCALE = "fr_FR"


@cache
def _numbers() -> Any:
    from babel import numbers

    return numbers


def amount(value: Decimal | int) -> str:
    """``810000`` -> ``"810 000 €"``; cents are shown only when there are some."""
    value = Decimal(value)
    pattern = "#,##0.00\u00a0¤" if value != value.to_integral_value() else "#,##0\u00a0¤"
    return str(
        _numbers().format_currency(
            value, "EUR", format=pattern, locale=LOCALE, currency_digits=False
        )
    )


def number(value: Decimal | int) -> str:
    """``12500.5`` -> ``"12 500,5"``."""
    return str(_numbers().format_decimal(Decimal(value), locale=LOCALE, decimal_quantization=False))


def percent(value: Decimal | int) -> str:
    """A percentage given in points: ``20`` -> ``"20 %"``, ``12.5`` -> ``"12,5 %"``."""
    return str(
        _numbers().format_percent(
            Decimal(value) / 100,
            format="#,##0.##\u00a0%",
            locale=LOCALE,
            decimal_quantization=False,
        )
    )


def date(value: dt.date) -> str:
    """``2022-06-24`` -> ``"24 juin 2022"`` (and ``"1er avril 2021"``, as French writes it)."""
    from babel import dates

    text = str(dates.format_date(value, format="d MMMM y", locale=LOCALE))
    return "1er" + text[1:] if value.day == 1 else text


def prepare() -> None:
    """Import Babel and read its French data now (80 ms), once, rather than in each of the
    worker processes that will format documents."""
    amount(Decimal("1.5"))
    number(1)
    percent(1)
    date(dt.date(2000, 1, 2))


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """``"0 erreur"``, ``"1 erreur"``, ``"3 erreurs"``: French puts 0 and 1 in the singular.

    ``plural_form`` is for words that do not just take an « s » (« 2 problèmes levés »,
    « 3 travaux »); a phrase is given whole: ``plural(2, "fichier modifié", "fichiers
    modifiés")``.
    """
    return f"{count} {singular if abs(count) < 2 else plural_form or singular + 's'}"
