"""Layouts of the frozen held-out group "h2" of the extraction benchmark.

Written *before* any cleaning rule was changed for them and never used for tuning
(docs/benchmarks-extraction.md); ``tests/test_read_bench.py`` pins a digest of the
generated files so they cannot drift. Fictional pages with the furniture of real news
sites: cookie and consent banners, "Most read" lists, "Recommended" carousels, author
bios, live-blog timestamps, photo captions and credits, inline "Read more:" links,
correction notices and editor's notes (article text), paywall prompts, comment counts,
tag lists, "Follow us", app promos and footer link farms, in English, German and
Spanish. Several use class names that say nothing (generated CSS), as many sites do.
"""

from __future__ import annotations

import html

e = html.escape


def paras(art, p="p", h="h2", between=None, li_wrap="ul"):
    """Article paragraphs as HTML; "## " subheadings, "- " list items grouped in a list."""
    out: list[str] = []
    items: list[str] = []
    for i, para in enumerate(art["paragraphs"]):
        if para.startswith("- "):
            items.append(f"<li>{e(para[2:])}</li>")
            continue
        if items:
            out.append(f"<{li_wrap}>{''.join(items)}</{li_wrap}>")
            items = []
        if para.startswith("## "):
            out.append(f"<{h}>{e(para[3:])}</{h}>")
        else:
            out.append(f"<{p}>{e(para)}</{p}>")
        if between and i in between:
            out.append(between[i])
    if items:
        out.append(f"<{li_wrap}>{''.join(items)}</{li_wrap}>")
    return "\n".join(out)


def page(art, site, url, content, lang="en"):
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{e(art["title"])} - {e(site)}</title>
<meta property="og:site_name" content="{e(site)}">
<link rel="canonical" href="{url}">
<meta name="author" content="{e(art["author"])}">
<meta property="article:published_time" content="{art["date"]}T07:00:00Z">
<script>window.__STATE__={{"user":null}};</script>
</head><body>
{content}
</body></html>
"""


def linkfarm(groups):
    return "".join(
        f"<div><h4>{e(h)}</h4><ul>{''.join(f'<li><a>{e(x)}</a></li>' for x in items)}</ul></div>"
        for h, items in groups
    )


def broadsheet(art):
    read_more = '<p class="inline-link"><strong>Read more:</strong> <a>Storm damage bill for the peninsula passes 200 million crowns</a></p>'
    figure = '<figure class="element-image"><img src="wall.jpg" alt=""><figcaption><span>The damaged promenade at Brakeness in January.</span> Photograph: Sven Aaland/Wenlow Pictures</figcaption></figure>'
    most = "".join(
        f"<li><span class='num'>{i}</span><a>{e(t)}</a></li>"
        for i, t in enumerate(
            [
                "Heat records tumble across the south as summer starts early",
                "Live Brakeness ferry cancelled after engine fault",
                "The best walks on the Wenlow coast, chosen by readers",
                "Teachers vote to accept pay offer",
                "Review: a quiet triumph at the Harbour Theatre",
            ],
            1,
        )
    )
    footer = linkfarm(
        [
            ("News", ["World", "Environment", "Science", "Global development", "Obituaries"]),
            ("Opinion", ["Columnists", "Cartoons", "Letters", "Editorials"]),
            ("Lifestyle", ["Food", "Travel", "Health & fitness", "Money", "Family"]),
            (
                "About",
                [
                    "About us",
                    "Contact us",
                    "Complaints & corrections",
                    "Work for us",
                    "Privacy settings",
                    "Cookie policy",
                    "Terms & conditions",
                ],
            ),
        ]
    )
    content = f"""<div class="cmp-container" role="dialog"><h2>Your privacy</h2><p>We and our partners store and/or access information on a device, such as unique IDs in cookies, to process personal data. You may accept or manage your choices at any time.</p><button>Yes, I'm happy</button><button>Manage or reject</button></div>
<header><a class="logo">The Wenlow Chronicle</a><nav><ul><li>News</li><li>Opinion</li><li>Sport</li><li>Culture</li><li>Lifestyle</li></ul></nav><a>Support the Chronicle</a><a>Sign in</a></header>
<main><article><div class="series">Environment</div><h1>{e(art["title"])}</h1>
<p class="standfirst">Ministry grants 86m crowns after storms left promenades closed</p>
{figure}
<div class="meta"><a rel="author">{e(art["author"])}</a> <span>Mon 3 Jun 2024 12.15 CEST</span></div>
<div class="share"><a>Share</a><span>143</span></div>
<div class="article-body-commercial-selector">{paras(art, between={2: read_more})}</div>
<div class="submeta"><span>Explore more on these topics</span><ul><li><a>Environment</a></li><li><a>Flooding</a></li><li><a>Wenlow</a></li><li><a>Local government</a></li></ul></div>
<div class="share"><a>Share</a><a>Reuse this content</a></div>
</article>
<section class="onwards"><h2>Most viewed</h2><ol>{most}</ol></section></main>
<footer>{footer}<p>© 2024 Wenlow Chronicle Media Ltd. All rights reserved.</p></footer>"""
    return page(art, "The Wenlow Chronicle", "https://chronicle.example/env/sea-walls", content)


def liveblog(art):
    stamps = ["23:41", "22:58", "22:10", "21:35"]
    groups, cur = [], [art["paragraphs"][0]]
    for p in art["paragraphs"][1:]:
        if p.startswith("## "):
            groups.append(cur)
            cur = [p]
        else:
            cur.append(p)
    groups.append(cur)
    entries = []
    for n, (t, g) in enumerate(zip(stamps, reversed(groups), strict=False)):
        inner = "".join(
            f"<h2>{e(x[3:])}</h2>" if x.startswith("## ") else f"<p>{e(x)}</p>" for x in g
        )
        key = '<span class="badge">Key event</span>' if n % 2 == 0 else ""
        entries.append(
            f'<article class="block"><header><time>{t}</time>{key}<span class="ago">{n * 35 + 4}m ago</span></header>{inner}'
            f'<footer class="block-footer"><a>Share</a><span>Updated at {t} CEST</span></footer></article>'
        )
    content = f"""<header><a class="logo">Varnholm Today</a><nav><a>News</a><a>Politics</a><a>Sport</a><a>Weather</a></nav></header>
<main><div class="live-label">LIVE</div><h1>{e(art["title"])}</h1>
<p class="standfirst">Counting under way in 34 districts; Greens gain in the city; governor concedes</p>
<div class="byline">{e(art["author"])}</div><p>Sun 22 Sep 2024 23.41 CEST</p>
<div class="key-events"><h3>Key events</h3><ul><li><a>21:35 Polls close</a></li><li><a>22:10 First results from the islands</a></li><li><a>22:58 Greens gain in Varnholm city</a></li><li><a>23:41 Governor concedes</a></li></ul><button>Show key events only</button></div>
<div class="live-blog">{"".join(entries)}</div>
<div class="pagination"><a>Newest</a><a>Previous</a><span>1 of 3</span><a>Next</a><a>Oldest</a></div></main>
<footer><a>About</a><a>Contact</a><a>Privacy</a><p>Varnholm Today, Harbour Street 4, Varnholm</p></footer>"""
    return page(art, "Varnholm Today", "https://vtoday.example/live/election-night", content)


def paywall(art):
    reco = "".join(
        f'<div class="card"><span class="kicker">{k}</span><h3><a>{e(t)}</a></h3><p>{e(d)}</p></div>'
        for k, t, d in [
            (
                "Energy",
                "The village that runs on wood chips",
                "A district heating plant fed by local forests has cut bills by a third, but the supply of timber is now under strain.",
            ),
            (
                "Analysis",
                "Heat pumps are selling again after a slow year",
                "Installers report a rush of orders since the autumn, helped by new loans for homeowners in rural areas.",
            ),
            (
                "Climate",
                "Ten years of wind power on the western ridge",
                "Residents who fought the turbines now argue over how to spend the community fund they pay into.",
            ),
        ]
    )
    content = f"""<div id="app"><div class="x1a9 x7f0"><a>Energy Review</a><a>Subscribe</a><a>Log in</a></div>
<div class="x3k2"><span>Energy</span><span>Climate</span><span>Industry</span><span>Podcasts</span><span>Events</span></div>
<main><div class="r8t1"><a class="x9p">Energy transition</a><h1>{e(art["title"])}</h1>
<p class="x4d">Small networks built for one-way power are struggling as homes turn into power stations</p>
<div class="x5b"><span>By {e(art["author"])}</span><span>February 14, 2024</span><span>8 min read</span></div>
<div class="x6c">{paras(art, between={3: '<div class="x2m"><p>This article is for subscribers. Subscribe now for $1 a week for the first three months and get unlimited access to all our journalism.</p><a>See subscription options</a><p>Already a subscriber? <a>Log in</a></p></div>'})}</div>
<div class="x8z"><h3>{e(art["author"])}</h3><p>Idris Kalnins is a senior reporter covering energy networks and regulation. He previously worked as an electrical engineer for a regional utility.</p><a>Follow</a></div>
<div class="x7t"><a>Solar</a><a>Grid</a><a>Batteries</a><a>Regulation</a></div>
<button class="x0c">47 comments</button></div>
<section class="x2r"><h2>Recommended</h2>{reco}</section></main>
<div class="x9f"><a>Contact</a><a>Advertise</a><a>Careers</a><a>Terms</a><a>Privacy</a><a>Accessibility</a><span>Energy Review is published by Ridgeline Media.</span></div></div>"""
    return page(art, "Energy Review", "https://energyreview.example/grid/solar-boom", content)


def tabloid(art):
    read_more = (
        "<p><b>READ MORE:</b> <a>Baby giraffe takes first wobbly steps at safari park</a></p>"
    )
    video = '<div class="video"><p>Watch: keepers weigh the tiny cubs</p><p>00:48</p></div>'
    app = '<div class="app-promo"><p>Get the Daily Flare app: breaking news, exclusives and puzzles on the go. Download it free on iPhone and Android.</p></div>'
    shared = "".join(
        f"<li><a><img alt=''><span>{e(t)}</span></a><span class='c'>{n} comments</span></li>"
        for t, n in [
            ("Man finds 40-year-old letter behind kitchen tiles", 212),
            ("Supermarket recalls cheese over labelling mix-up", 35),
            ("Fans queue overnight for seaside concert tickets", 88),
            ("Pensioner wins village marrow contest for 12th time", 19),
        ]
    )
    content = f"""<header><div class="logo">Daily Flare</div><nav><a>News</a><a>Showbiz</a><a>Sport</a><a>Money</a><a>Travel</a></nav><a>Puzzles</a></header>
<main><article><h1>{e(art["title"])}</h1>
<div class="byline"><a>{e(art["author"])}</a><span>Senior reporter</span></div>
<div class="dates"><span>12:04, 19 Jul 2024</span><span>Updated 14:37, 19 Jul 2024</span></div>
<div class="social"><a>Facebook</a><a>X</a><a>WhatsApp</a><a>Comments</a></div>
{video}
<figure><img src="pandas.jpg" alt=""><figcaption>The twin cubs in their nest box (Image: Hollin Park Zoo)</figcaption></figure>
<div class="article-body">{paras(art, between={1: read_more, 3: app})}</div>
<div class="follow"><p>Follow Daily Flare on Facebook, Instagram and TikTok for the latest news and videos.</p></div>
<div class="comments-cta"><a>Comments (56)</a></div>
</article>
<section class="most-shared"><h2>Most shared</h2><ul>{shared}</ul></section></main>
<footer><p>Daily Flare is part of Harrow Street Publishing. © 2024 All rights reserved.</p><a>Contact</a><a>Privacy notice</a><a>Cookie notice</a><a>Complaints</a></footer>"""
    return page(art, "Daily Flare", "https://dailyflare.example/news/red-panda-twins", content)


def german(art):
    lesen = '<p class="lesetipp"><strong>Lesen Sie auch:</strong> <a>Neue Buslinie verbindet Nordstadt und Bahnhof</a></p>'
    meist = "".join(
        f"<li><a>{e(t)}</a></li>"
        for t in [
            "Vollsperrung auf der B 27 am Wochenende",
            "Bäckerei Lang schließt nach 90 Jahren",
            "Freibad öffnet früher als geplant",
        ]
    )
    content = f"""<div class="consent"><p>Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren und Zugriffe zu analysieren. Mit Klick auf „Alle akzeptieren“ stimmen Sie der Verarbeitung zu.</p><button>Alle akzeptieren</button><button>Einstellungen</button></div>
<header><a class="logo">Weißenbrunner Anzeiger</a><nav><a>Lokales</a><a>Region</a><a>Sport</a><a>Kultur</a><a>Service</a></nav><a>Anmelden</a><a>Abo</a></header>
<main><article><p class="dachzeile">Verkehr</p><h1>{e(art["title"])}</h1>
<p class="autor">Von {e(art["author"])}</p><p class="datum">08.05.2024, 17:45 Uhr</p>
<div class="teilen"><a>Artikel teilen</a><a>Facebook</a><a>WhatsApp</a><a>E-Mail</a></div>
<figure><img src="muehlgasse.jpg" alt=""><figcaption>Radfahrer in der Mühlgasse. Foto: Henrike Vogt</figcaption></figure>
<div class="artikeltext">{paras(art, between={2: lesen})}</div>
<div class="schlagworte"><span>Schlagworte:</span><a>Verkehr</a><a>Radverkehr</a><a>Stadtrat</a><a>Altstadt</a></div>
<p class="kommentare">Kommentare (12)</p>
</article>
<aside><h3>Meistgelesen</h3><ol>{meist}</ol><h3>Mehr zum Thema</h3><ul><li><a>Radentscheid: Initiative sammelt 8000 Unterschriften</a></li><li><a>Wo in der Stadt noch Radwege fehlen</a></li></ul></aside></main>
<footer><a>Impressum</a><a>Datenschutz</a><a>AGB</a><a>Kontakt</a><a>Mediadaten</a><p>© Weißenbrunner Anzeiger 2024</p></footer>"""
    return page(
        art,
        "Weißenbrunner Anzeiger",
        "https://anzeiger.example/lokales/fahrradstrassen",
        content,
        lang="de",
    )


def spanish(art):
    interesa = '<p class="relacionada"><strong>Te puede interesar:</strong> <a>El Ayuntamiento cierra el paseo marítimo por obras</a></p>'
    leido = "".join(
        f"<li><span>{i}</span><a>{e(t)}</a></li>"
        for i, t in enumerate(
            [
                "Cortes de agua en el barrio de la Marina este jueves",
                "La feria del libro vuelve a la plaza Mayor",
                "Así será el nuevo horario de los autobuses urbanos",
            ],
            1,
        )
    )
    content = f"""<div class="cookies"><p>Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso.</p><button>Aceptar</button><a>Más información</a></div>
<header><a class="logo">Diario de Valdemora</a><nav><a>Local</a><a>Provincia</a><a>Economía</a><a>Deportes</a><a>Opinión</a></nav><a>Suscríbete</a><a>Iniciar sesión</a></header>
<main><article><p class="antetitulo">Infraestructuras</p><h1>{e(art["title"])}</h1>
<p class="entradilla">La obra, de 14 millones, permitirá atender dos cruceros a la vez desde 2026</p>
<p class="firma">{e(art["author"])}</p><p class="fecha">Valdemora, 15/10/2024 - 13:20</p>
<figure><img src="puerto.jpg" alt=""><figcaption>Vista de la terminal de pasajeros del puerto. EFE/Archivo</figcaption></figure>
<div class="cuerpo">{paras(art, between={1: interesa})}</div>
<div class="etiquetas"><span>Etiquetas</span><a>Puerto</a><a>Cruceros</a><a>Turismo</a></div>
<div class="siguenos"><p>Síguenos en nuestro canal de WhatsApp y no te pierdas la última hora de Valdemora.</p></div>
<a class="comentarios">3 comentarios</a>
</article>
<aside><h3>Lo más leído</h3><ol>{leido}</ol></aside></main>
<footer><a>Aviso legal</a><a>Política de privacidad</a><a>Política de cookies</a><a>Contacto</a><p>© Editorial Costa Norte S.L. Todos los derechos reservados.</p></footer>"""
    return page(
        art,
        "Diario de Valdemora",
        "https://diariovaldemora.example/local/puerto",
        content,
        lang="es",
    )


def explainer(art):
    comments = "".join(
        f'<li class="cmt"><p class="u">{u}</p><p class="t">{t}</p><p>{e(c)}</p><a>Reply</a><a>Like</a></li>'
        for u, t, c in [
            (
                "tenant_in_bryn",
                "2 days ago",
                "Six months notice is a huge change, my last landlord gave us eight weeks and we had to move in the middle of exams.",
            ),
            (
                "smalllandlord",
                "1 day ago",
                "Nobody mentions that the costs of keeping a separate account fall on owners with one flat, not the big companies.",
            ),
        ]
    )
    content = f"""<header><a class="logo">Plainly</a><nav><a>Explainers</a><a>Money</a><a>Housing</a><a>Work</a></nav><a>Newsletter</a></header>
<main><article><h1>{e(art["title"])}</h1>
<div class="byline">By <a>{e(art["author"])}</a> · Updated Mar 28, 2024</div>
<nav class="toc"><p>In this article</p><ol><li><a>Rent increases</a></li><li><a>Deposits</a></li><li><a>Notice periods</a></li></ol></nav>
<div class="content">{paras(art, h="h3", between={2: '<p class="related-inline">Related: <a>How to get your deposit back when you move out</a></p>'})}</div>
<div class="author-card"><img alt=""><p><strong>{e(art["author"])}</strong> writes about housing and consumer rights for Plainly. Before that he spent six years at a tenants' advice charity.</p></div>
<div class="nl"><h3>The Weekly Plain</h3><p>Get smarter about your money in five minutes a week. No spam, unsubscribe any time.</p><input placeholder="you@example.com"><button>Join 40,000 readers</button></div>
</article>
<section class="cm"><h2>2 Comments</h2><ul>{comments}</ul><p>Log in to comment</p></section></main>
<footer><a>About Plainly</a><a>How we work</a><a>Jobs</a><a>Privacy</a><a>Terms</a><p>Plainly is an independent publication.</p></footer>"""
    return page(art, "Plainly", "https://plainly.example/housing/tenancy-law", content)


def syndicated(art):
    gallery = '<div class="gallery"><p>1/6</p><p>Cattle wait to be sold at the auction in Ardal on Wednesday. AFP/Lena Brix</p><p>Next image</p></div>'
    trending = "".join(
        f"<div class='tile'><a><h4>{e(t)}</h4></a><span>{s}</span></div>"
        for t, s in [
            ("Wildfire near Pell forces campsite evacuation", "2h"),
            ("Grain exports hit by low river levels", "5h"),
            ("How to help your garden survive a dry summer", "1d"),
        ]
    )
    sponsored = "".join(
        f"<li><a>{e(t)}</a><span>{e(p)}</span></li>"
        for t, p in [
            ("This new hearing aid is almost invisible", "HearWell"),
            ("Homeowners over 60 are switching to this plan", "SafeHome Insurance"),
        ]
    )
    footer = linkfarm(
        [
            ("Sections", ["Home", "World", "Business", "Farming", "Weather", "Sport", "Video"]),
            ("Services", ["Newsletters", "Apps", "Podcasts", "Archive", "Help"]),
            ("Company", ["About", "Advertise", "Careers", "Privacy", "Cookies", "Terms"]),
        ]
    )
    content = f"""<header><a class="logo">Mersland Online</a><nav><a>Home</a><a>News</a><a>Farming</a><a>Weather</a></nav></header>
<div class="trending"><h3>Trending</h3>{trending}</div>
<main><article><h1>{e(art["title"])}</h1>
<div class="meta"><span>By AFP</span><span>Published: 30 August 2024 09:12</span><span>Updated: 30 August 2024 11:40</span></div>
{gallery}
<div class="story">{paras(art, between={2: '<div class="adv"><p>ADVERTISEMENT</p></div>', 4: "<p>Story continues below this ad</p>"})}
<p class="credit">{e(art["credits"][0])}</p></div>
<p class="comments-off">Comments are disabled for this article.</p>
</article>
<section class="picks"><h3>Editor's picks</h3><ul><li><a>The shepherds bringing old breeds back to the hills</a></li><li><a>Inside the valley's last working water mill</a></li></ul></section>
<section class="spons"><h3>Sponsored stories</h3><ul>{sponsored}</ul></section></main>
<footer>{footer}<p>Copyright © 2024 Mersland Online. AFP content is subject to copyright.</p></footer>"""
    return page(art, "Mersland Online", "https://mersland.example/farming/drought-cattle", content)


#: page name -> (article key, layout function)
LAYOUTS_H2 = {
    "h2-01-broadsheet": ("broadsheet", broadsheet),
    "h2-02-liveblog": ("liveblog", liveblog),
    "h2-03-paywall": ("paywall", paywall),
    "h2-04-tabloid": ("tabloid", tabloid),
    "h2-05-german": ("german", german),
    "h2-06-spanish": ("spanish", spanish),
    "h2-07-explainer": ("explainer", explainer),
    "h2-08-syndicated": ("syndicated", syndicated),
}
