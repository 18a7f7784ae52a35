"""Colouring the map: each territory's value falls in one class of the legend, with its colour.

Amounts are cut in five equal classes up to a round maximum (« 0 € à 1 000 000 € »…);
the share of targets reached in five fixed classes; report states each have their colour.
Territories without a convention, and those whose convention has no value for the
measure, have their own grey. The colours (ColorBrewer's Blues and RdYlGn schemes) stay
apart for the colour-blind, and every class is also named in the legend and the tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pep_cli import french
from pep_cli.national.view import MapEntry, NationalMap

SEQUENTIAL = ("#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c")
NO_CONVENTION = ("none", "Sans convention", "#ffffff")
NO_VALUE = ("nodata", "Convention sans valeur pour cette mesure", "#bdbdbd")
REPORT_CLASSES = (
    ("adopted", "Rapport adopté dans les délais", "#1a9850"),
    ("adopted_late", "Rapport adopté en retard", "#a6d96a"),
    ("not_due", "Rapport pas encore dû", "#ffffbf"),
    ("draft", "Rapport en projet, dans les délais", "#fee08b"),
    ("late", "Rapport en projet, échéance passée", "#f46d43"),
    ("missing", "Rapport absent, échéance passée", "#a50026"),
)
REPORT_LABELS = {key: label for key, label, _ in REPORT_CLASSES}
ACHIEVEMENT_BREAKS = (Decimal("0.5"), Decimal("0.75"), Decimal("0.9"), Decimal(1))


@dataclass(frozen=True)
class LegendClass:
    key: str
    label: str
    colour: str


@dataclass(frozen=True)
class Coloured:
    entry: MapEntry
    key: str  # the legend class
    colour: str
    text: str  # the value, in French ("120 000 €", "75 %", "Rapport adopté…", "sans convention")


def nice_ceiling(value: Decimal) -> Decimal:
    """The smallest of 1, 2, 2.5, 5 × 10^k that is at least ``value`` (> 0)."""
    exponent = len(str(int(value))) - 1 if value >= 1 else 0
    scale = Decimal(10) ** exponent
    for step in (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5), Decimal(10)):
        if value <= step * scale:
            return step * scale
    return 10 * scale  # pragma: no cover - the loop ends at 10 × scale


def value_text(measure: str, value: Decimal | str | None) -> str:
    if value is None:
        return "sans valeur"
    if measure == "reports":
        return REPORT_LABELS.get(str(value), str(value))
    if measure == "achievement":
        assert isinstance(value, Decimal)
        return french.percent(value * 100)
    assert isinstance(value, Decimal)
    return french.amount(value)


def legend_and_colours(view_map: NationalMap) -> tuple[list[LegendClass], list[Coloured]]:
    """The legend (in order) and each territory's class and colour, in the map's order."""
    measure = view_map.measure
    if measure == "reports":
        classes = [LegendClass(*c) for c in REPORT_CLASSES]

        def pick(value: Decimal | str) -> LegendClass:
            return next(c for c in classes if c.key == value)

    else:
        if measure == "achievement":
            uppers = list(ACHIEVEMENT_BREAKS)
            labels = [
                "moins de 50 %",
                "de 50 % à moins de 75 %",
                "de 75 % à moins de 90 %",
                "de 90 % à moins de 100 %",
                "100 % (toutes les cibles atteintes)",
            ]
        else:
            values = [e.value for e in view_map.entries if isinstance(e.value, Decimal)]
            top = nice_ceiling(max(values)) if values and max(values) > 0 else Decimal(5)
            step = top / 5
            uppers = [step * i for i in range(1, 5)]
            bounds = [Decimal(0), *uppers, top]
            labels = [
                f"de {french.amount(bounds[i])} à moins de {french.amount(bounds[i + 1])}"
                for i in range(4)
            ] + [f"de {french.amount(bounds[4])} à {french.amount(top)}"]
        classes = [LegendClass(f"c{i + 1}", label, SEQUENTIAL[i]) for i, label in enumerate(labels)]

        def pick(value: Decimal | str) -> LegendClass:
            assert isinstance(value, Decimal)
            for index, upper in enumerate(uppers):
                if value < upper:
                    return classes[index]
            return classes[-1]

    none, nodata = LegendClass(*NO_CONVENTION), LegendClass(*NO_VALUE)
    coloured = []
    for entry in view_map.entries:
        if not entry.conventions:
            chosen, text = none, "sans convention"
        elif entry.value is None:
            chosen, text = nodata, "sans valeur"
        else:
            chosen, text = pick(entry.value), value_text(measure, entry.value)
        coloured.append(Coloured(entry, chosen.key, chosen.colour, text))
    return [*classes, nodata, none], coloured
