"""Fictional article bodies for the frozen held-out group "h5" (no real article text).

Written together with ``pages_h5.py`` after the fourth round and *before* any change
of the fifth round (block features / learned classifier); never used to tune the reader
(docs/benchmarks-extraction.md). Same shape as ``articles.py``.
"""

ARTICLES_H5 = {
    "recipe": dict(
        title="Village bakery's rye loaf wins national bread prize",
        author="Nell Farrow",
        date="2025-05-12",
        paragraphs=[
            "A small bakery in Upper Tenby has won the national bread championship with a dark rye loaf that its owner first baked in her kitchen during a power cut.",
            "Judges at the competition in Harrowgate tasted 412 loaves over two days. They praised the crust of Mia Kessler's entry and said the crumb was moist without being heavy.",
            "Kessler opened the bakery four years ago in the former post office. She now sells around 300 loaves a week, most of them to people from the surrounding villages.",
            '"I kept the starter alive on the wood stove while the lights were out, and the bread that came out of that week was the best I had ever made," she said.',
            "The prize comes with a trophy and a place on the judging panel next year. Kessler said she would spend the prize money on a second oven.",
        ],
        credits=[],
    ),
    "court": dict(
        title="Former treasurer jailed for taking 86,000 from rowing club",
        author="Court reporter",
        date="2025-05-14",
        paragraphs=[
            "A former treasurer of the Calder Reach rowing club has been jailed for two years and four months for taking more than 86,000 from its accounts over six years.",
            "Desmond Pryor, 58, of Mill Lane, Calderford, admitted fraud by abuse of position at an earlier hearing. He was sentenced at Westbury Crown Court on Tuesday.",
            "The court heard that Pryor moved small sums into his own account every month and hid the transfers by recording them as payments for boat repairs that never took place.",
            "The theft came to light when a new committee member asked to see the invoices. The club, which has 140 members, had to cancel its junior programme for a season.",
            "Judge Alison Marsh told Pryor he had betrayed people who trusted him completely. His lawyer said he had been struggling with gambling debts and was deeply ashamed.",
            "A hearing to recover the money will take place in September.",
        ],
        credits=[],
    ),
    "weather": dict(
        title="Varning för skyfall i västra Svealand under tisdagen",
        author="Elin Berglund",
        date="2025-06-03",
        paragraphs=[
            "Väderverket har utfärdat en gul varning för skyfall i stora delar av västra Svealand. Under tisdagseftermiddagen kan det komma upp till 40 millimeter regn på en timme.",
            "Risken är störst i ett band från Karlskoga till Säffle, där varm och fuktig luft möter en kallfront från väster. Åskväder väntas på flera håll.",
            "Enligt meteorologen Jonas Hedlund kan källare översvämmas och vägar bli tillfälligt oframkomliga. Han uppmanar bilister att undvika låga partier där vatten samlas.",
            "Räddningstjänsten i Karlskoga har förberett pumpar och sandsäckar. Kommunen rekommenderar att man flyttar värdesaker från källaren redan under förmiddagen.",
            "Till onsdagen drar fronten österut och vädret väntas bli svalare och torrare.",
        ],
        credits=[],
    ),
    "match": dict(
        title="Brannock come from behind to beat Eastmoor and go top",
        author="Callum Reid",
        date="2025-04-26",
        paragraphs=[
            "Brannock Athletic moved to the top of the table with a 3-1 win over Eastmoor on Saturday, scoring three times in the second half after trailing at the break.",
            "Eastmoor went ahead after 21 minutes when Theo Lindqvist headed in a corner at the near post, and they could have doubled the lead before half-time.",
            "Brannock manager Rosa Quint changed the shape at the interval, and the equaliser came within four minutes when Samuel Okafor finished a low cross from the left.",
            "Okafor added a second with a shot from outside the area on 67 minutes, and substitute Jamie Kerr sealed the win in stoppage time.",
            '"We were too slow in the first half, and the players knew it," Quint said. "What they did after the break is what this group is about."',
            "Brannock are two points clear with three games left. Eastmoor stay fifth.",
        ],
        credits=[],
    ),
    "events": dict(
        title="Riverside lantern festival returns after three-year break",
        author="Priya Anand",
        date="2025-09-18",
        paragraphs=[
            "The Riverside lantern festival will return to Fenwick next month for the first time since 2022, after volunteers raised the money to cover insurance and safety costs.",
            "Around 600 paper lanterns made by schools and community groups will be carried along the towpath from the old mill to the footbridge on the evening of 11 October.",
            "The festival was cancelled three years ago when the council withdrew its grant. A group of parents formed a charity to take it over and collected 18,000 in donations.",
            '"People kept asking us when it would come back," said organiser Hamid Yusuf. "It is the one night of the year when the whole town is out together."',
            "Lantern-making workshops will be held at the library every Saturday until the festival. Places are free but must be booked.",
        ],
        credits=[],
    ),
    "corrections": dict(
        title="Corrections and clarifications",
        author="Readers' editor",
        date="2025-05-16",
        paragraphs=[
            "An article about the Harbourside housing scheme said that 400 homes would be built on the former gasworks site. The correct figure is 240, of which 80 will be affordable homes.",
            "A report on the county cricket final misnamed the captain of the winning side. She is Georgia Pell, not Georgina Bell.",
            "Our obituary of the composer Arthur Venn said he was born in Leeds. He was born in Bradford and moved to Leeds as a child.",
            "A picture caption on the business pages described the new tram depot as being in Stanwick. It is in Holloway Green.",
            "A headline on an article about school meals said that prices would double. They will rise by 40 percent, as the article said.",
        ],
        credits=[],
    ),
    "photo": dict(
        title="Flood water surrounds farms along the lower Severin",
        author="Tomasz Wrona",
        date="2025-02-09",
        paragraphs=[
            "Farmland along the lower Severin river lay under water on Sunday after three days of heavy rain pushed the river over its banks in at least five places.",
            "Emergency crews used boats to reach two farms near Ostrava Mill, where families had moved their livestock to higher ground overnight.",
            "The river authority said the water was expected to peak on Monday morning and warned residents not to drive through flooded roads.",
        ],
        credits=[],
    ),
    "satire": dict(
        title="Council unveils roundabout that leads only to another roundabout",
        author="Gideon Thrupp",
        date="2025-04-01",
        paragraphs=[
            "Transport officials in Minsworth proudly opened the town's newest roundabout on Tuesday, a gleaming circle of tarmac whose only exit leads to a second, slightly smaller roundabout.",
            '"Residents told us they wanted more roundabouts, and we listened," said a council spokesman, standing in the centre of the first one. "Frankly, we listened twice."',
            "Early users reported that the journey from the first roundabout to the second takes eleven seconds, and that the journey back takes roughly the rest of the afternoon.",
            "The council has already approved a third roundabout, to be built inside the second, which engineers say will be the first in the country that can only be reached by going round.",
            "Local driver Pam Okoro said she had been going round since Wednesday and was now quite used to it.",
        ],
        credits=[],
    ),
    "comments": dict(
        title="Miasto zamknie most na Wiśle na cztery miesiące",
        author="Katarzyna Lis",
        date="2025-03-20",
        paragraphs=[
            "Od 1 kwietnia most Zamkowy w Nowodębie zostanie zamknięty dla samochodów na cztery miesiące. Drogowcy wymienią nawierzchnię i naprawią uszkodzone bariery.",
            "Objazd poprowadzi przez most Kolejowy, który już teraz w godzinach szczytu jest mocno zakorkowany. Miasto zapowiada dodatkowe kursy autobusów linii 12 i 15.",
            "Piesi i rowerzyści będą mogli przejść przez most przez cały czas remontu, choć jednym chodnikiem.",
            "„Wiemy, że to będzie trudny czas dla kierowców, ale most jest w złym stanie i dalej nie możemy czekać” – powiedział wiceprezydent miasta Piotr Domański.",
            "Remont będzie kosztował 14 milionów złotych. Prace mają się zakończyć do końca lipca.",
        ],
        credits=[],
    ),
    "poll": dict(
        title="Kraj zdraží jízdné v regionálních vlacích od července",
        author="Martin Kučera",
        date="2025-05-22",
        paragraphs=[
            "Jízdné v regionálních vlacích v kraji se od 1. července zvýší v průměru o osm procent. Rozhodli o tom v pondělí krajští zastupitelé.",
            "Podle radního pro dopravu Tomáše Vrby kraj musí pokrýt vyšší ceny energií a nové smlouvy s dopravci. Bez zdražení by v rozpočtu chybělo 90 milionů korun.",
            "Beze změny zůstane jízdné pro děti do 15 let a pro seniory nad 65 let, kteří v kraji jezdí zdarma.",
            "Opoziční zastupitelé návrh kritizovali. Podle nich kraj nejdřív zdražuje a teprve potom slibuje lepší spoje.",
        ],
        credits=[],
    ),
}
