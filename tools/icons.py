"""Draw the toolbar pictures as PNG from their SVG sources (a developer tool, not shipped).

    python tools/icons.py

The app loads the PNGs (`assets/icons/NAME.png`, and `NAME@2x.png` for high-density
screens, which Qt picks by itself): a PNG needs no plug-in, while the first SVG icon
loads Qt's SVG icon engine and library before the first paint (see
edu_app/ui/first_frame.py). Run it after changing an SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "assets" / "icons"
SIZE = 24  # Qt's toolbar icon size in its standard styles
SMALL = {"branch-": 12}  # the contents list's arrows (themes.focus_style)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - Qt's painting needs it
    for svg in sorted(ICONS.glob("*.svg")):
        renderer = QSvgRenderer(str(svg))
        size = next((px for prefix, px in SMALL.items() if svg.stem.startswith(prefix)), SIZE)
        for scale, suffix in ((1, ""), (2, "@2x")):
            image = QImage(size * scale, size * scale, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(0)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter, QRectF(0, 0, size * scale, size * scale))
            painter.end()
            target = svg.with_name(f"{svg.stem}{suffix}.png")
            image.save(str(target))
            print(target.relative_to(ICONS.parents[1]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
