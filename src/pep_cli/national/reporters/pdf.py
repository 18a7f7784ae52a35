"""``pep national -f pdf``: the national report, through the LaTeX pipeline of ``pep render``.

The template ``national.tex.j2`` (shipped in ``templates/``, overridable like the others)
lays out the tables; the map is vector: each territory's outline is drawn with PDF path
operators (``\\pdfliteral``), in the colour of its class, with the labelled insets, the
legend and the credit of the base map; the chart of the State's money against the
envelopes is drawn with rules. Compiled by pdflatex in a temporary folder, with the same
safety (no shell escape, no file read outside) and reproducibility (the date of the view,
or ``SOURCE_DATE_EPOCH``) as the conventions.
"""

from __future__ import annotations

import calendar
import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from pep_cli.escape import latex
from pep_cli.national import labels
from pep_cli.national.reporters.base import NationalReporter, Rendering

if TYPE_CHECKING:
    from pep_cli.data.territories import Territories
    from pep_cli.national.view import NationalMap, NationalView

TEMPLATE = "national.tex.j2"
MAP_WIDTH_BP = 430.0  # about 15 cm


def _rgb(colour: str) -> str:
    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return f"{red:.3f} {green:.3f} {blue:.3f}"


def map_picture(
    view_map: NationalMap, territories: Territories, width: float = MAP_WIDTH_BP
) -> str:
    """The map as a LaTeX ``picture``: outlines as PDF paths, labels as text, all vector."""
    from pep_cli.national.measures import legend_and_colours
    from pep_cli.national.svgmap import (
        HEIGHT,
        TILE_HEIGHT,
        TILE_WIDTH,
        WIDTH,
        base_shapes,
        frames,
        short_name,
        tiles,
    )
    from pep_cli.national.view import territory_groups

    scale = width / WIDTH
    height = HEIGHT * scale

    def point(x: float, y: float) -> str:
        return f"{x * scale:.2f} {(HEIGHT - y) * scale:.2f}"

    _, coloured = legend_and_colours(view_map)
    shapes = {s.code: s for s in base_shapes()}
    operators = ["q", "0.3 w", "0.478 0.478 0.478 RG"]
    texts: list[str] = []
    others = []
    for c in coloured:
        shape = shapes.get(c.entry.code)
        if shape is None:
            others.append(c)
            continue
        operators.append(f"{_rgb(c.colour)} rg")
        for ring in shape.rings:
            path = [f"{point(*ring[0])} m"] + [f"{point(x, y)} l" for x, y in ring[1:]]
            operators.append(" ".join(path) + " h")
        operators.append("B")
    for tile, c in zip(tiles([c.entry.code for c in others]), others, strict=True):
        x, y = tile.x * scale, (HEIGHT - tile.y - TILE_HEIGHT) * scale
        operators.append(
            f"{_rgb(c.colour)} rg {x:.2f} {y:.2f} {TILE_WIDTH * scale:.2f} "
            f"{TILE_HEIGHT * scale:.2f} re B"
        )
        texts.append(
            f"\\put({(tile.x + TILE_WIDTH / 2) * scale:.2f},{y - 2:.2f})"
            f"{{\\makebox(0,0)[t]{{\\tiny\\shortstack{{{latex(c.entry.code)}\\\\"
            f"{latex(short_name(c.entry.name))}}}}}}}"
        )
    signatories = {t.code: t.signatory for t in territories.territories}
    operators.append("0.2 0.2 0.2 RG 0.5 w [2 1.5] 0 d")
    for frame in frames(territory_groups(territories), signatories):
        x0, y0, x1, y1 = frame.bounds
        operators.append(
            f"{x0 * scale:.2f} {(HEIGHT - y1) * scale:.2f} {(x1 - x0) * scale:.2f} "
            f"{(y1 - y0) * scale:.2f} re S"
        )
        texts.append(
            f"\\put({x1 * scale:.2f},{(HEIGHT - y0) * scale + 1.5:.2f})"
            f"{{\\makebox(0,0)[br]{{\\tiny {latex(frame.label)}}}}}"
        )
    operators.append("Q")
    return (
        f"\\setlength{{\\unitlength}}{{1bp}}\\begin{{picture}}({width:.2f},{height:.2f})\n"
        f"\\put(0,0){{\\pdfliteral{{{' '.join(operators)}}}}}\n" + "\n".join(texts) + "\n"
        "\\end{picture}"
    )


def _epoch(view: NationalView) -> int:
    from pep_cli.render.provenance import source_date_epoch

    given = source_date_epoch()
    if given is not None:
        return given
    return calendar.timegm(dt.datetime.combine(view.today, dt.time()).timetuple())


def _chart(view: NationalView) -> list[dict[str, Any]]:
    top = max(
        [t.state for t in view.totals] + [t.envelope for t in view.totals if t.envelope],
        default=Decimal(0),
    )
    bars = []

    def share(value: Decimal) -> float:
        return float(value) / float(top) * 9.0 if top else 0.0

    for total in view.totals:
        bars.append(
            {
                "year": total.year,
                "state": total.state,
                "state_cm": f"{share(total.state):.2f}",
                "envelope": total.envelope,
                "envelope_cm": f"{share(total.envelope):.2f}" if total.envelope else None,
            }
        )
    return bars


def tex_source(view: NationalView, rendering: Rendering) -> tuple[str, Any]:
    from pep_cli.national.measures import legend_and_colours
    from pep_cli.national.svgmap import map_title
    from pep_cli.national.view import MEASURES, REPORT_STATES
    from pep_cli.render.environment import LineMap, make_environment, render_template

    env = make_environment(rendering.template_dirs or rendering.repo.template_dirs())
    env.filters.update(money=labels.money, rate=labels.rate, day=labels.day, count=labels.number)
    legend, coloured = legend_and_colours(view.map)
    variables = {
        "view": view,
        "title": labels.TITLE,
        "revision": (rendering.revision or "")[:12] or None,
        "dirty": rendering.dirty,
        "map_picture": map_picture(view.map, rendering.repo.territories),
        "map_title": map_title(view.map.measure, view.map.year),
        "legend": [
            {"label": item.label, "colour": item.colour.lstrip("#").upper()} for item in legend
        ],
        "covered": [c for c in coloured if c.entry.conventions],
        "credit": labels.MAP_CREDIT,
        "chart": _chart(view),
        "status_labels": labels.STATUS_LABELS,
        "state_labels": labels.REPORT_STATE_LABELS,
        "states": REPORT_STATES,
        "measures": MEASURES,
        "no_national": labels.NO_NATIONAL_INDICATORS,
        "scope": labels.year_scope(view.year),
    }
    rendered = render_template(env, TEMPLATE, variables)
    text, line_map = LineMap.strip(rendered)
    return text, line_map


def pdf_bytes(view: NationalView, rendering: Rendering) -> bytes:
    from pep_cli.render.pdf import compile_pdf, find_engine

    engine = find_engine()
    text, line_map = tex_source(view, rendering)
    return compile_pdf(text, line_map, epoch=_epoch(view), engine=engine)


class PdfReporter(NationalReporter):
    name = "pdf"
    extension = "pdf"
    binary = True
    description = "rapport national en PDF (LaTeX), avec la carte et les graphiques"

    def render(self, view: NationalView, rendering: Rendering) -> bytes:
        return pdf_bytes(view, rendering)
