"""Fictional article bodies for pages h36-01 to h36-03 of the held-out group "h36".

Written together with ``pages_h36a.py`` by someone other than the person tuning the
reader and without reading the reader or its output on these pages. Same shape as
``articles.py``: a paragraph starting with ``## `` is a subheading, one starting with
``- `` an item of an in-body list. Notes a standards editor keeps with the story (a
correction, an editor's note, an update note) are paragraphs; source lines, agency tags,
copyright lines and photo credits are ``credits`` (not article text). All places,
people, organisations and buildings are invented.
"""

ARTICLES_H36A = {
    "h36_a1": dict(
        title="Route 9 bus to Harlow Falls will return in March after county approves funding",
        author="Dana Whitlock",
        date="2025-01-16",
        paragraphs=[
            "Hollis County commissioners voted 4-1 on Tuesday night to restore weekday bus service on Route 9 between Tamsett and Harlow Falls, nearly three years after the route was cut during a driver shortage.",
            "The Hollis Area Transit board still has to sign off on the final schedule at its February meeting, but the agency's director said buses could be back on the road as early as Monday, March 17.",
            "## What the county approved",
            "The commissioners approved $1.2 million from the county's transportation fund to cover the first two years of service. Under the plan presented by Hollis Area Transit, the restored route will run:",
            "- eight round trips each weekday, starting at 6:10 a.m. from the Tamsett Park & Ride on Mill Street",
            "- stops at Valley Regional Medical Center, the Harlow Falls library and Carver Community College",
            "- two later evening trips on Thursdays and Fridays, leaving Harlow Falls at 8:40 p.m. and 10:05 p.m.",
            "Fares will stay at $1.50, with free rides for riders 65 and older and for students with a college ID.",
            "## Why the route was cut",
            "Route 9 was suspended in April 2022 when the agency had 11 fewer drivers than it needed. Hollis Area Transit director Marisol Ekwueme told commissioners the agency now has 46 drivers on staff, up from 31 at the low point, after raising starting pay to $23 an hour.",
            '"We were never going to bring Route 9 back until we could promise people it would actually show up," Ekwueme said. "We are there now."',
            "Commissioner Ray Tolliver, who cast the only no vote, said he supported the service but wanted the county to try a smaller on-demand van service first. \"I'm not against the bus. I'm against spending a million dollars before we've tried something cheaper,\" he said.",
            "## What riders said",
            "About 30 people spoke during public comment, most of them in favor. Several nurses and aides at Valley Regional said they had been paying for rides or sharing cars since the route ended, and a Carver student said she had dropped an evening class because she had no way to get home.",
            "The transit agency will hold an open house on the new schedule at Tamsett Town Hall on Saturday, Feb. 8, from 10 a.m. to noon.",
            "Editor's note: An earlier version of this post said the vote was 3-2. It was 4-1. We regret the error.",
        ],
        credits=["Photo: Tamsett Valley Forum"],
    ),
    "h36_a2": dict(
        title="Ogbe-Nta new water project don finish, tap go start to run from 2 June",
        author="Chinedu Okafor-Bello",
        date="2025-05-24",
        paragraphs=[
            "Di new water project for Ogbe-Nta don finish, and di town union tok say tap go start to run for all di five quarters from Monday, 2 June 2025.",
            "Di project, wey cost ₦48.6 million, get two solar borehole, one big tank wey fit carry 150,000 litres and pipe wey waka reach 23 public tap for di town.",
            "## Wetin di project carry",
            "Di chairman of di Ogbe-Nta Progressive Union, Chief Emeka Arinze-Duru, tell di general meeting on Saturday say di work take 14 months. E list wetin dem do:",
            "- two borehole wey dem dig reach 120 metres for Amaezi and Umu-Oji quarters",
            "- 64 solar panel wey go power di pump, so di town no go depend on public light or diesel again",
            "- 23 public tap, at least four for each quarter, plus one for di health centre and one for di market",
            "- one water committee of nine people wey go collect small levy for repair",
            "## Who pay for am",
            "Na Ogbe-Nta pipo for house and abroad contribute most of di money. Di union branch dem for Houston, London and Johannesburg send ₦31 million, di state Rural Water Agency give ₦12 million, and di market women association add ₦5.6 million from dia monthly contribution.",
            '"Dis water no be gift from anybody, na our own sweat," Chief Arinze-Duru tok. "Di one wey remain na make we take care of am, make e no spoil like di old one."',
            "Di old borehole wey one politician commission for 2011 stop to work after only two years, and since dat time women and pikin dey trek almost three kilometres go Nta stream every morning.",
            "## Wetin go happen next",
            "Di water committee tok say each family go pay ₦500 every month for maintenance. Widows and old pipo wey pass 70 years no go pay. Anybody wey see tap wey dey leak fit call di committee secretary, Mrs Ngozi Ebube-Okoli.",
            "Di official opening go hold for Ogbe-Nta town hall on Saturday, 7 June, by 11 o'clock for morning. Di union invite all di sons and daughters of di town make dem come.",
            "Correction: For di first version of dis post, we write say di project cost ₦46.8 million. Na ₦48.6 million be di correct figure.",
        ],
        credits=["Foto: Ogbe-Nta Progressive Union"],
    ),
    "h36_a3": dict(
        title="Cotterill back in steam after an eleven-year overhaul",
        author="Gareth Pennock",
        date="2025-09-12",
        paragraphs=[
            "The Ashcombe Valley Railway's oldest working locomotive, the 1924 saddle tank No. 4 Cotterill, moved under her own steam on Tuesday for the first time since 2014, after an eleven-year overhaul carried out almost entirely by volunteers at Brenning Yard.",
            "The engine made two test runs between Brenning and Haddow Halt, a return distance of 6.4 miles, with the railway's boiler inspector on the footplate. She is expected to haul her first passenger train at the Autumn Steam Gala on 4 October.",
            "## A new boiler and a lot of patience",
            "The overhaul was held up for several years after inspectors found cracks in the original firebox, and in 2019 the society decided to have a new all-welded boiler built by a contractor in the Midlands. The boiler alone cost £212,000.",
            '"There were winters when it felt like we were only ever taking things apart," said locomotive manager Hilary Stanbridge, whose team has put in more than 31,000 volunteer hours since the engine was lifted off her wheels. "Seeing her come out of the shed on Tuesday made every one of those hours worth it."',
            "## What was done",
            "Apart from the new boiler, the work included:",
            "- new tyres on all six driving wheels, turned on the society's own wheel lathe",
            "- a rebuilt saddle tank, keeping the original rivets wherever they could be saved",
            "- overhauled brakes, injectors and safety valves",
            "- a repaint into the maroon livery she carried at Cotterill Quarry in the 1930s",
            "## How it was paid for",
            "The £338,000 bill was met by a members' appeal, which raised £146,000, a £120,000 grant from a heritage fund, and gift aid, legacies and the takings from the society's Santa specials. Chairman Rodney Eastlake thanked the 1,900 members who gave to the appeal, \"many of them more than once\".",
            "Cotterill will run on most Saturdays until the end of the season, alongside the diesel shunter Ivor and the visiting engine Lady Margam. The railway has warned that the timetable may change at short notice while she is being run in.",
            "Update, 13 September 2025: This article has been corrected to give the length of the test runs as 6.4 miles, not 4.6 miles as first stated.",
        ],
        credits=["Photo: Marcus Bell"],
    ),
}
