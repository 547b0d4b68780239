"""The few fixed words the renderer writes into pages, in each language.

The renderer has no Qt, so it cannot use Qt's translator; these strings belong to the
content (they are printed in handouts too), so they live beside the templates.
"""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "reviewed_on": "Reviewed on {date}",
        "sources": "Sources",
        "sources_of_chapter": "Sources for this chapter",
        "sources_intro": "Every fact in this guide comes from these five documents. "
                         "They date from 2002 to 2018: treatments may have changed since. "
                         "Your care team has the latest information.",
        "missing_lang": "This chapter is not yet written in English. "
                        "Here is the French version.",
        "unreadable": "This chapter could not be shown. Please tell the staff.",
        "unknown_chapter": "This page does not exist.",
        "page_preparing": "One moment: this page is being prepared…",
        "page_too_long": "This page is too long to show. "
                         "Tell the person who looks after this guide.",
        "chapters": "Chapters",
        "essentials_home": "Short on time? Start here",
        "for_children": "For children",
        "essentials_print_hint": "To print this page for the family, press Ctrl+P "
                                 "(File → Print…): it fits on one page.",
        "how_to_use": "Choose a chapter below, or use the list on the left. "
                      "Words with a dotted line have a short explanation: "
                      "point at them, or click them. "
                      "This guide does not replace your care team.",
        "language": "Language",
        "translation_en": "English title:",
        "translation_fr": "French title:",
        "kind_review": "scientific review",
        "kind_survey": "scientific survey",
        "kind_press": "press article",
        "kind_interview": "interview",
        "authors_unknown": "author not named",
        "source_language_fr": "in French",
        "source_language_en": "in English",
        "no_position": "place not given in the sources",
        "role_treats-children": "treats children",
        "role_treats-adults": "treats adults",
        "role_manufactures-cells": "makes the cells",
        "role_research": "research",
        "role_none": "the sources do not say whom it treats",
        "your_clinic_short": "your clinic",
        "map_title": "Map of the centres",
        "map_alt": "Map of France. The numbered places are: {places}.",
        "map_empty": "none",
        "map_place": "{place}: {role}",
        "label_value": "{label}: {value}",
        "map_hospital": "hospital",
        "map_research": "research",
        "map_other": "other place",
        "map_clinic_colour": "your clinic's places",
        "map_caption": "Places named in the guide's sources. This is not a full list "
                       "of centres.",
        "map_caption_clinic": "Places named in the guide's sources, and your clinic's own. "
                              "This is not a full list of centres.",
        "phone": "Phone:",
        "website": "Website (to type in a browser):",
        "clinic_source": "your clinic, reviewed on {date}",
        "clinic_source_undated": "your clinic",
        "your_clinic": "Your clinic",
        "clinic_intro": "Written by your clinic, not by the guide's authors.",
        "clinic_phones": "Phone numbers",
        "clinic_address": "Address",
        "clinic_note": "What is covered, and whom to ask",
        "clinic_centres": "Your clinic's places",
        "clinic_chapters": "Your clinic's pages",
        "open_clinic": "Your clinic's page",
        "from_clinic": "From your clinic",
        "see_source": "Source",
        "glossary": "Glossary",
        "glossary_intro": "The hard words of this guide, in plain words, each with the word "
                          "the doctors use in French. Choose a letter, or type a word in the "
                          "box above the page.",
        "in_fr": "In French:",
        "in_en": "In English:",
        "see_also": "See also:",
        "filter_count": "Words containing “{filter}”: {count} of {total}.",
        "filter_none": "No word contains “{filter}”. Check the spelling, or clear the box "
                       "to see every word.",
        "filter_form_before": "Also appears in the guide as “",
        "filter_form_after": "”.",
        "back_to_top": "Back to the top",
        "glossary_page": "Page {page} of {pages} ({letters}): words {first} to {last} of "
                         "{count}.",
        "previous_page": "Previous page ({letters})",
        "next_page": "Next page ({letters})",
        "letter_continued": "{letter} (continued)",
        "care_team_mark": "ask your care team",
        "care_team_title": "This guide’s own safety advice, not from a source: "
                           "ask your care team.",
        "care_team_note": "Sentences marked “[ask your care team]” are this guide’s own "
                          "safety advice. They do not come from a source: your care team "
                          "will tell you more.",
        "care_team_heading": "Sentences marked “ask your care team”",
        "care_team_about": "Some sentences in this guide end with the mark “[ask your care "
                           "team]”. They are the guide’s own safety advice, not facts from "
                           "the sources above. They say, for example, that a strong treatment "
                           "can have serious side effects. Only your care team can tell you "
                           "what applies to your child.",
    },
    "fr": {
        "reviewed_on": "Relu le {date}",
        "sources": "Sources",
        "sources_of_chapter": "Sources de ce chapitre",
        "sources_intro": "Tous les faits de ce guide viennent de ces cinq documents. "
                         "Ils datent de 2002 à 2018 : les traitements ont pu évoluer depuis. "
                         "Votre équipe soignante a les informations les plus récentes.",
        "missing_lang": "Ce chapitre n’est pas encore écrit en français. "
                        "Voici la version anglaise.",
        "unreadable": "Ce chapitre ne peut pas être affiché. Merci de le signaler à l’équipe.",
        "unknown_chapter": "Cette page n’existe pas.",
        "page_preparing": "Un instant\u00a0: la page se prépare…",
        "page_too_long": "Cette page est trop longue pour être affichée. "
                         "Prévenez la personne qui s’occupe de ce guide.",
        "chapters": "Chapitres",
        "essentials_home": "Peu de temps\u00a0? Commencez ici",
        "for_children": "Pour les enfants",
        "essentials_print_hint": "Pour imprimer cette page pour la famille, appuyez sur "
                                 "Ctrl+P (Fichier → Imprimer…)\u00a0: elle tient sur une page.",
        "how_to_use": "Choisissez un chapitre ci-dessous, ou dans la liste à gauche. "
                      "Les mots soulignés en pointillés ont une courte explication : "
                      "pointez-les ou cliquez dessus. "
                      "Ce guide ne remplace pas votre équipe soignante.",
        "language": "Langue",
        "translation_en": "Titre en anglais :",
        "translation_fr": "Titre en français :",
        "kind_review": "revue scientifique",
        "kind_survey": "synthèse scientifique",
        "kind_press": "article de presse",
        "kind_interview": "entretien",
        "authors_unknown": "auteur non cité",
        "source_language_fr": "en français",
        "source_language_en": "en anglais",
        "no_position": "lieu non précisé par les sources",
        "role_treats-children": "soigne des enfants",
        "role_treats-adults": "soigne des adultes",
        "role_manufactures-cells": "fabrique les cellules",
        "role_research": "recherche",
        "role_none": "les sources ne disent pas qui il soigne",
        "your_clinic_short": "votre établissement",
        "map_title": "Carte des centres",
        "map_alt": "Carte de France. Les lieux numérotés sont : {places}.",
        "map_empty": "aucun",
        "map_place": "{place}\u00a0: {role}",
        "label_value": "{label}\u00a0: {value}",
        "map_hospital": "hôpital",
        "map_research": "recherche",
        "map_other": "autre lieu",
        "map_clinic_colour": "lieux de votre établissement",
        "map_caption": "Lieux cités par les sources du guide. Ce n’est pas la liste "
                       "complète des centres.",
        "map_caption_clinic": "Lieux cités par les sources du guide, et ceux de votre "
                              "établissement. Ce n’est pas la liste complète des centres.",
        "phone": "Téléphone :",
        "website": "Site internet (à taper dans un navigateur) :",
        "clinic_source": "votre établissement, relu le {date}",
        "clinic_source_undated": "votre établissement",
        "your_clinic": "Votre établissement",
        "clinic_intro": "Écrit par votre établissement, pas par les auteurs du guide.",
        "clinic_phones": "Numéros de téléphone",
        "clinic_address": "Adresse",
        "clinic_note": "Ce qui est pris en charge, et à qui demander",
        "clinic_centres": "Les lieux de votre établissement",
        "clinic_chapters": "Les pages de votre établissement",
        "open_clinic": "La page de votre établissement",
        "from_clinic": "De votre établissement",
        "see_source": "Source",
        "glossary": "Glossaire",
        "glossary_intro": "Les mots difficiles de ce guide, expliqués simplement, chacun avec "
                          "son nom en anglais. Choisissez une lettre, ou tapez un mot dans la "
                          "case au-dessus de la page.",
        "in_fr": "En français\u00a0:",
        "in_en": "En anglais\u00a0:",
        "see_also": "Voir aussi\u00a0:",
        "filter_count": "Mots contenant «\u00a0{filter}\u00a0»\u00a0: {count} sur {total}.",
        "filter_none": "Aucun mot ne contient «\u00a0{filter}\u00a0». Vérifiez l’orthographe, "
                       "ou videz la case pour voir tous les mots.",
        "filter_form_before": "Se trouve aussi dans le guide sous la forme «\u00a0",
        "filter_form_after": "\u00a0».",
        "back_to_top": "Haut de la page",
        "glossary_page": "Page {page} sur {pages} ({letters})\u00a0: mots {first} à {last} "
                         "sur {count}.",
        "previous_page": "Page précédente ({letters})",
        "next_page": "Page suivante ({letters})",
        "letter_continued": "{letter} (suite)",
        "care_team_mark": "demandez à l’équipe soignante",
        "care_team_title": "Conseil de prudence propre à ce guide, qui ne vient d’aucune "
                           "source : demandez à l’équipe soignante.",
        "care_team_note": "Les phrases marquées « [demandez à l’équipe soignante] » "
                          "sont des conseils de prudence propres à ce guide. Elles ne viennent "
                          "d’aucune source : votre équipe soignante vous en dira plus.",
        "care_team_heading": "Les phrases marquées « demandez à l’équipe soignante »",
        "care_team_about": "Certaines phrases de ce guide se terminent par la mention "
                           "« [demandez à l’équipe soignante] ». Ce sont des conseils "
                           "de prudence propres au guide, et non des faits tirés des sources "
                           "ci-dessus. Elles rappellent par exemple qu’un traitement puissant "
                           "peut avoir des effets indésirables graves. Seule votre équipe "
                           "soignante peut vous dire ce qui concerne votre enfant.",
    },
}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
}


def t(lang: str, key: str, **kwargs: str) -> str:
    """The string `key` in `lang`, falling back to English, then to the key itself."""
    text = STRINGS.get(lang, STRINGS["en"]).get(key) or STRINGS["en"].get(key, key)
    return text.format(**kwargs) if kwargs else text


def format_date(value, lang: str) -> str:  # a date or None
    """A date as people write it ("23 November 2026", « 23 novembre 2026 », « 1er mars »),
    the same on screen, in the About box and on paper."""
    if value is None:
        return ""
    month = MONTHS.get(lang, MONTHS["en"])[value.month - 1]
    day = "1er" if lang == "fr" and value.day == 1 else str(value.day)
    return f"{day} {month} {value.year}"


def format_number(value: int, lang: str) -> str:
    """A whole number as people write it: "12,000" in English, « 12 000 » in French
    (a no-break space, so the number never breaks over two lines)."""
    text = f"{value:,}"
    return text.replace(",", "\u00a0") if lang == "fr" else text
