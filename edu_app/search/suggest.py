""""Did you mean …": the glossary words spelt most like what the reader typed.

When a search finds nothing, the likeliest cause is spelling ("leucemei", "limfocyte").
The glossary holds the guide's hard words in both languages, so its forms are the list
to compare with, after folding case and accents.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable

from ..content.model import Book
from .query import words_of
from .text import key

MAX_SUGGESTIONS = 3
CUTOFF = 0.72


class Suggester:
    """Nearest glossary forms by spelling, shown in the reader's language when possible."""

    def __init__(self, book: Book) -> None:
        self._forms: dict[str, list[tuple[str, str, str]]] = {}  # key -> (term id, lang, form)
        for term in book.glossary.values():
            for lang, text in term.text.items():
                for form in (*text.forms, text.term):
                    k = key(form)
                    if len(k) >= 3:
                        self._forms.setdefault(k, []).append((term.id, lang, form))
        self._keys = list(self._forms)

    def suggest(self, text: str, lang: str = "fr", keep: Callable[[str], bool] | None = None,
                limit: int = MAX_SUGGESTIONS) -> list[str]:
        """Up to `limit` forms close to `text`, one per term; `keep(form)` may veto one
        (the search panel keeps only forms that find something). Anything but text
        (None, bytes) has no suggestion."""
        if not isinstance(text, str):
            return []
        wanted = [key(text)]
        words = words_of(text)
        if len(words) > 1:  # a typo in one of several words: try each long word alone
            wanted += sorted((w for w in words if len(w) >= 4), key=len, reverse=True)
        found: list[str] = []
        terms: set[str] = set()
        for target in wanted:
            if len(target) < 3:
                continue
            for k in difflib.get_close_matches(target, self._keys, n=12, cutoff=CUTOFF):
                choices = self._forms[k]
                term_id = choices[0][0]
                if term_id in terms:
                    continue
                mine = [form for tid, form_lang, form in choices if form_lang == lang]
                form = (mine or [choices[0][2]])[0]
                if keep is not None and not keep(form):
                    continue
                terms.add(term_id)
                found.append(form)
                if len(found) >= limit:
                    return found
            if found:
                break
        return found
