"""Layouts of the frozen held-out group "h9" of the extraction benchmark.

Written after the eighth round and *before* any change of the ninth round; never used
for tuning (docs/benchmarks-extraction.md). ``tests/test_read_bench.py`` pins a digest
of the generated files. Fictional pages in layouts and languages not used by h2-h8: a
Slovak regional paper with an in-read ad, an inline "Čítajte aj" card, an update note
in italics (article text), a newsletter box and "Najčítanejšie" teasers; a Slovenian
site whose subheadings are bold paragraphs, with photos and captions between the
paragraphs, an advertorial teaser and reader comments; a Latvian portal with an
"Uzziņa" fact box and a "Lasiet arī" line inside the body, an in-body list and a
"report a typo" line; an Icelandic news site whose body is a few paragraphs each holding
several paragraphs split by ``<br><br>``, with a weather widget and "Mest lesið"; a
Filipino (Tagalog) broadcaster page with "BASAHIN:" lines and ADVERTISEMENT labels as
paragraphs of the body and a sign-off line; a Malaysian WordPress-theme site with
"BACA JUGA" links, a Telegram box inside the post, an author box and a comment form; an
Irish-language site with teaser cards inside the body, a donation appeal and reader
comments; a Welsh site in a public-broadcaster layout (every paragraph in nested
text-block wrappers with generated class names) with a correction (article text); an
English nonprofit newsroom with an editor's note (article text), a donation box inside
the body, a hidden republishing dialog and a partnership credit.
"""

from __future__ import annotations

import html

from page_parts import teasers

e = html.escape


def paras(art, p="p", h="h2", between=None, wrap=None, ul="ul", start=0, stop=None):
    """The article's paragraphs; ``- `` items become one list, ``wrap`` wraps each block.

    ``h`` is a tag name, or a format string with one ``{}`` for the subheading text.
    """
    out: list[str] = []
    items: list[str] = []

    def flush():
        if items:
            out.append(f"<{ul}>" + "".join(f"<li>{e(x)}</li>" for x in items) + "</ul>")
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
<html lang="{lang}"><head><meta charset="utf-8"><title>{e(art["title"])} – {e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="{e(site)}">
<meta property="og:type" content="article">
<link rel="canonical" href="{url}">
<meta name="author" content="{e(art["author"])}">
<meta property="article:published_time" content="{art["date"]}T09:20:00+01:00">
{head}<script>var googletag=googletag||{{cmd:[]}};</script>
</head><body>
{content}
</body></html>
"""


def slovak(art):
    cookie = """<div id="cookie-bar"><p>Tento web používa na poskytovanie služieb, personalizáciu reklám a analýzu návštevnosti súbory cookies. Používaním tohto webu s tým súhlasíte.</p><button>Súhlasím</button><a>Nastavenia</a></div>"""
    ad = """<div class="ad-inread"><span class="ad-label">Reklama</span><div id="inread-1"></div></div>"""
    citajte = """<div class="read-also"><span>Čítajte aj</span><a href="/region/stadion"><img src="stadion.jpg" alt=""><strong>Zimný štadión dostane novú strechu, mesto vyberá dodávateľa</strong></a></div>"""
    body = paras(art, stop=len(art["paragraphs"]) - 1, between={2: ad, 5: citajte})
    note = f"<p><em>{e(art['paragraphs'][-1])}</em></p>"
    most = teasers(
        [
            (
                "Na obchvate sa zrazili tri autá, cesta bola dve hodiny zatvorená",
                "Polícia odkláňala dopravu cez centrum mesta, vodiči čakali v kolóne aj hodinu.",
            ),
            (
                "Vianočné trhy budú tento rok na Hlavnej ulici o týždeň dlhšie",
                "Mesto chce prilákať viac návštevníkov z okolitých obcí aj z Poľska.",
            ),
            (
                "Nemocnica hľadá detských lekárov, ponúka služobný byt",
                "Na detskom oddelení chýbajú traja lekári, pohotovosť preto funguje v obmedzenom režime.",
            ),
        ],
        cls="most-read-item",
    )
    content = f"""{cookie}
<div class="topbar"><span>Utorok 4. 11. 2025</span><span>Meniny má Karol</span><a>Predplatné</a><a>Prihlásiť sa</a></div>
<header class="header"><a class="logo">Ružovský denník</a><nav><ul><li><a>Správy</a></li><li><a>Región</a></li><li><a>Šport</a></li><li><a>Kultúra</a></li><li><a>Bývanie</a></li><li><a>Inzercia</a></li></ul></nav></header>
<main class="layout"><article class="article">
<nav class="breadcrumb"><a>Ružovský denník</a> / <a>Správy</a> / <a>Ružovce</a></nav>
<h1>{e(art["title"])}</h1>
<p class="perex">Mesto opravilo plaváreň z eurofondov, rodiny si za návštevu priplatia.</p>
<div class="article-meta"><span class="author">{e(art["author"])}</span><time datetime="{art["date"]}T11:20">4. nov 2025 o 11:20</time><span class="reading-time">Čas čítania 3 min</span></div>
<figure><img src="plavaren.jpg" alt=""><figcaption>Nový bazén v zrekonštruovanej plavárni. FOTO – MESTO RUŽOVCE</figcaption></figure>
<div class="article-body" itemprop="articleBody">{body}
{note}</div>
<div class="article-tags">Témy: <a>plaváreň</a> <a>Ružovce</a> <a>samospráva</a></div>
<div class="share"><span>Zdieľať</span><a>Facebook</a><a>X</a><a>E-mail</a><a>Kopírovať odkaz</a></div>
<a class="discussion-link">Diskusia (14)</a>
<div class="newsletter"><h3>Ranný prehľad</h3><p>Každé ráno o siedmej vám pošleme najdôležitejšie správy z Ružoviec a okolia. Prihlásiť sa môžete zadarmo.</p><input placeholder="Váš e-mail"><button>Odoberať</button></div>
</article>
<aside class="sidebar"><h2>Najčítanejšie</h2>{most}</aside></main>
<footer><p>© 2025 Ružovský denník, s. r. o. Všetky práva vyhradené.</p><a>Kontakt</a><a>Ochrana osobných údajov</a><a>Reklama</a></footer>"""
    return page(
        art, "Ružovský denník", "https://ruzovskydennik.example/spravy/plavaren", content, "sk"
    )


def slovenian(art):
    def photo(n, cap):
        return f'<figure class="article-photo"><img src="smrekovec-{n}.jpg" alt=""><figcaption>{e(cap)} Foto: Matej Kovačič</figcaption></figure>'

    preberite = """<div class="related-box"><p class="label">Preberite tudi</p><a><img src="koca.jpg" alt=""><span>Koča pod Smrekovcem bo letos odprta tudi ob ponedeljkih</span></a></div>"""
    advert = """<div class="promo"><span class="promo-label">Oglasno sporočilo</span><a><strong>Zimsko zavarovanje za vso družino</strong><p>Smučarska sezona se bliža. Preverite, ali ste dobro zavarovani, preden odidete na smučišče.</p></a></div>"""
    body = paras(
        art,
        h="<p><strong>{}</strong></p>",
        between={
            1: photo(1, "Gradbišče spodnje postaje nove sedežnice."),
            2: preberite,
            5: advert,
            7: photo(2, "Trasa bo potekala skozi gozd na severnem pobočju."),
        },
    )
    comments = "".join(
        f'<div class="comment"><span class="user">{e(u)}</span><span class="time">{t}</span><p>{e(x)}</p><span class="votes">+{v}</span></div>'
        for u, t, x, v in [
            (
                "smucar_lokava",
                "19. 8. 2025 ob 10:12",
                "Končno, na stari sedežnici smo pozimi zmrzovali petnajst minut. Upam, da ne bodo zdaj podražili vozovnic.",
                24,
            ),
            (
                "gozdar",
                "19. 8. 2025 ob 10:47",
                "Za divjega petelina se nihče ne zmeni, dokler ga ne bo več. Zakaj ne bi uporabili stare trase?",
                11,
            ),
            (
                "Mojca P.",
                "19. 8. 2025 ob 11:30",
                "Smučišče je edini razlog, da pozimi sploh kdo pride v naš kraj, zato je to dobra novica za vse.",
                17,
            ),
        ]
    )
    popular = "".join(
        f"<li><a>{e(x)}</a></li>"
        for x in [
            "Neurje s točo poškodovalo strehe v treh vaseh",
            "Na avtocesti pri Lokavi ta teden ponoči zaprt en pas",
            "Občina bo poleti uredila novo parkirišče pri jezeru",
        ]
    )
    content = f"""<div class="date-bar"><span>Torek, 19. 8. 2025</span><span>Lokava 21 °C</span></div>
<header class="site-header"><a class="logo">Koroški glas</a><nav><a>Novice</a><a>Regija</a><a>Šport</a><a>Kultura</a><a>Mnenja</a></nav><a class="login">Prijava</a></header>
<main><article>
<span class="rubric">Regija</span>
<h1>{e(art["title"])}</h1>
<p class="lead">Stara dvosedežnica ne izpolnjuje več varnostnih zahtev, naravovarstveniki opozarjajo na divjega petelina.</p>
<div class="meta"><span>Avtor: {e(art["author"])}</span><span>Objavljeno: 19. 8. 2025 ob 09:41</span></div>
{photo(0, "Spodnja postaja stare dvosedežnice na Smrekovcu.")}
<div class="article-text">{body}</div>
<div class="share"><span>Deli članek</span><a>Facebook</a><a>X</a><a>E-pošta</a></div>
<section class="comments"><h3>Komentarji (3)</h3>{comments}<p class="rules">Pred objavo komentarja preberite pravila komentiranja.</p></section>
</article>
<aside><h3>Najbolj brano</h3><ol>{popular}</ol></aside></main>
<footer><p>Koroški glas d.o.o. · Vse pravice pridržane.</p><a>Impresum</a><a>Piškotki</a></footer>"""
    return page(art, "Koroški glas", "https://koroskiglas.example/regija/smrekovec", content, "sl")


def latvian(art):
    uzzina = """<aside class="infobox"><h4>Uzziņa</h4><p>Ziemeļkalnes novadā pašlaik ir 14 vispārizglītojošās skolas, kurās mācās 2130 skolēnu.</p><p>Pēdējo desmit gadu laikā novadā slēgtas jau piecas skolas.</p></aside>"""
    lasiet = '<p class="article__paragraph"><strong>Lasiet arī:</strong> <a>Skolotāju algas no septembra pieaugs par 8%</a></p>'
    ad = '<div class="banner"><small>Reklāma</small><div id="adoceanlv"></div></div>'
    body = paras(
        art,
        p='p class="article__paragraph"',
        h='<h2 class="article__subtitle">{}</h2>',
        ul='ul class="article__list"',
        between={1: uzzina, 3: lasiet, 9: ad},
    )
    popular = teasers(
        [
            (
                "Autobusu kustības grafikā no aprīļa būs izmaiņas",
                "Vairākos reisos mainīsies atiešanas laiks, un daži reisi svētdienās tiks atcelti.",
            ),
            (
                "Pie Liepkalnu ezera atklās jaunu peldvietu",
                "Pašvaldība ierīkos laipu, ģērbtuves un bērnu rotaļu laukumu.",
            ),
        ],
        tag="h4",
        cls="popular-item",
    )
    content = f"""<header class="header"><a class="logo">Ziemeļkalnes Vēstis</a><nav><a>Ziņas</a><a>Novadā</a><a>Sports</a><a>Kultūra</a><a>Viedokļi</a></nav><a>Abonēt</a></header>
<main><article class="article">
<h1 class="article__headline">{e(art["title"])}</h1>
<div class="article__meta"><span>{e(art["author"])}</span><span>12. marts, 2025 16:05</span></div>
<figure><img src="skola.jpg" alt=""><figcaption>Foto: Ziemeļkalnes novada pašvaldība</figcaption></figure>
<div class="article__text">{body}
<p class="error-report">Ja pamanījāt kļūdu, iezīmējiet tekstu un nospiediet Ctrl+Enter.</p></div>
<div class="article__tags">Tēmas: <a>izglītība</a> <a>skolas</a> <a>Ziemeļkalnes novads</a></div>
<div class="share"><span>Dalīties</span><a>Facebook</a><a>X</a><a>WhatsApp</a></div>
<a class="comments-link">Komentāri (21)</a>
</article>
<aside class="popular"><h3>Populārākie</h3>{popular}</aside></main>
<footer><p>© SIA „Ziemeļkalnes Vēstis“, 2025. Materiālu pārpublicēšana bez atļaujas aizliegta.</p></footer>"""
    return page(art, "Ziemeļkalnes Vēstis", "https://zvestis.example/zinas/skolas", content, "lv")


def icelandic(art):
    ps = [e(x) for x in art["paragraphs"]]
    heading = art["paragraphs"][3][3:]
    body = f"""<p>{ps[0]}<br><br>{ps[1]}<br><br>{ps[2]}</p>
<h3>{e(heading)}</h3>
<p>{ps[4]}<br><br>{ps[5]}</p>
<div class="augl"><span>Auglýsing</span><div id="augl-mid"></div></div>
<p>{ps[6]}<br><br>{ps[7]}</p>"""
    most = "".join(
        f"<li><span>{i}</span><a>{e(x)}</a></li>"
        for i, x in enumerate(
            [
                "Ófært yfir Steingrímsfjarðarheiði vegna snjókomu",
                "Tveir fluttir á sjúkrahús eftir árekstur",
                "Verð á fiskmörkuðum hækkaði í vikunni",
                "Nýr skólastjóri ráðinn við grunnskólann",
            ],
            1,
        )
    )
    more = "".join(
        f"<li><time>{t}</time><a>{e(x)}</a></li>"
        for t, x in [
            ("15:48", "Hafnarframkvæmdum lokið fyrir veturinn"),
            ("14:20", "Björgunarsveitin kölluð út vegna göngumanns"),
        ]
    )
    content = f"""<div class="top"><span class="weather">Fjarðarvík 3°</span><a>Áskrift</a><a>Innskráning</a></div>
<header><a class="logo">Vestfréttir</a><nav><a>Innlent</a><a>Erlent</a><a>Íþróttir</a><a>Viðskipti</a><a>Fólkið</a></nav></header>
<div class="wrap"><main><div class="frett">
<div class="flokkur">Innlent</div>
<h1>{e(art["title"])}</h1>
<div class="hofundur">{e(art["author"])} | 21.10.2025 | 14:02 | Uppfært 15:30</div>
<div class="mynd"><img src="borhola.jpg" alt=""><p class="myndatexti">Borholan er skammt ofan við bæinn. Ljósmynd/Orkubú Fjarðarvíkur</p></div>
<div class="meginmal">{body}</div>
<div class="deila"><a>Deila</a><a>Facebook</a><a>Senda</a></div>
</div></main>
<aside><div class="mest-lesid"><h3>Mest lesið</h3><ol>{most}</ol></div>
<div class="fleiri"><h3>Fleiri fréttir</h3><ul>{more}</ul></div></aside></div>
<footer><p>Vestfréttir ehf. · Aðalstræti 12 · Ritstjórn: ritstjorn@vestfrettir.example</p></footer>"""
    return page(art, "Vestfréttir", "https://vestfrettir.example/innlent/heitt-vatn", content, "is")


def tagalog(art):
    basahin = "<p><strong>BASAHIN:</strong> <a>{}</a></p>"
    adv = "<p>ADVERTISEMENT</p>"
    body = paras(
        art,
        h="<h3>{}</h3>",
        between={
            1: basahin.format("Pamasahe sa tricycle sa Santa Lucia, itinaas sa ₱20"),
            4: adv,
            6: basahin.format("DOTr: Modernisasyon ng jeep sa probinsya, tuloy"),
            7: adv,
        },
    )
    signoff = f"<p>{e(art['credits'][0])}</p>"
    related = teasers(
        [
            (
                "Bagong palengke ng Santa Lucia, bubuksan na sa Agosto",
                "Mahigit 300 puwesto ang ilalaan para sa mga dating tindero ng lumang palengke.",
            ),
            (
                "Klase sa ilang paaralan, sinuspinde dahil sa baha",
                "Inanunsyo ng lokal na pamahalaan ang suspensyon matapos ang malakas na ulan magdamag.",
            ),
        ],
        tag="h4",
        cls="related-card",
    )
    content = f"""<header class="main-header"><a class="logo">Balitang Bayan</a><nav><a>Balita</a><a>Probinsya</a><a>Showbiz</a><a>Sports</a><a>Panoorin</a></nav><a class="live">LIVE</a></header>
<div class="leaderboard"><span>ADVERTISEMENT</span></div>
<main><div class="story"><p class="kicker">PROBINSYA</p>
<h1>{e(art["title"])}</h1>
<div class="byline">Ni {e(art["author"])}, Balitang Bayan<br><span>Inilathala Hulyo 14, 2025 4:35pm</span></div>
<div class="share-top"><a>I-share</a><a>Facebook</a><a>X</a><a>Viber</a></div>
<div class="video"><div class="player"></div><p>Panoorin ang ulat ni Carlo Villanueva sa Balitang Bayan Ngayon.</p></div>
<div class="story_main">{body}
{signoff}</div>
<div class="follow"><p>I-follow ang Balitang Bayan sa Facebook, TikTok at YouTube para sa pinakabagong balita.</p></div>
<div class="tags">Mga Tag: <a>e-jeep</a> <a>Santa Lucia</a> <a>transportasyon</a></div>
<div class="comments"><h3>Mga Komento</h3><p>Ang mga komento ay sariling opinyon ng mga mambabasa at hindi ng Balitang Bayan.</p><button>Mag-login para magkomento</button></div>
<section class="related"><h2>Mga Kaugnay na Balita</h2>{related}</section>
</div></main>
<footer><p>© 2025 Balitang Bayan Network. Lahat ng karapatan ay nakalaan.</p><a>Tungkol sa Amin</a><a>Patakaran sa Privacy</a></footer>"""
    return page(
        art, "Balitang Bayan", "https://balitangbayan.example/probinsya/e-jeep", content, "tl"
    )


def malay(art):
    baca = "<p><strong>BACA JUGA: <a>{}</a></strong></p>"
    telegram = """<div class="telegram-cta"><p>Sertai saluran Telegram kami untuk berita terkini setiap hari.</p><a class="btn">Sertai Sekarang</a></div>"""
    body = paras(
        art,
        h="<h3>{}</h3>",
        between={
            2: baca.format("Amaran ribut petir di lima negeri hingga petang ini"),
            3: telegram,
            9: baca.format("JPS pantau 12 stesen paras air sungai di utara"),
        },
    )
    signoff = f"<p>{e(art['credits'][0])}</p>"
    related = "".join(
        f'<div class="td_module_related_posts"><div class="td-module-thumb"><img src="r{i}.jpg" alt=""></div><h3 class="entry-title"><a>{e(t)}</a></h3></div>'
        for i, t in enumerate(
            [
                "Mangsa banjir di Kampung Tualang dibenar pulang",
                "Bantuan RM1,000 untuk ketua isi rumah terjejas banjir",
                "Sekolah dijadikan pusat pemindahan, PdP ditangguhkan",
            ]
        )
    )
    content = f"""<div class="td-header-top"><span>Khamis, November 20, 2025</span><a>Hubungi Kami</a><a>Iklan</a></div>
<header class="td-header"><a class="td-logo">Warta Semenanjung</a><ul class="sf-menu"><li>Berita</li><li>Semasa</li><li>Politik</li><li>Sukan</li><li>Hiburan</li><li>Video</li></ul></header>
<div class="td-main-content-wrap"><article class="post type-post">
<div class="td-post-header"><ul class="td-category"><li><a>Semasa</a></li></ul>
<h1 class="entry-title">{e(art["title"])}</h1>
<div class="td-module-meta-info"><span class="td-post-author-name">Oleh <a>{e(art["author"])}</a></span> - <time class="entry-date">November 20, 2025</time><span class="td-post-views">1,284</span></div></div>
<div class="td-post-sharing-top"><a>Kongsi di Facebook</a><a>Kongsi di WhatsApp</a><a>Tweet</a></div>
<div class="td-post-featured-image"><img src="siren.jpg" alt=""><span class="wp-caption-text">Siren amaran banjir yang dipasang di Kampung Tebing. – Gambar fail</span></div>
<div class="td-post-content tagdiv-type">{body}
{signoff}</div>
<div class="td-post-source-tags"><ul class="td-tags"><li><span>TAG</span></li><li><a>banjir</a></li><li><a>Sungai Pelangi</a></li><li><a>monsun</a></li></ul></div>
<div class="td-author-by-author"><div class="td-author-name">{e(art["author"])}</div><div class="td-author-description">Wartawan Warta Semenanjung yang membuat liputan berita semasa dan alam sekitar di pantai timur sejak 2018.</div></div>
<div class="td_block_related_posts"><h4 class="td-related-title">ARTIKEL BERKAITAN</h4>{related}</div>
<div id="respond" class="comment-respond"><h3 class="comment-reply-title">TINGGALKAN BALASAN</h3><p class="comment-notes">Alamat e-mel anda tidak akan disiarkan.</p><textarea placeholder="Komen:"></textarea><input placeholder="Nama:*"><input placeholder="E-mel:*"><button>Hantar Komen</button></div>
</article></div>
<footer class="td-footer"><p>© Hak Cipta Terpelihara 2025 Warta Semenanjung</p><a>Dasar Privasi</a><a>Terma Penggunaan</a></footer>"""
    return page(
        art,
        "Warta Semenanjung",
        "https://wartasemenanjung.example/semasa/siren-banjir",
        content,
        "ms",
    )


def irish(art):
    def card(t, d):
        return f'<div class="leigh-freisin"><span>Léigh freisin</span><a><img src="c.jpg" alt=""><h4>{e(t)}</h4></a><p>{e(d)}</p></div>'

    body = paras(
        art,
        between={
            2: card(
                "Scoil nua don oileán faoi 2027",
                "Tá cead pleanála faighte do scoil náisiúnta nua a mbeidh áit do 40 dalta inti.",
            ),
            6: card(
                "Praghsanna tithíochta sa Ghaeltacht ag ardú arís",
                "Tá meánphraghas tí sna ceantair Ghaeltachta ardaithe 11% le bliain anuas.",
            ),
        },
    )
    comments = "".join(
        f'<li class="comment"><div class="comment-author"><b>{e(n)}</b> <span>{d}</span></div><p>{e(t)}</p><a>Freagair</a></li>'
        for n, d, t in [
            (
                "Máire Ní Chonghaile",
                "3 Meán Fómhair 2025 ag 11:05",
                "Is maith an scéal é seo, ach caithfear a chinntiú go mbeidh an bád ag imeacht in am sa gheimhreadh freisin.",
            ),
            (
                "Pádraig",
                "3 Meán Fómhair 2025 ag 13:40",
                "Cúig bliana a bhíomar ag fanacht air seo. Tá súil agam nach n-ardófar na praghsanna mar a tharla cheana.",
            ),
        ]
    )
    content = f"""<header class="site-header"><a class="logo">Nuacht an Iarthair</a><nav><a>Nuacht</a><a>Gaeltacht</a><a>Spórt</a><a>Tuairim</a><a>Cultúr</a></nav><a class="donate">Tacaigh linn</a></header>
<main><article class="post">
<div class="category"><a>Gaeltacht</a></div>
<h1 class="entry-title">{e(art["title"])}</h1>
<div class="entry-meta">le <a>{e(art["author"])}</a> · 3 Meán Fómhair 2025</div>
<figure class="wp-block-image"><img src="bad.jpg" alt=""><figcaption>Cé Inis Fraoigh. Grianghraf: Nuacht an Iarthair</figcaption></figure>
<div class="entry-content">{body}</div>
<div class="share"><span>Roinn an t-alt seo</span><a>Facebook</a><a>X</a><a>Ríomhphost</a></div>
<div class="tags">Clibeanna: <a>oileáin</a> <a>farantóireacht</a> <a>Gaeltacht</a></div>
<div class="author-bio"><h4>Faoin údar</h4><p>Is iriseoir í Caitríona Ní Bhriain a chlúdaíonn cúrsaí na n-oileán agus na Gaeltachta do Nuacht an Iarthair.</p></div>
<div class="support-box"><h3>Tacaigh le hiriseoireacht Ghaeilge</h3><p>Tá Nuacht an Iarthair saor in aisce do gach léitheoir. Má thaitníonn ár gcuid oibre leat, smaoinigh ar thacaíocht bheag mhíosúil a thabhairt dúinn.</p><a>Tacaigh anois</a></div>
<section id="comments"><h3>2 thuairim</h3><ol>{comments}</ol><h3>Fág freagra</h3><textarea></textarea></section>
</article>
<aside><h3>Is mó a léadh</h3><ol><li><a>Dúnadh an bóthar go Ros an Mhíl de bharr tuile</a></li><li><a>Comórtas amhránaíochta ar an sean-nós ag filleadh</a></li><li><a>Foireann peile an chontae ainmnithe</a></li></ol></aside></main>
<footer><p>Tá Nuacht an Iarthair maoinithe ag Ciste na Meán Gaeilge. © 2025</p><a>Príobháideachas</a><a>Teagmháil</a></footer>"""
    return page(
        art,
        "Nuacht an Iarthair",
        "https://nuachtaniarthair.example/gaeltacht/bad-nua",
        content,
        "ga",
    )


def welsh(art):
    text = (
        '<div data-component="text-block" class="ssrcss-11r1m41-RichTextComponentWrapper ep2nwvo0">'
        '<div class="ssrcss-7uxr49-RichTextContainer e5tfeyi1">{}</div></div>'
    )
    sub = (
        '<div data-component="subheadline-block" class="ssrcss-1mjp6tz-ComponentWrapper ep2nwvo0">'
        '<h2 class="ssrcss-y4l7u4-StyledHeading e10rt3ze0">{}</h2></div>'
    )
    links = """<div data-component="links-block" class="ssrcss-1mjp6tz-ComponentWrapper ep2nwvo0"><p class="ssrcss-1q0x1qg-Paragraph"><b>Darllenwch fwy:</b></p><ul class="ssrcss-1x6tjbm-Stack"><li><a>Tafarn gymunedol gyntaf Môn yn dathlu pum mlynedd</a></li><li><a>Pryder am ddyfodol swyddfeydd post gwledig</a></li></ul></div>"""
    blocks = []
    for i, para in enumerate(art["paragraphs"]):
        if para.startswith("## "):
            blocks.append(sub.format(e(para[3:])))
        else:
            blocks.append(
                text.format(f'<p class="ssrcss-1q0x1qg-Paragraph e1jhz7w10">{e(para)}</p>')
            )
        if i == 3:
            blocks.append(links)
    more = teasers(
        [
            (
                "Cynllun i ailagor hen reilffordd yn y gogledd",
                "Mae grŵp lleol yn gobeithio codi arian i astudio a fyddai'n bosib rhedeg trenau eto.",
            ),
            (
                "Ysgol gynradd yn dathlu canmlwyddiant",
                "Daeth cyn-ddisgyblion o bob cwr o'r byd i'r dathliadau ddydd Sadwrn.",
            ),
        ],
        cls="ssrcss-promo",
    )
    content = f"""<div id="cookie-banner"><p>Rydym yn defnyddio cwcis i wella'ch profiad o'r wefan. / We use cookies to improve your experience of the site.</p><button>Derbyn / Accept</button><button>Gwrthod / Reject</button></div>
<header class="ssrcss-header"><a class="logo">Newyddion y Fro</a><nav><a>Hafan</a><a>Newyddion</a><a>Chwaraeon</a><a>Gwleidyddiaeth</a></nav><a lang="en">English</a></header>
<main id="main-content"><article class="ssrcss-pv1rh6-ArticleWrapper">
<header class="ssrcss-1eqcsb1-HeadingWrapper"><h1 id="main-heading">{e(art["title"])}</h1></header>
<div data-component="byline-block" class="ssrcss-byline"><span>Gan {e(art["author"])}</span><span>Gohebydd y Gogledd</span><time datetime="{art["date"]}">11 Mawrth 2025</time></div>
<div class="ssrcss-share"><a>Rhannu</a></div>
<div data-component="image-block"><figure><img src="siop.jpg" alt=""><figcaption>Mae'r siop wedi bod yng nghanol y pentref ers dros ganrif. Llun: Menter Siop Llanfair</figcaption></figure></div>
{"".join(blocks)}
<div data-component="topic-list" class="ssrcss-topics"><h2>Pynciau cysylltiedig</h2><ul><li><a>Cymunedau</a></li><li><a>Busnes</a></li></ul></div>
</article>
<section class="ssrcss-more"><h2>Mwy o straeon</h2>{more}</section>
<div class="newsletter"><h3>Cofrestrwch i'n cylchlythyr</h3><p>Cewch brif straeon y dydd yn syth i'ch mewnflwch bob bore.</p><button>Cofrestru</button></div>
</main>
<footer><p>© 2025 Newyddion y Fro. Nid yw Newyddion y Fro yn gyfrifol am gynnwys safleoedd allanol.</p><a>Amodau defnyddio</a><a>Polisi preifatrwydd</a></footer>"""
    return page(
        art, "Newyddion y Fro", "https://newyddionyfro.example/newyddion/siop", content, "cy"
    )


def nonprofit(art):
    note = f"<p><em>{e(art['paragraphs'][0])}</em></p>"
    donate = """<div class="donation-inline"><h4>Support independent local reporting</h4><p>The Valley Ledger is a nonprofit newsroom. Our stories are free to read because readers like you chip in. Become a member today for as little as $5 a month.</p><a class="button">Donate now</a></div>"""
    body = paras(art, start=1, between={3: donate})
    credit = f'<p class="partner-credit"><em>{e(art["credits"][0])}</em></p>'
    republish = """<button class="republish-button">Republish this story</button>
<div class="republish-modal" role="dialog" style="display:none"><h3>Republish this article</h3><p>This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License. You can republish it for free, in print or online, as long as you credit the Valley Ledger and do not edit the text except to reflect relative time, location and style.</p><textarea readonly>&lt;h1&gt;Clinic closures leave rural patients driving hours for dialysis&lt;/h1&gt;</textarea><button>Copy to clipboard</button></div>"""
    related = teasers(
        [
            (
                "Northern valley hospitals lean on traveling nurses as staff leave",
                "The first part of our series found that one in four nursing jobs at the region's hospitals is filled by temporary staff.",
            ),
            (
                "County ambulance response times have doubled since 2019",
                "Records show that ambulances now take more than 30 minutes to reach some addresses in the hills.",
            ),
        ],
        tag="h4",
        cls="related-story",
    )
    content = f"""<a class="skip" href="#main">Skip to content</a>
<header class="site-header"><a class="logo">The Valley Ledger</a><nav><a>News</a><a>Health</a><a>Environment</a><a>Series</a><a>About</a></nav><a class="donate-button">Donate</a><a>Newsletters</a></header>
<main id="main"><article class="story">
<p class="series-label">Far From Care · Part 2</p>
<h1 class="story-title">{e(art["title"])}</h1>
<p class="story-dek">Four clinics have closed in two years. Patients now spend much of their week on the road.</p>
<div class="byline">by <a>{e(art["author"])}</a> <time>June 24, 2025</time></div>
<div class="share"><a>Share on Facebook</a><a>Share on Bluesky</a><a>Email</a>{republish}</div>
<figure><img src="price.jpg" alt=""><figcaption>Edna Price waits for her son outside the regional hospital in Fort Ames. (Sam Ortiz for the Valley Ledger)</figcaption></figure>
<div class="entry-content">{note}
{body}
{credit}</div>
<div class="author-bio"><img src="whitfield.jpg" alt=""><p><strong>{e(art["author"])}</strong> covers health care for the Valley Ledger. She previously worked as a reporter in Fort Ames for eight years. Contact her at dwhitfield@valleyledger.example.</p></div>
<div class="newsletter-signup"><h3>Get the Ledger in your inbox</h3><p>Our free weekly newsletter brings you the valley's most important stories every Friday morning.</p><input placeholder="Email address"><button>Subscribe</button></div>
<section class="related"><h3>More from this series</h3>{related}</section>
</article></main>
<footer><p>The Valley Ledger is a nonprofit, nonpartisan newsroom. Donations are tax-deductible to the full extent of the law.</p><p>© 2025 The Valley Ledger. Stories are published under a Creative Commons license.</p><a>Ethics policy</a><a>Corrections</a><a>Privacy</a></footer>"""
    return page(
        art,
        "The Valley Ledger",
        "https://valleyledger.example/2025/06/24/dialysis-closures/",
        content,
        "en",
    )


#: page name -> (article key, layout function)
LAYOUTS_H9 = {
    "h9-01-slovak": ("h9_slovak", slovak),
    "h9-02-slovenian": ("h9_slovenian", slovenian),
    "h9-03-latvian": ("h9_latvian", latvian),
    "h9-04-icelandic": ("h9_icelandic", icelandic),
    "h9-05-tagalog": ("h9_tagalog", tagalog),
    "h9-06-malay": ("h9_malay", malay),
    "h9-07-irish": ("h9_irish", irish),
    "h9-08-welsh": ("h9_welsh", welsh),
    "h9-09-nonprofit": ("h9_nonprofit", nonprofit),
}
