"""Fictional article bodies for the extraction benchmark (no real article text).

Each article: title, author, date, paragraphs (subheadings start with "## "), and
optional wire credit lines. The expected text of a page is its paragraphs, subheadings
included (without "## "), one per line; title, byline, date, captions and credit lines
are not part of it.
"""

ARTICLES = {
    "wire": dict(
        title="Northland senate passes harbor dredging bill after all-night session",
        author="Maren Holt",
        date="2024-03-05",
        paragraphs=[
            "PORT AVERY, Northland (Reuters) - Northland's senate voted 52-48 early on Tuesday to approve a harbor dredging bill that had stalled in committee for eleven months, sending the measure to the lower house.",
            "The bill would deepen the channels at Port Avery, Keld and Saltmere to 16 meters, which supporters say would allow container ships twice the size of today's largest callers to dock without waiting for high tide.",
            '"This is the most important vote for our coast in a generation," Senator Ilse Varga, who drafted the measure, told reporters after the session ended shortly before 5 a.m.',
            'Opponents argued the estimated 2.4 billion crown cost had not been justified and that the environmental review of the Keld estuary was incomplete. Senator Tomas Brenn said the chamber had "voted first and studied later."',
            "The finance ministry said in a statement that it would fund the first phase from the infrastructure reserve and seek private partners for the rest, without giving a timetable.",
            "Shipping groups welcomed the vote. The Northland Freight Council said delays at the three ports had cost exporters about 310 million crowns last year, according to its own estimate.",
            "The lower house is expected to take up the bill in April. Its transport committee chair, Anna Lisk, has said she supports dredging but wants stricter limits on work during the spring fish migration.",
        ],
        credits=["(Reporting by Maren Holt; Editing by Piet Sauer)"],
    ),
    "local": dict(
        title="Millbrook council votes to close Elm Street bridge for repairs",
        author="Dana Whitcomb",
        date="2024-05-14",
        paragraphs=[
            "The Millbrook town council voted 5-2 on Monday night to close the Elm Street bridge for at least four months while crews replace its corroded steel supports.",
            "The 1958 span carries about 6,000 vehicles a day across the Tessel River and is the shortest route between the east side neighborhoods and Millbrook High School.",
            'An inspection in March found section loss of up to 40 percent on two of the bridge\'s eight girders, town engineer Ray Okafor told the council. "We are not at the point of danger, but we are at the point of action," he said.',
            "Detours will send drivers north to the Route 9 crossing, adding roughly seven minutes to a typical trip. The school district said it would adjust bus schedules before the closure begins on June 17.",
            "Council members Lydia Fenn and Carl Ruiz voted against the plan, saying the town should have waited until the state grant for a full replacement is decided in the fall.",
            '"We are spending $1.2 million to patch a bridge we may tear down in three years," Fenn said.',
            "Mayor Judith Amsel said the town could not risk a sudden weight restriction that would bar fire trucks from the bridge. The repair will be paid for from the capital reserve fund.",
            "Residents can sign up for closure alerts at the town hall or through the town's website, officials said.",
        ],
        credits=[],
    ),
    "blog": dict(
        title="What the new library hours mean for students in Oakridge",
        author="Priya Nandakumar",
        date="2024-09-02",
        paragraphs=[
            "Starting next Monday, the Oakridge Public Library will stay open until 10 p.m. on weekdays, three hours later than it does now. The change follows a petition signed by more than 900 students last spring.",
            "## Why the change happened",
            "Library director Hal Brennan said the board had watched study rooms fill up by 4 p.m. every afternoon during exam season. The late hours are funded by a two-year grant from the Oakridge Community Trust worth $180,000.",
            '"Students told us they had nowhere quiet to work after dinner," Brennan said. "We listened, and the trust stepped in."',
            "## What stays the same",
            "Weekend hours will not change, and the children's room will still close at 6 p.m. The library's laptop lending program, which lets students borrow a device for up to two weeks, will continue at all three branches.",
            "## What students should know",
            "Only the main branch on Cedar Avenue will extend its hours. Students will need a library card to enter after 7 p.m., and security staff will be on duty until closing.",
            "The board will review attendance in December and decide whether to extend the pilot to the north branch next year.",
        ],
        credits=[],
    ),
    "farm": dict(
        title="Scientists say a common garden weed could help clean polluted soil",
        author="Staff Writer",
        date="2024-02-20",
        paragraphs=[
            "A weed that grows in nearly every backyard in the temperate north may be able to pull heavy metals out of contaminated soil, researchers at the University of Calder said in a study published this week.",
            "The team grew creeping lanceleaf in plots of soil taken from a former battery factory and found that after one season the plants had absorbed about 18 percent of the lead in the top layer.",
            'Lead author Dr. Mirela Castan said the result was promising but far from a solution. "It is a slow process, and you still have to dispose of the plants safely," she said.',
            "Cleaning soil by digging it up and trucking it away can cost more than $500 per cubic meter, the researchers noted, while planting costs a small fraction of that.",
            "The study has not yet been tested outside greenhouse conditions. The team plans field trials on two sites next year with funding from the regional environment agency.",
            "Other scientists urged caution. Soil chemist Paul Ebner, who was not involved in the work, said the plant's roots reach only 20 centimeters deep, leaving deeper contamination untouched.",
        ],
        credits=[],
    ),
    "amp": dict(
        title="Rail union and operator reach tentative deal to avert strike",
        author="Jonas Petrak",
        date="2024-07-11",
        paragraphs=[
            "The Eastern Rail Workers Union and operator TransVale reached a tentative agreement late on Wednesday that would avert a strike planned for next week, both sides said.",
            "The deal includes a 4.5 percent pay rise this year and 3 percent next year, along with a cap on mandatory overtime of eight hours a week, according to a summary released by the union.",
            "Union members will vote on the agreement over the next 10 days. Leaders said they would recommend approval.",
            'TransVale chief executive Sonia Marchetti said the agreement was "fair to our staff and affordable for our passengers," and that ticket prices would not rise as a result.',
            "The strike would have halted all commuter services on six lines used by about 400,000 people a day. Talks had broken down twice in June.",
            "The transport ministry, which had offered to mediate, welcomed the news but said it would continue to monitor the situation until the vote is complete.",
        ],
        credits=[],
    ),
    "live": dict(
        title="Live updates: Storm Odile makes landfall on the southern coast",
        author="Newsroom staff",
        date="2024-10-03",
        paragraphs=[
            "Storm Odile made landfall near the town of Vessa on Thursday morning with sustained winds of 140 kilometers per hour, the national weather service said.",
            "## Evacuation orders widened",
            "Authorities extended evacuation orders to four more coastal districts shortly after noon. About 23,000 people have now been told to leave their homes, the civil protection agency said.",
            "Shelters in Vessa and Drummel are at capacity, and buses are taking evacuees to sports halls further inland.",
            "## Power cut to 80,000 homes",
            "The grid operator said about 80,000 homes had lost power across the region. Crews will not begin repairs until winds drop below 60 kilometers per hour.",
            "## Schools closed on Friday",
            "The regional education office said all schools in the affected districts will remain closed on Friday. Exams scheduled for next week will go ahead as planned unless buildings are damaged.",
            "## Rainfall warnings in place",
            "Forecasters warned that up to 200 millimeters of rain could fall over the hills behind the coast by Saturday, raising the risk of flash floods and landslides.",
        ],
        credits=[],
    ),
    "magazine": dict(
        title="The last lighthouse keeper of Gannet Rock",
        author="Oskar Lindqvist",
        date="2023-11-28",
        paragraphs=[
            "For thirty-one years, Edwin Marlow climbed the 142 steps of the Gannet Rock lighthouse twice a day. When the light was automated in 1994, he was the last keeper to leave the island.",
            'Now 83, Marlow lives in a small house in the harbor town of Kestwick, where a brass lamp from the lighthouse sits on his kitchen table. "It is the only thing I asked to keep," he said.',
            "The work was lonely but never dull, he said. Storms could cut the island off for weeks, and once, in the winter of 1979, supply boats could not land for 47 days.",
            "Marlow kept a logbook of every ship that passed, a habit he says he has not broken. His current notebook lists the ferries and fishing boats he can see from his window.",
            "Historians at the Kestwick Maritime Museum are now digitizing his logbooks, which fill eleven boxes. Curator Ines Abel said they are among the most complete records of coastal traffic in the region.",
            'Asked whether he misses the island, Marlow paused. "I miss the quiet," he said. "Not the stairs."',
        ],
        credits=[
            "This story was originally published by the Kestwick Courier and is republished here with permission."
        ],
    ),
    "portal": dict(
        title="Court blocks state plan to sell coastal park land",
        author="Associated Press",
        date="2024-04-22",
        paragraphs=[
            "SALT HARBOR (AP) — A state judge on Monday temporarily blocked a plan to sell 300 acres of the Pelican Point state park to a resort developer, saying the state had not followed its own rules for public comment.",
            "Judge Ramona Teller ruled that the parks department held only one public hearing instead of the three required by law before selling protected land.",
            'Conservation groups that sued to stop the sale called the ruling a major victory. "The public gets a say, and the public said no," said Maya Kerrigan, director of the Coastal Trust.',
            "The parks department said it would review the decision and had not decided whether to appeal. The department has argued that the $48 million sale would fund repairs at 12 other parks.",
            "The developer, Bluewater Holdings, did not respond to a request for comment. The company had planned a 220-room hotel and a golf course on the site.",
            "A full hearing on the case is set for June.",
        ],
        credits=["— Associated Press"],
    ),
    "tv": dict(
        title="Firefighters rescue hikers stranded by rising creek",
        author="Kelly Ames",
        date="2024-06-09",
        paragraphs=[
            "Firefighters used ropes and an inflatable boat to rescue six hikers who were stranded on a gravel bar when Pine Hollow Creek rose rapidly on Sunday afternoon, officials said.",
            "The group, including two children, had crossed the creek on a morning hike and could not return after heavy rain upstream raised the water by more than a meter in under an hour.",
            "Battalion Chief Marco Delgado said crews reached the hikers about 90 minutes after a 911 call. No one was hurt.",
            '"They did the right thing by staying put and calling for help instead of trying to wade across," Delgado said.',
            "The county parks department closed the Pine Hollow trail until Tuesday and urged hikers to check the weather forecast before setting out.",
        ],
        credits=[],
    ),
}

# Held-out articles: written after the cleaning rules were frozen (see
# docs/benchmarks-extraction.md); their pages were not used to tune anything.
ARTICLES.update(
    {
        "national": dict(
            title="Inflation in Eskland eases to 3.1 percent as fuel prices fall",
            author="Beatrix Noll",
            date="2024-08-13",
            paragraphs=[
                "Consumer price inflation in Eskland slowed to 3.1 percent in July from 3.8 percent in June, the national statistics office said on Tuesday, the lowest rate in almost three years.",
                "Fuel prices fell 6 percent over the month, while food prices were flat. Services inflation, which the central bank watches closely, eased only slightly to 4.4 percent.",
                "Economists polled by the Eskland Business Review had expected a reading of 3.3 percent.",
                '"The direction is right, but services are sticky," said Hanne Ostrup, chief economist at Nordbank. "I would not expect a rate cut before the autumn."',
                "The central bank has held its main rate at 4.75 percent since January. Its next decision is due on September 19.",
                "Finance Minister Erik Dahl said the figures showed that the government's energy measures were working and that households would feel relief by the end of the year.",
            ],
            credits=[],
        ),
        "aggregator": dict(
            title="Volunteers plant 10,000 trees along the Orne river in a weekend",
            author="Luc Ferrand",
            date="2024-11-04",
            paragraphs=[
                "More than 600 volunteers planted about 10,000 native trees along a 12-kilometer stretch of the Orne river over the weekend, organizers said, in the largest single planting the valley has seen.",
                "The alders, willows and ash saplings are meant to shade the water and cool it for trout, which have declined sharply in the river during recent hot summers.",
                "The project was organized by the Orne Valley Angling Club with seedlings donated by the regional forestry office.",
                '"Ten years from now, this will be a green tunnel," said club secretary Nadia Roux. "Today it looks like a row of sticks, but that is how every forest starts."',
                "Organizers plan a second planting in March and are looking for landowners willing to give up a strip of riverbank.",
            ],
            credits=["— Reuters"],
        ),
        "regional": dict(
            title="Old grain silo to become climbing center after council approval",
            author="Tove Brandt",
            date="2024-04-30",
            paragraphs=[
                "The disused grain silo at Harlow Quay will be turned into an indoor climbing center after the district council approved the plans on Monday evening.",
                "The 38-meter concrete tower, built in 1961, has stood empty since the mill closed in 2009. Developers Vertical North will install climbing walls inside the eight cylindrical bins and a viewing platform on the roof.",
                'Council planning chair Olav Kirk said the project would bring "life and visitors back to the quay" and preserve a landmark many residents wanted to keep.',
                "Some neighbors objected to the expected traffic. The council added a condition that the operator must run a shuttle bus from the train station on weekends.",
                "Work is expected to start in the summer, with opening planned for late next year.",
            ],
            credits=[],
        ),
    }
)
