<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Actions</name>
    <message>
        <location filename="../ui/actions.py" line="88"/>
        <source>&amp;Home</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="88"/>
        <source>Go to the first page of the guide</source>
        <translation>Aller à la première page du guide</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="89"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="89"/>
        <source>Go back to the page you saw before</source>
        <translation>Revenir à la page précédente</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="90"/>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="90"/>
        <source>Go forward again</source>
        <translation>Aller de nouveau en avant</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="92"/>
        <source>&amp;Previous chapter</source>
        <translation>Chapitre &amp;précédent</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="93"/>
        <source>Go to the previous chapter</source>
        <translation>Aller au chapitre précédent</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="95"/>
        <source>&amp;Next chapter</source>
        <translation>Chapitre suiva&amp;nt</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="95"/>
        <source>Go to the next chapter</source>
        <translation>Aller au chapitre suivant</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="96"/>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="96"/>
        <source>Make the text larger</source>
        <translation>Agrandir le texte</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="97"/>
        <source>&amp;Smaller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="97"/>
        <source>Make the text smaller</source>
        <translation>Réduire le texte</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="99"/>
        <source>&amp;Normal text size</source>
        <translation>Taille &amp;normale du texte</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="100"/>
        <source>Set the text back to its normal size</source>
        <translation>Remettre le texte à sa taille normale</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="103"/>
        <source>&amp;Sources</source>
        <translation>&amp;Sources</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="104"/>
        <source>Where the information in this guide comes from</source>
        <translation>D’où viennent les informations de ce guide</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="106"/>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="106"/>
        <source>Show or hide the list of chapters</source>
        <translation>Afficher ou masquer la liste des chapitres</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="108"/>
        <source>&amp;How to use this guide</source>
        <translation>&amp;Comment utiliser ce guide</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="109"/>
        <source>Open the chapter on using this guide</source>
        <translation>Ouvrir le chapitre sur l’utilisation du guide</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="111"/>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="111"/>
        <source>About this guide and its version</source>
        <translation>À propos de ce guide et de sa version</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="112"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="112"/>
        <source>Close the guide</source>
        <translation>Fermer le guide</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="114"/>
        <source>Move between &amp;panes</source>
        <translation>Passer d’une &amp;zone à l’autre</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="115"/>
        <source>Move the keyboard between the contents, the text and the search field</source>
        <translation>Déplacer le clavier entre le sommaire, le texte et le champ de recherche</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="117"/>
        <source>Show the guide in French</source>
        <translation>Afficher le guide en français</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="118"/>
        <source>Show the guide in English</source>
        <translation>Afficher le guide en anglais</translation>
    </message>
</context>
<context>
    <name>ChapterAccessible</name>
    <message>
        <location filename="../ui/accessible.py" line="51"/>
        <source>The page</source>
        <translation>La page</translation>
    </message>
    <message>
        <location filename="../ui/accessible.py" line="52"/>
        <source>The page&apos;s text. Arrow keys move the caret, Ctrl+arrows by word; H goes to the next heading, Shift+H to the previous one; Enter opens the link or glossary word at the caret.</source>
        <translation>Le texte de la page. Les flèches déplacent le curseur, Ctrl+flèches mot par mot&#xa0;; H va au titre suivant, Maj+H au titre précédent&#xa0;; Entrée ouvre le lien ou le mot du glossaire sous le curseur.</translation>
    </message>
    <message>
        <location filename="../ui/accessible_parts.py" line="32"/>
        <source>Glossary word: %1</source>
        <translation>Mot du glossaire&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/accessible_parts.py" line="182"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../ui/accessible_parts.py" line="183"/>
        <source>Empty this box</source>
        <translation>Vider cette case</translation>
    </message>
    <message>
        <location filename="../ui/page_text.py" line="20"/>
        <source>source %1</source>
        <translation>source %1</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../ui/features/check_dialog.py" line="78"/>
        <source>Book files</source>
        <translation>Fichiers du guide</translation>
    </message>
    <message>
        <location filename="../ui/features/check_dialog.py" line="104"/>
        <source>Check this guide</source>
        <translation>Vérifier ce guide</translation>
    </message>
    <message>
        <location filename="../ui/features/check_dialog.py" line="107"/>
        <source>%1 problems to fix and %2 warnings.</source>
        <translation>%1 problèmes à corriger et %2 avertissements.</translation>
    </message>
    <message>
        <location filename="../ui/features/check_dialog.py" line="110"/>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <location filename="../ui/features/check_dialog.py" line="111"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../ui/features/check_dialog.py" line="111"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../ui/features/check_dialog.py" line="111"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../ui/features/check_dialog.py" line="113"/>
        <source>Chapter</source>
        <translation>Chapitre</translation>
    </message>
    <message>
        <location filename="../ui/features/check_dialog.py" line="113"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/features/check_dialog.py" line="113"/>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <location filename="../ui/features/check_dialog.py" line="114"/>
        <source>Words per sentence</source>
        <translation>Mots par phrase</translation>
    </message>
    <message>
        <location filename="../ui/features/check_dialog.py" line="114"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ui/features/check_dialog.py" line="114"/>
        <source>Longest sentence</source>
        <translation>Phrase la plus longue</translation>
    </message>
    <message>
        <location filename="../ui/features/check_dialog.py" line="116"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../ui/features/check_dialog.py" line="117"/>
        <source>Readability</source>
        <translation>Lisibilité</translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <location filename="../ui/features/checker.py" line="56"/>
        <source>&amp;Check this guide…</source>
        <translation>&amp;Vérifier ce guide…</translation>
    </message>
    <message>
        <location filename="../ui/features/checker.py" line="57"/>
        <source>Look for broken links, missing translations and hard sentences</source>
        <translation>Chercher les liens cassés, les traductions manquantes et les phrases difficiles</translation>
    </message>
    <message>
        <location filename="../ui/features/checker.py" line="63"/>
        <source>Checking the guide…</source>
        <translation>Vérification du guide en cours…</translation>
    </message>
    <message>
        <location filename="../ui/features/checker.py" line="84"/>
        <source>The check could not finish. Please report this to the person who looks after this guide.</source>
        <translation>La vérification n’a pas pu aller jusqu’au bout. Prévenez la personne qui s’occupe de ce guide.</translation>
    </message>
</context>
<context>
    <name>ClinicDetails</name>
    <message>
        <location filename="../ui/features/clinic.py" line="47"/>
        <source>Your &amp;clinic</source>
        <translation>Votre éta&amp;blissement</translation>
    </message>
    <message>
        <location filename="../ui/features/clinic.py" line="48"/>
        <source>Your clinic&apos;s phone numbers, address and note</source>
        <translation>Les numéros de téléphone, l’adresse et la note de votre établissement</translation>
    </message>
    <message>
        <location filename="../ui/features/clinic.py" line="62"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/features/clinic.py" line="63"/>
        <source>Clinic phone number</source>
        <translation>Numéro de téléphone de l’établissement</translation>
    </message>
</context>
<context>
    <name>ErrorNotice</name>
    <message>
        <location filename="../ui/errors.py" line="48"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../ui/errors.py" line="49"/>
        <source>Something did not work as it should. The guide keeps working. If it happens again, please tell the staff.</source>
        <translation>Quelque chose n’a pas fonctionné comme prévu. Le guide continue de marcher. Si cela se reproduit, merci de le signaler à l’équipe.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../ui/features/find.py" line="105"/>
        <source>Find in this page</source>
        <translation>Rechercher dans cette page</translation>
    </message>
    <message>
        <location filename="../ui/features/find.py" line="106"/>
        <source>Find in this page:</source>
        <translation>Rechercher dans cette page&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/features/find.py" line="107"/>
        <source>Word to find</source>
        <translation>Mot à trouver</translation>
    </message>
    <message>
        <location filename="../ui/features/find.py" line="108"/>
        <source>Word to find in this page</source>
        <translation>Mot à trouver dans cette page</translation>
    </message>
    <message>
        <location filename="../ui/features/find.py" line="109"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../ui/features/find.py" line="110"/>
        <source>Go to the previous match (Shift+F3)</source>
        <translation>Aller au résultat précédent (Maj+F3)</translation>
    </message>
    <message>
        <location filename="../ui/features/find.py" line="111"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../ui/features/find.py" line="112"/>
        <source>Go to the next match (F3)</source>
        <translation>Aller au résultat suivant (F3)</translation>
    </message>
    <message>
        <location filename="../ui/features/find.py" line="113"/>
        <source>Highlight all</source>
        <translation>Tout surligner</translation>
    </message>
    <message>
        <location filename="../ui/features/find.py" line="114"/>
        <source>Show every match in the page</source>
        <translation>Montrer tous les résultats dans la page</translation>
    </message>
    <message>
        <location filename="../ui/features/find.py" line="115"/>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <location filename="../ui/features/find.py" line="116"/>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <location filename="../ui/features/find.py" line="117"/>
        <source>How many times the word is in this page</source>
        <translation>Combien de fois le mot est dans cette page</translation>
    </message>
    <message>
        <location filename="../ui/features/find.py" line="119"/>
        <source>&amp;Find in this page…</source>
        <translation>&amp;Rechercher dans cette page…</translation>
    </message>
    <message>
        <location filename="../ui/features/find.py" line="120"/>
        <source>Find a word in the page you are reading</source>
        <translation>Trouver un mot dans la page que vous lisez</translation>
    </message>
    <message>
        <location filename="../ui/features/find.py" line="121"/>
        <source>Find &amp;next</source>
        <translation>Résultat &amp;suivant</translation>
    </message>
    <message>
        <location filename="../ui/features/find.py" line="122"/>
        <source>Find &amp;previous</source>
        <translation>Résultat &amp;précédent</translation>
    </message>
    <message>
        <location filename="../ui/features/find.py" line="251"/>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location filename="../ui/features/find.py" line="253"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/features/find.py" line="257"/>
        <source>Matches</source>
        <translation>Résultats</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <location filename="../ui/features/glossary.py" line="202"/>
        <source>All the hard words of the guide, from A to Z</source>
        <translation>Tous les mots difficiles du guide, de A à Z</translation>
    </message>
    <message>
        <location filename="../ui/features/glossary.py" line="203"/>
        <source>&amp;Glossary</source>
        <translation>Gl&amp;ossaire</translation>
    </message>
    <message>
        <location filename="../ui/features/glossary.py" line="204"/>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <location filename="../ui/features/glossary.py" line="208"/>
        <source>&amp;Mark every glossary word</source>
        <translation>Souligner &amp;tous les mots du glossaire</translation>
    </message>
    <message>
        <location filename="../ui/features/glossary.py" line="209"/>
        <source>Underline every word of the glossary, not only the first in each part</source>
        <translation>Souligner chaque mot du glossaire, et pas seulement le premier de chaque partie</translation>
    </message>
</context>
<context>
    <name>GlossaryFilterBar</name>
    <message>
        <location filename="../ui/features/glossary_popup.py" line="339"/>
        <source>Glossary filter</source>
        <translation>Filtre du glossaire</translation>
    </message>
    <message>
        <location filename="../ui/features/glossary_popup.py" line="340"/>
        <source>Find a &amp;word:</source>
        <translation>Chercher un &amp;mot&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/features/glossary_popup.py" line="341"/>
        <source>part of a word, e.g. leucemie</source>
        <translation>une partie d’un mot, par exemple leucemie</translation>
    </message>
    <message>
        <location filename="../ui/features/glossary_popup.py" line="342"/>
        <source>Find a word in the glossary</source>
        <translation>Chercher un mot dans le glossaire</translation>
    </message>
    <message>
        <location filename="../ui/features/glossary_popup.py" line="344"/>
        <source>Shows only the words that contain what you type; accents do not matter</source>
        <translation>Affiche seulement les mots qui contiennent ce que vous tapez&#xa0;; les accents ne comptent pas</translation>
    </message>
</context>
<context>
    <name>GlossaryPopup</name>
    <message>
        <location filename="../ui/features/glossary_popup.py" line="199"/>
        <source>In English:</source>
        <translation>En anglais&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/features/glossary_popup.py" line="199"/>
        <source>In French:</source>
        <translation>En français&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/features/glossary_popup.py" line="208"/>
        <source>See also:</source>
        <translation>Voir aussi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/features/glossary_popup.py" line="215"/>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <location filename="../ui/features/glossary_popup.py" line="277"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../ui/features/glossary_popup.py" line="278"/>
        <source>Show the word you saw before</source>
        <translation>Revenir au mot vu juste avant</translation>
    </message>
    <message>
        <location filename="../ui/features/glossary_popup.py" line="279"/>
        <source>Open in glossary</source>
        <translation>Ouvrir dans le glossaire</translation>
    </message>
    <message>
        <location filename="../ui/features/glossary_popup.py" line="280"/>
        <source>Show this word in the list of all words</source>
        <translation>Montrer ce mot dans la liste de tous les mots</translation>
    </message>
    <message>
        <location filename="../ui/features/glossary_popup.py" line="281"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/features/glossary_popup.py" line="282"/>
        <source>Close this box (Esc)</source>
        <translation>Fermer cette fenêtre (Échap)</translation>
    </message>
    <message>
        <location filename="../ui/features/glossary_popup.py" line="283"/>
        <source>Related words</source>
        <translation>Mots liés</translation>
    </message>
    <message>
        <location filename="../ui/features/glossary_popup.py" line="284"/>
        <source>Choose a word to see its meaning here</source>
        <translation>Choisissez un mot pour voir ici ce qu’il veut dire</translation>
    </message>
</context>
<context>
    <name>HandoutChoices</name>
    <message>
        <location filename="../ui/features/handout_choices.py" line="171"/>
        <source>Chapters</source>
        <translation>Chapitres</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_choices.py" line="172"/>
        <source>Chapters to print</source>
        <translation>Chapitres à imprimer</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_choices.py" line="173"/>
        <source>&amp;All</source>
        <translation>&amp;Tous</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_choices.py" line="174"/>
        <source>&amp;None</source>
        <translation>&amp;Aucun</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_choices.py" line="175"/>
        <source>Handout</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_choices.py" line="176"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_choices.py" line="177"/>
        <source>The language of the printed pages, whatever the language of the screen</source>
        <translation>La langue des pages imprimées, quelle que soit celle de l’écran</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_choices.py" line="179"/>
        <source>&amp;Glossary of the words used</source>
        <translation>&amp;Glossaire des mots utilisés</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_choices.py" line="180"/>
        <source>“My &amp;questions” page with lines to write on</source>
        <translation>Page « Mes &amp;questions » avec des lignes pour écrire</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_choices.py" line="181"/>
        <source>Lar&amp;ge print</source>
        <translation>Grands &amp;caractères</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_choices.py" line="182"/>
        <source>&amp;Pictures</source>
        <translation>Ill&amp;ustrations</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_choices.py" line="183"/>
        <source>Pape&amp;r:</source>
        <translation>Format du pap&amp;ier :</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_choices.py" line="184"/>
        <source>Your clinic</source>
        <translation>Votre établissement</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_choices.py" line="185"/>
        <source>Na&amp;me:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_choices.py" line="186"/>
        <source>P&amp;hone:</source>
        <translation>Tél&amp;éphone :</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_choices.py" line="187"/>
        <source>No&amp;te:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_choices.py" line="188"/>
        <source>For example: ward, floor, opening hours</source>
        <translation>Par exemple : service, étage, horaires</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_choices.py" line="194"/>
        <source>Re&amp;member these details</source>
        <translation>&amp;Mémoriser ces coordonnées</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_choices.py" line="195"/>
        <source>Fill them in like this next time</source>
        <translation>Les préremplir ainsi la prochaine fois</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../ui/features/handout_dialog.py" line="137"/>
        <source>Print a handout</source>
        <translation>Imprimer un document</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_dialog.py" line="139"/>
        <source>Preview of the printed pages</source>
        <translation>Aperçu des pages imprimées</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_dialog.py" line="140"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_dialog.py" line="141"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_dialog.py" line="142"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_dialog.py" line="143"/>
        <source>Print the &amp;essentials…</source>
        <translation>Imprimer l’&amp;essentiel…</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_dialog.py" line="145"/>
        <source>The essentials on one page: a one-page summary for a first read, in the handout&apos;s language, with your clinic&apos;s details</source>
        <translation>L’essentiel en une page : un résumé d’une page pour une première lecture, dans la langue du document, avec les coordonnées de votre établissement</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_dialog.py" line="221"/>
        <source>The essentials on one page. Pages: %1</source>
        <translation>L’essentiel en une page. Pages : %1</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_dialog.py" line="224"/>
        <source>The essentials could not be read. Please tell the staff who keep the guide.</source>
        <translation>L’essentiel n’a pas pu être lu. Merci de le signaler aux personnes qui tiennent le guide à jour.</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_dialog.py" line="171"/>
        <source>The clinic&apos;s details are saved for next time.</source>
        <translation>Les coordonnées de l’établissement sont enregistrées pour la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_dialog.py" line="227"/>
        <source>Choose at least one chapter.</source>
        <translation>Choisissez au moins un chapitre.</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_dialog.py" line="229"/>
        <source>The chosen chapters could not be read. Please tell the staff who keep the guide.</source>
        <translation>Les chapitres choisis n’ont pas pu être lus. Merci de le signaler aux personnes qui tiennent le guide à jour.</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_dialog.py" line="232"/>
        <source>Pages: %1</source>
        <translation>Pages : %1</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_dialog.py" line="219"/>
        <source>Preparing the pages…</source>
        <translation>Préparation des pages…</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_dialog.py" line="234"/>
        <source>Left out because they could not be read: %1</source>
        <translation>Laissés de côté, car ils n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_dialog.py" line="256"/>
        <source>No printer is set up on this computer. Please ask the staff.</source>
        <translation>Aucune imprimante n’est installée sur cet ordinateur. Merci de demander à l’équipe.</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_dialog.py" line="262"/>
        <source>Print the handout</source>
        <translation>Imprimer le document</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_dialog.py" line="255"/>
        <location filename="../ui/features/handout_dialog.py" line="269"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_dialog.py" line="270"/>
        <source>The handout could not be printed. Check that the printer is on and try again.</source>
        <translation>Le document n’a pas pu être imprimé. Vérifiez que l’imprimante est allumée, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_dialog.py" line="273"/>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l’imprimante.</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_dialog.py" line="293"/>
        <source>Save the handout as PDF</source>
        <translation>Enregistrer le document en PDF</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_dialog.py" line="294"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_dialog.py" line="302"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_dialog.py" line="304"/>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_dialog.py" line="309"/>
        <source>This folder cannot be written to, or the file is open in another program. Choose another place or close it.</source>
        <translation>Impossible d’écrire dans ce dossier, ou le fichier est ouvert dans un autre programme. Choisissez un autre emplacement, ou fermez le fichier.</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_dialog.py" line="311"/>
        <source>This folder does not exist. Choose another place.</source>
        <translation>Ce dossier n’existe pas. Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_dialog.py" line="312"/>
        <source>The disk is full. Free some space or choose another place.</source>
        <translation>Le disque est plein. Libérez de la place ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_dialog.py" line="314"/>
        <source>This is a folder. Type a file name.</source>
        <translation>C’est un dossier. Tapez un nom de fichier.</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_dialog.py" line="316"/>
        <source>The file could not be written.</source>
        <translation>Le fichier n’a pas pu être écrit.</translation>
    </message>
    <message>
        <location filename="../ui/features/handout_dialog.py" line="317"/>
        <source>The handout was not saved to %1.</source>
        <translation>Le document n’a pas été enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../ui/features/kiosk.py" line="123"/>
        <source>Quit (staff only)</source>
        <translation>Quitter (réservé au personnel)</translation>
    </message>
</context>
<context>
    <name>LinkBox</name>
    <message>
        <location filename="../ui/link_box.py" line="43"/>
        <source>Address outside this guide</source>
        <translation>Adresse hors de ce guide</translation>
    </message>
    <message>
        <location filename="../ui/link_box.py" line="45"/>
        <source>This computer is not connected to the internet, so this address cannot be opened here. You can copy it and open it at home.</source>
        <translation>Cet ordinateur n’est pas relié à Internet : cette adresse ne peut pas s’ouvrir ici. Vous pouvez la copier et l’ouvrir chez vous.</translation>
    </message>
    <message>
        <location filename="../ui/link_box.py" line="47"/>
        <source>&amp;Copy address</source>
        <translation>&amp;Copier l’adresse</translation>
    </message>
    <message>
        <location filename="../ui/link_box.py" line="48"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/window.py" line="80"/>
        <location filename="../ui/window.py" line="192"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="205"/>
        <source>Text size: %1 %</source>
        <translation>Taille du texte : %1 %</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="214"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="215"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="216"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="217"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="218"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="219"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="226"/>
        <source>Family guide</source>
        <translation>Guide pour les familles</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="239"/>
        <source>Reviewed on %1</source>
        <translation>Relu le %1</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="247"/>
        <source>About this guide</source>
        <translation>À propos de ce guide</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="248"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Version %2, content reviewed on %3.&lt;br&gt;&lt;br&gt;This guide explains, in plain words, what the sources listed in it say. It does not replace your care team.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Version %2, contenu relu le %3.&lt;br&gt;&lt;br&gt;Ce guide explique avec des mots simples ce que disent les sources qu’il cite. Il ne remplace pas votre équipe soignante.</translation>
    </message>
</context>
<context>
    <name>PartNames</name>
    <message>
        <location filename="../ui/part_names.py" line="31"/>
        <location filename="../ui/part_names.py" line="34"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../ui/part_names.py" line="31"/>
        <source>The chapters of the guide and their sections</source>
        <translation>Les chapitres du guide et leurs parties</translation>
    </message>
    <message>
        <location filename="../ui/part_names.py" line="32"/>
        <source>Chapter text</source>
        <translation>Texte du chapitre</translation>
    </message>
    <message>
        <location filename="../ui/part_names.py" line="32"/>
        <source>The text of the page you are reading</source>
        <translation>Le texte de la page que vous lisez</translation>
    </message>
    <message>
        <location filename="../ui/part_names.py" line="33"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location filename="../ui/part_names.py" line="33"/>
        <source>Move around the guide</source>
        <translation>Se déplacer dans le guide</translation>
    </message>
    <message>
        <location filename="../ui/part_names.py" line="34"/>
        <source>The chapters of the guide</source>
        <translation>Les chapitres du guide</translation>
    </message>
    <message>
        <location filename="../ui/part_names.py" line="35"/>
        <source>Reading area</source>
        <translation>Zone de lecture</translation>
    </message>
    <message>
        <location filename="../ui/part_names.py" line="35"/>
        <source>The page you are reading</source>
        <translation>La page que vous lisez</translation>
    </message>
    <message>
        <location filename="../ui/part_names.py" line="36"/>
        <source>Choose a language</source>
        <translation>Choisir une langue</translation>
    </message>
    <message>
        <location filename="../ui/part_names.py" line="37"/>
        <source>Choose the language of the guide</source>
        <translation>Choisir la langue du guide</translation>
    </message>
    <message>
        <location filename="../ui/part_names.py" line="38"/>
        <source>Menu bar</source>
        <translation>Barre de menus</translation>
    </message>
    <message>
        <location filename="../ui/part_names.py" line="38"/>
        <source>The guide&apos;s menus</source>
        <translation>Les menus du guide</translation>
    </message>
    <message>
        <location filename="../ui/part_names.py" line="39"/>
        <source>Status bar</source>
        <translation>Barre d’état</translation>
    </message>
    <message>
        <location filename="../ui/part_names.py" line="39"/>
        <source>Messages and the review date</source>
        <translation>Messages et date de relecture</translation>
    </message>
    <message>
        <location filename="../ui/part_names.py" line="40"/>
        <source>Review date</source>
        <translation>Date de relecture</translation>
    </message>
    <message>
        <location filename="../ui/part_names.py" line="41"/>
        <source>When the content was last checked</source>
        <translation>Date de la dernière vérification du contenu</translation>
    </message>
    <message>
        <location filename="../ui/part_names.py" line="47"/>
        <source>Close the contents</source>
        <translation>Fermer le sommaire</translation>
    </message>
    <message>
        <location filename="../ui/part_names.py" line="49"/>
        <source>More menus</source>
        <translation>Autres menus</translation>
    </message>
    <message>
        <location filename="../ui/part_names.py" line="50"/>
        <source>More buttons</source>
        <translation>Autres boutons</translation>
    </message>
    <message>
        <location filename="../ui/part_names.py" line="60"/>
        <source>Detach the contents</source>
        <translation>Détacher la table des matières</translation>
    </message>
    <message>
        <location filename="../ui/part_names.py" line="61"/>
        <source>Show the contents in a window of their own, or put them back</source>
        <translation>Afficher la table des matières dans une fenêtre à part, ou la remettre en place</translation>
    </message>
    <message>
        <location filename="../ui/part_names.py" line="63"/>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <location filename="../ui/part_names.py" line="64"/>
        <source>Make the text smaller</source>
        <translation>Réduire le texte</translation>
    </message>
    <message>
        <location filename="../ui/part_names.py" line="65"/>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <location filename="../ui/part_names.py" line="66"/>
        <source>Make the text larger</source>
        <translation>Agrandir le texte</translation>
    </message>
    <message>
        <location filename="../ui/part_names.py" line="68"/>
        <source>Show the guide in French</source>
        <translation>Afficher le guide en français</translation>
    </message>
    <message>
        <location filename="../ui/part_names.py" line="70"/>
        <source>Show the guide in English</source>
        <translation>Afficher le guide en anglais</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../ui/features/preferences.py" line="167"/>
        <source>Pre&amp;ferences…</source>
        <translation>P&amp;références…</translation>
    </message>
    <message>
        <location filename="../ui/features/preferences.py" line="168"/>
        <source>The clinic&apos;s details for handouts</source>
        <translation>Les coordonnées du service pour les documents imprimés</translation>
    </message>
    <message>
        <location filename="../ui/features/preferences.py" line="194"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../ui/features/preferences.py" line="195"/>
        <source>The clinic&apos;s details could not be saved in %1. Ask the clinic&apos;s IT to make this folder writable, or to edit clinic.toml there.</source>
        <translation>Les coordonnées de l’établissement n’ont pas pu être enregistrées dans %1. Demandez au service informatique de rendre ce dossier modifiable, ou de modifier clinic.toml à cet endroit.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/features/preferences.py" line="131"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../ui/features/preferences.py" line="133"/>
        <source>Your clinic&apos;s details are shown in the guide (home page, status bar, the &quot;Your clinic&quot; page) and printed on every handout.</source>
        <translation>Les coordonnées de votre établissement s’affichent dans le guide (page d’accueil, barre d’état, page «&#xa0;Votre établissement&#xa0;») et sont imprimées sur chaque document.</translation>
    </message>
    <message>
        <location filename="../ui/features/preferences.py" line="136"/>
        <source>&amp;Phone (day):</source>
        <translation>&amp;Téléphone (journée) :</translation>
    </message>
    <message>
        <location filename="../ui/features/preferences.py" line="137"/>
        <source>Phone (night, &amp;emergency):</source>
        <translation>Téléphone (nuit, &amp;urgence) :</translation>
    </message>
    <message>
        <location filename="../ui/features/preferences.py" line="138"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location filename="../ui/features/preferences.py" line="139"/>
        <source>What is covered, whom to ask (&amp;French):</source>
        <translation>Ce qui est pris en charge, à qui demander (en &amp;français) :</translation>
    </message>
    <message>
        <location filename="../ui/features/preferences.py" line="140"/>
        <source>The same in En&amp;glish:</source>
        <translation>La même chose en an&amp;glais :</translation>
    </message>
    <message>
        <location filename="../ui/features/preferences.py" line="141"/>
        <source>Short &amp;note for handouts:</source>
        <translation>Courte &amp;note pour les documents :</translation>
    </message>
    <message>
        <location filename="../ui/features/preferences.py" line="135"/>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nom du service :</translation>
    </message>
    <message>
        <location filename="../ui/features/preferences.py" line="142"/>
        <source>&amp;Mark every glossary word, not only the first</source>
        <translation>&amp;Souligner chaque mot du glossaire, pas seulement le premier</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../ui/features/printing.py" line="45"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../ui/features/printing.py" line="46"/>
        <source>Print or save as PDF a handout for the family to take home</source>
        <translation>Imprimer ou enregistrer en PDF un document que la famille emportera</translation>
    </message>
    <message>
        <location filename="../ui/features/printing.py" line="47"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../ui/features/read_aloud.py" line="103"/>
        <source>Preparing the voice…</source>
        <translation>Préparation de la voix…</translation>
    </message>
    <message>
        <location filename="../ui/features/read_aloud.py" line="185"/>
        <source>&amp;Pause reading</source>
        <translation>&amp;Pause de la lecture</translation>
    </message>
    <message>
        <location filename="../ui/features/read_aloud.py" line="187"/>
        <source>&amp;Resume reading</source>
        <translation>&amp;Reprendre la lecture</translation>
    </message>
    <message>
        <location filename="../ui/features/read_aloud.py" line="189"/>
        <source>&amp;Read aloud</source>
        <translation>&amp;Lire à voix haute</translation>
    </message>
    <message>
        <location filename="../ui/features/read_aloud.py" line="193"/>
        <source>Read aloud is not available: Qt&apos;s speech module (PySide6-Addons) is not installed.</source>
        <translation>La lecture à voix haute n&apos;est pas disponible&#xa0;: le module de synthèse vocale de Qt (PySide6-Addons) n&apos;est pas installé.</translation>
    </message>
    <message>
        <location filename="../ui/features/read_aloud.py" line="195"/>
        <source>Read aloud is not available: this computer has no speech engine.</source>
        <translation>La lecture à voix haute n&apos;est pas disponible&#xa0;: cet ordinateur n&apos;a pas de moteur de synthèse vocale.</translation>
    </message>
    <message>
        <location filename="../ui/features/read_aloud.py" line="197"/>
        <source>Read aloud is not available: the speech service (speech-dispatcher) is not installed or not running.</source>
        <translation>La lecture à voix haute n&apos;est pas disponible&#xa0;: le service vocal (speech-dispatcher) n&apos;est pas installé ou ne fonctionne pas.</translation>
    </message>
    <message>
        <location filename="../ui/features/read_aloud.py" line="200"/>
        <source>Read aloud is not available: the speech engine did not start.</source>
        <translation>La lecture à voix haute n&apos;est pas disponible&#xa0;: le moteur de synthèse vocale n&apos;a pas démarré.</translation>
    </message>
    <message>
        <location filename="../ui/features/read_aloud.py" line="206"/>
        <source>Read aloud: this computer has no French voice.</source>
        <translation>Lecture à voix haute&#xa0;: cet ordinateur n&apos;a pas de voix française.</translation>
    </message>
    <message>
        <location filename="../ui/features/read_aloud.py" line="207"/>
        <source>Read aloud: this computer has no English voice.</source>
        <translation>Lecture à voix haute&#xa0;: cet ordinateur n&apos;a pas de voix anglaise.</translation>
    </message>
    <message>
        <location filename="../ui/features/read_aloud.py" line="210"/>
        <source>Read this page aloud; press again to pause</source>
        <translation>Lire cette page à voix haute&#xa0;; appuyer encore pour faire une pause</translation>
    </message>
    <message>
        <location filename="../ui/features/read_aloud.py" line="214"/>
        <source>S&amp;top reading</source>
        <translation>Arrê&amp;ter la lecture</translation>
    </message>
    <message>
        <location filename="../ui/features/read_aloud.py" line="215"/>
        <location filename="../ui/features/read_aloud.py" line="216"/>
        <source>Stop reading aloud</source>
        <translation>Arrêter la lecture à voix haute</translation>
    </message>
    <message>
        <location filename="../ui/features/read_aloud.py" line="217"/>
        <source>Read aloud (&amp;not available)</source>
        <translation>Lecture à voix haute (&amp;non disponible)</translation>
    </message>
    <message>
        <location filename="../ui/features/read_aloud.py" line="218"/>
        <source>Read aloud is not available on this computer.</source>
        <translation>La lecture à voix haute n&apos;est pas disponible sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../ui/features/search.py" line="240"/>
        <source>Opening one switches the guide to French.</source>
        <translation>Le guide passera en français si vous en ouvrez un.</translation>
    </message>
    <message>
        <location filename="../ui/features/search.py" line="241"/>
        <source>Opening one switches the guide to English.</source>
        <translation>Le guide passera en anglais si vous en ouvrez un.</translation>
    </message>
    <message>
        <location filename="../ui/features/search.py" line="117"/>
        <location filename="../ui/features/search.py" line="118"/>
        <location filename="../ui/features/search.py" line="121"/>
        <source>Search the guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <location filename="../ui/features/search.py" line="119"/>
        <source>Find a word in every chapter and in the glossary</source>
        <translation>Trouver un mot dans tous les chapitres et dans le glossaire</translation>
    </message>
    <message>
        <location filename="../ui/features/search.py" line="109"/>
        <location filename="../ui/features/search.py" line="124"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../ui/features/search.py" line="125"/>
        <source>&amp;Search the guide…</source>
        <translation>Re&amp;chercher dans le guide…</translation>
    </message>
    <message>
        <location filename="../ui/features/search.py" line="173"/>
        <source>The search is getting ready. Your results will appear here in a moment.</source>
        <translation>La recherche se prépare. Vos résultats vont s’afficher ici dans un instant.</translation>
    </message>
    <message>
        <location filename="../ui/features/search.py" line="203"/>
        <source>In French</source>
        <translation>En français</translation>
    </message>
    <message>
        <location filename="../ui/features/search.py" line="203"/>
        <source>In English</source>
        <translation>En anglais</translation>
    </message>
    <message>
        <location filename="../ui/features/search.py" line="209"/>
        <source>Nothing found for “%1”.</source>
        <translation>Rien trouvé pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/features/search.py" line="213"/>
        <source>Did you mean:</source>
        <translation>Vouliez-vous dire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/features/search.py" line="218"/>
        <source>Search for this word</source>
        <translation>Rechercher ce mot</translation>
    </message>
    <message>
        <location filename="../ui/features/search.py" line="221"/>
        <source>Try a shorter word, or another spelling.</source>
        <translation>Essayez un mot plus court, ou une autre orthographe.</translation>
    </message>
    <message>
        <location filename="../ui/features/search.py" line="246"/>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/features/shortcuts_dialog.py" line="113"/>
        <location filename="../ui/features/shortcuts_dialog.py" line="118"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/features/shortcuts_dialog.py" line="115"/>
        <source>Everything in this guide can be done with the keyboard. Alt and the underlined letter opens a menu.</source>
        <translation>Tout, dans ce guide, peut se faire au clavier. Alt et la lettre soulignée ouvrent un menu.</translation>
    </message>
    <message>
        <location filename="../ui/features/shortcuts_dialog.py" line="117"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../ui/features/shortcuts_dialog.py" line="117"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../ui/features/shortcuts_dialog.py" line="119"/>
        <source>Each command and the keys that do it</source>
        <translation>Chaque commande et les touches qui la lancent</translation>
    </message>
    <message>
        <location filename="../ui/features/shortcuts_dialog.py" line="120"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/features/shortcuts_dialog.py" line="125"/>
        <source>In the text</source>
        <translation>Dans le texte</translation>
    </message>
    <message>
        <location filename="../ui/features/shortcuts_dialog.py" line="126"/>
        <source>Go to the next link or word</source>
        <translation>Aller au lien ou au mot suivant</translation>
    </message>
    <message>
        <location filename="../ui/features/shortcuts_dialog.py" line="127"/>
        <source>Go to the previous link or word</source>
        <translation>Revenir au lien ou au mot précédent</translation>
    </message>
    <message>
        <location filename="../ui/features/shortcuts_dialog.py" line="127"/>
        <source>Shift+Tab</source>
        <translation>Maj+Tab</translation>
    </message>
    <message>
        <location filename="../ui/features/shortcuts_dialog.py" line="128"/>
        <source>Open the link, or explain the word</source>
        <translation>Ouvrir le lien, ou expliquer le mot</translation>
    </message>
    <message>
        <location filename="../ui/features/shortcuts_dialog.py" line="128"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../ui/features/shortcuts_dialog.py" line="129"/>
        <source>Move the caret through the text</source>
        <translation>Déplacer le curseur dans le texte</translation>
    </message>
    <message>
        <location filename="../ui/features/shortcuts_dialog.py" line="129"/>
        <source>Arrows, Home, End</source>
        <translation>Flèches, Début, Fin</translation>
    </message>
    <message>
        <location filename="../ui/features/shortcuts_dialog.py" line="130"/>
        <source>Move the caret word by word</source>
        <translation>Déplacer le curseur mot par mot</translation>
    </message>
    <message>
        <location filename="../ui/features/shortcuts_dialog.py" line="130"/>
        <source>Ctrl+Left, Ctrl+Right</source>
        <translation>Ctrl+Gauche, Ctrl+Droite</translation>
    </message>
    <message>
        <location filename="../ui/features/shortcuts_dialog.py" line="131"/>
        <source>Go to the next heading</source>
        <translation>Aller au titre suivant</translation>
    </message>
    <message>
        <location filename="../ui/features/shortcuts_dialog.py" line="132"/>
        <source>Go to the previous heading</source>
        <translation>Aller au titre précédent</translation>
    </message>
    <message>
        <location filename="../ui/features/shortcuts_dialog.py" line="132"/>
        <source>Shift+H</source>
        <translation>Maj+H</translation>
    </message>
    <message>
        <location filename="../ui/features/shortcuts_dialog.py" line="133"/>
        <source>Scroll down or up</source>
        <translation>Descendre ou remonter dans la page</translation>
    </message>
    <message>
        <location filename="../ui/features/shortcuts_dialog.py" line="133"/>
        <source>Page Down, Page Up</source>
        <translation>Pg Suiv, Pg Préc</translation>
    </message>
    <message>
        <location filename="../ui/features/shortcuts_dialog.py" line="135"/>
        <source>Other keys</source>
        <translation>Autres touches</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <location filename="../ui/features/shortcuts.py" line="41"/>
        <source>List every command and its keys</source>
        <translation>Voir chaque commande et ses touches</translation>
    </message>
    <message>
        <location filename="../ui/features/shortcuts.py" line="42"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>TableOfContents</name>
    <message>
        <location filename="../ui/toc.py" line="90"/>
        <source>Your clinic</source>
        <translation>Votre établissement</translation>
    </message>
    <message>
        <location filename="../ui/toc.py" line="106"/>
        <source>Glossary (A to Z)</source>
        <translation>Glossaire (de A à Z)</translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <location filename="../ui/themes.py" line="265"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location filename="../ui/themes.py" line="267"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location filename="../ui/themes.py" line="267"/>
        <source>Dark text on a white page</source>
        <translation>Texte foncé sur une page blanche</translation>
    </message>
    <message>
        <location filename="../ui/themes.py" line="268"/>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <location filename="../ui/themes.py" line="268"/>
        <source>Light text on a dark page, softer in a dim room</source>
        <translation>Texte clair sur une page sombre, plus doux dans une pièce peu éclairée</translation>
    </message>
    <message>
        <location filename="../ui/themes.py" line="269"/>
        <source>&amp;High contrast</source>
        <translation>Contraste &amp;élevé</translation>
    </message>
    <message>
        <location filename="../ui/themes.py" line="270"/>
        <source>White text on black, links in yellow, for low vision</source>
        <translation>Texte blanc sur fond noir, liens en jaune, pour les personnes qui voient mal</translation>
    </message>
    <message>
        <location filename="../ui/themes.py" line="277"/>
        <source>Colours of the page and the window</source>
        <translation>Couleurs de la page et de la fenêtre</translation>
    </message>
</context>
</TS>
