"""Make `edu_app/render/data/france.json`, the outline the centres map is drawn on.

The outline comes from Natural Earth (public domain), 1:50m Admin 0 countries, as
redistributed in TopoJSON by the npm package `world-atlas` 2.0.2 (ISC licence, Mike
Bostock). Only mainland France and Corsica are kept, simplified (Douglas-Peucker) to a
few kilobytes, in longitude/latitude degrees: the app projects it when it draws the map.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python tools/france_outline.py package/countries-50m.json

Run once; the result is kept in git. Nothing is fetched when the app runs.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "edu_app" / "render" / "data" / "france.json"
KEEP = (-6.0, 41.0, 10.0, 51.5)  # lon/lat box of mainland France and Corsica
TOLERANCE = 0.035  # degrees (about 3 km): invisible at the map's size
MIN_RING_POINTS = 12  # islands smaller than this after decoding are left out


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """TopoJSON's delta-encoded, quantised arcs as lists of (lon, lat)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker on a closed ring (first point = last point)."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        length = math.hypot(bx - ax, by - ay)
        worst, at = 0.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            if length == 0:
                d = math.hypot(px - ax, py - ay)
            else:
                d = abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length
            if d > worst:
                worst, at = d, i
        if worst > tolerance and at > 0:
            keep[at] = True
            stack += [(first, at), (at, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def inside(points: list[tuple[float, float]]) -> bool:
    west, south, east, north = KEEP
    return all(west <= x <= east and south <= y <= north for x, y in points)


def main(path: str) -> int:
    topology = json.loads(Path(path).read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    france = next(g for g in topology["objects"]["countries"]["geometries"]
                  if g.get("properties", {}).get("name") == "France")
    rings = []
    for polygon in france["arcs"]:
        outer = ring(arcs, polygon[0])  # holes: France has none at this scale
        if len(outer) >= MIN_RING_POINTS and inside(outer):
            simple = simplify(outer, TOLERANCE)
            rings.append([[round(x, 2), round(y, 2)] for x, y in simple])
    rings.sort(key=len, reverse=True)
    data = {
        "what": "Mainland France and Corsica, longitude/latitude in degrees, simplified.",
        "source": "Natural Earth 1:50m Admin 0 countries (public domain), via the npm "
                  "package world-atlas 2.0.2 (ISC); made by tools/france_outline.py",
        "rings": rings,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(rings)} rings, {sum(map(len, rings))} points, "
          f"{OUT.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
