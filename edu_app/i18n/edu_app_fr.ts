<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>Actions</name>
    <message>
        <location filename="../ui/actions.py" line="65" />
        <source>&amp;Home</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="65" />
        <source>Go to the first page of the guide</source>
        <translation>Aller à la première page du guide</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="66" />
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="66" />
        <source>Go back to the page you saw before</source>
        <translation>Revenir à la page précédente</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="67" />
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="67" />
        <source>Go forward again</source>
        <translation>Aller de nouveau en avant</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="68" />
        <source>&amp;Previous chapter</source>
        <translation>Chapitre &amp;précédent</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="68" />
        <source>Go to the previous chapter</source>
        <translation>Aller au chapitre précédent</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="69" />
        <source>&amp;Next chapter</source>
        <translation>Chapitre suiva&amp;nt</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="69" />
        <source>Go to the next chapter</source>
        <translation>Aller au chapitre suivant</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="70" />
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="70" />
        <source>Make the text larger</source>
        <translation>Agrandir le texte</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="71" />
        <source>&amp;Smaller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="71" />
        <source>Make the text smaller</source>
        <translation>Réduire le texte</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="72" />
        <source>&amp;Normal text size</source>
        <translation>Taille &amp;normale du texte</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="72" />
        <source>Set the text back to its normal size</source>
        <translation>Remettre le texte à sa taille normale</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="73" />
        <source>&amp;Sources</source>
        <translation>&amp;Sources</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="73" />
        <source>Where the information in this guide comes from</source>
        <translation>D’où viennent les informations de ce guide</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="74" />
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="74" />
        <source>Show or hide the list of chapters</source>
        <translation>Afficher ou masquer la liste des chapitres</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="75" />
        <source>&amp;How to use this guide</source>
        <translation>&amp;Comment utiliser ce guide</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="75" />
        <source>Open the chapter on using this guide</source>
        <translation>Ouvrir le chapitre sur l’utilisation du guide</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="76" />
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="76" />
        <source>About this guide and its version</source>
        <translation>À propos de ce guide et de sa version</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="77" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="77" />
        <source>Close the guide</source>
        <translation>Fermer le guide</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="78" />
        <source>Show the guide in French</source>
        <translation>Afficher le guide en français</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="79" />
        <source>Show the guide in English</source>
        <translation>Afficher le guide en anglais</translation>
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
        <location filename="../ui/window.py" line="80" />
        <location filename="../ui/window.py" line="219" />
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="250" />
        <source>Text size: %1 %</source>
        <translation>Taille du texte : %1 %</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="255" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="256" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="257" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="258" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="259" />
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="260" />
        <location filename="../ui/window.py" line="261" />
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="262" />
        <source>The chapters of the guide and their sections</source>
        <translation>Les chapitres du guide et leurs parties</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="263" />
        <source>Chapter text</source>
        <translation>Texte du chapitre</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="264" />
        <source>The text of the page you are reading</source>
        <translation>Le texte de la page que vous lisez</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="269" />
        <source>Family guide</source>
        <translation>Guide pour les familles</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="278" />
        <source>Reviewed on %1</source>
        <translation>Relu le %1</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="288" />
        <source>About this guide</source>
        <translation>À propos de ce guide</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="289" />
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Version %2, content reviewed on %3.&lt;br&gt;&lt;br&gt;This guide explains, in plain words, what the sources listed in it say. It does not replace your care team.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Version %2, contenu relu le %3.&lt;br&gt;&lt;br&gt;Ce guide explique avec des mots simples ce que disent les sources qu’il cite. Il ne remplace pas votre équipe soignante.</translation>
    </message>
</context>
</TS>