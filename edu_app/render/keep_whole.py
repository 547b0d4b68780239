"""Screen pages: terms such as "CAR T-cells" never broken at the end of a line.

"CAR T-" at a line's end and "cells" on the next read as two words, and a PDF reader's
text joins them as "CAR Tcells". On screen the hyphen of such a term becomes U+2011, a
hyphen no line breaks after, and the space before it a no-break space
(`content.text.keep_whole`), in the page's text only, never inside its tags (links,
anchors). The screen's text layers turn U+2011 back into "-" (`content.text.as_text`);
print does not use this at all (the handout keeps its real hyphen and moves the whole
term to the next line instead: `handout/keep_whole.py`).
"""

from __future__ import annotations

import re

from ..content.text import KEEP_WHOLE, keep_whole

_TAG = re.compile(r"(<[^>]*>)")
_INLINE = re.compile(r"</?(?:a|b|i|em|strong|span|sup|sub|u|small|big)\b", re.IGNORECASE)


def keep_terms_whole(html: str) -> str:
    """`html` with each `KEEP_WHOLE` term of its text joined (tags left as they are).

    Inline tags (a glossary link around "T-cells") are see-through: "CAR <a>T-cells</a>"
    is one term. Any other tag ends a run of text."""
    if not KEEP_WHOLE.search(html):
        return html
    pieces = _TAG.split(html)  # text, tag, text, tag, ..., text
    run: list[int] = []  # indexes of the text pieces of the current inline run

    def flush() -> None:
        if not run:
            return
        texts = [pieces[i] for i in run]
        joined = "".join(texts)
        if KEEP_WHOLE.search(joined):
            done = keep_whole(joined)  # one character for one: cut back at the same places
            at = 0
            for i, text in zip(run, texts, strict=True):
                pieces[i] = done[at:at + len(text)]
                at += len(text)
        run.clear()

    for i, piece in enumerate(pieces):
        if i % 2 == 0:
            run.append(i)
        elif not _INLINE.match(piece):
            flush()
    flush()
    return "".join(pieces)
