"""Layouts of the frozen held-out group "h14" of the extraction benchmark.

Written after the tenth round, at the start of the eleventh (its first change, 84c4364,
was made without these pages), by someone other than the person tuning the reader and
without reading the reader's cleaning rules or its output on these pages; never used for
tuning (docs/benchmarks-extraction.md). ``tests/test_read_bench.py`` pins a digest of
the generated files. Fictional pages in layouts and languages not used by h2-h13: a
Macedonian city portal laid out with tables, whose body is text in one cell split by
``<br /><br />`` with a "Прочитајте и" line, an ad table and a source line in italics,
reader comments and a weather box; an Esperanto magazine on a Ghost-like theme with a
bookmark card (title and sentence) inside the body, a correction at the end (article
text), an author bio, a members' sign-up box and reader comments; a Somali news site on
a WordPress magazine theme with an in-body list, an "Akhriso sidoo kale" line, an ad
label and a social prompt in italics inside the body, an author box and a comment form;
an isiZulu newspaper whose body blocks are all wrapped in the same item class
(paragraphs, a fact box written as sentences, a "Funda nalokhu" link list, an ad, a
WhatsApp prompt); a Cebuano regional paper with photos, an embedded social post,
"BASAHA" lines and an editor's sign-off inside the body; a Luxembourgish public-radio
site with a bold lead paragraph, an audio box and a "Liest och" link list inside the
body; a US public-radio station page with a related-story card and a donation appeal
inside the body and an editor's note disclosing a funder (article text); an Australian
regional masthead with utility class names on every element, "READ MORE" links, ad slots
and a newsletter box inside the body; and a Canadian community news site with an in-body
list, a "Fast facts" box, a reporter-programme credit in italics, reader comments and
comment guidelines.
"""

from __future__ import annotations

import html

from page_parts import comments, paras, teasers

e = html.escape


def page(art, site, url, content, lang, head=""):
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{e(art["title"])} - {e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="{e(site)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(art["title"])}">
<link rel="canonical" href="{url}">
<meta name="author" content="{e(art["author"])}">
<meta property="article:published_time" content="{art["date"]}T09:10:00+00:00">
{head}<script async src="https://ads.example/tag.js"></script>
</head><body>
{content}
</body></html>
"""


def macedonian(art):
    ps = art["paragraphs"]
    parts = []
    for i, para in enumerate(ps):
        parts.append(e(para) + "<br /><br />")
        if i == 1:
            parts.append(
                '<b>Прочитајте и:</b> <a href="/vesti/grad/nov-vozen-red">Нов возен ред на градскиот превоз од 1 јули</a><br /><br />'
            )
        if i == 4:
            parts.append(
                '<table class="reklama" align="center"><tr><td><small>Реклама</small><br /><div id="adv-300x250"></div></td></tr></table>'
            )
    parts.append(f"<i>{e(art['credits'][0])}</i>")
    cmts = comments(
        [
            (
                "Петар С.",
                "12.06.2025 11:03",
                "Конечно нешто корисно за градот. Само нека не биде како кејот кај езерото, кој по две години веќе е искршен.",
                "Одговори",
            ),
            (
                "Мирјана",
                "12.06.2025 12:40",
                "Зошто се жалат кафулињата? Подобро една послаба сезона отколку уште десет години кал пред нивните врати.",
                "Одговори",
            ),
            (
                "Гост",
                "12.06.2025 14:18",
                "Осум месеци за два километри патека? Ќе видиме дали ќе биде готово и за две години.",
                "Одговори",
            ),
        ],
        cls="komentar",
    )
    related = "".join(
        f"<li><a>{e(t)}</a><br /><small>{e(d)}</small></li>"
        for t, d in [
            (
                "Рибарите бараат забрана за моторни чамци на реката",
                "Според нив, брановите ги уништуваат мрежите и местата каде што се мрестат рибите.",
            ),
            (
                "Летниот фестивал ќе има три сцени на кејот",
                "Организаторите очекуваат над 20.000 посетители во текот на четирите вечери.",
            ),
        ]
    )
    most = "".join(
        f"<li><a>{e(x)}</a></li>"
        for x in [
            "Сообраќајна несреќа на патот Струга-Охрид, двајца повредени",
            "Цената на лебот повторно расте од понеделник",
            "Матурантите ја прославија годишнината на плоштадот",
            "Нова линија за автобус до Вевчани",
        ]
    )
    content = f"""<table width="100%" cellpadding="0" cellspacing="0" border="0" class="main">
<tr><td colspan="2" class="topbar">Четврток, 12 јуни 2025 | Курсна листа: 1 EUR = 61,50 МКД | Струга 24°C</td></tr>
<tr><td colspan="2" class="header"><a class="logo" href="/">Струга Инфо</a> <a>Најава</a> | <a>Регистрација</a></td></tr>
<tr><td colspan="2" class="meni"><a>Почетна</a> | <a>Струга</a> | <a>Македонија</a> | <a>Економија</a> | <a>Спорт</a> | <a>Култура</a> | <a>Огласи</a></td></tr>
<tr><td width="70%" valign="top" class="glavna">
<h1 class="naslov">{e(art["title"])}</h1>
<div class="datum">Објавено: 12.06.2025 во 10:24 | Автор: {e(art["author"])} | Прегледано: 2.118 пати</div>
<table cellpadding="4"><tr><td><img src="drim.jpg" width="560" alt="" /><br /><span class="foto">Фото: Општина Струга</span></td></tr></table>
<div class="vest-tekst">{"".join(parts)}</div>
<div class="spodeli">Сподели: <a>Facebook</a> <a>Twitter</a> <a>Viber</a> <a>Печати</a></div>
<div class="povrzani"><h3>Поврзани вести</h3><ul>{related}</ul></div>
<div class="komentari"><h3>Коментари (3)</h3>{cmts}
<p class="pravila">Коментарите ги изразуваат ставовите на нивните автори, а не на редакцијата на Струга Инфо. Навредливите коментари ќе бидат избришани.</p>
<form>Име: <input /> Коментар: <textarea></textarea> <input type="submit" value="Испрати" /></form></div>
</td><td width="30%" valign="top" class="desno"><h3>Најчитани</h3><ol>{most}</ol>
<h3>Временска прогноза</h3><p>Струга: сончево, 24°C. Утре: до 27°C, слаб ветер од југ.</p>
<div class="baner"><small>Реклама</small><div id="adv-sidebar"></div></div></td></tr>
<tr><td colspan="2" class="futer">© 2025 Струга Инфо. Сите права се задржани. Преземањето на содржини без наведување на изворот и линк до веста е забрането. | <a>Импресум</a> | <a>Маркетинг</a> | <a>Контакт</a></td></tr></table>"""
    return page(
        art, "Струга Инфо", "https://struga-info.example/vesti/struga/pateka-drim", content, "mk"
    )


def esperanto(art):
    bookmark = """<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="/junularo-retaj-kursoj/"><div class="kg-bookmark-content"><div class="kg-bookmark-title">Kial junuloj denove lernas Esperanton</div><div class="kg-bookmark-description">Retaj kursoj kaj aplikaĵoj alportis milojn da novaj lernantoj, sed malmultaj el ili iam vizitas kongreson.</div><div class="kg-bookmark-metadata"><span class="kg-bookmark-publisher">Libera Lumo</span><span class="kg-bookmark-author">Ilona Varga</span></div></div></a></figure>"""
    body = paras(art, h='<h2 id="programo-kaj-financoj">{}</h2>', between={2: bookmark})
    cmts = comments(
        [
            (
                "Karel Dvořák",
                "antaŭ 2 tagoj",
                "Mi partoprenis kun mia filino kaj ŝi jam demandas, kiam okazos la sekva renkontiĝo. La ekskurso al la montaro estis la plej bela parto.",
                "Respondi",
            ),
            (
                "Aiko",
                "antaŭ 1 tago",
                "Bona raporto, sed mi ne konsentas pri la manĝoj. Por tiu prezo oni ne povas atendi restoracion.",
                "Respondi",
            ),
        ],
        cls="gh-comment",
    )
    more = teasers(
        [
            (
                "Nova vortaro por komputila terminologio aperis rete",
                "La vortaro enhavas pli ol 4.000 terminojn kaj estas libere uzebla por tradukantoj.",
            ),
            (
                "Tri landaj asocioj kunigos siajn revuojn",
                "De la venonta jaro la membroj ricevos unu komunan revuon anstataŭ tri apartajn.",
            ),
        ],
        tag="h3",
        cls="gh-card",
    )
    content = f"""<div class="gh-site"><header class="gh-head"><a class="gh-head-logo">Libera Lumo</a><nav class="gh-head-menu"><a>Novaĵoj</a><a>Movado</a><a>Kulturo</a><a>Opinioj</a><a>Pri ni</a></nav><div class="gh-head-actions"><a>Ensaluti</a><a class="gh-head-button">Aboni</a></div></header>
<main class="gh-main"><article class="gh-article post tag-movado">
<header class="gh-article-header gh-canvas"><a class="gh-article-tag">Movado</a>
<h1 class="gh-article-title">{e(art["title"])}</h1>
<p class="gh-article-excerpt">Pli ol duono de la partoprenantoj estis novaj esperantistoj, kiuj lernis la lingvon rete.</p>
<div class="gh-article-meta"><div class="gh-article-author-name"><a>{e(art["author"])}</a></div><time datetime="{art["date"]}">4 aŭg 2025</time><span class="gh-article-meta-length">— 4 min legado</span></div>
<figure class="gh-article-image"><img src="renkontigxo.jpg" alt=""><figcaption>Partoprenantoj dum la internacia vespero en la sporthalo. Foto: Libera Lumo</figcaption></figure></header>
<section class="gh-content gh-canvas">{body}</section>
<aside class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content"><h2>Abonu Libera Lumo</h2><p>Ricevu ĉiun novan artikolon senpage en via retpoŝto. Membroj ankaŭ povas komenti.</p><a class="gh-btn">Aboni senpage</a></div></aside>
<section class="gh-author-card"><img src="varga.jpg" alt=""><div><h4>{e(art["author"])}</h4><p>Ilona Varga estas redaktoro de Libera Lumo kaj raportas pri junularaj aranĝoj ekde 2019.</p></div></section>
<section class="gh-comments"><h3>2 komentoj</h3>{cmts}<p class="gh-comments-cta">Iĝu membro por komenti.</p></section>
</article>
<section class="gh-readmore"><h2>Legu plu</h2>{more}</section></main>
<footer class="gh-foot"><p>Libera Lumo © 2025</p><nav><a>Privateco</a><a>Kontakto</a></nav><p>Funkciigita de Ghost</p></footer></div>"""
    return page(
        art,
        "Libera Lumo",
        "https://liberalumo.example/junulara-renkontigxo-rekordo/",
        content,
        "eo",
    )


def somali(art):
    also = '<p><strong>Akhriso sidoo kale: <a href="/2025/04/20/roobabka-gu/">Roobabka Gu’ oo daahay, beeraleydana walaac ku abuuray</a></strong></p>'
    ad = '<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">- Xayeysiis -</span><div id="ad-inline-1"></div></div>'
    body = paras(art, h="h3", between={1: also, 8: ad})
    social = "<p><em>La soco wararkii ugu dambeeyay adigoo ka daba galaya boggayaga Facebook, TikTok iyo kanaalkayaga WhatsApp.</em></p>"
    related = teasers(
        [
            (
                "Ganacsatada suuqa Bulo-Cadde oo cashuur cusub diiday",
                "Ganacsatadu waxay sheegeen in cashuurta cusub ay sare u qaadi doonto qiimaha cuntada.",
            ),
            (
                "Wabiga oo kacay, tuulooyin ku yaal hareerihiisa oo la digay",
                "Maamulka ayaa dadka ku nool meelaha hoose ugu baaqay inay u guuraan meelo ammaan ah.",
            ),
            (
                "Dugsi cusub oo laga furay tuulada Ceel-Dheere",
                "Dugsiga ayaa qaadi kara 300 oo arday, waxaana dhisay ururo deegaanka ka shaqeeya.",
            ),
        ],
        tag="h3",
        cls="td_module_related_posts",
    )
    content = f"""<div class="td-header-top-menu"><span class="td_data_time">Talaado, Abriil 22, 2025</span><a>Nala soo xiriir</a><a>Xayeysiiso</a></div>
<div class="td-header-menu-wrap"><a class="td-main-logo">Codka Webiga</a><ul class="sf-menu"><li>Guriga</li><li>Wararka</li><li>Siyaasadda</li><li>Dhaqaalaha</li><li>Caafimaadka</li><li>Ciyaaraha</li><li>Maqaallo</li></ul></div>
<div class="td-main-content-wrap"><div class="td-crumb-container"><a>Guriga</a> › <a>Wararka</a> › <a>Dhaqaalaha</a></div>
<article class="post type-post"><div class="td-post-header">
<h1 class="entry-title">{e(art["title"])}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name">Qoraa: <a>{e(art["author"])}</a></div><span class="td-post-date"><time class="entry-date">Abriil 22, 2025</time></span><div class="td-post-views"><span>1,204</span></div><div class="td-post-comments"><a>0</a></div></div></div>
<div class="td-post-sharing-top"><a>Facebook</a><a>Twitter</a><a>WhatsApp</a><a>Telegram</a></div>
<div class="td-post-featured-image"><figure><img src="beeraley.jpg" alt=""><figcaption class="wp-caption-text">Beeraley ku sugan beertiisa galleyda ee duleedka Bulo-Cadde. Sawirka: Codka Webiga</figcaption></figure></div>
<div class="td-post-content tagdiv-type">{body}
{social}</div>
<div class="td-post-source-tags"><ul class="td-tags"><li><span>TAGS</span></li><li><a>beeraha</a></li><li><a>bacriminta</a></li><li><a>Bulo-Cadde</a></li></ul></div>
<div class="td-author-by"><div class="author-box-wrap"><img src="faadumo.jpg" alt=""><div class="desc"><a class="td-author-name">{e(art["author"])}</a><p>Faadumo waa wariye ku takhasustay arrimaha beeraha iyo deegaanka, waxayna la shaqeysay Codka Webiga tan iyo 2021.</p></div></div></div>
</article>
<div class="td_block_related_posts"><h4 class="td-related-title"><span>WARARKA LA XIRIIRA</span><span>Waxaa kale oo aad jeclaan kartaa</span></h4>{related}</div>
<div id="comments" class="comments"><div id="respond"><h4>FAALLO KA BIXI</h4><textarea placeholder="Fadlan geli faalladaada!"></textarea><input placeholder="Fadlan magacaaga halkan ku qor"><input placeholder="Email:"><p><input type="submit" value="Dir faallada"></p></div></div></div>
<div class="td-footer-wrapper"><p>Codka Webiga waa shabakad war oo madax-bannaan oo ka warrama wararka gobolada webiga.</p><p>© Xuquuqda daabacaadda 2025 - Codka Webiga. Dhammaan xuquuqdu way dhowran yihiin.</p></div>"""
    return page(
        art,
        "Codka Webiga",
        "https://codkawebiga.example/2025/04/22/beeraleyda-bulo-cadde-bacriminta/",
        content,
        "so",
    )


def zulu(art):
    item = '<div class="article-body__item">{}</div>'
    facts = """<aside class="factbox"><h4>Okumele ukwazi</h4><p>Umtholampilo usemgwaqweni oMkhulu, eduze kwesikole samabanga aphansi iNtabanhle.</p><p>Iziguli azidingi ukubhukha kusengaphambili, kodwa kumele ziphathe incwadi kamazisi.</p></aside>"""
    funda = """<div class="related-inline"><p>FUNDA NALOKHU:</p><ul><li><a>Abahlengikazi bafuna amaholo angcono esifundazweni</a></li><li><a>Izimoto ezintsha zeziguli zinikezwe izibhedlela zasemakhaya</a></li></ul></div>"""
    ad = '<div class="ad-slot ad-slot--inline"><span class="ad-slot__label">Isikhangiso</span><div id="gpt-inline-2"></div></div>'
    whatsapp = '<p class="cta-whatsapp">Joyina isiteshi sethu se-WhatsApp ukuze uthole izindaba zakamuva zasendaweni yakho.</p>'
    body = paras(
        art,
        h="h2",
        wrap=item,
        between={
            1: item.format(facts),
            2: item.format(funda),
            5: item.format(ad),
            7: item.format(whatsapp),
        },
    )
    most = "".join(
        f"<li><a>{e(x)}</a></li>"
        for x in [
            "Amaphoyisa abopha abasolwa ababili ngokweba izinkomo",
            "Iqembu lebhola lasendaweni lidlulela emzuliswaneni olandelayo",
            "Ugesi uzocinywa ngoMgqibelo ezindaweni ezine",
        ]
    )
    content = f"""<header class="site-header"><a class="site-header__logo">Ilanga LaseNtabanhle</a><nav class="site-header__nav"><a>Ekhaya</a><a>Izindaba</a><a>Ezemidlalo</a><a>Ezokuzijabulisa</a><a>Ezamabhizinisi</a><a>Imibono</a></nav><a class="site-header__btn">Bhalisa</a></header>
<main class="page"><div class="breadcrumbs"><a>Izindaba</a> / <a>Isifunda</a></div>
<article class="article">
<h1 class="article__headline">{e(art["title"])}</h1>
<p class="article__byline">NGU-{e(art["author"].upper())}</p>
<p class="article__date">9 Julayi 2025 | 06:00</p>
<figure class="article__image"><img src="umtholampilo.jpg" alt=""><figcaption>Izakhamuzi zilinde ngaphandle komtholampilo omusha ngosuku lokuvulwa kwawo. Isithombe: Ilanga LaseNtabanhle</figcaption></figure>
<div class="article-body">{body}</div>
<div class="article__share"><span>Yabelana ngale ndaba:</span><a>Facebook</a><a>X</a><a>WhatsApp</a><a>I-imeyili</a></div>
</article>
<aside class="most-read"><h3>Okufundwa kakhulu</h3><ol>{most}</ol></aside></main>
<footer class="site-footer"><p>© 2025 Ilanga LaseNtabanhle. Wonke amalungelo agodliwe.</p><a>Mayelana nathi</a><a>Xhumana nathi</a><a>Inqubomgomo yobumfihlo</a></footer>"""
    return page(
        art,
        "Ilanga LaseNtabanhle",
        "https://ilanga-ntabanhle.example/izindaba/umtholampilo-omusha",
        content,
        "zu",
    )


def cebuano(art):
    photo = '<figure class="inline-photo"><img src="gym.jpg" alt=""><figcaption>NAGSIKSIK. Ang mga bakwit sa gymnasium sa Barangay Lumbang niadtong Lunes sa buntag. (Hulagway: CDRRMO Bagong Sugbo)</figcaption></figure>'
    post = """<div class="embed embed--facebook"><blockquote class="fb-xfbml-parse-ignore"><p>PAHIBALO: Ang mga residente sa Sitio Tabok ug Sitio Ilaya gihangyo nga mobalhin dayon sa evacuation center. Andama ang inyong go-bag.</p><a>CDRRMO Bagong Sugbo</a> · Hulyo 20, 2025</blockquote></div>"""
    basaha = '<p class="basaha"><strong>BASAHA: <a>{}</a></strong></p>'
    ad = '<div class="dfp-tag-wrapper"><p class="ad-label">ADVERTISEMENT</p><div id="div-gpt-ad-mid"></div></div>'
    body = paras(
        art,
        between={
            0: basaha.format("Tulo ka dalan sirado tungod sa landslide"),
            1: post,
            2: ad,
            3: photo,
            5: basaha.format("Presyo sa utanon misaka human sa bagyo"),
        },
    )
    more = teasers(
        [
            (
                "Mga mananagat gidid-an sa paglawod hangtod Miyerkules",
                "Ang Coast Guard miingon nga delikado ang balod nga moabot og tulo ka metros ang gitas-on.",
            ),
            (
                "Tubig sa dam misaka, residente gipaandam",
                "Ang water district nagpasabot nga tingali moabli kini sa mga ganghaan sa dam kon magpadayon ang ulan.",
            ),
        ],
        tag="h3",
        cls="views-row",
    )
    popular = "".join(
        f"<li><a>{e(x)}</a></li>"
        for x in [
            "Sinulog 2026: mga petsa gipahibalo na",
            "Lalaki gidakop tungod sa iligal nga droga sa Pasil",
            "Bag-ong terminal sa bus giablihan na",
        ]
    )
    content = f"""<div class="region-top"><span>Lunes, Hulyo 21, 2025</span><a>E-paper</a><a>Mag-subscribe</a></div>
<header class="region-header"><a class="site-logo">Balita Bisaya</a><nav><a>Balita</a><a>Sugbo</a><a>Nasyonal</a><a>Isport</a><a>Showbiz</a><a>Opinyon</a></nav></header>
<main class="region-content"><article class="node node--type-article">
<div class="field--name-field-section"><a>Balita</a></div>
<h1 class="page-title">{e(art["title"])}</h1>
<div class="byline">Ni <a>{e(art["author"])}</a></div>
<div class="date">Hulyo 21, 2025 • 10:45 AM</div>
<div class="share-links"><a>Facebook</a><a>X</a><a>Messenger</a><a>Kopyaha ang link</a></div>
<figure class="lead-photo"><img src="baha.jpg" alt=""><figcaption>BAHA. Ang kadalanan sa Barangay Lumbang nalunod sa tubig human sa kusog nga ulan. (Hulagway: Jessa Mae Ybañez)</figcaption></figure>
<div class="field field--name-body"><div class="field__item">{body}
<p>{e(art["credits"][0])}</p></div></div>
<p class="follow-prompt">I-follow ang Balita Bisaya sa Facebook ug TikTok para sa labing bag-ong mga balita.</p>
<div class="field--name-field-tags"><span>Mga Tag:</span><a>Baha</a><a>Bakwit</a><a>Habagat</a></div>
</article>
<section class="related"><h2>Uban pang mga balita</h2>{more}</section>
<aside class="popular"><h2>Labing Gibasa</h2><ol>{popular}</ol></aside></main>
<footer class="region-footer"><p>Balita Bisaya © 2025. Tanang katungod gigahin.</p><a>Mahitungod kanamo</a><a>Privacy Policy</a></footer>"""
    return page(
        art,
        "Balita Bisaya",
        "https://balitabisaya.example/balita/2025/07/baha-lumbang-300-pamilya-gibakwit",
        content,
        "ceb",
    )


def luxembourgish(art):
    ps = art["paragraphs"]
    lead = f'<p class="article__lead"><strong>{e(ps[0])}</strong></p>'
    audio = '<div class="audio-box"><button>▶</button><p>Beitrag lauschteren</p><span>2\'45"</span><p class="audio-box__credit">Reportage: Sandy Hoffmann</p></div>'
    liest = '<div class="liest-och"><p class="liest-och__title">Liest och</p><ul><li><a>Rouspert: Bréck fir Camionen iwwer 7,5 Tonne gespaart</a></li><li><a>Pendler verléieren all Joer méi Zäit am Stau</a></li></ul></div>'
    ad = '<div class="adslot"><span>Reklamm</span><div id="ad-rectangle"></div></div>'
    rest = paras({"paragraphs": ps[1:]}, h="h3", between={0: audio, 1: liest, 5: ad})
    more = teasers(
        [
            (
                "Aarbechten op der N10: Nuetsspär bis Enn November",
                "Tëscht 21 Auer an 5 Auer moies ass d'Strooss tëscht Rouspert a Schëffbuer komplett zou.",
            ),
            (
                "Sauer-Ufer soll méi Plaz fir d'Natur kréien",
                "D'Waasserverwaltung wëll op dräi Plazen den Damm réckbauen, fir dass de Floss sech bei Héichwaasser ausbreeden kann.",
            ),
        ],
        tag="h3",
        cls="teaser-card",
    )
    content = f"""<div class="cookie-layer"><p>Mir benotze Cookien, fir Iech de beschten Service op eiser Websäit ze bidden an eise Web-Traffic ze analyséieren.</p><button>Alles akzeptéieren</button><button>Astellungen</button></div>
<header class="header"><a class="header__logo">Radio Uelzecht</a><nav><a>Noriichten</a><a>Regioun</a><a>Sport</a><a>Kultur</a><a>Podcasts</a></nav><a class="header__live">Live lauschteren</a><div class="lang-switch"><a>LB</a><a>FR</a></div></header>
<main><article class="article">
<p class="article__kicker">Regioun</p>
<h1 class="article__title">{e(art["title"])}</h1>
<div class="article__meta"><span>{e(art["author"])}</span><span>Publizéiert den 06.10.2025 um 17:20</span><span>Aktualiséiert um 18:05</span></div>
<figure><img src="breck.jpg" alt=""><figcaption>D'Fundamenter vun der neier Bréck op der däitscher Säit. Foto: Radio Uelzecht</figcaption></figure>
{lead}
<div class="article__text">{rest}</div>
<p class="article__lang-note">Dësen Artikel ass och op Franséisch disponibel.</p>
<div class="article__share"><span>Artikel deelen</span><a>Facebook</a><a>X</a><a>E-Mail</a><a>Link kopéieren</a></div>
</article>
<section class="related"><h2>Méi zum Thema</h2>{more}</section></main>
<footer class="footer"><p>© 2025 Radio Uelzecht – Ëffentleche Radio</p><a>Impressum</a><a>Dateschutz</a><a>Cookie-Astellungen</a><a>Kontakt</a></footer>"""
    return page(
        art,
        "Radio Uelzecht",
        "https://uelzecht.example/regioun/breck-schefbuer-retard",
        content,
        "lb",
    )


def publicradio(art):
    card = """<div class="Enhancement"><div class="PromoSmall"><p class="PromoSmall-category">Related</p><a class="PromoSmall-title">Peach growers brace for another short water year</a><p class="PromoSmall-description">Snowpack in the upper basin is at 61 percent of normal, and growers at the end of the canal system say they are already rationing.</p></div></div>"""
    donate = """<div class="Enhancement"><div class="donate-inline"><p><b>KMSR is community-supported.</b> Reporting like this is free for everyone because listeners chip in. If it helped you understand your community, make a gift today.</p><a class="Button">Donate</a></div></div>"""
    body = paras(art, between={1: card, 5: donate})
    related = teasers(
        [
            (
                "State water board approves new rules for well permits",
                "Homeowners drilling new domestic wells will need a pump test starting next year.",
            ),
            (
                "Gunnison River flows expected to peak early",
                "Forecasters say warm spring weather melted much of the high-elevation snow in April.",
            ),
        ],
        tag="h3",
        cls="PromoB",
    )
    content = f"""<header class="Page-header"><a class="Page-header-logo">KMSR Mesa Public Radio</a><div class="Page-header-player"><button>Listen Live</button><span>All Things Considered</span></div><nav><a>News</a><a>Music</a><a>Podcasts</a><a>Events</a><a>Support</a></nav><a class="Page-header-donate">Donate</a></header>
<main class="Page-main"><article class="ArticlePage">
<div class="ArticlePage-breadcrumbs"><a>Local News</a></div>
<h1 class="ArticlePage-headline">{e(art["title"])}</h1>
<div class="ArticlePage-authors"><a>{e(art["author"])}</a></div>
<div class="ArticlePage-datePublished">Published May 14, 2025 at 5:12 PM MDT</div>
<div class="AudioEnhancement"><button>Listen</button><span>• 3:52</span></div>
<figure class="Figure"><img src="canal.jpg" alt=""><figcaption class="Figure-caption">Water moves through an unlined section of the Orchard Mesa main canal east of town. <span class="Figure-credit">Dan Whitlock / KMSR</span></figcaption></figure>
<div class="RichTextArticleBody RichTextBody">{body}</div>
<div class="ArticlePage-tags"><span>Tags</span><a>Local News</a><a>Water</a><a>Agriculture</a></div>
<div class="ArticlePage-authorInfo"><img src="whitlock.jpg" alt=""><div><a>{e(art["author"])}</a><p>Dan Whitlock covers agriculture, water and the Western Slope for KMSR. He joined the station in 2021 after eight years at a daily newspaper.</p><a>See stories by Dan Whitlock</a></div></div>
</article>
<section class="newsletter"><h2>Stay Connected</h2><p>Get the week's top local stories from KMSR in your inbox every Friday.</p><input placeholder="Email address"><button>Subscribe</button></section>
<section class="related"><h2>Related Content</h2>{related}</section></main>
<footer class="Page-footer"><p>KMSR is a service of Western Mesa University.</p><a>FCC Public File</a><a>EEO Report</a><a>Contact Us</a><a>Privacy Policy</a><p>© 2025 KMSR</p></footer>"""
    return page(
        art,
        "KMSR",
        "https://kmsr.example/local-news/2025-05-14/mesa-irrigation-district-canal-lining",
        content,
        "en-US",
    )


def australian(art):
    p = '<p class="mb-4 font-serif text-lg leading-7 text-gray-900">{}</p>'
    h = '<h2 class="mt-8 mb-3 font-sans text-xl font-bold">{}</h2>'
    ad = '<div class="my-6 flex flex-col items-center bg-gray-100 py-2"><span class="mb-1 text-xs uppercase text-gray-500">Advertisement</span><div class="h-[250px] w-[300px]" id="story-ad-{}"></div></div>'
    readmore = '<div class="mb-4 border-l-4 border-blue-800 pl-3"><p class="font-sans text-sm font-bold uppercase">Read more:</p><ul class="font-sans text-sm"><li><a class="underline">Show society calls for volunteers as entries open</a></li><li><a class="underline">Pony club wins state title for third year</a></li></ul></div>'
    newsletter = '<div class="my-6 rounded bg-blue-50 p-4 font-sans"><p class="font-bold">Get the latest Wattle Creek news delivered to your inbox</p><p class="text-sm">Sign up for our newsletter to stay up to date.</p><input class="border" placeholder="Email"><button class="bg-blue-800 text-white">Sign up</button></div>'
    body = paras(
        art,
        p=p,
        h=h,
        between={1: ad.format(1), 2: readmore, 5: ad.format(2), 7: newsletter},
    )
    latest = "".join(
        f'<li class="border-b py-2"><a class="font-sans text-sm">{e(x)}</a></li>'
        for x in [
            "Truck rollover closes highway south of town for six hours",
            "New GP clinic to open in main street by September",
            "Magpies hold on to beat Roosters by two points",
        ]
    )
    content = f"""<div class="bg-blue-900 py-1 text-center font-sans text-sm text-white"><a>Subscribe now for unlimited access.</a> <a class="underline">Login</a></div>
<header class="border-b"><div class="mx-auto flex max-w-5xl items-center justify-between"><a class="font-serif text-3xl">Wattle Creek Chronicle</a><nav class="flex gap-4 font-sans text-sm"><a>News</a><a>Sport</a><a>Community</a><a>Opinion</a><a>Classifieds</a><a>Obituaries</a></nav></div></header>
<main class="mx-auto max-w-5xl"><div class="flex gap-8"><article class="w-2/3">
<a class="font-sans text-xs uppercase text-blue-800">Local News</a>
<h1 class="mt-2 font-serif text-4xl font-bold">{e(art["title"])}</h1>
<div class="mt-3 flex gap-2 font-sans text-sm text-gray-600"><a class="font-bold">{e(art["author"])}</a><span>Updated June 3 2025 - 4:30pm, first published 2:15pm</span></div>
<div class="my-3 flex gap-2 font-sans text-sm"><button>Share</button><button>Save</button><button>A-</button><button>A+</button></div>
<figure class="mb-6"><img src="showgrounds.jpg" alt=""><figcaption class="font-sans text-sm text-gray-600">Show society president Graham Pollard at the closed grandstand. Picture by Bec Hardy</figcaption></figure>
<div class="font-serif">{body}</div>
</article>
<aside class="w-1/3 font-sans"><h3 class="font-bold uppercase">Latest News</h3><ul>{latest}</ul><div class="mt-6 bg-gray-100 p-2 text-center text-xs">Advertisement</div></aside></div></main>
<footer class="mt-10 bg-gray-900 p-6 font-sans text-sm text-gray-300"><p>We acknowledge the traditional owners of the lands on which we live and work, and pay our respects to elders past and present.</p><p>© 2025 Wattle Creek Chronicle. Part of Regional Mastheads Australia.</p><a>Conditions of use</a><a>Privacy policy</a><a>Advertise with us</a></footer>"""
    return page(
        art,
        "Wattle Creek Chronicle",
        "https://wattlecreekchronicle.example/story/8912345/council-backs-showgrounds-upgrade/",
        content,
        "en-AU",
    )


def canadian(art):
    ad = '<div class="ad-container ad-incontent"><p class="ad-label">Advertisement</p><div id="ad-incontent-1"></div><p class="ad-continue">Story continues below</p></div>'
    facts = '<div class="fast-facts"><h4>Fast facts</h4><p>Public skates are free and no registration is needed on weekdays.</p><p>Helmets are recommended for all skaters and required for children under 10.</p></div>'
    body = paras(art, between={2: ad, 7: facts})
    lji = f"<p><em>{e(art['credits'][0])}</em></p>"
    cmts = comments(
        [
            (
                "Marie-Claude T.",
                "Nov 19, 2025 8:14 AM",
                "Great news for the Maple Grove side of town. My kids had to be driven across the township every weekend just to skate.",
                "Reply",
            ),
            (
                "BobbyK",
                "Nov 19, 2025 9:02 AM",
                "Paying the volunteers is fair. Those hockey parents were out there at midnight flooding the ice last year for nothing.",
                "Reply",
            ),
            (
                "L. Okafor",
                "Nov 19, 2025 11:47 AM",
                "Glad to see Coun. Fraser asking about access. My father uses a wheelchair and has never been able to watch his grandkids skate.",
                "Reply",
            ),
        ],
        cls="comment-item",
    )
    trending = "".join(
        f"<li><a>{e(x)}</a></li>"
        for x in [
            "OPP lay charges after late-night crash on County Road 3",
            "Snow squall warning in effect for the shoreline",
            "Local bakery wins provincial butter tart award",
        ]
    )
    related = teasers(
        [
            (
                "Arena ice time shortage leaves girls' team practising at 6 a.m.",
                "Coaches say the township's only arena is booked solid from October to March.",
            ),
            (
                "Harbourfront Park lights to be replaced with LEDs",
                "The township expects to save about $9,000 a year on hydro.",
            ),
        ],
        tag="h4",
        cls="related-item",
    )
    content = f"""<div class="header-top"><span>Lakeshore Township</span><span>-3°C</span><a>Newsletters</a><a>Contact Us</a></div>
<header class="header"><a class="logo">BayfieldBeacon.ca</a><nav><a>Local News</a><a>Sports</a><a>Obituaries</a><a>Events</a><a>Classifieds</a><a>Opinion</a></nav></header>
<div class="container"><main><article class="details">
<div class="details-category"><a>Local News</a></div>
<h1 class="details-title">{e(art["title"])}</h1>
<p class="details-subtitle">Council approves $86,000 to flood rinks at Harbourfront Park, Maple Grove and Cedar Point School</p>
<div class="details-byline">{e(art["author"])} <span>Nov 19, 2025 7:00 AM</span></div>
<div class="details-share"><a>Share on Facebook</a><a>Share on X</a><a>Email</a><a>Print</a></div>
<figure class="details-media"><img src="rink.jpg" alt=""><figcaption>Volunteers flood the Harbourfront Park rink last January. Priya Ramsaran/Bayfield Beacon</figcaption></figure>
<div id="details-body" itemprop="articleBody">{body}
{lji}</div>
<div class="newsletter-signup"><h3>Get local news in your inbox</h3><p>Sign up for the BayfieldBeacon.ca morning newsletter and start your day with what's happening in Lakeshore Township.</p><input placeholder="Email"><button>Sign Up</button></div>
<section id="comments" class="comments"><h3>Comments (3)</h3><p class="comments-guidelines">Comments are moderated. Please keep them respectful and on topic; read our community guidelines before posting.</p>{cmts}<a class="btn">Join the conversation</a></section>
</article></main>
<aside class="sidebar"><h3>Trending Now</h3><ol>{trending}</ol><h3>Related Stories</h3>{related}</aside></div>
<footer class="footer"><p>BayfieldBeacon.ca is an independent local news site serving Lakeshore Township and the surrounding area.</p><p>© 2025 Bayfield Beacon Media Inc.</p><a>About</a><a>Advertise</a><a>Privacy</a><a>Terms</a></footer>"""
    return page(
        art,
        "BayfieldBeacon.ca",
        "https://bayfieldbeacon.example/local-news/township-adds-two-outdoor-rinks-1234567",
        content,
        "en-CA",
    )


#: page name -> (article key, layout function)
LAYOUTS_H14 = {
    "h14-01-macedonian": ("h14_macedonian", macedonian),
    "h14-02-esperanto": ("h14_esperanto", esperanto),
    "h14-03-somali": ("h14_somali", somali),
    "h14-04-zulu": ("h14_zulu", zulu),
    "h14-05-cebuano": ("h14_cebuano", cebuano),
    "h14-06-luxembourgish": ("h14_luxembourgish", luxembourgish),
    "h14-07-publicradio": ("h14_publicradio", publicradio),
    "h14-08-australian": ("h14_australian", australian),
    "h14-09-canadian": ("h14_canadian", canadian),
}
