"""Layouts of the frozen held-out group "h7" of the extraction benchmark.

Written after the sixth round and *before* any change of the seventh round; never used
for tuning (docs/benchmarks-extraction.md). ``tests/test_read_bench.py`` pins a digest
of the generated files. Fictional pages in layouts and languages not used by h2-h6: a
government newsroom release with a contents list, notes to editors and a page-feedback
widget; a Norwegian local paper with a fact box and inline "Les også" teasers; a Finnish
business story whose paragraphs are divs, with a key-figures box; an English restaurant
review with a rating, an info card, a review policy and "more reviews" teasers; a
Romanian breaking-news story with update stamps and inline "Citește și"; a Catalan
culture story whose body is one block of text split by line breaks, with an agenda box;
an English advice column (the reader's letter is article text) with a submission call
and helpline note; an Indonesian flood report with inline "Baca Juga" and a WhatsApp
channel prompt; a Hungarian city-transport story with a reader poll inside the body.
"""

from __future__ import annotations

import html

e = html.escape


def paras(art, p="p", h="h2", between=None, wrap=None):
    """The article's paragraphs; ``- `` items become one list, ``wrap`` wraps each block."""
    out: list[str] = []
    items: list[str] = []

    def flush():
        if items:
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in items) + "</ul>")
            items.clear()

    for i, para in enumerate(art["paragraphs"]):
        if para.startswith("- "):
            items.append(para[2:])
        else:
            flush()
            if para.startswith("## "):
                block = f"<{h}>{e(para[3:])}</{h}>"
            else:
                block = f"<{p}>{e(para)}</{p.split()[0]}>"
            out.append(wrap.format(block) if wrap else block)
        if between and i in between:
            flush()
            out.append(between[i])
    flush()
    return "\n".join(out)


def page(art, site, url, content, lang="en"):
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{e(art["title"])} – {e(site)}</title>
<meta property="og:site_name" content="{e(site)}">
<link rel="canonical" href="{url}">
<meta name="author" content="{e(art["author"])}">
<meta property="article:published_time" content="{art["date"]}T07:30:00Z">
<script>var _q=_q||[];</script>
</head><body>
{content}
</body></html>
"""


def teasers(items, tag="h3"):
    return "".join(
        f'<div class="card"><{tag}><a>{e(t)}</a></{tag}><p>{e(d)}</p></div>' for t, d in items
    )


def gov(art):
    contents = """<nav class="contents" aria-label="Contents"><h2>Contents</h2><ol><li><a href="#who-can-apply">Who can apply</a></li><li><a href="#how-the-money-will-be-paid">How the money will be paid</a></li><li><a href="#notes-to-editors">Notes to editors</a></li></ol></nav>"""
    notes = """<h2 id="notes-to-editors">Notes to editors</h2><ol><li>The Upland Boundaries Fund is part of the department's Landscape Recovery Programme, which was announced in the spring budget.</li><li>Upland land is defined in the fund's rules as land above 300 metres, or land within a designated moorland area.</li><li>Interview requests for the minister should go to the department's press office, which is staffed from 8am to 6pm on weekdays.</li></ol>"""
    content = f"""<div class="gem-c-cookie-banner"><p>We'd like to use additional cookies to remember your settings and understand how you use the service. We also use essential cookies to make this site work.</p><button>Accept additional cookies</button><button>Reject additional cookies</button><a>View cookies</a></div>
<header class="govuk-header"><a class="govuk-header__link">Official Services Portal</a><a>Menu</a><a>Search</a></header>
<div class="govuk-width-container"><ol class="govuk-breadcrumbs"><li>Home</li><li>Environment</li><li>Farming and food</li></ol>
<main class="govuk-main-wrapper"><span class="govuk-caption">Press release</span><h1>{e(art["title"])}</h1>
<p class="govuk-lead">Upland farmers can apply from May for money to repair field boundaries and train apprentices.</p>
<div class="metadata"><dl><dt>From:</dt><dd><a>Department for Rural Affairs</a> and <a>Helen Marchbank MP</a></dd><dt>Published</dt><dd>4 March 2025</dd></dl></div>
<div class="share-links"><span>Share this page</span><a>Facebook</a><a>Twitter</a></div>
{contents}
<div class="govspeak">{paras(art)}
{notes}</div>
<div class="topic-list"><h2>Explore the topic</h2><ul><li><a>Farming and food grants</a></li><li><a>Countryside and wildlife</a></li></ul></div>
</main>
<div class="feedback"><h2>Is this page useful?</h2><a>Yes this page is useful</a><a>No this page is not useful</a><p>Thank you for your feedback. Help us improve the service: tell us what you were trying to do and what went wrong.</p><a>Report a problem with this page</a></div>
</div>
<footer class="govuk-footer"><p>All content is available under the Open Licence, except where otherwise stated.</p><a>Accessibility statement</a><a>Cookies</a></footer>"""
    return page(
        art,
        "Official Services Portal",
        "https://services.example/news/upland-boundaries-fund",
        content,
    )


def norwegian(art):
    fakta = """<div class="faktaboks"><h3>Fakta: Sambandet Vikhamn–Hessøya</h3><ul><li>Overfarten tar 25 minutter og har 16 avganger i døgnet.</li><li>Sambandet fraktet om lag 180 000 passasjerer i fjor.</li><li>Dagens ferge ble bygget i 1996 og bruker rundt 900 000 liter diesel i året.</li></ul><p class="kilde">Kilde: Fylkeskommunen</p></div>"""
    les = """<a class="inline-teaser" href="/nyheter/kai"><span class="label">Les også</span><h3>Kaia i Vikhamn skal forsterkes før vinteren</h3></a>"""
    ad = '<div class="annonse"><span>Annonse</span><div class="ad-frame"></div></div>'
    content = f"""<header class="hode"><a class="logo">Kystavisa</a><div class="meny"><a>Nyheter</a><a>Sport</a><a>Debatt</a><a>Kultur</a><a>Tips oss</a></div><a>Logg inn</a><a>Kjøp abonnement</a></header>
<main><article class="sak"><p class="stikktittel">Samferdsel</p><h1>{e(art["title"])}</h1>
<p class="ingress">Den nye fergen skal lades ved kaia mens bilene kjører av og på.</p>
<figure><img src="ferge.jpg" alt=""><figcaption>Dagens ferge på vei inn til Hessøya. Foto: Ole Brekken</figcaption></figure>
<div class="byline"><span>{e(art["author"])}</span><span>Journalist</span><time>Publisert 12.03.2025 09:14</time><time>Sist oppdatert 12.03.2025 11:02</time></div>
<div class="brodtekst">{paras(art, between={1: les, 3: ad, 5: fakta})}</div>
<div class="del"><span>Del saken</span><a>Facebook</a><a>E-post</a><a>Kopier lenke</a></div>
<p class="kommentarer">Kommentarfeltet er stengt for denne saken.</p>
</article>
<section class="flere"><h2>Flere saker</h2>{teasers([("Ny gang- og sykkelvei langs fylkesvei 714", "Arbeidet skal etter planen starte til sommeren og gjøre skoleveien tryggere for barna i bygda."), ("Rekordmange søkte på fiskerifag", "Videregående skole i Vikhamn må opprette en ekstra klasse etter stor pågang i år.")])}</section>
<aside class="mest-lest"><h2>Mest lest</h2><ol><li>Stengt vei etter ras</li><li>Butikken på Hessøya legges ned</li><li>Seier i kretsfinalen</li></ol></aside></main>
<footer><p>Ansvarlig redaktør: Kari Nesset. Kystavisa arbeider etter Vær Varsom-plakatens regler for god presseskikk.</p></footer>"""
    return page(
        art, "Kystavisa", "https://kystavisa.example/nyheter/elferge-hessoya", content, "nb"
    )


def finnish(art):
    figures = """<div class="fact-box"><div class="fact-title">Tunnusluvut huhti–kesäkuu</div><div class="fact-row">Liikevaihto 184 milj. euroa (164 milj. euroa)</div><div class="fact-row">Liikevoitto 14,2 milj. euroa (9,8 milj. euroa)</div><div class="fact-row">Osakekohtainen tulos 0,31 euroa (0,19 euroa)</div><div class="fact-row">Henkilöstö kauden lopussa 1 240</div></div>"""
    lue = '<div class="read-also">Lue myös: <a>Sahateollisuuden vienti kääntyi kasvuun</a></div>'
    ad = '<div class="ad"><div class="ad-label">Mainos</div><div class="slot"></div></div>'
    content = f"""<div class="site-header"><div class="brand">Talousviikko</div><div class="nav"><a>Uutiset</a><a>Markkinat</a><a>Yritykset</a><a>Oma talous</a></div><a>Kirjaudu</a><a>Tilaa</a></div>
<div class="layout"><div class="article"><div class="section-label">Yritykset</div><h1>{e(art["title"])}</h1>
<div class="meta"><span>{e(art["author"])}</span><span>24.7.2025 9:05</span><span>Päivitetty 24.7.2025 10:40</span></div>
<div class="article-lead">Yhtiö aloittaa muutosneuvottelut Joensuun sahalla.</div>
<div class="article-text">{paras(art, p='div class="paragraph"', h="h2", between={1: figures, 3: lue, 5: ad})}</div>
<div class="share"><a>Jaa</a><a>Facebook</a><a>LinkedIn</a><a>X</a></div>
<div class="newsletter"><div class="nl-title">Talousviikon aamukatsaus</div><div class="nl-text">Tilaa uutiskirjeemme, niin saat päivän tärkeimmät talousuutiset sähköpostiisi joka arkiaamu ennen kahdeksaa.</div><a>Tilaa uutiskirje</a></div>
</div>
<div class="sidebar"><div class="box-title">Luetuimmat</div><a>Asuntokauppa piristyi kesäkuussa</a><a>Pörssi avasi laskuun</a><a>Kuluttajien luottamus heikkeni</a></div></div>
<div class="footer"><div>© Talousviikko 2025</div><a>Tietosuoja</a><a>Evästeasetukset</a></div>"""
    return page(
        art, "Talousviikko", "https://talousviikko.example/yritykset/saimaan-puu", content, "fi"
    )


def review(art):
    card = """<dl class="venue-info"><dt>The Ropewalk</dt><dd>12 Harbour End, Saltby</dd><dt>Open</dt><dd>Wednesday to Sunday, noon to 3pm and 6pm to 10pm</dd><dt>Prices</dt><dd>Starters from 9 pounds, mains 18 to 26 pounds; about 90 pounds for two with a bottle of wine</dd><dt>Accessibility</dt><dd>Step-free entrance and an accessible toilet</dd></dl>"""
    more = teasers(
        [
            (
                "Kiln, Marlow Quay: small plates, big ambitions",
                "A former pottery becomes the most talked-about opening of the spring, though not every dish lives up to the room.",
            ),
            (
                "The Brass Kettle, Hollin: a village pub that cooks like a bistro",
                "Sunday lunch here is worth the drive, and the pies may be the best in the county.",
            ),
            (
                "Sorrel, Eastgate: tasting menus without the fuss",
                "Seven courses that never feel like hard work, served by a team that clearly enjoys it.",
            ),
        ]
    )
    content = f"""<header class="masthead"><a class="logo">The Coast Courier</a><nav><a>News</a><a>Food &amp; Drink</a><a>Travel</a><a>Homes</a></nav></header>
<main><article class="review"><p class="series">Restaurant review</p><h1>{e(art["title"])}</h1>
<p class="dek">Fish straight off the last two boats, cooked with care in an old rope shed</p>
<div class="rating" aria-label="4 out of 5 stars">★★★★☆</div>
<p class="reviewer">{e(art["author"])} · Friday 16 May 2025</p>
<figure><img src="hake.jpg" alt=""><figcaption>Roast hake with white beans. Photograph: Sam Ewart for the Coast Courier</figcaption></figure>
<div class="review-body">{paras(art)}</div>
{card}
<p class="policy"><em>Our critics visit anonymously and pay for every meal. Restaurants are not told in advance that they will be reviewed.</em></p>
<section class="more-reviews"><h2>More reviews</h2>{more}</section>
<div class="signup"><h3>Table Talk</h3><p>Sign up to our weekly food newsletter for new openings, recipes and the best places to eat on the coast, delivered every Friday.</p><input placeholder="Your email"><button>Sign up</button></div>
</article></main>
<footer><p>© The Coast Courier 2025</p><a>Complaints</a><a>Terms</a></footer>"""
    return page(
        art, "The Coast Courier", "https://coastcourier.example/food/ropewalk-review", content
    )


def romanian(art):
    def cit(t):
        return f'<p class="citeste"><strong>Citește și:</strong> <a>{e(t)}</a></p>'

    upd1 = '<p class="update">Actualizare ora 11:15</p>'
    upd2 = '<p class="update">Actualizare ora 14:05</p>'
    recom = teasers(
        [
            (
                "Trafic restricționat pe DN7 din cauza lucrărilor la pod",
                "Șoferii sunt sfătuiți să folosească ruta ocolitoare prin Vălenii de Sus până la sfârșitul lunii.",
            ),
            (
                "Primăria Albeni anunță un nou program pentru colectarea deșeurilor",
                "Gunoiul menajer va fi ridicat de două ori pe săptămână în toate cartierele orașului.",
            ),
        ]
    )
    content = f"""<div class="cookie-bar"><p>Acest site folosește cookie-uri pentru a-ți oferi o experiență mai bună. Continuarea navigării implică acceptarea lor.</p><button>Am înțeles</button></div>
<header><div class="logo">Gazeta de Albeni</div><ul class="meniu"><li>Actualitate</li><li>Politică</li><li>Economie</li><li>Sport</li></ul></header>
<div class="wrap"><div class="articol"><span class="eticheta-breaking">ȘTIRE ÎN DEZVOLTARE</span><h1>{e(art["title"])}</h1>
<div class="autor-data">de {e(art["author"])} | 19 august 2025, 10:02</div>
<div class="poza"><img src="fum.jpg" alt=""><span>Foto: ISU Albeni</span></div>
<div class="continut">{upd2}
{paras(art, between={1: cit("Cum să te protejezi de fum în caz de incendiu în apropierea casei"), 3: upd1, 5: cit("Alte trei incendii au avut loc în zona industrială în ultimul an")})}</div>
<div class="google-news"><a>Urmărește Gazeta de Albeni și pe Google News</a></div>
<div class="etichete">Etichete: <a>incendiu</a> <a>Albeni</a> <a>ISU</a></div>
<div class="recomandate"><h2>Știri recomandate</h2>{recom}</div>
</div></div>
<footer><p>Gazeta de Albeni © 2025. Toate drepturile rezervate.</p><a>Contact</a><a>Politica de confidențialitate</a></footer>"""
    return page(
        art, "Gazeta de Albeni", "https://gazetadealbeni.example/incendiu-depozit", content, "ro"
    )


def catalan(art):
    text = "<br><br>\n".join(e(p) for p in art["paragraphs"])
    agenda = """<div class="destacat"><strong>Agenda del festival</strong><br>4 de juliol, 21.30 h: Quartet Aurora a l'església de Santa Maria.<br>11 de juliol, 21.30 h: Inês Calado, suites de Bach.<br>13 de juliol, 11 h: concert familiar a la plaça Major.<br>Les entrades es poden comprar a l'oficina de turisme i al web del festival.</div>"""
    content = f"""<div id="avis-galetes"><p>Utilitzem galetes pròpies i de tercers per millorar els nostres serveis. Si continues navegant, considerem que n'acceptes l'ús.</p><a>Més informació</a><a>D'acord</a></div>
<table class="capcalera" width="100%"><tr><td><span class="nom">La Veu de l'Urgell</span></td><td><a>Portada</a> | <a>Comarca</a> | <a>Cultura</a> | <a>Esports</a></td></tr></table>
<div class="cos"><div class="noticia"><div class="seccio">CULTURA</div><h1>{e(art["title"])}</h1>
<div class="signatura">{e(art["author"])} - Verdú, 03/06/2025</div>
<div class="text">{text}<br><br>
{agenda}</div>
<div class="comparteix">Comparteix: <a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Correu</a></div>
<div class="butlleti">Subscriu-te al nostre butlletí i rep cada matí les notícies més importants de la comarca.</div>
<div class="relacionades"><b>Notícies relacionades</b><br><a>La Fira del Bestiar de Verdú tanca amb rècord de visitants</a><br><a>Tàrrega acollirà el concurs de bandes de música</a></div>
</div></div>
<div class="peu">La Veu de l'Urgell · Tots els drets reservats · <a>Avís legal</a></div>"""
    return page(
        art,
        "La Veu de l'Urgell",
        "https://laveudelurgell.example/cultura/festival-verdu",
        content,
        "ca",
    )


def advice(art):
    letter = "\n".join(f"<p><em>{e(p)}</em></p>" for p in art["paragraphs"][:2])
    reply = paras({"paragraphs": art["paragraphs"][2:]})
    more = teasers(
        [
            (
                "My best friend keeps cancelling plans at the last minute",
                "After the fourth cancellation in two months, a reader wonders whether the friendship has run its course.",
            ),
            (
                "I resent my partner for moving us to the countryside",
                "A reader who gave up her job in the city finds the quiet life is not what she was promised.",
            ),
        ]
    )
    content = f"""<header class="top"><a class="brand">The Sunday Ledger</a><nav><a>News</a><a>Life</a><a>Money</a><a>Culture</a></nav><a>Sign in</a></header>
<div class="page"><article><div class="column-label"><a>Ask Maeve</a></div><h1>{e(art["title"])}</h1>
<p class="writer">{e(art["author"])}</p><p class="pubdate">Sat 26 Apr 2025 07.00 BST</p>
<div class="entry">{letter}
{reply}</div>
<p class="submit-note"><em>If you have a problem, write to Ask Maeve at the Sunday Ledger. Letters are edited for length and to protect identities, and Maeve cannot reply to letters personally.</em></p>
<div class="helpline"><p>If you are worried about money or debt, free and confidential advice is available from the National Debt Line on 0808 555 0144, Monday to Friday.</p></div>
<div class="comments-closed"><p>Comments on this piece are closed.</p></div>
<section class="more-column"><h2>More from Ask Maeve</h2>{more}</section>
</article></div>
<footer><p>© 2025 The Sunday Ledger. All rights reserved.</p></footer>"""
    return page(
        art,
        "The Sunday Ledger",
        "https://sundayledger.example/life/ask-maeve-brother-loan",
        content,
    )


def indonesian(art):
    def baca(t):
        return f'<div class="baca-juga"><span>Baca Juga:</span> <a>{e(t)}</a></div>'

    ads = '<div class="parallaxindetail"><p>ADVERTISEMENT</p><div class="ad"></div><p>SCROLL TO CONTINUE WITH CONTENT</p></div>'
    content = f"""<header class="header"><div class="logo">Kabar Riau Hari Ini</div><ul><li>News</li><li>Daerah</li><li>Ekonomi</li><li>Olahraga</li><li>Video</li></ul></header>
<div class="container"><article class="detail"><div class="detail__breadcrumb">Berita / Daerah</div><h1 class="detail__title">{e(art["title"])}</h1>
<div class="detail__author">{e(art["author"])} - kabarriau.example</div><div class="detail__date">Selasa, 14 Jan 2025 10:21 WIB</div>
<div class="detail__media"><img src="banjir.jpg" alt=""><span class="caption">Warga menggunakan perahu karet untuk keluar dari permukiman yang terendam. (Foto: Dok. BPBD)</span></div>
<div class="detail__body-text">{paras(art, between={1: baca("Tanggul Jebol, Jalan Lintas Provinsi Terputus Total"), 2: ads, 4: baca("BMKG: Waspada Hujan Lebat Disertai Angin Kencang Sepekan ke Depan")})}
<p class="editor-code">(dls/hnr)</p></div>
<div class="wa-channel"><p>Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kabar Riau Hari Ini di WhatsApp Channel.</p></div>
<div class="detail__tags">Tag: <a>banjir</a> <a>BPBD</a> <a>Sungai Lemah</a></div>
<div class="berita-terkait"><h2>Berita Terkait</h2><ul><li><a>Ratusan Warga Terdampak Banjir Mulai Terserang Gatal-gatal</a></li><li><a>Pemkab Tetapkan Status Tanggap Darurat Banjir</a></li><li><a>Jembatan Gantung Putus Diterjang Arus Sungai</a></li></ul></div>
</article></div>
<footer><p>Copyright @ 2025 Kabar Riau Hari Ini. All rights reserved.</p><a>Redaksi</a><a>Pedoman Media Siber</a></footer>"""
    return page(
        art,
        "Kabar Riau Hari Ini",
        "https://kabarriau.example/daerah/banjir-sungai-lemah",
        content,
        "id",
    )


def hungarian(art):
    poll = """<div class="szavazas"><p class="kerdes">Ön használná az új villamost a munkába járáshoz?</p><label><input type="radio"> Igen, naponta</label><label><input type="radio"> Csak néha</label><label><input type="radio"> Nem, maradok az autónál</label><button>Szavazok</button><p class="eddig">Eddig 1 284 olvasó szavazott.</p></div>"""
    ad = '<div class="hirdetes"><span>Hirdetés</span></div>'
    related = teasers(
        [
            (
                "Elkészült a Kossuth téri buszforduló",
                "A felújított megállóban fedett várakozóhelyet és elektronikus utastájékoztatót is kialakítottak.",
            ),
            (
                "Drágulnak a parkolójegyek a belvárosban",
                "Januártól óránként 80 forinttal többet kell fizetni a belső zónában, döntött a közgyűlés.",
            ),
        ],
        tag="h4",
    )
    content = f"""<div class="suti"><p>Weboldalunk sütiket használ a jobb felhasználói élmény érdekében. Az oldal használatával Ön elfogadja a sütik használatát.</p><button>Elfogadom</button></div>
<header><a class="logo">Kőhegyi Hírlap</a><nav><a>Helyi</a><a>Közélet</a><a>Sport</a><a>Programok</a></nav></header>
<main class="tartalom"><article><div class="rovat">Közlekedés</div><h1>{e(art["title"])}</h1>
<div class="szerzo">{e(art["author"])} · 2025. október 7., 16:48</div>
<div class="cikk-torzs">{paras(art, between={3: poll, 6: ad})}</div>
<p class="kovess"><strong>Ha tetszett a cikk, kövessen minket a Facebookon is, hogy ne maradjon le a legfrissebb kőhegyi hírekről!</strong></p>
<div class="cimkek">Címkék: <a>villamos</a>, <a>közlekedés</a>, <a>közgyűlés</a></div>
<section class="kapcsolodo"><h3>Kapcsolódó cikkek</h3>{related}</section>
</article></main>
<footer><p>Kőhegyi Hírlap – Minden jog fenntartva. Impresszum</p></footer>"""
    return page(
        art, "Kőhegyi Hírlap", "https://kohegyihirlap.example/kozlekedes/villamos", content, "hu"
    )


#: page name -> (article key, layout function)
LAYOUTS_H7 = {
    "h7-01-gov": ("h7_gov", gov),
    "h7-02-norwegian": ("h7_norwegian", norwegian),
    "h7-03-finnish": ("h7_finnish", finnish),
    "h7-04-review": ("h7_review", review),
    "h7-05-romanian": ("h7_romanian", romanian),
    "h7-06-catalan": ("h7_catalan", catalan),
    "h7-07-advice": ("h7_advice", advice),
    "h7-08-indonesian": ("h7_indonesian", indonesian),
    "h7-09-hungarian": ("h7_hungarian", hungarian),
}
