"""The map of centres, drawn from `centres.toml` (the book's and the clinic's) at render time.

Every centre with `lat`/`lon` is projected onto a simplified outline of France shipped as
data (`data/france.json`, from Natural Earth; see `data/README.md`), numbered, and labelled
in a column beside the map with its name, town and role, so no coordinate is ever edited
by hand. The SVG keeps to SVG Tiny 1.2, which is what Qt draws in a QTextBrowser and on
paper: basic shapes, `<text>` with explicit positions, presentation attributes only.
Markers differ by shape (readable in black and white) and the clinic's own by colour too.
"""

from __future__ import annotations

import json
import math
import textwrap
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from ..content.model import Book, Centre
from .strings import t

# What the map shows (lon west, lat south, lon east, lat north): mainland France and
# Corsica. A centre outside is not drawn, and the checker says so.
BOUNDS = (-5.6, 41.2, 9.9, 51.3)
MID_LAT = math.radians(46.3)  # the outline keeps its shape at France's middle latitude
WIDTH = 640
MAP_X, MAP_Y, MAP_W = 12, 12, 344  # the outline's box; its height follows from the bounds
LABEL_X, LABEL_W = 392, 240
STACKED_WIDTH = 520  # the map for large text: inside the page's column at 300 % on 1024 px
NAME_SIZE, LINE_SIZE = 16, 14  # px at 640 px wide: about 13 and 11.5 px in the column
MARKER = 18  # px: markers closer than this are moved apart
FONT = "Atkinson Hyperlegible"  # loaded by the app; Qt falls back to its default font


@dataclass(frozen=True)
class MapColours:
    background: str
    land: str
    coast: str
    text: str
    muted: str
    marker: str  # the guide's places
    clinic: str  # the clinic's own places
    marker_text: str
    leader: str


PALETTES = {
    "light": MapColours("#ffffff", "#f1efe6", "#1a1a1a", "#1a1a1a", "#3d3d3d", "#1d4e6e",
                        "#9c3d00", "#ffffff", "#6b6b6b"),
    "dark": MapColours("#16181c", "#2a2e35", "#c9c9c9", "#ececec", "#c9c9c9", "#8cc2ff",
                       "#ffb070", "#0b0b0b", "#8a8f98"),
    "contrast": MapColours("#000000", "#000000", "#ffffff", "#ffffff", "#ffffff", "#ffff00",
                           "#00ffff", "#000000", "#ffffff"),
}
PALETTES["print"] = PALETTES["light"]


@lru_cache(maxsize=1)
def outline() -> tuple[tuple[tuple[float, float], ...], ...]:
    """The outline's rings in (lon, lat) degrees."""
    data = json.loads(files("edu_app.render").joinpath("data/france.json").read_text("utf-8"))
    return tuple(tuple((float(x), float(y)) for x, y in ring) for ring in data["rings"])


def scale() -> float:
    west, _, east, _ = BOUNDS
    return MAP_W / ((east - west) * math.cos(MID_LAT))


def project(lon: float, lat: float) -> tuple[float, float]:
    """Degrees to the SVG's pixels (an equirectangular projection at France's latitude)."""
    west, _, _, north = BOUNDS
    k = scale()
    return MAP_X + (lon - west) * math.cos(MID_LAT) * k, MAP_Y + (north - lat) * k


def inside_map(lat: float, lon: float) -> bool:
    west, south, east, north = BOUNDS
    return south <= lat <= north and west <= lon <= east


def drawn_centres(book: Book) -> list[Centre]:
    """The centres the map shows, in the list's order: those with a place on the map."""
    return [c for c in book.centres.values()
            if c.lat is not None and c.lon is not None and inside_map(c.lat, c.lon)]


def numbers(book: Book) -> dict[str, int]:
    """Each drawn centre's number, shared by its marker, its label and the list."""
    return {c.id: i + 1 for i, c in enumerate(drawn_centres(book))}


def role_text(centre: Centre, lang: str) -> str:
    roles = ", ".join(t(lang, f"role_{r}") for r in centre.roles) or t(lang, "role_none")
    return roles[:1].upper() + roles[1:]


def _spread(points: list[tuple[float, float]], marker: float = MARKER
            ) -> list[tuple[float, float]]:
    """Markers moved apart just enough to be told apart (Paris holds two centres)."""
    moved = [list(p) for p in points]
    for _ in range(60):
        changed = False
        for i in range(len(moved)):
            for j in range(i + 1, len(moved)):
                dx, dy = moved[j][0] - moved[i][0], moved[j][1] - moved[i][1]
                d = math.hypot(dx, dy)
                if d >= marker + 2:
                    continue
                ux, uy = (dx / d, dy / d) if d > 0.01 else (1.0, 0.0)
                push = (marker + 2 - d) / 2 + 0.01
                moved[i][0] -= ux * push
                moved[i][1] -= uy * push
                moved[j][0] += ux * push
                moved[j][1] += uy * push
                changed = True
        if not changed:
            break
    return [(x, y) for x, y in moved]


def _marker(parent: ET.Element, centre: Centre, x: float, y: float, n: int,
            colours: MapColours, k: float = 1.0) -> None:
    """The centre's shape with its number, `k` times the usual size."""
    fill = colours.clinic if centre.layer == "clinic" else colours.marker
    size = MARKER * k
    h, e = size / 2, 3 * k
    attrs = {"fill": fill, "stroke": colours.background, "stroke-width": "1.5"}
    if any(r.startswith("treats-") for r in centre.roles):  # a hospital: a square
        ET.SubElement(parent, "rect", {"x": f"{x - h:.1f}", "y": f"{y - h:.1f}",
                                       "width": f"{size:g}", "height": f"{size:g}", **attrs})
    elif "research" in centre.roles:  # a triangle
        points = f"{x:.1f},{y - h - e:.1f} {x + h + e:.1f},{y + h:.1f} {x - h - e:.1f},{y + h:.1f}"
        ET.SubElement(parent, "polygon", {"points": points, **attrs})
    else:  # any other place: a circle
        ET.SubElement(parent, "circle", {"cx": f"{x:.1f}", "cy": f"{y:.1f}",
                                         "r": f"{h + k:.1f}", **attrs})
    label = ET.SubElement(parent, "text", {
        "x": f"{x:.1f}", "y": f"{y + (4.5 + (2 if 'research' in centre.roles else 0)) * k:.1f}",
        "font-family": FONT, "font-size": f"{12 * k:g}", "font-weight": "bold",
        "text-anchor": "middle", "fill": colours.marker_text})
    label.text = str(n)


def _label_lines(centre: Centre, n: int, lang: str, k: float = 1.0,
                 width: float = 0) -> list[tuple[str, float, bool]]:
    """(text, size, bold) lines: number and name, then town and role, wrapped to fit the
    column beside the map, or (`width`: the list under it) that width at `k` times the
    size, every word kept."""
    name_size, line_size = NAME_SIZE * k, LINE_SIZE * k
    place = " · ".join(p for p in (centre.city, role_text(centre, lang)) if p)
    if centre.layer == "clinic":
        place += f" ({t(lang, 'your_clinic_short')})"
    if width:
        name = textwrap.wrap(f"{n}. {centre.name}", max(8, int(width / (name_size * 0.6))),
                             break_on_hyphens=False)  # "Saint-Louis" kept whole
        rest = textwrap.wrap(place, max(8, int(width / (line_size * 0.55))),
                             break_on_hyphens=False)
    else:
        name = textwrap.wrap(f"{n}. {centre.name}", 25)[:2]
        rest = textwrap.wrap(place, 31)[:3]
    return [(s, name_size, True) for s in name] + [(s, line_size, False) for s in rest]


def _place_labels(wanted: list[float], heights: list[float], top: float,
                  gap: float = 8) -> list[float]:
    """Label tops as near their markers as they fit, in order, never overlapping."""
    tops: list[float] = []
    for y, h in zip(wanted, heights, strict=True):
        lowest = tops[-1] + heights[len(tops) - 1] + gap if tops else top
        tops.append(max(y - h / 2, lowest))
    return tops


def centres_map_svg(book: Book, lang: str, theme: str = "light",
                    text_scale: float = 1.0) -> str:
    """The map as an SVG Tiny 1.2 document, in `lang`, in a theme's colours; its words
    at `text_scale` times their size (the page's zoom: `_stacked_svg`)."""
    colours = PALETTES.get(theme, PALETTES["light"])
    if text_scale > 1.0:
        return _stacked_svg(book, lang, colours, text_scale)
    centres = drawn_centres(book)
    k = scale()
    map_h = (BOUNDS[3] - BOUNDS[1]) * k
    points = _spread([project(c.lon, c.lat) for c in centres])  # type: ignore[arg-type]
    lines = [_label_lines(c, i + 1, lang) for i, c in enumerate(centres)]
    heights = [sum(size + 5 for _, size, _ in ls) for ls in lines]
    order = sorted(range(len(centres)), key=lambda i: points[i][1])
    tops = _place_labels([points[i][1] for i in order], [heights[i] for i in order], MAP_Y)
    legend_y = MAP_Y + map_h + 14
    height = max(legend_y + 4 * 22 + 8, *(tp + heights[i] + 8 for tp, i in zip(tops, order,
                                                                                strict=True)))
    svg = ET.Element("svg", {"xmlns": "http://www.w3.org/2000/svg", "version": "1.2",
                             "baseProfile": "tiny", "width": str(WIDTH),
                             "height": f"{height:.0f}", "viewBox": f"0 0 {WIDTH} {height:.0f}"})
    ET.SubElement(svg, "title").text = t(lang, "map_title")
    ET.SubElement(svg, "desc").text = map_description(book, lang)
    ET.SubElement(svg, "rect", {"x": "0", "y": "0", "width": str(WIDTH),
                                "height": f"{height:.0f}", "fill": colours.background})
    _land_and_places(svg, centres, points, colours)
    for top, i in zip(tops, order, strict=True):
        x, y = points[i]
        ET.SubElement(svg, "polyline", {
            "points": f"{x + MARKER / 2 + 2:.1f},{y:.1f} {LABEL_X - 14:.1f},{top + 11:.1f} "
                      f"{LABEL_X - 6:.1f},{top + 11:.1f}",
            "fill": "none", "stroke": colours.leader, "stroke-width": "1"})
        baseline = top
        for text, size, bold in lines[i]:
            baseline += size + 3
            attrs = {"x": str(LABEL_X), "y": f"{baseline:.1f}", "font-family": FONT,
                     "font-size": str(size), "fill": colours.text if bold else colours.muted}
            if bold:
                attrs["font-weight"] = "bold"
            ET.SubElement(svg, "text", attrs).text = text
            baseline += 2
    for (x, y), centre, n in zip(points, centres, range(1, len(centres) + 1), strict=True):
        _marker(svg, centre, x, y, n, colours)
    _legend(svg, legend_y, lang, colours, any(c.layer == "clinic" for c in centres))
    return ET.tostring(svg, encoding="unicode")


def _land_and_places(parent: ET.Element, centres: list[Centre],
                     points: list[tuple[float, float]], colours: MapColours) -> None:
    """The outline, and where a marker was moved apart, a line to its true place."""
    for ring in outline():
        pts = " ".join(f"{x:.1f},{y:.1f}" for x, y in (project(lon, lat) for lon, lat in ring))
        ET.SubElement(parent, "polygon", {"points": pts, "fill": colours.land,
                                          "stroke": colours.coast, "stroke-width": "1.5",
                                          "stroke-linejoin": "round"})
    for (x, y), centre in zip(points, centres, strict=True):
        tx, ty = project(centre.lon, centre.lat)  # type: ignore[arg-type]
        if math.hypot(x - tx, y - ty) > 3:
            ET.SubElement(parent, "line", {"x1": f"{tx:.1f}", "y1": f"{ty:.1f}",
                                           "x2": f"{x:.1f}", "y2": f"{y:.1f}",
                                           "stroke": colours.coast, "stroke-width": "1"})
            ET.SubElement(parent, "circle", {"cx": f"{tx:.1f}", "cy": f"{ty:.1f}", "r": "2.5",
                                             "fill": colours.coast})


def _stacked_svg(book: Book, lang: str, colours: MapColours, k: float) -> str:
    """The map for large text (the page at more than 100 %): the labels at the text's
    size cannot sit beside the outline, so they follow it as a numbered list, the
    width of the picture, under the legend; markers and their numbers grow too (up to
    twice). Narrower than the side-by-side map, so it stays inside a column at 300 %."""
    centres = drawn_centres(book)
    marker_k = min(k, 2.0)
    dx = (STACKED_WIDTH - MAP_W) / 2 - MAP_X  # the outline centred
    points = _spread([project(c.lon, c.lat) for c in centres],  # type: ignore[arg-type]
                     MARKER * marker_k)
    map_h = (BOUNDS[3] - BOUNDS[1]) * scale()
    body = ET.Element("g")
    legend_y = MAP_Y + map_h + 14 * k
    y = _legend(body, legend_y, lang, colours, any(c.layer == "clinic" for c in centres),
                k, x=MAP_X + 10 * k) + 10 * k
    width = STACKED_WIDTH - 2 * MAP_X
    for i, centre in enumerate(centres):
        for text, size, bold in _label_lines(centre, i + 1, lang, k, width):
            y += size + 3 * k
            attrs = {"x": str(MAP_X), "y": f"{y:.1f}", "font-family": FONT,
                     "font-size": f"{size:g}", "fill": colours.text if bold else colours.muted}
            if bold:
                attrs["font-weight"] = "bold"
            ET.SubElement(body, "text", attrs).text = text
            y += 2 * k
        y += 8 * k
    height = y + 8
    svg = ET.Element("svg", {"xmlns": "http://www.w3.org/2000/svg", "version": "1.2",
                             "baseProfile": "tiny", "width": str(STACKED_WIDTH),
                             "height": f"{height:.0f}",
                             "viewBox": f"0 0 {STACKED_WIDTH} {height:.0f}"})
    ET.SubElement(svg, "title").text = t(lang, "map_title")
    ET.SubElement(svg, "desc").text = map_description(book, lang)
    ET.SubElement(svg, "rect", {"x": "0", "y": "0", "width": str(STACKED_WIDTH),
                                "height": f"{height:.0f}", "fill": colours.background})
    land = ET.SubElement(svg, "g", {"transform": f"translate({dx:.1f},0)"})
    _land_and_places(land, centres, points, colours)
    for (x, y_), centre, n in zip(points, centres, range(1, len(centres) + 1), strict=True):
        _marker(land, centre, x, y_, n, colours, marker_k)
    svg.append(body)
    return ET.tostring(svg, encoding="unicode")


def _legend(svg: ET.Element, y: float, lang: str, colours: MapColours, clinic: bool,
            k: float = 1.0, x: float = MAP_X + 10) -> float:
    """What the shapes mean (and the clinic's colour): under the map, one to a line,
    `k` times the usual size. Returns where the legend ends."""
    rows = [(("treats-children",), "book", "map_hospital"), (("research",), "book",
            "map_research"), ((), "book", "map_other")]
    if clinic:
        rows.append((("treats-children",), "clinic", "map_clinic_colour"))
    for roles, layer, key in rows:
        group = ET.SubElement(svg, "g")
        sample = Centre("", "", "", "", roles, None, None, {}, "", layer=layer)  # type: ignore
        _marker(group, sample, x, y + 9 * k, 0, colours, min(k, 2.0))
        group.remove(group[-1])  # no number in the legend
        ET.SubElement(svg, "text", {"x": f"{x + 18 * min(k, 2.0):.1f}",
                                    "y": f"{y + 14 * k:.1f}", "font-family": FONT,
                                    "font-size": f"{LINE_SIZE * k:g}",
                                    "fill": colours.text}).text = t(lang, key)
        y += 22 * k
    return y


def map_description(book: Book, lang: str) -> str:
    """The map in words (its alternative text): every place drawn, with town and role."""
    places = [t(lang, "map_place", place=f"{n}. {c.name}" + (f", {c.city}" if c.city else ""),
                role=role_text(c, lang))
              for n, c in enumerate(drawn_centres(book), start=1)]
    return t(lang, "map_alt", places="; ".join(places) or t(lang, "map_empty"))
