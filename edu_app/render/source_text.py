"""A source's details as sentences a reader reads: "Author not named. The Connexion. …".

The sources list, a chapter's sources and the handouts all describe a source; built in
templates they began with a lower-case "auteur non cité.", wrote dates as they are kept
("2018-02-27") and repeated a date the note had just given ("(vers 2018). 2018."). Here
each part is a sentence with a capital, the date is written in the reader's language
("27 février 2018"), and it is left out when the note already says it. Plain Python (the
renderer has no Qt), used by the screen and by print alike.
"""

from __future__ import annotations

import re

from ..content.model import Source
from .strings import MONTHS, t

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def format_source_date(text: str, lang: str) -> str:
    """A source's date as kept in sources.toml ("2018", "2018-02", "2018-02-27"),
    written as a date in `lang` ("2018", "February 2018", « 27 février 2018 »), the day
    held to its month by a no-break space."""
    match = _DATE.match(text.strip())
    if match is None:
        return text.strip()  # kept as written: the checker reports odd dates
    year, month, day = match.groups()
    if month is None or not 1 <= int(month) <= 12:
        return year
    name = MONTHS.get(lang, MONTHS["en"])[int(month) - 1]
    if day is None or not 1 <= int(day) <= 31:
        return f"{name} {year}"
    number = "1er" if lang == "fr" and int(day) == 1 else str(int(day))
    return f"{number}\u00a0{name} {year}"  # never "27" at a line's end, "février" below


def sentence(text: str) -> str:
    """`text` starting with a capital (the rest as written: "Dr", "R. Rousseau")."""
    text = text.strip()
    return text[:1].upper() + text[1:]


def source_authors(source: Source, lang: str) -> str:
    """The authors, or "Author not named" (a sentence's start in every use)."""
    return ", ".join(source.authors) if source.authors else sentence(
        t(lang, "authors_unknown"))


def source_details(source: Source, lang: str) -> str:
    """Authors. Venue. Note. Date. Kind, language. — each a sentence, none empty."""
    about = source.venue_in(lang)
    date = format_source_date(source.date, lang) if source.date else ""
    if date and date in about:
        date = ""  # the note gives it already: "(about 2018)"
    kind = f"{t(lang, 'kind_' + source.kind)}, {t(lang, 'source_language_' + source.language)}"
    parts = [source_authors(source, lang), about, date, kind]
    return " ".join(sentence(p).rstrip(".") + "." for p in parts if p.strip())
