"""The shipped guide keeps the fixes of its second edition (issue 13), where code can tell.

Each test states a rule a reviewer asked for, checked on the real `content/` through the
project's own loader, never a sentence pinned word for word: an editor may reword any
sentence, but not bring back a fault these rules describe.
"""

from __future__ import annotations

import re

import pytest

from edu_app.content import default_content_dir, load_book

BOOK = load_book(default_content_dir())
# Chapters 2, 4 and 5 have their own structural rules in test_second_edition_chapters.py;
# the French rules below cover every chapter.
FR_CHAPTERS = [cid for cid in BOOK.order if "fr" in BOOK.chapters[cid]]


def _section(cid: str, lang: str, sid: str) -> str:
    """The Markdown of one `##` section (up to the next `##` heading)."""
    body = BOOK.chapters[cid][lang].body
    m = re.search(rf"^##\s.*\{{#{re.escape(sid)}\}}\s*$", body, re.M)
    assert m, f"{cid}/{lang} has no section #{sid}"
    rest = body[m.end():]
    end = re.search(r"^##\s", rest, re.M)
    return rest[: end.start()] if end else rest


def _french_texts() -> list[tuple[str, str]]:
    """Every French text a reader sees: chapters, glossary entries, centre descriptions."""
    texts = [(f"fr/{cid}", BOOK.chapters[cid]["fr"].body) for cid in FR_CHAPTERS]
    for term in BOOK.glossary.values():
        fr = term.text["fr"]
        texts.append((f"glossary {term.id}", f"{fr.term}\n{fr.short}\n{fr.definition}"))
    texts += [(f"centre {c.id}", c.description.get("fr", "")) for c in BOOK.centres.values()]
    return texts


@pytest.mark.parametrize("term_id", ["car", "lymphoma", "b-cell", "lymph-node",
                                     "review-article", "drug-resistance", "chemoresistance"])
def test_terms_the_review_found_missing_exist_in_both_languages(term_id):
    term = BOOK.glossary.get(term_id)
    assert term is not None, f"glossary term '{term_id}' is missing"
    assert set(term.text) == {"en", "fr"}
    for text in term.text.values():
        assert text.term and text.short and text.definition and text.forms


def test_car_is_spelled_out_in_both_languages():
    car = BOOK.glossary["car"]
    assert "chimeric antigen receptor" in car.text["en"].term.casefold()
    assert "récepteur antigénique chimérique" in car.text["fr"].term.casefold()


def test_the_ansm_has_its_full_french_name():
    assert "produits de santé" in BOOK.glossary["ansm"].text["fr"].term


def test_one_french_word_for_cancer_cells():
    """« cellules cancéreuses », never « cellules du cancer » or « cellules tumorales »."""
    fr = BOOK.glossary["cancer-cell"].text["fr"]
    own = {fr.term.casefold(), fr.term.casefold().replace("cellule ", "cellules ", 1)
           .replace("cancéreuse", "cancéreuses")}
    others = [f for f in fr.forms if f.casefold() not in own]
    assert others, "the term lists the other wordings, so that this test can find them"
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, others)) + r")(?![\w-])",
                         re.I)
    found = [(where, m.group(0)) for where, text in _french_texts()
             for m in pattern.finditer(text)]
    assert found == []


FAMILIAR = re.compile(r"\b(march(e|ent|é|er|era|erait)|dégâts?|médicaments? forts?)\b", re.I)


def test_french_register_is_not_familiar():
    found = [(where, m.group(0)) for where, text in _french_texts()
             for m in FAMILIAR.finditer(text)]
    assert found == []


_SPACE_BEFORE = re.compile(r"[ \t][:;?»]|[ \t]!(?![\[!])|«[ \t]")


def test_french_punctuation_has_non_breaking_spaces():
    """A French line must not break before « : ; ? ! » or after «."""
    found = []
    for where, text in _french_texts():
        for line in text.split("\n"):
            if line.lstrip().startswith("!!!"):
                line = line.split('"', 1)[-1]  # the box keyword is syntax, not prose
            found += [(where, line.strip()[:60]) for _ in _SPACE_BEFORE.finditer(line)]
    assert found == [], "use a non-breaking space (U+00A0) there, as in « ceci » : cela"


def test_every_centre_listed_is_a_place():
    """Companies (the two "laboratories" of 2018) are not places: no centre without a city."""
    assert [c.id for c in BOOK.centres.values() if not c.city.strip()] == []


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_cost_chapter_opens_with_rules_and_trials(lang):
    ids = [s.id for s in BOOK.chapters["cost-rules-research"][lang].sections]
    assert ids.index("rules") < ids.index("cost")
    assert ids.index("clinical-trials") < ids.index("cost")
    assert ids.index("what-you-pay") < ids.index("cost"), "what is covered comes before cost"


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize(("cid", "sid", "source"), [
    ("questions", "hospital-time", "lejeune-2018"),  # "changed in a lab"
    ("questions", "side-effects", "care-team"),      # silence must not read as reassurance
    ("immunotherapy", "for-your-child", "care-team"),
    ("cost-rules-research", "clinical-trials", "care-team"),  # only the team decides
])
def test_sections_cite_what_the_review_asked_for(cid, sid, source, lang):
    assert f"[@{source}]" in _section(cid, lang, sid)


_NAMED_CHAPTER = re.compile(r"(?:(?:chapter|chapitre)\s+|^\d+\.\s+)\[([^\]]+)\]\(chapter:([\w-]+)",
                            re.I | re.M)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_chapter_named_in_the_text_is_named_by_its_title(lang):
    """"the chapter [Cost, rules and research]" must follow a renamed chapter (8 and 5 were)."""
    stale = []
    for cid in BOOK.order:
        chapter = BOOK.chapters[cid].get(lang)
        for text, target in _NAMED_CHAPTER.findall(chapter.body if chapter else ""):
            title = BOOK.chapters[target][lang].title
            if " ".join(text.split()) != " ".join(title.split()):
                stale.append((cid, text, title))
    assert stale == []
