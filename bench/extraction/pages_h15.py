"""Layouts of the frozen held-out group "h15" of the extraction benchmark.

Written after the eleventh round, at the start of the twelfth (its first changes, 85b73f4
and 9d93635, were committed while these pages were being written and were made without
them), by someone other than the person tuning the reader and without reading the
reader's cleaning rules or its output on these pages; never used for tuning
(docs/benchmarks-extraction.md).
``tests/test_read_bench.py`` pins a digest of the generated files. Fictional pages in
layouts and languages not used by h2-h14: a Bosnian city portal on a React site whose
paragraphs are ``<div>``s with generated class names, with a key-points box above the
body, a "Pročitajte također" teaser card, an ad slot and an Instagram prompt inside the
body, reader comments and a comments disclaimer; a West Frisian regional broadcaster
whose CMS puts one class on every block of the article (paragraphs, a "Lês ek" line, a
video caption, a fact box written as sentences and a podcast prompt); a Scottish Gaelic
news site as an AMP page with amp-ad slots, a "Leugh cuideachd" link and an English
summary box; a Hausa news blog on Blogger whose paragraphs are justified ``<div>``s
with ``<div><br /></div>`` spacers, with an in-body list, "Karanta kuma" lines and a
WhatsApp prompt; a New Zealand regional site marked up with ``data-testid`` attributes
only, with subheadings, a related card, ad slots, a "by the numbers" box, a correction
(article text) and a reporting-programme credit; a US city newspaper with generated
class names, "RELATED" lines and a newsletter box inside the body, an in-body list, a
correction (article text), a tip line and an author bio; a UK tabloid with a bold intro,
"READ MORE" link lists, a video block and an advice box written as sentences inside the
body, a "Got a story?" line and reader comments; a rail trade-press site whose body is
split into CMS matrix blocks with a sponsored whitepaper block and a related-article
block between them, an in-body list, an editor's note (article text), a companies box
and an author bio; and a university newsroom whose body is in section wrappers, with a
pull quote repeating a body quote, an "About the study" box written as sentences
(reference and funding), a media-contact box and an events list.
"""

from __future__ import annotations

import html

from page_parts import comments, paras, teasers

e = html.escape


def page(art, site, url, content, lang, head="", html_attrs=""):
    return f"""<!DOCTYPE html>
<html lang="{lang}"{html_attrs}><head><meta charset="utf-8"><title>{e(art["title"])} - {e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="{e(site)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(art["title"])}">
<link rel="canonical" href="{url}">
<meta name="author" content="{e(art["author"])}">
<meta property="article:published_time" content="{art["date"]}T07:30:00+00:00">
{head}<script async src="https://ads.example/gpt.js"></script>
</head><body>
{content}
</body></html>
"""


def bosnian(art):
    para = '<div class="css-1kq3v7n e1x9uf2r0">{}</div>'
    card = """<div class="css-9tw2lp e4k1s0q3"><span class="css-1b0mf2a e4k1s0q2">Pročitajte također</span><a class="css-r8d2m4 e4k1s0q1" href="/vijesti/zenica/zrak-zima"><div class="css-7q0x9c e4k1s0q0">Zenica ponovo na vrhu liste gradova s najzagađenijim zrakom</div><div class="css-u6l3te e4k1s0q5">Mjerne stanice u januaru su 19 dana zabilježile koncentracije čestica iznad dozvoljenih.</div></a></div>"""
    ad = '<div class="css-0p4xw1 ead2h9r0"><span class="css-q3m1fk ead2h9r1">Reklama</span><div id="div-gpt-ad-inarticle-1"></div></div>'
    body = paras(
        art,
        p=para,
        h='<h2 class="css-5hq2zt e1x9uf2r1">{}</h2>',
        between={2: card, 5: ad},
    )
    insta = '<div class="css-1kq3v7n e1x9uf2r0"><i>Pratite nas i na Instagramu, gdje svakog dana objavljujemo najvažnije vijesti iz Zenice i okoline.</i></div>'
    key = """<div class="css-x0a2kd e9p1lq0"><h3 class="css-4rn8va e9p1lq1">Ukratko</h3><ul class="css-g7d1he e9p1lq2"><li>Toplana do 2027. prelazi s mazuta na drvnu sječku.</li><li>Investicija vrijedi 38 miliona KM.</li><li>Cijena grijanja ne mijenja se najmanje tri sezone.</li></ul></div>"""
    cmts = comments(
        [
            (
                "zenicanin_75",
                "prije 3 sata",
                "Konačno. Svake zime djeca kašlju od oktobra do marta, a svi se prave da je to normalno.",
                "Odgovori",
            ),
            (
                "Selma K.",
                "prije 2 sata",
                "Lijepo zvuči, ali pitajte ljude iz Crkvica da li žele kamione ispod prozora svakih pola sata.",
                "Odgovori",
            ),
            (
                "Dino",
                "prije 1 sat",
                "Ko garantuje da cijena neće skočiti čim prođu te tri sezone? Neka to napišu u ugovor.",
                "Odgovori",
            ),
            (
                "M.H.",
                "prije 40 minuta",
                "Eko forum je u pravu, bez kontrole porijekla drveta ovo može biti gore od mazuta.",
                "Odgovori",
            ),
        ],
        cls="css-c0mm3nt",
    )
    most = "".join(
        f'<li class="css-2lx9bq"><a>{e(x)}</a></li>'
        for x in [
            "Saobraćajna nesreća na magistralnom putu kod Janjića",
            "Od ponedjeljka nova autobuska linija do Kamberovića polja",
            "Čelik pobijedio u derbiju pred punim stadionom",
            "Počinje upis u muzičku školu, evo šta trebate znati",
        ]
    )
    content = f"""<div id="__next"><div class="css-1y8b3vd e0a1"><div class="css-9k2pqd e0a2"><a class="css-m2d7g1">Zenica Danas</a><nav class="css-w1q8ty"><a>Vijesti</a><a>Zenica</a><a>BiH</a><a>Sport</a><a>Kultura</a><a>Magazin</a><a>Video</a></nav><button class="css-7dj2kx">Pretraga</button></div></div>
<main class="css-3l1aqd e0b1"><article class="css-hq2pl0 e0b2">
<a class="css-0c4tz3 e0b3">Zenica</a>
<h1 class="css-1x6ajm e0b4">{e(art["title"])}</h1>
<div class="css-lk8e1n e0b5"><span class="css-vu3e7p">{e(art["author"])}</span><time class="css-x9oa4g" datetime="{art["date"]}">07.10.2025. u 14:32</time></div>
<div class="css-s1h4re e0b6"><button>Podijeli</button><a>Facebook</a><a>X</a><a>WhatsApp</a><a>Kopiraj link</a></div>
<figure class="css-fz1q0p e0b7"><img src="toplana.jpg" alt=""><figcaption class="css-38hkcb">Kotlovnica gradske toplane u Zenici (Foto: Zenica Danas)</figcaption></figure>
{key}
<div class="css-1n8gyu1 e1x9uf2r2">{body}
{insta}</div>
<div class="css-b5t7yq e0b8"><a>#toplana</a><a>#Zenica</a><a>#zagađenje</a></div>
</article>
<section class="css-kz91fd e0c1"><h3 class="css-2s9d0q">Komentari (4)</h3>{cmts}
<p class="css-9dn2ra">Komentari odražavaju stavove njihovih autora, a ne redakcije portala Zenica Danas. Zadržavamo pravo brisanja uvredljivih komentara.</p>
<button class="css-0gk1ee">Prikaži sve komentare</button></section>
<aside class="css-q8w2nm e0d1"><h3>Najčitanije</h3><ol>{most}</ol></aside></main>
<footer class="css-f00t3r"><a>Impressum</a><a>Marketing</a><a>Uslovi korištenja</a><a>Politika privatnosti</a><p>© 2025 Zenica Danas. Sva prava zadržana. Zabranjeno preuzimanje sadržaja bez dozvole redakcije.</p></footer></div>"""
    return page(
        art,
        "Zenica Danas",
        "https://zenicadanas.example/vijesti/zenica/toplana-biomasa-2027",
        content,
        "bs",
    )


def frisian(art):
    t = '<p class="tekst">{}</p>'
    lesek = '<p class="tekst"><b>Lês ek:</b> <a href="/nijs/2025/enerzjykoop-drachten">Enerzjykoöperaasje yn Drachten wol wynmole by it kanaal</a></p>'
    video = '<div class="tekst"><div class="video-player" data-id="vid-88231"></div></div><p class="tekst"><i>Wytze Hoekstra lit sjen wêr\'t de batterij yn it fytsehok komt (fideo: Omrop Fryslân Noard)</i></p>'
    kader = '<div class="tekst"><p class="tekst"><b>Sa wurket in enerzjykoöperaasje</b></p><p class="tekst">Ynwenners keapje oandielen en wurde sa mei-eigener fan de panielen. De opbringst fan de stroom giet werom nei de leden of nei it doarpshûs.</p></div>'
    body = paras(art, p=t, between={1: lesek, 2: video, 4: kader})
    podcast = '<p class="tekst">Harkje ek nei ús podcast \u201cDoarpsgeasten\u201d, elke freed nij yn jo podcast-app.</p>'
    latest = "".join(
        f"<li><span>{tm}</span> <a>{e(x)}</a></li>"
        for tm, x in [
            ("14:12", "Fytspaad by Akkrum trije wiken ticht"),
            ("13:40", "Kaatsferiening Wergea fiert 100-jierrich bestean"),
            ("12:05", "Nije hûsdokter foar Reduzum en omkriten"),
        ]
    )
    most = "".join(
        f"<li><a>{e(x)}</a></li>"
        for x in [
            "Brân yn pleats by Jirnsum, kij op tiid rêden",
            "Skûtsje fan Grou wint earste wedstriid",
            "Bus 93 rydt fan july ôf mar ien kear yn it oere",
        ]
    )
    content = f"""<div class="cookie-laach"><p>Wy brûke cookies om de side better te meitsjen en foar advertinsjes.</p><button>Akkoard</button><button>Ynstellings</button></div>
<header class="kop"><a class="logo">Omrop Fryslân Noard</a><nav><a>Nijs</a><a>Sport</a><a>Radio</a><a>Tillevyzje</a><a>Podcasts</a></nav><a class="taal">Nederlânsk</a></header>
<main><article class="berjocht">
<div class="tekst"><span class="tekst">Wergea</span></div>
<h1 class="tekst">{e(art["title"])}</h1>
<div class="tekst"><span class="tekst">{e(art["author"])}</span> <span class="tekst">16 maaie 2025, 11:48</span></div>
<figure class="tekst"><img src="doarpshus.jpg" alt=""><figcaption class="tekst">It doarpshûs fan Wergea (foto: Sytske de Vries)</figcaption></figure>
<div class="tekst">{body}
{podcast}</div>
<div class="diele"><span>Diel dit berjocht</span><a>Facebook</a><a>WhatsApp</a><a>E-mail</a></div>
</article>
<aside><h2>Mear nijs</h2><ul class="lest">{latest}</ul><h2>Meast lêzen</h2><ol>{most}</ol></aside></main>
<footer><p>Omrop Fryslân Noard is de regionale omrop foar Noard-Fryslân.</p><a>Oer ús</a><a>Kontakt</a><a>Privacy</a><a>Tip de redaksje</a></footer>"""
    return page(
        art,
        "Omrop Fryslân Noard",
        "https://omropnoard.example/nijs/wergea-doarpshus-sinnepanielen",
        content,
        "fy",
    )


def gaelic(art):
    leugh = '<p><strong>Leugh cuideachd:</strong> <a href="/naidheachdan/sgoil-ghaidhlig-portrigh">Sgoil Ghàidhlig ùr Phort Rìgh a\' fosgladh san Lùnastal</a></p>'
    ad = '<div class="ad-container"><span class="ad-label">Sanas</span><amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/naidheachd/inline"></amp-ad></div>'
    body = paras(art, between={1: leugh, 4: ad})
    summary = """<aside class="english-summary"><h3>In English</h3><p>A record 74 children have started Gaelic-medium education in Inverness this year, up from 51 last year. The council is considering a third Gaelic school in the east of the city.</p></aside>"""
    more = teasers(
        [
            (
                "Fèis Inbhir Nis a' tilleadh don Ghearastan",
                "Bidh còrr is 300 neach òg a' gabhail pàirt ann an clasaichean ciùil is dràma thairis air seachdain.",
            ),
            (
                "Tidsearan Gàidhlig a dhìth ann an sgoiltean àrd-ìre",
                "Tha aon sgoil às gach ceithir ag ràdh nach urrainn dhaibh cuspairean a thabhann tro Ghàidhlig.",
            ),
        ],
        tag="h4",
        cls="more-item",
    )
    content = f"""<amp-sidebar id="menu" layout="nodisplay" side="left"><ul><li><a>Dachaigh</a></li><li><a>Naidheachdan</a></li><li><a>Foghlam</a></li><li><a>Spòrs</a></li><li><a>Cultar</a></li><li><a>Beurla</a></li></ul></amp-sidebar>
<header class="amp-header"><button on="tap:menu.toggle">Clàr-taice</button><a class="logo">Guth na Gàidhealtachd</a></header>
<main><article>
<p class="section-label">Foghlam</p>
<h1>{e(art["title"])}</h1>
<p class="byline">Le {e(art["author"])} · <time datetime="{art["date"]}">19 Lùnastal 2025</time></p>
<figure><amp-img src="sgoil.jpg" width="800" height="450" layout="responsive" alt=""></amp-img><figcaption>Clann a' tòiseachadh aig bun-sgoil Ghàidhlig. Dealbh: Guth na Gàidhealtachd</figcaption></figure>
<amp-social-share type="facebook"></amp-social-share><amp-social-share type="twitter"></amp-social-share><amp-social-share type="email"></amp-social-share>
<div class="article-body">{body}</div>
{summary}
<div class="newsletter"><p>Faigh na naidheachdan as ùire sa bhogsa puist agad gach madainn Diluain. Clàraich an-asgaidh.</p><a>Clàraich</a></div>
</article>
<section class="more"><h3>Tuilleadh naidheachdan</h3>{more}</section></main>
<footer><p>© 2025 Guth na Gàidhealtachd. Le taic bho Bhòrd na Gàidhlig.</p><a>Mu ar deidhinn</a><a>Fios thugainn</a><a>Prìobhaideachd</a><a>Tionndadh slàn</a></footer>"""
    return page(
        art,
        "Guth na Gàidhealtachd",
        "https://guthnagaidhealtachd.example/amp/naidheachdan/foghlam-inbhir-nis",
        content,
        "gd",
        head='<script async src="https://cdn.ampproject.org/v0.js"></script>\n',
        html_attrs=" amp",
    )


def hausa(art):
    div = '<div style="text-align: justify;"><span style="font-family: verdana, sans-serif; font-size: medium;">{}</span></div>\n<div style="text-align: justify;"><br /></div>'
    karanta1 = '<div style="text-align: justify;"><b><span style="color: red;">Karanta kuma:</span> <a href="https://labaraiyau.example/2025/03/ruwa-kano.html">Ƙarancin ruwa ya tilasta wa mazauna Gwale tafiya kilomita biyar</a></b></div>\n<div><br /></div>'
    karanta2 = '<div style="text-align: justify;"><b><span style="color: red;">Karanta kuma:</span> <a href="https://labaraiyau.example/2025/02/damina.html">Masana sun yi hasashen damina za ta fara da wuri bana</a></b></div>\n<div><br /></div>'
    body = paras(
        art,
        p=div,
        ul='ul style="text-align: left;"',
        between={1: karanta1, 7: karanta2},
    )
    whatsapp = '<div style="text-align: center;"><b>Ku shiga tasharmu ta WhatsApp domin samun labarai da ɗumi-ɗuminsu a kowane lokaci.</b></div>'
    popular = "".join(
        f'<li><a>{e(t)}</a><div class="item-snippet">{e(d)}</div></li>'
        for t, d in [
            (
                "Farashin shinkafa ya sauka a kasuwar Dawanau",
                "'Yan kasuwa sun ce shigowar sabon amfanin gona ne ya janyo saukar farashin.",
            ),
            (
                "An buɗe sabuwar hanyar mota tsakanin Kano da Danbatta",
                "Hanyar za ta rage lokacin tafiya da kusan rabin sa'a.",
            ),
        ]
    )
    content = f"""<div class="header-outer"><div class="Header"><h1 class="title"><a>Labarai Yau</a></h1><p class="description">Labarai cikin harshen Hausa daga Kano da sauran sassan Najeriya</p></div>
<div class="PageList"><ul><li><a>Gida</a></li><li><a>Labarai</a></li><li><a>Siyasa</a></li><li><a>Wasanni</a></li><li><a>Tuntuɓe mu</a></li></ul></div></div>
<div class="main-outer"><div class="main-inner"><div class="Blog">
<h2 class="date-header"><span>Talata, 11 Maris 2025</span></h2>
<div class="post hentry"><h3 class="post-title entry-title">{e(art["title"])}</h3>
<div class="post-header"><span class="post-author">Daga {e(art["author"])}</span></div>
<div class="post-body entry-content" id="post-body-7731">
<div class="separator" style="clear: both; text-align: center;"><a href="rijiya.jpg"><img border="0" src="rijiya.jpg" width="640" /></a></div>
<div style="text-align: center;"><span style="font-size: x-small;">Wata rijiyar burtsatse a ƙauyen Gano (Hoto: Labarai Yau)</span></div>
<div><br /></div>
{body}
{whatsapp}
</div>
<div class="post-footer"><span class="post-labels">Labels: <a>Kano</a>, <a>Ruwa</a>, <a>Labarai</a></span>
<div class="post-share-buttons"><a>Email This</a><a>BlogThis!</a><a>Share to X</a><a>Share to Facebook</a></div></div></div>
<div class="comments" id="comments"><h4>Babu sharhi:</h4><p class="comment-footer">Post a Comment</p></div>
<div class="blog-pager"><a class="blog-pager-newer-link">Newer Post</a> <a class="blog-pager-older-link">Older Post</a> <a class="home-link">Home</a></div>
</div></div>
<div class="sidebar"><div class="PopularPosts"><h2>Labarai da aka fi karantawa</h2><ul>{popular}</ul></div>
<div class="HTML"><h2>Talla</h2><div id="ad-sidebar"></div></div></div></div>
<div class="footer-outer"><p>Haƙƙin mallaka © 2025 Labarai Yau. Powered by Blogger.</p></div>"""
    return page(
        art,
        "Labarai Yau",
        "https://labaraiyau.example/2025/03/rijiyoyin-burtsatse-kano.html",
        content,
        "ha",
    )


def newzealand(art):
    n = iter(range(100))
    ps = []
    for i, para in enumerate(art["paragraphs"]):
        if para.startswith("## "):
            ps.append(f'<h2 data-testid="subheading">{e(para[3:])}</h2>')
        else:
            ps.append(f'<p data-testid="paragraph-{next(n)}">{e(para)}</p>')
        if i == 2:
            ps.append(
                '<div data-testid="related-card"><span>Related</span><a><h3>Whanganui District Council votes to keep river ferry running</h3><p>The ferry will run on weekends only until a new operator is found.</p></a></div>'
            )
        if i == 5:
            ps.append(
                '<div data-testid="ad-slot"><p>Advertisement</p><div id="ad-mrec-1"></div><p>Advertise with Awa Times</p></div>'
            )
        if i == 6:
            ps.append(
                '<aside data-testid="fact-box"><h4>The trail by numbers</h4><p>The reopened section is 14km long and takes about four hours to walk.</p><p>It includes two new swing bridges and 60m of boardwalk.</p></aside>'
            )
    ldr = '<p data-testid="ldr-credit"><em>LDR is local body journalism co-funded by RNZ and NZ On Air.</em></p>'
    latest = teasers(
        [
            (
                "Pīpīriki school roll doubles after new teacher housing opens",
                "Two whānau moved to the settlement this year, bringing the school roll to 18.",
            ),
            (
                "Regional council warns of algal bloom in lower river",
                "Swimmers are asked to avoid the river below the Aramoho bridge until further notice.",
            ),
        ],
        tag="h3",
        cls="latest-item",
    )
    most = "".join(
        f'<li data-testid="most-read-item"><a>{e(x)}</a></li>'
        for x in [
            "Police name man killed in State Highway 4 crash",
            "House prices in Whanganui fall for fourth month",
            "Netball: Central Pulse sign Whanganui teenager",
        ]
    )
    content = f"""<header data-testid="masthead"><a data-testid="logo">Awa Times</a><nav data-testid="nav"><a>News</a><a>Local</a><a>Sport</a><a>Te Ao Māori</a><a>Business</a><a>Opinion</a></nav><a data-testid="subscribe-button">Subscribe</a><a>Log in</a></header>
<main><article data-testid="article">
<p data-testid="section-label">Local News</p>
<h1 data-testid="headline">{e(art["title"])}</h1>
<div data-testid="byline"><span>By {e(art["author"])}</span><span>Local Democracy Reporter</span><time datetime="{art["date"]}">3 Nov, 2025 05:00 AM</time><span>3 mins to read</span></div>
<div data-testid="share-tools"><a>Share</a><a>Save</a><a>Gift article</a></div>
<div data-testid="audio-player"><button>Listen to this article</button><span>04:12</span></div>
<figure data-testid="hero-image"><img src="trail.jpg" alt=""><figcaption>Cyclists cross one of the two new swing bridges on the reopened trail. Photo / Tama Ngata</figcaption></figure>
<div data-testid="article-body">{"".join(ps)}
{ldr}</div>
<div data-testid="author-bio"><p>Tama Ngata (Ngāti Hāua) is a Local Democracy Reporter based in Whanganui, covering the regional council and river settlements.</p></div>
<div data-testid="newsletter"><h3>Get the Whanganui Daily</h3><p>The day's local news in your inbox at 6am, every weekday.</p><button>Sign up</button></div>
</article>
<section data-testid="latest"><h2>Latest from Whanganui</h2>{latest}</section>
<aside data-testid="most-read"><h2>Most Read</h2><ol>{most}</ol></aside></main>
<footer data-testid="footer"><a>About Awa Times</a><a>Contact us</a><a>Privacy policy</a><a>Terms of use</a><p>© Copyright 2025 Awa Times Ltd</p></footer>"""
    return page(
        art,
        "Awa Times",
        "https://awatimes.example/local-news/whanganui-river-trail-reopens/ABCD1234/",
        content,
        "en-NZ",
    )


def uscity(art):
    cls = "default__StyledText-sc-1wxyvyl-0 dcwYnn body-paragraph"
    p = f'<p class="{cls}">{{}}</p>'
    related1 = f'<p class="{cls}"><b>RELATED:</b> <a href="/news/local/2025/08/water-test-results">Eastgate water tests show lead above federal action level in 1 of 8 homes</a></p>'
    ad = '<div class="arcad-feature"><div class="ad-label">ADVERTISEMENT</div><div id="arcad_inline_1"></div></div>'
    newsletter = '<div class="newsletter-inline__Wrapper-sc-9r2k1-0 hXbVtz"><h4>The Morning Ledger</h4><p>Start your day with the news that matters in Port Ardmore. Delivered weekdays at 6 a.m.</p><input placeholder="Email address"><button>Sign up</button></div>'
    related2 = f'<p class="{cls}"><b>RELATED:</b> <a href="/news/local/2025/05/water-rates">Port Ardmore water rates to rise 4% in January</a></p>'
    body = paras(
        art,
        p=p,
        h='<h2 class="headline__StyledH-sc-14mfdq-0 kVsRnx">{}</h2>',
        ul='ul class="list__StyledList-sc-2ok3b1-0 fFpmTa"',
        between={1: related1, 3: ad, 5: newsletter, 9: related2},
    )
    tip = f'<p class="{cls}"><i>Have a tip about city government? Email metro@ardmoreledger.example.</i></p>'
    more = teasers(
        [
            (
                "Eastgate library to reopen after two-year renovation",
                "The branch will add a teen room and extend its hours on weekends.",
            ),
            (
                "Port Ardmore schools plan to test every drinking fountain",
                "District officials say results will be posted online within a month.",
            ),
            (
                "Harbor Street bridge closes for repairs through December",
                "Detours will add up to 15 minutes for drivers heading downtown.",
            ),
        ],
        tag="h3",
        cls="card__Wrapper-sc-5t1k2-0",
    )
    trending = "".join(
        f"<li><a>{e(x)}</a></li>"
        for x in [
            "Man charged after police chase ends on I-84 off-ramp",
            "Port Ardmore Pilots clinch playoff spot",
            "Where to see fall colors within an hour of the city",
        ]
    )
    content = f"""<div class="nav-bar__Wrapper-sc-1p9q2-0"><a class="logo">Port Ardmore Ledger</a><nav><a>News</a><a>Local</a><a>Sports</a><a>Business</a><a>Opinion</a><a>Obituaries</a><a>e-Edition</a></nav><a>Subscribe</a><a>Sign In</a></div>
<div class="alert-banner">Get breaking news alerts: download the Ledger app</div>
<main><article class="article-body__Wrapper-sc-7ry2p-0 jWqLsk">
<div class="overline__Wrapper-sc-1x3k1-0"><a>Local News</a><span>Subscriber Exclusive</span></div>
<h1 class="headline__StyledH-sc-14mfdq-0 bQxRzL">{e(art["title"])}</h1>
<div class="byline__Wrapper-sc-8x2pq-0"><span>By {e(art["author"])}</span><span>Port Ardmore Ledger</span></div>
<div class="date__Wrapper-sc-1ly3k-0"><time>Published: Sep. 24, 2025, 6:15 a.m.</time><time>Updated: Sep. 24, 2025, 9:02 a.m.</time></div>
<div class="share-bar__Wrapper-sc-2k9v1-0"><button>Gift Article</button><a>Facebook</a><a>X</a><a>Email</a><a>View Comments</a></div>
<figure class="image__Figure-sc-3zk2t-0"><img src="pipes.jpg" alt=""><figcaption>A water department crew digs up a service line on Linden Avenue in August. (Marcus Reyes / Ledger)</figcaption></figure>
<div class="article-body__Content-sc-7ry2p-1 gDqXtv">{body}
{tip}</div>
<div class="author-bio__Wrapper-sc-4j1m2-0"><img src="whitfield.jpg" alt=""><p>Dana Whitfield covers City Hall and neighborhood issues for the Ledger. She has been with the paper since 2019.</p></div>
<div class="comments__Wrapper-sc-0k2a1-0"><button>View Comments (38)</button></div>
</article>
<section class="more-from__Wrapper-sc-9l1p2-0"><h2>More From Local News</h2>{more}</section>
<aside class="trending__Wrapper-sc-6h2k1-0"><h2>Trending</h2><ol>{trending}</ol></aside></main>
<footer class="footer__Wrapper-sc-0r1k2-0"><a>About Us</a><a>Contact</a><a>Careers</a><a>Terms of Service</a><a>Privacy Policy</a><a>Do Not Sell or Share My Personal Information</a><p>© 2025 Port Ardmore Ledger. All rights reserved.</p></footer>"""
    return page(
        art,
        "Port Ardmore Ledger",
        "https://ardmoreledger.example/news/local/2025/09/24/eastgate-lead-pipes-council-vote/",
        content,
        "en-US",
    )


def tabloid(art):
    ps = art["paragraphs"]
    intro = f'<p class="article__content--intro"><strong>{e(ps[0])}</strong></p>'
    readmore1 = """<div class="rail--trending"><p><strong>READ MORE ON ANIMALS</strong></p><ul><li><a>Dolphins spotted in harbour for first time in a decade</a></li><li><a>Dog owner's warning after pet eats poisonous seaweed on beach</a></li></ul></div>"""
    video = """<div class="video-wrapper"><div class="video-player" data-vid="99182">Video player loading</div><p class="video-caption">Watch the moment the seal pup waddles down the high street</p></div>"""
    box = """<div class="article-box"><h3>WHAT TO DO IF YOU FIND A SEAL PUP</h3><p>Keep your distance and keep dogs on a lead, as seals can bite and carry diseases.</p><p>Do not try to move the pup or put it back in the water, because its mother may be nearby.</p><p>Call a marine rescue charity and describe where the animal is and how it looks.</p></div>"""
    readmore2 = """<div class="rail--trending"><p><strong>READ MORE</strong></p><ul><li><a>Town's Christmas lights switch-on cancelled due to high winds</a></li><li><a>Pensioner, 81, rescued after getting stuck in mud at low tide</a></li></ul></div>"""
    rest = paras({"paragraphs": ps[1:]}, between={1: readmore1, 2: video, 5: box, 6: readmore2})
    got = '<p class="article__content--footer"><em>Got a story? Email news@dailyclarion.example or call us on 020 7946 0000.</em></p>'
    cmts = comments(
        [
            (
                "SeasideSue",
                "2 hours ago",
                "What a little cutie. Well done to the bakery staff for keeping everyone back until the rescuers arrived.",
                "Reply",
            ),
            (
                "Gaz_1971",
                "1 hour ago",
                "Only in Whitcombe Bay would a seal go shopping before the locals do.",
                "Reply",
            ),
        ],
        cls="comment",
    )
    mostread = teasers(
        [
            (
                "Family's fury as holiday park bans dogs days before their trip",
                "The couple say they were told only after paying the full balance.",
            ),
            (
                "Huge queues as budget supermarket opens first store in town",
                "Some shoppers arrived before 5am to get their hands on the opening offers.",
            ),
        ],
        tag="h4",
        cls="teaser",
    )
    content = f"""<div class="cookie-notice"><p>We and our partners use cookies to personalise ads and content.</p><button>I Accept</button><button>Options</button></div>
<header class="masthead"><a class="logo">The Daily Clarion</a><nav><a>News</a><a>Sport</a><a>TV</a><a>Showbiz</a><a>Money</a><a>Travel</a><a>Puzzles</a></nav><a>Sign in</a></header>
<main><article class="article">
<div class="article__kicker">'LOOKING FOR BREAKFAST'</div>
<h1 class="article__headline">{e(art["title"])}</h1>
<p class="article__standfirst">The pup was spotted flopping past a bus stop before settling outside the shop</p>
<div class="article__meta"><span class="article__author">{e(art["author"])}</span><span>Published: 10:41, 2 Dec 2025</span><span>Updated: 12:18, 2 Dec 2025</span></div>
<div class="article__share"><a>Share on Facebook</a><a>Share on X</a><a>Share on WhatsApp</a><a>Comments (2)</a></div>
<figure class="article__image"><img src="seal.jpg" alt=""><figcaption>The seal pup settled in the doorway of the bakery Credit: Whitcombe Bay Marine Rescue</figcaption></figure>
<div class="article__content">{intro}
{rest}
{got}</div>
<div class="article__follow"><p>Follow The Daily Clarion on Facebook, Instagram and X for the latest news.</p></div>
</article>
<section class="comments"><h3>Join the debate</h3>{cmts}<p class="comments-rules">Comments are subject to our community rules and may be removed.</p></section>
<aside class="most-read"><h3>MOST READ IN NEWS</h3>{mostread}</aside></main>
<footer class="footer"><a>Contact us</a><a>Advertise</a><a>Terms</a><a>Privacy</a><a>Corrections</a><p>The Daily Clarion is regulated by the Independent Press Standards Organisation.</p><p>© Clarion Newspapers Ltd 2025</p></footer>"""
    return page(
        art,
        "The Daily Clarion",
        "https://dailyclarion.example/news/seal-pup-high-street-bakery-whitcombe-bay/",
        content,
        "en-GB",
    )


def tradepress(art):
    ps = art["paragraphs"]

    def text_block(sub):
        return (
            '<div class="block block--text"><div class="rich-text">'
            + paras({"paragraphs": sub}, h="h3")
            + "</div></div>"
        )

    image = '<div class="block block--image"><figure><img src="shunter.jpg" alt=""><figcaption>An artist\'s impression of the locomotive in Northline livery. Image: Kessler Rail Systems</figcaption></figure></div>'
    promo = '<div class="block block--promo"><span class="promo__label">Sponsored</span><h4>Whitepaper: the real cost of yard electrification</h4><p>Download our free guide to charging infrastructure, grid connections and battery life for freight depots.</p><a class="btn">Download now</a></div>'
    related = '<div class="block block--related"><span>Related</span><a>Kessler wins contract for 12 hybrid locomotives in Poland</a></div>'
    body = (
        text_block(ps[0:3])
        + "\n"
        + image
        + "\n"
        + text_block(ps[3:6])
        + "\n"
        + promo
        + "\n"
        + text_block(ps[6:11])
        + "\n"
        + related
        + "\n"
        + text_block(ps[11:])
    )
    companies = """<div class="companies"><h4>Companies in this article</h4><ul><li><a>Northline Freight</a></li><li><a>Kessler Rail Systems</a></li></ul></div>"""
    most = teasers(
        [
            (
                "Network Rail publishes freight capacity plan for the North",
                "The plan identifies 14 pinch points where freight paths are running out.",
            ),
            (
                "Intermodal volumes up 6% in first quarter",
                "Growth was strongest on routes from the southern ports to the Midlands.",
            ),
        ],
        tag="h4",
        cls="most-read__item",
    )
    content = f"""<div class="utility-bar"><a>Subscribe</a><a>Log in</a><a>Events</a><a>Awards</a><a>Jobs</a></div>
<header class="site-header"><a class="logo">Rail Freight Review</a><nav><a>News</a><a>Rolling stock</a><a>Infrastructure</a><a>Policy</a><a>Analysis</a><a>Webinars</a></nav></header>
<main><article class="article">
<div class="article__topic"><a>Rolling stock</a><span class="badge">Premium</span></div>
<h1>{e(art["title"])}</h1>
<p class="article__summary">Battery shunters to replace diesels at four yards from 2026</p>
<div class="article__meta">By <a>{e(art["author"])}</a>, Senior Reporter · 30 June 2025</div>
<div class="article__tools"><a>Share on LinkedIn</a><a>Share on X</a><a>Email</a><a>Save</a></div>
<div class="article__body">{body}</div>
{companies}
<div class="article__topics">Topics: <a>Freight</a> <a>Locomotives</a> <a>Decarbonisation</a></div>
<div class="author-box"><h4>{e(art["author"])}</h4><p>Martin Oyelaran is senior reporter at Rail Freight Review, covering rolling stock and operators. Contact him with news tips at martin.oyelaran@railfreightreview.example.</p></div>
<div class="bulletin-signup"><h4>Want more news like this?</h4><p>Sign up for the Rail Freight Review daily bulletin, free to registered users.</p><button>Register</button></div>
</article>
<aside class="sidebar"><div class="webinar"><h4>Webinar: Decarbonising the yard</h4><p>Join our panel of operators and manufacturers on 15 July at 11:00 BST.</p><a>Register free</a></div>
<div class="most-read"><h3>Most read</h3>{most}</div>
<div class="ad-mpu"><span>Advertisement</span><div id="mpu-1"></div></div></aside></main>
<footer><p>Rail Freight Review is part of Meridian Trade Media Ltd, registered in England and Wales No. 04455667.</p><a>About</a><a>Advertise</a><a>Privacy</a><a>Cookies</a><a>Terms</a></footer>"""
    return page(
        art,
        "Rail Freight Review",
        "https://railfreightreview.example/news/northline-orders-40-battery-shunters",
        content,
        "en-GB",
    )


def university(art):
    ps = art["paragraphs"]
    sections = []
    cur: list[str] = []
    for para in ps:
        if para.startswith("## ") and cur:
            sections.append(cur)
            cur = []
        cur.append(para)
    sections.append(cur)
    quote = '<blockquote class="pull-quote"><p>\u201cThe street you live on matters more than the park down the road.\u201d</p><cite>Dr Priya Lal</cite></blockquote>'
    blocks = []
    for i, sec in enumerate(sections):
        inner = paras({"paragraphs": sec})
        blocks.append(
            f'<section class="content-block content-block--wysiwyg"><div class="wysiwyg">{inner}</div></section>'
        )
        if i == 1:
            blocks.append(f'<section class="content-block content-block--quote">{quote}</section>')
    about = """<section class="content-block content-block--panel"><div class="panel"><h3>About the study</h3><p>The paper, \u201cStreet-level canopy and urban heat in a mid-sized UK city\u201d, is published in the journal Urban Climate Letters.</p><p>The research was funded by the Natural Environment Research Council and carried out with Eastmoor City Council.</p></div></section>"""
    contact = """<div class="media-contact"><h3>Media contact</h3><p>Press Office, University of Eastmoor</p><p>press@eastmoor.example · +44 1632 960123</p></div>"""
    related = teasers(
        [
            (
                "Citizen scientists help track swifts across the city",
                "More than 400 volunteers logged nest sites over the summer.",
            ),
            (
                "New centre for climate adaptation opens on campus",
                "The centre brings together engineers, planners and public health researchers.",
            ),
        ],
        tag="h3",
        cls="news-card",
    )
    events = "".join(
        f"<li><time>{d}</time> <a>{e(t)}</a></li>"
        for d, t in [
            ("15 Jul", "Public lecture: Cooling cities with nature"),
            ("22 Jul", "Open day: School of Geography"),
        ]
    )
    content = f"""<a class="skip-link" href="#main">Skip to main content</a>
<header class="uni-header"><a class="logo">University of Eastmoor</a><nav><a>Study</a><a>Research</a><a>Business</a><a>About</a><a>News</a></nav><a>Search</a></header>
<nav class="breadcrumb"><a>Home</a> › <a>News</a> › <a>2025</a></nav>
<main id="main"><article class="news-article">
<p class="news-article__type">Research news</p>
<h1>{e(art["title"])}</h1>
<p class="news-article__date">Published: 8 July 2025</p>
<figure><img src="trees.jpg" alt=""><figcaption>A tree-lined street in the city's Northfield area, one of the coolest in the study. Credit: University of Eastmoor</figcaption></figure>
{"".join(blocks)}
{about}
{contact}
<div class="share"><span>Share this page</span><a>Facebook</a><a>LinkedIn</a><a>X</a><a>Email</a></div>
</article>
<section class="related-news"><h2>Related news</h2>{related}</section>
<aside class="events"><h2>Upcoming events</h2><ul>{events}</ul></aside>
<div class="promo"><h3>Study geography at Eastmoor</h3><p>Explore our undergraduate and postgraduate courses.</p><a>Find a course</a></div></main>
<footer class="uni-footer"><p>University of Eastmoor, Campus Road, Eastmoor EM1 4AB</p><a>Accessibility</a><a>Privacy</a><a>Freedom of information</a><p>© University of Eastmoor 2025. Registered charity number 1234567.</p></footer>"""
    return page(
        art,
        "University of Eastmoor",
        "https://www.eastmoor.example/news/2025/street-trees-cool-neighbourhoods",
        content,
        "en-GB",
    )


#: page name -> (article key, layout function)
LAYOUTS_H15 = {
    "h15-01-bosnian": ("h15_bosnian", bosnian),
    "h15-02-frisian": ("h15_frisian", frisian),
    "h15-03-gaelic": ("h15_gaelic", gaelic),
    "h15-04-hausa": ("h15_hausa", hausa),
    "h15-05-newzealand": ("h15_newzealand", newzealand),
    "h15-06-uscity": ("h15_uscity", uscity),
    "h15-07-tabloid": ("h15_tabloid", tabloid),
    "h15-08-tradepress": ("h15_tradepress", tradepress),
    "h15-09-university": ("h15_university", university),
}
