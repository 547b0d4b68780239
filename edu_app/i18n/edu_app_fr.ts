<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>Actions</name>
    <message>
        <location filename="../ui/actions.py" line="70" />
        <source>&amp;Home</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="70" />
        <source>Go to the first page of the guide</source>
        <translation>Aller à la première page du guide</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="71" />
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="71" />
        <source>Go back to the page you saw before</source>
        <translation>Revenir à la page précédente</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="72" />
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="72" />
        <source>Go forward again</source>
        <translation>Aller de nouveau en avant</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="74" />
        <source>&amp;Previous chapter</source>
        <translation>Chapitre &amp;précédent</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="75" />
        <source>Go to the previous chapter</source>
        <translation>Aller au chapitre précédent</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="77" />
        <source>&amp;Next chapter</source>
        <translation>Chapitre suiva&amp;nt</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="77" />
        <source>Go to the next chapter</source>
        <translation>Aller au chapitre suivant</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="78" />
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="78" />
        <source>Make the text larger</source>
        <translation>Agrandir le texte</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="79" />
        <source>&amp;Smaller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="79" />
        <source>Make the text smaller</source>
        <translation>Réduire le texte</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="81" />
        <source>&amp;Normal text size</source>
        <translation>Taille &amp;normale du texte</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="82" />
        <source>Set the text back to its normal size</source>
        <translation>Remettre le texte à sa taille normale</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="85" />
        <source>&amp;Sources</source>
        <translation>&amp;Sources</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="86" />
        <source>Where the information in this guide comes from</source>
        <translation>D’où viennent les informations de ce guide</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="88" />
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="88" />
        <source>Show or hide the list of chapters</source>
        <translation>Afficher ou masquer la liste des chapitres</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="90" />
        <source>&amp;How to use this guide</source>
        <translation>&amp;Comment utiliser ce guide</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="91" />
        <source>Open the chapter on using this guide</source>
        <translation>Ouvrir le chapitre sur l’utilisation du guide</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="93" />
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="93" />
        <source>About this guide and its version</source>
        <translation>À propos de ce guide et de sa version</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="94" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="94" />
        <source>Close the guide</source>
        <translation>Fermer le guide</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="95" />
        <source>Show the guide in French</source>
        <translation>Afficher le guide en français</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="96" />
        <source>Show the guide in English</source>
        <translation>Afficher le guide en anglais</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../ui/find_bar.py" line="103" />
        <source>Find in this page</source>
        <translation>Rechercher dans cette page</translation>
    </message>
    <message>
        <location filename="../ui/find_bar.py" line="104" />
        <source>Find in this page:</source>
        <translation>Rechercher dans cette page :</translation>
    </message>
    <message>
        <location filename="../ui/find_bar.py" line="105" />
        <source>Word to find</source>
        <translation>Mot à trouver</translation>
    </message>
    <message>
        <location filename="../ui/find_bar.py" line="106" />
        <source>Word to find in this page</source>
        <translation>Mot à trouver dans cette page</translation>
    </message>
    <message>
        <location filename="../ui/find_bar.py" line="107" />
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../ui/find_bar.py" line="108" />
        <source>Go to the previous match (Shift+F3)</source>
        <translation>Aller au résultat précédent (Maj+F3)</translation>
    </message>
    <message>
        <location filename="../ui/find_bar.py" line="109" />
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../ui/find_bar.py" line="110" />
        <source>Go to the next match (F3)</source>
        <translation>Aller au résultat suivant (F3)</translation>
    </message>
    <message>
        <location filename="../ui/find_bar.py" line="111" />
        <source>Highlight all</source>
        <translation>Tout surligner</translation>
    </message>
    <message>
        <location filename="../ui/find_bar.py" line="112" />
        <source>Show every match in the page</source>
        <translation>Montrer tous les résultats dans la page</translation>
    </message>
    <message>
        <location filename="../ui/find_bar.py" line="113" />
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <location filename="../ui/find_bar.py" line="114" />
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <location filename="../ui/find_bar.py" line="115" />
        <source>&amp;Find in this page…</source>
        <translation>&amp;Rechercher dans cette page…</translation>
    </message>
    <message>
        <location filename="../ui/find_bar.py" line="116" />
        <source>Find a word in the page you are reading</source>
        <translation>Trouver un mot dans la page que vous lisez</translation>
    </message>
    <message>
        <location filename="../ui/find_bar.py" line="117" />
        <source>Find &amp;next</source>
        <translation>Résultat &amp;suivant</translation>
    </message>
    <message>
        <location filename="../ui/find_bar.py" line="118" />
        <source>Find &amp;previous</source>
        <translation>Résultat &amp;précédent</translation>
    </message>
    <message>
        <location filename="../ui/find_bar.py" line="215" />
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location filename="../ui/find_bar.py" line="217" />
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>LinkBox</name>
    <message>
        <location filename="../ui/link_box.py" line="42" />
        <source>Address outside this guide</source>
        <translation>Adresse hors de ce guide</translation>
    </message>
    <message>
        <location filename="../ui/link_box.py" line="44" />
        <source>This computer is not connected to the internet, so this address cannot be opened here. You can copy it and open it at home.</source>
        <translation>Cet ordinateur n’est pas relié à Internet : cette adresse ne peut pas s’ouvrir ici. Vous pouvez la copier et l’ouvrir chez vous.</translation>
    </message>
    <message>
        <location filename="../ui/link_box.py" line="46" />
        <source>&amp;Copy address</source>
        <translation>&amp;Copier l’adresse</translation>
    </message>
    <message>
        <location filename="../ui/link_box.py" line="47" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/window.py" line="82" />
        <location filename="../ui/window.py" line="246" />
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="277" />
        <source>Text size: %1 %</source>
        <translation>Taille du texte : %1 %</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="282" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="283" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="284" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="285" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="286" />
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="287" />
        <location filename="../ui/window.py" line="288" />
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="289" />
        <source>The chapters of the guide and their sections</source>
        <translation>Les chapitres du guide et leurs parties</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="290" />
        <source>Chapter text</source>
        <translation>Texte du chapitre</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="291" />
        <source>The text of the page you are reading</source>
        <translation>Le texte de la page que vous lisez</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="296" />
        <source>Family guide</source>
        <translation>Guide pour les familles</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="305" />
        <source>Reviewed on %1</source>
        <translation>Relu le %1</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="317" />
        <source>About this guide</source>
        <translation>À propos de ce guide</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="318" />
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Version %2, content reviewed on %3.&lt;br&gt;&lt;br&gt;This guide explains, in plain words, what the sources listed in it say. It does not replace your care team.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Version %2, contenu relu le %3.&lt;br&gt;&lt;br&gt;Ce guide explique avec des mots simples ce que disent les sources qu’il cite. Il ne remplace pas votre équipe soignante.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../ui/search_panel.py" line="197" />
        <location filename="../ui/search_panel.py" line="200" />
        <source>Search the guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="198" />
        <source>Find a word in every chapter and in the glossary</source>
        <translation>Trouver un mot dans tous les chapitres et dans le glossaire</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="202" />
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="203" />
        <source>&amp;Search the guide…</source>
        <translation>Re&amp;chercher dans le guide…</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="263" />
        <source>In French</source>
        <translation>En français</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="263" />
        <source>In English</source>
        <translation>En anglais</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="268" />
        <source>Nothing found for “%1”.</source>
        <translation>Rien trouvé pour « %1 ».</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="272" />
        <source>Did you mean:</source>
        <translation>Vouliez-vous dire :</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="277" />
        <source>Search for this word</source>
        <translation>Rechercher ce mot</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="280" />
        <source>Try a shorter word, or another spelling.</source>
        <translation>Essayez un mot plus court, ou une autre orthographe.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="299" />
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
</context>
</TS>