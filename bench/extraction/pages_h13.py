"""Layouts of the frozen held-out group "h13" of the extraction benchmark.

Written after the ninth round, at the start of the tenth (alongside its first changes,
which were made without these pages), by someone other than the person tuning the
reader and without reading the reader's cleaning rules or its output on these pages;
never used for tuning (docs/benchmarks-extraction.md).
(The name h13: page names h10-, h11- and h12- belong to early tuned pages.)
``tests/test_read_bench.py`` pins a digest of the generated files. Fictional pages in
layouts and languages not used by h2-h9: a Bulgarian news portal with a bold lead
paragraph, empty spacer paragraphs, an inline "Прочетете още" link, a view counter,
reader comments and a timed news list; a Serbian (Latin) tabloid portal with a video
block and a Viber prompt in bold inside the body, a source line, reader comments and
recommended teasers; an Albanian portal whose paragraphs are word-processor pastes (one
class on every paragraph, spans inside) with a "Lexo edhe" line and a Facebook prompt
in the same class; a Maltese newspaper on a React site (generated class names on every
block) with a teaser card inside the body, a correction (article text) and reader
comments; a Basque daily whose body is split into section wrappers, with a "Datuak"
fact box written as sentences inside the body and a metered-paywall counter; an
Afrikaans site in editor-block markup with an in-body list, a WhatsApp prompt, an
original-publication credit in italics, an author bio and a comment disclaimer; a
Nigerian English newspaper on a WordPress magazine theme with "ALSO READ" lines, ad
code blocks and a WhatsApp-channel prompt inside the body and a reproduction notice; an
Indian English city page whose body is one block of text split by ``<br><br>`` with
"Also Read" lines, "Story continues below this ad" and an in-body list; a Singapore
English broadsheet with a correction note at the top of the body (article text), an
audio player, ADVERTISEMENT labels, a Telegram prompt in italics and a source line.
"""

from __future__ import annotations

import html

from page_parts import teasers

e = html.escape


def paras(art, p="p", h="h2", between=None, wrap=None, ul="ul", start=0, stop=None):
    """The article's paragraphs; ``- `` items become one list, ``wrap`` wraps each block.

    ``h`` is a tag name, or a format string with one ``{}`` for the subheading text;
    ``p`` likewise (a tag with attributes, or a format string).
    """
    out: list[str] = []
    items: list[str] = []

    def flush():
        if items:
            tag = ul.split()[0]
            out.append(f"<{ul}>" + "".join(f"<li>{e(x)}</li>" for x in items) + f"</{tag}>")
            items.clear()

    for i, para in enumerate(art["paragraphs"]):
        if i < start or (stop is not None and i >= stop):
            continue
        if para.startswith("- "):
            items.append(para[2:])
        else:
            flush()
            if para.startswith("## "):
                block = h.format(e(para[3:])) if "{}" in h else f"<{h}>{e(para[3:])}</{h}>"
            elif "{}" in p:
                block = p.format(e(para))
            else:
                block = f"<{p}>{e(para)}</{p.split()[0]}>"
            out.append(wrap.format(block) if wrap else block)
        if between and i in between:
            flush()
            out.append(between[i])
    flush()
    return "\n".join(out)


def page(art, site, url, content, lang, head=""):
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{e(art["title"])} | {e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="{e(site)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(art["title"])}">
<link rel="canonical" href="{url}">
<meta name="author" content="{e(art["author"])}">
<meta property="article:published_time" content="{art["date"]}T07:45:00+02:00">
{head}<script>window.dataLayer=window.dataLayer||[];</script>
</head><body>
{content}
</body></html>
"""


def bulgarian(art):
    ps = art["paragraphs"]
    spacer = "<p>&nbsp;</p>"
    blocks = [f"<p><strong>{e(ps[0])}</strong></p>"]
    for i, para in enumerate(ps[1:], 1):
        if para.startswith("## "):
            blocks.append(f"<h3>{e(para[3:])}</h3>")
        else:
            blocks.append(f'<p style="text-align: justify;">{e(para)}</p>')
        if i == 2:
            blocks.append(
                '<p><strong>Прочетете още:</strong> <a href="/obshtestvo/remont-bul-osvobozhdenie">Ремонтът на бул. „Освобождение“ ще продължи до юни</a></p>'
            )
        if i == 5:
            blocks.append(
                '<div class="banner-inarticle"><span>Реклама</span><div id="bnr-inarticle-1"></div></div>'
            )
        if i in (1, 4, 6):
            blocks.append(spacer)
    comments = "".join(
        f'<div class="comment"><div class="c-head"><b>{e(n)}</b> <span>{d}</span></div><p>{e(t)}</p><span class="c-votes">👍 {v}</span></div>'
        for n, d, t, v in [
            (
                "Иван_Сл",
                "18.03.2025 10:14",
                "Най-после нещо нормално за града. Само да не ги оставят без поддръжка след две години, както стана с тролеите.",
                31,
            ),
            (
                "Гост",
                "18.03.2025 11:02",
                "А кога ще има автобус до Горно село в неделя? Майка ми всяка седмица ходи пеша до спирката на шосето.",
                12,
            ),
        ]
    )
    latest = "".join(
        f"<li><span class='time'>{t}</span><a>{e(x)}</a></li>"
        for t, x in [
            ("12:40", "Затварят пътя за Бяла вода заради свлачище"),
            ("11:55", "Спортната зала отваря врати след ремонт"),
            ("10:30", "Пожарникари спасиха котка от покрива на читалището"),
            ("09:15", "Цените на хляба в областта се покачват с 5%"),
        ]
    )
    more = teasers(
        [
            (
                "Общината купува нови сметосъбиращи камиони",
                "Четирите машини ще обслужват кварталите, в които боклукът се извозва само веднъж седмично.",
            ),
            (
                "Велоалея ще свърже гарата с парка",
                "Трасето е дълго 3,5 километра и ще бъде готово до есента, обещават от общината.",
            ),
        ],
        tag="h4",
        cls="related-item",
    )
    content = f"""<div id="cookie-notice"><p>Този сайт използва бисквитки, за да подобри вашето потребителско изживяване. Продължавайки да разглеждате сайта, вие се съгласявате с тяхното използване.</p><button>Приемам</button><a>Научете повече</a></div>
<div class="hot-topics"><b>Горещо:</b> <a>Бюджет 2025</a> <a>Водна криза</a> <a>Избори</a></div>
<header><a class="logo">Славеево Днес</a><nav><ul><li><a>Начало</a></li><li><a>Общество</a></li><li><a>Икономика</a></li><li><a>Спорт</a></li><li><a>Култура</a></li><li><a>Некролози</a></li></ul></nav></header>
<div class="container"><main><article>
<div class="cat"><a>Общество</a></div>
<h1>{e(art["title"])}</h1>
<div class="info"><span>18 март 2025, 09:47</span><span>Автор: {e(art["author"])}</span><span>Прегледи: 3412</span><span>Коментари: 2</span></div>
<div class="article-img"><img src="avtobus.jpg" alt=""><span class="img-src">Снимка: Община Славеево</span></div>
<div class="article-text" itemprop="articleBody">
{chr(10).join(blocks)}
</div>
<div class="share"><span>Споделете:</span><a>Facebook</a><a>Viber</a><a>Имейл</a></div>
<div class="tags"><b>Етикети:</b> <a>транспорт</a> <a>автобуси</a> <a>Славеево</a></div>
<section class="more"><h3>Още по темата</h3>{more}</section>
<section class="comments"><h3>Коментари (2)</h3>{comments}<p class="c-rules">Коментарите са собственост на авторите им и не изразяват позицията на редакцията.</p><a>Добави коментар</a></section>
</article></main>
<aside><h3>Последни новини</h3><ul class="latest">{latest}</ul></aside></div>
<footer><p>© 2025 Славеево Днес. Всички права запазени. Използването на материали от сайта без изрично съгласие е забранено.</p><a>За нас</a><a>Реклама</a><a>Контакти</a><a>Политика за поверителност</a></footer>"""
    return page(
        art, "Славеево Днес", "https://slaveevo-dnes.example/obshtestvo/avtobusi", content, "bg"
    )


def serbian(art):
    video = """<div class="video-embed"><p class="video-label">BONUS VIDEO</p><div class="player" data-id="88213"></div><p class="video-desc">Snimak nevremena koji su nam poslali čitaoci iz Gornje Lipe: grad je za nekoliko minuta prekrio dvorišta i puteve.</p></div>"""
    viber = "<p><strong>Pridružite se našoj Viber zajednici i budite prvi koji će saznati najnovije vesti iz vašeg kraja.</strong></p>"
    body = paras(art, between={2: video, 6: viber})
    comments = "".join(
        f'<div class="comment"><p class="author">{e(n)} <span>{d}</span></p><p>{e(t)}</p><p class="rating">{up} / {down}</p></div>'
        for n, d, t, up, down in [
            (
                "Dragan",
                "25.08.2025. 14:21",
                "Svake godine ista priča, rakete nema kad treba. Neka neko konačno odgovara za to.",
                86,
                4,
            ),
            (
                "Vesna iz Vranjaka",
                "25.08.2025. 15:02",
                "Moj otac je ostao bez celog roda, a kredit za traktor i dalje mora da plaća. Nadam se da će država pomoći.",
                54,
                1,
            ),
            (
                "mile_bk",
                "25.08.2025. 16:40",
                "Osiguranje je jedino rešenje, ko nije osigurao zasad sada nema kome da se žali.",
                12,
                33,
            ),
        ]
    )
    recommended = teasers(
        [
            (
                "Počinje upis u muzičku školu, prijave do kraja meseca",
                "Ove godine prvi put će se upisivati i odeljenje za tamburu, a prijemni ispit biće održan početkom septembra.",
            ),
            (
                "Radovi na obilaznici kasne, kamioni i dalje kroz centar",
                "Izvođač kaže da će put biti završen do zime, ali meštani u to sumnjaju.",
            ),
            (
                "Beli Kamen dobija novu ambulantu u naselju Stari Grad",
                "Ambulanta će raditi u dve smene, a u njoj će biti zaposlena dva lekara opšte prakse.",
            ),
        ],
        cls="recommended-card",
    )
    newest = "".join(
        f"<li><a>{e(x)}</a></li>"
        for x in [
            "Sutra bez struje delovi naselja Ribnjak",
            "Saobraćajna nezgoda na putu za Vranjak, dvoje povređenih",
            "Na gradskom bazenu besplatno kupanje za penzionere",
        ]
    )
    content = f"""<div class="consent-overlay"><p>Mi i naši partneri koristimo kolačiće i slične tehnologije kako bismo personalizovali sadržaj i oglase i analizirali posećenost.</p><button>Prihvatam</button><button>Podešavanja</button></div>
<header class="site-header"><a class="logo">Kamenske Novosti</a><nav><a>Vesti</a><a>Hronika</a><a>Region</a><a>Sport</a><a>Zabava</a><a>Magazin</a></nav><a class="live">UŽIVO</a></header>
<main><article>
<div class="supertitle">NEVREME U NEDELJU</div>
<h1>{e(art["title"])}</h1>
<div class="lead"><p>Meštani sela Gornja Lipa i Vranjak kažu da protivgradne rakete nisu ispaljene</p></div>
<div class="byline"><span>Autor: {e(art["author"])}</span><span>25.08.2025. 13:05</span><span>&gt; 13:50</span></div>
<figure><img src="grad.jpg" alt=""><figcaption>Foto: Kamenske Novosti/Čitalac</figcaption></figure>
<div class="article-body">{body}
<p class="source">{e(art["credits"][0])}</p></div>
<div class="share-bottom"><a>Podeli</a><a>Facebook</a><a>Viber</a><a>WhatsApp</a><a>Kopiraj link</a></div>
<div class="tags">Tagovi: <a>nevreme</a> <a>grad</a> <a>vinogradi</a> <a>Beli Kamen</a></div>
<section class="comments"><h3>Komentari (3)</h3>{comments}<p class="note">Komentari se objavljuju nakon odobrenja moderatora.</p><a>Pogledaj sve komentare</a></section>
<section class="recommended"><h3>Preporučujemo</h3>{recommended}</section>
</article>
<aside><h3>Najnovije</h3><ul>{newest}</ul></aside></main>
<footer><p>Kamenske Novosti © 2025. Zabranjeno preuzimanje sadržaja bez dozvole izdavača.</p><a>Impresum</a><a>Marketing</a><a>Uslovi korišćenja</a></footer>"""
    return page(
        art,
        "Kamenske Novosti",
        "https://kamenske-novosti.example/vesti/nevreme-grad",
        content,
        "sr-Latn",
    )


def albanian(art):
    p = '<p class="p1"><span class="s1">{}</span></p>'
    lexo = '<p class="p1"><span class="s1"><b>Lexo edhe: </b><a>Autostrada e re drejt bregdetit hapet para sezonit turistik</a></span></p>'
    ad = '<div class="reklama"><small>Reklamë</small><ins class="adsbygoogle" data-ad-slot="4410"></ins></div>'
    follow = '<p class="p1"><span class="s1"><i>Ndiqni faqen tonë në Facebook dhe Instagram për lajmet më të fundit nga Shkalla dhe rrethinat.</i></span></p>'
    body = paras(art, p=p, between={2: lexo, 4: ad})
    similar = teasers(
        [
            (
                "Ujësjellësi njofton ndërprerje të ujit në lagjen Kodra",
                "Ndërprerja do të zgjasë nga ora 8 deri në orën 16 për shkak të punimeve në rrjetin kryesor.",
            ),
            (
                "Shkolla e muzikës feston 50 vjetorin me një koncert në shesh",
                "Në koncert do të marrin pjesë nxënës dhe ish-nxënës të shkollës, disa prej tyre muzikantë të njohur.",
            ),
        ],
        tag="h4",
        cls="lajm-i-ngjashem",
    )
    content = f"""<div class="topbar"><span>E martë, 6 maj 2025</span><a>Kontakt</a><a>Reklamo</a></div>
<header><a class="logo">Shkalla Lajme</a><ul class="menu"><li>Kryefaqe</li><li>Aktualitet</li><li>Politikë</li><li>Ekonomi</li><li>Sport</li><li>Kulturë</li><li>Video</li></ul></header>
<div class="content"><main><div class="post">
<span class="post-cat">Aktualitet</span>
<h1 class="post-title">{e(art["title"])}</h1>
<div class="post-meta"><span>Nga {e(art["author"])}</span><span>06/05/2025 11:32</span><span>1.245 shikime</span></div>
<div class="post-image"><img src="tregu.jpg" alt=""><p class="wp-caption-text">Tregu i vjetër i Shkallës para mbylljes (Foto: Arkivi)</p></div>
<div class="entry">{body}
{follow}</div>
<div class="social"><a>Shpërndaje në Facebook</a><a>Twitter</a><a>WhatsApp</a></div>
<div class="post-tags"><span>Etiketa:</span><a>tregu</a><a>bashkia</a><a>Shkalla</a></div>
<div class="related"><h3>Lajme të ngjashme</h3>{similar}</div>
<div class="comment-box"><h3>Komento</h3><p>Adresa juaj e emailit nuk do të publikohet.</p><textarea></textarea><button>Dërgo</button></div>
</div></main>
<aside><h3>Më të lexuarat</h3><ol><li><a>Aksident në rrugën nacionale, dy të plagosur</a></li><li><a>Çmimi i vajit të ullirit rritet sërish</a></li><li><a>Skuadra e qytetit fiton derbin në minutën e fundit</a></li></ol></aside></div>
<footer><p>© 2025 Shkalla Lajme. Të gjitha të drejtat e rezervuara. Ndalohet riprodhimi pa lejen e redaksisë.</p></footer>"""
    return page(
        art, "Shkalla Lajme", "https://shkallalajme.example/aktualitet/tregu", content, "sq"
    )


def maltese(art):
    wrap = '<div class="sc-4f7a1c2e-0 hTqWnb"><div class="sc-4f7a1c2e-1 bXfRkz">{}</div></div>'
    aqra = """<div class="sc-9b3e72d1-0 kLmPqa"><span class="sc-9b3e72d1-1 fGhTyu">Aqra wkoll</span><a class="sc-9b3e72d1-2 dRtYui"><img src="trejn.jpg" alt=""><h4>Il-kunsill jibda jiġbor l-iskart organiku darbtejn fil-ġimgħa</h4><p>Ir-residenti se jirċievu basktijiet ġodda b'xejn mill-uffiċċju tal-kunsill.</p></a></div>"""
    body = paras(
        art,
        p='p class="sc-7d2e91aa-0 jVbNmc"',
        h='<h2 class="sc-7d2e91aa-1 pLqWsd">{}</h2>',
        wrap=wrap,
        between={2: aqra},
    )
    comments = "".join(
        f'<div class="sc-c0mm3n7-0 qWeRty"><span class="sc-c0mm3n7-1">{e(n)}</span><time class="sc-c0mm3n7-2">{d}</time><p class="sc-c0mm3n7-3">{e(t)}</p></div>'
        for n, d, t in [
            (
                "Mario Vella",
                "11 Frar 2025, 19:20",
                "Idea tajba, imma fejn se nipparkjaw aħna li noqogħdu fit-toroq ta' madwar il-pjazza? Diġà ma nsibux post.",
            ),
            (
                "Rita Grech",
                "11 Frar 2025, 20:05",
                "Finalment! Kull belt Ewropea għandha pjazza mingħajr karozzi, u l-Għarqa ħaqqha l-istess.",
            ),
        ]
    )
    most = "".join(
        f'<li class="sc-m0st-0"><span>{i}</span><a>{e(x)}</a></li>'
        for i, x in enumerate(
            [
                "Żieda fil-prezz tal-ħobż mix-xahar id-dieħel",
                "Inċident fit-triq ta' Birkirkara, żewġ persuni midruba",
                "Il-festa tar-raħal se ssir bla nar tal-art din is-sena",
            ],
            1,
        )
    )
    content = f"""<div id="__next"><div class="sc-1b7a8c3d-0 gHjKlm"><header class="sc-hdr-0 aBcDeF"><a class="sc-hdr-1 logo">Il-Leħen tal-Gżira</a><nav class="sc-hdr-2"><a>Aħbarijiet</a><a>Lokali</a><a>Politika</a><a>Sport</a><a>Opinjoni</a><a>Divertiment</a></nav><a class="sc-hdr-3">Abbona</a></header>
<main class="sc-main-0 zXcVbn"><article class="sc-art-0 mNbVcx">
<div class="sc-art-1 kicker">Lokali</div>
<h1 class="sc-art-2 qAzWsx">{e(art["title"])}</h1>
<div class="sc-art-3 edCrfv"><span>Minn {e(art["author"])}</span><time datetime="{art["date"]}">11 ta' Frar 2025, 17:30</time></div>
<figure class="sc-fig-0"><img src="pjazza.jpg" alt=""><figcaption class="sc-fig-1">Il-pjazza tal-Għarqa fil-għaxija. Ritratt: Il-Leħen tal-Gżira</figcaption></figure>
<div class="sc-share-0 tGbYhn"><button>Aqsam</button><button>Facebook</button><button>WhatsApp</button></div>
<div class="sc-body-0 uJmIkl">{body}</div>
<div class="sc-ad-0 oLpMnb"><span>Reklama</span><div id="gpt-bottom"></div></div>
<div class="sc-nl-0 rTyUio"><h3>Irreġistra għan-newsletter tagħna</h3><p>Kuljum filgħodu nibagħtulek l-aqwa aħbarijiet lokali direttament fl-email tiegħek.</p><input placeholder="L-email tiegħek"><button>Irreġistra</button></div>
<section class="sc-cmt-0 vBnMkl"><h3>Kummenti (2)</h3>{comments}<p class="sc-cmt-4">Il-kummenti huma l-opinjoni tal-qarrejja u mhux tal-gazzetta.</p></section>
</article>
<aside class="sc-side-0"><h3>L-aktar moqrija</h3><ol>{most}</ol></aside></main>
<footer class="sc-ftr-0"><p>© 2025 Il-Leħen tal-Gżira. Id-drittijiet kollha riżervati.</p><a>Politika tal-privatezza</a><a>Kuntatt</a></footer></div></div>"""
    return page(
        art, "Il-Leħen tal-Gżira", "https://lehen.example/lokali/pjazza-pedonali", content, "mt"
    )


def basque(art):
    ps = art["paragraphs"]
    datuak = """<aside class="datuak"><h4>Datuak</h4><p>Liburutegiak 42.000 liburu ditu, horietatik 9.000 haurrentzat.</p><p>Iaz 3.800 bazkidek 27.000 mailegu egin zituzten, aurreko urtean baino %12 gehiago.</p></aside>"""
    irakurri = '<p class="irakurri-ere"><span>Irakurri ere:</span> <a>Kultur etxeak antzerki tailerra antolatuko du udazkenean</a></p>'
    first = "\n".join(f"<p>{e(x)}</p>" for x in ps[:3])
    second = "\n".join(f"<p>{e(x)}</p>" for x in ps[4:6])
    third = "\n".join(f"<p>{e(x)}</p>" for x in ps[6:])
    body = f"""<section class="article-section">{first}
{datuak}</section>
<section class="article-section"><h2>{e(ps[3][3:])}</h2>
{second}
{irakurri}</section>
<section class="article-section">{third}</section>"""
    most = "".join(
        f"<li><a>{e(x)}</a></li>"
        for x in [
            "Errepidea itxita egongo da asteburuan obrak direla eta",
            "Pilota txapelketako finala larunbatean jokatuko da frontoian",
            "Udalak etxebizitza babestuen zozketa egingo du urrian",
        ]
    )
    content = f"""<div class="cookie-oharra"><p>Webgune honek cookieak erabiltzen ditu zure nabigazio esperientzia hobetzeko. Nabigatzen jarraitzen baduzu, horien erabilera onartzen duzula ulertuko dugu.</p><button>Onartu</button><a>Informazio gehiago</a></div>
<header><div class="top"><span>2025eko irailaren 27a, larunbata</span><a>Harpidetu</a><a>Sartu</a></div><a class="logo">Arrasketa Gaur</a><nav><a>Herria</a><a>Eskualdea</a><a>Kirolak</a><a>Kultura</a><a>Iritzia</a></nav></header>
<main><article class="albistea">
<p class="gaia">Kultura</p>
<h1>{e(art["title"])}</h1>
<p class="sarrera">Eraikinak bi aldiz leku gehiago du orain, eta ordutegia ere zabalduko dute</p>
<div class="egilea"><span>{e(art["author"])}</span> <time datetime="{art["date"]}">Arrasketa, 2025-09-27 08:30</time></div>
<figure><img src="liburutegia.jpg" alt=""><figcaption>Liburutegi berriko irakurgela, inaugurazioaren bezperan. Argazkia: Arrasketa Gaur</figcaption></figure>
<div class="albiste-gorputza">{body}</div>
<div class="partekatu"><span>Partekatu</span><a>Facebook</a><a>X</a><a>WhatsApp</a><a>Posta</a></div>
<div class="ordainketa-horma"><p>Hilabete honetan doako 5 artikuluetatik 3 irakurri dituzu.</p><p>Harpidetu eta irakurri mugarik gabe, hilean 4 euroren truke.</p><a>Harpidetu orain</a></div>
<div class="gaiak">Gaiak: <a>liburutegia</a> <a>kultura</a> <a>Arrasketa</a></div>
</article>
<aside><h3>Gehien irakurriak</h3><ol>{most}</ol></aside></main>
<footer><p>Arrasketa Gaur · Herriko egunkari digitala · Lege oharra · Pribatutasun politika</p></footer>"""
    return page(
        art, "Arrasketa Gaur", "https://arrasketagaur.example/kultura/liburutegia", content, "eu"
    )


def afrikaans(art):
    lees = '<p class="lees-ook"><strong>Lees ook:</strong> <a>Kragonderbrekings: Rooiberg kry nuwe skedule vanaf Maandag</a></p>'
    ad = '<div class="ad-unit"><span class="ad-unit__label">Advertensie</span><div id="div-gpt-ad-mid"></div></div>'
    body = paras(
        art,
        p='p class="wp-block-paragraph"',
        h='<h3 class="wp-block-heading">{}</h3>',
        ul='ul class="wp-block-list"',
        between={1: lees, 8: ad},
    )
    whatsapp = '<div class="whatsapp-cta"><p>📲 Kry die jongste nuus uit Rooiberg op WhatsApp. Sluit by ons kanaal aan.</p><a>Sluit aan</a></div>'
    credit = (
        f'<p class="wp-block-paragraph has-small-font-size"><em>{e(art["credits"][0])}</em></p>'
    )
    more = teasers(
        [
            (
                "Skool se rugbyspan wen ná 20 jaar weer die streekbeker",
                "Die span het Saterdag in 'n spannende eindstryd met net een punt gewen.",
            ),
            (
                "Boere vra hulp ná groot veldbrand in die distrik",
                "Meer as 3 000 hektaar weiding het verbrand en verskeie kampe se heinings is vernietig.",
            ),
        ],
        tag="h4",
        cls="meer-nuus__item",
    )
    content = f"""<header class="site-header"><a class="site-logo">Noordkaap Nuus</a><nav class="site-nav"><a>Nuus</a><a>Sport</a><a>Sake</a><a>Leefstyl</a><a>Menings</a></nav><a class="btn">Teken in</a></header>
<main class="site-main"><article class="post">
<div class="post__category"><a>Nuus</a></div>
<h1 class="post__title">{e(art["title"])}</h1>
<div class="post__meta"><span class="post__author">Deur {e(art["author"])}</span><span class="post__date">15 Julie 2025 om 10:12</span><span class="post__reading">2 min leestyd</span></div>
<figure class="wp-block-image"><img src="tenk.jpg" alt=""><figcaption>Inwoners haal water by 'n tenk in Kerkstraat. Foto: Verskaf</figcaption></figure>
<div class="post__content entry-content">{body}
{credit}
{whatsapp}</div>
<div class="post__share"><span>Deel</span><a>Facebook</a><a>WhatsApp</a><a>E-pos</a></div>
<div class="author-box"><img src="steyn.jpg" alt=""><div><h4>{e(art["author"])}</h4><p>Annelie Steyn is 'n joernalis in Kimberley en skryf oor plaaslike regering en gemeenskapsnuus in die Noord-Kaap.</p></div></div>
<div class="comments-closed"><p>Kommentaar op hierdie artikel is gesluit.</p><p>Menings in lesers se kommentaar is dié van die lesers self en nie noodwendig dié van Noordkaap Nuus nie.</p></div>
<section class="meer-nuus"><h3>Meer nuus</h3>{more}</section>
</article></main>
<footer class="site-footer"><p>© 2025 Noordkaap Nuus (Edms) Bpk. Alle regte voorbehou.</p><a>Privaatheidsbeleid</a><a>Kontak ons</a><a>Adverteer</a></footer>"""
    return page(
        art, "Noordkaap Nuus", "https://noordkaapnuus.example/nuus/rooiberg-water", content, "af"
    )


def nigerian(art):
    def ad(n):
        return f'<div class="code-block code-block-{n}" style="margin: 8px auto; text-align: center;"><p style="font-size:10px">Advertisement</p><ins class="adsbygoogle" data-ad-slot="77{n}"></ins></div>'

    also = '<p><strong>ALSO READ: <a href="/news/x">{}</a></strong></p>'
    whatsapp = "<p><strong>Join The Lagoon Courier WhatsApp Channel for the latest news <a>HERE</a></strong></p>"
    body = paras(
        art,
        between={
            1: ad(2),
            2: also.format("Osara assembly passes N412bn 2025 budget"),
            4: ad(3),
            5: also.format("Tanker explosion: Govt bans fuel trucks on Ilesanmi bridge"),
            6: whatsapp,
        },
    )
    related = teasers(
        [
            (
                "Traders protest relocation of Ilesanmi motor park",
                "Hundreds of traders on Monday blocked the road leading to the government secretariat to protest the planned relocation.",
            ),
            (
                "Fire destroys warehouse in Oke-Ola, no casualty",
                "The fire service said it was caused by a power surge after electricity was restored in the area late at night.",
            ),
            (
                "Osara govt to rebuild 12 markets under PPP scheme",
                "The Commissioner for Commerce said private investors would build the markets and recover their money from shop rents.",
            ),
        ],
        tag="h3",
        cls="td_module_flex td_module_wrap",
    )
    latest = "".join(
        f"<li><a>{e(x)}</a><span>{t}</span></li>"
        for x, t in [
            ("Police arrest three suspected kidnappers in Ilesanmi", "2 hours ago"),
            ("NPFL: Osara United edge Kano Stars 1-0", "3 hours ago"),
            ("Petrol price rises to N1,050 per litre in Osara", "5 hours ago"),
        ]
    )
    content = f"""<div class="td-header-top-menu"><span class="td_data_time">Tuesday, January 21, 2025</span><a>Advertise With Us</a><a>Contact</a></div>
<div class="td-header-menu-wrap"><a class="td-main-logo">The Lagoon Courier</a><ul class="sf-menu"><li>Home</li><li>News</li><li>Politics</li><li>Metro Plus</li><li>Business</li><li>Sports</li><li>Editorial</li><li>Columns</li></ul></div>
<div class="td-main-content-wrap"><div class="td-ss-main-content"><article class="post type-post">
<div class="td-post-header"><ul class="td-category"><li><a>Metro Plus</a></li></ul>
<h1 class="entry-title">{e(art["title"])}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name">By <a>{e(art["author"])}</a></div><span class="td-post-date"><time class="entry-date">21st January 2025</time></span><div class="td-post-views">1,877</div></div></div>
<div class="td-post-sharing-top"><a>Facebook</a><a>Twitter</a><a>WhatsApp</a><a>Telegram</a></div>
<div class="td-post-featured-image"><figure><img src="market.jpg" alt=""><figcaption class="wp-caption-text">Scene of the fire at Oja-Tuntun market. Photo: Adewale Ogunleye</figcaption></figure></div>
<div class="td-post-content tagdiv-type">{body}
<p style="font-size:12px"><em>Copyright 2025 The Lagoon Courier. All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission from The Lagoon Courier.</em></p>
<p style="font-size:12px">Contact: editor@lagooncourier.example</p></div>
<div class="td-post-source-tags"><ul class="td-tags"><li><span>TAGS</span></li><li><a>Fire</a></li><li><a>Ilesanmi</a></li><li><a>Market</a></li></ul></div>
<div class="td-post-sharing-bottom"><span>Kindly share this story</span><a>Facebook</a><a>Twitter</a></div>
</article>
<div class="td_block_related_posts"><h4 class="td-related-title">Related News</h4>{related}</div>
<div id="comments" class="comments"><div id="respond"><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p><textarea></textarea><p><input type="submit" value="Post Comment"></p></div></div></div>
<div class="td-ss-main-sidebar"><h4 class="block-title">Latest News</h4><ul>{latest}</ul></div></div>
<div class="td-footer-wrapper"><p>The Lagoon Courier is published by Lagoon Media Ltd, 14 Marina Road, Ilesanmi.</p><p>© 2025 The Lagoon Courier. All Rights Reserved.</p></div>"""
    return page(
        art,
        "The Lagoon Courier",
        "https://lagooncourier.example/2025/01/21/fire-guts-oja-tuntun-market/",
        content,
        "en-NG",
    )


def indian(art):
    ps = art["paragraphs"]
    parts: list[str] = []
    items: list[str] = []
    for i, para in enumerate(ps):
        if para.startswith("- "):
            items.append(f"<li>{e(para[2:])}</li>")
            continue
        if items:
            parts.append("<ul>" + "".join(items) + "</ul>")
            items = []
        if para.startswith("## "):
            parts.append(f"<h2>{e(para[3:])}</h2>")
        else:
            parts.append(e(para) + "<br><br>")
        if i == 1:
            parts.append(
                '<span class="also-read">Also Read | <a>Navapur: Water cut in 14 wards on Thursday for pipeline repair</a></span><br><br>'
            )
        if i == 4:
            parts.append(
                '<div class="story-ad"><span>Story continues below this ad</span><div id="ad-mid"></div></div>'
            )
        if i == 10:
            parts.append(
                '<span class="also-read">Also Read | <a>Civic polls: NMC ward reservation draw on March 20</a></span><br><br>'
            )
    top = teasers(
        [
            (
                "Navapur metro: trial run on Line 2 likely by June",
                "Officials said the 11-km elevated stretch between the railway station and Shivaji Nagar is almost complete.",
            ),
            (
                "City records hottest March day in a decade at 39.4°C",
                "The weather office has forecast a further rise in temperatures over the next three days.",
            ),
        ],
        tag="h3",
        cls="_3Y7Bj top-story",
    )
    content = f"""<div class="_1Kq2P nav-top"><a class="logo">The Deccan Courier</a><ul><li>City</li><li>India</li><li>World</li><li>Business</li><li>Cricket</li><li>Entertainment</li><li>e-Paper</li></ul><a>Sign In</a></div>
<div class="_2pZ3d breadcrumbs"><a>News</a> / <a>City</a> / <a>Navapur News</a></div>
<div class="_3QlWr"><h1 class="_1Y-96">{e(art["title"])}</h1>
<div class="_3Mkg- byline"><span>{e(art["author"])}</span> / <span>TNN</span> / <span>Updated: Mar 10, 2025, 19:42 IST</span></div>
<div class="_1ffpV share"><a>Share</a><a>AA</a><a>Follow Us</a></div>
<div class="_2gIK- summary"><p>The Rs 146-crore project aims to cut water losses of nearly 35 per cent</p></div>
<figure class="_3ATdx"><img src="meter.jpg" alt=""><figcaption>Representative image</figcaption></figure>
<div class="_s30J clearfix" data-articlebody="1">{"".join(parts)}</div>
<div class="_1Cg4N google-news"><a>Follow The Deccan Courier on Google News</a> for the latest updates from Navapur.</div>
<div class="_2Kk6P topics"><h4>Topics</h4><a>Navapur Municipal Corporation</a><a>Water Supply</a><a>Smart Meters</a></div>
<p class="_3wD8v app-promo">Catch all the latest city news, breaking news and live updates only on The Deccan Courier. Download the app to get daily updates.</p>
<div class="_2F0x- comments-cta"><a>Start a Conversation</a></div></div>
<section class="_1kRqV"><h2>Top Stories</h2>{top}</section>
<div class="_7FjZ trending"><h4>Trending</h4><ul><li>IPL 2025 schedule</li><li>Gold rate today</li><li>Board exam results</li><li>Weather today</li></ul></div>
<footer class="_1Fg9T"><p>Copyright © 2025 Deccan Courier Publications Ltd. All rights reserved. For reprint rights: Courier Syndication</p></footer>"""
    return page(
        art,
        "The Deccan Courier",
        "https://deccancourier.example/city/navapur/smart-water-meters/articleshow/11823456.cms",
        content,
        "en-IN",
    )


def singapore(art):
    ps = art["paragraphs"]
    correction = f'<div class="correction-note"><p>{e(ps[0])}</p></div>'
    field = '<div class="paragraph paragraph--type--text"><div class="field field--name-field-paragraph-text"><p>{}</p></div></div>'
    blocks = []
    for i, para in enumerate(ps[1:], 1):
        if para.startswith("## "):
            blocks.append(
                f'<div class="paragraph paragraph--type--subhead"><h2>{e(para[3:])}</h2></div>'
            )
        else:
            blocks.append(field.format(e(para)))
        if i in (2, 6):
            blocks.append(
                f'<div class="dfp-ad"><p class="ad-label">ADVERTISEMENT</p><div id="dfp-ad-imu{i}"></div></div>'
            )
    telegram = "<p><em>Join our Telegram channel and get the latest breaking news delivered to you.</em></p>"
    more = teasers(
        [
            (
                "Hawkers' fund to help young stallholders pay for equipment",
                "Those under 40 can get up to $10,000 to buy stoves, fridges and exhaust hoods, under a scheme starting in July.",
            ),
            (
                "Why some hawker stalls fail within a year",
                "High rents are only part of the story, say veteran hawkers, who point to long hours and rising prices of ingredients.",
            ),
        ],
        tag="h4",
        cls="card-list__item",
    )
    content = f"""<div class="site-header"><a class="logo">The Island Times</a><nav><a>Singapore</a><a>Asia</a><a>World</a><a>Opinion</a><a>Life</a><a>Business</a><a>Sport</a></nav><a class="btn-subscribe">Subscribe</a><a>Log in</a></div>
<main><article class="node node--type-article">
<div class="breadcrumb"><a>Singapore</a></div>
<h1 class="headline">{e(art["title"])}</h1>
<div class="story-byline"><a>{e(art["author"])}</a><p>Housing Correspondent</p></div>
<div class="story-postdate">Updated Apr 18, 2025, 09:05 AM · Published Apr 17, 2025, 06:30 PM</div>
<div class="story-tools"><button>Gift this article</button><button>Share</button><button>Save</button></div>
<div class="audio-player"><p>Listen to this article</p><span>4 min</span></div>
<figure class="image"><img src="hawker.jpg" alt=""><figcaption>The new hawker centre in Lorong Damai will have 30 cooked-food stalls when it opens. PHOTO: ISLAND TIMES FILE</figcaption></figure>
<div class="layout--onecol clearfix">{correction}
{"".join(blocks)}
{telegram}
<p class="source-line">{e(art["credits"][0])}</p></div>
<div class="newsletter-signup"><h3>Sign up for our Daily Briefing</h3><p>The morning's top stories, picked by our editors, in your inbox before 7am.</p><input placeholder="Enter your e-mail"><button>Sign up</button></div>
<div class="story-topics"><h4>Topics</h4><a>Hawker centres</a><a>Food</a><a>Housing estates</a></div>
</article>
<section class="more-from"><h3>More from Singapore</h3>{more}</section></main>
<footer><p>Island Media Limited. Co. Regn. No. 202412345K. Copyright © 2025. All rights reserved.</p><a>Terms &amp; Conditions</a><a>Data Protection Policy</a><a>Corrections</a></footer>"""
    return page(
        art,
        "The Island Times",
        "https://islandtimes.example/singapore/lorong-damai-hawker-centre",
        content,
        "en-SG",
    )


#: page name -> (article key, layout function)
LAYOUTS_H13 = {
    "h13-01-bulgarian": ("h13_bulgarian", bulgarian),
    "h13-02-serbian": ("h13_serbian", serbian),
    "h13-03-albanian": ("h13_albanian", albanian),
    "h13-04-maltese": ("h13_maltese", maltese),
    "h13-05-basque": ("h13_basque", basque),
    "h13-06-afrikaans": ("h13_afrikaans", afrikaans),
    "h13-07-nigerian": ("h13_nigerian", nigerian),
    "h13-08-indian": ("h13_indian", indian),
    "h13-09-singapore": ("h13_singapore", singapore),
}
