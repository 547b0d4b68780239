""""The essentials on one page": the book's summary laid out for one printed page (no Qt).

Many parents under stress read one page, not nine chapters. The page's words live in the
book (`en/essentials.md`, `fr/essentials.md`), written, cited and checked like a chapter,
so content staff edit them where they edit the rest. This module only lays them out: the
opening three sentences across the page, the steps and 2018 beside the figures and what
is not known (one column each in large print, which may take two pages), the five
questions with boxes to tick, the clinic's details when set, and the sources in small
print at the foot, numbered as in the text. The "reviewed on" date is in the page footer
(`pdf.py`), as on every handout.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..content.model import Book, other_lang
from ..render import PageStyle, markdown_to_html
from ..render.pages import style_sheet
from .compose import (
    PRINT_CSS,
    ComposedHandout,
    HandoutOptions,
    _describe,
    _env,
    _for_paper,
    print_sizes,
)
from .glossary import NoPictures

ESSENTIALS_CSS = PRINT_CSS + """
h1.essentials-title { font-size: 18pt; margin-top: 0px; margin-bottom: 4px; }
p.lead { font-size: 13pt; margin-top: 0px; margin-bottom: 4px; }
h2 { font-size: 13.5pt; margin-top: 8px; margin-bottom: 3px; }
p, li { margin-top: 0px; margin-bottom: 3px; line-height: 112%; }
ol, ul { margin-top: 0px; margin-bottom: 2px; }
td.column { padding-right: 10px; }
td.tick { border-width: 1.5px; border-style: solid; border-color: #000000; }
p.question { margin-bottom: 0px; }
table.clinic { margin-top: 6px; margin-bottom: 4px; }
p.clinic-line { font-size: 13pt; margin-bottom: 0px; }
p.essentials-sources { font-size: 10pt; color: #222222; margin-top: 6px; margin-bottom: 0px; }
span.cite { font-size: 9pt; }
"""
# The sources at the foot stay in small print (12.5 pt in large print, where the rest
# is at the body's size): the large-print summary must still fit on two pages.
# The text is smaller than a chapter's (13 pt) so the page holds it all; large print
# uses the handouts' large size (16 pt), on two pages.
NORMAL_SCALE = 0.8
_H2 = re.compile(r'<h2 id="([^"]+)"[^>]*>(.*?)</h2>', re.S)
_ITEM = re.compile(r"<li>(.*?)</li>", re.S)


class NoEssentialsError(ValueError):
    """The book has no essentials in either language (`en/essentials.md` is missing)."""


def split_sections(html: str) -> tuple[str, dict[str, tuple[str, str]]]:
    """The HTML before the first `<h2>`, and each section's (title, HTML) by its id."""
    parts = _H2.split(html)
    sections = {parts[i]: (parts[i + 1], parts[i + 2]) for i in range(1, len(parts) - 2, 3)}
    return parts[0], sections


def questions(section_html: str) -> list[str]:
    """The list items of the questions section: one tick box each."""
    return [item.strip() for item in _ITEM.findall(section_html)]


def compose_essentials(book: Book, options: HandoutOptions) -> ComposedHandout:
    """The one-page summary in `options.lang` (the other language if it is missing)."""
    lang = options.lang
    chapter = book.essentials.get(lang) or book.essentials.get(other_lang(lang))
    if chapter is None or chapter.error:
        raise NoEssentialsError(lang)
    clinic = book.clinic
    if clinic is not None:  # what the nurse left empty comes from the clinic's own file
        options = replace(
            options, clinic_name=options.clinic_name or clinic.name_in(lang),
            clinic_phone=options.clinic_phone or (
                clinic.first_phone.number if clinic.first_phone else ""))
    body, cited, _dropped = markdown_to_html(book, chapter.body, chapter.lang, (NoPictures(),))
    sources = list(dict.fromkeys(s for s in cited
                                 if s in book.sources and not book.sources[s].is_care_team))
    numbers = {sid: i + 1 for i, sid in enumerate(sources)}
    lead, sections = split_sections(_for_paper(body, numbers))
    scale = options.scale if options.large_print else NORMAL_SCALE
    css = style_sheet(book.assets, PageStyle(
        scale=scale, theme_css=ESSENTIALS_CSS + print_sizes(options.large_print)))
    title = chapter.title
    html = _env().get_template("essentials.html").render(
        lang=lang, text_lang=chapter.lang, css=css, options=options, title=title,
        lead=lead.replace("<p>", '<p class="lead">'), sections=sections,
        left=[s for s in ("steps", "who-2018") if s in sections],
        right=[s for s in ("figures", "not-known") if s in sections],
        questions=questions(sections.get("questions", ("", ""))[1]),
        questions_title=sections.get("questions", ("", ""))[0],
        columns=not options.large_print,
        sources=[(numbers[s], _describe(book.sources[s], lang)) for s in sources])
    reviewed = chapter.reviewed or book.reviewed
    return ComposedHandout(html, replace(options, chapters=()), title, [], [], sources,
                           reviewed, [], [])
