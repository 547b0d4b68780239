"""The shipped guide printed whole: no blank page, no page less than a third full.

A property of the pages, not of the wording: read back with pypdf from the command
line's PDF, in large print on Letter with a clinic in the header (where a chapter ending
at the foot of a page once left a blank page before the next one).
"""

from __future__ import annotations

import io

from edu_app.content import default_content_dir
from edu_app.handout import cli

from ..handout.conftest import squash
from ..handout.pdfmeasure import text_runs


def test_the_whole_guide_wastes_no_page(qapp, tmp_path):
    path = tmp_path / "guide.pdf"
    argv = ["--content-dir", str(default_content_dir()), "--all", "--glossary",
            "--questions", "--lang", "en", "--paper", "letter", "--large-print",
            "--clinic-name", "Clinique des Lilas", "--clinic-phone", "01 23 45 67 89",
            "--clinic-note", "", "--out", str(path)]
    assert cli.main(argv, stdout=io.StringIO(), stderr=io.StringIO()) == 0
    pages = text_runs(path)
    header = max(r.y for r in pages[0][:2])
    footer = min(r.y - r.size for r in pages[0] if r.y > 0.9 * max(p.y for p in pages[0]))
    bodies = [[r for r in runs if header + 1 < r.y < footer] for runs in pages]
    assert all(bodies), [n for n, body in enumerate(bodies, 1) if not body]  # none blank
    top = min(min(r.y - r.size for r in body) for body in bodies)
    for number, body in enumerate(bodies[1:], start=2):
        if squash("".join(r.text for r in body)).startswith("Myquestions"):
            continue  # lines to write on, not text
        fill = (max(r.y for r in body) - top) / (footer - top)
        assert fill >= 0.3, (number, round(fill, 2))
