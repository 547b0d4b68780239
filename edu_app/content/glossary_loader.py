"""The glossary: reading `glossary.toml` and checking its forms and the links to it.

Kept apart from the loader because the glossary has rules of its own (a form belongs to
one term, forms must not match inside longer words, `glossary:` links must name a term).
"""

from __future__ import annotations

import re
from pathlib import Path

from .model import LANGS, Book, Term, TermText
from .reading import (
    MAX_GLOSSARY_BYTES,
    Collector,
    as_str,
    parse_toml,
    present,
    read_text,
    table_lines,
)
from .text import form_key


def load_glossary(root: Path, out: Collector) -> dict[str, Term]:
    path = root / "glossary.toml"
    if not present(path):  # a book may have none: the checker says what that costs
        return {}
    text = read_text(path, out, MAX_GLOSSARY_BYTES, "the glossary") or ""
    data = parse_toml(text, path, out) or {}
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
            term = as_str(part.get("term")).strip()
            if not term:
                out.add(path, line, f"Term '{tid}' ({lang}) has no 'term'.", code="glossary")
                continue
            short, definition = as_str(part.get("short")).strip(), as_str(part.get("definition"))
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


def _check_forms(path: Path, text: str, terms: dict[str, Term], out: Collector) -> None:
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



GLOSSARY_LINK_RE = re.compile(
    r"\]\(\s*<?glossary:([^\s)>]*)|^\s{0,3}\[[^\]\n]+\]:\s*<?glossary:([^\s>]*)")
CODE_SPAN_RE = re.compile(r"(`+).*?\1")


def check_glossary_links(book: Book, out: Collector) -> None:
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

