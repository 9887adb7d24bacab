"""Layouts of the frozen held-out group "h4" of the extraction benchmark.

Written after the third round of rules was measured on h3 and *before* any rule was
changed on what h3 showed; never used for tuning (docs/benchmarks-extraction.md).
``tests/test_read_bench.py`` pins a digest of the generated files. Fictional pages: a
Dutch and a Portuguese (Brazilian) site, a fact-check with a rating box, a markets story
with a quote table and data disclaimer, an opinion column with a disclaimer and author
box, an obituary with a guest book, an election page with a results table, and a
science story with a reference box.
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
<html lang="{lang}"><head><meta charset="utf-8"><title>{e(art["title"])} – {e(site)}</title>
<meta property="og:site_name" content="{e(site)}">
<link rel="canonical" href="{url}">
<meta name="author" content="{e(art["author"])}">
<meta property="article:published_time" content="{art["date"]}T09:15:00Z">
<script>window.cfg={{"ads":true}};</script>
</head><body>
{content}
</body></html>
"""


def dutch(art):
    content = f"""<div class="cookiewall"><p>Wij en onze partners gebruiken cookies om je een betere ervaring te geven, advertenties te personaliseren en het gebruik van de site te analyseren. Klik op akkoord om cookies te accepteren.</p><button>Akkoord</button><button>Instellingen</button></div>
<header><a class="logo">Kustbode</a><ul class="nav"><li>Nieuws</li><li>Regio</li><li>Sport</li><li>Uit</li></ul><a>Inloggen</a><a>Abonneren</a></header>
<main><article><span class="label">Veldhoven-aan-Zee</span><h1>{e(art["title"])}</h1>
<div class="auteur">{e(art["author"])}</div><div class="datum">2 apr. 2025, 14:05</div>
<figure><img src="pier.jpg" alt=""><figcaption>De gesloten pier. Foto: Kustbode/Piet Vos</figcaption></figure>
<div class="tekst">{paras(art, between={1: '<p class="lees"><b>Lees ook:</b> <a>Strandpaviljoens mogen langer open blijven</a></p>'})}</div>
<div class="deel"><span>Deel dit artikel</span><a>Facebook</a><a>WhatsApp</a><a>X</a></div>
</article>
<section><h2>Meer nieuws uit de regio</h2><ul><li><a>Fietspad langs de duinen weer open</a></li><li><a>Nieuwe huisarts voor Zeedorp</a></li><li><a>Brandweer rukt uit voor duinbrand</a></li></ul></section></main>
<footer><a>Colofon</a><a>Privacyverklaring</a><a>Cookieverklaring</a><a>Contact</a><p>© 2025 Kustbode</p></footer>"""
    return page(art, "Kustbode", "https://kustbode.example/regio/pier", content, lang="nl")


def portuguese(art):
    content = f"""<div class="lgpd"><p>Nós usamos cookies para melhorar a sua experiência em nossos serviços e personalizar publicidade. Ao continuar navegando, você concorda com a nossa Política de Privacidade.</p><button>Aceitar</button></div>
<header><a class="marca">Jornal do Vale</a><nav><a>Cidades</a><a>Política</a><a>Economia</a><a>Esportes</a></nav><a>Assine</a><a>Entrar</a></header>
<main><div class="materia"><p class="chapeu">Mobilidade</p><h1>{e(art["title"])}</h1>
<p class="linha-fina">Serviço começa em maio e deve atender 6 mil trabalhadores por dia</p>
<p class="autor">Por {e(art["author"])}</p><p class="data">07/04/2025 11h40 · Atualizado há 2 horas</p>
<div class="texto">{paras(art, between={2: '<div class="publicidade"><span>PUBLICIDADE</span></div>', 3: "<p><strong>LEIA TAMBÉM:</strong> <a>Obras na avenida central terminam em junho</a></p>"})}</div>
<p class="aviso">Quer receber as principais notícias de Serra Clara no seu celular? Entre no nosso canal no WhatsApp.</p>
<div class="tags"><a>Serra Clara</a><a>Transporte</a><a>Ônibus</a></div>
</div>
<div class="mais-lidas"><h3>Mais lidas</h3><ol><li>Chuva forte alaga ruas do centro</li><li>Festival de inverno divulga programação</li></ol></div></main>
<footer><p>Jornal do Vale © 2025. Todos os direitos reservados.</p><a>Expediente</a><a>Anuncie</a><a>Fale conosco</a></footer>"""
    return page(art, "Jornal do Vale", "https://jornaldovale.example/cidades/onibus", content, "pt")


def factcheck(art):
    box = """<div class="claim-review"><div><span>Claim</span><p>The new Orrin river bridge cost ten times its original budget.</p></div>
<div><span>Rating</span><p class="rating">FALSE</p></div><div><span>Claimed by</span><p>Viral social media post</p></div></div>"""
    content = f"""<header><a class="logo">CheckPoint</a><nav><a>Fact checks</a><a>Explainers</a><a>Methodology</a><a>Donate</a></nav></header>
<main><article><p class="kicker">Fact check</p><h1>{e(art["title"])}</h1>
<p class="byline">{e(art["author"])} · April 3, 2025</p>
{box}
<div class="content">{paras(art)}</div>
<div class="sources"><h3>Sources</h3><ul><li>Orrin County audited accounts 2024</li><li>County board minutes, 14 March 2017</li><li>Interview with county spokesperson</li></ul></div>
<p class="method">CheckPoint is a signatory of the International Fact-Checking Network's code of principles. Read about our methodology and how to request a correction.</p>
<div class="tip"><h3>Seen something suspicious?</h3><p>Send it to us and we will look into it.</p><a>Submit a claim</a></div>
</article></main>
<footer><p>CheckPoint is an independent, non-profit fact-checking organisation.</p><a>About</a><a>Funding</a><a>Contact</a></footer>"""
    return page(art, "CheckPoint", "https://checkpoint.example/orrin-bridge", content)


def markets(art):
    quotes = "".join(
        f"<tr><td>{n}</td><td>{p}</td><td>{c}</td></tr>"
        for n, p, c in [
            ("Halvorsen Grain", "142.60", "-9.1%"),
            ("Northbay Index", "2,318.44", "-0.6%"),
            ("Wheat (May)", "6.12", "+1.4%"),
        ]
    )
    content = f"""<div class="ticker"><span>NBX 2,318.44 -0.6%</span><span>EUR/USD 1.0821</span><span>Brent 83.10</span></div>
<header><a class="logo">Capital Ledger</a><nav><a>Markets</a><a>Companies</a><a>Economy</a><a>Personal finance</a></nav><a>Subscribe</a></header>
<main><article><h1>{e(art["title"])}</h1><div class="byline">By {e(art["author"])}</div><div class="ts">April 9, 2025 8:47 AM GMT+2 · Updated 2 hours ago</div>
<div class="body">{paras(art, between={1: f'<table class="quotes"><tr><th>Name</th><th>Price</th><th>Change</th></tr>{quotes}</table>'})}</div>
<p class="data-note">Market data delayed by at least 15 minutes. Prices in local currency.</p>
<p class="disclaimer">This article is for information only and does not constitute investment advice.</p>
</article>
<aside><h3>Markets</h3><p>Northbay Index 2,318.44</p></aside></main>
<footer><p>© 2025 Capital Ledger Ltd</p><a>Terms</a><a>Privacy</a></footer>"""
    return page(art, "Capital Ledger", "https://capitalledger.example/halvorsen-outlook", content)


def opinion(art):
    content = f"""<header><a class="logo">The Eastgate Voice</a><nav><a>News</a><a>Opinion</a><a>Sport</a></nav></header>
<main><article><p class="label">Opinion</p><h1>{e(art["title"])}</h1>
<div class="columnist"><img alt=""><p>{e(art["author"])}</p><p>Sat 5 Apr 2025</p></div>
<div class="article-body">{paras(art)}</div>
<p class="about"><em>{e(art["author"])} is a teacher and a member of the Friends of Eastgate Library.</em></p>
<p class="disclaimer">The views expressed in this column are the author's own.</p>
<div class="letters"><p>Do you have an opinion on the issues raised in this article? Send us a letter of up to 300 words to be considered for publication.</p></div>
</article></main>
<footer><a>About</a><a>Contact</a><p>© The Eastgate Voice</p></footer>"""
    return page(
        art, "The Eastgate Voice", "https://eastgatevoice.example/opinion/libraries", content
    )


def obituary(art):
    content = f"""<header><a class="logo">Linnet Islander</a><nav><a>News</a><a>Obituaries</a><a>Notices</a></nav></header>
<main><article><p class="cat">Obituaries</p><h1>{e(art["title"])}</h1><p class="by">{e(art["author"])}</p><p class="dt">1 April 2025</p>
<figure><img alt=""><figcaption>Ruth Amberley on the bridge of the Kittiwake in 1985. Picture: family handout</figcaption></figure>
<div class="text">{paras(art)}</div>
<p class="funeral">A funeral service will be held at St Brendan's Church, Skerry Island. Details from the family.</p>
<div class="guestbook"><h3>Guest book</h3><p>Sign the guest book and share your memories of Ruth.</p><div class="entry"><p>She took us across every week for twenty years. Always a smile, whatever the weather.</p><p>- Morag, Port Linnet</p></div></div>
</article></main>
<footer><p>Linnet Islander, Harbour Road</p><a>Place a notice</a><a>Contact</a></footer>"""
    return page(art, "Linnet Islander", "https://islander.example/obits/amberley", content)


def election(art):
    rows = "".join(
        f"<tr><td>{c}</td><td>{p}</td><td>{v}</td><td>{s}</td></tr>"
        for c, p, v, s in [
            ("Petra Holm", "Harbour Party", "14,112", "50.8%"),
            ("Karl Vinter", "Civic List", "13,829", "49.2%"),
        ]
    )
    content = f"""<header><a class="logo">Vesterby Posten</a><nav><a>Local</a><a>Election 2025</a><a>Sport</a></nav></header>
<main><div class="results"><h2>Results</h2><table><tr><th>Candidate</th><th>Party</th><th>Votes</th><th>Share</th></tr>{rows}</table><p>All 42 districts reporting</p><p>Source: Vesterby electoral office</p></div>
<article><h1>{e(art["title"])}</h1><p class="meta">By {e(art["author"])} | April 6, 2025</p>
<div class="txt">{paras(art)}</div></article>
<div class="map"><h3>Results by district</h3><p>Tap a district on the map to see its result.</p></div>
<div class="explore"><h3>Election 2025</h3><ul><li><a>Full results</a></li><li><a>How the count works</a></li><li><a>Candidate profiles</a></li></ul></div></main>
<footer><p>© Vesterby Posten</p></footer>"""
    return page(art, "Vesterby Posten", "https://vposten.example/election/mayor", content)


def science(art):
    content = f"""<header><a class="logo">Field Notes</a><nav><a>Nature</a><a>Space</a><a>Health</a><a>Tech</a></nav></header>
<main><article><h1>{e(art["title"])}</h1><p class="meta">{e(art["author"])}, science writer · 8 April 2025</p>
<div class="story">{paras(art, between={1: '<div class="glossary"><h4>What is a skull index?</h4><p>A ratio of skull width to length, used to compare head shapes between animals of different sizes.</p></div>'})}</div>
<div class="ref"><p>{e(art["credits"][0])}</p><p>Crewe H. et al., Urban foxes and skull shape, 2025.</p></div>
<div class="support"><p>Field Notes is free to read. Help keep it that way with a monthly contribution.</p><a>Contribute</a></div>
</article></main>
<footer><p>© Field Notes 2025</p><a>Privacy</a></footer>"""
    return page(art, "Field Notes", "https://fieldnotes.example/foxes", content)


#: page name -> (article key, layout function)
LAYOUTS_H4 = {
    "h4-01-dutch": ("dutch", dutch),
    "h4-02-portuguese": ("portuguese", portuguese),
    "h4-03-factcheck": ("factcheck", factcheck),
    "h4-04-markets": ("markets", markets),
    "h4-05-opinion": ("opinion", opinion),
    "h4-06-obituary": ("obituary", obituary),
    "h4-07-election": ("election", election),
    "h4-08-science": ("science", science),
}
