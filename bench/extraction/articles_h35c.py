"""Fictional article bodies for pages h35-07 to h35-09 of the held-out group "h35".

Written together with ``pages_h35c.py`` by someone other than the person tuning the
reader and without reading the reader or its output on these pages. Same shape as
``articles.py``: a paragraph starting with ``## `` is a subheading, one starting with
``- `` an item of an in-body list. Notes a standards editor keeps with the story (a
correction, an editor's note, an update note) are paragraphs; source lines, agency tags,
copyright lines and photo credits are ``credits`` (not article text). All places,
people, organisations and buildings are invented. h35_c1 is in English, h35_c2 in
French and h35_c3 in Scots.
"""

ARTICLES_H35C = {
    "h35_c1": dict(
        title="Study finds tire dust makes up a third of microplastics in the Tarrow River",
        author="Danielle Okafor",
        date="2025-09-16",
        paragraphs=[
            "Particles worn from car and truck tires make up about a third of the microplastics found in the Tarrow River, according to a two-year study led by researchers at Halbrook State University.",
            "The team collected 412 water and sediment samples at nine sites between the river's headwaters near Carver Falls and its mouth at Port Lennox, and found the highest concentrations downstream of the Route 40 interchange and the city's two largest parking areas.",
            "## Counting particles by the thousand",
            "Each sample was filtered, dried and examined under an infrared microscope, which lets researchers identify the type of plastic in particles as small as 20 micrometers. In total the team classified more than 61,000 particles.",
            '"We expected to find fibers from clothing and fragments of packaging, and we did," said Dr. Marisol Quintero, associate professor of environmental engineering and the study\'s lead author. "What surprised us was how much of the material came from roads. After a heavy storm, the concentration below the interchange was almost eight times higher than on a dry day."',
            "The study, published this month in the Journal of Freshwater Systems, breaks the particles down into four main groups:",
            "- tire and road wear particles, 34 percent",
            "- synthetic fibers, mostly polyester, 29 percent",
            "- fragments of packaging and bottles, 22 percent",
            "- foams, films and other plastics, 15 percent",
            "## Storm drains as the main route",
            "Most of the tire particles reach the river through storm drains that empty directly into it, the researchers say. Sites below older parts of the city, where rainwater is not held in retention ponds, had about twice as many particles as sites below newer developments.",
            'Graduate student Tobias Renner, who carried out much of the fieldwork, said the results point to practical fixes. "Rain gardens, retention ponds and even street sweeping at the right time of year make a real difference. These are things a city can do now," he said.',
            "## Working with the city",
            "The Port Lennox Water Authority, which helped fund the research with a $480,000 grant, plans to use the findings when it decides where to build new green infrastructure over the next five years. A spokesperson said the authority would share sampling data from its own monitoring stations with the university from next spring.",
            "Quintero's lab will now study whether the particles are taken up by freshwater mussels, which are an important food source for fish in the lower river. Undergraduates will be able to join the project through the university's summer research program.",
            "Editor's note: An earlier version of this story gave the wrong name for the journal. The study was published in the Journal of Freshwater Systems.",
        ],
        credits=[],
    ),
    "h35_c2": dict(
        title="La passerelle du Moulin-Neuf sera reconstruite dès le mois de mars",
        author="Service de la communication",
        date="2025-02-11",
        paragraphs=[
            "La Municipalité de Clermoulin a adjugé les travaux de reconstruction de la passerelle du Moulin-Neuf, qui relie le quartier des Grands-Prés à la vieille ville par-dessus la Lirette. Le chantier commencera le lundi 3 mars 2025 et durera environ huit mois.",
            "Construit en 1961, l'ouvrage en béton ne répond plus aux normes de sécurité actuelles. Une inspection menée au printemps 2023 avait révélé une corrosion avancée des armatures, et la charge autorisée avait dû être limitée aux piétons.",
            "## Un nouvel ouvrage en bois et en acier",
            "La nouvelle passerelle, large de 4,20 mètres au lieu de 2,50 mètres, pourra accueillir à la fois les piétons et les cyclistes. Sa structure en acier sera recouverte d'un tablier en mélèze provenant des forêts communales, et un éclairage à basse consommation sera intégré aux garde-corps.",
            "Le projet, issu d'un concours remporté en 2023 par le bureau Atelier Rive Gauche, coûtera 2,8 millions de francs. Le Conseil communal a voté le crédit correspondant le 9 décembre dernier par 58 voix contre 7.",
            "« Cette passerelle est empruntée chaque jour par plus de 3 000 personnes, dont beaucoup d'élèves du collège des Grands-Prés. Nous voulions un ouvrage sûr, plus large et qui s'intègre au paysage de la rivière », explique Nathalie Berthoud-Rey, conseillère municipale en charge des infrastructures.",
            "## Déviations pendant le chantier",
            "La passerelle sera fermée à toute circulation pendant la durée des travaux. Des itinéraires de remplacement seront balisés dès le 3 mars :",
            "- les piétons pourront emprunter le pont de la Tannerie, à 350 mètres en aval ;",
            "- les cyclistes seront déviés par la rue du Stand et le pont Saint-Léger ;",
            "- la ligne de bus 4 desservira un arrêt provisoire « Moulin-Neuf » sur la route de Prélaz.",
            "Les élèves du collège des Grands-Prés seront accompagnés par des patrouilleurs scolaires au carrefour de la Tannerie durant les premières semaines.",
            "## Protection de la rivière",
            "Les travaux dans le lit de la Lirette seront limités à la période de fin avril à fin septembre, afin de ne pas perturber la reproduction de la truite. Un biologiste suivra le chantier et la berge sera revégétalisée à la fin des travaux.",
            "La mise en service de la nouvelle passerelle est prévue pour la fin du mois d'octobre. Une séance d'information publique aura lieu le jeudi 20 février à 19 h à la salle du Conseil communal.",
            "Mise à jour du 12 février 2025 : l'heure de la séance d'information a été corrigée. Elle débutera à 19 h et non à 18 h 30 comme indiqué initialement.",
        ],
        credits=[],
    ),
    "h35_c3": dict(
        title="New leebrar opens its doors in Kirkton o Glenmairn",
        author="Eilidh Baird",
        date="2025-10-06",
        paragraphs=[
            "The new Kirkton Leebrar an Community Hub wis opened on Seturday by the Provost o Glenmairn, Cooncillor Agnes Mowat, efter twa year o biggin wark on Mercat Street.",
            "The £3.1 million biggin taks the place o the auld Carnegie leebrar, that wis shut in the spring o 2022 efter watter gat in throu the ruif an dang doun the ceilin in the readin room.",
            "## Whit's in the new biggin",
            "Forby the lendin leebrar, the hub hauds a wheen o services that uised tae be spreid ower the toun. Fowk comin in will fin:",
            "- a bairns' leebrar wi a story neuk an a quate sensory room",
            "- twal computers, a printer an free wi-fi for awbody that comes in",
            "- a cooncil service desk for hoosin, cooncil tax an blue badges",
            "- a community room that local groups can hire for £8 an oor",
            'The Provost said the day wis a lang time comin. "This is a day Kirkton has waitit on for a guid while. The auld leebrar wis looed by generations o fowk here, an we hae tried tae keep the best o it. Ye\'ll see the Carnegie stane abuin the new door," she said.',
            "The stane, cairved in 1908, wis taen doun whan the auld biggin wis cleared an haes been cleaned an pit back by masons frae the cooncil's ain wirks depairtment.",
            "## Langer oors",
            "The leebrar will be open sax days a week, frae 9am tae 7pm on Monanday tae Friday an frae 10am tae 4pm on Seturday. That is echt oors mair ilka week than the auld biggin wis open.",
            "Onybody that haed a caird for the auld leebrar can uise it in the new yin. New members can jyne at the desk or online, an aw ye need is a pruif o address.",
            "Hub manager Callum Rennie said mair nor 600 fowk haed jyned in the first week o the saft openin. \"We've haen faimilies in that hivnae been in a leebrar for years. The bairns' corner is fou ilka efternuin efter the schuil comes oot,\" he said.",
            "## Whit comes neist",
            "The cooncil is aye seekin volunteers tae help wi its Buik Bus service tae the glen clachans an wi the homework clubs that stairt in November. Onybody that wants tae help can speir at the desk or phone 01632 960 725.",
            "Correction: A earlier version o this news release said the biggin cost £3.4 million. The richt figure is £3.1 million.",
        ],
        credits=[],
    ),
}
