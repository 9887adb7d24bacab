"""Fictional article bodies for pages h34-07 to h34-09 of the held-out group "h34".

Written together with ``pages_h34c.py`` by someone other than the person tuning the
reader and without reading the reader or its output on these pages. Same shape as
``articles.py``: a paragraph starting with ``## `` is a subheading, one starting with
``- `` an item of an in-body list. Notes a standards editor keeps with the story (a
correction, an editor's note, an update note) are paragraphs; source lines, agency tags,
copyright lines and photo credits are ``credits`` (not article text). All places,
people, organisations and buildings are invented.
"""

ARTICLES_H34C = {
    "h34_c1": dict(
        title="Brindleford council agrees £2.4m plan to reopen Tanner's Yard public baths",
        author="Joanna Pryce",
        date="2025-10-08",
        paragraphs=[
            "Brindleford City Council's cabinet has agreed a £2.4 million plan to repair and reopen the Victorian public baths at Tanner's Yard, which have been closed since a roof beam failed in the winter of 2022.",
            "Work on the Grade II listed building is due to start in February, and the council expects the main pool, the learner pool and the restored slipper baths to open to the public in the spring of 2027.",
            "## What the money will pay for",
            "Most of the budget will go on the roof and the boiler house, which surveyors described last year as being at the end of their working life. The cabinet report sets out four main pieces of work:",
            "- replacing the failed timber roof beams and relaying the slate roof",
            "- a new heat pump plant in the old boiler house, replacing two gas boilers",
            "- retiling the main pool tank and repairing the cast-iron galleries",
            "- a changing village with step-free access from Tanner's Lane",
            "Around £900,000 of the cost will come from a heritage buildings grant, with the rest from the council's capital programme and a contribution from the Tanner's Yard Baths Trust.",
            "## Swimming lessons to return",
            'Councillor Hafsa Oyelaran, cabinet member for leisure and communities, said the decision was about more than an old building. "Since the baths closed, hundreds of children in the east of the city have had no pool they can walk to. Reopening Tanner\'s Yard means school swimming lessons can come back to the neighbourhood," she said.',
            "The council will run the baths itself for the first three years rather than handing them to a leisure operator, so that prices for residents can be kept at the same level as the council's other pools.",
            "Members of the Baths Trust, who have run open days and a heritage café in the entrance hall since 2023, welcomed the vote. The trust's chair, Dennis Whitcombe, said volunteers would keep the café open for as long as building work allows.",
            "## What happens next",
            "A planning and listed building application will be submitted this month. Residents can see the plans at a drop-in session at Tanner's Yard on Saturday 18 October between 10am and 2pm, or comment online until 14 November.",
            "Update, 9 October 2025: This article has been updated to add the date and times of the drop-in session.",
        ],
        credits=[],
    ),
    "h34_c2": dict(
        title="New hybrid ferry Corran Bright enters service on the Skerrow crossing",
        author="Iain MacRath",
        date="2025-05-14",
        paragraphs=[
            "The new hybrid ferry Corran Bright made her first scheduled crossing between Port Alvie and Skerrow on Tuesday morning, replacing the 38-year-old Isle of Duncraig on the island's main lifeline route.",
            "Around 140 passengers, many of them islanders who had waited years for the new vessel, were on board for the 7.10am sailing, which arrived at Skerrow pier two minutes ahead of time.",
            "## Quieter, cleaner and bigger",
            "The Corran Bright was built at the Inverlarig yard and can carry 36 cars or four lorries and 250 passengers. She runs on batteries in and around both harbours and switches to her diesel generators only in open water.",
            "Our fleet engineers expect the ship to use around a third less fuel than the vessel she replaces. Passengers will also notice a larger lounge, a quiet room, a pet area on the upper deck and a lift between the car deck and the passenger deck.",
            '"For a long time the Duncraig was held together with goodwill and spare parts," said Morag Lindsay, our operations director. "Islanders have been very patient through the breakdowns of the last few winters. This ship is built for the next thirty years of the crossing."',
            "## Changes to the timetable",
            "From Monday 19 May the summer timetable on the Skerrow route will change to make the most of the faster ship:",
            "- two extra return sailings on Fridays and Sundays",
            "- the first sailing from Port Alvie moves from 7.10am to 6.50am on weekdays",
            "- the last sailing from Skerrow moves from 6.30pm to 7.15pm from June to August",
            "Tickets already booked for sailings whose times have changed remain valid, and customers affected have been sent an email with their new departure time.",
            "## Charging at the pier",
            "A shore charging point at Port Alvie was switched on in April, and a second one at Skerrow is due to be connected by the end of the summer. Until then the ship will charge only on the mainland side.",
            'Ailsa Grant, who chairs the Skerrow Community Council, said islanders would be watching closely over the first winter. "We are delighted to see her, but the real test is February," she said.',
            "Correction: An earlier version of this article said the Corran Bright could carry 40 cars. She can carry 36 cars.",
        ],
        credits=[],
    ),
    "h34_c3": dict(
        title="Water voles return to Hollin Moss after trust's ten-year wetland project",
        author="Priya Stenhouse",
        date="2025-08-27",
        paragraphs=[
            "Water voles have been recorded breeding at Hollin Moss nature reserve for the first time in more than twenty years, after a decade of work by the trust to rewet the former peat cutting.",
            "Volunteers carrying out the annual summer survey found droppings, feeding stations and burrows along almost two kilometres of the reserve's ditches, and a camera trap near the boardwalk filmed an adult carrying young in July.",
            "## From dry peat to wetland",
            "When the trust bought Hollin Moss in 2014, most of the site had been drained for peat cutting and was covered in birch scrub. Since then staff and volunteers have blocked old drains with more than 300 small peat dams and cleared scrub from the open mire.",
            '"Ten years ago you could walk across most of this moss in trainers in August," said reserve officer Tomasz Wren. "Now the ditches hold water all year, the sphagnum is coming back and the voles have found it by themselves."',
            "The trust believes the voles moved onto the reserve along the Hollin Brook from a small population on neighbouring farmland, where landowners have been fencing cattle away from the riverbank.",
            "## Keeping mink away",
            "American mink wiped out water voles across much of the county in the 1990s. The trust now runs a network of mink rafts along the brook, which volunteers check every fortnight. Since spring the rafts have found:",
            "- no signs of mink on the reserve or on the brook upstream",
            "- otter prints at three rafts, which the trust says is good news",
            "- tracks of water voles at seven of the twelve rafts",
            "## How visitors can help",
            "The trust is asking visitors to keep dogs on leads and to stay on the boardwalk between April and September, when the voles are breeding and the banks are easily damaged.",
            "Anyone who sees a water vole elsewhere in the Hollin valley is asked to send a record, with a photo if possible, to the trust's wildlife sightings page.",
            "Editor's note: This article was updated on 28 August to make clear that the voles arrived on the reserve naturally and were not released by the trust.",
        ],
        credits=[],
    ),
}
