"""Fictional article body for page h35-10 of the held-out group "h35".

Written together with ``pages_h35d.py`` by someone other than the person tuning the
reader and without reading the reader or its output on this page. Same shape as
``articles.py``: a paragraph starting with ``## `` is a subheading, one starting with
``- `` an item of an in-body list. The correction note at the end is a paragraph
(article text). All places, people, organisations and buildings are invented.
"""

ARTICLES_H35D = {
    "h35_d1": dict(
        title="Veerpont tussen Oosterwaarde en Klein-Hemmen vaart weer na half jaar stilstand",
        author="Marieke Doornbos",
        date="2025-09-17",
        paragraphs=[
            "De veerpont over de Lindse Vaart tussen Oosterwaarde en Klein-Hemmen vaart sinds maandagochtend weer. De pont lag ruim zes maanden stil nadat bij een inspectie in maart scheuren waren gevonden in de aandrijfas en de aanlegsteiger aan de kant van Klein-Hemmen.",
            "Voor fietsers, scholieren en boeren uit de omgeving betekende de stilstand een omweg van bijna elf kilometer via de brug bij Wessenburg. Op de eerste vaardag stonden om half zeven al tientallen fietsers aan de steiger te wachten.",
            "## Nieuwe steiger en elektrische aandrijving",
            "De gemeente Lindewaard, eigenaar van de pont, heeft de gelegenheid aangegrepen om de pont grondig te vernieuwen. Wethouder Jeroen Altena (mobiliteit) noemt drie belangrijke verbeteringen:",
            "- een volledig elektrische aandrijving die 's nachts wordt opgeladen met stroom van de zonnepanelen op het veerhuis",
            "- een nieuwe, bredere steiger in Klein-Hemmen met een flauwere helling voor rolstoelen en bakfietsen",
            "- een verlengde dienstregeling in de zomermaanden, tot tien uur 's avonds",
            "De werkzaamheden kostten ongeveer 640.000 euro. De provincie betaalt daarvan 250.000 euro uit een fonds voor kleine veerverbindingen, de rest komt uit de gemeentebegroting.",
            "## Opluchting bij scholieren en ondernemers",
            "Vooral voor de ruim tachtig scholieren uit Klein-Hemmen die dagelijks naar het Altingcollege in Oosterwaarde fietsen, was de omweg zwaar. Ouders klaagden in het voorjaar over gevaarlijke situaties op de provinciale weg langs de dijk.",
            '"Mijn dochter was elke ochtend drie kwartier onderweg, in het donker en met vrachtwagens naast zich. Dat ze nu weer in tien minuten op school is, scheelt ons echt veel zorgen," zegt Anouk Verhagen, moeder van een leerling uit de tweede klas.',
            'Ook Hendrik Smeenk, eigenaar van theeschenkerij De Overhaal bij de steiger in Oosterwaarde, is blij. Hij zag zijn omzet dit voorjaar met bijna de helft dalen omdat fietstoeristen wegbleven. "De fietsroute langs de Vaart loopt hier precies doorheen. Zonder pont kwam er gewoon niemand," zegt hij.',
            "Veerman Gerrit Holwerda, die de pont al negentien jaar bedient, is vooral te spreken over de stilte van de nieuwe motor. Volgens hem horen passagiers nu de vogels in de uiterwaarden weer tijdens de overtocht.",
            "De pont vaart op werkdagen vanaf half zeven 's ochtends en in het weekend vanaf negen uur. Een overtocht kost voor fietsers en voetgangers 1 euro; scholieren met een schoolpas varen gratis. De gemeente evalueert de nieuwe dienstregeling aan het eind van het jaar samen met de dorpsraad van Klein-Hemmen.",
            "Correctie: In een eerdere versie van dit artikel stond dat de provincie 350.000 euro bijdraagt aan de vernieuwing van de pont. Dat is 250.000 euro. De tekst is aangepast.",
        ],
        credits=[],
    ),
}
