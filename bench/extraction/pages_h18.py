"""Layouts of the frozen held-out group "h18" of the extraction benchmark.

Written after the fourteenth round, before any change of round 15 was committed, by
someone other than the person tuning the reader and without reading the reader or its
output on these pages; never used for tuning (docs/benchmarks-extraction.md).
``tests/test_read_bench.py`` pins a digest of the generated files. Fictional pages in
layouts and languages not used by h2-h17: a Faroese local site built on Wix, its body in
three rich-text elements with the same classes as a "read also" line and a fact box
written as sentences, an image element and an ad between them; a Papiamento daily on
WordPress with the WPBakery page builder (text columns, an image element, a "read also"
button, a raw-HTML ad, a Facebook prompt in italics inside the text, reader comments); a
Tok Pisin news site on Next.js (generated class names, the whole body repeated in
``__NEXT_DATA__``, a "read also" card and an ad between the paragraphs, a correction in
italics as article text); a Samoan newspaper on Joomla K2 (intro and full text blocks, a
"read also" line and a loaded ad module inside the text, extra fields, author block,
related items, comments); a Malagasy daily on SvelteKit (hashed class names on every
element, a teaser card, an ad and a help box written as sentences inside the body,
comments); a Scottish football site on Astro (scores ticker, "READ MORE:" lines, a
betting offer with a gambling-harm line and an embedded post inside the body, league
table, comments); an English legal-news site on Wagtail (StreamField blocks, a judgment
quote as article text, a case-details box, a not-legal-advice disclaimer, a correction
as article text, events and jobs); an English health-news site on HubSpot
(medical-review line, key-takeaways box above the body, a call-to-action inside it,
sources list, medical disclaimer, feedback and newsletter forms); and an Irish farming
weekly on ASP.NET WebForms (the whole page one form, the body one label of text split by
``<br /><br />`` with a mart-price table inside it, farm weather, classifieds).
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
<meta property="article:published_time" content="{art["date"]}T09:05:00+00:00">
{head}<script>window.__cfg={{"consent":0}};</script>
</head><body>
{content}
</body></html>
"""


def faroese(art):
    """Wix site: the body is three rich-text elements with an image and an ad between."""

    def rich(cid, inner):
        return f'<div id="comp-{cid}" class="KcpHeO tz5f0K comp-{cid} wixui-rich-text" data-testid="richTextElement">{inner}</div>'

    p = '<p class="font_8 wixui-rich-text__text"><span style="font-size:17px;" class="wixui-rich-text__text">{}</span></p>'
    h = '<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">{}</span></h2>'
    les = rich(
        "m2x7f1c4",
        '<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text"><span style="font-weight:bold;" class="wixui-rich-text__text">Les eisini:</span> <a href="https://www.sudtid.example/post/nyggj-ferja-i-2027" class="wixui-rich-text__text">Nýggj ferja til Suðuroyar kann vera klár í 2027</a></span></p>',
    )
    image = (
        '<div id="comp-m2x7f9a0" class="MazNVa comp-m2x7f9a0 wixui-image" data-testid="imageX"><img src="https://static.wixstatic.example/media/a1b2c3_ferja.jpg" alt="Ferjan við bryggjuna á Tvøroyri"></div>'
        + rich(
            "m2x7fa11",
            '<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">Ferjan við bryggjuna á Tvøroyri. Mynd: Suðuroyar Tíðindi</span></p>',
        )
    )
    ad = '<div id="comp-m2x7fb02" class="wixui-html-component" data-testid="html-component"><p class="ad-label">Lýsing</p><iframe title="Embedded Content" src="https://www-sudtid-example.filesusr.example/html/ad300.html" width="300" height="250"></iframe></div>'
    box = rich(
        "m2x7fc33",
        '<h4 class="font_4 wixui-rich-text__text"><span class="wixui-rich-text__text">Ferðaætlanin í stuttum</span></h4>'
        + p.format(
            "Ferjan fer úr Tvøroyri klokkan 6.30, 13.00 og 18.30. Seinasta ferð úr Havn fer klokkan 21.00."
        ),
    )
    body = "\n".join(
        [
            rich("m2x7e1a1", paras(art, p, h, stop=3)),
            les,
            image,
            rich("m2x7e2b2", paras(art, p, h, start=3, stop=6)),
            ad,
            box,
            rich("m2x7e3c3", paras(art, p, h, start=6)),
        ]
    )
    content = f"""<div id="SITE_CONTAINER"><div id="main_MF"><div id="SCROLL_TO_TOP"></div>
<header id="SITE_HEADER" class="wixui-header"><div id="comp-logo" class="wixui-rich-text" data-testid="richTextElement"><p class="font_0"><a href="/">Suðuroyar Tíðindi</a></p></div>
<nav id="comp-menu" class="wixui-dropdown-menu" aria-label="Site"><ul><li><a>Forsíða</a></li><li><a>Tíðindi</a></li><li><a>Ítróttur</a></li><li><a>Mentan</a></li><li><a>Deyðsfall</a></li><li><a>Samband</a></li></ul></nav>
<a class="wixui-button" href="/lysingar">Lýs hjá okkum</a></header>
<main id="PAGES_CONTAINER"><div id="SITE_PAGES"><section class="blog-post-page" data-hook="post-page">
<div data-hook="post-header"><span data-hook="user-name">{e(art["author"])}</span> <span data-hook="time-ago">18. jun. 2025</span> <span data-hook="time-to-read">2 min at lesa</span></div>
<h1 data-hook="post-title" class="wixui-rich-text__text">{e(art["title"])}</h1>
<div data-hook="post-description">
{body}
</div>
<div data-hook="post-footer"><ul data-hook="post-categories"><li><a>Ferðsla</a></li><li><a>Suðuroy</a></li></ul>
<div data-hook="share-buttons"><span>Deil</span><a>Facebook</a><a>Messenger</a><a>Tekstboð</a><a>Avrita leinki</a></div>
<div data-hook="post-stats"><span>412 vísingar</span><span>3 viðmerkingar</span><span>Dáma 14</span></div></div>
<section data-hook="recent-posts"><h3>Nýggjastu greinir</h3><ul>{lis(["TB vann 2-1 á Tvøroyri", "Fiskavirkið í Vági setir 20 fólk í starv", "Ólavsøkukonsertin verður í Sumba í ár"])}</ul><a>Sí øll</a></section>
<section data-hook="comments"><h3>Viðmerkingar</h3><p>Rita inn fyri at skriva eina viðmerking.</p><button>Rita inn</button></section>
</section></div></main>
<footer id="SITE_FOOTER" class="wixui-footer"><p>© 2025 Suðuroyar Tíðindi · Vágsvegur 4, 900 Vágur · tlf. 37 00 00</p><p><a>Privatlivspolitikkur</a> <a>Lýsingar</a></p><form><label>Fá tíðindabræv</label><input placeholder="T-postur"><button>Tekna</button></form></footer>
</div></div>"""
    return page(
        art,
        "Suðuroyar Tíðindi",
        "https://www.sudtid.example/post/nyggj-ferdaaetlan-til-suduroyar",
        content,
        "fo",
    )


def papiamento(art):
    """WordPress with the WPBakery page builder: text columns and elements in a row."""

    def text(inner):
        return f'<div class="wpb_text_column wpb_content_element"><div class="wpb_wrapper">\n{inner}\n</div></div>'

    image = '<div class="wpb_single_image wpb_content_element vc_align_center"><figure class="wpb_wrapper vc_figure"><div class="vc_single_image-wrapper vc_box_border_grey"><img width="800" height="533" src="/wp-content/uploads/2025/03/sentro-soto.jpg" class="vc_single_image-img attachment-full" alt=""></div><figcaption class="vc_figure-caption">Minister i hóbennan den e sala di estudio nobo. Potret: Karel Willems</figcaption></figure></div>'
    lesa = '<div class="vc_btn3-container vc_btn3-inline"><a class="vc_general vc_btn3 vc_btn3-size-md vc_btn3-color-juicy-pink" href="/2025/03/05/bus-nobo-banda-bou/">Lesa tambe: Bus nobo pa Banda Bou for di aprel</a></div>'
    ad = '<div class="wpb_raw_code wpb_content_element wpb_raw_html"><div class="wpb_wrapper"><div class="adv-label">Advertensia</div><ins class="adsbygoogle" data-ad-slot="88120"></ins><script>(adsbygoogle=window.adsbygoogle||[]).push({});</script></div></div>'
    fb = "<p><em>Siguí Diario di Kòrsou riba Facebook i Instagram pa tur notisia di bo bario.</em></p>"
    col = (
        text(paras(art, stop=3))
        + image
        + text(paras(art, start=3, stop=8))
        + lesa
        + ad
        + text(paras(art, start=8) + "\n" + fb)
    )
    comments = "".join(
        f'<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">{e(n)}</b> <time>{t}</time></footer><div class="comment-content"><p>{e(x)}</p></div><div class="reply"><a class="comment-reply-link">Kontestá</a></div></article></li>'
        for n, t, x in [
            (
                "Shurendy",
                "7 mart 2025 na 10:14",
                "Por fin algu pa nos hóbennan na Banda Bou. Mi ta spera ku e sentro lo keda habrí tambe den vakansi.",
            ),
            (
                "Marisela R.",
                "7 mart 2025 na 11:02",
                "Mi ta dispuesto pa yuda ku lès di músika djasabra. Kon mi por tuma kontakto ku e fundashon?",
            ),
            (
                "Ivan",
                "7 mart 2025 na 13:47",
                "Bon trabou, pero kiko ta pasa ku e sentro bieu na Barber ku ta sera for di 2022?",
            ),
        ]
    )
    content = f"""<div id="td-outer-wrap"><div class="td-header-top-menu"><span class="td-header-date">djabièrnè, 7 mart 2025</span><ul class="top-header-menu"><li><a>Kontakto</a></li><li><a>Advertensia</a></li><li><a>E-paper</a></li></ul></div>
<div class="td-header-logo"><a href="/">Diario di Kòrsou</a></div>
<nav class="td-header-menu"><ul><li><a>Notisia</a></li><li><a>Pais</a></li><li><a>Deporte</a></li><li><a>Ekonomia</a></li><li><a>Kultura</a></li><li><a>Opinion</a></li></ul></nav>
<div class="td-main-content-wrap"><article id="post-55812" class="post-55812 post type-post"><div class="td-post-header"><ul class="td-category"><li><a>Pais</a></li></ul>
<h1 class="entry-title">{e(art["title"])}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name">Pa <a>{e(art["author"])}</a></div><time class="entry-date" datetime="{art["date"]}">7 mart 2025</time><div class="td-post-views">1.204</div><div class="td-post-comments"><a>3</a></div></div></div>
<div class="td-post-sharing"><a>Facebook</a><a>WhatsApp</a><a>Twitter</a><a>Email</a></div>
<div class="td-post-content tagdiv-type">
<div class="vc_row wpb_row vc_row-fluid"><div class="wpb_column vc_column_container vc_col-sm-12"><div class="vc_column-inner"><div class="wpb_wrapper">
{col}
</div></div></div></div>
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags"><li><span>TAGS</span></li><li><a>Banda Bou</a></li><li><a>hóbennan</a></li><li><a>enseñansa</a></li></ul></div>
<div class="td-author-line"><b>{e(art["author"])}</b><p>Richard ta reportero di Diario di Kòrsou for di 2016 i ta skirbi tokante enseñansa i komunidat.</p></div></footer></article>
<div class="td_block_related_posts"><h4>Notisia relashoná</h4><ul>
<li><a>Bus nobo pa Banda Bou for di aprel</a><p>Kompania di bus ta bai kore kada 20 minüt entre Punda i Westpunt.</p></li>
<li><a>Skol na Soto ta haña dak nobo</a><p>E trabou lo kuminsá den vakansi grandi i ta kosta 400 mil florin.</p></li></ul></div>
<div class="comments" id="comments"><h4 class="td-comments-title">3 komentario</h4><ol class="comment-list">{comments}</ol>
<div id="respond"><h3>Laga un kòmentario</h3><form><textarea placeholder="Kòmentario"></textarea><input placeholder="Nòmber"><button>Manda</button></form></div></div>
<aside class="td-sidebar"><div class="widget"><h4>Mas lesá</h4><ol>{lis(["Trafiko sera na Rooseveltweg e fin di siman aki", "Kòrsou ta gana kontra Aruba na futbol", "Prijs di awa ta subi for di aprel"])}</ol></div></aside></div>
<div class="td-footer-wrapper"><p>Diario di Kòrsou ta un publikashon di Editorial Kòrsou B.V.</p><p>&copy; 2025 Tur derecho reservá.</p></div></div>"""
    return page(
        art,
        "Diario di Kòrsou",
        "https://diariodikorsou.example/2025/03/07/sentro-nobo-hobennan-banda-bou/",
        content,
        "pap",
    )


def tokpisin(art):
    """Next.js: generated class names, the body also in the ``__NEXT_DATA__`` JSON."""
    import json

    ps = art["paragraphs"]
    p = '<p class="ArticleBody_paragraph__x7Hq2">{}</p>'
    h = '<h2 class="ArticleBody_subheading__Lm3aQ">{}</h2>'
    card = '<aside class="RelatedCard_card__q2Zt8"><span class="RelatedCard_label__1bV0d">Ritim tu</span><a class="RelatedCard_link__Yy7pE" href="/nius/kopi-prais-i-go-antap"><img class="RelatedCard_img__0aQe3" src="/_next/image?url=%2Fimg%2Fkopi.jpg&amp;w=256" alt=""><span class="RelatedCard_title__mN4sR">Prais bilong kopi i go antap gen</span></a></aside>'
    ad = '<div class="AdSlot_wrapper__cV9kP"><span class="AdSlot_label__aE2rW">Advetaisman</span><div id="div-gpt-ad-inarticle-1" class="AdSlot_slot__Pq0xT"></div></div>'
    between = {1: card, 4: ad}
    body = paras(art, p, h, between=between, stop=len(ps) - 1)
    body += "\n" + f'<p class="ArticleBody_paragraph__x7Hq2"><em>{e(ps[-1])}</em></p>'
    data = {
        "props": {
            "pageProps": {
                "article": {
                    "title": art["title"],
                    "author": art["author"],
                    "body": "".join(f"<p>{e(x)}</p>" for x in ps if not x.startswith("## ")),
                }
            }
        },
        "page": "/nius/[slug]",
        "buildId": "kX9aP2",
    }
    next_data = json.dumps(data, ensure_ascii=False)
    content = f"""<div id="__next"><div class="Banner_banner__t6Yh1"><p class="Banner_text__dF3sK">Daunim app bilong mipela na kisim ol nius kwiktaim.</p><a class="Banner_cta__W2p1m">Daunim</a></div>
<header class="Header_header__hP0c2"><a class="Header_logo__3Kd9s" href="/">Nius Hailans</a><nav class="Header_nav__z8wQe"><a>Nius</a><a>Bisnis</a><a>Spot</a><a>Provins</a><a>Wol</a></nav><button class="Header_search__Qa1n7">Painim</button></header>
<main class="ArticlePage_main__8sD2n"><article class="ArticlePage_article__Jf4kL">
<a class="ArticlePage_section__Kq7Zr" href="/provins">Provins</a>
<h1 class="ArticlePage_title__Vb5xH">{e(art["title"])}</h1>
<div class="Byline_byline__Ht6uN"><span class="Byline_author__r2Ds0">{e(art["author"])}</span><time class="Byline_time__n1Qw8" datetime="{art["date"]}">29 Epril 2025, 3:40 PM</time></div>
<div class="Share_share__c8Fk1"><a>Facebook</a><a>WhatsApp</a><a>Kopi link</a></div>
<figure class="Hero_figure__aL2kE"><img class="Hero_img__p9Ty3" src="/img/rot-goroka.jpg" alt=""><figcaption class="Hero_caption__Wd4sN">Ol wokman i wok long nupela rot klostu long Kainantu. (Foto: Nius Hailans)</figcaption></figure>
<div class="ArticleBody_body__G7rKm">
{body}
</div>
<div class="FollowBox_box__s1Mn4"><p class="FollowBox_text__Gh8e2">Laikim mipela long Facebook na joinim WhatsApp chanel bilong mipela.</p></div>
<ul class="Tags_tags__B9xQp"><li><a>Goroka</a></li><li><a>Kainantu</a></li><li><a>Rot</a></li></ul>
</article>
<section class="Related_related__e5Lw2"><h3 class="Related_heading__M0aZy">Ol narapela stori</h3>
<a class="Related_item__K3jv6"><h4>Ol fama long Asaro i kisim nupela kopi kaikai</h4><p>Dipatmen Bilong Agrikalsa i givim 20,000 liklik kopi diwai long ol fama.</p></a>
<a class="Related_item__K3jv6"><h4>Haus sik Goroka i kisim nupela masin</h4><p>Nupela masin bai helpim ol dokta long painim sik kwiktaim.</p></a></section>
<aside class="MostRead_box__v4Xs9"><h3>Planti manmeri i ritim</h3><ol>{lis(["Bikpela ren i bagarapim haus long Lae", "Hailans Ilevan i winim geim long Sande", "Nupela skul bai opim long Mendi"])}</ol></aside></main>
<footer class="Footer_footer__w0Lp5"><p>&copy; 2025 Nius Hailans. Olgeta rait i stap.</p><a>Long mipela</a><a>Kontakim mipela</a><a>Privasi</a></footer></div>
<script id="__NEXT_DATA__" type="application/json">{next_data}</script>"""
    return page(
        art,
        "Nius Hailans",
        "https://niushailans.example/nius/nupela-rot-goroka-kainantu",
        content,
        "tpi",
    )


def samoan(art):
    """Joomla K2 item: intro text and full text blocks, extra fields, author block."""
    faitau = '<p><strong>Faitau foʻi:</strong> <a href="/tala/item/2231-ua-maeʻa-le-uafu-fou-i-salelologa">Ua maeʻa le uafu fou i Salelologa</a></p>'
    ad = '<div class="moduletable adbanner"><h3>Faʻasalalauga</h3><div class="bannergroup"><div class="banneritem"><a href="/component/banners/click/14"><img src="/images/banners/telefoni.jpg" alt="Faʻasalalauga"></a></div></div></div>'
    full = paras(art, between={4: faitau, 6: ad}, start=2)
    comments = "".join(
        f'<li class="even"><span class="commentDate">{t}</span><span class="commentAuthorName"> e {e(n)}</span><p>{e(x)}</p></li>'
        for n, t, x in [
            (
                "Mele S.",
                "11 Aokuso 2025 19:20",
                "Faafetai i le Malo mo lenei falemaʻi. O le a fesoasoani tele i matua matutua o Savaiʻi.",
            ),
            (
                "Tavita",
                "12 Aokuso 2025 07:45",
                "E lelei le falemaʻi ae faʻamolemole ia saʻo le auala mai Palauli ina ia faigofie ona o mai tagata.",
            ),
        ]
    )
    content = f"""<div id="sp-top-bar"><span>Aso Gafua, 11 Aokuso 2025</span><a>Saini i totonu</a><a>English</a></div>
<header id="sp-header"><div class="logo"><a href="/">Le Sulu o Samoa</a></div><nav class="sp-megamenu-wrapper"><ul class="sp-megamenu-parent"><li><a>Tala Fou</a></li><li><a>Faiga Faavae</a></li><li><a>Taʻaloga</a></li><li><a>Pisinisi</a></li><li><a>Pasefika</a></li></ul></nav></header>
<div id="sp-component"><div id="k2Container" class="itemView">
<div class="itemHeader"><span class="itemDateCreated">Aso Gafua, 11 Aokuso 2025 15:30</span>
<h2 class="itemTitle">{e(art["title"])}</h2>
<span class="itemAuthor">Tusia e <a rel="author">{e(art["author"])}</a></span></div>
<div class="itemToolbar"><ul><li><a class="itemPrintLink">Lolomi</a></li><li><a class="itemEmailLink">Imeli</a></li><li><span class="itemTextResizerTitle">lapopoʻa o mataitusi</span> <a>A-</a> <a>A+</a></li></ul></div>
<div class="itemBody">
<div class="itemImageBlock"><span class="itemImage"><img src="/media/k2/items/cache/falemai_L.jpg" alt=""></span><span class="itemImageCaption">O le falemaʻi fou i Salelologa.</span><span class="itemImageCredits">Ata: Le Sulu o Samoa</span></div>
<div class="itemIntroText">
{paras(art, stop=2)}
</div>
<div class="itemFullText">
{full}
</div>
<div class="itemExtraFields"><h3>Faʻamatalaga</h3><ul><li class="odd"><span class="itemExtraFieldsLabel">Moega:</span><span class="itemExtraFieldsValue">40</span></li><li class="even"><span class="itemExtraFieldsLabel">Tau o le galuega:</span><span class="itemExtraFieldsValue">$32 miliona tala</span></li><li class="odd"><span class="itemExtraFieldsLabel">Itula:</span><span class="itemExtraFieldsValue">E tatala i aso uma</span></li></ul></div>
<div class="itemSocialSharing"><span>Faasoa:</span><a>Facebook</a><a>Twitter</a><a>WhatsApp</a></div>
<div class="itemHits">Faitau <b>2 134</b> taimi</div>
</div>
<div class="itemTagsBlock"><span>Pine:</span><ul class="itemTags"><li><a>Savaiʻi</a></li><li><a>Soifua Maloloina</a></li></ul></div>
<div class="itemAuthorBlock"><img class="itemAuthorAvatar" src="/images/losa.jpg" alt=""><div class="itemAuthorDetails"><h3 class="itemAuthorName">{e(art["author"])}</h3><p>O Losa o se tusitala o Le Sulu o Samoa i Savaiʻi, e tusia tala e uiga i le soifua maloloina ma aʻoaʻoga.</p></div></div>
<div class="itemRelated"><h3>Isi tala e fesoʻotaʻi</h3><ul><li class="even"><a>Ua maeʻa le uafu fou i Salelologa</a><p>O le uafu fou o le a mafai ona taula ai vaʻa tetele e lua i le taimi e tasi.</p></li><li class="odd"><a>Foaʻi masini fou mo le falemaʻi i Tuasivi</a><p>Na foaʻi e se faalapotopotoga o tinā ni masini e fua ai le toto.</p></li></ul></div>
<div class="itemComments"><h3 class="itemCommentsCounter"><span>2</span> manatu</h3><ul class="itemCommentsList">{comments}</ul>
<div class="itemCommentsForm"><h3>Tuu mai sou manatu</h3><p class="itemCommentsFormNotes">E le faʻaalia lau imeli. E tatau ona tumu uma vaega e iai le *.</p><form><textarea></textarea><input placeholder="Igoa *"><input placeholder="Imeli *"><button>Auina atu</button></form></div></div>
</div></div>
<div id="sp-right"><div class="moduletable"><h3>E sili ona faitau</h3><ul class="mostread">{lis(["Manu Samoa e sauni mo le taamilosaga i Europa", "Ua siʻi le tau o le penisini", "Aoga fou i Falealupo"])}</ul></div></div>
<footer id="sp-footer"><p>Puletaofia © 2025 Le Sulu o Samoa. Faʻaaogā Joomla!</p></footer>"""
    return page(
        art,
        "Le Sulu o Samoa",
        "https://lesulu.example/tala/item/2260-falemai-fou-salelologa",
        content,
        "sm",
    )


def malagasy(art):
    """SvelteKit: a hashed class on every element; cards and boxes between the paragraphs."""
    s = "svelte-1k9x2ab"
    vakio = f'<a class="teaser-card {s}" href="/vaovao/jirama-vola"><span class="teaser-label {s}">Vakio ihany koa</span><strong class="{s}">Hampiakatra ny sarany ve ny orinasa mpamatsy herinaratra?</strong><span class="{s}">Nanontaniana momba ny vidin\'ny jiro ny minisitra ary tsy nanome daty mazava izy.</span></a>'
    ad = f'<div class="ad-box {s}"><small class="{s}">Dokambarotra</small><div class="ad-slot {s}" data-slot="article-mid"></div></div>'
    box = f'<div class="info-box {s}" role="note"><h3 class="{s}">Raha misy tariby latsaka</h3><p class="{s}">Aza manakaiky ny tariby ary antsoy avy hatrany ny laharana maimaim-poana 3400. Misokatra 24 ora isan\'andro ny foibe mandray antso.</p></div>'
    body = paras(
        art,
        f'p class="{s}"',
        f'h2 class="subtitle {s}"',
        between={1: vakio, 5: box, 9: ad},
        ul=f'ul class="{s}"',
    )
    comments = "".join(
        f'<div class="comment {s}"><div class="comment-head {s}"><b class="{s}">{e(n)}</b> <span class="{s}">{t}</span></div><p class="{s}">{e(x)}</p><button class="{s}">Valio</button></div>'
        for n, t, x in [
            (
                "Rivo T.",
                "2 oktobra 2025, 09:12",
                "Efa ela no niandrasanay ity asa ity. Manantena izahay fa tsy hisy fahatarana indray.",
            ),
            (
                "Naina",
                "2 oktobra 2025, 10:40",
                "Aiza no ahitana ny fandaharam-potoana hizarana ny jiro? Tsy hitako tao amin'ny pejy Facebook.",
            ),
        ]
    )
    content = f"""<div class="app {s}"><div class="topbar {s}"><span class="{s}">Alakamisy 2 oktobra 2025</span><span class="{s}">1 € = 5 210 Ar</span><a class="{s}">Gazety nivoaka androany</a></div>
<header class="header {s}"><a class="logo {s}" href="/">Vaovao Atsinanana</a><nav class="{s}"><a class="{s}">Vaovao</a><a class="{s}">Politika</a><a class="{s}">Toekarena</a><a class="{s}">Fanatanjahantena</a><a class="{s}">Kolontsaina</a></nav><a class="subscribe {s}">Hanjifa</a></header>
<main class="{s}"><article class="article {s}">
<span class="category {s}">Toekarena</span>
<h1 class="{s}">{e(art["title"])}</h1>
<div class="meta {s}"><span class="{s}">Nosoratan'i {e(art["author"])}</span><time class="{s}" datetime="{art["date"]}">2 oktobra 2025 · 08:30</time><span class="{s}">3 minitra famakiana</span></div>
<figure class="{s}"><img class="{s}" src="/img/toamasina-jiro.jpg" alt=""><figcaption class="{s}">Mpiasa manamboatra tariby ao Tanambao V. Sary: Vaovao Atsinanana</figcaption></figure>
<div class="content {s}">
{body}
</div>
<div class="share {s}"><span class="{s}">Zarao:</span><a class="{s}">Facebook</a><a class="{s}">WhatsApp</a><a class="{s}">X</a></div>
<p class="follow {s}">Araho ny pejy Facebook-nay mba tsy hanadino vaovao.</p>
</article>
<section class="comments {s}"><h2 class="{s}">Hevitra (2)</h2>{comments}<p class="rules {s}">Ny hevitra tsy manaja olona dia esorinay.</p></section>
<aside class="latest {s}"><h2 class="{s}">Ny vaovao farany</h2><ul class="{s}">{lis(["08:10 Nisondrotra ny vidin'ny vary eny an-tsena", "Omaly Nahazo fandresena ny ekipa ao Toamasina", "Omaly Hanokatra sekoly vaovao any Foulpointe"])}</ul></aside></main>
<footer class="{s}"><p class="{s}">© 2025 Vaovao Atsinanana. Zo rehetra voatokana.</p><a class="{s}">Momba anay</a><a class="{s}">Fifandraisana</a></footer></div>"""
    return page(
        art,
        "Vaovao Atsinanana",
        "https://vaovao-atsinanana.example/vaovao/fahatapahan-jiro-toamasina",
        content,
        "mg",
    )


def scotfootball(art):
    """Astro site: ``data-astro-cid`` attributes, Markdown prose with in-body furniture."""
    c = "data-astro-cid-7qzr4kdm"
    more1 = '<p><strong>READ MORE:</strong> <a href="/dunmore-athletic/mcauley-contract-talks">McAuley contract talks stall as Dunmore wait on agent</a></p>'
    bet = f'<div class="bet-box" {c}><p class="bet-title" {c}>Inverlochy v Dunmore: Dunmore to win 6/4 with our partner</p><a class="bet-btn" {c}>Bet now</a><p class="bet-small" {c}>18+ | BeGambleAware.org | New customers only. T&amp;Cs apply. Odds subject to change.</p></div>'
    tweet = '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Six unbeaten. Proud of this group. On to Inverlochy 💙</p>&mdash; Jamie Rennie (@JRennie5) <a href="https://x.example/JRennie5/status/1">December 14, 2025</a></blockquote>'
    more2 = '<p><strong>READ MORE:</strong> <a href="/championship/table-after-weekend">Championship table: Dunmore close gap at the top</a></p>'
    body = paras(art, between={1: more1, 3: bet, 6: tweet, 7: more2})
    table = "".join(
        f"<tr {c}><td>{i}</td><td>{t}</td><td>{p}</td><td>{pts}</td></tr>"
        for i, (t, p, pts) in enumerate(
            [
                ("Inverlochy", 17, 36),
                ("Kelso Rovers", 17, 33),
                ("Dunmore Ath", 17, 32),
                ("Port Ellan", 17, 27),
            ],
            1,
        )
    )
    comments = "".join(
        f"<li {c}><b {c}>{e(n)}</b><span {c}>{t}</span><p {c}>{e(x)}</p></li>"
        for n, t, x in [
            (
                "DunmoreDaft",
                "2h ago",
                "Good to hear, but we said the same two years ago and sold our top scorer on deadline day.",
            ),
            (
                "Jinky67",
                "1h ago",
                "Rennie back is massive for Saturday. Inverlochy away is always a battle.",
            ),
        ]
    )
    content = f"""<div class="ticker" {c}><span {c}>LATEST SCORES</span><ul {c}><li {c}>Kelso Rovers 1-1 Port Ellan FT</li><li {c}>Inverlochy 2-0 Ardmuir FT</li><li {c}>Dunmore Ath 3-1 Glenbrae FT</li></ul></div>
<header class="site-header" {c}><a class="brand" href="/" {c}>Terrace Talk Scotland</a><nav {c}><a {c}>Premiership</a><a {c}>Championship</a><a {c}>League One</a><a {c}>Transfers</a><a {c}>Podcasts</a></nav><a class="signin" {c}>Sign in</a></header>
<main {c}><article class="story" {c}>
<nav class="crumbs" {c}><a {c}>Football</a> / <a {c}>Championship</a> / <a {c}>Dunmore Athletic</a></nav>
<h1 {c}>{e(art["title"])}</h1>
<p class="standfirst" {c}>The Dunmore boss says the board have backed him to keep his squad together for the title push.</p>
<div class="byline" {c}><a {c}>{e(art["author"])}</a><span {c}>Chief Football Writer</span><time datetime="{art["date"]}" {c}>Fri 19 Dec 2025, 2:15pm</time></div>
<figure {c}><img src="/img/cairns-presser.jpg" alt="" {c}><figcaption {c}>Stevie Cairns speaking to the press on Thursday. Picture: Terrace Talk Scotland</figcaption></figure>
<div class="prose" {c}>
{body}
</div>
<div class="whatsapp" {c}><p {c}>Get all the latest Dunmore news sent straight to your phone. Join our WhatsApp community now.</p><a {c}>Join</a></div>
<div class="share" {c}><a {c}>Share on Facebook</a><a {c}>Share on X</a><a {c}>Copy link</a></div>
</article>
<aside class="table" {c}><h3 {c}>Championship</h3><table {c}><tr {c}><th>Pos</th><th>Team</th><th>P</th><th>Pts</th></tr>{table}</table><a {c}>Full table</a></aside>
<section class="comments" {c}><h3 {c}>Comments (2)</h3><ul {c}>{comments}</ul><p {c}>Comments are moderated. Please read our community guidelines before posting.</p></section>
<aside class="most-read" {c}><h3 {c}>Most read</h3><ol {c}>{lis(["Kelso Rovers sack manager after cup exit", "Scotland Under-21 squad named for double header", "Port Ellan fans' plan for new stand approved"])}</ol></aside></main>
<footer {c}><p {c}>Terrace Talk Scotland is part of Northmedia Ltd. © 2025.</p><p {c}>Please gamble responsibly. For help and support visit BeGambleAware.org.</p><a {c}>Privacy</a><a {c}>Cookie settings</a><a {c}>Contact</a></footer>"""
    return page(
        art,
        "Terrace Talk Scotland",
        "https://terracetalk.example/dunmore-athletic/cairns-no-january-sales",
        content,
        "en-GB",
    )


def legal(art):
    """Wagtail StreamField: every block in its own ``block-*`` wrapper, paragraph keys."""
    ps = art["paragraphs"]
    keys = iter(f"{n:05x}" for n in range(0x1A2B3, 0x1A2B3 + 40 * 7, 7))

    def text(chunk, em=False):
        inner = "".join(
            f'<p data-block-key="{next(keys)}">' + (f"<i>{e(x)}</i>" if em else e(x)) + "</p>"
            for x in chunk
        )
        return f'<div class="block-paragraph">{inner}</div>'

    case = '<div class="block-case_details"><aside class="case-box"><h4>Case details</h4><dl><dt>Case</dt><dd>Halden Estates Ltd v Marlow Court Residents</dd><dt>Court</dt><dd>Court of Appeal (Civil Division)</dd><dt>Judges</dt><dd>Okafor LJ, Brennan LJ, Whitlock LJ</dd><dt>Judgment</dt><dd>21 May 2025</dd></dl></aside></div>'
    quote = f'<div class="block-quote"><blockquote class="judgment-quote"><p data-block-key="q7c1e">{e(ps[3])}</p></blockquote></div>'
    promo = '<div class="block-promo"><div class="promo"><p class="promo-label">Webinar</p><p>Property litigation update: book your free place for 12 June and earn one CPD hour.</p><a>Register</a></div></div>'
    body = "\n".join(
        [
            text(ps[0:2]),
            case,
            text(ps[2:3]),
            quote,
            f'<div class="block-heading"><h2 data-block-key="h4e2a">{e(ps[4][3:])}</h2></div>',
            text(ps[5:7]),
            promo,
            text(ps[7:8]),
            text(ps[8:], em=True),
        ]
    )
    content = f"""<a class="skip" href="#main">Skip to content</a>
<div class="utility"><a>Log in</a><a>Register</a><a class="btn">Subscribe</a></div>
<header class="masthead"><a class="logo" href="/">The Bench Gazette</a><nav><ul><li><a>News</a></li><li><a>Practice areas</a></li><li><a>Judgments</a></li><li><a>Careers</a></li><li><a>Events</a></li><li><a>Podcast</a></li></ul></nav></header>
<main id="main"><article class="article-page">
<p class="article-page__topic"><a>Property</a> · <a>Landlord and tenant</a></p>
<h1>{e(art["title"])}</h1>
<p class="article-page__standfirst">Appeal judges reject landlord's narrow reading of a standard tenancy clause.</p>
<div class="article-page__meta"><span>By <a>{e(art["author"])}</a>, Senior Legal Reporter</span><time datetime="{art["date"]}">22 May 2025</time><span>4 min read</span></div>
<div class="article-page__tools"><a>Share</a><a>Print</a><a>Save to reading list</a></div>
<figure class="article-page__image"><img src="/media/images/court-appeal.2e16d0ba.fill-800x450.jpg" alt=""><figcaption>The Royal Courts of Justice. Photograph: Bench Gazette</figcaption></figure>
<div class="article-page__body streamfield">
{body}
</div>
<p class="article-page__disclaimer">This article is for general information only and does not constitute legal advice. Readers should take specific advice on their own circumstances.</p>
<div class="article-page__author"><img src="/media/authors/pn.jpg" alt=""><p><b>{e(art["author"])}</b> is senior legal reporter at The Bench Gazette, covering property and housing law.</p><a>Follow on LinkedIn</a></div>
<ul class="article-page__tags"><li><a>Court of Appeal</a></li><li><a>Housing</a></li><li><a>Tenancies</a></li></ul>
</article>
<section class="related"><h2>Related articles</h2>
<div class="card"><a>Service charge caps: tribunal sides with leaseholders</a><p>A tribunal has ruled that a management company cannot recover roof repair costs above the cap in the lease.</p></div>
<div class="card"><a>Renters' reform: what changes for notice periods</a><p>Our guide to the new rules on notices and how they interact with existing tenancy agreements.</p></div></section>
<aside class="jobs"><h3>Latest legal jobs</h3><ul>{lis(["Property Litigation Associate, 3-5 PQE", "Housing Solicitor, Legal Aid", "Paralegal, Real Estate"])}</ul><a>View all jobs</a></aside>
<aside class="newsletter"><h3>Daily bulletin</h3><p>The day's legal news in your inbox every morning.</p><form><input placeholder="Work email"><button>Sign up</button></form></aside></main>
<footer class="site-footer"><p>© 2025 Bench Gazette Publishing Ltd. Registered in England and Wales.</p><a>Terms</a><a>Privacy</a><a>Advertise</a><a>Contact</a></footer>"""
    return page(
        art,
        "The Bench Gazette",
        "https://benchgazette.example/news/property/landlords-six-months-notice-major-works/",
        content,
        "en-GB",
    )


def health(art):
    """HubSpot CMS blog: the post body in a ``hs_cos_wrapper`` rich-text span."""
    cta = '<p><span class="hs-cta-wrapper" id="hs-cta-wrapper-8f2a"><span class="hs-cta-node hs-cta-8f2a"><a class="cta_button" href="/cta/redirect/8f2a">Worried about your heart? Book a heart health check with our nurses</a></span></span></p>'
    body = paras(art, between={2: cta, 8: "<!--more-->"})
    content = f"""<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom"><div id="hs-eu-cookie-confirmation-inner"><p>We use cookies to improve your experience and to show you relevant content.</p><a id="hs-eu-confirmation-button">Accept</a><a id="hs-eu-decline-button">Decline</a></div></div>
<div class="header-container-wrapper"><header class="header"><a class="header__logo" href="/">Heartline Health</a><nav class="menu"><ul><li><a>Conditions</a></li><li><a>Healthy living</a></li><li><a>Ask a nurse</a></li><li><a>News</a></li></ul></nav><a class="button">Find a clinic</a></header></div>
<div class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper"><article class="blog-post">
<div class="blog-post__meta"><a class="blog-post__tag-link">Heart health</a> · <time datetime="{art["date"]}">June 30, 2025</time></div>
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field" data-hs-cos-type="text">{e(art["title"])}</span></h1>
<div class="blog-post__author"><span>Written by {e(art["author"])}</span><span>Medically reviewed by Dr. Amrit Sandhu, MRCP</span><span>6 min read</span></div>
<div class="key-takeaways"><h3>Key takeaways</h3><ul><li>Several hot days in a row are harder on the heart than a single hot day.</li><li>Check with your pharmacist about heart medicines and heat.</li><li>Call an ambulance for chest pain in the heat.</li></ul></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
{body}
</span></div>
<div class="sources"><h4>Sources</h4><ol><li>National heat-health surveillance report, summer 2024.</li><li>Cardiology society guidance on medicines in hot weather, 2023.</li></ol></div>
<p class="medical-disclaimer"><em>This article is for information only and is not a substitute for advice from your own doctor. If you are worried about your health, contact your GP.</em></p>
<div class="feedback"><p>Was this article helpful?</p><button>Yes</button><button>No</button></div>
<div class="blog-post__tags"><span>Topics:</span><a>Heart health</a><a>Older adults</a><a>Summer</a></div>
</article>
<div class="blog-related-posts"><h3>Related articles</h3>
<article><a>Five myths about high blood pressure</a><p>Our nurses answer the questions they hear most often in clinic.</p></article>
<article><a>How to take your pulse at home</a><p>A simple guide to checking your heart rate and knowing when to get help.</p></article></div>
<div class="hs_cos_wrapper_type_form"><h3>Get our free heart health newsletter</h3><form class="hs-form"><input placeholder="Email*"><button>Subscribe</button></form><p class="legal-consent">You can unsubscribe at any time. See our privacy policy.</p></div>
</div></div></div>
<div class="footer-container-wrapper"><footer class="footer"><p>© 2025 Heartline Health Ltd. Registered charity no. 1234567.</p><a>Privacy policy</a><a>Accessibility</a><a>Contact us</a></footer></div>"""
    return page(
        art,
        "Heartline Health",
        "https://www.heartlinehealth.example/news/heatwaves-and-your-heart",
        content,
        "en-GB",
        head='<meta name="generator" content="HubSpot">\n',
    )


def farming(art):
    """ASP.NET WebForms: the whole page one form, the body one label split by ``<br />``."""
    ps = art["paragraphs"]
    mart = '<table class="martTable" cellpadding="2" border="1"><caption>Ballinrush Mart, Thursday</caption><tr><th>Category</th><th>Price range (€/kg)</th></tr><tr><td>Bullocks 500kg+</td><td>3.10 - 3.45</td></tr><tr><td>Heifers</td><td>2.95 - 3.60</td></tr><tr><td>Cull cows</td><td>2.10 - 2.70</td></tr></table>'
    parts = [e(x) for x in ps]
    text = (
        "<br /><br />".join(parts[:2]) + "<br />" + mart + "<br />" + "<br /><br />".join(parts[2:])
    )
    teasers = "".join(
        f'<tr><td class="teaser"><a id="ctl00_rptTeasers_ctl0{i}_lnkTitle">{e(t)}</a><br /><span>{e(d)}</span></td></tr>'
        for i, (t, d) in enumerate(
            [
                (
                    "Sheep sale sees strong trade for lambs",
                    "Over 1,400 sheep went under the hammer at Kilcash on Saturday, with factory lambs making up to €160.",
                ),
                (
                    "Co-op reports rise in feed orders",
                    "Orders for ration were up sharply in June as farmers supplemented grass on dry farms.",
                ),
            ]
        )
    )
    content = f"""<form name="aspnetForm" method="post" action="./article.aspx?id=48213" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTM2NjQxOTg2MQ9kFgJmD2QWAgIDD2QWBAIBDxYCHgRUZXh0BQ" /><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBAKq9dX3DwKM54rGBgK7q7GGCALWlM+bAg==" /></div>
<table id="ctl00_tblMaster" width="980" align="center" cellspacing="0" cellpadding="0"><tr><td colspan="2" class="masthead"><a href="default.aspx"><img src="images/masthead.gif" alt="The Kilcash Farming Courier" /></a><br /><span class="tagline">Serving the farming community since 1902</span></td></tr>
<tr><td colspan="2" class="menu"><a href="default.aspx">Home</a> | <a href="section.aspx?s=news">News</a> | <a href="section.aspx?s=marts">Marts</a> | <a href="section.aspx?s=machinery">Machinery</a> | <a href="section.aspx?s=classifieds">Classifieds</a> | <a href="epaper.aspx">E-Paper</a> | <a href="contact.aspx">Contact</a></td></tr>
<tr><td class="main" valign="top" width="680">
<span id="ctl00_ContentPlaceHolder1_lblSection" class="section">Marts</span>
<h1><span id="ctl00_ContentPlaceHolder1_lblHeadline">{e(art["title"])}</span></h1>
<span id="ctl00_ContentPlaceHolder1_lblByline" class="byline">By {e(art["author"])}</span> - <span id="ctl00_ContentPlaceHolder1_lblDate" class="date">Tuesday, 15 July 2025</span><br />
<img id="ctl00_ContentPlaceHolder1_imgMain" src="photos/48213.jpg" alt="" /><br /><span id="ctl00_ContentPlaceHolder1_lblCaption" class="caption">Buyers around the ring at Ballinrush mart on Thursday. Photo: Pat Walsh</span><br /><br />
<span id="ctl00_ContentPlaceHolder1_lblBody" class="bodytext">{text}</span><br /><br />
<span id="ctl00_ContentPlaceHolder1_lblEpaper" class="promo">Read the full mart reports from all six marts in this week's paper, in shops now or on the e-paper.</span><br />
<a id="ctl00_ContentPlaceHolder1_lnkPrint" href="print.aspx?id=48213">Print this article</a> | <a id="ctl00_ContentPlaceHolder1_lnkEmail" href="email.aspx?id=48213">Email to a friend</a><br /><br />
<b>Also in this week's paper</b><table id="ctl00_ContentPlaceHolder1_tblTeasers">{teasers}</table>
</td><td class="side" valign="top" width="300">
<div class="box"><b>Farm weather</b><br />Wednesday: dry, 24°C, light winds. Thursday: cloudy, 21°C. Saturday: showers, 18°C.</div>
<div class="box"><b>Advertisement</b><br /><a href="adclick.aspx?id=77"><img src="ads/feeds300.gif" alt="Advertisement" /></a></div>
<div class="box"><b>Classifieds</b><br /><a>Tractor for sale, 2014, 4,200 hours</a><br /><a>Round bale silage wanted, collection arranged</a><br /><a>Hereford bull, 3 years, quiet</a></div></td></tr>
<tr><td colspan="2" class="footer">© 2025 The Kilcash Farming Courier Ltd. Registered in Ireland no. 12345. | <a href="privacy.aspx">Privacy</a> | <a href="advertise.aspx">Advertise with us</a></td></tr></table>
</form>"""
    return page(
        art,
        "The Kilcash Farming Courier",
        "https://www.kilcashcourier.example/article.aspx?id=48213",
        content,
        "en-IE",
    )


LAYOUTS_H18 = {
    "h18-01-faroese": ("h18_faroese", faroese),
    "h18-02-papiamento": ("h18_papiamento", papiamento),
    "h18-03-tokpisin": ("h18_tokpisin", tokpisin),
    "h18-04-samoan": ("h18_samoan", samoan),
    "h18-05-malagasy": ("h18_malagasy", malagasy),
    "h18-06-scotfootball": ("h18_scotfootball", scotfootball),
    "h18-07-legal": ("h18_legal", legal),
    "h18-08-health": ("h18_health", health),
    "h18-09-farming": ("h18_farming", farming),
}
