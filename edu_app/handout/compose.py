"""Chosen chapters -> one handout page of HTML, in plain Python (no Qt).

The chapters come from the same renderer as the screen; this module only assembles
them for paper with a print template of its own: a cover with the clinic's details and
the contents, each chapter on a new page, the glossary of the words used, a page to
write questions on, and the sources of the chosen chapters, numbered once for the
whole handout. Links mean nothing on paper, so they become plain text.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from jinja2 import Environment, PackageLoader, select_autoescape

from ..content.model import PAPERS, Book, Lang, Source, other_lang
from ..content.text import slugify, sort_key
from ..render import PageStyle, markdown_to_html
from ..render.clinic_page import clinic_body
from ..render.glossary_ext import GlossaryExtension
from ..render.pages import style_sheet
from ..render.source_text import format_source_date, source_authors, source_details
from .glossary import NoPictures
from .strings import print_date, t

LARGE_PRINT_SCALE = 1.25  # body text 13 pt -> 16.25 pt

PRINT_CSS = """
body { color: #000000; background-color: #ffffff; }
span.link { color: #000000; }
span.cite { font-size: 9pt; }
span.care-team { font-style: italic; }
h1.cover-title { font-size: 25pt; margin-top: 12px; margin-bottom: 6px; }
p.cover-subtitle { font-size: 16pt; color: #222222; margin-bottom: 18px; line-height: 120%; }
table.clinic { border-width: 2px; border-style: solid; border-color: #000000;
               margin-top: 4px; margin-bottom: 14px; }
table.contents td { line-height: 120%; }
p.clinic-intro { margin-bottom: 4px; }
p.clinic-name { font-size: 16pt; font-weight: bold; margin-bottom: 4px; }
p.clinic-phone { font-size: 16pt; margin-bottom: 4px; }
h2.contents-title { margin-top: 12px; }
td.contents-page { color: #222222; }
p.note { color: #222222; margin-top: 14px; }
p.term { margin-bottom: 10px; }
span.other-word { font-style: italic; color: #222222; }
p.call-us { font-weight: bold; margin-top: 18px; }
ol.handout-sources li { margin-bottom: 8px; }
span.caption { color: #222222; }
p.figure { line-height: 100%; }
table.centres { margin-top: 0px; margin-bottom: 0px; }
"""

# What is smaller than the body on a normal handout (the sources, the note on the cover,
# the care-team marks) is at the body's size (13 pt, x 1.25) in large print: large print
# is everywhere; only the citation numbers stay smaller than the text they follow.
# Each size is declared once (Qt's HTML import lets an earlier size win inside a list).
SMALL_SIZES = {"ol.handout-sources li": 11.0, "p.note": 11.0, "span.care-team": 10.0,
               "p.care-team-note": 11.0}


def print_sizes(large_print: bool, sizes: dict[str, float] = SMALL_SIZES) -> str:
    """The style rules for the small print: their sizes, or the body's in large print."""
    return "".join(f"{selector} {{ font-size: {13.0 if large_print else size}pt; }}\n"
                   for selector, size in sizes.items())

_CITE = re.compile(r'<a\b[^>]*href="sources:#([^"]+)"[^>]*>\[[^\]<]*\]</a>')
_ROWS_TABLE = re.compile(r'(<table\b[^>]*class="centres"[^>]*>)(.*?)</table>', re.S)
_LINK = re.compile(r'<a\b([^>]*?)\shref="[^"]*"([^>]*)>(.*?)</a>', re.S)


class UnknownChapterError(ValueError):
    """Chapter ids that are not in the book; `known` lists the ones that are."""

    def __init__(self, unknown: list[str], known: list[str]) -> None:
        super().__init__(", ".join(unknown))
        self.unknown = unknown
        self.known = known


def contents_mark(lang: str) -> str:
    """Stands for a page number in the contents until pages are known; as wide as any."""
    return "\u2060" + t(lang, "page_short", page="000") + "\u2060"


def default_paper(lang: str) -> str:
    """A4 for a French handout, Letter for an English one, unless someone chose."""
    return "a4" if lang == "fr" else "letter"


@dataclass(frozen=True)
class HandoutOptions:
    """Everything a nurse chooses in the composer or staff pass on the command line."""

    chapters: tuple[str, ...]
    lang: Lang = "fr"
    glossary: bool = False
    questions: bool = False
    large_print: bool = False
    pictures: bool = True
    paper: str = ""  # "a4" | "letter"; empty: the default for the language
    clinic_name: str = ""
    clinic_phone: str = ""
    clinic_note: str = ""
    clinic_page: bool = True  # the clinic layer's page (numbers, note, places), when there is one
    printed: dt.date | None = None  # today when not given

    @property
    def paper_size(self) -> str:
        return self.paper if self.paper in PAPERS else default_paper(self.lang)

    @property
    def scale(self) -> float:
        return LARGE_PRINT_SCALE if self.large_print else 1.0

    @property
    def print_date(self) -> dt.date:
        return self.printed or dt.date.today()


@dataclass(frozen=True)
class HandoutChapter:
    id: str
    title: str
    lang: str
    fallback: bool
    body: str


@dataclass(frozen=True)
class GlossaryEntry:
    id: str
    term: str
    definition: str
    other_word: str


@dataclass
class ComposedHandout:
    """The handout's HTML and what it holds, for the printer, the tests and the messages."""

    html: str
    options: HandoutOptions
    title: str
    chapters: list[HandoutChapter]
    terms: list[str]
    sources: list[str]
    reviewed: dt.date | None
    contents: list[tuple[str, str]]  # (anchor key, title), in page order
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (chapter id, reason)


@lru_cache(maxsize=1)
def _env() -> Environment:
    env = Environment(loader=PackageLoader("edu_app.handout", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals["t"] = t
    env.filters["date"] = print_date
    return env


def chapter_order(book: Book, ids: list[str] | tuple[str, ...]) -> list[str]:
    """The chosen ids in reading order, once each; unknown ids raise UnknownChapterError."""
    wanted = list(dict.fromkeys(i.strip() for i in ids if i.strip()))
    unknown = [i for i in wanted if i not in book.chapters]
    if unknown:
        raise UnknownChapterError(unknown, list(book.order))
    ordered = [i for i in book.order if i in wanted]
    return ordered + [i for i in wanted if i not in ordered]


def _care_team_mark(match: re.Match[str]) -> str:
    """A safety sentence's "[ask your care team]" kept on paper, in words; other unknown
    citations are dropped."""
    if 'class="care-team"' not in match.group(0):
        return ""
    words = re.search(r">(\[[^\]<]*\])</a>", match.group(0))
    return f'<span class="care-team">{words.group(1) if words else ""}</span>'


def _for_paper(body: str, numbers: dict[str, int]) -> str:
    """Chapter HTML made for paper: global source numbers, links as text.

    The list of centres becomes one small table per centre, so that no centre is split
    over two pages (Qt cannot keep a table row whole).
    """
    # Raised on paper, as before the screen's marks came down onto the line: the pages
    # are laid out for it (the essentials fit one page).
    body = _CITE.sub(lambda m: f'<sup><span class="cite">[{numbers[m.group(1)]}]</span></sup>'
                     if m.group(1) in numbers else _care_team_mark(m), body)
    body = _ROWS_TABLE.sub(lambda m: m.group(1) + m.group(2).replace(
        "</tr><tr>", "</tr></table>" + m.group(1) + "<tr>") + "</table>", body)
    return _LINK.sub(r'<span class="link">\3</span>', body)


def _glossary(book: Book, term_ids: list[str], lang: str) -> list[GlossaryEntry]:
    entries = []
    for tid in term_ids:
        term = book.glossary[tid]
        here, there = term.text.get(lang), term.text.get(other_lang(lang))  # type: ignore[arg-type]
        if here is None:
            continue
        entries.append(GlossaryEntry(tid, here.term, here.definition or here.short,
                                     there.term if there else ""))
    return entries


def _describe(source: Source, lang: str) -> dict[str, str]:
    return {
        "title": source.title,
        "translated": source.translated_title,
        "translated_label": t(lang, "translation_" + ("en" if source.language == "fr" else "fr")),
        "authors": source_authors(source, lang),
        "venue": source.venue_in(lang), "date": format_source_date(source.date, lang),
        "details": source_details(source, lang),
        "kind": t(lang, "kind_" + source.kind),
        "language": t(lang, "source_language_" + source.language),
    }


def compose_handout(book: Book, options: HandoutOptions) -> ComposedHandout:
    """Assemble the handout. Chapters that could not be read are left out and listed."""
    lang = options.lang
    chosen = chapter_order(book, options.chapters)
    rendered: list[tuple[str, object, bool, str, list[str]]] = []
    skipped: list[tuple[str, str]] = []
    used: list[str] = []  # glossary terms, as the reader's glossary marking finds them
    for cid in chosen:
        chapter, fallback = book.chapter(cid, lang)
        if chapter is None or chapter.error:
            skipped.append((cid, chapter.error if chapter else "missing"))
            continue
        found: list[str] = []
        marker = GlossaryExtension(book, chapter.lang, link=False, found=found)
        extensions = (marker,) if options.pictures else (NoPictures(), marker)
        body, cited, _dropped = markdown_to_html(book, chapter.body, chapter.lang, extensions,
                                                 theme="print")
        rendered.append((cid, chapter, fallback, body, cited))
        used.extend(found)

    sources = list(dict.fromkeys(s for *_, cited in rendered for s in cited
                                 if s in book.sources and not book.sources[s].is_care_team))
    care_team = any(s in book.care_team_ids for *_, cited in rendered for s in cited)
    numbers = {sid: i + 1 for i, sid in enumerate(sources)}
    chapters = [HandoutChapter(cid, ch.title, ch.lang, fallback,  # type: ignore[attr-defined]
                               _for_paper(body, numbers))
                for cid, ch, fallback, body, _ in rendered]
    term_ids = sorted((tid for tid in set(used) if lang in book.glossary[tid].text),
                      key=lambda tid: sort_key(book.glossary[tid].text[lang].term)) \
        if options.glossary else []
    glossary = _glossary(book, term_ids, lang)
    reviewed_dates = [ch.reviewed for _, ch, *_ in rendered if ch.reviewed]  # type: ignore
    reviewed = min(reviewed_dates) if reviewed_dates else book.reviewed

    clinic = book.clinic
    clinic_page = _for_paper(clinic_body(book, lang, "print", for_print=True), numbers) \
        if clinic is not None and options.clinic_page else ""
    clinic_phones = [(p.label.get(lang, ""), p.number) for p in clinic.phones] \
        if clinic is not None and not options.clinic_phone else []
    if clinic is not None:  # what the nurse left empty comes from the clinic's own file
        options = dataclasses.replace(
            options, clinic_name=options.clinic_name or clinic.name_in(lang),
            clinic_phone=options.clinic_phone or (
                clinic.first_phone.number if clinic.first_phone else ""))
    contents = [("clinic", t(lang, "your_clinic"))] if clinic_page else []
    contents += [(f"ch-{c.id}", c.title) for c in chapters]
    if glossary:
        contents.append(("glossary", t(lang, "glossary")))
    if options.questions:
        contents.append(("questions", t(lang, "my_questions")))
    if sources:
        contents.append(("sources", t(lang, "sources")))

    css = style_sheet(book.assets, PageStyle(
        scale=options.scale,
        theme_css=PRINT_CSS + print_sizes(options.large_print)))
    html = _env().get_template("handout.html").render(
        lang=lang, css=css, book=book, options=options,
        title=book.title.get(lang) or book.title.get(other_lang(lang), ""),
        subtitle=book.subtitle.get(lang, ""),
        chapters=chapters, glossary=glossary,
        sources=[(numbers[s], _describe(book.sources[s], lang)) for s in sources],
        care_team=care_team,
        contents=[(key, title, contents_mark(lang)) for key, title in contents],
        clinic_page=clinic_page,
        clinic_phones=clinic_phones,
        question_lines=13 if options.large_print else 16,
        line_space=round(26 * options.scale),
        reviewed=reviewed)
    return ComposedHandout(html, options, book.title.get(lang, ""), chapters, term_ids,
                           sources, reviewed, contents, skipped)


def suggested_file_name(book: Book, options: HandoutOptions) -> str:
    """"car-t-cells-and-immunotherapy-en-2026-11-23.pdf": title, language and date."""
    title = book.title.get(options.lang) or t(options.lang, "pdf_name")
    slug = slugify(title).strip("-_") or "handout"
    return f"{slug[:60].rstrip('-')}-{options.lang}-{options.print_date.isoformat()}.pdf"
