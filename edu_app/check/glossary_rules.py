"""Checks on the glossary against the chapters: forms claimed twice, terms never used.

The reader marks glossary words by matching each term's `forms` in the text. A form listed
by two terms gives a family the wrong definition; a term no chapter uses is work that no
one reads (often a form that does not match how the chapters spell the word).
"""

from __future__ import annotations

import re

from edu_app.check.chapter_rules import LANG_NAMES, Findings
from edu_app.check.scan import find_links, mask_code, scheme_of
from edu_app.content.model import LANGS, Book


def check_forms(book: Book, out: Findings) -> None:
    """Each form (ignoring case) belongs to one term per language."""
    path = book.root / "glossary.toml"
    for lang in LANGS:
        owner: dict[str, str] = {}
        for term in book.glossary.values():
            text = term.text.get(lang)
            if text is None:
                continue
            for form in dict.fromkeys(f.casefold().strip() for f in text.forms):
                if not form:
                    out.add(path, term.line, "error", "glossary",
                            f"Term '{term.id}' ({lang}) has an empty form.")
                elif form in owner and owner[form] != term.id:
                    out.add(path, term.line, "error", "duplicate-form",
                            f"Form '{form}' ({lang}) of term '{term.id}' is already a form of "
                            f"'{owner[form]}'; a form belongs to one term only.")
                else:
                    owner.setdefault(form, term.id)


def _form_pattern(forms: list[str]) -> re.Pattern[str] | None:
    """One regex for all forms, longest first, as whole words ignoring case."""
    forms = sorted({f.strip() for f in forms if f.strip()}, key=len, reverse=True)
    if not forms:
        return None
    body = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.I)


def used_terms(book: Book, lang: str) -> set[str]:
    """Ids of the terms a chapter in `lang` uses, by form or by a `glossary:` link."""
    by_form: dict[str, str] = {}
    for term in book.glossary.values():
        text = term.text.get(lang)
        if text:
            for form in text.forms:
                by_form.setdefault(" ".join(form.casefold().split()), term.id)
    pattern = _form_pattern(list(by_form))
    used: set[str] = set()
    for by_lang in book.chapters.values():
        chapter = by_lang.get(lang)  # type: ignore[call-overload]
        if chapter is None or chapter.error:
            continue
        for link in find_links(chapter.body):
            if scheme_of(link.target) == "glossary":
                used.add(link.target.split(":", 1)[1])
        if pattern is not None:
            for m in pattern.finditer(mask_code(chapter.body)):
                used.add(by_form.get(" ".join(m.group(0).casefold().split()), ""))
    return used


def check_unused(book: Book, out: Findings) -> None:
    """Terms no chapter uses: a warning when one language uses the term and the other does
    not (usually a form that does not match the text), an info when neither does (it may
    be kept for the A-Z glossary)."""
    path = book.root / "glossary.toml"
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
