"""Reading a `centres.toml`, the book's or the clinic's: one format, one reader.

The book lists the places its sources name; a clinic adds its own in `clinic/centres.toml`
with the same keys plus a phone and a website (shown as text: the clinic PC is offline).
Each centre keeps the line its table starts on, so the checker can point at it.
"""

from __future__ import annotations

from pathlib import Path

from .model import CLINIC_SOURCE, Centre, Layer, Source
from .reading import Collector, as_str, load_toml, read_text, table_lines

ROLES = ("treats-children", "treats-adults", "manufactures-cells", "research")


def read_centres(path: Path, out: Collector, layer: Layer = "book") -> dict[str, Centre]:
    """Every centre of `path` (a missing file is no centre, not a problem)."""
    data = load_toml(path, out, required=False)
    text = read_text(path, Collector(out.root)) if data else None  # for the lines only
    lines = table_lines(text or "")
    centres = {}
    for cid, table in data.items():
        line = lines.get(cid, 0)
        if not isinstance(table, dict):
            out.add(path, line, f"'{cid}' must be a table [{cid}].", code="toml-type")
            continue
        lat, lon = table.get("lat"), table.get("lon")
        ok = isinstance(lat, int | float) and isinstance(lon, int | float)
        if ("lat" in table or "lon" in table) and not ok:
            out.add(path, line, f"Centre '{cid}': 'lat' and 'lon' must both be numbers "
                    "such as 48.87 (or both left out).", code="toml-type")
        roles = table.get("roles", [])
        roles = tuple(r for r in roles if isinstance(r, str)) if isinstance(roles, list) else ()
        for role in roles:
            if role not in ROLES:
                out.add(path, line, f"Centre '{cid}': unknown role '{role}' (use "
                        f"{', '.join(ROLES)}).", code="unknown-role")
        desc = table.get("description", {})
        centres[cid] = Centre(
            cid, as_str(table.get("name"), cid), as_str(table.get("city")),
            as_str(table.get("address")), tuple(r for r in roles if r in ROLES),
            float(lat) if ok else None, float(lon) if ok else None,
            {k: v for k, v in desc.items() if isinstance(v, str)} if isinstance(desc, dict) else {},
            as_str(table.get("source")).strip(),
            phone=as_str(table.get("phone")).strip(),
            website=as_str(table.get("website")).strip(),
            layer=layer, line=line,
        )
    return centres


def check_centre_sources(centres: dict[str, Centre], sources: dict[str, Source], path: Path,
                         out: Collector) -> None:
    """Every centre names a source the book knows; only the clinic's may name the clinic.

    An empty source is as wrong as an unknown one: a family must always be able to see
    who says a place does what it says.
    """
    for centre in centres.values():
        if not centre.source:
            out.add(path, centre.line, f"Centre '{centre.id}' has no source: add source = "
                    "\"...\" with an id from sources.toml"
                    + (" or \"clinic\"." if centre.layer == "clinic" else "."),
                    code="unknown-source")
        elif centre.source == CLINIC_SOURCE:
            if centre.layer != "clinic":
                out.add(path, centre.line, f"Centre '{centre.id}': only the clinic's own "
                        "files may name \"clinic\" as their source.", code="unknown-source")
        elif centre.source not in sources:
            out.add(path, centre.line, f"Centre '{centre.id}' cites unknown source "
                    f"'{centre.source}' (not in sources.toml).", code="unknown-source")
