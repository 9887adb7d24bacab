"""Fictional article bodies for pages h36-07 to h36-09 of the held-out group "h36".

Written together with ``pages_h36c.py`` by someone other than the person tuning the
reader and without reading the reader or its output on these pages. Same shape as
``articles.py``: a paragraph starting with ``## `` is a subheading, one starting with
``- `` an item of an in-body list. Notes a standards editor keeps with the story (a
correction, an editor's note, an update note) are paragraphs; source lines, agency tags,
copyright lines and photo credits are ``credits`` (not article text). All places,
people, organisations and buildings are invented. The third article is in Swiss German
(Zurich-style dialect spelling).
"""

ARTICLES_H36C = {
    "h36_c1": dict(
        title="Board approves later start times for Marlow Ridge high schools beginning next fall",
        author="Denise Okafor-Hale",
        date="2025-11-14",
        paragraphs=[
            "The Marlow Ridge Unified School District Board of Education voted 4-1 on Wednesday night to move the start of the school day at its three comprehensive high schools from 7:35 a.m. to 8:30 a.m., beginning with the 2026-27 school year.",
            "The change will affect about 6,200 students at Marlow Ridge High School, Cedar Flats High School and Vista Oaks High School. Dismissal will move from 2:40 p.m. to 3:35 p.m. Start times at the district's middle schools, elementary schools and the Harbor Lane continuation school will not change.",
            "## Two years of study",
            "The vote follows almost two years of work by a district committee of parents, teachers, coaches, bus drivers and students, which was formed after a 2023 student survey found that more than half of high school students were sleeping fewer than seven hours on school nights.",
            '"Our students told us clearly that they were tired, and the research on adolescent sleep points the same way," said Superintendent Dr. Raymond Castellanos. "This is a big change for families, and we have tried to build a plan that answers the practical questions before the first bell rings next August."',
            "Board Trustee Lillian Marsh, who cast the only vote against the plan, said she supported the goal but worried about the effect on working parents who drop off younger children and high school students at the same time. She asked staff to report back on before-school supervision at the elementary schools by March.",
            "## What changes for families",
            "Under the plan approved on Wednesday, the district will make the following changes for high school students next year:",
            "- zero period classes will end, and the courses now taught before school will move into the regular day or online",
            "- school buses will run on a new two-tier schedule, with high school routes leaving about 50 minutes later",
            "- school libraries will open at 7:30 a.m. for students who arrive early, with breakfast served from 7:45 a.m.",
            "- practices for fall and winter sports will start no earlier than 3:50 p.m., and athletes will be released early for away games only when travel requires it",
            "The transportation department estimates that the new bus schedule will cost about $310,000 more each year, mainly for additional driver hours. The district plans to pay for it from its general fund.",
            "## Coaches and students weigh in",
            'Cedar Flats High School senior Priya Venkataraman, the student member of the board, said the change came too late for her class but would help younger students. "Nobody learns calculus well at 7:35 in the morning," she said.',
            "Vista Oaks athletic director Tom Brennan said coaches had worked with the committee on practice times and would need to adjust schedules with other schools in the Coastal Valley League, most of which already start after 8 a.m.",
            "The district will hold two community information nights about the new schedule in January, and a final bus route map will be published in May.",
            "Editor's note: An earlier version of this story gave the wrong dismissal time for Vista Oaks High School. All three high schools will dismiss at 3:35 p.m.",
        ],
        credits=[],
    ),
    "h36_c2": dict(
        title="Saltgrass Press to open bookshop and reading room in Dunmerrow's old Corn Exchange",
        author="Harriet Quayle",
        date="2025-09-23",
        paragraphs=[
            "Saltgrass Press, the independent publisher of poetry and coastal writing based in Dunmerrow, will open a bookshop and reading room in the town's old Corn Exchange on Saturday 8 November, after a crowdfunding appeal raised £48,200 from 1,130 backers.",
            "The ground floor of the Grade II listed building on Market Wynd has been empty since the Tillard & Hume furniture showroom closed in 2021. Saltgrass has signed a ten-year lease with the building's owner, the Dunmerrow Town Trust, at a reduced rent in return for keeping the main hall open to community groups.",
            "## From a garden shed to Market Wynd",
            "The press was founded in 2016 by Moira Pettigrew and Ewan Lusk, who printed their first pamphlets on a second-hand risograph in Pettigrew's garden shed. It now publishes around twelve titles a year, and its anthology of fishing songs, The Long Haul, has sold more than 9,000 copies since it came out in 2023.",
            '"For years people have asked us where they can come and browse our books, and the honest answer was a trestle table at the farmers\' market," said Pettigrew. "The Corn Exchange gives us a proper home, and it gives the town back a building that most people under thirty have never been inside."',
            "The appeal closed on 31 August, having passed its £35,000 target with nine days to spare. The largest single pledge, £2,500, came from the Dunmerrow Fishermen's Mission, which has asked for a shelf of maritime local history in return.",
            "## What will be in the building",
            "Architects from the Lusk Grant studio in Port Caddon have drawn up plans that keep the hall's cast-iron columns and the original trading floor. When it opens, the Corn Exchange will have:",
            "- a bookshop selling Saltgrass titles alongside new and second-hand books from other small presses",
            "- a reading room with free wi-fi and a children's corner, open without charge during shop hours",
            "- a small print room where the risograph will be used for workshops and school visits",
            "- the main hall, available to book for readings, meetings and rehearsals",
            "## Jobs and opening hours",
            "The shop will employ two full-time and three part-time staff, and will open from 10am to 5pm, Tuesday to Saturday. Lusk said the press hoped to add late openings on Thursdays once it had seen how the first winter went.",
            "Councillor Fiona Drennan, who chairs the Dunmerrow area committee, said the project would help to bring people back to Market Wynd, where four shops have closed in the past two years. The first event in the hall will be a reading by the Saltgrass poets on the opening night.",
            "Correction: An earlier version of this post said the appeal raised £42,800. The final total was £48,200.",
        ],
        credits=[],
    ),
    "h36_c3": dict(
        title="TV Wislige holt am Kantonalturnfescht z Brüggwil drüü Medaille",
        author="Reto Spörri",
        date="2025-06-23",
        paragraphs=[
            "Mit drüü Medaille, ere Sektionsnote über 28 Pünkt und vill Sunnebrand sind üsi Turnerinne und Turner am Sunntigabig vom Kantonalturnfescht z Brüggwil heichoo. Für de Turnverein Wislige isch es s erfolgriichscht Fescht sit em Jubiläumsjahr 2011.",
            "Insgesamt sind 64 Aktivmitglieder, Jugi-Chind und Leiterpersone für drüü Täg uf Brüggwil gfaare. Am Fescht händ meh als 9'000 Turnerinne und Turner us 140 Verein mitgmacht, und am Samschtig sind über 20'000 Zueschauer uf em Feschtgländ gsi.",
            "## De Sektionswettkampf",
            "Im dreiteilige Vereinswettkampf i de 3. Stärchklass händ mir am Samschtigmorge am halbi nüüni mit de Schulstufebarre aagfange. Mit 9,41 Pünkt isch de Start grad prima glunge. Au de Fachtescht Allround und d Pendelstafette sind guet usechoo, nur bim Steistosse hät s es paar Zehntel liggeloo.",
            "Am Schluss hämmer 28,37 Pünkt gha und sind uf em 12. Rang vo 58 Verein glandet. Das sind vier Zehntel meh als vor drüü Jahr am Kantonalturnfescht z Hinterwald.",
            "„Ich bi mega stolz uf die ganz Truppe“, seit d Oberturnerin Nadja Hüppi. „Mir händ de ganz Winter i de alte Turnhalle trainiert, wo im Februar sogar d Heizig uusgstige isch. Jetzt hät sich das uszahlt.“",
            "## D Medaille im Einzel",
            "Au im Einzelwettkampf isch es guet gloffe. Drüü vo üsne Lüüt händ en Medaille mit hei gno:",
            "- Silber für d Lena Ammann im Gerätturne K5 Dame, mit 37,85 Pünkt",
            "- Bronze für de Marco Bissig im Nationalturne, Kategorie A",
            "- Bronze für de Jonas Wyrsch im Weitsprung vo de Jugi, mit 5,12 Meter",
            "Bsunders gfreut hät sich de 14-jährig Jonas, wo s erscht Mal anes Kantonalfescht mitcho isch. „Ich ha gar nöd gwüsst, dass ich so wiit cha springe“, hät er nach em Wettkampf gseit. Sis Träningsziil für de Herbscht sind 5,40 Meter.",
            "## Wie s wiitergaht",
            "Am nöchschte Samschtig, 28. Juni, fiired mir de Erfolg im Vereinslokal Rössli. Alli Mitglieder, d Eltere vo de Jugi-Chind und üsi Sponsore sind härzlich iiglade. De Apéro fangt am 17 Uhr aa, und d Gmeind spendiert d Getränk.",
            "Nach de Summerpause fanged d Probe für de Turnerabig vom 15. und 16. November aa. Wer Luscht hät, am Turnerabig mitzmache oder i de Chuchi und a de Bar z hälfe, cha sich bis Änd Auguscht bi de Nadja Hüppi mälde.",
            "Nachtrag vom 24. Juni: I de erschte Version vo dem Bricht isch de Rang vom Verein falsch gsi. Mir sind uf em 12. und nöd uf em 15. Rang.",
        ],
        credits=[],
    ),
}
