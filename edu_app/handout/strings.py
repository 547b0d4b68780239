"""The fixed words printed on a handout, in the handout's language.

A handout's language need not be the screen's (an English handout printed from a French
screen), so these words cannot come from Qt's translator: they belong to the printed
content, like the renderer's own strings, and fall back to them for shared words.
"""

from __future__ import annotations

from ..render.strings import format_date
from ..render.strings import t as render_t

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "prepared_by": "This handout was prepared for you by",
        "phone": "Phone: {phone}",
        "in_this_handout": "In this handout",
        "page_short": "page {page}",
        "not_a_substitute": "This handout explains, in plain words, what our sources say. "
                            "It does not replace your care team. Ask them about your child.",
        "printed_on": "Printed on {date}",
        "page_of": "Page {page} of {pages}",
        "glossary": "Words used in this handout",
        "glossary_intro": "The words below appear in the chapters of this handout. "
                          "The word in French is the one the doctors may use in France.",
        "other_language_word": "In French: {word}",
        "my_questions": "My questions",
        "my_questions_intro": "Write your questions here when you think of them. "
                              "Bring this page to your next visit.",
        "call_us": "To ask a question, call {phone}.",
        "sources_intro": "Every fact in this handout comes from these documents. "
                         "They date from 2002 to 2018: treatments may have changed since. "
                         "Your care team has the latest information.",
        "pdf_name": "handout",
        "essentials_clinic": "Your care team:",
        "essentials_sources_intro": "They date from 2002 to 2018; treatments may have "
                                    "changed since.",
        "essentials_pdf_name": "essentials",
    },
    "fr": {
        "prepared_by": "Ce document a été préparé pour vous par",
        "phone": "Téléphone\u00a0: {phone}",
        "in_this_handout": "Dans ce document",
        "page_short": "page {page}",
        "not_a_substitute": "Ce document explique avec des mots simples ce que disent "
                            "nos sources. Il ne remplace pas votre équipe soignante. "
                            "Posez-lui vos questions sur votre enfant.",
        "printed_on": "Imprimé le {date}",
        "page_of": "Page {page} sur {pages}",
        "glossary": "Les mots de ce document",
        "glossary_intro": "Ces mots se trouvent dans les chapitres de ce document. "
                          "Le mot anglais est celui que vous lirez peut-être ailleurs.",
        "other_language_word": "En anglais\u00a0: {word}",
        "my_questions": "Mes questions",
        "my_questions_intro": "Notez ici vos questions quand vous y pensez. "
                              "Apportez cette page à votre prochain rendez-vous.",
        "call_us": "Pour poser une question, appelez le {phone}.",
        "sources_intro": "Tous les faits de ce document viennent de ces sources. Elles datent "
                         "de 2002 à 2018\u00a0: les traitements ont pu évoluer depuis. "
                         "Votre équipe soignante a les informations les plus récentes.",
        "pdf_name": "document",
        "essentials_clinic": "Votre équipe soignante\u00a0:",
        "essentials_sources_intro": "Elles datent de 2002 à 2018\u00a0; les traitements "
                                    "ont pu évoluer depuis.",
        "essentials_pdf_name": "essentiel",
    },
}


def t(lang: str, key: str, **kwargs: str) -> str:
    """The printed word `key` in `lang`; the renderer's strings answer what is not here."""
    table = STRINGS.get(lang, STRINGS["en"])
    if key not in table and key not in STRINGS["en"]:
        return render_t(lang, key, **kwargs)
    text = table.get(key) or STRINGS["en"][key]
    return text.format(**kwargs) if kwargs else text


def print_date(value, lang: str) -> str:  # a date or None
    """A date as printed: « 1er décembre 2026 » in French, "1 December 2026" in English
    (as on screen: `format_date` writes the French « 1er »)."""
    return format_date(value, lang)
