"""Layouts of the frozen held-out group "h3" of the extraction benchmark.

Written *before* any cleaning rule of the third round was changed and never used for
tuning (docs/benchmarks-extraction.md); ``tests/test_read_bench.py`` pins a digest of
the generated files so they cannot drift. Fictional pages with layouts the earlier
groups do not have: a French and an Italian regional paper, a Substack-like newsletter,
a press-release wire page, a sports live page, a podcast transcript, a Q&A interview
and a site whose head carries JSON-LD (with the whole article body) and whose body has
noscript blocks, an embedded social post and screen-reader-only labels.
"""

from __future__ import annotations

import html
import json

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


def page(art, site, url, content, lang="en", head=""):
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(art["title"])} | {e(site)}</title>
<meta property="og:site_name" content="{e(site)}">
<meta property="og:type" content="article">
<link rel="canonical" href="{url}">
<meta name="author" content="{e(art["author"])}">
<meta property="article:published_time" content="{art["date"]}T06:30:00Z">
{head}<script>var _q=_q||[];_q.push(["page"]);</script>
</head><body>
{content}
</body></html>
"""


def french(art):
    lire = '<p class="lire-aussi"><span>Lire aussi :</span> <a>Pêche à la coquille : une saison record en baie de Kerdanet</a></p>'
    abo = '<div class="paywall-inline"><p>Cet article vous est offert. Pour soutenir une information locale de qualité, abonnez-vous dès 1 € le premier mois.</p><a>Je m\'abonne</a></div>'
    plus_lus = "".join(
        f"<li><span>{i}</span><a>{e(t)}</a></li>"
        for i, t in enumerate(
            [
                "Travaux sur la RN 165 : les déviations à connaître",
                "Un nouveau boulanger s'installe place de l'Église",
                "Handball : Kerdanet renverse Lorient au bout du suspense",
            ],
            1,
        )
    )
    a_lire = "".join(
        f'<div class="teaser"><h3><a>{e(t)}</a></h3><p>{e(d)}</p></div>'
        for t, d in [
            (
                "Algues vertes : la préfecture renforce les contrôles",
                "Les services de l'État ont multiplié les prélèvements sur les plages du nord du département depuis le début du mois de mars.",
            ),
            (
                "Le dernier chantier naval de la ville cherche un repreneur",
                "Faute de commandes, l'entreprise familiale fondée en 1952 pourrait fermer ses portes avant l'été si aucun acheteur ne se manifeste.",
            ),
        ]
    )
    content = f"""<div id="didomi-host"><div class="didomi-popup"><p>Nous utilisons des cookies et des technologies similaires pour mesurer l'audience, personnaliser les contenus et la publicité. Vous pouvez accepter, refuser ou paramétrer vos choix à tout moment.</p><button>Accepter &amp; Fermer</button><button>Continuer sans accepter</button><button>Paramétrer les cookies</button></div></div>
<header class="entete"><a class="logo">Le Courrier des Falaises</a><ul class="rubriques"><li>Actualité</li><li>Faits divers</li><li>Sports</li><li>Loisirs</li><li>Nécrologie</li></ul><a>Se connecter</a><a>S'abonner</a></header>
<main><article class="art"><p class="surtitre">Kerdanet</p><h1>{e(art["title"])}</h1>
<p class="chapo">Quatre anciens pêcheurs lancent une coopérative pour cultiver des laminaires à l'entrée du vieux port.</p>
<div class="signature"><span>Par {e(art["author"])}</span></div>
<div class="dates"><span>Publié le 12/03/2025 à 08h15</span> <span>Mis à jour le 12/03/2025 à 09h02</span></div>
<figure><img src="port.jpg" alt=""><figcaption>Le vieux port de Kerdanet à marée basse. (Photo d'illustration © Jean Dupuis / Le Courrier)</figcaption></figure>
<div class="partage"><a>Partager sur Facebook</a><a>Partager sur X</a><a>Envoyer par e-mail</a><a>Copier le lien</a></div>
<div class="corps">{paras(art, between={2: lire, 5: abo})}</div>
<div class="reagir"><a>Réagir (8)</a></div>
<div class="mots-cles"><span>Mots-clés :</span><a>Kerdanet</a><a>Pêche</a><a>Environnement</a></div>
</article>
<section class="a-lire"><h2>À lire aussi</h2>{a_lire}</section>
<aside class="colonne"><h3>Les plus lus</h3><ol>{plus_lus}</ol>
<div class="nl"><h3>Newsletter</h3><p>Recevez chaque matin l'essentiel de l'actualité de votre commune.</p><input placeholder="Votre e-mail"><button>Je m'inscris</button></div></aside></main>
<footer><a>Mentions légales</a><a>Politique de confidentialité</a><a>Gestion des cookies</a><a>Nous contacter</a><a>Plan du site</a><p>© Le Courrier des Falaises 2025 - Tous droits réservés</p></footer>"""
    return page(
        art,
        "Le Courrier des Falaises",
        "https://courrierfalaises.example/kerdanet/algues",
        content,
        lang="fr",
    )


def italian(art):
    leggi = '<p class="leggi-anche"><b>Leggi anche</b> <a>Neve a marzo, gli impianti della valle allungano la stagione</a></p>'
    piu_letti = "".join(
        f"<li><a>{e(t)}</a></li>"
        for t in [
            "Incidente sulla statale, chiusa per tre ore",
            "Il mercato contadino torna in piazza Garibaldi",
            "Scuole, ecco il calendario delle vacanze di Pasqua",
        ]
    )
    content = f"""<div class="cmp"><p>Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione di terze parti. Chiudendo questo banner acconsenti all'uso dei soli cookie tecnici.</p><button>Accetta e chiudi</button><button>Rifiuta</button><a>Personalizza</a></div>
<div class="c-top"><span>Sabato 15 marzo 2025</span><a>Edizione digitale</a><a>Abbonati</a><a>Accedi</a></div>
<header><a class="c-logo">La Voce di Valtorre</a><div class="c-menu"><a>Cronaca</a><a>Politica</a><a>Economia</a><a>Sport</a><a>Cultura</a><a>Meteo</a></div></header>
<main><div class="c-art"><span class="c-kick">Montagna</span><h1>{e(art["title"])}</h1>
<h2 class="c-sub">Collaudo superato: cabine da 40 posti, biglietto a 18 euro. I residenti di Pietrabianca chiedono un parcheggio a valle</h2>
<div class="c-auth">di {e(art["author"])}</div>
<div class="c-date">14 marzo 2025 | Ultimo aggiornamento: 14 marzo 2025, 10:32</div>
<div class="c-share"><a>Condividi</a><a>Facebook</a><a>WhatsApp</a><a>Telegram</a></div>
<div class="c-img"><img src="funivia.jpg" alt=""><p class="c-cap">La stazione a valle della funivia (foto Archivio Voce)</p></div>
<div class="c-body">{paras(art, between={2: leggi, 4: '<div class="c-adv"><span>Pubblicità</span></div>'})}</div>
<p class="c-copy">© Riproduzione riservata</p>
<div class="c-tags"><span>Argomenti</span><a>Valtorre</a><a>Funivia</a><a>Turismo</a></div>
<div class="c-comm"><a>Commenti (5)</a></div>
</div>
<div class="c-rel"><h3>Ti potrebbe interessare</h3><div><h4><a>Rifugi, apertura anticipata per dodici strutture</a></h4><p>Con la riapertura dell'impianto i gestori contano su un aumento delle presenze già dalla prossima estate.</p></div></div>
<div class="c-side"><h3>I più letti</h3><ol>{piu_letti}</ol></div></main>
<div class="c-foot"><p>La Voce di Valtorre - P.IVA 01234560789 - Registrazione Tribunale n. 12/1998</p><a>Chi siamo</a><a>Privacy</a><a>Cookie policy</a><a>Contatti</a><a>Pubblicità</a></div>"""
    return page(
        art,
        "La Voce di Valtorre",
        "https://vocevaltorre.example/cronaca/funivia",
        content,
        lang="it",
    )


def newsletter(art):
    sub = """<div class="subscription-widget-wrap"><p>Thanks for reading The Marsh Ledger! Subscribe for free to receive new posts and support my work.</p><div class="form"><input placeholder="Type your email..."><button>Subscribe</button></div></div>"""
    content = f"""<div class="topbar"><a class="pub">The Marsh Ledger</a><button>Subscribe</button><button>Sign in</button></div>
<div class="single-post-container"><div class="post">
<h1 class="post-title">{e(art["title"])}</h1>
<h3 class="subtitle">A small mystery on the Greyholm causeway, and the wardens who solve it every day</h3>
<div class="post-header"><div class="byline"><a>{e(art["author"])}</a></div><div class="meta">Mar 9, 2025</div>
<div class="post-ufi"><a>48</a><a>12</a><a>Share</a></div></div>
<div class="available-content"><div class="body markup">{paras(art, between={3: sub})}
<p><em>The Marsh Ledger is a reader-supported publication about the coast between Sallow Quay and Greyholm. To receive new posts and support my work, consider becoming a free or paid subscriber.</em></p></div></div>
{sub}
<div class="post-footer"><a>48 Likes</a><a>∙</a><a>4 Restacks</a><button>Share</button></div>
<div class="post-nav"><a>Previous</a><a>Next</a></div>
</div>
<div class="comments-page"><h4>Discussion about this post</h4><div class="comment"><a>Ruth M.</a><p>Mar 9</p><p>Lovely piece. My grandfather always said the same about the marker post, never the paper.</p><a>Reply</a></div>
<div class="comment"><a>Jonas Fell</a><p>Mar 10</p><p>Would love a follow-up on how the gauge on the lifeboat slip actually works.</p><a>Reply</a></div></div>
<div class="recent"><h4>Ready for more?</h4><input placeholder="Type your email..."><button>Subscribe</button></div></div>
<div class="footer"><p>© 2025 Nell Ashby</p><a>Privacy</a><span>∙</span><a>Terms</a><span>∙</span><a>Collection notice</a><a>Start writing</a><a>Get the app</a><p>Substack is the home for great culture</p></div>"""
    return page(art, "The Marsh Ledger", "https://marshledger.example/p/tide-tables", content)


def pressrelease(art):
    also = "".join(
        f"<li><p>{d}</p><a>{e(t)}</a></li>"
        for d, t in [
            ("Jan 22, 2025", "Brightwater Cells reports record deliveries for 2024"),
            ("Oct 03, 2024", "Brightwater Cells and Norrfjord Transit sign ten-year supply deal"),
        ]
    )
    content = f"""<header class="prn-header"><a class="brand">Newswire Nord</a><nav><a>News</a><a>Products</a><a>Contact</a></nav><a>Send a Release</a><a>Sign Up</a><form><input placeholder="Search"></form></header>
<main><div class="release-header"><p class="release-type">NEWS RELEASE</p><h1>{e(art["title"])}</h1>
<div class="meta"><span>News provided by</span> <a>{e(art["author"])}</a> <span>18 Mar, 2025, 09:00 CET</span></div>
<div class="share"><span>Share this article</span><a>Facebook</a><a>X</a><a>LinkedIn</a><a>Email</a></div></div>
<div class="release-body"><p class="immediate">FOR IMMEDIATE RELEASE</p>
{paras(art)}
<p><b>About Brightwater Cells</b></p>
<p>Brightwater Cells AB develops and manufactures lithium-ion battery systems for heavy electric vehicles. Founded in 2016, the company employs 1,100 people at sites in Sweden and Finland. For more information, visit brightwatercells.example.</p>
<p><b>Media contact:</b><br>Lena Strand, Head of Communications<br>+46 70 555 01 23<br>press@brightwatercells.example</p>
<p>SOURCE Brightwater Cells AB</p>
<p class="center">###</p></div>
<div class="multimedia"><h3>Multimedia</h3><p>Brightwater Cells logo</p><a>Download</a></div>
<div class="also"><h3>Also from this source</h3><ul>{also}</ul></div>
<div class="explore"><h3>Explore</h3><a>Environmental Products &amp; Services</a><a>Automotive</a><a>Manufacturing</a><a>Sweden</a></div>
<div class="promo"><h3>Looking to send a press release?</h3><p>Reach journalists and investors across the Nordics with one distribution.</p><a>Get started</a></div></main>
<footer><a>Terms of Use</a><a>Privacy Policy</a><a>Information Security Policy</a><a>Site Map</a><a>Cookie Settings</a><p>Copyright © 2025 Newswire Nord AB. All Rights Reserved.</p></footer>"""
    return page(
        art, "Newswire Nord", "https://newswirenord.example/news/brightwater-tollby", content
    )


def sportslive(art):
    paras_ = art["paragraphs"]
    groups, cur = [], [paras_[0]]
    for p in paras_[1:]:
        if p.startswith("## "):
            groups.append(cur)
            cur = [p]
        else:
            cur.append(p)
    groups.append(cur)
    minutes = ["FT", "88'", "63'", "45+2'", "14:45"]
    labels = ["Full-time", "GOAL", "GOAL", "", "Team news"]
    entries = []
    for m, lab, g in zip(minutes, labels, groups, strict=False):
        inner = "".join(
            f"<h3>{e(x[3:])}</h3>" if x.startswith("## ") else f"<p>{e(x)}</p>" for x in g
        )
        badge = f'<span class="lbl">{lab}</span>' if lab else ""
        entries.append(
            f'<div class="post"><div class="post-time"><span>{m}</span>{badge}</div>{inner}<div class="post-actions"><a>Share</a></div></div>'
        )
    stats = "".join(
        f"<tr><td>{a}</td><th>{s}</th><td>{b}</td></tr>"
        for a, s, b in [
            ("41%", "Possession", "59%"),
            ("9", "Shots", "11"),
            ("5", "Shots on target", "3"),
            ("6", "Corners", "4"),
            ("12", "Fouls", "9"),
        ]
    )
    content = f"""<header><a class="logo">Fieldside</a><nav><a>Football</a><a>Cricket</a><a>Rugby</a><a>Tennis</a><a>Results</a><a>Fixtures</a><a>Tables</a></nav></header>
<main><div class="scoreboard"><span class="team">Harrowgate Rovers</span><span class="score">2 - 1</span><span class="team">Linmouth Athletic</span><span class="status">FT</span>
<ul class="scorers"><li>Hale 31' (pen)</li><li>Pryce 88'</li><li>Osei 63'</li></ul><p>County Cup semi-final · Mill Lane · Att: 14,212</p></div>
<div class="tabs"><a>Live</a><a>Report</a><a>Line-ups</a><a>Stats</a><a>Table</a></div>
<h1>{e(art["title"])}</h1><p class="by">{e(art["author"])} at Mill Lane</p><p class="upd">Sat 15 Mar 2025 16.58 GMT</p>
<div class="auto"><span>Auto-update</span><button>On</button><a>Refresh</a></div>
<div class="feed">{"".join(entries)}</div>
<div class="lineups"><h2>Line-ups</h2><p>Harrowgate Rovers: Marsh; Kell, Dunne, Abara, Whitlow; Hale, Birch, Noone; Pryce, Carr, Idowu. Subs: Penn, Lowe, Stroud.</p>
<p>Linmouth Athletic: Ferrier; Quayle, Osei K, Haddad, Rusk; Mbeki, Sorensen; Osei D, Tait, Young; Brannigan. Subs: Ives, Cole.</p><p>Referee: Chris Anning</p></div>
<div class="stats"><h2>Match stats</h2><table>{stats}</table></div>
<div class="more"><h2>More on this story</h2><ul><li><a>Linmouth manager: "We gave away two cheap goals"</a></li><li><a>Cup final date and venue confirmed</a></li></ul></div></main>
<footer><a>Help</a><a>Privacy</a><a>Cookies</a><a>Advertise</a><p>© Fieldside Media 2025</p></footer>"""
    return page(art, "Fieldside", "https://fieldside.example/live/rovers-linmouth", content)


def podcast(art):
    stamps = ["00:00:04", "00:00:31", "00:01:02", "00:01:09", "00:02:15", "00:02:20", "00:03:40"]
    turns = []
    for i, para in enumerate(art["paragraphs"]):
        speaker, text = para.split(": ", 1)
        ts = f'<div class="ts"><a>{stamps[i] if i < len(stamps) else "00:04:52"}</a></div>'
        turns.append(f'<div class="turn">{ts}<p><b>{e(speaker)}:</b> {e(text)}</p></div>')
    episodes = "".join(
        f'<div class="ep"><p class="n">Episode {n}</p><h4><a>{e(t)}</a></h4><p>{e(d)}</p><p>{m} min</p></div>'
        for n, t, d, m in [
            (
                111,
                "Net menders",
                "The women who repair fishing nets by hand in Sallow Quay talk about the work and the people who still pay for it.",
                41,
            ),
            (
                110,
                "A ferry called Hope",
                "How a village crowdfunded its own ferry after the service was cut, and what went wrong in the first winter.",
                36,
            ),
        ]
    )
    content = f"""<header><a class="logo">Harbour Voices</a><nav><a>Episodes</a><a>About</a><a>Support the show</a></nav></header>
<main><div class="episode"><p class="ep-num">Episode 112</p><h1>{e(art["title"])}</h1><p class="ep-date">March 5, 2025 · 34 min</p>
<div class="player"><button>Play</button><span>00:00</span><span>/</span><span>34:12</span><a>1x</a><a>Download</a></div>
<div class="subscribe"><span>Listen on</span><a>Apple Podcasts</a><a>Spotify</a><a>Pocket Casts</a><a>RSS</a></div>
<div class="notes"><h2>Show notes</h2><p>Eamon Roe kept the light on Sorrel Point for nineteen years. He tells Anna Lind about paint, gales and the day the engineers came.</p>
<ul><li><a>Sorrel Point lighthouse history</a></li><li><a>Northern Lights Board archive</a></li></ul></div>
<div class="transcript"><h2>Transcript</h2><p class="disclaimer">This transcript was generated automatically and may contain errors.</p>
{"".join(turns)}</div>
<div class="support"><p>Harbour Voices is made by two people and a microphone. If you enjoy the show, you can support us for the price of a coffee a month.</p><a>Become a supporter</a></div></div>
<section class="more-eps"><h2>More episodes</h2>{episodes}</section></main>
<footer><p>© 2025 Harbour Voices</p><a>Privacy</a><a>Contact</a></footer>"""
    return page(art, "Harbour Voices", "https://harbourvoices.example/ep/112", content)


def interview(art):
    out = []
    for i, para in enumerate(art["paragraphs"]):
        if para.endswith("?"):
            out.append(f'<p class="q"><strong>{e(para)}</strong></p>')
        elif i == 1:
            out.append(f'<p class="note"><em>{e(para)}</em></p>')
        else:
            out.append(f"<p>{e(para)}</p>")
        if i == 5:
            out.append(
                '<aside class="pq"><p>\u201cYoung doctors want colleagues, and they want to switch off at night.\u201d</p></aside>'
            )
    series = "".join(
        f"<li><a>{e(t)}</a></li>"
        for t in [
            "The last bus driver on the Fell route",
            "A headteacher with twelve pupils and no deputy",
            "Meet the vet who covers 900 square kilometres",
        ]
    )
    content = f"""<header class="hdr"><a class="logo">The Northern Review</a><nav><a>News</a><a>Interviews</a><a>Culture</a><a>Ideas</a></nav><a>Subscribe</a></header>
<main><article><p class="series-label">Rural Lives</p><h1>{e(art["title"])}</h1>
<p class="by">Interview by {e(art["author"])}</p><p class="dt">27 February 2025</p>
<div class="tools"><a>Gift this article</a><a>Save</a><a>Share</a></div>
<div class="audio"><button>Listen to this article</button><span>8 min</span></div>
<figure><img src="brandvik.jpg" alt=""><figcaption>Dr Helga Brandvik outside the Oster Fell surgery. Photograph: Ola Rise for The Northern Review</figcaption></figure>
<div class="body">{"".join(out)}</div>
<p class="more-info">More from our Rural Lives series</p>
</article>
<section class="series"><h2>Rural Lives</h2><ul>{series}</ul></section>
<section class="popular"><h2>Popular now</h2><ol><li><a>Why the ferry timetable changed without warning</a></li><li><a>Letters: the library must stay open</a></li></ol></section></main>
<footer><p>The Northern Review is published by Fell &amp; Firth Ltd.</p><a>About</a><a>Contact</a><a>Privacy</a></footer>"""
    return page(art, "The Northern Review", "https://northernreview.example/int/brandvik", content)


def jsonld(art):
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": art["title"],
        "datePublished": f"{art['date']}T06:30:00Z",
        "author": [{"@type": "Person", "name": art["author"]}],
        "publisher": {"@type": "Organization", "name": "Eastmere Standard"},
        "articleBody": " ".join(art["paragraphs"]),
        "keywords": "trees, heat, Eastmere council",
    }
    head = (
        '<script type="application/ld+json">'
        + json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")
        + "</script>\n"
    )
    tweet = """<blockquote class="twitter-tweet"><p lang="en">Trees are coming to Kiln! The first 800 go in this autumn. Ask for one outside your home on our website. pic.example/t5k2</p>&mdash; Eastmere Council (@EastmereCC) <a>March 20, 2025</a></blockquote>"""
    content = f"""<noscript><iframe src="https://tags.example/ns.html?id=GTM-XXXX" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<a class="sr-only" href="#content">Skip to content</a>
<header class="site-hdr"><a class="logo">Eastmere Standard<span class="sr-only">Home page</span></a><button aria-expanded="false">Menu</button>
<div class="drawer" hidden><a>News</a><a>Politics</a><a>Environment</a><a>Business</a><a>Sport</a></div></header>
<div class="alert-signup"><p>Sign up for breaking news alerts</p><button>Allow</button><button>No thanks</button></div>
<main id="content"><article><h1>{e(art["title"])}</h1>
<div class="byl">By {e(art["author"])} <span class="sr-only">Published</span> <time>March 20, 2025 7:30 am</time></div>
<div class="shr"><a>Copy link<span class="sr-only">(opens in a new window)</span></a><a>Email</a><a>Facebook</a></div>
<figure><img src="kiln.jpg" alt=""><noscript><img src="kiln-small.jpg" alt="Kiln district street"></noscript><figcaption>Kiln Road on a July afternoon. (Photo: Eastmere Standard)</figcaption></figure>
<div class="story-body">{paras(art, between={1: '<div class="ad-container"><p>Advertisement</p></div>', 2: tweet})}
<p class="credit">{e(art["credits"][0])}</p></div>
<div class="topics"><span>Related Topics</span><a>Trees</a><a>Climate</a><a>Eastmere Council</a></div>
</article>
<div id="disqus_thread"></div><noscript>Please enable JavaScript to view the comments powered by Disqus.</noscript>
<section class="latest"><h2>Latest news</h2><ul><li><a>School meals contract goes back out to tender</a><span>1 hour ago</span></li><li><a>Night bus trial extended to December</a><span>3 hours ago</span></li></ul></section></main>
<footer><p>Eastmere Standard, 12 Market Row, Eastmere</p><a>Contact us</a><a>Advertise</a><a>Privacy</a><a>Do not sell my info</a></footer>"""
    return page(
        art, "Eastmere Standard", "https://eastmerestandard.example/env/trees", content, head=head
    )


#: page name -> (article key, layout function)
LAYOUTS_H3 = {
    "h3-01-french": ("french", french),
    "h3-02-italian": ("italian", italian),
    "h3-03-newsletter": ("newsletter", newsletter),
    "h3-04-pressrelease": ("pressrelease", pressrelease),
    "h3-05-sportslive": ("sportslive", sportslive),
    "h3-06-podcast": ("podcast", podcast),
    "h3-07-interview": ("interview", interview),
    "h3-08-jsonld": ("jsonld", jsonld),
}
