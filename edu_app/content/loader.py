"""Read a book folder into a `Book`, collecting every problem instead of raising.

A clinic edits this content by hand; a typo in one file must cost that file only,
never the whole guide. So each reader below returns what it could and appends
`Problem`s with the file and line an author needs to fix it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import tomllib

from .model import (
    LANGS,
    Book,
    Centre,
    Chapter,
    Lang,
    Problem,
    Section,
    Source,
    Term,
    TermText,
)

ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
HEADING_RE = re.compile(r"^(#{2,3})\s+(.*?)\s*(?:\{[^}]*#([A-Za-z0-9_-]+)[^}]*\})?\s*#*\s*$")
CITATION_RE = re.compile(r"\[@([^\]\s]+)\]")
MAX_CHAPTER_BYTES = 2_000_000
FENCE = "+++"


class _Collector:
    """Accumulates problems with paths relative to the book for readable messages."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.problems: list[Problem] = []

    def add(self, path: Path, line: int, message: str, severity: str = "error",
            code: str = "content") -> None:
        try:
            shown = str(path.relative_to(self.root))
        except ValueError:
            shown = str(path)
        self.problems.append(Problem(shown, line, message, severity, code))  # type: ignore[arg-type]


def _read_text(path: Path, out: _Collector) -> str | None:
    """UTF-8 text of `path` with a leading BOM dropped and CRLF folded, or None."""
    try:
        if path.is_symlink() and not path.resolve().is_relative_to(out.root.resolve()):
            out.add(path, 0, "This file is a link to a place outside the book; it is ignored.",
                    code="outside-book")
            return None
        if path.stat().st_size > MAX_CHAPTER_BYTES:
            out.add(path, 0, "This file is too large to be a chapter (over 2 MB); it is ignored.",
                    code="too-large")
            return None
        data = path.read_bytes()
    except OSError as exc:
        out.add(path, 0, f"This file cannot be read ({exc.strerror or exc}).", code="unreadable")
        return None
    if b"\x00" in data[:4096]:
        out.add(path, 0, "This file is not text (it looks binary); it is ignored.", code="binary")
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        out.add(path, line, "This file is not valid UTF-8 text; save it as UTF-8.",
                code="encoding")
        return None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _toml_line(exc: tomllib.TOMLDecodeError) -> int:
    match = re.search(r"line (\d+)", str(exc))
    return int(match.group(1)) if match else 0


def _parse_toml(text: str, path: Path, out: _Collector, first_line: int = 1) -> dict | None:
    import tomllib  # here: a cached start does not parse TOML at all

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = _toml_line(exc) or (text.count("\n") + 1 if "end of document" in str(exc) else 0)
        where = first_line + line - 1 if line else first_line
        msg = str(exc).split(" (at")[0]
        out.add(path, where, f"TOML syntax error: {msg}.", code="toml")
        return None


def _load_toml(path: Path, out: _Collector, required: bool = True) -> dict:
    if not path.exists():
        if required:
            out.add(path, 0, "This file is missing.", code="missing-file")
        return {}
    text = _read_text(path, out)
    if text is None:
        return {}
    return _parse_toml(text, path, out) or {}


TABLE_RE = re.compile(r"^\s*\[\s*([A-Za-z0-9_-]+)\s*[.\]]", re.M)


def table_lines(text: str) -> dict[str, int]:
    """Line where each top-level `[key]` is first declared, so problems point at it."""
    lines: dict[str, int] = {}
    line, last = 1, 0
    for match in TABLE_RE.finditer(text):
        line += text.count("\n", last, match.start())
        last = match.start()
        lines.setdefault(match.group(1), line)
    return lines


def _str(value: Any, default: str = "") -> str:
    return value if isinstance(value, str) else default


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """Split `+++` front matter from the body: (front matter or None, body, body's first line)."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != FENCE:
        return None, text, 1
    for i in range(1, len(lines)):
        if lines[i].strip() == FENCE:
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1:]), i + 2
    return None, text, 1


def find_sections(body: str, first_line: int) -> list[Section]:
    """The `##`/`###` headings outside code fences, with their explicit or derived ids."""
    sections: list[Section] = []
    in_fence = False
    for offset, line in enumerate(body.split("\n")):
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
            continue
        match = None if in_fence else HEADING_RE.match(line)
        if match:
            level, title, sid = len(match.group(1)), match.group(2), match.group(3)
            title = re.sub(r"\s*\{[^}]*\}\s*$", "", title)
            sections.append(Section(sid or slugify(title), title, level, first_line + offset))
    return sections


def slugify(text: str) -> str:
    """Python-Markdown's default slug, so a derived id matches what the renderer emits."""
    import unicodedata

    value = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    value = re.sub(r"[^\w\s-]", "", value).strip().lower()
    return re.sub(r"[-\s]+", "-", value)


def _key_line(fm_text: str, key: str) -> int:
    """File line of `key = ...` in a front matter (which starts on line 2), or line 2."""
    for offset, line in enumerate(fm_text.split("\n")):
        if re.match(rf"\s*{re.escape(key)}\s*=", line):
            return 2 + offset
    return 2


def _load_chapter(path: Path, lang: Lang, out: _Collector) -> Chapter | None:
    stem_id = re.sub(r"^\d+-", "", path.stem)
    text = _read_text(path, out)
    if text is None:
        return Chapter(stem_id, lang, stem_id, "", None, "", path, 1,
                       error="This chapter could not be read.")
    fm_text, body, body_line = split_front_matter(text)
    if fm_text is None:
        out.add(path, 1, "The chapter must start with front matter between two '+++' lines.",
                code="front-matter")
        return Chapter(stem_id, lang, stem_id, "", None, "", path, 1,
                       error="This chapter's heading information is missing.")
    meta = _parse_toml(fm_text, path, out, first_line=2)
    if meta is None:
        return Chapter(stem_id, lang, stem_id, "", None, "", path, 1,
                       error="This chapter's heading information could not be read.")
    cid = meta.get("id")
    if not isinstance(cid, str) or not ID_RE.match(cid):
        out.add(path, _key_line(fm_text, "id"),
                f"The chapter id {cid!r} must be lowercase letters, digits and hyphens.",
                code="bad-id")
        cid = stem_id if ID_RE.match(stem_id) else None
        if cid is None:
            return None
    title = meta.get("title")
    if not isinstance(title, str) or not title.strip():
        out.add(path, _key_line(fm_text, "title"), "The chapter has no title.",
                code="front-matter")
        title = cid
    for key in ("summary",):
        if key in meta and not isinstance(meta[key], str):
            out.add(path, _key_line(fm_text, key), f"'{key}' must be text in quotes.",
                    code="front-matter")
    reviewed = _date(meta.get("reviewed"))
    if "reviewed" in meta and reviewed is None:
        out.add(path, _key_line(fm_text, "reviewed"),
                "'reviewed' must be a date such as 2026-11-23.", code="front-matter")
    chapter = Chapter(cid, lang, title, _str(meta.get("summary")), reviewed, body, path,
                      body_line, find_sections(body, body_line))
    return chapter


def _load_chapters(root: Path, out: _Collector) -> dict[str, dict[str, Chapter]]:
    chapters: dict[str, dict[str, Chapter]] = {}
    for lang in LANGS:
        folder = root / lang
        if not folder.is_dir():
            out.add(folder, 0, f"The '{lang}' chapter folder is missing.", code="missing-file")
            continue
        for path in sorted(folder.glob("*.md")):
            chapter = _load_chapter(path, lang, out)
            if chapter is None:
                continue
            if lang in chapters.get(chapter.id, {}):
                other = chapters[chapter.id][lang].path.name
                out.add(path, 2, f"Chapter id '{chapter.id}' is already used by {other}.",
                        code="duplicate-id")
                continue
            chapters.setdefault(chapter.id, {})[lang] = chapter
    return chapters


def _load_sources(root: Path, out: _Collector) -> dict[str, Source]:
    path = root / "sources.toml"
    data = _load_toml(path, out)
    sources = {}
    for sid, table in data.items():
        if not isinstance(table, dict):
            out.add(path, 0, f"'{sid}' must be a table [{sid}].", code="toml-type")
            continue
        authors = table.get("authors", [])
        note = table.get("note", {})
        sources[sid] = Source(
            sid,
            tuple(a for a in authors if isinstance(a, str)) if isinstance(authors, list) else (),
            _str(table.get("title"), sid),
            _str(table.get("translated_title")),
            _str(table.get("venue")),
            str(table.get("date", "")),
            _str(table.get("language")),
            _str(table.get("kind")),
            tuple((k, v) for k, v in note.items() if isinstance(v, str))
            if isinstance(note, dict) else (),
        )
    return sources


def _load_glossary(root: Path, out: _Collector) -> dict[str, Term]:
    path = root / "glossary.toml"
    if not path.exists():
        return {}
    text = _read_text(path, out) or ""
    data = _parse_toml(text, path, out) or {}
    terms: dict[str, Term] = {}
    lines = table_lines(text)
    for tid, table in data.items():
        line = lines.get(tid, 0)
        if not isinstance(table, dict):
            out.add(path, line, f"'{tid}' must be a table.", code="toml-type")
            continue
        texts: dict[str, TermText] = {}
        for lang in LANGS:
            part = table.get(lang)
            if not isinstance(part, dict):
                out.add(path, line, f"Term '{tid}' has no '{lang}' part.", code="glossary")
                continue
            forms = part.get("forms", [])
            if not isinstance(forms, list) or not all(isinstance(f, str) for f in forms):
                out.add(path, line, f"Term '{tid}' ({lang}): 'forms' must be a list of text.",
                        code="toml-type")
                forms = []
            term = _str(part.get("term")).strip()
            if not term:
                out.add(path, line, f"Term '{tid}' ({lang}) has no 'term'.", code="glossary")
                continue
            short, definition = _str(part.get("short")).strip(), _str(part.get("definition"))
            if not short or not definition.strip():
                out.add(path, line, f"Term '{tid}' ({lang}) has an empty definition.",
                        code="glossary")
            texts[lang] = TermText(term, tuple(forms) or (term,), short, definition.strip())
        related = table.get("related", [])
        if not isinstance(related, list):
            out.add(path, line, f"Term '{tid}': 'related' must be a list.", code="toml-type")
            related = []
        if texts:
            terms[tid] = Term(tid, texts, tuple(r for r in related if isinstance(r, str)), line)
    for term in terms.values():
        for rid in term.related:
            if rid not in terms:
                out.add(path, term.line, f"Term '{term.id}' is related to unknown term '{rid}'.",
                        code="unknown-term")
    _check_forms(path, text, terms, out)
    return terms


ELISION_RE = re.compile(r"^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['\u2019]", re.I)


def form_key(form: str) -> str:
    """How the reader compares forms: NFC, lower case, one kind of apostrophe and hyphen,
    single spaces (the same key as edu_app/render/glossary_ext.py)."""
    import unicodedata

    text = unicodedata.normalize("NFC", form).lower()
    text = re.sub("[\u2019\u02bc]", "'", re.sub("[\u2010\u2011]", "-", text))
    return " ".join(text.split())


SUBTABLE_RE = re.compile(  # `[tid.lang]`, any other table, or `forms =`
    r"^[ \t]*\[[ \t]*([A-Za-z0-9_-]+)[ \t]*\.[ \t]*([a-z]+)[ \t]*\]"
    r"|^[ \t]*(\[)|^[ \t]*forms[ \t]*=", re.M)


def _forms_lines(text: str) -> dict[tuple[str, str], int]:
    """Line of `forms = ...` in each `[tid.lang]` table (or of the table's header when it
    has none), so an author lands on the list to fix."""
    lines: dict[tuple[str, str], int] = {}
    current: tuple[str, str] | None = None
    line, last = 1, 0
    for match in SUBTABLE_RE.finditer(text):
        line += text.count("\n", last, match.start())
        last = match.start()
        if match.group(1):
            current = (match.group(1), match.group(2))
            lines.setdefault(current, line)
        elif match.group(3):
            current = None
        elif current is not None:
            lines[current] = line
            current = None
    return lines


def _check_forms(path: Path, text: str, terms: dict[str, Term], out: _Collector) -> None:
    """Forms the reader cannot mark safely: claimed by two terms, empty, or with an edge
    that is not a letter or digit (it would be found inside longer words)."""
    form_lines = _forms_lines(text)
    for lang in LANGS:
        owner: dict[str, str] = {}
        for term in terms.values():
            part = term.text.get(lang)
            if part is None:
                continue
            line = form_lines.get((term.id, lang), term.line)
            for form in part.forms:
                key = form_key(form)
                if not key:
                    out.add(path, line, f"Term '{term.id}' ({lang}) has an empty form.",
                            code="glossary")
                    continue
                if key in owner and owner[key] != term.id:  # as the checker words it
                    out.add(path, term.line,
                            f"Form '{form.casefold().strip()}' ({lang}) of term '{term.id}' is "
                            f"already a form of '{owner[key]}'; a form belongs to one term only.",
                            code="duplicate-form")
                owner.setdefault(key, term.id)
                if not (key[0].isalnum() and key[-1].isalnum()):
                    out.add(path, line,
                            f"Form '{form}' ({lang}) of term '{term.id}' starts or ends with "
                            f"'{key[0] if not key[0].isalnum() else key[-1]}': it would be "
                            "found inside longer words. List whole words only.",
                            code="glossary-form")
                elif lang == "fr" and ELISION_RE.match(key):
                    out.add(path, line,
                            f"Form '{form}' (fr) of term '{term.id}' starts with an elision; "
                            "list the word alone (« l' » and « d' » are handled).",
                            severity="warning", code="glossary-form")


def _load_centres(root: Path, out: _Collector) -> dict[str, Centre]:
    path = root / "centres.toml"
    data = _load_toml(path, out, required=False)
    centres = {}
    for cid, table in data.items():
        if not isinstance(table, dict):
            out.add(path, 0, f"'{cid}' must be a table.", code="toml-type")
            continue
        lat, lon = table.get("lat"), table.get("lon")
        ok = isinstance(lat, int | float) and isinstance(lon, int | float)
        desc = table.get("description", {})
        centres[cid] = Centre(
            cid, _str(table.get("name"), cid), _str(table.get("city")), _str(table.get("address")),
            tuple(r for r in table.get("roles", []) if isinstance(r, str))
            if isinstance(table.get("roles"), list) else (),
            float(lat) if ok else None, float(lon) if ok else None,
            {k: v for k, v in desc.items() if isinstance(v, str)} if isinstance(desc, dict) else {},
            _str(table.get("source")),
        )
    return centres


def _check_citations(book: Book, out: _Collector) -> None:
    for by_lang in book.chapters.values():
        for chapter in by_lang.values():
            for offset, line in enumerate(chapter.body.split("\n")):
                for match in CITATION_RE.finditer(line):
                    if match.group(1) not in book.sources:
                        out.add(chapter.path, chapter.body_line + offset,
                                f"Unknown source '{match.group(1)}' (not in sources.toml).",
                                code="unknown-source")
    for centre in book.centres.values():
        if centre.source and centre.source not in book.sources:
            out.add(book.root / "centres.toml", 0,
                    f"Centre '{centre.id}' cites unknown source '{centre.source}'.",
                    code="unknown-source")


GLOSSARY_LINK_RE = re.compile(
    r"\]\(\s*<?glossary:([^\s)>]*)|^\s{0,3}\[[^\]\n]+\]:\s*<?glossary:([^\s>]*)")
CODE_SPAN_RE = re.compile(r"(`+).*?\1")


def _check_glossary_links(book: Book, out: _Collector) -> None:
    """`[word](glossary:id)` must name a term of glossary.toml (code is not a link)."""
    for by_lang in book.chapters.values():
        for chapter in by_lang.values():
            in_fence = False
            for offset, line in enumerate(chapter.body.split("\n")):
                if line.lstrip().startswith(("```", "~~~")):
                    in_fence = not in_fence
                if in_fence or "glossary:" not in line:
                    continue
                for match in GLOSSARY_LINK_RE.finditer(CODE_SPAN_RE.sub("", line)):
                    term_id = match.group(1) if match.group(1) is not None else match.group(2)
                    if term_id not in book.glossary:
                        out.add(chapter.path, chapter.body_line + offset,
                                f"Link to glossary term '{term_id}', which is not in "
                                "glossary.toml.", code="unknown-term")


def _check_order(book: Book, meta_order: list[str], out: _Collector) -> None:
    path = book.root / "book.toml"
    for cid in meta_order:
        if cid not in book.chapters:
            out.add(path, 0, f"Chapter '{cid}' is listed but has no file.", code="missing-chapter")
    for cid, by_lang in book.chapters.items():
        if cid not in meta_order:
            out.add(next(iter(by_lang.values())).path, 2,
                    f"Chapter '{cid}' is not listed in book.toml; it is shown last.",
                    severity="warning", code="unlisted-chapter")
        for lang in LANGS:
            if lang not in by_lang:
                other = next(iter(by_lang.values()))
                out.add(other.path, 0, f"Chapter '{cid}' has no '{lang}' version.",
                        code="missing-translation")


def load_book(path: Path | str) -> Book:
    """Load the book at `path` (the folder holding book.toml). Never raises on bad content."""
    root = Path(path)
    out = _Collector(root)
    if not root.is_dir():
        out.add(root, 0, "This folder does not exist.", code="no-book")
        meta: dict = {}
    else:
        meta = _load_toml(root / "book.toml", out)
    title = meta.get("title") if isinstance(meta.get("title"), dict) else {}
    subtitle = meta.get("subtitle") if isinstance(meta.get("subtitle"), dict) else {}
    raw_order = meta.get("chapters", [])
    order = [c for c in raw_order if isinstance(c, str)] if isinstance(raw_order, list) else []
    loaders: list[Callable[[Path, _Collector], Any]] = [
        _load_chapters, _load_sources, _load_glossary, _load_centres]
    chapters, sources, glossary, centres = (
        (f(root, out) if root.is_dir() else {}) for f in loaders)
    book = Book(
        root=root,
        title={k: v for k, v in title.items() if isinstance(v, str)},
        subtitle={k: v for k, v in subtitle.items() if isinstance(v, str)},
        version=str(meta.get("version", "")),
        reviewed=_date(meta.get("reviewed")),
        order=[c for c in order if c in chapters] + sorted(c for c in chapters if c not in order),
        chapters=chapters,
        sources=sources,
        glossary=glossary,
        centres=centres,
    )
    if root.is_dir():
        _check_order(book, order, out)
        _check_citations(book, out)
        _check_glossary_links(book, out)
    book.problems = out.problems
    return book
