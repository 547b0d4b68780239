"""Checks on the glossary against the chapters: terms never used.

The reader marks glossary words by matching each term's `forms` in the text. A term no
chapter uses is work that no one reads (often a form that does not match how the chapters
spell the word). Forms claimed by two terms are the loader's report (`glossary_loader`),
with the same form keys as the reader's.
"""

from __future__ import annotations

from edu_app.check.chapter_rules import LANG_NAMES, Findings
from edu_app.check.scan import find_links, mask_code, scheme_of
from edu_app.content.model import LANGS, Book
from edu_app.content.reading import present
from edu_app.render.glossary_ext import book_matcher


def used_terms(book: Book, lang: str) -> set[str]:
    """Ids of the terms a chapter in `lang` uses, by form or by a `glossary:` link.

    The forms are found by the reader's own matcher (`render.glossary_ext.book_matcher`),
    so a word the reader marks is never reported unused (code is left out, as on screen).
    """
    matcher = book_matcher(book, lang)
    used: set[str] = set()
    for by_lang in book.chapters.values():
        chapter = by_lang.get(lang)  # type: ignore[call-overload]
        if chapter is None or chapter.error:
            continue
        for link in find_links(chapter.body):
            if scheme_of(link.target) == "glossary":
                used.add(link.target.split(":", 1)[1])
        used.update(matcher.find_terms(mask_code(chapter.body)))
    return used


def check_unused(book: Book, out: Findings) -> None:
    """Terms no chapter uses: a warning when one language uses the term and the other does
    not (usually a form that does not match the text), an info when neither does (it may
    be kept for the A-Z glossary). No glossary at all is worth a warning: the loader
    accepts a book without one, and a family then gets no word explained."""
    path = book.root / "glossary.toml"
    if not present(path):
        out.add(path, 0, "warning", "no-glossary", "There is no glossary.toml: no word of "
                "the chapters is explained and the A-Z glossary is empty.")
    langs = [lang for lang in LANGS if any(lang in c for c in book.chapters.values())]
    used = {lang: used_terms(book, lang) for lang in langs}
    for term in book.glossary.values():
        unused = [lang for lang in langs if lang in term.text and term.id not in used[lang]]
        if not unused:
            continue
        if len(unused) == len(langs) and len(langs) > 1:
            out.add(path, term.line, "info", "unused-term",
                    f"Term '{term.id}' is never used in any chapter.")
            continue
        for lang in unused:
            out.add(path, term.line, "warning", "unused-term",
                    f"Term '{term.id}' ({term.text[lang].term}) is never used in the "
                    f"{LANG_NAMES[lang]} chapters; check its forms.")
