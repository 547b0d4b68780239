"""Rendering: citations, section ids, pictures, the fallback banner and sanitising."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from edu_app.content import load_book
from edu_app.content.text import keep_whole
from edu_app.render import PageStyle, home_html, markdown_to_html, render_chapter, sources_html
from edu_app.render.pages import style_sheet
from edu_app.render.sanitize import sanitize

from ..content.test_loader import CHAPTER, write_book


@pytest.fixture
def small_book(tmp_path):
    return load_book(write_book(tmp_path / "b"))


def test_citations_are_numbered_links_and_listed_in_the_footer(book):
    rendered = render_chapter(book, "car-t", "en")
    html = rendered.html
    links = re.findall(r'<a class="cite" href="sources:#([\w-]+)"[^>]*>\[(\d+)\]</a>', html)
    assert links, "citations must become numbered links"
    assert "<sup>" not in html  # on the line: Qt draws a superscript at two thirds of its size
    numbers = {sid: n for sid, n in links}
    assert sorted(set(numbers.values()), key=int) == [str(i + 1) for i in range(len(numbers))]
    documents = [sid for sid in rendered.cited if not book.sources[sid].is_care_team]
    assert documents == list(dict.fromkeys(sid for sid, _ in links))
    footer = html[html.index("chapter-footer"):]
    for sid in documents:
        assert f'href="sources:#{sid}"' in footer
    assert "Reviewed on 23 November 2026" in footer
    assert "[@" not in html


def test_a_mark_is_glued_to_the_word_before_it_and_numbered_in_the_centres_list(book):
    """A mark started a line alone, and the centres list said "[Source]" where the text
    said "[1]": every mark is now held to the word before by a no-break space (or a word
    joiner), and the list's marks carry the page's numbers, listed in the footer."""
    for lang in ("en", "fr"):
        rendered = render_chapter(book, "centres", lang)
        html = rendered.html
        body = html[html.index('<div class="chapter"'):html.index("chapter-footer")]
        marks = re.findall(r'(.)<a class="cite" href="sources:#([\w-]+)"[^>]*>\[([^\]]*)\]</a>',
                           body)
        assert marks
        assert all(before in "\u00a0\u2060" for before, _sid, _n in marks), marks
        assert not re.search(r'\s<span>\u00a0<a class="cite"', body)  # no space before the glue
        table = body[body.index('class="centres"'):]
        numbers = {sid: n for _b, sid, n in marks}
        in_table = re.findall(r'href="sources:#([\w-]+)"[^>]*>\[([^\]]*)\]</a>', table)
        assert in_table and all(n == numbers[sid] and n.isdigit() for sid, n in in_table)
        documents = [sid for sid in rendered.cited if not book.sources[sid].is_care_team]
        assert documents == list(dict.fromkeys(sid for _b, sid, _n in marks))


def test_french_footer_and_language(book):
    html = render_chapter(book, "car-t", "fr").html
    assert '<html lang="fr">' in html
    assert "Relu le 23 novembre 2026" in html


def test_sections_have_ids_and_anchors_in_both_languages(book):
    for lang in ("en", "fr"):
        html = render_chapter(book, "car-t", lang).html
        for section in book.chapters["car-t"][lang].sections:
            if section.level == 2:
                assert f'<a name="{section.id}"></a>' in html


def test_boxes_become_tables_and_pictures_resolve_per_language(book):
    for lang in ("en", "fr"):
        html = render_chapter(book, "car-t", lang).html
        assert 'class="box keypoints"' in html
        src = re.search(r'<img[^>]*src="(file://[^"]+car-t-steps\.svg)"', html)
        assert src and f"/images/{lang}/" in src.group(1)
        assert 'class="caption"' in html


def test_missing_language_shows_the_other_with_a_banner(tmp_path):
    root = write_book(tmp_path / "b", {"en": {"01-one.md": CHAPTER.format(id="one", title="One")},
                                       "fr": {}})
    book = load_book(root)
    rendered = render_chapter(book, "one", "fr")
    assert rendered.fallback
    assert "pas encore écrit en français" in rendered.html
    assert "One" in rendered.html


def test_unreadable_chapter_shows_an_inline_notice(tmp_path):
    root = write_book(tmp_path / "b", {"en": {"01-one.md": b"\x00\x00binary"},
                                       "fr": {"01-one.md": CHAPTER.format(id="one", title="Un")}})
    html = render_chapter(load_book(root), "one", "en").html
    assert "could not be shown" in html


def test_unknown_chapter(small_book):
    assert "does not exist" in render_chapter(small_book, "nope", "en").html


HOSTILE = """Text <script>alert(1)</script> after.
<style>body{display:none}</style>
<iframe src="https://evil.example"></iframe><object data="x.swf"></object>
<p onclick="steal()" onmouseover="x()">Click</p>
<img src="https://evil.example/track.png" alt="tracker">
<img src="file:///etc/passwd" alt="secret">
<a href="javascript:alert(1)">js link</a>
<a href="chapter:two#first">inside</a>
"""


def test_raw_html_is_sanitised(tmp_path):
    body = CHAPTER.format(id="one", title="One") + "\n" + HOSTILE
    root = write_book(tmp_path / "b", {"en": {"01-one.md": body},
                                       "fr": {"01-one.md": CHAPTER.format(id="one", title="Un")}})
    rendered = render_chapter(load_book(root), "one", "en")
    html = rendered.html.lower()
    for bad in ("<script", "alert(1)", "<iframe", "<object", "onclick", "onmouseover",
                "evil.example", "/etc/passwd", "javascript:", "display:none"):
        assert bad not in html, bad
    assert "Click" in rendered.html and "inside" in rendered.html
    assert 'href="chapter:two#first"' in rendered.html
    assert "[tracker]" in rendered.html  # the picture's words are kept
    assert rendered.dropped


def test_sanitize_keeps_safe_markup():
    html, dropped = sanitize('<p class="x"><b>bold</b> <a href="#s">s</a> &amp; 3 &lt; 4</p>')
    assert html == '<p class="x"><b>bold</b> <a href="#s">s</a> &amp; 3 &lt; 4</p>'
    assert dropped == []


def test_pictures_outside_the_assets_are_refused(tmp_path, small_book):
    outside = tmp_path / "secret.svg"
    outside.write_text("<svg/>")
    html, dropped = sanitize(f'<img src="{outside.as_uri()}" alt="x">', (tmp_path / "assets",))
    assert "img" not in html and dropped


def test_home_and_sources_pages(book):
    home = home_html(book, "fr")
    for cid in book.order:
        assert f'href="chapter:{cid}"' in home
        assert keep_whole(book.chapters[cid]["fr"].summary).replace("'", "&#39;") in home
    sources = sources_html(book, "en")
    for sid in book.sources:
        assert f'<a name="{sid}"></a>' in sources


def test_zoom_scales_point_sizes(book):
    normal = style_sheet(book.assets, PageStyle())
    double = style_sheet(book.assets, PageStyle(scale=2.0))
    size = float(re.search(r"body \{ font-size: ([\d.]+)pt", normal).group(1))
    assert f"font-size: {size * 2:.1f}pt" in double


def test_installed_assets_folder_exists():
    from edu_app.content import default_assets_dir

    assert (default_assets_dir() / "style.css").is_file()
    assert Path(default_assets_dir() / "images").is_dir()


def test_source_notes_follow_the_reader_language(book):
    assert "Entretien publié en ligne" in sources_html(book, "fr")
    assert "Interview published online" in sources_html(book, "en")
    assert "Interview published online" not in sources_html(book, "fr")


def test_a_paragraph_of_unclosed_brackets_is_shown_as_text(small_book):
    from edu_app.render import markdown_to_html
    from edu_app.render.pages import MAX_BRACKETS_PER_BLOCK, defuse_brackets

    hostile = "[a](" * 5000
    body = f"Intro [link](chapter:two) [@src].\n\n{hostile}\n\nAfter."
    html, cited, dropped = markdown_to_html(small_book, body, "en")
    assert "[a](" in html and "After." in html
    assert 'href="chapter:two"' in html and cited == ["src"]  # other paragraphs untouched
    assert any("plain text" in d for d in dropped)
    ordinary = "[x](chapter:two) " * (MAX_BRACKETS_PER_BLOCK // 2)
    assert defuse_brackets(ordinary) == (ordinary, 0)


EVERY_INLINE = """Text with `code`, an escaped \\*star\\*, a [link](chapter:two), a [ref][r],
a [short] one, ![a picture](missing.png), ![ref pic][r], <https://example.org>,
<someone@example.org>, a break{two_spaces}
here, <b>bold</b>, &amp; an entity, **strong** and *em* and _em_ [@src].

[r]: chapter:two
[short]: chapter:two
""".format(two_spaces="  ")


@pytest.mark.parametrize("text", ["Plain words only.", "Only *emphasis* and [@src].",
                                  "A [link](chapter:two) and &amp;.", EVERY_INLINE])
def test_leaving_out_inline_patterns_changes_nothing(small_book, monkeypatch, text):
    from edu_app.render import pages

    pruned = markdown_to_html(small_book, text, "en")
    monkeypatch.setattr(pages, "INLINE_NEEDS", {})
    assert markdown_to_html(small_book, text, "en") == pruned


def test_shipped_chapters_render_the_same_with_every_inline_pattern(book, monkeypatch):
    from edu_app.render import pages

    pruned = {(c, lang): render_chapter(book, c, lang).html
              for c in book.order for lang in ("en", "fr")}
    monkeypatch.setattr(pages, "INLINE_NEEDS", {})
    for (cid, lang), html in pruned.items():
        assert render_chapter(book, cid, lang).html == html, (cid, lang)


def test_markdown_tables_get_borders_but_boxes_keep_theirs(small_book):
    body = ("| Known | Not known |\n|---|---|\n| A fact. | A question. |\n\n"
            '!!! keypoints "Key points"\n    - One point.\n')
    html, _, _ = markdown_to_html(small_book, body, "en")
    table = re.search(r"<table[^>]*>", html).group(0)
    assert 'class="facts"' in table and 'border="1"' in table and 'cellpadding="8"' in table
    assert "<th>Known</th>" in html and "<td>A question.</td>" in html
    assert re.search(r'<table border="0"[^>]*class="box keypoints"', html)
