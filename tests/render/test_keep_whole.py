""""CAR T-cells" is never split at a line's end on screen, and every text layer keeps
its real hyphen (issue 17, item 17).

On screen the hyphen of such a term is U+2011 and the space before it a no-break space,
in the page's text only; search, copying and screen readers read "-" (`as_text`, and
`fold` treats U+2011 as "-").
"""

from __future__ import annotations

import pytest

from edu_app.content.text import as_text, fold, keep_whole, keep_whole_spans
from edu_app.render import render_chapter
from edu_app.render.keep_whole import keep_terms_whole

NB = "\u2011"


@pytest.mark.parametrize(("text", "shown"), [
    ("Les CAR T-cells sont", f"Les CAR\u00a0T{NB}cells sont"),
    ("des CAR-T et", f"des CAR{NB}T et"),
    ("les lymphocytes T-CD19", f"les lymphocytes T{NB}CD19"),
    ("l'hôpital Saint-Louis", "l'hôpital Saint-Louis"),  # names break as words do
    ("bien-être", "bien-être"),
])
def test_terms_kept_whole_for_display_only(text, shown):
    assert keep_whole(text) == shown
    assert as_text(keep_whole(text)).replace("\u00a0", " ") == text
    assert fold(keep_whole(text)) == fold(text).replace("\u00a0", " ")


def test_spans_cover_the_acronym_before_the_term():
    text = "Le traitement par CAR T-cells se sert"
    (start, end), = keep_whole_spans(text)
    assert text[start:end] == "CAR T-cells"


def test_tags_are_left_alone_and_inline_tags_are_see_through():
    html = ('<p>Les CAR <a href="glossary:car-T-cells" title="CAR T-cells">T-cells</a></p>'
            '<h2>CAR</h2><p>T-cells</p>')
    done = keep_terms_whole(html)
    assert done == (f'<p>Les CAR\u00a0<a href="glossary:car-T-cells" title="CAR T-cells">'
                    f'T{NB}cells</a></p><h2>CAR</h2><p>T{NB}cells</p>')


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_screen_page_joins_the_term_in_title_and_body(book, lang):
    html = render_chapter(book, "car-t", lang).html
    body = html.split("<body", 1)[1]
    title = {"fr": f"Comment fonctionnent les CAR\u00a0T{NB}cells</h1>",
             "en": f"How CAR\u00a0T{NB}cell therapy works</h1>"}[lang]
    assert title in body  # the chapter's heading
    shown = [piece for piece in body.split("<") if "T-cells" in piece.split(">")[-1]]
    assert shown == []  # no visible "T-cells" with a breakable hyphen left
