"""The map of France, coloured by a measure: SVG for the site, polygons for the PDF.

The base map (``resources/france-departements.svg``: the 96 metropolitan départements,
svg-maps by Victor Cazanave, CC BY 4.0) is read once; every territory of
``data/territories.yaml`` gets exactly one shape: its path for a metropolitan
département, a labelled tile in the inset band for the others (the five overseas
départements, the Métropole de Lyon, Saint-Martin, the Collectivités de Corse and
d'Alsace). Collectivités that sign for several départements (Corse: 2A and 2B; Alsace: 67
and 68, read from the territories' members) are also framed and labelled on the map. The
credit of the base map is written under it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from pep_cli.national.labels import MAP_CREDIT
from pep_cli.national.measures import Coloured, LegendClass

if TYPE_CHECKING:
    from pep_cli.data.territories import Territories
    from pep_cli.national.view import NationalMap

BASE_WIDTH, BASE_HEIGHT = 613.0, 585.0
WIDTH, HEIGHT = 840.0, 700.0
INSET_TOP = 600.0
TILE_WIDTH, TILE_HEIGHT, TILE_GAP = 62.0, 44.0, 10.0
LEGEND_X = 628.0

Point = tuple[float, float]


@dataclass(frozen=True)
class Shape:
    code: str
    name: str
    d: str  # SVG path data, as in the base map
    rings: tuple[tuple[Point, ...], ...]  # the same, as closed polygons in absolute coordinates

    def bounds(self) -> tuple[float, float, float, float]:
        xs = [x for ring in self.rings for x, _ in ring]
        ys = [y for ring in self.rings for _, y in ring]
        return min(xs), min(ys), max(xs), max(ys)


_PATH = re.compile(r"<path\b(?P<attrs>[^>]*)/?>", re.S)
_ATTR = re.compile(r'([a-zA-Z:-]+)="([^"]*)"')
_TOKEN = re.compile(r"[MmLlHhVvZz]|-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def parse_path(d: str) -> tuple[tuple[Point, ...], ...]:
    """Absolute closed polygons of an SVG path made of M, L, H, V and Z commands (any case)."""
    tokens = _TOKEN.findall(d)
    rings: list[tuple[Point, ...]] = []
    ring: list[Point] = []
    x = y = 0.0
    start = (0.0, 0.0)
    command = ""
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.isalpha():
            command = token
            index += 1
            if command in "Zz":
                if ring:
                    rings.append(tuple(ring))
                ring = []
                x, y = start
            continue
        if command in "Mm":
            dx, dy = float(tokens[index]), float(tokens[index + 1])
            index += 2
            if ring:
                rings.append(tuple(ring))
            x, y = (x + dx, y + dy) if command == "m" else (dx, dy)
            start = (x, y)
            ring = [start]
            command = "l" if command == "m" else "L"  # further pairs are line-tos
        elif command in "Ll":
            dx, dy = float(tokens[index]), float(tokens[index + 1])
            index += 2
            x, y = (x + dx, y + dy) if command == "l" else (dx, dy)
            ring.append((x, y))
        elif command in "Hh":
            value = float(tokens[index])
            index += 1
            x = x + value if command == "h" else value
            ring.append((x, y))
        elif command in "Vv":
            value = float(tokens[index])
            index += 1
            y = y + value if command == "v" else value
            ring.append((x, y))
        else:
            raise ValueError(f"commande de tracé SVG non prise en charge : {command!r}")
    if ring:
        rings.append(tuple(ring))
    return tuple(rings)


@cache
def base_shapes() -> tuple[Shape, ...]:
    """The metropolitan départements of the shipped base map, in its order."""
    text = (
        resources.files("pep_cli.national") / "resources" / "france-departements.svg"
    ).read_text(encoding="utf-8")
    shapes = []
    for match in _PATH.finditer(text):
        attrs = dict(_ATTR.findall(match.group("attrs")))
        d = attrs["d"]
        name = attrs.get("aria-label") or attrs["id"]
        shapes.append(Shape(attrs["id"], name, d, parse_path(d)))
    return tuple(shapes)


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


@dataclass(frozen=True)
class Tile:
    """Where a territory without a shape in the base map is drawn, in the inset band."""

    code: str
    x: float
    y: float


def tiles(codes: Sequence[str]) -> list[Tile]:
    return [
        Tile(code, 10.0 + i * (TILE_WIDTH + TILE_GAP), INSET_TOP) for i, code in enumerate(codes)
    ]


@dataclass(frozen=True)
class Frame:
    """A collectivité that signs for several départements, framed and labelled on the map."""

    label: str
    codes: tuple[str, ...]
    bounds: tuple[float, float, float, float]


def frames(groups: dict[str, list[str]], signatories: dict[str, str]) -> list[Frame]:
    by_code = {s.code: s for s in base_shapes()}
    found: list[Frame] = []
    seen: set[tuple[str, ...]] = set()
    for codes in groups.values():
        key = tuple(c for c in codes if c in by_code)  # a collectivité's own code is a tile
        if key in seen or len(key) < 2:
            continue
        seen.add(key)
        boxes = [by_code[c].bounds() for c in key]
        bounds = (
            min(b[0] for b in boxes) - 4,
            min(b[1] for b in boxes) - 4,
            max(b[2] for b in boxes) + 4,
            max(b[3] for b in boxes) + 4,
        )
        found.append(Frame(signatories[key[0]], key, bounds))
    return found


def svg(
    coloured: Sequence[Coloured],
    legend: Sequence[LegendClass],
    *,
    title: str,
    groups: dict[str, list[str]],
    signatories: dict[str, str],
    link: Callable[[Coloured], str | None] | None = None,
    element_id: str = "carte",
) -> str:
    """The whole map as one ``<svg>`` element (inline in HTML, or a file)."""
    by_code = {s.code: s for s in base_shapes()}
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH:g} {HEIGHT:g}" '
        f'role="{"group" if link else "img"}" '
        f'aria-labelledby="{element_id}-titre {element_id}-desc" '
        f'id="{element_id}" class="carte">',
        f'<title id="{element_id}-titre">{_escape(title)}</title>',
        f'<desc id="{element_id}-desc">Carte des territoires colorés selon la mesure ; '
        "les valeurs sont reprises dans le tableau qui suit la carte. "
        f"{_escape(MAP_CREDIT)}.</desc>",
        '<g class="metropole" stroke="#7a7a7a" stroke-width="0.4">',
    ]
    others = [c for c in coloured if c.entry.code not in by_code]

    def shape(c: Coloured, body: str) -> str:
        target = link(c) if link else None
        label = _escape(f"{c.entry.code} {c.entry.name} : {c.text}")
        element = body.replace("{title}", f"<title>{label}</title>")
        if target:
            return f'<a href="{_escape(target)}" aria-label="{label}">{element}</a>'
        return element

    for c in coloured:
        base = by_code.get(c.entry.code)
        if base is None:
            continue
        out.append(
            shape(
                c,
                f'<path class="territoire" data-code="{_escape(c.entry.code)}" '
                f'data-classe="{c.key}" fill="{c.colour}" d="{base.d}">{{title}}</path>',
            )
        )
    out.append("</g>")
    for frame in frames(groups, signatories):
        x0, y0, x1, y1 = frame.bounds
        out.append(
            f'<g class="collectivite" aria-hidden="true"><rect x="{x0:.1f}" y="{y0:.1f}" '
            f'width="{x1 - x0:.1f}" height="{y1 - y0:.1f}" fill="none" stroke="#333333" '
            'stroke-width="0.8" stroke-dasharray="3 2"/>'
        )
        lines = _wrap(frame.label, 22)
        for index, line in enumerate(lines):
            y = y0 - 4 - (len(lines) - 1 - index) * 11
            out.append(
                f'<text x="{x1:.1f}" y="{y:.1f}" font-size="9" text-anchor="end" '
                f'fill="#222222">{_escape(line)}</text>'
            )
        out.append("</g>")
    out.append('<g class="cartouches" stroke="#555555" stroke-width="0.6">')
    for tile, c in zip(tiles([c.entry.code for c in others]), others, strict=True):
        out.append(
            shape(
                c,
                f'<rect class="territoire" data-code="{_escape(c.entry.code)}" '
                f'data-classe="{c.key}" fill="{c.colour}" x="{tile.x:g}" y="{tile.y:g}" '
                f'width="{TILE_WIDTH:g}" height="{TILE_HEIGHT:g}" rx="3">{{title}}</rect>',
            )
        )
        for index, line in enumerate((c.entry.code, _short(c.entry.name))):
            y = tile.y + TILE_HEIGHT + 11 + 10 * index
            out.append(
                f'<text x="{tile.x + TILE_WIDTH / 2:g}" y="{y:g}" '
                'font-size="9" text-anchor="middle" fill="#222222" stroke="none" '
                f'aria-hidden="true">{_escape(line)}</text>'
            )
    out.append("</g>")
    out.append('<g class="legende" font-size="11" fill="#222222" aria-hidden="true">')
    out.append(f'<text x="{LEGEND_X:g}" y="24" font-weight="bold">Légende</text>')
    for index, item in enumerate(legend):
        y = 40 + index * 30
        out.append(
            f'<rect x="{LEGEND_X:g}" y="{y:g}" width="16" height="14" fill="{item.colour}" '
            'stroke="#555555" stroke-width="0.6"/>'
        )
        for line_index, line in enumerate(_wrap(item.label, 30)):
            out.append(
                f'<text x="{LEGEND_X + 22:g}" y="{y + 11 + line_index * 12:g}">'
                f"{_escape(line)}</text>"
            )
    out.append("</g>")
    out.append(
        f'<text x="10" y="{HEIGHT - 8:g}" font-size="10" fill="#222222">'
        f"{_escape(MAP_CREDIT)}</text>"
    )
    out.append("</svg>")
    return "\n".join(out) + "\n"


def short_name(name: str) -> str:
    """A territory's name cut to fit under a tile (« Métropole d. »)."""
    return _short(name)


def _short(name: str) -> str:
    return name if len(name) <= 12 else name[:11] + "."


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split(" "):
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def map_title(measure: str, year: int | None) -> str:
    from pep_cli.national.view import MEASURES

    return f"Carte : {MEASURES[measure]}" + (f" {year}" if year is not None else "")


def view_svg(
    view_map: NationalMap,
    territories: Territories,
    *,
    link: Callable[[Coloured], str | None] | None = None,
    element_id: str = "carte",
) -> str:
    """The map of a national view, with its legend, insets and credit."""
    from pep_cli.national.measures import legend_and_colours
    from pep_cli.national.view import territory_groups

    legend, coloured = legend_and_colours(view_map)
    return svg(
        coloured,
        legend,
        title=map_title(view_map.measure, view_map.year),
        groups=territory_groups(territories),
        signatories={t.code: t.signatory for t in territories.territories},
        link=link,
        element_id=element_id,
    )
