"""Loading good and broken books: what loads, and what is reported, never a crash."""

from __future__ import annotations

from pathlib import Path

from edu_app.content import load_book
from edu_app.content.loader import find_sections, split_front_matter

CHAPTER = """+++
id = "{id}"
title = "{title}"
summary = "One line."
reviewed = 2026-11-23
+++

Main message first. [@src]

## First part {{#first}}

Text.

## Second part {{#second}}

More text.
"""


def write_book(root: Path, chapters: dict[str, dict[str, str]] | None = None,
               book_toml: str | None = None) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "book.toml").write_text(book_toml or (
        'version = "1"\nreviewed = 2026-11-23\nchapters = ["one", "two"]\n'
        '[title]\nen = "Guide"\nfr = "Guide FR"\n'), encoding="utf-8")
    (root / "sources.toml").write_text(
        '[src]\nauthors = ["A"]\ntitle = "T"\nvenue = "V"\ndate = "2003"\n'
        'language = "fr"\nkind = "review"\n', encoding="utf-8")
    chapters = chapters if chapters is not None else {
        "en": {"01-one.md": CHAPTER.format(id="one", title="One"),
               "02-two.md": CHAPTER.format(id="two", title="Two")},
        "fr": {"01-one.md": CHAPTER.format(id="one", title="Un"),
               "02-two.md": CHAPTER.format(id="two", title="Deux")},
    }
    for lang, files in chapters.items():
        (root / lang).mkdir(exist_ok=True)
        for name, text in files.items():
            path = root / lang / name
            if isinstance(text, bytes):
                path.write_bytes(text)
            else:
                path.write_text(text, encoding="utf-8")
    return root


def test_shipped_book_loads_without_problems(book):
    assert book.order[:2] == ["how-to-use", "why-new-treatments"]
    assert len(book.order) == 9
    assert all(set(by_lang) == {"fr", "en"} for by_lang in book.chapters.values())
    assert len(book.documents) == 5  # and the care-team mark, not a document
    errors = [p for p in book.problems if p.severity == "error"]
    assert errors == []


def test_good_book(tmp_path):
    book = load_book(write_book(tmp_path / "b"))
    assert book.problems == []
    assert book.order == ["one", "two"]
    chapter = book.chapters["one"]["fr"]
    assert chapter.title == "Un"
    assert [s.id for s in chapter.sections] == ["first", "second"]
    assert chapter.sections[0].line == 10
    assert book.neighbours("one") == (None, "two")


def test_front_matter_split():
    fm, body, line = split_front_matter("+++\nid = 'x'\n+++\nHello")
    assert fm == "id = 'x'" and body == "Hello" and line == 4
    assert split_front_matter("no front matter")[0] is None


def test_sections_skip_code_fences():
    body = "## Real {#real}\n```\n## not a heading\n```\n### Sub\n"
    assert [(s.id, s.level) for s in find_sections(body, 1)] == [("real", 2), ("sub", 3)]


def test_toml_syntax_error_in_front_matter_is_reported_with_line(tmp_path):
    bad = "+++\nid = \"one\"\ntitle = \"unclosed\n+++\nBody\n"
    root = write_book(tmp_path / "b", {"en": {"01-one.md": bad},
                                       "fr": {"01-one.md": CHAPTER.format(id="one", title="Un")}})
    book = load_book(root)
    problem = next(p for p in book.problems if p.code == "toml")
    assert problem.file == "en/01-one.md" and problem.line == 3
    chapter = book.chapters["one"]["en"]
    assert chapter.error  # shown as an inline notice, not a crash


def test_missing_front_matter_not_utf8_and_binary(tmp_path):
    root = write_book(tmp_path / "b", {
        "en": {"01-one.md": "Just text, no front matter",
               "02-two.md": b"+++\nid = \"two\"\n+++\ncaf\xe9\n",
               "03-bin.md": b"\x00\x01\x02binary"},
        "fr": {"01-one.md": CHAPTER.format(id="one", title="Un")},
    })
    book = load_book(root)
    codes = {(p.file, p.code) for p in book.problems}
    assert ("en/01-one.md", "front-matter") in codes
    assert ("en/02-two.md", "encoding") in codes
    assert ("en/03-bin.md", "binary") in codes
    encoding = next(p for p in book.problems if p.code == "encoding")
    assert encoding.line == 4


def test_bom_and_crlf_are_accepted(tmp_path):
    text = "\ufeff" + CHAPTER.format(id="one", title="One").replace("\n", "\r\n")
    root = write_book(tmp_path / "b", {"en": {"01-one.md": text},
                                       "fr": {"01-one.md": CHAPTER.format(id="one", title="Un")}})
    book = load_book(root)
    assert book.chapters["one"]["en"].title == "One"
    assert [s.id for s in book.chapters["one"]["en"].sections] == ["first", "second"]


def test_missing_language_unknown_source_and_unlisted(tmp_path):
    root = write_book(tmp_path / "b", {
        "en": {"01-one.md": CHAPTER.format(id="one", title="One"),
               "02-two.md": CHAPTER.format(id="two", title="Two").replace("[@src]", "[@nope]")},
        "fr": {"01-one.md": CHAPTER.format(id="one", title="Un")},
    })
    book = load_book(root)
    messages = [str(p) for p in book.problems]
    assert any("'two' has no 'fr' version" in m for m in messages)
    unknown = next(p for p in book.problems if p.code == "unknown-source")
    assert unknown.file == "en/02-two.md" and unknown.line == 8
    chapter, fallback = book.chapter("two", "fr")
    assert chapter is not None and chapter.lang == "en" and fallback


def test_bad_ids_and_wrong_types(tmp_path):
    bad_id = CHAPTER.format(id="../etc", title="One")
    root = write_book(tmp_path / "b", {"en": {"01-one.md": bad_id},
                                       "fr": {"01-one.md": CHAPTER.format(id="one", title="Un")}},
                      book_toml='chapters = "not a list"\ntitle = 3\n')
    book = load_book(root)
    assert any(p.code == "bad-id" for p in book.problems)
    assert "../etc" not in book.chapters
    assert book.title == {}


def test_book_toml_syntax_error_and_missing_folder(tmp_path):
    root = write_book(tmp_path / "b", book_toml="chapters = [\n")
    book = load_book(root)
    assert any(p.file == "book.toml" and p.code == "toml" for p in book.problems)
    assert book.chapters  # chapters still load, in file order
    nothing = load_book(tmp_path / "missing")
    assert nothing.chapters == {} and nothing.problems[0].code == "no-book"
