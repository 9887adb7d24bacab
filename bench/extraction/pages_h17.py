"""Layouts of the frozen held-out group "h17" of the extraction benchmark.

Written after the thirteenth round, at the start of the fourteenth (its first change,
587c1bd, was committed while these pages were being written and was made without them),
by someone other than the person tuning the reader and without reading the reader's
cleaning rules or its output on these pages; never used for tuning
(docs/benchmarks-extraction.md). ``tests/test_read_bench.py`` pins a digest of the
generated files. Fictional pages in layouts and languages not used by h2-h16: a
Kinyarwanda regional site on TYPO3 whose body is a run of content elements (text, image,
"read also", an ad and a fact box written as sentences), with a correction (article
text) and reader comments; a Kazakh (Latin) portal whose paragraphs are numbered
``<div>``s, with a bold lead, an in-body list, a "read also" card, a video block with a
sentence and an ad inside the body, a source line, reader comments and a newsletter box;
an English science magazine on Webflow whose body is two rich-text blocks with a figure
inside and a "key terms" box written as sentences between them, a study reference, an
author bio and a membership appeal; an Uzbek (Latin) news agency portal with a quote as
a ``<blockquote>`` (article text), an in-body list, a "related" line, an ad and a
Telegram prompt in bold inside the body; a Kurdish (Kurmanji) arts review on Medium
(generated class names on every paragraph, a rating line, an editor's note in italics as
article text, claps, author card, "More from" teasers); a Ghanaian English portal in an
old CMS that wraps every paragraph in ``<font>`` tags, with a ticker, centred photo
caption, a "READ ALSO" line, an ad and a WhatsApp prompt inside the body, a comments
disclaimer and comments; a US TV station's story in plain ``<p>``s with a video caption,
"RELATED:" lines, an ad, an editor's note in italics (article text), an app prompt in
italics and a copyright line inside the body; a Fijian English daily on the Divi page
builder whose body is split into text modules by an image module, an ad code module and
a "how to help" box written as sentences, with reader comments; and a football club's
match report on a static site with a score header, scorers, line-ups, a
player-of-the-match box with a sentence, a match sponsor, a shop promo and a
next-fixture card.
"""

from __future__ import annotations

import html

from page_parts import lis, paras

e = html.escape


def page(art, site, url, content, lang, head=""):
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{e(art["title"])} | {e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="{e(site)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(art["title"])}">
<link rel="canonical" href="{url}">
<meta name="author" content="{e(art["author"])}">
<meta property="article:published_time" content="{art["date"]}T10:20:00+00:00">
{head}<script>window.__cfg={{"ads":1}};</script>
</head><body>
{content}
</body></html>
"""


def kinyarwanda(art):
    """TYPO3: the body is a run of content elements (frames), a few paragraphs each."""
    ps = art["paragraphs"]

    def frame(uid, inner, ctype="text", extra=""):
        return f'<div id="c{uid}" class="frame frame-default frame-type-{ctype} frame-layout-0{extra}"><a id="c{uid + 1000}"></a>{inner}</div>'

    def text(chunk, header=None):
        head = f'<header><h2 class="">{e(header)}</h2></header>' if header else ""
        bt = "".join(f'<p class="bodytext">{e(x)}</p>' for x in chunk)
        return f'{head}<div class="ce-bodytext">{bt}</div>'

    image = '<div class="ce-image ce-center ce-above"><div class="ce-gallery"><figure class="image"><img class="image-embed-item" src="/fileadmin/user_upload/isoko-musanze.jpg" alt=""><figcaption class="image-caption">Isoko rishya rya Musanze ryubatswe mu myaka ibiri. Ifoto: Amakuru y\'Amajyaruguru</figcaption></figure></div></div>'
    soma = '<div class="ce-bodytext"><p class="bodytext"><b>Soma nanone:</b> <a href="/amakuru/musanze-umuhanda">Umuhanda Musanze-Cyanika uzatangira gusanwa muri Nyakanga</a></p></div>'
    ad = '<div class="tx-adserver"><span class="ad-label">Kwamamaza</span><div id="adzone-7"></div></div>'
    box = '<div class="ce-bodytext infobox"><p class="bodytext"><b>Isoko mu mibare</b></p><p class="bodytext">Isoko ryubatswe ku buso bwa metero kare 9 000. Ryatwaye miliyari 4,5 z\'amafaranga y\'u Rwanda.</p></div>'
    body = "\n".join(
        [
            frame(101, text(ps[0:2])),
            frame(102, image, "image"),
            frame(103, text(ps[2:3])),
            frame(104, soma, "text", " frame-related"),
            frame(105, text(ps[4:7], ps[3][3:])),
            frame(106, ad, "list", " frame-ad"),
            frame(107, box, "text", " frame-ruler-before"),
            frame(108, text(ps[8:10], ps[7][3:])),
            frame(109, text(ps[10:])),
        ]
    )
    comments = "".join(
        f'<li class="tx-comments-item"><p class="tx-comments-author">{e(n)} <span>{d}</span></p><p>{e(t)}</p><a>Subiza</a></li>'
        for n, d, t in [
            (
                "Habimana",
                "12/05/2025 18:04",
                "Ni byiza ko isoko ryuzuye, ariko ibiciro by'ibibanza bigomba kugabanywa kugira ngo abacuruzi bato nabo babone umwanya.",
            ),
            (
                "Uwase Diane",
                "12/05/2025 20:31",
                "Ahantu ho kwita ku bana ni igitekerezo cyiza cyane, ababyeyi benshi bajyanaga abana babo ku isoko.",
            ),
        ]
    )
    content = f"""<div class="cookie-consent"><p>Uru rubuga rukoresha cookies kugira ngo rubahe serivisi nziza. Nimukomeza kurusura muba mubyemeye.</p><button>Ndabyemeye</button></div>
<header class="page-header"><a class="brand" href="/">Amakuru y'Amajyaruguru</a>
<nav class="navbar"><ul><li><a>Ahabanza</a></li><li><a>Amakuru</a></li><li><a>Ubukungu</a></li><li><a>Imikino</a></li><li><a>Imyidagaduro</a></li><li><a>Twandikire</a></li></ul></nav></header>
<ol class="breadcrumb"><li><a>Ahabanza</a></li><li><a>Amakuru</a></li><li>Musanze</li></ol>
<main id="content"><div class="news news-single"><div class="article" itemscope itemtype="http://schema.org/Article">
<div class="header"><h1 itemprop="headline">{e(art["title"])}</h1></div>
<div class="extra"><span class="news-list-author">Yanditswe na {e(art["author"])}</span> <time datetime="{art["date"]}">12/05/2025 - 16:40</time> <span class="news-list-category">Ubukungu</span></div>
<div class="news-text-wrap" itemprop="articleBody">
{body}
</div>
<div class="news-related-wrap"><div class="social"><span>Sangiza abandi:</span><a>Facebook</a><a>X</a><a>WhatsApp</a></div>
<div class="news-related news-related-news"><h4>Inkuru bijyanye</h4><ul>
<li><a>Rubavu: Abacuruzi b'amafi bahawe ubwato bushya</a><p>Koperative y'abarobyi b'i Rubavu yahawe amato atatu mashya azabafasha kongera umusaruro.</p></li>
<li><a>Burera: Umuhanda mushya uzoroshya ubuhahirane</a><p>Umuhanda w'ibilometero 18 uzahuza imirenge ine y'Akarere ka Burera n'umujyi wa Musanze.</p></li></ul></div></div>
</div></div>
<section class="tx-comments"><h3>Ibitekerezo (2)</h3><ul>{comments}</ul><p class="tx-comments-note">Ibitekerezo bitangwa n'abasomyi ntibigaragaza uko ikinyamakuru kibona ibintu.</p><form><textarea placeholder="Tanga igitekerezo"></textarea><button>Ohereza</button></form></section>
<aside class="most-read"><h3>Izisomwe cyane</h3><ol>{lis(["Imvura nyinshi yangije imyaka mu Kinigi", "Musanze FC yatsinze Rayon Sports 2-1", "Abanyeshuri 400 basoje amasomo y'ubukerarugendo"])}</ol></aside></main>
<footer class="page-footer"><p>&copy; 2025 Amakuru y'Amajyaruguru. Uburenganzira bwose burabitswe.</p><ul><li><a>Abo turi bo</a></li><li><a>Amabwiriza</a></li><li><a>Kwamamaza</a></li></ul></footer>"""
    return page(
        art,
        "Amakuru y'Amajyaruguru",
        "https://amajyaruguru.example/amakuru/musanze-isoko-rishya",
        content,
        "rw",
    )


def kazakh(art):
    """Portal whose paragraphs are numbered ``<div>``s, each holding one ``<p>``."""
    ps = art["paragraphs"]
    out = []
    n = 0
    items: list[str] = []
    inserts = {
        1: '<div class="art_insert art_insert--read"><span class="art_insert__label">OQYÑYZ:</span><a href="/kz/news/metro-jana-beket"><img src="/i/metro.jpg" alt=""><span>Almaty metrosynyñ jaña beketı jeltoqsanda aşylady</span></a></div>',
        3: '<div class="art_insert art_insert--video"><div class="player" data-src="/video/velojol.mp4"></div><p class="art_insert__caption">Velojoldyñ alğaşqy bölıgı osylai körınedı. Beinejazbany qarañyz.</p></div>',
        8: '<div class="art_insert art_insert--ad"><span>JARNAMA</span><div id="adfox_1712"></div></div>',
    }
    for i, para in enumerate(ps):
        if para.startswith("- "):
            items.append(para[2:])
        else:
            if items:
                n += 1
                out.append(
                    f'<div class="art_paragraph" data-nr="{n}"><ul class="art_list">'
                    + "".join(f"<li>{e(x)}</li>" for x in items)
                    + "</ul></div>"
                )
                items = []
            n += 1
            text = f"<strong>{e(para)}</strong>" if i == 0 else e(para)
            out.append(f'<div class="art_paragraph" data-nr="{n}"><p>{text}</p></div>')
        if i in inserts:
            out.append(inserts[i])
    body = "\n".join(out)
    comments = "".join(
        f'<div class="cmt"><div class="cmt__head"><b>{e(n)}</b><time>{t}</time></div><div class="cmt__text">{e(x)}</div><div class="cmt__act"><a>Jauap beru</a><span>+{k}</span></div></div>'
        for n, t, x, k in [
            (
                "Erlan_A",
                "21.07.2025 11:02",
                "Men künde velosipedpen jūmysqa baramyn, sondyqtan būl jañalyq meni qatty quantty.",
                14,
            ),
            (
                "Gulnar",
                "21.07.2025 12:40",
                "Qysta velojoldardy kım tazalaidy? Osy sūraqqa äkımdık jauap bermedı.",
                9,
            ),
        ]
    )
    content = f"""<div class="topbar"><span>Almaty +31°</span><span>USD 478,20</span><span>EUR 556,10</span><a>Qazaqşa</a><a>Русский</a></div>
<header class="hdr"><a class="hdr__logo" href="/">Qala Jañalyqtary</a><nav class="hdr__nav"><a>Basty</a><a>Qala</a><a>Ekonomika</a><a>Sport</a><a>Mädeniet</a><a>Videolar</a></nav><a class="hdr__search">Izdeu</a></header>
<main class="layout"><article class="art">
<div class="art_rubric"><a>Qala</a></div>
<h1 class="art_title">{e(art["title"])}</h1>
<div class="art_meta"><span class="art_author">{e(art["author"])}</span><time datetime="{art["date"]}">21 şılde 2025, 10:15</time><span class="art_views">2 318</span></div>
<figure class="art_cover"><img src="/i/velojol.jpg" alt=""><figcaption>Abai dañğylyndağy jaña velojol. Suret: Qala Jañalyqtary</figcaption></figure>
<div class="art_body">
{body}
</div>
<p class="art_source">{e(art["credits"][0])}</p>
<div class="art_tags"><span>Tegter:</span><a>Almaty</a><a>velosiped</a><a>äkımdık</a></div>
<div class="art_share"><span>Bölısu:</span><a>Facebook</a><a>Telegram</a><a>WhatsApp</a><a>VK</a></div>
</article>
<section class="comments"><h3>Pıkırler (2)</h3>{comments}<p class="comments__rules">Pıkır qaldyru üşın tırkelıñız. Redaksiia balağat sözderı bar pıkırlerdı öşıredı.</p></section>
<div class="subscribe"><h4>Jañalyqtardan qalyp qoimañyz</h4><p>Künıne bır ret eñ mañyzdy jañalyqtardy poştañyzğa jıberemız.</p><input placeholder="E-mail"><button>Jazylu</button></div>
<aside class="popular"><h3>Köp oqylğan</h3><ul>{lis(["Almatyda jol aqysy özgeredı", "Medeu muz aidyny erte jabylady", "Qala ortalyğynda jaña saiabaq aşyldy"])}</ul></aside></main>
<footer class="ftr"><p>© 2025 Qala Jañalyqtary. Materialdardy paidalanğanda sılteme mındettı.</p><a>Bız turaly</a><a>Jarnama</a><a>Bailanys</a></footer>"""
    return page(
        art,
        "Qala Jañalyqtary",
        "https://qalajanalyq.example/kz/news/velojol-40-km",
        content,
        "kk",
    )


def sciencemag(art):
    """Webflow: two ``w-richtext`` blocks with a figure inside, a box between them."""
    ps = art["paragraphs"]
    figure = '<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image" style="max-width:100%"><div><img src="https://cdn.example/6123/chestnut.jpg" loading="lazy" alt="Horse chestnut leaves"></div><figcaption>Horse chestnut buds near a street lamp in March. Photo: Ines Varga</figcaption></figure>'
    first = paras({"paragraphs": ps[:3]}, between={1: figure})
    second = paras({"paragraphs": ps[3:]})
    box = """<div class="key-terms-box"><div class="key-terms-label">Key terms</div><div class="key-terms-text">Phenology is the study of the timing of recurring events in nature, such as leaf-out, flowering and migration. Leaf-out is the date on which a tree's buds open and its first leaves unfold.</div></div>"""
    content = f"""<div data-collapse="medium" role="banner" class="navbar w-nav"><div class="container w-container"><a href="/" class="brand w-nav-brand">Canopy Science</a>
<nav role="navigation" class="nav-menu w-nav-menu"><a class="nav-link w-nav-link">News</a><a class="nav-link w-nav-link">Features</a><a class="nav-link w-nav-link">Climate</a><a class="nav-link w-nav-link">Podcast</a><a class="nav-link w-nav-link">Shop</a></nav>
<a class="button-join w-button">Become a member</a><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="section-article"><div class="container-narrow w-container">
<div class="article-category">Ecology</div>
<h1 class="article-title">{e(art["title"])}</h1>
<p class="article-dek">Warmth explains most of the gap, but street lamps may be nudging the spring calendar too.</p>
<div class="article-meta"><div>By <a class="author-link">{e(art["author"])}</a></div><div class="date">April 3, 2025</div><div class="read-time">5 min read</div></div>
<div class="rich-text-block w-richtext">
{first}
</div>
{box}
<div class="rich-text-block w-richtext">
{second}
</div>
<div class="reference-block"><p>Reference: Varga, I. et al. Artificial light at night advances urban leaf-out. Journal of Urban Ecology Letters (2025).</p></div>
<div class="share-row"><span>Share</span><a class="w-inline-block">X</a><a class="w-inline-block">Bluesky</a><a class="w-inline-block">Email</a></div>
<div class="author-card"><img src="/img/okoye.jpg" alt=""><div><div class="author-name">{e(art["author"])}</div><p class="author-bio">Hannah Okoye is Canopy Science's ecology reporter. She previously worked as a field botanist in Scotland and Nigeria.</p></div></div>
</div></div>
<div class="section-membership"><div class="w-container"><h3>Science journalism that answers to readers</h3><p>Canopy Science is funded by its members. Join today for ad-free reading and our quarterly print edition.</p><a class="w-button">Join from $5 a month</a></div></div>
<div class="section-related"><div class="w-container"><h3>More from Ecology</h3><div class="w-dyn-list"><div role="list" class="w-dyn-items">
<div role="listitem" class="w-dyn-item"><a class="related-title">Bumblebees are waking up in January</a><p class="related-summary">Mild winters are drawing queens out of hibernation weeks before the first flowers open.</p></div>
<div role="listitem" class="w-dyn-item"><a class="related-title">The quiet return of the urban hedgehog</a><p class="related-summary">Garden surveys in three cities suggest numbers have stopped falling for the first time in twenty years.</p></div></div></div></div></div>
<footer class="footer"><div class="w-container"><p>Canopy Science is published by the Canopy Trust, a registered charity.</p><a>About</a><a>Contact</a><a>Privacy</a><a>Terms</a></div></footer>
<a class="w-webflow-badge" href="https://webflow.example">Made in Webflow</a>"""
    return page(
        art,
        "Canopy Science",
        "https://canopyscience.example/news/city-trees-leaf-out",
        content,
        "en",
    )


def uzbek(art):
    """News agency portal; the official's quote is a ``<blockquote>`` (article text)."""
    related = '<p class="related-line"><b>Mavzuga oid:</b> <a href="/uz/jamiyat/toshkent-avtobus">Toshkentda avtobuslar uchun alohida yo\u2018laklar ko\u2018paytiriladi</a></p>'
    ad = '<div class="banner-inline"><small>Reklama</small><a href="/promo"><img src="/b/bank-600x120.jpg" alt=""></a></div>'
    p = "<p>{}</p>"
    body = paras(
        art,
        p=p,
        h="h3",
        between={1: related, 9: ad},
    )
    quote = art["paragraphs"][2]
    body = body.replace(f"<p>{e(quote)}</p>", f"<blockquote><p>{e(quote)}</p></blockquote>")
    popular = lis(
        [
            "Samarqandda ob-havo keskin soviydi",
            "Yangi o\u2018quv yili uchun qabul boshlandi",
            "Dinamo yangi murabbiy bilan shartnoma imzoladi",
        ]
    )
    tg = '<p><strong><a href="https://t.me/example">Eng so\u2018nggi yangiliklarni Telegram kanalimizda kuzatib boring!</a></strong></p>'
    content = f"""<div class="top-line"><div class="container"><span>Samarqand +4\u00b0</span><span>USD 12 945</span><span>10.02.2025</span><a>\u040e\u0437\u0431</a><a>O\u2018zb</a><a>\u0420\u0443\u0441</a></div></div>
<header class="navbar navbar-expand-lg"><a class="navbar-brand" href="/">Zarafshon Axborot</a><ul class="navbar-nav"><li class="nav-item"><a class="nav-link">Yangiliklar</a></li><li class="nav-item"><a class="nav-link">Jamiyat</a></li><li class="nav-item"><a class="nav-link">Iqtisodiyot</a></li><li class="nav-item"><a class="nav-link">Sport</a></li><li class="nav-item"><a class="nav-link">Video</a></li></ul></header>
<div class="container"><div class="row"><div class="col-lg-8">
<div class="news-item-view">
<div class="news-category"><a>Jamiyat</a></div>
<h1 class="news-title">{e(art["title"])}</h1>
<div class="news-info"><span><i class="fa fa-calendar"></i> 10.02.2025, 14:32</span><span><i class="fa fa-eye"></i> 3 412</span><span><i class="fa fa-user"></i> {e(art["author"])}</span></div>
<div class="news-image"><img class="img-fluid" src="/uploads/avtobus.jpg" alt=""><p class="img-source">Foto: hokimlik matbuot xizmati</p></div>
<div class="news-text">
{body}
{tg}
</div>
<div class="news-tags"><span>Teglar:</span><a>#Samarqand</a><a>#avtobus</a><a>#transport</a></div>
<div class="share-block"><span>Ulashish:</span><a>Telegram</a><a>Facebook</a><a>X</a><a>OK</a></div>
<div class="error-report"><p>Matnda xatolikni ko\u2018rsangiz, uni belgilab Ctrl+Enter tugmalarini bosing.</p></div>
</div>
<div class="related-news"><h3>O\u2018xshash yangiliklar</h3>
<div class="media"><a>Samarqand aeroportida yangi terminal qurilmoqda</a><p>Terminal yiliga ikki million yo\u2018lovchiga xizmat ko\u2018rsata oladi.</p></div>
<div class="media"><a>Registon atrofida piyodalar zonasi kengaytiriladi</a><p>Yangi zona bahor oylarida sayyohlar uchun ochiladi.</p></div></div>
</div>
<div class="col-lg-4"><div class="sidebar-widget"><h4>Ko\u2018p o\u2018qilganlar</h4><ul>{popular}</ul></div>
<div class="sidebar-widget"><h4>So\u2018nggi yangiliklar</h4><ul><li><span>15:10</span> <a>Viloyatda gaz ta'minoti tiklandi</a></li><li><span>14:55</span> <a>Bozorlarda kartoshka narxi tushdi</a></li></ul></div></div>
</div></div>
<footer class="footer"><p>\u00a9 2025 Zarafshon Axborot. Materiallardan foydalanishda saytga havola berish shart.</p><p>Guvohnoma \u2116 1234. Bosh muharrir: A. Yusupov.</p></footer>"""
    return page(
        art,
        "Zarafshon Axborot",
        "https://zarafshon.example/uz/jamiyat/samarqand-avtobus",
        content,
        "uz",
    )


def kurdish(art):
    """Medium: generated class names on every paragraph, claps, author card, footer links."""
    ps = art["paragraphs"]
    out = []
    for i, para in enumerate(ps):
        pid = f"{(i * 2654435761) % 65536:04x}"
        if para.startswith("## "):
            out.append(
                f'<h2 id="{pid}" class="pw-post-body-heading nb nc gu be nd ne nf ng nh ni nj nk nl nm nn no np nq bj" data-selectable-paragraph="">{e(para[3:])}</h2>'
            )
        elif para.startswith("N\u00ee\u015feya ed\u00eetor"):
            out.append(
                f'<p id="{pid}" class="pw-post-body-paragraph mb mc gu md b me mf mg mh mi mj mk ml mm mn mo bj" data-selectable-paragraph=""><em class="nr">{e(para)}</em></p>'
            )
        else:
            out.append(
                f'<p id="{pid}" class="pw-post-body-paragraph mb mc gu md b me mf mg mh mi mj mk ml mm mn mo bj" data-selectable-paragraph="">{e(para)}</p>'
            )
        if i == 2:
            out.append(
                '<figure class="ns nt nu nv nw nx"><div class="ny nz ep oa bg ob"><picture><img alt="" class="bg kl oc c" width="700" height="467" loading="lazy" src="https://miro.example/1*dengbej.jpeg"></picture></div><figcaption class="od fe oe ny nz of og be b bf z dt" data-selectable-paragraph="">Zelal Tek\u00een li ser dik\u00ea. W\u00eane: Berf\u00een \u015e\u00eaxo</figcaption></figure>'
            )
    body = "\n".join(out)
    content = f"""<div class="l c"><div class="l m n o c"><div class="p q r s t u v w x y"><a class="au av aw ax ay" href="/?source=post_page">Medium</a>
<div class="ab q"><a class="bd b be">Open in app</a><a class="bd b be">Sign up</a><a class="bd b be">Sign in</a><a class="bd b be">Write</a></div></div></div>
<div class="ab cb"><div class="ci bh ev ew ex ey"><div class="ki kj"><a class="pub-logo">Kovara Huner</a><a class="bd b be">Follow publication</a></div>
<article><div class="l"><div class="l"><section><div class="gn go gp gq gr"><div class="ab cb"><div class="ci bh ev ew ex ey">
<div><h1 id="0a1b" class="pw-post-title gt gu gv be gw gx gy gz ha" data-testid="storyTitle">{e(art["title"])}</h1></div>
<h2 class="pw-subtitle-paragraph hb hc gu be b hd he" data-selectable-paragraph="">Nirxandin: \u2605\u2605\u2605\u2605\u2606 \u2014 \u015eeveke n\u00fb ya dengb\u00eajiy\u00ea li Amed\u00ea</h2>
<div class="speechify-ignore ab co"><div class="ab q"><a class="author-name" data-testid="authorName">{e(art["author"])}</a><span>\u00b7</span><a>Follow</a></div>
<div class="ab q"><span>Published in</span> <a>Kovara Huner</a><span>\u00b7</span><span data-testid="storyReadTime">4 min read</span><span>\u00b7</span><span data-testid="storyPublishDate">Nov 8, 2025</span></div>
<div class="ab q"><button data-testid="headerClapButton">128</button><button aria-label="responses">3</button><button>Listen</button><button>Share</button></div></div>
{body}
</div></div></div></section></div></div></article>
<div class="tags ab"><a class="tag">Dengbej</a><a class="tag">Kurdish Music</a><a class="tag">Festival</a><a class="tag">Amed</a></div>
<div class="ab q"><button>128</button><span>3</span><button>Share</button></div>
<div class="author-card"><h2>Written by {e(art["author"])}</h2><p>842 Followers \u00b7 Writer for Kovara Huner</p><p class="bio">Rojnamevan \u00fb rexnegira m\u00fbz\u00eek\u00ea. Li ser hunera dengb\u00eajiy\u00ea \u00fb stran\u00ean gel\u00ea\u00ee dinv\u00eese.</p><button>Follow</button></div>
<div class="more-from"><h2>More from {e(art["author"])} and Kovara Huner</h2>
<div class="card"><h3>F\u00eelmek\u00ea n\u00fb li ser jiyana gundan</h3><p>Derh\u00eaner\u00ea ciwan bi kamerayeke bi dest\u00ee jiyana malbatek\u00ea ya li \u00e7iyay\u00ea Cud\u00ee k\u00ea\u015fand.</p><span>6 min read \u00b7 Oct 21, 2025</span></div>
<div class="card"><h3>Pirt\u00fbkxaneya gund a ku zarok ava kirin</h3><p>Li gundek\u00ea Mehmed\u00ee zarokan bi xwe pirt\u00fbkxaneyek ava kirin \u00fb niha 2 000 pirt\u00fbk t\u00ea de hene.</p><span>3 min read \u00b7 Sep 30, 2025</span></div></div>
<div class="recommended"><h2>Recommended from Medium</h2><div class="card"><h3>The Art of Listening to Old Songs</h3><p>What folk traditions teach us about attention.</p></div></div>
</div></div></div>
<footer class="ab"><a>Help</a><a>Status</a><a>About</a><a>Careers</a><a>Press</a><a>Blog</a><a>Privacy</a><a>Terms</a><a>Text to speech</a></footer>"""
    return page(
        art,
        "Medium",
        "https://medium.example/kovara-huner/dengbej-sev-amed-3f9a2c1d",
        content,
        "ku",
    )


def ghanaian(art):
    """Old CMS: every paragraph wrapped in ``<font>``, subheadings in bold fonts."""
    f = '<p><font face="Verdana, Arial, Helvetica" size="2">{}</font></p>'
    h = '<p><font face="Verdana, Arial, Helvetica" size="2"><b>{}</b></font></p>'
    readalso = '<p><font face="Verdana, Arial, Helvetica" size="2"><b>READ ALSO:</b> <a href="/news/cocoa-price-review">COCOBOD announces new producer price for 2025/26 season</a></font></p>'
    ad = '<center><font size="1" color="#999999">Advertisement</font><br><a href="/adclick?id=881"><img src="/banners/telco-468x60.gif" width="468" height="60"></a></center>'
    wa = '<p><font face="Verdana, Arial, Helvetica" size="2"><b><a href="https://wa.example/ghnl">Join our WhatsApp Channel for the latest news from the regions</a></b></font></p>'
    body = paras(
        art,
        p=f,
        h=h,
        between={1: readalso, 5: ad},
        ul='ul type="disc"',
    )
    comments = "".join(
        f'<div class="cmt"><font size="2"><b>{e(n)}</b> <font color="#888888">{d}</font><br>{e(t)}</font></div><hr size="1">'
        for n, d, t in [
            (
                "Yaw Darko",
                "14 October 2025, 15:22",
                "The buying clerks in our area have not paid since August and we are still being told to wait another two weeks.",
            ),
            (
                "Concerned Citizen",
                "14 October 2025, 17:05",
                "Government should pay farmers directly through mobile money and remove the middlemen from this business.",
            ),
        ]
    )
    content = f"""<div id="ticker"><b>BREAKING:</b> <marquee scrollamount="3">Parliament approves 2026 budget \u2022 Black Stars squad named for World Cup qualifiers \u2022 Heavy rains expected in southern Ghana this week</marquee></div>
<div id="header"><a href="/"><img src="/images/logo.gif" alt="GhanaNewsline"></a><div id="topnav"><a>Home</a> | <a>News</a> | <a>Business</a> | <a>Sports</a> | <a>Entertainment</a> | <a>Regions</a> | <a>Contact</a></div></div>
<div id="wrapper"><div id="leftcol">
<div class="section_head"><font size="1">General News of Tuesday, 14 October 2025</font></div>
<div class="source"><font size="1">Source: GhanaNewsline &nbsp; | &nbsp; <a href="#comments">Comments (2)</a></font></div>
<h1 class="headline">{e(art["title"])}</h1>
<center><img src="/photos/cocoa-farmers.jpg" width="400"><br><font size="1">Some cocoa farmers at the meeting in Sefwi Wiawso</font></center>
<div id="article_content">
<p><font face="Verdana, Arial, Helvetica" size="2"><i>By {e(art["author"])}</i></font></p>
{body}
{wa}
</div>
<div class="tools"><a>Print</a> | <a>Email to a friend</a> | <a>Share on Facebook</a> | <a>Share on X</a></div>
<a name="comments"></a><div id="comments"><h3>Readers' Comments (2)</h3>
<p class="disclaimer"><font size="1">Disclaimer: Comments are the opinions of readers and not of GhanaNewsline. We reserve the right to remove abusive comments.</font></p>
{comments}
<form><input name="name" placeholder="Your name"><textarea name="comment"></textarea><input type="submit" value="Post Comment"></form></div>
</div>
<div id="rightcol"><h3>Top Stories</h3><ul>{lis(["Fuel prices to drop at the pumps from Thursday", "Kumasi traders protest over new market tolls", "Teacher trainees to receive allowance arrears"])}</ul>
<h3>Regional News</h3><ul>{lis(["Bono East: Yam farmers count losses after floods", "Volta: New ferry to ease crossing at Dambai"])}</ul></div></div>
<div id="footer"><font size="1">Copyright \u00a9 2025 GhanaNewsline. All rights reserved. | <a>About Us</a> | <a>Advertise</a> | <a>Privacy Policy</a></font></div>"""
    return page(
        art,
        "GhanaNewsline",
        "https://ghananewsline.example/news/artikel.php?ID=58211",
        content,
        "en-GH",
    )


def ustv(art):
    """US TV station: plain ``<p>``s, with the station's furniture inside the body."""
    video = '<div class="video-embed"><div class="player" data-video-id="98211"></div><p class="video-caption">WKTR News 8\'s Danielle Ortiz reports from Dalton Springs.</p></div>'
    related1 = '<p><strong>RELATED:</strong> <a href="/news/local/bridge-inspections">State lists 42 county bridges as structurally deficient</a></p>'
    related2 = '<p><strong>RELATED:</strong> <a href="/traffic">Check live traffic conditions in the WKTR Traffic Center</a></p>'
    ad = '<div class="ad-container"><p class="ad-label">ADVERTISEMENT</p><div id="div-gpt-ad-inline-1"></div></div>'
    ps = art["paragraphs"]
    out = [
        video,
    ]
    for i, para in enumerate(ps):
        if para.startswith("Editor's note"):
            out.append(f"<p><em>{e(para)}</em></p>")
        else:
            out.append(f"<p>{e(para)}</p>")
        if i == 1:
            out.append(related1)
        if i == 3:
            out.append(ad)
        if i == 5:
            out.append(related2)
    out.append(
        "<p><em>Download the WKTR News 8 app to get breaking news and traffic alerts sent straight to your phone.</em></p>"
    )
    out.append(f"<p>{e(art['credits'][0])}</p>")
    body = "\n".join(out)
    content = f"""<div class="alert-bar"><a>Watch Live: WKTR News 8 at 6</a></div>
<header class="site-header"><a class="logo" href="/">WKTR News 8</a>
<nav><a>News</a><a>First Alert Weather</a><a>Traffic</a><a>Sports</a><a>8 On Your Side</a><a>Contests</a></nav>
<div class="weather-widget"><span>Dalton Springs</span><span>72\u00b0</span><span>Partly cloudy</span></div></header>
<main><article class="story">
<div class="story-section"><a>Local News</a></div>
<h1 class="headline">{e(art["title"])}</h1>
<div class="byline"><span>By {e(art["author"])}</span></div>
<div class="timestamps"><span>Published: Jun. 6, 2025 at 5:12 PM EDT</span><span>Updated: Jun. 6, 2025 at 9:48 PM EDT</span></div>
<div class="share-tools"><a>Facebook</a><a>X</a><a>Email</a><a>Copy Link</a></div>
<div class="article-body">
{body}
</div>
</article>
<section class="top-stories"><h2>Top Stories</h2>
<div class="card"><a>Dalton Springs council approves new fire station</a><p>The $6.2 million station on Ridge Road will cut response times on the north side, the fire chief says.</p></div>
<div class="card"><a>First Alert Weather Day: Strong storms possible Saturday</a><p>Damaging winds and hail are the main threats between 3 and 9 p.m.</p></div></section>
<section class="sponsored"><h2>Sponsored Content</h2><div class="card"><a>Homeowners are switching to this roof coating before summer</a></div><div class="card"><a>The one kitchen gadget chefs say you need</a></div></section></main>
<footer class="site-footer"><p>WKTR News 8, 1200 Broadcast Way, Dalton Springs</p><a>Public Inspection File</a><a>EEO Report</a><a>Closed Captioning</a><a>FCC Applications</a><a>Privacy Policy</a><p>Copyright \u00a9 2025 WKTR. All rights reserved.</p></footer>"""
    return page(
        art,
        "WKTR News 8",
        "https://wktr.example/2025/06/06/route-30-bridge-close-six-weeks/",
        content,
        "en-US",
    )


def fijian(art):
    """Divi page builder: the body is split across text modules by other modules."""
    ps = art["paragraphs"]

    def text_module(n, chunk, extra=""):
        inner = "".join(f"<p>{e(x)}</p>" for x in chunk)
        return f'<div class="et_pb_module et_pb_text et_pb_text_{n} et_pb_text_align_left et_pb_bg_layout_light{extra}"><div class="et_pb_text_inner">{inner}</div></div>'

    image = '<div class="et_pb_module et_pb_image et_pb_image_1"><span class="et_pb_image_wrap"><img src="/wp-content/uploads/2025/03/market-flood.jpg" alt=""></span><div class="et_pb_image_caption">Vendors clean up inside the Sigatoka Municipal Market on Monday. Picture: SUPPLIED</div></div>'
    ad = '<div class="et_pb_module et_pb_code et_pb_code_0"><div class="et_pb_code_inner"><span class="adlabel">ADVERTISEMENT</span><ins class="adsbygoogle" data-ad-slot="4471"></ins></div></div>'
    helpbox = '<div class="et_pb_module et_pb_text et_pb_text_9 help-box et_pb_bg_layout_dark"><div class="et_pb_text_inner"><h4>How to help</h4><p>Donations of tarpaulins, crates and cooler boxes can be dropped at the Town Council office on Market Road between 8am and 4pm. The council says cash donations should only be made to its official bank account.</p></div></div>'
    col = "\n".join(
        [
            text_module(1, ps[0:2]),
            image,
            text_module(2, ps[2:5]),
            ad,
            text_module(3, ps[5:]),
            helpbox,
        ]
    )
    comments = "".join(
        f'<li class="comment"><article class="comment-body"><div class="comment_postinfo"><span class="fn">{e(n)}</span><span class="comment_date">on {d}</span></div><div class="comment_area"><div class="comment-content"><p>{e(t)}</p></div><span class="reply-container"><a class="comment-reply-link">Reply</a></span></div></article></li>'
        for n, d, t in [
            (
                "Jone R.",
                "March 19, 2025 at 2:14 pm",
                "The old bus stand floods too when the river is high, so I hope the council has a plan if the rain comes back.",
            ),
            (
                "Priya",
                "March 19, 2025 at 6:40 pm",
                "Good that the fees are waived, the vendors have been through a lot this year and deserve the support.",
            ),
        ]
    )
    content = f"""<div id="page-container"><header id="main-header"><div class="container clearfix et_menu_container"><div class="logo_container"><a href="/"><img src="/logo.png" alt="Coral Coast Bulletin" id="logo"></a></div>
<div id="et-top-navigation"><nav id="top-menu-nav"><ul id="top-menu" class="nav"><li><a>Home</a></li><li><a>News</a></li><li><a>Business</a></li><li><a>Sport</a></li><li><a>Tourism</a></li><li><a>Contact</a></li></ul></nav></div></div></header>
<div id="et-main-area"><div id="main-content"><article id="post-8812" class="et_pb_post post-8812 post type-post">
<div class="et_post_meta_wrapper"><h1 class="entry-title">{e(art["title"])}</h1><p class="post-meta"> by <span class="author vcard"><a>{e(art["author"])}</a></span> | <span class="published">Mar 19, 2025</span> | <a>News</a> | <a>2 comments</a></p></div>
<div class="entry-content"><div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">
<div class="et_pb_section et_pb_section_0 et_section_regular"><div class="et_pb_row et_pb_row_0"><div class="et_pb_column et_pb_column_4_4 et_pb_column_0">
{col}
<div class="et_pb_module et_pb_text et_pb_text_10"><div class="et_pb_text_inner"><p>{e(art["credits"][0])}</p></div></div>
</div></div></div></div></div></div>
<div class="et_social_inline"><p class="et_social_heading">Share This</p><ul><li><a>Facebook</a></li><li><a>X</a></li><li><a>WhatsApp</a></li><li><a>Email</a></li></ul></div>
</article>
<div class="et_pb_module et_pb_posts related"><h3>Related Posts</h3>
<article class="et_pb_post"><h2 class="entry-title"><a>Nadi Town Council opens new produce market</a></h2><div class="post-content"><p>The $1.2 million market in Namaka has space for 150 vendors and a covered loading bay.</p></div></article>
<article class="et_pb_post"><h2 class="entry-title"><a>Heavy rain warning for the Western Division</a></h2><div class="post-content"><p>The Meteorological Service says flash flooding is likely in low-lying areas near rivers and streams.</p></div></article></div>
<section id="comment-wrap"><h1 id="comments" class="page_title">2 Comments</h1><ol class="commentlist clearfix">{comments}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><span>Submit a Comment</span></h3><p class="comment-notes">Your email address will not be published. Required fields are marked *</p><form><textarea></textarea><input type="submit" value="Submit Comment"></form></div></section>
</div>
<footer id="main-footer"><div id="footer-bottom"><div class="container"><p id="footer-info">Designed by Elegant Themes | Powered by WordPress</p><p>\u00a9 2025 Coral Coast Bulletin Ltd. Sigatoka, Fiji.</p></div></div></footer></div></div>"""
    return page(
        art,
        "Coral Coast Bulletin",
        "https://coralcoastbulletin.example/2025/03/19/sigatoka-market-vendors-move/",
        content,
        "en-FJ",
    )


def clubsite(art):
    """Football club's static site: Markdown-rendered prose with match furniture around it."""
    body = paras(art)
    content = f"""<div class="sponsor-strip"><span>Main club sponsor:</span> <a>Harwell Building Supplies</a></div>
<header class="site-header"><a class="crest" href="/">Harwell Town FC</a>
<nav class="primary"><ul><li><a>News</a></li><li><a>Fixtures &amp; Results</a></li><li><a>Teams</a></li><li><a>Tickets</a></li><li><a>Club Shop</a></li><li><a>Academy</a></li><li><a>Contact</a></li></ul></nav></header>
<main class="container">
<div class="match-header"><div class="team home">Harwell Town</div><div class="score">2 \u2013 1</div><div class="team away">Ebbfield Rovers</div>
<div class="match-info">Southern Counties League \u00b7 Saturday 13 September 2025 \u00b7 Mill Lane</div>
<ul class="scorers"><li>Hale 58'</li><li>Brennan 82'</li><li class="away">Foulkes 12'</li></ul></div>
<article>
<header><p class="category">First Team \u00b7 Match Report</p><h1>{e(art["title"])}</h1>
<p class="meta">By {e(art["author"])} \u00b7 <time datetime="{art["date"]}">14 September 2025</time></p></header>
<figure><img src="/images/2025/brennan-goal.jpg" alt=""><figcaption>Ollie Brennan celebrates his winner. Photo: Steve Ellis</figcaption></figure>
<div class="prose prose-lg">
{body}
</div>
<aside class="potm"><h3>Player of the Match</h3><p><strong>Sam Okafor</strong></p><p>Our goalkeeper kept us in the game with three fine saves before half-time and was voted Player of the Match by the match sponsor.</p></aside>
<section class="lineups"><h3>Line-ups</h3>
<p><strong>Harwell Town:</strong> Okafor; Price, Adebayo, Walsh (c), Kerr; Moss, Dunne, Patel (Brennan 70); Hale, Simms (Cole 46), Ward (Grant 46).</p>
<p><strong>Ebbfield Rovers:</strong> Hurst; Mills, Foulkes (c), Doyle, Baines; Shaw, Riley, Evans; Nolan, Cross, Fenwick.</p></section>
<p class="match-sponsor">Today's match sponsor was Mill Lane Motors. Thank you for your support of the club.</p>
<div class="share"><span>Share:</span><a>Facebook</a><a>X</a><a>WhatsApp</a></div>
</article>
<aside class="next-fixture"><h3>Next fixture</h3><p>Kingsmere v Harwell Town</p><p>Tuesday 16 September, 7.45pm \u00b7 Southern Counties League</p><a class="btn">Travel info</a></aside>
<aside class="shop-promo"><h3>New away kit now in stock</h3><p>Pick up the 2025/26 away shirt from the club shop on matchdays or order online for home delivery.</p><a class="btn">Shop now</a></aside>
<section class="latest-news"><h2>Latest news</h2>
<div class="news-card"><a>Under-18s reach county cup quarter-finals</a><p>A hat-trick from Leo Marsh sent the youth team through after a 4-2 win at Ashcombe.</p></div>
<div class="news-card"><a>Volunteers wanted for the tea bar</a><p>We are looking for a few more helpers for Saturday home games this season.</p></div></section>
</main>
<footer class="site-footer"><div class="sponsors"><a>Harwell Building Supplies</a><a>Mill Lane Motors</a><a>The Crown Inn</a></div>
<p>Harwell Town Football Club is a community club run by volunteers. Affiliated to the county FA.</p><p>\u00a9 2025 Harwell Town FC</p><a>Privacy</a><a>Safeguarding</a></footer>"""
    return page(
        art,
        "Harwell Town FC",
        "https://harwelltownfc.example/news/2025/09/harwell-2-ebbfield-1/",
        content,
        "en-GB",
    )


LAYOUTS_H17 = {
    "h17-01-kinyarwanda": ("h17_kinyarwanda", kinyarwanda),
    "h17-02-kazakh": ("h17_kazakh", kazakh),
    "h17-03-sciencemag": ("h17_sciencemag", sciencemag),
    "h17-04-uzbek": ("h17_uzbek", uzbek),
    "h17-05-kurdish": ("h17_kurdish", kurdish),
    "h17-06-ghanaian": ("h17_ghanaian", ghanaian),
    "h17-07-ustv": ("h17_ustv", ustv),
    "h17-08-fijian": ("h17_fijian", fijian),
    "h17-09-clubsite": ("h17_clubsite", clubsite),
}
