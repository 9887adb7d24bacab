"""Fictional article bodies for pages h36-04 to h36-06 of the held-out group "h36".

Written together with ``pages_h36b.py`` by someone other than the person tuning the
reader and without reading the reader or its output on these pages. Same shape as
``articles.py``: a paragraph starting with ``## `` is a subheading, one starting with
``- `` an item of an in-body list. Notes a standards editor keeps with the story (a
correction, an editor's note, an update note) are paragraphs; source lines, agency tags,
copyright lines and photo credits are ``credits`` (not article text). All places,
people, organisations and buildings are invented.
"""

ARTICLES_H36B = {
    "h36_b1": dict(
        title="Marrowdale libraries move to one shared catalogue after Easter, with a four-day borrowing pause",
        author="Priya Halloran",
        date="2025-03-12",
        paragraphs=[
            "All fourteen libraries in the Marrowdale Libraries Consortium will switch to a single shared catalogue over the Easter weekend, ending a system in which each of the three member councils ran its own records, loan rules and library cards.",
            "The change means that from Tuesday 22 April a reader with a card from any member library will be able to reserve, borrow and return books at every branch from Kelsby to Upper Wrenfold, and see all of their loans in one online account.",
            "To move around 410,000 item records and 63,000 reader accounts safely, borrowing will pause from Good Friday, 18 April, until the end of Easter Monday. Branches that are normally open over the weekend will stay open for browsing, study, computers and events.",
            "## What changes for readers",
            "The consortium board agreed the move in November after a two-year review. Library staff have been testing the new system since January, and the consortium says most readers will not need to do anything. The main changes are:",
            "- one library card for all fourteen branches, with existing cards carried over automatically",
            "- a single reservation charge of 50p for adults, replacing three different charges",
            "- no overdue fines on children's and teenagers' books at any branch",
            "- a loan period of four weeks everywhere, up from three weeks in Saltcote and Ashby Bridge",
            "Readers with the old Saltcote card, which uses a shorter number, will be asked to swap it for a new card on their next visit. Loans and reservations made before the pause will be kept.",
            "## A service that follows the reader",
            '"People do not stop at council boundaries when they go to the library," said Gwen Adeyemi, the consortium\'s service manager. "A family might live in Ashby Bridge, work in Kelsby and visit grandparents in Saltcote. From April their card will work in all three, and a book they reserve can be sent to whichever branch is easiest for them."',
            "The shared catalogue is expected to save the three councils around £96,000 a year in licence and support costs. Ms Adeyemi said the savings would be used to keep opening hours at their current level in 2025-26 rather than reduce them.",
            'At Upper Wrenfold, the smallest branch, library assistant Tomasz Kerrigan said readers had been asking for the change for years. "We have about 4,000 books on our shelves. Now our readers can reach 410,000 without getting on a bus," he said.',
            "## Help during the changeover",
            "Staff at every branch will run drop-in sessions in the week after Easter for readers who want help logging in to the new online account or the library app. The e-book and e-audiobook service is not affected and will stay available throughout the pause.",
            "Update, 14 March 2025: This post has been updated to say that Kelsby Central Library will open on Easter Monday from 10am to 4pm for browsing and events.",
        ],
        credits=["Photo: Marrowdale Libraries Consortium"],
    ),
    "h36_b2": dict(
        title="Fjellnett dobler hastigheten for alle medlemmer og bygger fiber til 340 husstander i Storlia",
        author="Silje Aamodt",
        date="2025-05-05",
        paragraphs=[
            "Fra 1. juni får alle de rundt 4200 medlemmene i bredbåndssamvirket Fjellnett SA dobbelt så høy hastighet uten at månedsprisen øker. Samtidig starter Fjellnett utbyggingen av fiber til 340 husstander i Storlia og Øvre Brekke, som i dag bare har trådløst bredbånd.",
            "Endringene ble vedtatt på årsmøtet i Løvdal kulturhus torsdag kveld, der 212 medlemmer var til stede. Utbyggingen i Storlia koster 31,5 millioner kroner, og 11,2 millioner av dette kommer fra det statlige bredbåndstilskuddet som Løvdal kommune fikk tildelt i vinter.",
            "## Nye hastigheter fra juni",
            "Hastigheten økes automatisk, og medlemmene trenger ikke å gjøre noe selv. Fra 1. juni blir abonnementene slik:",
            "- Basis: 200/200 Mbit/s, tidligere 100/100 Mbit/s, 499 kroner i måneden",
            "- Standard: 500/500 Mbit/s, tidligere 250/250 Mbit/s, 649 kroner i måneden",
            "- Maks: 1000/1000 Mbit/s, tidligere 500/500 Mbit/s, 849 kroner i måneden",
            "Rundt 600 medlemmer har fortsatt den eldre ruteren FN-300, som ikke klarer mer enn 300 Mbit/s. De får en ny ruter i posten i løpet av mai. Den gamle ruteren kan leveres på servicekontoret i Brekkestrand eller sendes tilbake i returposen som følger med.",
            "## Endelig fiber i Storlia",
            '"Dette har folk i Storlia ventet på i over ti år," sa styreleder Arne Kvalsvik etter møtet. "Vi er et samvirke, og da skal ikke de som bor lengst inn i dalen, ha det dårligste nettet. Nå får de samme tilbud som alle andre medlemmer."',
            "Gravearbeidet starter i slutten av august langs fylkesvei 412, og de første husstandene skal etter planen være tilkoblet før jul. Resten av området skal være ferdig innen utgangen av juni 2026. Tilknytningsprisen for nye medlemmer blir 9900 kroner, det samme som i de andre utbyggingsområdene.",
            'Hanne Rødsand driver gårdsbutikk og utleiehytter i Storlia og sier at det trådløse nettet ofte faller ut når det kommer mye snø. "Når gjestene ikke får strømmet en film, er det meg de klager til. Jeg meldte meg på fiber samme kveld som vedtaket ble gjort," sier hun.',
            "Påmeldingen til fiber i Storlia og Øvre Brekke er åpen til 15. juni. Fjellnett holder informasjonsmøte på Storlia grendehus onsdag 21. mai klokken 19.",
            "## Planlagt driftsstans natt til 3. juni",
            "For å legge om til de nye hastighetene må nettet stenges i inntil fire timer natt til tirsdag 3. juni, mellom klokken 01.00 og 05.00. Telefoni over fiber og alarmer som er koblet til nettet, vil heller ikke virke i dette tidsrommet. Medlemmer med trygghetsalarm fra Løvdal kommune får en egen melding fra kommunen.",
            "Oppdatert 6. mai: Saken er oppdatert med riktig dato for driftsstansen. Den er natt til tirsdag 3. juni, ikke natt til mandag 2. juni som det sto tidligere.",
        ],
        credits=["Foto: Fjellnett SA"],
    ),
    "h36_b3": dict(
        title="Agricola prope Thornleam thesaurum mille ducentorum quadraginta nummorum Romanorum invenit",
        author="Iulia Ashcombe",
        date="2025-09-18",
        paragraphs=[
            "Agricola quidam, Gualterus Penhallow nomine, in agro suo prope vicum Thornleam ollam fictilem invenit, in qua mille ducenti quadraginta nummi Romani aenei servabantur. Thesaurus, ut periti aestimant, circa annum 280 post Christum natum in terram defossus est.",
            "Dum agrum die 2 Septembris arat, Penhallow fragmenta vasis in sulco vidit et statim magistratum rerum antiquarum comitatus certiorem fecit. Archaeologi Musei Civici Ravenfordiensis per tres dies ollam cum terra circumiacente effoderunt, ne nummi dispergerentur.",
            "## Quid in olla inventum sit",
            "Olla ipsa, quae viginti sex centimetra alta est, paene integra reperta est. Post primam purgationem archaeologi haec enumeraverunt:",
            "- mille ducentos quadraginta nummos aeneos, plerosque bene servatos",
            "- tres nummos argenteos, qui in fundo ollae iacebant",
            "- fibulam aeneam fractam et anulum ferreum",
            "- reliquias panni lanei, quo nummi fortasse involuti erant",
            '"Talem thesaurum in hac regione numquam antea vidimus," dixit Rosamunda Keble, curatrix rerum antiquarum in Museo Civico Ravenfordiensi. "Ex nummis discere poterimus quo tempore pecunia in hac valle versata sit et quam diu homines prope flumen habitaverint."',
            "## Cur thesaurus abditus sit",
            'Cur possessor pecuniam sepeliverit nec umquam recuperaverit, adhuc ignotum est. Keble putat ollam fortasse tempore tumultuum abditam esse, sed monet ne quis nimis cito iudicet. "Multi homines pecuniam in terra servabant, sicut nos hodie in argentaria. Fortasse possessor solum mortuus est antequam eam repeteret," inquit.',
            'Penhallow ipse narravit se primo putavisse tegulas fractas invenisse. "Cum primum nummum viridem in manu tenui, intellexi hoc aliquid maius esse. Uxor mea mihi credere noluit donec ipsa ollam vidit," inquit.',
            "## Quid deinde fiet",
            "Nummi nunc in officinam conservationis in urbe Ravenfordia missi sunt, ubi singuli purgabuntur, ponderabuntur et describentur. Quod opus circiter octo menses duraturum esse dicitur. Museum thesaurum emere cupit; pretium, quod a iudicibus peritis statuetur, inter agricolam et dominum agri dividetur.",
            "Pars nummorum et olla ipsa iam a die 6 Decembris per sex hebdomades in atrio musei spectari poterunt. Aditus gratuitus erit.",
            "Nota redactionis: Haec pagina die 19 Septembris 2025 emendata est. Antea scriptum erat ollam viginti centimetra altam esse; revera viginti sex centimetra alta est.",
        ],
        credits=["Imago: Museum Civicum Ravenfordiense"],
    ),
}
