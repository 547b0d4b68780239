"""The children's chapter and the essentials as their own entries: home page, contents,
the essentials page on screen, and Print… from it (issue 14)."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QUrl

from edu_app.content import load_book
from edu_app.render import home_html

from ..conftest import GUIDE

KIDS = {"en": ("Just for you", "Your body has guard cells."),
        "fr": ("Rien que pour toi", "Ton corps a des cellules gardiennes.")}


def _book_with_a_childrens_chapter(tmp_path):
    root = tmp_path / "book"
    shutil.copytree(GUIDE.parent, root)
    content = root / "content"
    for lang, (title, text) in KIDS.items():
        (content / lang / "10-kids.md").write_text(
            f'+++\nid = "kids"\ntitle = "{title}"\nsummary = "{text}"\n'
            f'audience = "children"\nreviewed = 2026-01-01\n+++\n{text}\n\n'
            f'!!! keypoints "Key points"\n    - {text}\n', encoding="utf-8")
    toml = content / "book.toml"
    text = toml.read_text(encoding="utf-8")
    toml.write_text(text.replace('chapters = [', 'chapters = ["kids", ', 1), encoding="utf-8")
    return load_book(content)


def test_home_page_has_the_essentials_first_and_the_children_apart(tmp_path):
    book = _book_with_a_childrens_chapter(tmp_path)
    assert book.order[0] == "kids"  # even listed first, it is not a numbered chapter
    html = home_html(book, "en")
    numbered = html.split('<ol class="toc">')[1].split("</ol>")[0]
    assert "chapter:kids" not in numbered and "chapter:car-t" in numbered
    after = html.split("</ol>")[1]
    assert "For children" in after and 'href="chapter:kids"' in after
    assert html.index('href="essentials:"') < html.index('<ol class="toc">')
    assert "Test essentials" in html
    assert "Pour les enfants" in home_html(book, "fr")


def test_contents_list_the_childrens_chapter_unnumbered_after_the_others(
        make_window, tmp_path):
    window = make_window(_book_with_a_childrens_chapter(tmp_path))
    labels = [window.toc.topLevelItem(i).text(0) for i in range(window.toc.topLevelItemCount())]
    chapters = [label for label in labels if label[:1].isdigit()]
    assert chapters[0].startswith("1. ") and len(chapters) == len(window.reader.book.order) - 1
    assert "Just for you" in labels
    assert labels.index("Just for you") > labels.index(chapters[-1])


def test_the_essentials_page_and_print_from_it(window, qtbot):
    window.open_url(QUrl("essentials:"))
    qtbot.waitUntil(lambda: "Test essentials" in window.view.toPlainText())
    assert "Ctrl+P" in window.view.toPlainText()
    assert "Question alpha for the team?" in window.view.toPlainText()
    assert window.reviewed_label.text() == "Reviewed on 2 October 2026"  # its own date
    window.features["printing"].action.trigger()
    dialog = window.features["printing"].dialog
    qtbot.waitUntil(lambda: dialog.document is not None)
    assert dialog.essentials_mode and dialog.document.page_count == 1
    dialog.close()
