"""Fictional article bodies for the frozen held-out group "h3" (no real article text).

Written together with ``pages_h3.py`` *before* any cleaning rule of the third round was
changed; never used to tune the reader (docs/benchmarks-extraction.md). Same shape as
``articles.py``: paragraphs (subheadings start with "## ", list items with "- "),
optional credit lines. Editor's notes specific to the article (an interview "edited for
length") are article text; captions, bylines, datelines in their own line, speaker-less
time stamps, company boilerplate ("About ...") and media contacts are not.
"""

ARTICLES_H3 = {
    "french": dict(
        title="Le port de Kerdanet va accueillir une ferme d'algues expérimentale",
        author="Camille Morvan",
        date="2025-03-12",
        paragraphs=[
            "Le conseil municipal de Kerdanet a approuvé mardi soir, par 21 voix contre 6, l'installation d'une ferme d'algues expérimentale à l'entrée du vieux port. Les premières cordes seront immergées à l'automne.",
            "Le projet est porté par une coopérative de quatre anciens pêcheurs, qui espèrent récolter jusqu'à 30 tonnes de laminaires par an d'ici trois ans. Les algues seront vendues à une conserverie de la région et à des fabricants d'engrais.",
            "« Nous avons passé toute notre vie en mer, nous voulons continuer à en vivre autrement », a expliqué Yannick Le Goff, président de la coopérative, devant une salle comble.",
            "## Des plaisanciers inquiets",
            "L'association des usagers du port craint que les bouées ne gênent la circulation des bateaux à l'entrée du chenal, déjà étroite à marée basse. Elle demande que la surface de la ferme soit réduite de moitié.",
            "La mairie assure que le périmètre retenu, 2,5 hectares, a été validé par les services de l'État et que les cordes seront balisées de jour comme de nuit.",
            "## Un financement européen",
            "L'investissement, estimé à 740 000 euros, sera couvert à 60 % par un fonds européen pour la pêche. La commune mettra à disposition un hangar sur le quai pour le séchage des algues.",
            "Une réunion publique est prévue le 2 avril à la salle des fêtes pour présenter le calendrier des travaux.",
        ],
        credits=[],
    ),
    "italian": dict(
        title="Valtorre, riapre dopo dieci anni la funivia del Monte Ciraldo",
        author="Giulia Ferrante",
        date="2025-03-14",
        paragraphs=[
            "Dopo dieci anni di chiusura e due cantieri interrotti, la funivia del Monte Ciraldo tornerà in servizio il primo maggio. Lo ha annunciato ieri il sindaco di Valtorre, Renato Bassani, al termine del collaudo tecnico.",
            "Le nuove cabine possono trasportare 40 persone ciascuna e coprono il dislivello di 900 metri in meno di sette minuti. Il vecchio impianto, costruito nel 1968, era stato fermato nel 2015 per problemi alle funi.",
            "«È una giornata che aspettavamo da troppo tempo, per gli albergatori e per chi in montagna ci vive tutto l'anno», ha detto Bassani.",
            "## Biglietti e orari",
            "Il biglietto di andata e ritorno costerà 18 euro, con riduzioni per i residenti e per i ragazzi sotto i 14 anni. Nei mesi estivi l'impianto funzionerà tutti i giorni dalle 8 alle 19.",
            "L'opera è costata 23 milioni di euro, finanziati in gran parte dalla Regione. Una parte dei lavori è stata rifatta dopo il fallimento della prima impresa appaltatrice nel 2019.",
            "Non tutti però sono soddisfatti. Un comitato di abitanti della frazione di Pietrabianca teme un aumento del traffico sulla strada provinciale e chiede un parcheggio a valle con una navetta.",
        ],
        credits=[],
    ),
    "newsletter": dict(
        title="What the tide tables don't tell you",
        author="Nell Ashby",
        date="2025-03-09",
        paragraphs=[
            "Last Sunday I stood on the causeway to Greyholm with a printed tide table in one hand and a flask of tea in the other, and watched the sea arrive forty minutes earlier than the paper promised.",
            "Nobody drowned, and nobody was ever in danger, because the wardens know this stretch of coast better than any table. But it made me curious about how those numbers are made, and why they can be so wrong on a windy day.",
            "## Predictions, not measurements",
            "A tide table is a forecast built from the pull of the moon and the sun, worked out years in advance. It knows nothing about the weather. A strong westerly can push water into the bay and bring high tide early; a deep low can raise the whole sea by half a metre.",
            "The harbour master at Sallow Quay, Peter Ines, told me that on about one day in ten the real tide is more than twenty minutes off the prediction. On stormy days in winter, it can be more than an hour.",
            "## What the wardens do instead",
            "The causeway wardens watch a gauge on the old lifeboat slip and a simple rule of thumb: if the marker post by the second bend is wet, nobody starts across. They have turned back 214 walkers since January.",
            "If you walk to Greyholm this spring, take the table, but trust the post.",
        ],
        credits=[],
    ),
    "pressrelease": dict(
        title="Brightwater Cells to open battery recycling plant in Tollby, creating 180 jobs",
        author="Brightwater Cells AB",
        date="2025-03-18",
        paragraphs=[
            "TOLLBY, March 18, 2025 -- Brightwater Cells, a maker of batteries for electric buses, today announced plans to build a recycling plant in Tollby that will recover lithium, nickel and cobalt from used battery packs. The plant is expected to create 180 permanent jobs when it opens in 2027.",
            "The facility will be able to process 25,000 tonnes of battery material a year, enough for about 60,000 bus and truck packs. Construction is scheduled to begin in the autumn, pending environmental approval from the county board.",
            '"Every battery we sell today is a mine for tomorrow," said Ingrid Falk, chief executive of Brightwater Cells. "Tollby gives us a port, a skilled workforce and clean power from the river."',
            "The company will invest 1.4 billion crowns in the first phase. Brightwater has signed letters of intent with two bus operators to take back their old packs at the end of their service life.",
            "The municipality of Tollby said the plant would be built on the site of the former paper mill, which closed in 2021.",
        ],
        credits=[],
    ),
    "sportslive": dict(
        title="Harrowgate Rovers 2-1 Linmouth Athletic: live reaction as Rovers reach the cup final",
        author="Sam Okafor",
        date="2025-03-15",
        paragraphs=[
            "Rovers are through to the final. A late header from Danny Pryce settled a tense semi-final in front of a sold-out Mill Lane, and Linmouth's long unbeaten run in the cup is over.",
            "## Pryce wins it",
            "From a corner on the right, Pryce rises above two defenders and glances the ball into the far corner. The home end erupts. It is his first goal since returning from a knee injury in January.",
            "## Linmouth level through Osei",
            "The visitors are back in it. Kwame Osei cuts inside from the left and curls a shot past the goalkeeper from twenty yards. Rovers had been on top for most of the half.",
            "## Half-time: Rovers lead",
            "Rovers go in a goal up after Tom Hale's penalty in the 31st minute. Linmouth have had more of the ball but have not managed a shot on target.",
            "## Team news",
            "Rovers make one change from the side that won at the weekend, with Hale returning after suspension. Linmouth are unchanged.",
        ],
        credits=[],
    ),
    "podcast": dict(
        title="The last lighthouse keepers of the Sorrel Isles",
        author="Harbour Voices",
        date="2025-03-05",
        paragraphs=[
            "Anna Lind: Welcome back to Harbour Voices. This week I'm talking to Eamon Roe, who spent nineteen years looking after the light on Sorrel Point before it was automated in 1998.",
            "Eamon Roe: Thanks for having me. I should say up front, I was never a romantic about it. It was a job, and most days it was a cold one.",
            "Anna Lind: What did a normal day look like?",
            "Eamon Roe: You'd be up before dawn to put the light out and clean the lens. Then the weather reports every three hours, the generator, the paint. There was always paint. The salt eats everything.",
            "Anna Lind: And the nights?",
            "Eamon Roe: The nights were the point of it. You'd check the light turned on time, and you'd watch the boats. In a gale you'd hardly sleep, because if the light failed, that was somebody's life.",
            "Anna Lind: When the automation came, how did that feel?",
            "Eamon Roe: Honestly, relief and grief in about equal parts. The engineers were done in two days. I locked the door and gave the key to a man from the lighthouse board, and that was nineteen years.",
        ],
        credits=[],
    ),
    "interview": dict(
        title="'Nobody wants to be the town without a doctor': a rural GP on the recruitment crisis",
        author="Priya Nandakumar",
        date="2025-02-27",
        paragraphs=[
            "Dr Helga Brandvik has run the only medical practice in Oster Fell for 22 years. Last month she announced that she would retire next spring, and so far nobody has applied to replace her. We spoke to her about what keeps young doctors away from small towns.",
            "This interview has been edited for length and clarity.",
            "Why has nobody applied?",
            "It is not the pay. The pay is fine. It is being on call for a whole valley, alone, with the nearest hospital an hour away on a good road. Young doctors want colleagues, and they want to switch off at night.",
            "Could the practice be shared?",
            "That is what I have proposed to the health board: two part-time doctors, sharing the nights with the practice in Haldan. They said they would look at it in the autumn. The autumn is too late.",
            "What happens if no one comes?",
            "Then people will drive to Haldan, and the older ones will not go at all. I have patients who would rather sit with a chest pain than ask a neighbour for a lift. That is the real cost.",
            "Would you stay on if asked?",
            "I have said I will stay until the end of next year if there is a plan. Without a plan I would only be hiding the problem.",
        ],
        credits=[],
    ),
    "jsonld": dict(
        title="City to plant 5,000 street trees after heat study maps hottest blocks",
        author="Marta Quist",
        date="2025-03-20",
        paragraphs=[
            "Eastmere will plant 5,000 street trees over the next four years, concentrating on the neighbourhoods that a new study found to be up to 6 degrees hotter than the city average on summer afternoons.",
            "The study, carried out with the university's geography department, used sensors on 40 buses to map temperatures street by street last July. The hottest blocks were in the Kiln district, where wide roads and flat roofs leave little shade.",
            '"We knew it was hot there, but we did not know how hot," said councillor Bea Sandoval, who chairs the environment committee.',
            "The first 800 trees will go in this autumn. Residents can ask for a tree outside their home through the city's website, and the council will pay for watering during the first three summers.",
            "The programme will cost 9.5 million over four years. Critics on the council said the money would be better spent on repairing pavements, many of which are already lifted by the roots of old trees.",
        ],
        credits=["Reporting by Marta Quist; editing by Tom Reyes"],
    ),
}
