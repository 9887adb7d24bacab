"""Layouts of the frozen held-out group "h16" of the extraction benchmark.

Written after the twelfth round, at the start of the thirteenth (its first changes,
5405821, c3e43ae and bdbc016, were committed while these pages were being written, from
work begun before the pages were in the repository), by someone other than the person
tuning the reader and without reading the reader's cleaning rules or its output on these
pages; never used for tuning (docs/benchmarks-extraction.md).
``tests/test_read_bench.py`` pins a digest of the generated files. Fictional pages in
layouts and languages not used by h2-h15: a Breton weekly on Joomla with justified
paragraphs, an in-body list, a "Lenn ivez" line, an ad module and a fact box written as
sentences inside the article body, a hit counter and related items with intro
sentences; a Galician digital daily whose body is made of custom elements, with a
teaser card, an ad and a WhatsApp prompt inside it, an author bio and reader comments;
a Maori iwi news site on Squarespace whose body is split into content blocks by an
image block and a notice block, with an in-body list and a newsletter block; a Yoruba
news site on Elementor with a "read also" line, an ad widget and a Telegram prompt
inside the body, reader comments and related posts with excerpts; an Azerbaijani news
agency portal with a bold lead, a "read also" line, an ad slot and an attribution line
inside the body and a news feed with times; a Jamaican daily whose body is made of
``data-component`` blocks, with a related-links block, an image block, an ad, a
correction (article text) and a tip line inside it, comment guidelines and comments; a
US sports site's game recap with a score strip, line score, game leaders, a highlights
card and a betting box inside the body and a gambling-help line; a financial wire's
story page whose body is preformatted, hard-wrapped text with a correction line (article
text), a reporting credit and an "(END)" trailer, with a ticker table and a data
disclaimer; and a borough council's e-newsletter (web version, email layout tables)
with an in-body list, a button block, an editor's note (article text), "In brief"
items, dates for the diary and an unsubscribe footer.
"""

from __future__ import annotations

import html
import textwrap

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
<meta property="article:published_time" content="{art["date"]}T09:15:00+00:00">
{head}<script async src="https://ads.example/tag.js"></script>
</head><body>
{content}
</body></html>
"""


def breton(art):
    p = '<p style="text-align: justify;">{}</p>'
    lenn = '<p style="text-align: justify;"><strong>Lenn ivez:</strong> <a href="/keleier/kreiz-breizh/marchad-bio-karaez">Ur marc\'had bio nevez e Karaez bep Merc\'her</a></p>'
    ad = '<div class="moduletable bruderezh"><span class="bruderezh-label">Bruderezh</span><div id="ad-kreiz"></div></div>'
    box = """<div class="bloc-info" style="border: 1px solid #ccc; padding: 10px;"><p><strong>Ti ar marc'had e sifroù</strong></p><p>Savet e oa bet ti ar marc'had e 1887 gant mein-glas ha koad derv. Ennañ e oa bet 40 gwerzher d'ar c'houlz-se.</p></div>"""
    body = paras(
        art,
        p=p,
        h='<h3 style="text-align: justify;">{}</h3>',
        between={2: lenn, 3: ad, 9: box},
    )
    related = "".join(
        f'<li><a href="/keleier/{i}">{e(t)}</a><p class="mod-articles-intro">{e(d)}</p></li>'
        for i, (t, d) in enumerate(
            [
                (
                    "Gouel ar brezhoneg: 3 000 a dud e Karaez",
                    "Brasoc'h eo bet ar gouel er bloaz-mañ eget biskoazh, gant sonadegoù ha kenstrivadegoù e pep korn eus kêr.",
                ),
                (
                    "Skol Diwan Karaez a zigor ur c'hlas nevez",
                    "Tregont bugel ouzhpenn a vo degemeret er skol e miz Gwengolo, a lavar ar rener.",
                ),
            ]
        )
    )
    popular = "".join(
        f"<li><a>{e(x)}</a></li>"
        for x in [
            "Ar c'hlub mell-droad a c'hounez er c'hoari kentañ",
            "Hent Kemper serret e-pad ur sizhun",
            "Fest-noz bras e Plouguer d'ar Sadorn",
        ]
    )
    content = f"""<div class="header"><div class="logo"><a href="/">Ar Gelaouenn</a></div><p class="slogan">Keleier Kreiz-Breizh e brezhoneg</p>
<ul class="nav menu"><li><a>Degemer</a></li><li><a>Keleier</a></li><li><a>Sevenadur</a></li><li><a>Sport</a></li><li><a>Deskiñ</a></li><li><a>Darempred</a></li></ul><a class="lang">Français</a></div>
<ul class="breadcrumb"><li>Emaoc'h amañ: </li><li><a>Degemer</a></li><li><a>Keleier</a></li><li>Kreiz-Breizh</li></ul>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">{e(art["title"])}</h2></div>
<div class="icons"><a class="print">Moullañ</a> <a class="email">Kas dre bostel</a></div>
<dl class="article-info muted"><dt class="article-info-term">Titouroù</dt>
<dd class="createdby" itemprop="author">Skrivet gant {e(art["author"])}</dd>
<dd class="category-name">Rummad: <a>Kreiz-Breizh</a></dd>
<dd class="published"><time datetime="{art["date"]}">Embannet d'ar Meurzh 04 a viz Meurzh 2025</time></dd>
<dd class="hits">Gweladennoù: 1284</dd></dl>
<div class="pull-left item-image"><img src="/images/marchad-karaez.jpg" alt=""><p class="img_caption">Ti ar marc'had e-pad al labourioù, e miz Genver. Luc'hskeudenn: Ar Gelaouenn</p></div>
<div itemprop="articleBody">{body}</div>
<ul class="pager pagenav"><li class="previous"><a>&lt; Diaraok</a></li><li class="next"><a>War-lerc'h &gt;</a></li></ul>
</div>
<div class="moduletable"><h3>Pennadoù kar</h3><ul class="relateditems mod-list">{related}</ul></div>
<div class="moduletable lizher"><h3>Lizher-kelaouiñ</h3><p>Resevit keleier ar sizhun bep Sul en ho posteli. Digoust eo.</p><input placeholder="Ho chomlec'h postel"><button>Koumanantiñ</button></div>
<div class="moduletable"><h3>Ar re lennet ar muiañ</h3><ul class="mostread">{popular}</ul></div>
<div class="footer"><p>Copyright © 2025 Ar Gelaouenn. Gant skoazell ar Rannvro.</p><ul><li><a>Titouroù lezennel</a></li><li><a>Prevezded</a></li><li><a>Kenlabourat ganeomp</a></li></ul></div>"""
    return page(
        art,
        "Ar Gelaouenn",
        "https://argelaouenn.example/keleier/kreiz-breizh/212-ti-ar-marchad-karaez",
        content,
        "br",
    )


def galician(art):
    card = """<ld-related class="related-card"><span class="related-card__label">Tamén che pode interesar</span><a href="/lugo/2025/06/tren-lugo-madrid"><strong>O tren directo Lugo-Madrid volverá en decembro</strong><span>Renfe confirma que a conexión sen transbordos recuperarase cando rematen as obras na vía de Monforte.</span></a></ld-related>"""
    ad = '<ld-ad class="ad ad--robapaxinas" data-label="Publicidade"><span>Publicidade</span></ld-ad>'
    body = paras(
        art,
        p='<ld-paragraph class="ld-p">{}</ld-paragraph>',
        h='<ld-subtitle class="ld-h2">{}</ld-subtitle>',
        between={2: card, 5: ad},
    )
    whatsapp = '<ld-paragraph class="ld-p ld-p--promo"><a href="https://wa.example/canle">Únete á canle de WhatsApp de Lugo Hoxe e recibe as novas máis importantes no teu móbil.</a></ld-paragraph>'
    cmts = comments(
        [
            (
                "Manolo de Sarria",
                "hai 5 horas",
                "Levo vinte anos oíndo falar desta estación. Crerei que existe cando poida coller alí o autobús.",
                "Responder",
            ),
            (
                "Iria P.",
                "hai 3 horas",
                "O importante é que os autobuses deixen de pasar pola rolda. Os que vivimos alí non durmimos.",
                "Responder",
            ),
            (
                "xabier_lu",
                "hai 1 hora",
                "Un centro cívico no edificio vello sería unha boa idea, o barrio non ten ningún local público.",
                "Responder",
            ),
        ]
    )
    most = "".join(
        f"<li><a>{e(x)}</a></li>"
        for x in [
            "Pechada a ponte da Chanca por obras ata o luns",
            "O Breogán gaña en Ourense nun partido igualado",
            "Abre a nova piscina municipal do Sagrado Corazón",
        ]
    )
    content = f"""<div id="cmp" class="cmp-banner"><p>Usamos cookies propias e de terceiros para mellorar os nosos servizos e mostrarche publicidade relacionada coas túas preferencias.</p><button>Aceptar</button><button>Configurar</button></div>
<header class="site-header"><a class="logo">Lugo Hoxe</a><nav><a>Lugo</a><a>Provincia</a><a>Galicia</a><a>Deportes</a><a>Cultura</a><a>Opinión</a></nav><a class="subscribe">Subscríbete</a><a>Entrar</a></header>
<div class="breaking"><span>Última hora</span> <a>Corte de auga en Fingoi esta tarde</a></div>
<main><ld-article class="article">
<ld-kicker class="article__kicker">Mobilidade</ld-kicker>
<h1 class="article__title">{e(art["title"])}</h1>
<ld-standfirst class="article__dek">A terminal construirase xunto á estación de tren e terá un aparcadoiro soterrado</ld-standfirst>
<ld-byline class="article__byline"><a>{e(art["author"])}</a> <span>Lugo</span> <time datetime="{art["date"]}T11:05:00+02:00">18/09/2025 ás 11:05</time> <span>Actualizado ás 13:40</span></ld-byline>
<ld-share class="share"><a>Facebook</a><a>X</a><a>WhatsApp</a><a>Copiar ligazón</a></ld-share>
<figure class="article__media"><img src="estacion.jpg" alt=""><figcaption>Recreación da futura estación intermodal. Xunta de Galicia</figcaption></figure>
<ld-article-body class="article__body">
{body}
{whatsapp}
</ld-article-body>
<ld-tags class="tags"><span>Temas:</span><a>Mobilidade</a><a>Xunta</a><a>Concello de Lugo</a></ld-tags>
<ld-author-bio class="author-bio"><p>Uxía Fernández Rei é redactora de Lugo Hoxe desde 2018 e escribe sobre mobilidade e urbanismo.</p></ld-author-bio>
</ld-article>
<section class="comments"><h3>Comentarios (3)</h3>{cmts}<p class="comments__rules">Os comentarios son responsabilidade dos seus autores. Lugo Hoxe resérvase o dereito de eliminar os que sexan ofensivos.</p></section>
<aside class="most-read"><h3>O máis lido</h3><ol>{most}</ol></aside></main>
<footer><p>© 2025 Lugo Hoxe Comunicación S.L.</p><a>Aviso legal</a><a>Política de privacidade</a><a>Política de cookies</a><a>Contacto</a></footer>"""
    return page(
        art,
        "Lugo Hoxe",
        "https://lugohoxe.example/lugo/2025/09/18/xunta-licita-estacion-intermodal",
        content,
        "gl",
    )


def maori(art):
    ps = art["paragraphs"]

    def block(chunk):
        inner = paras(dict(paragraphs=chunk), p="p", ul="ul")
        return f'<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">{inner}</div></div>'

    image = """<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure"><img src="wharekai.jpg" alt=""><figcaption class="image-caption-wrapper"><p>Ko te whare kai hou i mua i te whakatuwheratanga. Whakaahua: Te Reo o Te Kōura</p></figcaption></figure></div></div>"""
    notice = """<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="panui" style="background:#f2efe6;padding:16px"><p><strong>Pānui</strong></p><p>Mō ētahi atu kōrero mō te rā, waea atu ki te tari o te marae i ngā rā wiki. Ka tukuna hoki ngā whakaahua o te rā ki tā mātou whārangi Pukamata.</p></div></div></div>"""
    newsletter = """<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><h2>Haina mai</h2><p>Whiwhi ai i ngā kōrero o te rohe ki tō pouaka īmēra i ia wiki.</p><input placeholder="Īmēra"><button>Tukuna</button></div></div>"""
    body = "\n".join([block(ps[:4]), image, block(ps[4:8]), notice, block(ps[8:]), newsletter])
    content = f"""<header class="Header"><div class="Header-branding"><a>Te Reo o Te Kōura</a></div>
<nav class="Header-nav"><a>Kāinga</a><a>Ngā Kōrero</a><a>Reo Irirangi</a><a>Pāhorangi</a><a>Whakapā mai</a></nav><a class="listen-live">Whakarongo mai</a></header>
<main class="Main Main--blog-item"><article class="BlogItem hentry">
<div class="BlogItem-meta"><a class="BlogItem-meta-item--category">Ngā Kōrero ā-Iwi</a> <time class="BlogItem-meta-item--date" datetime="{art["date"]}">24 Hōngongoi 2025</time></div>
<h1 class="BlogItem-title">{e(art["title"])}</h1>
<div class="BlogItem-meta-item--author">Nā {e(art["author"])}</div>
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item">{body}</div>
<div class="BlogItem-share"><span>Tiria tēnei kōrero</span><a>Facebook</a><a>X</a><a>LinkedIn</a></div>
<div class="BlogItem-topics"><a>#marae</a><a>#hapori</a></div>
</article>
<nav class="BlogItem-pagination"><a class="BlogItem-pagination-link--prev"><span>Tōmua</span><h4>Ka hoki mai te kapa haka ki te kura o te rohe</h4></a><a class="BlogItem-pagination-link--next"><span>Whai ake</span><h4>Kua tīmata te hī tuna i te awa</h4></a></nav></main>
<footer class="Footer"><p>© 2025 Te Reo o Te Kōura. Nā Te Tahua Pāpāho ā-Iwi i tautoko.</p><a>Tō mātou kaupapa</a><a>Tūmataiti</a><p>Powered by Squarespace</p></footer>"""
    return page(
        art,
        "Te Reo o Te Kōura",
        "https://tereootekoura.example/korero/whare-kai-hou",
        content,
        "mi",
    )


def yoruba(art):
    ka = '<p><strong>Ẹ ka eleyi naa:</strong> <a href="/2025/05/ina-oja-ibadan/">Ina jo ṣọọbu mẹwaa ninu ọja Ọja-Ọba</a></p>'
    ad = '<div class="elementor-element elementor-widget elementor-widget-html" data-widget_type="html.default"><div class="elementor-widget-container"><div class="ad-box"><small>Ìpolówó</small><div id="ad-inline-2"></div></div></div></div>'
    body = paras(art, between={1: ka, 4: ad})
    telegram = "<p><strong>Ẹ darapọ mọ ikanni Telegram wa lati maa ri iroyin tuntun gba lẹsẹkẹsẹ.</strong></p>"

    def widget(kind, inner, cls=""):
        return f'<div class="elementor-element {cls} elementor-widget elementor-widget-{kind}" data-widget_type="{kind}.default"><div class="elementor-widget-container">{inner}</div></div>'

    cmts = comments(
        [
            (
                "Ọmọ Ibadan",
                "Oṣu kẹfa 12, 2025 ni 4:20 irọlẹ",
                "Ọja yii ti yẹ fun atunṣe tipẹ, ṣugbọn ki ijọba ma jẹ ki awọn ontaja jiya lasiko iṣẹ naa.",
                "Fesi",
            ),
            (
                "Kunle A.",
                "Oṣu kẹfa 12, 2025 ni 6:05 irọlẹ",
                "Ojoo jinna si ọpọ awọn onibaara, ki wọn ṣe ọkọ ọfẹ naa lootọ gẹgẹ bi wọn ṣe sọ.",
                "Fesi",
            ),
        ]
    )
    related = "".join(
        f'<article class="elementor-post"><h3 class="elementor-post__title"><a>{e(t)}</a></h3><div class="elementor-post__excerpt"><p>{e(d)}</p></div></article>'
        for t, d in [
            (
                "Owo ọkọ ero gbowo lori l'Ọyọ",
                "Awọn awakọ ni iye owo epo to ga lo fa a, wọn si ni awọn ko le ṣe ju bẹẹ lọ.",
            ),
            (
                "Ijọba ṣeleri ọna tuntun si Mọniya",
                "Kọmiṣanna fun iṣẹ ode sọ pe iṣẹ yoo bẹrẹ ko too di opin oṣu yii.",
            ),
        ]
    )
    postnav = widget(
        "post-navigation",
        '<a class="prev">Ti tẹlẹ: Ojo nla ba ile jẹ l\'Ogbomọṣọ</a><a class="next">To kan: Awọn akẹkọọ pada si ileewe l\'Ọyọ</a>',
    )
    content = f"""<div data-elementor-type="header" class="elementor elementor-location-header">
{widget("theme-site-logo", '<a href="/">Iroyin Oodua</a>')}
{widget("nav-menu", "<nav><ul><li><a>Iroyin</a></li><li><a>Oṣelu</a></li><li><a>Ere idaraya</a></li><li><a>Ọrọ aje</a></li><li><a>Ẹ kan si wa</a></li></ul></nav>")}</div>
<div data-elementor-type="single-post" class="elementor elementor-location-single post-4412 post type-post">
{widget("theme-post-title", f'<h1 class="elementor-heading-title">{e(art["title"])}</h1>')}
{widget("post-info", f'<ul class="elementor-post-info"><li>Lati ọwọ {e(art["author"])}</li><li>Ọjọbọ, Oṣu kẹfa 12, 2025</li><li>Ọrọ 2</li></ul>')}
{widget("theme-post-featured-image", '<figure><img src="bodija.jpg" alt=""><figcaption>Apa kan ọja Bodija niluu Ibadan. Fọto: Iroyin Oodua</figcaption></figure>')}
{widget("theme-post-content", body + chr(10) + telegram)}
{widget("share-buttons", "<span>Ẹ pin in:</span><a>Facebook</a><a>WhatsApp</a><a>X</a>")}
{postnav}
<div class="comments-area"><h3>Ọrọ 2</h3>{cmts}<h3>Ẹ fi ọrọ silẹ</h3><form><textarea></textarea><button>Fi ranṣẹ</button></form></div>
{widget("posts", "<h2>Awọn iroyin mi-in</h2>" + related)}
</div>
<footer class="elementor-location-footer"><p>© 2025 Iroyin Oodua. Gbogbo ẹtọ wa ni ipamọ.</p><a>Nipa wa</a><a>Ipolowo</a><a>Aṣiri</a></footer>"""
    return page(
        art,
        "Iroyin Oodua",
        "https://iroyinoodua.example/2025/06/12/atunse-oja-bodija/",
        content,
        "yo",
    )


def azerbaijani(art):
    ps = art["paragraphs"]
    lead = f"<p><strong>{e(ps[0])}</strong></p>"
    oxu = '<p><strong>Oxu həmçinin:</strong> <a href="/az/news/region/gence-kucelerinde-temir-isleri">Gəncədə 12 küçədə təmir işləri aparılır</a></p>'
    ad = '<div class="banner-in-text text-center"><span class="small text-muted">Reklam</span><div id="adriver-inread"></div></div>'
    rest = paras(dict(paragraphs=ps[1:]), between={1: oxu, 3: ad})
    attribution = "<p><em>Xəbərdən istifadə edərkən mənbəyə istinad mütləqdir.</em></p>"
    feed = "".join(
        f'<li class="list-group-item"><span class="time">{tm}</span> <a>{e(x)}</a></li>'
        for tm, x in [
            ("12:40", "Bakıda sabah yağış gözlənilir"),
            ("12:25", "Şəmkirdə yeni məktəb binası istifadəyə verilib"),
            ("12:02", "Neftin qiyməti ucuzlaşıb"),
            ("11:58", "Lənkəranda çay festivalı keçiriləcək"),
        ]
    )
    others = teasers(
        [
            (
                "Gəncə-Bakı qatarının hərəkət cədvəli dəyişir",
                "Yeni cədvəl iyulun 1-dən qüvvəyə minəcək, qatar səhər saatlarında daha tez yola düşəcək.",
            ),
            (
                "Kəpəz rayonunda yeni park salınır",
                "Parkda uşaq meydançası və velosiped yolu olacaq, işlərin payızda başa çatması gözlənilir.",
            ),
        ],
        tag="h4",
        cls="col-md-6 news-card",
    )
    content = f"""<div class="top-bar container-fluid"><span>USD 1.7000</span> <span>EUR 1.8421</span> <span>RUB 0.0214</span> <span>Bakı +24°</span> <span>12 iyun 2025, cümə axşamı</span></div>
<nav class="navbar navbar-expand-lg"><a class="navbar-brand">Xəbər Mərkəzi</a><ul class="navbar-nav"><li class="nav-item"><a>Siyasət</a></li><li class="nav-item"><a>İqtisadiyyat</a></li><li class="nav-item"><a>Regionlar</a></li><li class="nav-item"><a>Cəmiyyət</a></li><li class="nav-item"><a>İdman</a></li></ul><a>RU</a> <a>EN</a></nav>
<div class="container"><div class="row"><div class="col-md-8">
<div class="news-detail"><a class="category">Regionlar</a>
<h1>{e(art["title"])}</h1>
<div class="news-info"><span class="date">12 iyun 2025 11:47</span> <span class="views">Baxış: 2341</span></div>
<img class="img-fluid" src="gence-su.jpg" alt=""><p class="photo-caption">Foto: Xəbər Mərkəzi</p>
<div class="news-text">{lead}
{rest}
{attribution}</div>
<div class="tags">Teqlər: <a>Gəncə</a> <a>su təchizatı</a> <a>tikinti</a></div>
<div class="share"><span>Paylaş:</span><a>Facebook</a><a>Telegram</a><a>WhatsApp</a></div>
<div class="author">Müəllif: {e(art["author"])}</div>
<div class="telegram-promo"><p>Ən son xəbərləri ilk öyrənmək üçün Telegram kanalımıza abunə olun.</p></div>
</div>
<div class="other-news row"><h3 class="col-12">Digər xəbərlər</h3>{others}</div>
</div>
<div class="col-md-4"><div class="news-feed"><h3>Xəbər lenti</h3><ul class="list-group">{feed}</ul><a>Bütün xəbərlər</a></div></div></div></div>
<footer class="footer"><p>© 2025 Xəbər Mərkəzi. Saytdakı materiallardan istifadə zamanı hiperlinklə istinad vacibdir.</p><a>Haqqımızda</a><a>Reklam</a><a>Əlaqə</a></footer>"""
    return page(
        art,
        "Xəbər Mərkəzi",
        "https://xebermerkezi.example/az/news/region/gencede-yeni-su-anbari",
        content,
        "az",
    )


def jamaican(art):
    text = '<div data-component="text-block" class="block"><p>{}</p></div>'
    sub = '<div data-component="subheadline-block" class="block"><h2>{}</h2></div>'
    links = """<div data-component="links-block" class="block"><h3>Related</h3><ul><li><a href="/news/20250114/drought-st-elizabeth">Drought pushes St Elizabeth vegetable prices up 30%</a></li><li><a href="/news/20241121/irrigation-works">Work begins on Essex Valley irrigation line</a></li></ul></div>"""
    image = """<div data-component="image-block" class="block"><figure><img src="campbell.jpg" alt=""><figcaption>Desmond Campbell checks the new standpipe on his farm in Essex Valley. (Photo: Clarion photographer)</figcaption></figure></div>"""
    ad = '<div data-component="ad-block" class="block ad"><span>ADVERTISEMENT</span><div id="dfp-inline-1"></div></div>'
    body = paras(art, p=text, h=sub, between={2: links, 3: image, 6: ad})
    tip = '<div data-component="text-block" class="block"><p><em>Have a story from your community? Email newsroom@kingstonclarion.example or send us a WhatsApp message.</em></p></div>'
    cmts = comments(
        [
            (
                "Ms Pearl",
                "5 hours ago",
                "Big up the farmers of Essex Valley, they have been asking for this water since before I was born.",
                "Reply",
            ),
            (
                "T. Gordon",
                "3 hours ago",
                "Good news, but the rate must be fair, or the small farmers will be right back where they started.",
                "Reply",
            ),
        ]
    )
    popular = "".join(
        f"<li><a>{e(x)}</a></li>"
        for x in [
            "JUTC adds 20 buses to Portmore routes",
            "Police seek witnesses to Spanish Town crash",
            "Reggae Girlz name squad for Gold Cup qualifiers",
        ]
    )
    content = f"""<header class="masthead"><a class="logo">The Kingston Clarion</a><div class="masthead__tools"><a>ePaper</a><a>Subscribe</a><a>Sign In</a><span>Kingston 31°C</span></div>
<nav><a>News</a><a>Business</a><a>Sports</a><a>Entertainment</a><a>Lifestyle</a><a>Letters</a><a>Jamaicans Abroad</a></nav></header>
<main><article data-component="article">
<div data-component="headline-block"><h1>{e(art["title"])}</h1></div>
<div data-component="byline-block"><p>By {e(art["author"])}</p><p>Senior staff reporter</p><time datetime="{art["date"]}">Tuesday, February 11, 2025</time></div>
<div data-component="share-block"><a>Facebook</a><a>X</a><a>WhatsApp</a><a>Email</a><a>Print</a></div>
<div data-component="image-block" class="lead"><figure><img src="valley.jpg" alt=""><figcaption>Water flows into a farm pond in Essex Valley on Monday. (Photo: Clarion photographer)</figcaption></figure></div>
{body}
{tip}
<div data-component="tags-block"><a>Agriculture</a><a>St Elizabeth</a><a>Water</a></div>
</article>
<section class="comments"><h3>Comments</h3><p class="comments__policy">We welcome comments that add to the discussion. Comments are moderated and may be removed if they are abusive or off topic.</p>{cmts}</section>
<aside><h3>Most Popular</h3><ol>{popular}</ol></aside></main>
<footer><p>© 2025 Kingston Clarion Ltd. All rights reserved.</p><a>About Us</a><a>Contact</a><a>Advertise</a><a>Privacy Policy</a></footer>"""
    return page(
        art,
        "The Kingston Clarion",
        "https://kingstonclarion.example/news/20250211/essex-valley-irrigation",
        content,
        "en-JM",
    )


def sportsrecap(art):
    video = """<aside class="inline-video"><div class="video-player" data-id="hl-55102"></div><h4>Okafor's 31 lead Gulls past Pines</h4><p>Chidi Okafor drops 31 points and grabs nine boards in Harbor City's win over Tacoma.</p><span>1:42</span></aside>"""
    odds = """<aside class="odds-module"><h4>Betting</h4><table><tr><th></th><th>Spread</th><th>Total</th><th>ML</th></tr><tr><td>TAC</td><td>+4.5</td><td>o221.5</td><td>+160</td></tr><tr><td>HC</td><td>-4.5</td><td>u221.5</td><td>-190</td></tr></table><p class="odds-legal">Odds by Fairline Sportsbook. Gambling problem? Call 1-800-GAMBLER. 21+ only where legal.</p></aside>"""
    body = paras(
        art,
        p='<p class="story-p">{}</p>',
        h='<h3 class="story-sub">{}</h3>',
        between={2: video, 5: odds},
    )
    more = '<p class="story-p">___</p>\n<p class="story-p">Get more pro basketball coverage: <a>sportsline.example/hoops</a></p>'
    linescore = """<table class="linescore"><thead><tr><th></th><th>1</th><th>2</th><th>3</th><th>4</th><th>T</th></tr></thead><tbody><tr><td>TAC</td><td>24</td><td>22</td><td>30</td><td>25</td><td>101</td></tr><tr><td>HC</td><td>31</td><td>28</td><td>24</td><td>25</td><td>108</td></tr></tbody></table>"""
    leaders = """<div class="game-leaders"><h3>Game Leaders</h3><ul><li><span>Points</span> C. Okafor 31 · J. Pruitt 27</li><li><span>Rebounds</span> A. Boateng 11 · C. Okafor 9</li><li><span>Assists</span> M. Delaney 8 · J. Pruitt 6</li></ul></div>"""
    top = teasers(
        [
            (
                "Rangers' Kowalczyk out 4-6 weeks with broken hand",
                "The Boise guard was hurt diving for a loose ball in the fourth quarter on Sunday.",
            ),
            (
                "Power rankings: Gulls climb into the top five",
                "Harbor City's defense has allowed fewer than 100 points in six of its last eight games.",
            ),
            (
                "Fantasy: Three waiver pickups for Week 5",
                "Andre Boateng is averaging a double-double since moving into the starting lineup.",
            ),
        ],
        cls="headline-item",
    )
    content = f"""<header class="global-nav"><a class="logo">SportsLine</a><nav><a>NFL</a><a>NBA</a><a>MLB</a><a>NHL</a><a>NCAAF</a><a>NCAAM</a><a>Soccer</a><a>More Sports</a></nav><a>Watch</a><a>Fantasy</a><a>Sign In</a></header>
<div class="scoreboard-strip"><div class="game"><span>FINAL</span><span>TAC 101</span><span>HC 108</span></div><div class="game"><span>FINAL</span><span>BOI 96</span><span>SAC 112</span></div><div class="game"><span>8:30 PM ET</span><span>DEN</span><span>PHX</span></div></div>
<div class="gamepackage"><div class="competitors"><span>Tacoma Pines (7-6)</span><span>101</span><span>Final</span><span>108</span><span>Harbor City Gulls (9-4)</span></div>
<ul class="tabs"><li>Gamecast</li><li class="active">Recap</li><li>Box Score</li><li>Play-by-Play</li><li>Team Stats</li><li>Videos</li></ul>
{linescore}
<main><article class="Story">
<h1 class="Story__Headline">{e(art["title"])}</h1>
<div class="Byline"><span>{e(art["author"])}</span><span>Nov 19, 2025, 01:12 AM ET</span></div>
<div class="Story__Body t__body">{body}
{more}</div>
<p class="Story__Credit">{e(art["credits"][0])}</p>
<div class="share"><a>Share</a><a>Facebook</a><a>X</a><a>Copy Link</a></div>
</article>
<aside class="sidebar">{leaders}<div class="top-headlines"><h3>Top Headlines</h3>{top}</div></aside></main></div>
<footer><a>Terms of Use</a><a>Privacy Policy</a><a>Your US State Privacy Rights</a><a>Interest-Based Ads</a><p>© 2025 SportsLine Digital. All rights reserved.</p></footer>"""
    return page(
        art,
        "SportsLine",
        "https://sportsline.example/nba/recap/_/gameId/401775512",
        content,
        "en-US",
    )


def finwire(art):
    lines = []
    items = []
    for para in art["paragraphs"]:
        if para.startswith("- "):
            items.append("  -- " + para[2:])
            continue
        if items:
            lines.append("\n".join(items))
            items = []
        lines.append(textwrap.fill(para, width=68))
    if items:
        lines.append("\n".join(items))
    story = "\n\n".join(e(x) for x in lines)
    trailer = (
        "\n\n"
        + e(f"-- {art['credits'][0]}")
        + "\n\n(END) Northfield Newswires\n\nOctober 29, 2025 07:42 ET (11:42 GMT)\n\n"
        + "Copyright (c) 2025 Northfield Newswires Ltd. All rights reserved."
    )
    tickers = """<table class="related-tickers"><caption>Related tickers</caption><tr><th>Symbol</th><th>Last</th><th>Chg</th><th>%Chg</th></tr><tr><td>NGC.TO</td><td>24.10</td><td>-0.80</td><td>-3.21%</td></tr><tr><td>HG1</td><td>4.18</td><td>-0.03</td><td>-0.71%</td></tr><tr><td>XMA.TO</td><td>21.36</td><td>-0.09</td><td>-0.42%</td></tr></table>"""
    more = "".join(
        f"<li><time>{tm}</time> <a>{e(x)}</a></li>"
        for tm, x in [
            (
                "07:31",
                "Silverline Mining Q3 output beats estimates; shares up 5% premarket",
            ),
            ("07:15", "Copper slips as Chinese factory data disappoints"),
            ("06:58", "Canada's main index set for weaker open as miners lag"),
        ]
    )
    content = f"""<div class="terminal-bar"><span>Northfield Terminal</span><div class="ticker-tape"><span>S&amp;P/TSX 25,412.8 -0.3%</span><span>Copper 4.18 -0.7%</span><span>Gold 2,391.40 +0.2%</span><span>USD/CAD 1.3862</span></div><a>Log out</a></div>
<nav class="crumbs"><a>News</a> &gt; <a>Companies</a> &gt; <a>Mining</a></nav>
<main><div class="story">
<div class="story-meta"><span class="ts">Oct 29, 2025 07:42 ET</span> <span class="src">Northfield Newswires</span> <span class="codes">Topics: MIN CA EARN CORR</span> <span class="id">Story ID: NFN-20251029-0412</span></div>
<h1 class="hed">{e(art["title"])}</h1>
<div class="tools"><a>Print</a><a>Email</a><a>Save to folder</a><a>Alert me on NGC.TO</a></div>
<pre class="story-body">{story}{trailer}</pre>
</div>
{tickers}
<p class="data-note">Market data delayed at least 15 minutes. This content is provided for information only and does not constitute investment advice.</p>
<section class="more-news"><h3>More from Northfield</h3><ul>{more}</ul></section></main>
<footer><p>Northfield Newswires Ltd. Redistribution prohibited without written permission.</p><a>Terms</a><a>Privacy</a><a>Help desk</a></footer>"""
    return page(
        art,
        "Northfield Newswires",
        "https://terminal.northfield.example/story/NFN-20251029-0412",
        content,
        "en",
    )


def council(art):
    td = 'style="font-family: Arial, sans-serif; font-size: 16px; line-height: 24px; color: #222222; padding: 0 24px 12px 24px;"'
    ps = art["paragraphs"]
    first = paras(
        dict(paragraphs=ps[:6]),
        p='<p style="margin: 0 0 12px 0;">{}</p>',
        h='<h2 style="font-size: 20px; color: #00594f;">{}</h2>',
    )
    second = paras(
        dict(paragraphs=ps[6:]),
        p='<p style="margin: 0 0 12px 0;">{}</p>',
        h='<h2 style="font-size: 20px; color: #00594f;">{}</h2>',
    )
    second = second.replace(
        '<p style="margin: 0 0 12px 0;">Editor&#x27;s note:',
        '<p style="margin: 0 0 12px 0; font-style: italic;">Editor&#x27;s note:',
    )

    def row(inner, cls="mcnTextContent"):
        return f'<table class="mcnTextBlock" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td class="{cls}" valign="top" {td}>{inner}</td></tr></table>'

    image = '<table class="mcnImageBlock" width="100%"><tr><td style="padding: 0 24px 12px 24px;"><img src="brownbin.jpg" width="552" alt="A brown garden waste bin"><p style="font-size: 12px; color: #666666;">Brown bins will be emptied every other week from April.</p></td></tr></table>'
    button = '<table class="mcnButtonBlock" width="100%"><tr><td align="center" style="padding: 12px 24px 24px 24px;"><a href="https://hartleigh.example/gardenwaste" style="background: #00594f; color: #ffffff; padding: 12px 24px; text-decoration: none;">Check your collection day</a></td></tr></table>'
    brief = row(
        '<h2 style="font-size: 20px; color: #00594f;">In brief</h2>'
        + '<p style="margin: 0 0 12px 0;"><strong>Library opening hours.</strong> Hartleigh Central Library will open until 8pm on Thursdays from March.</p>'
        + '<p style="margin: 0 0 12px 0;"><strong>Pothole reports.</strong> You can now report a pothole and follow its repair on our website.</p>'
    )
    diary = row(
        '<h2 style="font-size: 20px; color: #00594f;">Dates for your diary</h2><ul><li>1 March: Spring clean volunteer day, Riverside Park</li><li>12 March: Full council meeting, Town Hall, 7pm</li><li>22 March: Repair cafe, Hartleigh Community Centre</li></ul>'
    )
    content = f"""<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#eeeeee" id="bodyTable"><tr><td align="center" valign="top">
<table width="600" cellpadding="0" cellspacing="0" border="0" id="templateContainer">
<tr><td class="preheader" style="font-size: 11px; color: #666666; padding: 8px 24px;">Garden waste changes, library hours and more. <a href="*|ARCHIVE|*">View this email in your browser</a></td></tr>
<tr><td id="templateHeader" style="background: #00594f; padding: 16px 24px;"><img src="hartleigh-logo.png" alt="Hartleigh Borough Council" width="180"><p style="color: #ffffff;">Hartleigh Matters · Issue 42 · February 2025</p></td></tr>
<tr><td id="templateBody">
{row(f'<h1 style="font-size: 26px; color: #00594f;">{e(art["title"])}</h1>' + first)}
{image}
{row(second)}
{button}
{brief}
{diary}
</td></tr>
<tr><td id="templateSocial" align="center" style="padding: 16px;"><a>Facebook</a> <a>X</a> <a>Instagram</a> <a>YouTube</a><p>Follow us for the latest council news.</p></td></tr>
<tr><td id="templateFooter" style="font-size: 12px; color: #666666; padding: 16px 24px;"><p>You are receiving this email because you signed up for Hartleigh Matters on our website.</p><p><a>Unsubscribe from this list</a> | <a>Update your preferences</a> | <a>Forward to a friend</a></p><p>Copyright © 2025 Hartleigh Borough Council, Town Hall, Market Square, Hartleigh. All rights reserved.</p></td></tr>
</table></td></tr></table>"""
    return page(
        art,
        "Hartleigh Borough Council",
        "https://mailings.hartleigh.example/newsletter/issue-42",
        content,
        "en-GB",
    )


LAYOUTS_H16 = {
    "h16-01-breton": ("h16_breton", breton),
    "h16-02-galician": ("h16_galician", galician),
    "h16-03-maori": ("h16_maori", maori),
    "h16-04-yoruba": ("h16_yoruba", yoruba),
    "h16-05-azerbaijani": ("h16_azerbaijani", azerbaijani),
    "h16-06-jamaican": ("h16_jamaican", jamaican),
    "h16-07-sportsrecap": ("h16_sportsrecap", sportsrecap),
    "h16-08-finwire": ("h16_finwire", finwire),
    "h16-09-council": ("h16_council", council),
}
