"""Fictional article bodies for the frozen held-out group "h14" (no real article text).

Written together with ``pages_h14.py`` after the tenth round, at the start of the
eleventh (its first change, 84c4364, was made without these pages), by someone other
than the person tuning the reader; never used to tune the reader
(docs/benchmarks-extraction.md). Same shape as ``articles.py``: a paragraph starting
with ``## `` is a subheading, one starting with ``- `` an item of an in-body list. Notes
a standards editor keeps with the story (a correction, an editor's note disclosing a
funder) are paragraphs; source lines, editors' initials and reporter programme credits
are ``credits`` (not article text).
"""

ARTICLES_H14 = {
    "h14_macedonian": dict(
        title="Струга гради нова пешачка патека покрај Црн Дрим",
        author="Ивана Стојановска",
        date="2025-06-12",
        paragraphs=[
            "Општина Струга почна со изградба на нова пешачка и велосипедска патека долж левиот брег на Црн Дрим, од мостот во центарот на градот до излезот кон езерото.",
            "Патеката ќе биде долга 2,4 километри и широка четири метри. Проектот чини околу 1,1 милион евра, од кои половината ги обезбеди Министерството за животна средина.",
            "„Луѓето и досега шетаат тука секоја вечер, но по кал и по скршени плочки. Сакаме брегот да им го вратиме на граѓаните“, изјави градоначалникот Арбен Дема.",
            "Покрај патеката ќе бидат поставени 60 клупи, јавно осветлување со ЛЕД-светилки и четири места за одмор со чешми за пиење вода.",
            "Изведувачот, градежната фирма „Мостоградба“ од Кичево, има рок од осум месеци да ги заврши работите. Додека трае изградбата, пристапот до дел од брегот ќе биде затворен.",
            "Дел од сопствениците на кафулињата покрај реката се загрижени дека затворањето ќе им го намали прометот токму во летната сезона.",
            "Од општината велат дека работите во најпосетениот дел, меѓу мостот и рибарското пристаниште, ќе почнат дури во октомври, по завршувањето на туристичката сезона.",
        ],
        credits=["Извор: МИА"],
    ),
    "h14_esperanto": dict(
        title="Junulara renkontiĝo en Kastelbruno altiris rekordan nombron da partoprenantoj",
        author="Ilona Varga",
        date="2025-08-04",
        paragraphs=[
            "La 14-a Internacia Junulara Renkontiĝo, kiu finiĝis dimanĉe en Kastelbruno, altiris 612 partoprenantojn el 41 landoj. Tio estas la plej alta nombro ekde la unua renkontiĝo en 2011.",
            "Pli ol duono de la partoprenantoj estis junuloj, kiuj lernis Esperanton dum la lastaj du jaroj, plejparte per retaj kursoj kaj poŝtelefonaj aplikaĵoj.",
            "„Multaj venis por la unua fojo al esperanta aranĝo. Ili parolis iom timeme la unuan tagon, sed post tri tagoj oni ne plu povis haltigi ilin“, diris la ĉefa organizanto Tomás Lindqvist.",
            "## Programo kaj financoj",
            "La programo daŭris sep tagojn kaj enhavis pli ol 90 programerojn: prelegojn, lingvajn kursojn por komencantoj, koncertojn kaj ekskursojn al la montaro ĉirkaŭ la urbo.",
            "La renkontiĝon subtenis la urbestraro de Kastelbruno, kiu senpage disponigis la lernejon kaj la sporthalon. Eŭropa junulara fonduso kovris la vojaĝkostojn de 80 partoprenantoj el malpli riĉaj landoj.",
            "Kelkaj partoprenantoj tamen plendis pri la manĝoj, kiuj laŭ ili estis tro malmultaj por la prezo, kaj pri la longaj vicoj ĉe la akceptejo la unuan vesperon.",
            "La organizantoj promesis publikigi plenan financan raporton ĝis la fino de septembro. La venonta renkontiĝo okazos en 2026, sed la urbo ankoraŭ ne estas elektita.",
            "Korekto: En antaŭa versio de ĉi tiu artikolo ni skribis, ke la renkontiĝo daŭris ses tagojn. Ĝi fakte daŭris sep tagojn. Ni pardonpetas pro la eraro.",
        ],
        credits=[],
    ),
    "h14_somali": dict(
        title="Beeraleyda Bulo-Cadde oo ka cabanaya qiimaha bacriminta oo labanlaabmay",
        author="Faadumo Cabdullaahi Yuusuf",
        date="2025-04-22",
        paragraphs=[
            "Beeraleyda ku nool degmada Bulo-Cadde ayaa sheegay in qiimaha bacriminta uu labanlaabmay lixdii bilood ee la soo dhaafay, taas oo khatar gelisay dalagga xagaaga.",
            "Kiishka bacriminta ee 50 kiilo ayaa hadda suuqa degmada lagu iibinayaa 48 doollar, halka horraantii sanadka uu ahaa 23 doollar.",
            "“Sannadkan waxaan beeray kaliya saddex hektar oo ka mid ah toddobada hektar ee aan leeyahay, maxaa yeelay ma awoodo inaan iibsado bacrimin ku filan,” ayuu yiri beeraley Cabdi Nuur Xasan.",
            "## Maxay beeraleydu dalbanayaan?",
            "Ururka beeraleyda degmada ayaa maamulka degmada u gudbiyay codsi ay ku dalbanayaan tallaabooyin degdeg ah, kuwaas oo ay ka mid yihiin:",
            "- in la furo bakhaar guud oo bacriminta lagu iibiyo qiime jaban;",
            "- in beeraleyda yaryar la siiyo amaah aan dulsaar lahayn;",
            "- in la hagaajiyo kanaalka waraabka ee tuulada Ceel-Dheere.",
            "Guddoomiyaha degmada, Maxamed Cali Warsame, ayaa sheegay in maamulku uu la xiriiray hay'adaha gargaarka si ay u taageeraan beeraleyda ugu saboolsan.",
            "Khubarada beeraha ayaa ka digay in haddii aan xal degdeg ah la helin, wax soo saarka galleyda iyo sisinta uu hoos u dhici karo ilaa boqolkiiba 40 sannadkan.",
        ],
        credits=[],
    ),
    "h14_zulu": dict(
        title="Umtholampilo omusha uvulwa eNtabanhle ngemuva kweminyaka yokulinda",
        author="Nomvula Zungu",
        date="2025-07-09",
        paragraphs=[
            "Izakhamuzi zaseNtabanhle ngeledlule zigubhe ukuvulwa komtholampilo omusha, ozosiza imindeni engaphezu kuka-12 000 ebihamba amakhilomitha angama-25 iya esibhedlela esiseduze.",
            "Umtholampilo wakhiwe ngezindleko ezingaba yizigidi ezingu-R38 futhi uzovulwa amahora angu-24 ngosuku, izinsuku eziyisikhombisa ngesonto.",
            "“Besivuka ngehora lesithathu ekuseni ukuze sifike kuqala emgqeni. Manje sizothola usizo eduze kwekhaya,” kusho uMama Thandiwe Ngcobo oneminyaka engama-67.",
            "## Abasebenzi abasha",
            "UMnyango Wezempilo wesifundazwe uthe kuqashwe abahlengikazi abangu-14, odokotela ababili kanye nosokhemisi oyedwa ukuze basebenze kulo mtholampilo.",
            "Umtholampilo uzophinde ube nendawo yabesifazane abakhulelwe kanye negumbi lokuhlola izingane, okuyizinsizakalo ebezingatholakali endaweni.",
            "Nokho, ezinye izakhamuzi zikhathazekile ngomgwaqo oya emtholampilo, oba nodaka oluningi uma kunetha.",
            "Ikhansela lewadi, uMnu Sipho Mthembu, uthe umasipala uzoqala ukulungisa umgwaqo ngoNcwaba ukuze nezimoto zeziguli zikwazi ukufika kalula.",
        ],
        credits=[],
    ),
    "h14_cebuano": dict(
        title="Baha sa Barangay Lumbang: 300 ka pamilya gibakwit",
        author="Jessa Mae Ybañez",
        date="2025-07-21",
        paragraphs=[
            "Labing menos 300 ka pamilya ang gibakwit gikan sa ilang mga balay sa Barangay Lumbang, Dakbayan sa Bagong Sugbo, human mibaha tungod sa kusog nga ulan sukad sa Dominggo sa gabii.",
            "Matod sa City Disaster Risk Reduction and Management Office (CDRRMO), miabot sa hawak ang lawom sa tubig sa pipila ka sitio nga duol sa suba sa Lumbang.",
            "Gipahimutang ang mga bakwit sa gymnasium sa barangay ug sa duha ka eskwelahan, diin gihatagan sila og pagkaon, tubig nga imnon ug mga habol.",
            "“Wala na gyud mi nakadala og bisan unsa. Ang among mga gamit nalunod tanan,” matod ni Lorna Cabahug, 52, usa sa mga bakwit.",
            "Gisuspenso usab sa Dakbayan ang klase sa tanang lebel sa mga eskwelahan publiko ug pribado karong Lunes.",
            "Sumala sa PAGASA, magpadayon ang ulan sulod sa sunod nga duha ka adlaw tungod sa habagat, busa gitambagan ang mga residente sa ubos nga mga dapit nga mag-andam sa pagbakwit.",
            "Si Mayor Ramon Villaflor miingon nga mohatag ang siyudad og P5,000 nga hinabang sa matag pamilya kansang balay naguba sa baha.",
        ],
        credits=["(JMY / RLT)"],
    ),
    "h14_luxembourgish": dict(
        title="Nei Bréck zu Schëffbuer gëtt ee Joer méi spéit fäerdeg",
        author="Sandy Hoffmann",
        date="2025-10-06",
        paragraphs=[
            "D'Aarbechten un der neier Bréck iwwer d'Sauer zu Schëffbuer daueren ee Joer méi laang wéi geplangt. Dat huet d'Stroossebauverwaltung e Méindeg op enger Informatiounsversammlung matgedeelt.",
            "Ufanks sollt d'Bréck am Hierscht 2025 opgoen. Elo rechent d'Verwaltung domat, datt den Trafic eréischt am Hierscht 2026 iwwer déi nei Konstruktioun rullt.",
            "Grond fir de Retard si Problemer mam Fundament op der däitscher Säit vum Floss. Bei Buerungen hätt een eng Schicht vu weichem Lehm fonnt, déi net an de Pläng stoung.",
            "## Ëmleedung bleift",
            "Bis dohinner bleift d'Ëmleedung iwwer d'Bréck vu Rouspert bestoen. Fir Pendler bedeit dat all Dag bis zu 20 Minutte méi am Auto.",
            "„D'Leit si midd. Mir hunn hinnen d'lescht Joer eppes versprach, an dat kënne mir elo net halen“, sot de Buergermeeschter Marc Weber.",
            "D'Käschte fir de Projet klammen duerch de Retard vu 18 op ronn 22 Milliounen Euro. Lëtzebuerg an Däitschland deelen d'Käschten hallef-hallef.",
            "Fir d'Foussgänger an d'Vëlosfuerer soll eng provisoresch Passerelle ab dem Fréijoer opgoen. D'Gemeng wëll och e Busshuttle fir d'Schüler organiséieren.",
        ],
        credits=[],
    ),
    "h14_publicradio": dict(
        title="Mesa irrigation district votes to line 11 miles of leaky canal",
        author="Dan Whitlock",
        date="2025-05-14",
        paragraphs=[
            "The board of the Orchard Mesa Irrigation District voted 4-1 on Tuesday night to line 11 miles of its main canal with concrete, a project meant to stop water from seeping into the ground before it reaches farms.",
            "District engineers estimate that the unlined canal loses about a fifth of the water it carries in a normal summer. In dry years, growers at the far end of the system have gone weeks without a full delivery.",
            '"We are paying to move water that never shows up," said board chair Linda Marquez. "Every acre-foot we save in the ditch is an acre-foot a peach grower gets to use."',
            "## Who pays",
            "The lining will cost an estimated $31 million. A federal drought-resilience grant covers $19 million, and the district plans to borrow the rest through a state water loan program.",
            "Assessments for members will rise by $14 an acre starting next year to repay the loan, the district said.",
            'The lone vote against came from board member Ray Tillotson, who said seepage from the canal also recharges wells used by homeowners along the river. "Some of those wells are going to drop, and nobody has told those families," he said.',
            "Engineers told the board that a groundwater study will be done before construction starts in the fall of 2026, and that the first phase will cover only the four miles with the worst losses.",
            "Editor's note: The Orchard Mesa Growers Association is among KMSR's financial supporters.",
        ],
        credits=[],
    ),
    "h14_australian": dict(
        title="Council backs $4.2m upgrade for Wattle Creek showgrounds",
        author="Bec Hardy",
        date="2025-06-03",
        paragraphs=[
            "Wattle Creek's ageing showgrounds will get new toilets, a covered arena and upgraded stables after the council voted to back a $4.2 million redevelopment.",
            "Councillors voted 7-2 on Tuesday night to commit $1.1 million from reserves, with the rest to come from a state regional sport and events fund.",
            "The show society has been lobbying for the work for almost a decade, saying the pavilions built in the 1950s are no longer safe for big crowds.",
            "\"We had to close the main grandstand last year because of termite damage. You can't run a show that's been going 130 years out of a marquee,\" society president Graham Pollard said.",
            "## Horse owners welcome plan",
            "The plan includes 40 new stables and a wash bay, which local pony club members said would bring back regional events lost to bigger towns.",
            'Cr Donna Whelan, who voted against, said the money would be better spent on the town\'s roads, which she said were "the worst in the shire".',
            '"I have nothing against the show, but ratepayers are telling me every week about potholes on Mill Road and nobody is listening," she said.',
            "Mayor Phil Carruthers said the grant would only be available for projects that were ready to start this financial year.",
            "Work is expected to begin after the Wattle Creek Show in October and be finished before the 2026 show.",
        ],
        credits=[],
    ),
    "h14_canadian": dict(
        title="Township adds two outdoor rinks after record skating sign-ups",
        author="Priya Ramsaran",
        date="2025-11-19",
        paragraphs=[
            "Lakeshore Township will flood two more outdoor rinks this winter after sign-ups for its free public skating program nearly doubled last season.",
            "Council approved the $86,000 expansion at Monday's meeting, with the money coming from the parks reserve fund.",
            "More than 2,300 people registered for public skates in the 2024-25 season, up from 1,250 the year before, according to a staff report.",
            "\"We had families lined up in the parking lot at the arena on Sunday afternoons. That's a good problem, but it's still a problem,\" said parks and recreation director Kevin Beaulieu.",
            "The township will now run rinks at these locations, weather permitting:",
            "- Harbourfront Park, with lights until 10 p.m.;",
            "- Maple Grove Community Centre, next to the library;",
            "- Cedar Point School, open to the public after school hours.",
            "The new rinks will be flooded by volunteers from local minor hockey associations, who will be paid an honorarium of $500 each for the season.",
            "Coun. Anne Fraser asked staff to look at adding an accessible path to the Harbourfront rink so that people using wheelchairs and sledges can reach the ice.",
            "Staff said they would report back in January.",
        ],
        credits=[
            "Priya Ramsaran is a Local Journalism Initiative reporter with the Bayfield Beacon. The LJI is funded by the Government of Canada."
        ],
    ),
}
