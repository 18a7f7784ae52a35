"""The charts of an annual report, drawn with matplotlib: SVG beside Markdown, PDF for LaTeX.

- per indicator: the target and the result of each year of the period (and
  the reference value), in its unit;
- per funding source: signed against spent, year by year up to the exercise.

matplotlib is imported here only, when a chart is drawn: never by ``pep
validate`` or ``pep --help``. Axes speak French (Babel's number formats:
« 1 200 », « 80 % », « 100 000 € »). The same data give the same bytes: a
fixed ``svg.hashsalt``, no creation date in the metadata, the fonts shipped
with matplotlib (DejaVu Sans), and no figure manager (no pyplot, no GUI).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pep_cli.followup.progress import IndicatorProgress, SourceBalance

WIDTH, HEIGHT = 6.4, 2.6  # inches
TARGET_COLOUR = "#000091"  # the blue of the documents
RESULT_COLOUR = "#c8102e"  # their red
SPENT_COLOUR = "#6a6af4"
SIGNED_COLOUR = "#cacafb"


def render_figure(draw: Callable[[Any], None], fmt: str) -> bytes:
    """A figure drawn by ``draw`` (on a matplotlib Axes), as ``svg`` or ``pdf`` bytes."""
    import matplotlib
    from matplotlib.figure import Figure

    with matplotlib.rc_context(
        {
            "svg.hashsalt": "pep",
            "svg.fonttype": "path",
            "pdf.fonttype": 42,
            "font.family": "DejaVu Sans",
            "font.size": 9,
            "axes.spines.top": False,
            "axes.spines.right": False,
        }
    ):
        figure = Figure(figsize=(WIDTH, HEIGHT), layout="constrained")
        draw(figure.subplots())
        out = io.BytesIO()
        metadata: dict[str, Any] = (
            {"Date": None, "Creator": "pep"}
            if fmt == "svg"
            else {"CreationDate": None, "ModDate": None, "Creator": "pep", "Producer": "pep"}
        )
        figure.savefig(out, format=fmt, metadata=metadata)
    return out.getvalue()


def _float(value: Decimal | None) -> float:
    # Drawing only: amounts stay Decimal everywhere else.
    return float("nan") if value is None else float(value)


def _formatter(unit: str) -> Callable[[float, Any], str]:
    from pep_cli import french

    def label(value: float, _position: Any) -> str:
        number = Decimal(f"{float(value):.6f}").normalize()
        if number == number.to_integral_value():
            number = number.quantize(Decimal(1))
        if unit == "pourcentage":
            return french.percent(number)
        if unit == "euros":
            return french.amount(number)
        return french.number(number)

    return label


def indicator_texts(number: int, indicator: IndicatorProgress) -> tuple[str, str]:
    """The caption and the text alternative of an indicator's chart."""
    measure = _measure(indicator.unit)
    pairs = [
        f"{year} : cible {measure(t) if t is not None else 'non fixée'}, résultat "
        f"{measure(r) if r is not None else 'non renseigné'}"
        for year, t, r in zip(indicator.years, indicator.targets, indicator.results, strict=True)
    ]
    reference = (
        f" ; référence {indicator.baseline_year} : {measure(indicator.baseline)}"
        if indicator.baseline is not None
        else ""
    )
    sense = "plus bas, mieux" if indicator.direction == "down" else "plus haut, mieux"
    alt = f"Cibles et résultats de « {indicator.label} » ({sense}) — " + " ; ".join(pairs)
    alt += reference + "."
    caption = f"Graphique {number} — {indicator.label} : cibles et résultats par année"
    return caption, alt


def indicator_chart(indicator: IndicatorProgress, fmt: str) -> bytes:
    def draw(axes: Any) -> None:
        from matplotlib.ticker import FuncFormatter, MaxNLocator

        years = list(indicator.years)
        axes.plot(
            years,
            [_float(v) for v in indicator.targets],
            color=TARGET_COLOUR,
            linestyle="--",
            marker="o",
            label="Cible",
        )
        axes.plot(
            years,
            [_float(v) for v in indicator.results],
            color=RESULT_COLOUR,
            marker="s",
            label="Résultat",
        )
        if indicator.baseline is not None and indicator.baseline_year is not None:
            axes.plot(
                [indicator.baseline_year],
                [_float(indicator.baseline)],
                color="#555555",
                marker="D",
                linestyle="none",
                label=f"Référence {indicator.baseline_year}",
            )
            years = [indicator.baseline_year, *years]
        axes.set_xticks(sorted(set(years)))
        axes.set_xticklabels([str(y) for y in sorted(set(years))])
        axes.yaxis.set_major_locator(MaxNLocator(nbins=5))
        axes.yaxis.set_major_formatter(FuncFormatter(_formatter(indicator.unit)))
        axes.grid(axis="y", color="#dddddd", linewidth=0.6)
        axes.legend(loc="best", frameon=False)

    return render_figure(draw, fmt)


def source_texts(number: int, row: SourceBalance) -> tuple[str, str]:
    """The caption and the text alternative of a funding source's chart."""
    from pep_cli import french

    pairs = [
        f"{year} : {french.amount(signed)} signés, "
        f"{french.amount(spent) if spent is not None else 'consommation non renseignée'}"
        + (" consommés" if spent is not None else "")
        for year, signed, spent in row.by_year
    ]
    alt = f"Crédits signés et consommés — {row.label} — " + " ; ".join(pairs) + "."
    caption = f"Graphique {number} — {row.label} : crédits signés et consommés par année"
    return caption, alt


def source_chart(row: SourceBalance, fmt: str) -> bytes:
    def draw(axes: Any) -> None:
        from matplotlib.ticker import FuncFormatter, MaxNLocator

        years = [year for year, _, _ in row.by_year]
        width = 0.38
        axes.bar(
            [y - width / 2 for y in years],
            [_float(signed) for _, signed, _ in row.by_year],
            width=width,
            color=SIGNED_COLOUR,
            edgecolor=TARGET_COLOUR,
            linewidth=0.6,
            label="Signé",
        )
        axes.bar(
            [y + width / 2 for y in years],
            [_float(spent) if spent is not None else 0.0 for _, _, spent in row.by_year],
            width=width,
            color=SPENT_COLOUR,
            label="Consommé",
        )
        axes.set_xticks(years)
        axes.set_xticklabels([str(y) for y in years])
        axes.yaxis.set_major_locator(MaxNLocator(nbins=5))
        axes.yaxis.set_major_formatter(FuncFormatter(_formatter("euros")))
        axes.grid(axis="y", color="#dddddd", linewidth=0.6)
        axes.set_axisbelow(True)
        axes.legend(loc="lower right", frameon=False)

    return render_figure(draw, fmt)


def _measure(unit: str) -> Callable[[Decimal], str]:
    from pep_cli import french

    if unit == "pourcentage":
        return french.percent
    if unit == "euros":
        return french.amount
    return french.number
