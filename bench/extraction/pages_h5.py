"""Layouts of the frozen held-out group "h5" of the extraction benchmark.

Written after the fourth round and *before* any change of the fifth round (block
features and a learned block classifier); never used for tuning
(docs/benchmarks-extraction.md). ``tests/test_read_bench.py`` pins a digest of the
generated files. Fictional pages: a recipe-news hybrid with a recipe card, a court
report with a case box and a helpline notice, a Swedish weather warning with forecast
tables, a match report with a stats table and player ratings, a local events page with
a calendar widget, a corrections column, a wire photo page with image metadata, a
satire page with a disclaimer and shop plug, a Polish story with a long comment thread,
and a Czech story with a reader poll.
"""

from __future__ import annotations

import html

e = html.escape


def paras(art, p="p", h="h2", between=None):
    out: list[str] = []
    for i, para in enumerate(art["paragraphs"]):
        if para.startswith("## "):
            out.append(f"<{h}>{e(para[3:])}</{h}>")
        else:
            out.append(f"<{p}>{e(para)}</{p}>")
        if between and i in between:
            out.append(between[i])
    return "\n".join(out)


def page(art, site, url, content, lang="en"):
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{e(art["title"])} · {e(site)}</title>
<meta property="og:site_name" content="{e(site)}">
<link rel="canonical" href="{url}">
<meta name="author" content="{e(art["author"])}">
<meta property="article:published_time" content="{art["date"]}T07:30:00Z">
<script>var _q=[];</script>
</head><body>
{content}
</body></html>
"""


def recipe(art):
    card = """<div class="rcard"><h3>Mia's storm rye</h3><div class="rmeta"><span>Prep 40 mins</span><span>Cook 1 hr 10 mins</span><span>Serves 12</span><span>Difficulty: moderate</span></div>
<p class="stars">4.6 out of 5 (213 ratings)</p><div class="rbtns"><a>Print recipe</a><a>Save to my recipes</a><a>Rate this recipe</a></div>
<table class="nutri"><tr><th>Per slice</th><td>kcal 182</td><td>fat 2g</td><td>carbs 34g</td><td>fibre 6g</td><td>salt 0.6g</td></tr></table></div>"""
    content = f"""<div class="top"><a class="brand">The Dales Table</a><div class="menu"><a>Recipes</a><a>News</a><a>Baking</a><a>Drinks</a><a>Competitions</a></div><a>Jump to recipe</a></div>
<div class="wrap"><div class="post"><span class="crumbs">Home / News / Baking</span><h1>{e(art["title"])}</h1>
<div class="who">By {e(art["author"])} · Published 12 May 2025</div>
<img src="rye.jpg" alt=""><span class="pic-note">Mia Kessler with the winning loaf (Photograph by Hal Curtis)</span>
<div class="entry">{paras(art, between={2: card})}</div>
<div class="rate-box"><h4>Have you made this?</h4><p>Tag us with #dalestable and let us know how it turned out. We love seeing your bakes!</p></div>
<div class="more-recipes"><h3>You might also like to bake</h3><div><a>Seeded spelt sourdough</a><span>Ready in 3 hrs · Easy</span></div><div><a>Treacle soda bread</a><span>Ready in 1 hr · Easy</span></div><div><a>Cardamom buns</a><span>Ready in 2 hrs · Moderate</span></div></div>
</div></div>
<div class="bottom"><p>The Dales Table is part of Fellside Media. Registered office: 4 Market Yard, Skipwell.</p><a>Advertise</a><a>Privacy settings</a></div>"""
    return page(art, "The Dales Table", "https://dalestable.example/news/rye-prize", content)


def court(art):
    content = f"""<div class="hdr"><a class="logo">Westbury Evening Star</a><div class="sections"><a>News</a><a>Crime</a><a>Courts</a><a>Sport</a><a>Jobs</a></div></div>
<div class="main"><div class="story"><p class="section">Courts</p><h1>{e(art["title"])}</h1>
<p class="standfirst">Rowing club had to cancel junior season after money went missing</p>
<p class="by">By {e(art["author"])}</p><p class="when">14 May 2025 • 5 min read</p>
<div class="casebox"><p><b>Case:</b> R v Desmond Pryor</p><p><b>Court:</b> Westbury Crown Court</p><p><b>Charge:</b> fraud by abuse of position</p><p><b>Plea:</b> guilty</p><p><b>Sentence:</b> 2 years 4 months</p></div>
<div class="copy">{paras(art, between={3: '<div class="inline-promo"><p>Get the latest court stories straight to your phone. Download the Evening Star app for free.</p></div>'})}</div>
<div class="help"><p>If you have been affected by gambling, free confidential support is available from the national gambling helpline on 0808 555 0134, open 24 hours a day.</p></div>
<p class="legal">Our court reports are published in line with the editors' code of practice. If you have concerns about a report, contact our newsroom.</p>
</div>
<div class="rail"><h3>Latest from the courts</h3><div><a>Driver banned after crash on ring road</a><p>A 34-year-old was also fined 1,200 pounds.</p></div><div><a>Shop burglar caught on doorbell camera</a><p>He was given a suspended sentence.</p></div></div></div>
<div class="ftr"><p>Westbury Evening Star, part of Northgate Media Group. All content copyright.</p></div>"""
    return page(art, "Westbury Evening Star", "https://westburystar.example/courts/pryor", content)


def weather(art):
    days = "".join(
        f"<tr><td>{d}</td><td>{t}</td><td>{r}</td><td>{w}</td></tr>"
        for d, t, r, w in [
            ("Tisdag", "24° / 15°", "40 mm", "4 m/s"),
            ("Onsdag", "19° / 11°", "3 mm", "6 m/s"),
            ("Torsdag", "18° / 9°", "0 mm", "5 m/s"),
        ]
    )
    content = f"""<div class="topp"><a class="logga">Värmlandsposten</a><div><a>Nyheter</a><a>Väder</a><a>Sport</a><a>Nöje</a></div><a>Logga in</a><a>Prenumerera</a></div>
<div class="sida"><div class="artikel"><p class="etikett">VÄDER</p><h1>{e(art["title"])}</h1>
<p class="ingress">Upp till 40 millimeter regn kan falla på en timme.</p>
<p class="skribent">{e(art["author"])}</p><p class="tid">Publicerad 3 juni 2025 06:12 · Uppdaterad 07:48</p>
<div class="varning"><p><b>Gul varning</b> – skyfall</p><p>Område: västra Svealand</p><p>Gäller: tisdag 3 juni 12:00 – 22:00</p><p>Utfärdad av Väderverket</p></div>
<div class="brodtext">{paras(art, between={2: f'<table class="prognos"><tr><th>Dag</th><th>Temp</th><th>Nederbörd</th><th>Vind</th></tr>{days}</table>'})}</div>
<p class="kalla">Prognosdata: Väderverket. Uppdateras varje timme.</p>
<div class="dela"><span>Dela artikeln</span><a>Facebook</a><a>Kopiera länk</a></div>
<div class="tips"><p>Har du bilder från ovädret? Skicka dem till oss, vi betalar för bilder vi publicerar.</p><a>Skicka tips</a></div></div>
<div class="fler"><h3>Fler nyheter</h3><a>Ny cykelbana mellan Kil och Fagerås</a><a>Rekordmånga besökare på Alsters herrgård</a></div></div>
<div class="fot"><p>Ansvarig utgivare: Lena Holm</p><a>Kundservice</a><a>Cookies</a></div>"""
    return page(art, "Värmlandsposten", "https://vposten.example/vader/skyfall", content, "sv")


def match(art):
    stats = "".join(
        f"<tr><td>{a}</td><td>{s}</td><td>{b}</td></tr>"
        for a, s, b in [
            ("61%", "Possession", "39%"),
            ("17", "Shots", "8"),
            ("7", "On target", "3"),
            ("9", "Corners", "4"),
            ("11", "Fouls", "14"),
        ]
    )
    ratings = "".join(
        f"<li><b>{n}</b> {r} – {c}</li>"
        for n, r, c in [
            ("Hollis", "6", "could do little about the goal"),
            ("Okafor", "9", "two goals and a constant threat"),
            ("Baptiste", "7", "won everything in the air after the break"),
            ("Kerr", "7", "lively off the bench"),
        ]
    )
    content = f"""<div class="site-top"><a>Northern Football Weekly</a><div><a>Fixtures</a><a>Results</a><a>Tables</a><a>Transfers</a></div></div>
<div class="match-page"><div class="scoreline"><span>Brannock Athletic</span><span>3 - 1</span><span>Eastmoor</span><p>Full time</p><p>Okafor 49', 67', Kerr 90+3' | Lindqvist 21'</p></div>
<div class="report"><h1>{e(art["title"])}</h1><p class="credit-line">{e(art["author"])} at Ferris Park</p>
{paras(art)}
</div>
<div class="stats"><h3>Match stats</h3><table><tr><th>Brannock</th><th></th><th>Eastmoor</th></tr>{stats}</table></div>
<div class="ratings"><h3>Player ratings</h3><ul>{ratings}</ul></div>
<div class="teams"><h3>Teams</h3><p>Brannock: Hollis, Dunne, Baptiste, Moreau, Fenn, Adeyemi, Walsh, Cortez, Price, Okafor, Lund. Subs: Kerr, Hale.</p><p>Eastmoor: Sato, Grieve, Lindqvist, Oduya, Marsh, Tate, Bell, Kovac, Amoah, Reyes, Finch.</p><p>Referee: Daniel Shore. Attendance: 8,412.</p></div>
<div class="next"><h3>Next fixture</h3><p>Calder Town v Brannock Athletic, Saturday 3 May, 15:00</p><a>Buy tickets</a></div></div>
<div class="site-bottom"><p>Northern Football Weekly © 2025</p><a>Contact</a><a>Advertise</a></div>"""
    return page(
        art, "Northern Football Weekly", "https://nfw.example/reports/brannock-eastmoor", content
    )


def events(art):
    cal = "".join(
        f'<div class="ev"><p class="ev-date">{d}</p><p class="ev-title">{t}</p><p class="ev-where">{w}</p><a>Add to calendar</a></div>'
        for d, t, w in [
            (
                "Sat 20 Sep, 10:00-12:00",
                "Lantern-making workshop",
                "Fenwick Library, free, booking required",
            ),
            (
                "Sat 27 Sep, 10:00-12:00",
                "Lantern-making workshop",
                "Fenwick Library, free, booking required",
            ),
            (
                "Fri 3 Oct, 19:30",
                "Quiz night in aid of the festival",
                "The Ferryman, 5 per team member",
            ),
            ("Sat 11 Oct, 18:00", "Riverside lantern festival", "Old mill to the footbridge"),
        ]
    )
    content = f"""<div class="bar"><a>Fenwick Chronicle</a><div><a>News</a><a>What's on</a><a>Community</a><a>Family notices</a></div></div>
<div class="layout"><div class="col-main"><h1>{e(art["title"])}</h1><p class="by">{e(art["author"])}, community reporter</p><p class="on">18 September 2025</p>
{paras(art)}
<div class="cal"><h3>Coming up</h3>{cal}</div>
<div class="submit"><h4>Running an event?</h4><p>List it for free in our What's On guide. Fill in the form and our team will add it within two working days.</p><a>Submit your event</a></div>
</div>
<div class="col-side"><h3>Weekend weather</h3><p>Saturday: sunny spells, 17°</p><p>Sunday: showers, 14°</p><h3>Family notices</h3><p>Births, marriages and deaths from Fenwick and district.</p></div></div>
<div class="end"><p>© Fenwick Chronicle 2025. Published by Riverbank Newspapers Ltd.</p></div>"""
    return page(
        art, "Fenwick Chronicle", "https://fenwickchronicle.example/whats-on/lanterns", content
    )


def corrections(art):
    content = f"""<div class="mast"><a>The Northern Ledger</a><div><a>News</a><a>Opinion</a><a>About us</a></div></div>
<div class="holder"><div class="piece"><p class="series">Corrections</p><h1>{e(art["title"])}</h1><p class="dateline">Fri 16 May 2025</p>
{paras(art)}
<div class="contact-re"><p>To contact the readers' editor, email readers@northernledger.example or write to Readers' Editor, The Northern Ledger, 8 Canal Street, Halworth.</p><p>Please quote the date and page of the article.</p></div>
<div class="policy"><h4>Our complaints policy</h4><p>We aim to reply to every complaint within 10 working days. If you are not satisfied with our response, you can refer your complaint to the independent press standards body.</p></div>
</div></div>
<div class="links"><a>Editorial code</a><a>Complaints</a><a>Ownership</a><a>Jobs</a></div>"""
    return page(
        art, "The Northern Ledger", "https://northernledger.example/corrections/16-may", content
    )


def photo(art):
    content = f"""<div class="agency"><a>Centra Press Images</a><div><a>Search</a><a>Collections</a><a>Editorial</a><a>Pricing</a></div><a>Lightbox (0)</a></div>
<div class="asset"><h1>{e(art["title"])}</h1>
<div class="meta-grid"><p>Image ID: CPI-4471920</p><p>Photographer: {e(art["author"])}</p><p>Date taken: 9 February 2025</p><p>Location: Ostrava Mill, Severin Valley</p><p>Size: 5472 x 3648 px (20.0 MP)</p><p>Licence: editorial use only</p></div>
<div class="desc">{paras(art)}</div>
<div class="buy"><p>Price from 45 EUR. Editorial licences cover one use in print or online for up to 12 months.</p><a>Add to basket</a><a>Download comp</a></div>
<div class="kw"><span>Keywords:</span><a>flood</a><a>farm</a><a>river</a><a>weather</a><a>rescue</a><a>boat</a></div>
<div class="same-shoot"><h3>More from this shoot</h3><p>A tractor stands in flood water near Ostrava Mill.</p><p>A rescue boat carries sheep across a flooded field.</p><p>Residents fill sandbags outside the village hall.</p></div></div>
<div class="legal"><p>All images are protected by copyright. Unauthorised use is prohibited.</p></div>"""
    return page(art, "Centra Press Images", "https://centrapress.example/image/4471920", content)


def satire(art):
    content = f"""<div class="head"><a>The Daily Spoon</a><div><a>Politics</a><a>Local</a><a>Science</a><a>Shop</a></div></div>
<div class="column"><p class="tag">SATIRE</p><h1>{e(art["title"])}</h1><p class="writer">{e(art["author"])}, Senior Roundabout Correspondent</p>
{paras(art)}
<p class="fine">The Daily Spoon is a satirical publication. The stories are made up, and any resemblance to real councils, roundabouts or spokesmen is a coincidence, probably.</p>
<div class="plug"><p>Our new book, Spoon-Fed: A Year of Fake News, is out now. Order a signed copy from the Spoon shop and get a free tea towel.</p><a>Go to the shop</a></div>
<div class="writer-box"><p>Gideon Thrupp has covered local government for The Daily Spoon since the Great Bin Strike. He lives in Minsworth with a cat who disapproves of him.</p></div>
<div class="more"><h3>More stories</h3><p>Man who said he would start running in January still planning to start running in January</p><p>Library fines to be paid in apologies from next year</p></div></div>
<div class="foot"><p>© The Daily Spoon. Satire and parody.</p></div>"""
    return page(art, "The Daily Spoon", "https://dailyspoon.example/roundabout", content)


def comments(art):
    thread = [
        (
            "marek_77",
            "2 godz. temu",
            "I znowu to samo. Przez cztery miesiące będziemy stać w korku na moście Kolejowym, a autobusy i tak utkną razem z nami. Czy ktoś w ratuszu w ogóle tamtędy jeździ?",
            "14",
            "3",
        ),
        (
            "Ania z Zawodzia",
            "2 godz. temu",
            "Most naprawdę jest w fatalnym stanie, widać dziury w chodniku i pordzewiałe barierki. Lepiej zamknąć go teraz niż czekać, aż coś się stanie.",
            "22",
            "1",
        ),
        (
            "rowerzysta",
            "1 godz. temu",
            "Dobrze, że piesi i rowery przejdą. Może część kierowców w końcu przesiądzie się na rower, przynajmniej na te cztery miesiące.",
            "9",
            "7",
        ),
        (
            "Krzysztof B.",
            "1 godz. temu",
            "Remont zaplanowany dokładnie na sezon turystyczny. Kto to wymyślił? Przecież latem ruch jest największy.",
            "17",
            "2",
        ),
        (
            "gość_3841",
            "58 min. temu",
            "14 milionów za nową nawierzchnię i barierki? Ciekawe, ile z tego pójdzie na same projekty i nadzór.",
            "11",
            "4",
        ),
        (
            "Ewa",
            "40 min. temu",
            "Mieszkam przy moście i cieszę się, że wreszcie coś się dzieje. Od lat słychać, jak ciężarówki podskakują na dziurach.",
            "6",
            "0",
        ),
    ]
    items = "".join(
        f'<div class="c"><p class="c-user">{u}</p><p class="c-time">{t}</p><p class="c-text">{x}</p><p class="c-act">Odpowiedz · Zgłoś · {up} 👍 {dn} 👎</p></div>'
        for u, t, x, up, dn in thread
    )
    content = f"""<div class="naglowek"><a>Gazeta Nowodębska</a><div><a>Wiadomości</a><a>Region</a><a>Sport</a><a>Ogłoszenia</a></div><a>Zaloguj się</a></div>
<div class="tresc"><div class="art"><p class="dzial">Komunikacja</p><h1>{e(art["title"])}</h1><p class="autor">{e(art["author"])}</p><p class="data">20.03.2025, 09:14</p>
<p class="lead">Kierowcy muszą się przygotować na objazdy i korki.</p>
<div class="txt">{paras(art, between={1: '<p class="zobacz">ZOBACZ TEŻ: <a>Nowy rozkład jazdy autobusów od poniedziałku</a></p>'})}</div>
<div class="udostepnij"><a>Udostępnij</a><a>Tweetnij</a><a>Wyślij</a></div>
<div class="dyskusja"><h3>Komentarze (37)</h3><p>Dodając komentarz akceptujesz regulamin forum. Komentarze obraźliwe będą usuwane.</p><textarea></textarea>{items}<a>Pokaż kolejne komentarze</a></div></div></div>
<div class="stopka"><p>© 2025 Gazeta Nowodębska sp. z o.o. Wszelkie prawa zastrzeżone.</p><a>Regulamin</a><a>Polityka prywatności</a></div>"""
    return page(art, "Gazeta Nowodębska", "https://gazetanowodebska.example/most", content, "pl")


def poll(art):
    content = f"""<div class="lista"><a>Krajský deník</a><div><a>Zprávy</a><a>Doprava</a><a>Sport</a><a>Kultura</a></div><a>Přihlásit</a></div>
<div class="obsah"><div class="clanek"><h1>{e(art["title"])}</h1><p class="perex">Děti a senioři budou dál jezdit za stejnou cenu.</p>
<p class="podpis">{e(art["author"])} · 22. května 2025 · 2 minuty čtení</p>
<div class="text">{paras(art, between={1: '<div class="anketa"><h4>Anketa</h4><p>Jezdíte pravidelně regionálním vlakem?</p><p>Ano, každý den 34 %</p><p>Občas 41 %</p><p>Ne 25 %</p><p>Hlasovalo 1 862 čtenářů</p></div>'})}</div>
<p class="souvisejici">Související: <a>Nový jízdní řád přinese víc spojů do Jeseníku</a></p>
<div class="diskuse"><a>Diskuse (12)</a><a>Sdílet</a><a>Tisk</a></div>
<div class="newsbox"><p>Nejdůležitější zprávy z kraje každé ráno ve vaší e-mailové schránce. Přihlaste se k odběru zdarma.</p><a>Odebírat</a></div></div>
<div class="nejctenejsi"><h3>Nejčtenější</h3><a>Na dálnici D1 se srazila tři auta</a><a>Zoo má nová mláďata</a></div></div>
<div class="paticka"><p>© Krajský deník 2025. Kopírování obsahu bez souhlasu je zakázáno.</p></div>"""
    return page(art, "Krajský deník", "https://krajskydenik.example/doprava/jizdne", content, "cs")


#: page name -> (article key, layout function)
LAYOUTS_H5 = {
    "h5-01-recipe": ("recipe", recipe),
    "h5-02-court": ("court", court),
    "h5-03-weather": ("weather", weather),
    "h5-04-match": ("match", match),
    "h5-05-events": ("events", events),
    "h5-06-corrections": ("corrections", corrections),
    "h5-07-photo": ("photo", photo),
    "h5-08-satire": ("satire", satire),
    "h5-09-comments": ("comments", comments),
    "h5-10-poll": ("poll", poll),
}
