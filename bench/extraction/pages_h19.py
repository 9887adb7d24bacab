"""Layouts of the frozen held-out group "h19" of the extraction benchmark.

Written after the fifteenth round, at the start of round 16 (its first change, c21d5cd,
to the training script ``train_blocks.py`` and not to the reader, was committed while
these pages were being written and was made without them), by someone other than the
person tuning the reader and without reading the reader or its output on these pages;
never used for tuning (docs/benchmarks-extraction.md). ``tests/test_read_bench.py`` pins
a digest of the generated files. Fictional pages in layouts and languages not used by
h2-h18: a Quechua community radio site on Drupal 10 (the body in Paragraphs-module text
items, with an image item, a "read also" item, an ad block and a correction in italics);
a Guarani daily on WordPress with Gutenberg blocks (a pull quote repeating a body quote,
an embed, a "read also" block, an in-body list); a Tongan weekly on Nuxt (``data-v-``
attributes on every element, a teaser card and an ad between the paragraphs); a Wolof
news portal styled with Tailwind utility classes (a fact box written as sentences, a
WhatsApp prompt, an agency tag, reader comments); an Occitan weekly on SPIP (``spip``
classes, a drop cap, a "read also" line, notes, a forum); a Shona daily on Drupal 10
(``field--name-body``, an inline teaser block, a correction as article text, Disqus-like
comments); an Irish regional daily in English with ``data-testid`` body blocks (two
"Read More" lines, an ad, a newsletter box inside the body, an in-body list); a tech
blog on Ghost (``kg-`` cards: image, bookmark, callout, members sign-up; an update note as
article text); and a national weather service's news page (a warning summary card above
the body, a forecast table inside it, an update note as article text, a feedback box).
"""

from __future__ import annotations

import html

from page_parts import paras

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


def quechua(art):
    """Drupal 10 with the Paragraphs module: every body item its own paragraph entity."""
    n = len(art["paragraphs"])

    def item(kind, inner, pid):
        return f'<div class="paragraph paragraph--type--{kind} paragraph--view-mode--default" data-paragraph-id="{pid}">{inner}</div>'

    def text(start, stop, pid):
        return item(
            "text",
            '<div class="clearfix text-formatted field field--name-field-text field--type-text-long field--label-hidden field__item">'
            + paras(art, start=start, stop=stop, h='h3 class="subtitulo"')
            + "</div>",
            pid,
        )

    image = item(
        "image",
        '<figure class="media media--type-image"><img src="/sites/default/files/styles/wide/public/2025-09/pukyu.jpg" alt="" loading="lazy"><figcaption>Chinchero llaqta runakuna mosoq pukyuta qhawashanku. Foto: Radio Inti Raymi</figcaption></figure>',
        "4410",
    )
    also = item(
        "related",
        '<div class="field field--name-field-related"><span class="label">Kaytapas ñawiriy:</span> <a href="/willakuykuna/chinchero-yachay-wasi">Chinchero yachay wasipi mosoq computadorakuna chayamun</a></div>',
        "4411",
    )
    ad = '<div id="block-publicidad-cuerpo" class="block block-simple-ads"><div class="ad-label">Willakuy rantiy</div><div class="ad-slot" data-ad="rect-1"></div></div>'
    fix = item(
        "text",
        f'<div class="field field--name-field-text field__item"><p><em>{e(art["paragraphs"][-1])}</em></p></div>',
        "4415",
    )
    body = "\n".join(
        [text(0, 3, "4409"), image, text(3, 6, "4412"), also, ad, text(6, n - 1, "4413"), fix]
    )
    content = f"""<a href="#main-content" class="visually-hidden focusable skip-link">Main content-man riy</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header role="banner"><div class="region region-header"><div id="block-sitebranding" class="block-system-branding-block"><a href="/" rel="home">Radio Inti Raymi</a><div class="site-slogan">Runasimipi willakuykuna, Qusqu suyumanta</div></div>
<div class="live-player"><span class="on-air">Kunan uyariy</span> <a href="/en-vivo">Radio en vivo 98.7 FM</a></div></div>
<nav role="navigation" aria-labelledby="block-main-menu" id="block-main"><h2 class="visually-hidden" id="block-main-menu">Main navigation</h2><ul class="menu"><li><a>Qallariy</a></li><li><a>Willakuykuna</a></li><li><a>Chakra</a></li><li><a>Yachay</a></li><li><a>Takikuna</a></li><li><a>Ñuqaykumanta</a></li></ul></nav></header>
<div class="region region-breadcrumb"><nav class="breadcrumb"><ol><li><a>Qallariy</a></li><li><a>Willakuykuna</a></li><li>Chinchero</li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<article data-history-node-id="2871" class="node node--type-article node--view-mode-full">
<div class="field field--name-field-seccion"><a>Llaqtakuna</a></div>
<h1 class="page-title"><span class="field field--name-title">{e(art["title"])}</span></h1>
<div class="node__meta"><span class="field--name-uid">{e(art["author"])}</span> | <span class="field--name-created">Martes, 02/09/2025 - 10:42</span></div>
<div class="node__content"><div class="field field--name-field-paragraphs field--type-entity-reference-revisions">
{body}
</div>
<div class="field field--name-field-tags field--label-inline"><div class="field__label">Rimaykuna</div><div class="field__items"><a>Yaku</a> <a>Chinchero</a> <a>Minka</a></div></div>
<div class="social-share"><span>Rakinakuy:</span> <a>Facebook</a> <a>WhatsApp</a> <a>X</a></div>
</div></article>
<div class="views-element-container block-views-block-relacionados"><h2>Kaqllataq willakuykuna</h2><div class="view-content">
<div class="views-row"><h3><a>Chinchero yachay wasipi mosoq computadorakuna chayamun</a></h3><p>Iskay chunka computadorata yachay wasiman apamurqanku, wawakuna internetwan yachanankupaq.</p></div>
<div class="views-row"><h3><a>Papa tarpuy qallarin Anta pampapi</a></h3><p>Chakra runakunaqa paramanta kusikunku, ichaqa chiri p'unchawkunamanta manchakunku.</p></div></div></div>
</main>
<footer role="contentinfo"><div class="region-footer"><p>Radio Inti Raymi, Asociación Cultural Inti Raymi. Av. de la Cultura 1204, Qusqu.</p><p>Kay willakuykunata rakinakuyta atinki, pukyunta sutichaspa.</p><a>Ñuqaykuwan rimay</a></div></footer></div>"""
    return page(
        art,
        "Radio Inti Raymi",
        "https://www.radiointiraymi.example/willakuykuna/chinchero-yaku-pukyu",
        content,
        "qu",
    )


def guarani(art):
    """WordPress with Gutenberg blocks (``wp-block-*``) in ``entry-content``."""
    pull = "<figure class=\"wp-block-pullquote\"><blockquote><p>Ñane mitãnguéra oikotevẽ omoñe'ẽ iñe'ẽteépe.</p><cite>Norma Benítez, mbo'ehára</cite></blockquote></figure>"
    embed = '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper"><iframe title="Aranduka ryru pyahu Caaguazúpe" src="https://www.youtube.example/embed/x1y2z3" width="640" height="360"></iframe></div><figcaption class="wp-element-caption">Video: Ñane Ñe\'ẽ TV</figcaption></figure>'
    also = '<div class="wp-block-group has-pale-cyan-blue-background-color has-background is-layout-flow"><p class="has-small-font-size"><strong>Emoñe\'ẽ avei:</strong> <a href="/2025/04/15/mbo-ehao-guarani/">Mbo\'ehao guarani ñe\'ẽme oipe\'a mokõi koty pyahu Coronel Oviedo-pe</a></p></div>'
    ad = '<div class="code-block code-block-3" style="margin: 8px auto; text-align: center;"><span class="ads-label">Marandu ñemuhápe</span><ins class="adsbygoogle" data-ad-slot="55120"></ins></div>'
    img = '<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2025/04/aranduka-ryru-1024x683.jpg" alt="" class="wp-image-9921"><figcaption class="wp-element-caption">Mitãnguéra omoñe\'ẽ aranduka ryru pyahúpe. (Ta\'anga: Lidia Ayala)</figcaption></figure>'
    body = paras(
        art,
        p='p class="wp-block-paragraph"',
        h='h2 class="wp-block-heading"',
        ul='ul class="wp-block-list"',
        between={0: img, 2: pull, 3: also + "\n" + ad, 8: embed},
    )
    content = f"""<div id="page" class="site"><div class="top-bar"><span class="fecha">Martes 22 de abril de 2025</span><a>Castellano</a> · <a>Guarani</a><a class="btn">Eñemboheraguapy</a></div>
<header id="masthead" class="site-header"><p class="site-title"><a href="/">Ára Pyahu</a></p><p class="site-description">Marandu guarani ñe'ẽme</p>
<nav id="site-navigation" class="main-navigation" aria-label="Menú principal"><button class="menu-toggle">Menú</button><ul id="primary-menu" class="menu"><li><a>Ñepyrũ</a></li><li><a>Tetã</a></li><li><a>Mbo'esyry</a></li><li><a>Tesãi</a></li><li><a>Ñembosarái</a></li><li><a>Ñe'ẽ</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="primary" class="site-main">
<article id="post-9918" class="post-9918 post type-post status-publish format-standard has-post-thumbnail category-mbo-esyry">
<header class="entry-header"><span class="cat-links"><a rel="category tag">Mbo'esyry</a></span><h1 class="entry-title">{e(art["title"])}</h1>
<div class="entry-meta"><span class="byline">Ohai <span class="author vcard"><a class="url fn n">{e(art["author"])}</a></span></span> · <time class="entry-date published" datetime="{art["date"]}T07:30:00-04:00">22 abril 2025</time> · <span class="comments-link"><a>2 ñe'ẽ</a></span></div></header>
<div class="entry-content">
{body}
<p class="has-text-align-center"><em>Ehechauka ko marandu ne irũnguérape ha emoirũ Ára Pyahu WhatsApp-pe.</em></p>
</div>
<footer class="entry-footer"><span class="tags-links">Mba'e: <a rel="tag">aranduka</a>, <a rel="tag">Caaguazú</a>, <a rel="tag">mitãnguéra</a></span></footer>
</article>
<div class="author-info"><h2 class="author-title">Ohaiva'ekue: {e(art["author"])}</h2><p class="author-bio">Lidia Ayala Duarte ohai mbo'esyry ha arte rehegua Ára Pyahúpe guive 2019.</p></div>
<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a><span class="meta-nav">Mboyveguáva</span> Ama ou Asunción-pe ko arapokõindy paha</a></div><div class="nav-next"><a><span class="meta-nav">Upeiguáva</span> Tesãi róga oñemopyahu Villarrica-pe</a></div></div></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">2 ñe'ẽ "{e(art["title"])}"</h2><ol class="comment-list">
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Ramón G.</b> <time>22 abril 2025 9:14</time></footer><div class="comment-content"><p>Iporãiterei. Che ra'y ohóta upépe sábado ha ogueraháta mokõi aranduka ome'ẽ hag̃ua.</p></div></article></li>
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Ña Celsa</b> <time>22 abril 2025 11:40</time></footer><div class="comment-content"><p>Ko'ãichagua aranduka ryru oikotevẽ opaite távape, ndaha'éi Caaguazúpe año.</p></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 class="comment-reply-title">Ehejámi ne ñe'ẽ</h3><form><textarea name="comment"></textarea><input type="submit" value="Emondo"></form></div></div>
</main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Marandu ipyahuvéva</h2><ul><li><a>Tesãi róga oñemopyahu Villarrica-pe</a></li><li><a>Ama ou Asunción-pe ko arapokõindy paha</a></li><li><a>Olimpia ogana 2-0 Cerro-pe</a></li></ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">© 2025 Ára Pyahu · <a>Mba'éichapa oñembyaty ñane datos</a> · Ojapo WordPress</div></footer></div>"""
    return page(
        art,
        "Ára Pyahu",
        "https://arapyahu.example/2025/04/22/aranduka-ryru-caaguazu/",
        content,
        "gn",
    )


def tongan(art):
    """Nuxt (Vue) site: ``data-v-`` attributes on every element, a card and an ad inside."""
    v = "data-v-3f9a1c2e"
    card = f'<a {v} class="related-card" href="/ongoongo/vakafolau-foou"><span {v} class="related-card__label">Lau foki</span><span {v} class="related-card__title">Vaka folau foʻou ki Vavaʻu ʻe aʻu mai ʻi Sepitema</span><span {v} class="related-card__text">Ko e vaka ʻe lava ke ne fata ʻa e kau pāsese ʻe toko 400 mo e ngaahi kā ʻe 40.</span></a>'
    ad = f'<div {v} class="ad-wrap"><small {v}>Fakatau</small><div {v} id="gpt-mid" class="ad-unit"></div></div>'
    fig = f'<figure {v} class="hero"><img {v} src="https://cdn.kalonikali.example/img/uafu-neiafu.webp" alt="Uafu ʻi Neiafu"><figcaption {v}>Ko e uafu motuʻa ʻi Neiafu ʻi he ʻaho Mōnite. <span {v} class="credit">ʻŌ: Kalonikali Vavaʻu</span></figcaption></figure>'
    body = paras(art, p=f"p {v}", h=f'h2 {v} class="subhead"', between={1: card, 3: ad})
    credit = "".join(f'<p {v} class="source">{e(c)}</p>' for c in art["credits"])
    content = f"""<div id="__nuxt"><div id="__layout"><div {v} class="app">
<header {v} class="header"><div {v} class="header__top"><span {v}>Mōnite, 14 Siulai 2025</span><a {v}>Lesisita</a><a {v}>Hū ki loto</a></div>
<a {v} class="logo" href="/">Kalonikali Vavaʻu</a>
<nav {v} class="nav"><a {v}>ʻOngoongo</a><a {v}>Fonua</a><a {v}>Pisinisi</a><a {v}>Sipoti</a><a {v}>Lotu</a><a {v}>Kāpusi</a></nav></header>
<main {v} class="container"><article {v} class="story">
<div {v} class="story__kicker">ʻOngoongo Fakalotofonua</div>
<h1 {v} class="story__title">{e(art["title"])}</h1>
<div {v} class="story__meta"><span {v}>Naʻe fai ʻe {e(art["author"])}</span><time {v} datetime="{art["date"]}">14/07/2025 · 3:20 efiafi</time><span {v}>ʻAi ke ʻosi ʻi he miniti ʻe 3</span></div>
<div {v} class="share"><button {v}>Facebook</button><button {v}>Viber</button><button {v}>Kopi</button></div>
{fig}
<div {v} class="story__body">
{body}
{credit}
</div>
<div {v} class="follow"><p {v}>Muimui ʻia Kalonikali Vavaʻu ʻi he Facebook ke ke maʻu ʻa e ngaahi ongoongo fakamuimui taha.</p></div>
</article>
<aside {v} class="sidebar"><h3 {v}>Lau lahi taha</h3><ol {v}><li {v}><a {v}>Ikuna ʻa Vavaʻu ʻi he ʻakapulu</a></li><li {v}><a {v}>Kamata e fakataha ʻa e kau faiako</a></li><li {v}><a {v}>Fakamafana e fakafiefia ʻo e Falaite</a></li></ol>
<h3 {v}>Ngaahi ongoongo kehe</h3><div {v} class="teaser"><h4 {v}>Fakaava e maketi foʻou ʻi Neiafu</h4><p {v}>Ko e maketi foʻou ʻoku ʻi ai hono ngaahi fale ʻe 60 ki he kau fakatau ngoue mo e ika.</p></div></aside></main>
<footer {v} class="footer"><p {v}>© 2025 Kalonikali Vavaʻu. Kuo maluʻi ʻa e totonu kotoa pē.</p><a {v}>Fetuʻutaki mai</a><a {v}>Tuʻutuʻuni fakafoʻituitui</a></footer>
</div></div></div>
<script>window.__NUXT__={{layout:"default",data:[{{}}],serverRendered:true}};</script>"""
    return page(
        art,
        "Kalonikali Vavaʻu",
        "https://www.kalonikali.example/ongoongo/uafu-neiafu",
        content,
        "to",
    )


def wolof(art):
    """Laravel site styled with Tailwind: long utility class lists on every element."""
    pc = "mb-5 text-lg leading-relaxed text-gray-800"
    box = '<div class="my-8 rounded-lg border-l-4 border-amber-500 bg-amber-50 p-5"><p class="mb-2 text-sm font-bold uppercase tracking-wide text-amber-700">Ci lu gàtt</p><p class="text-base text-gray-700">Kayar mooy benn ci dëkki napp yu gën a mag ci Senegaal. Lu ëpp fukki junni napkat ñoo fa dund ci jën.</p></div>'
    ad = '<div class="my-6 flex flex-col items-center bg-gray-100 py-4"><span class="text-xs uppercase text-gray-400">Yeeg</span><div class="h-[250px] w-[300px]" id="ad-inarticle"></div></div>'
    wa = '<p class="my-6 rounded bg-green-50 p-4 text-sm font-semibold text-green-800">Topp Xibaar Dakar ci WhatsApp: bësal fii ngir am xibaar yi ci sa telefon.</p>'
    body = paras(art, p=f'p class="{pc}"', between={2: box, 4: ad + "\n" + wa})
    credit = "".join(
        f'<p class="mt-4 text-sm italic text-gray-500">{e(c)}</p>' for c in art["credits"]
    )
    comments = "".join(
        f'<div class="border-b border-gray-200 py-4"><p class="text-sm font-semibold">{e(n)} <span class="font-normal text-gray-400">· {t}</span></p><p class="mt-1 text-gray-700">{e(x)}</p></div>'
        for n, t, x in [
            (
                "Ibrahima Fall",
                "27 feb. 2025, 12:05",
                "Lii baax na lool, waaye danuy laaj it ngir ñu defar yoon wi dem Kayar, ndax oto yi mënuñu a jaar.",
            ),
            (
                "Khady",
                "27 feb. 2025, 14:31",
                "Jigéen ñi ñoo war a jiite néeg bi, ndax ñoo xam liggéey bi bu baax.",
            ),
        ]
    )
    content = f"""<div class="bg-slate-900 text-xs text-white"><div class="container mx-auto flex justify-between px-4 py-1"><span>Alxames, 27 féewaryee 2025</span><span><a>Français</a> · <a class="font-bold">Wolof</a></span></div></div>
<header class="border-b bg-white"><div class="container mx-auto flex items-center justify-between px-4 py-3"><a href="/" class="text-3xl font-black text-red-700">Xibaar Dakar</a>
<nav class="hidden gap-6 md:flex"><a class="hover:underline">Xibaar</a><a class="hover:underline">Politig</a><a class="hover:underline">Koom-koom</a><a class="hover:underline">Mbir</a><a class="hover:underline">Làmb</a><a class="hover:underline">Video</a></nav>
<button class="rounded bg-red-700 px-3 py-1 text-white">Bokk</button></div></header>
<main class="container mx-auto grid grid-cols-12 gap-8 px-4 py-6"><article class="col-span-12 lg:col-span-8">
<a class="text-sm font-bold uppercase text-red-700">Koom-koom</a>
<h1 class="mt-2 text-4xl font-extrabold leading-tight">{e(art["title"])}</h1>
<div class="mt-3 flex items-center gap-3 text-sm text-gray-500"><img class="h-8 w-8 rounded-full" src="/avatars/msarr.jpg" alt=""><span>Bind na ko <a class="font-semibold text-gray-800">{e(art["author"])}</a></span><span>·</span><time datetime="{art["date"]}T10:15">27/02/2025 ci 10:15</time></div>
<figure class="my-6"><img class="w-full rounded" src="/storage/posts/kayar-neeg.jpg" alt=""><figcaption class="mt-2 text-sm text-gray-500">Jaaykati jën yi ci tefesu Kayar. Nataal: Xibaar Dakar</figcaption></figure>
<div class="prose-body">
{body}
{credit}
</div>
<div class="mt-6 flex gap-2 text-sm"><span class="font-semibold">Séddoo:</span><a class="rounded bg-blue-600 px-2 text-white">Facebook</a><a class="rounded bg-green-600 px-2 text-white">WhatsApp</a><a class="rounded bg-black px-2 text-white">X</a></div>
<section class="mt-10"><h2 class="text-xl font-bold">Xalaat yi (2)</h2>{comments}
<p class="mt-3 text-xs text-gray-400">Xalaat yi ñu bind ci fii, ñi ko bind ñoo ko moom. Xibaar Dakar du leen sàmmoonte.</p></section>
</article>
<aside class="col-span-12 lg:col-span-4"><h3 class="mb-3 border-b-2 border-red-700 text-lg font-bold">Ñu gën a jàng</h3><ol class="list-decimal space-y-3 pl-5"><li><a>Làmb ji: Modou Lo dina daje ak Boy Niang</a></li><li><a>Njëgu ceeb wi wàcc na ci marse yi</a></li><li><a>Yoonu Mbuur: liggéey yi dinañu jeex ci awril</a></li></ol>
<div class="mt-6 rounded bg-gray-50 p-4"><h3 class="font-bold">Xibaar yu ci jege</h3><a class="mt-2 block font-semibold">Napkati Joal ñu ngi ñaxtu</a><p class="text-sm text-gray-600">Napkat yi wax nañu ne gaal yu mag yi ñoo leen di jël seen jën ci géej gi.</p></div></aside></main>
<footer class="mt-12 bg-slate-900 py-8 text-sm text-gray-300"><div class="container mx-auto px-4"><p>© 2025 Xibaar Dakar. Sàrt yi · Sunu mbir · Jokkoo ak nun</p></div></footer>"""
    return page(
        art,
        "Xibaar Dakar",
        "https://xibaardakar.example/koom-koom/kayar-neeg-bu-bees",
        content,
        "wo",
    )


def occitan(art):
    """SPIP site: ``texte surlignable`` body, ``spip`` classes, a drop cap, notes, a forum."""
    first = art["paragraphs"][0]
    drop = f'<p><span class="lettrine">{e(first[0])}</span>{e(first[1:])}</p>'
    also = '<p class="spip-lire"><strong>Legir tanben :</strong> <a href="spip.php?article2204" class="spip_in">Lo festenal de Rodés cèrca de benevòls</a></p>'
    doc = '<div class="spip_document_3318 spip_document spip_documents spip_document_image spip_documents_center spip_document_center"><figure class="spip_doc_inner"><img src="local/cache-vignettes/L800xH533/calandreta-93a1f.jpg" width="800" height="533" alt=""><figcaption class="spip_doc_legende"><div class="spip_doc_titre"><strong>L\'ostal de la carrièra de la Pèira</strong></div><div class="spip_doc_credits">© P. Costes</div></figcaption></figure></div>'
    body = (
        drop
        + "\n"
        + paras(
            art,
            h='h3 class="spip"',
            start=1,
            between={2: doc, 5: also},
        )
    )
    content = f"""<div class="page"><div class="header"><a href="/" class="logo"><img src="IMG/logo/siteon0.png" alt="La Setmana"></a><p class="slogan">Lo setmanièr d'informacion en occitan</p>
<div class="menu-lang"><a>òc</a> | <a>fr</a></div></div>
<div class="nav clearfix"><ul class="menu-liste"><li class="menu-entree"><a>Acuèlh</a></li><li class="menu-entree"><a>Actualitat</a></li><li class="menu-entree on"><a>Ensenhament</a></li><li class="menu-entree"><a>Cultura</a></li><li class="menu-entree"><a>Abonaments</a></li></ul></div>
<div class="main"><div class="wrapper"><div class="content" id="content">
<p class="arbo"><a href="/">Acuèlh</a> &gt; <a href="spip.php?rubrique12">Ensenhament</a> &gt; <strong class="on">{e(art["title"])}</strong></p>
<div class="cartouche"><h1 class="surlignable">{e(art["title"])}</h1>
<p class="info-publi"><abbr class="published" title="{art["date"]}T07:00:00Z">divendres 16 de mai de 2025</abbr><span class="sep">, </span><span class="auteurs">per  <span class="vcard author"><a class="url fn spip_in">{e(art["author"])}</a></span></span></p></div>
<div class="texte surlignable clearfix">
{body}
</div>
<div class="notes surlignable"><h2 class="h2 pas_surlignable">Nòtas</h2><div id="nb1"><p><span class="spip_note_ref">[1]</span> Las calandretas son d'escòlas associativas, gratuitas e laicas, ont l'ensenhament se fa en occitan per immersion.</p></div></div>
<div class="ps surlignable"><p><em>Aqueste article es pas disponible qu'als abonats de la version papièr fins al dimenge.</em></p></div>
<p class="hyperlien">Mots claus : <a rel="tag">Calandreta</a>, <a rel="tag">Roergue</a>, <a rel="tag">Escòla</a></p>
<div class="forum-repondre"><a href="spip.php?page=forum&amp;id_article=2231">Reagir a aqueste article</a></div>
<ul class="forum"><li class="forum-fil"><div class="forum-message"><div class="forum-chapo"><strong class="forum-titre">Plan content</strong><small>divendres 16 de mai de 2025, per Guilhèm</small></div><div class="forum-texte"><p>Mos dos enfants i seràn en setembre. Mercés a totes los parents que se son batuts per aquò.</p></div></div></li></ul>
</div>
<div class="aside"><div class="menu"><h2>Dins la meteissa rubrica</h2><ul class="menu-liste"><li><a>Los bachelièrs pòdon passar l'occitan a l'oral</a></li><li><a>Una universitat d'estiu a Vilanuèva</a></li><li><a>Novèls manuals per las escòlas bilingüas</a></li></ul></div>
<div class="formulaire_spip"><p>Recebètz la letra setmanièra : <input type="email"> <button>Validar</button></p></div></div></div></div>
<div class="footer clearfix"><p class="colophon">La Setmana, 2 carrièra del Pont, 12000 Rodés</p><p class="generator"><a>Se connectar</a> | <a>Plan del site</a> | <a>RSS 2.0</a> | Site realizat amb SPIP</p></div></div>"""
    return page(
        art,
        "La Setmana",
        "https://www.lasetmana.example/spip.php?article2231",
        content,
        "oc",
    )


def shona(art):
    """Drupal 10 daily: the body one ``field--name-body``, with an inline teaser block."""
    n = len(art["paragraphs"])
    teaser = '<div class="embedded-entity align-right"><article class="node node--type-article node--view-mode-teaser"><span class="label">Verenga zvakare</span><h3><a href="/nhau/mvura-yakawanda-yoparadza-migwagwa">Mvura yakawanda yoparadza migwagwa muChivi</a></h3><p>Migwagwa inosvika makumi maviri yakavharwa mushure mekunge mabhiriji atakurwa nemvura svondo rapfuura.</p></article></div>'
    ad = '<div class="block-dfp-inarticle"><p class="ad-text">Kushambadza</p><div id="dfp-ad-inarticle"></div></div>'
    body = (
        paras(art, h="h3", stop=n - 1, between={2: teaser, 5: ad})
        + f'\n<p class="correction"><strong>{e(art["paragraphs"][-1])}</strong></p>'
    )
    content = f"""<div class="layout-container">
<div class="region region-top-bar"><span>Chitatu 19 Kurume 2025</span> · <a>E-Paper</a> · <a>Nyoresa</a> · <a>Pinda</a></div>
<header class="site-header"><a href="/" class="site-logo">Nhau Dzanhasi</a>
<nav class="menu--main"><ul><li><a>Nhau</a></li><li><a>Kurima</a></li><li><a>Bhizimisi</a></li><li><a>Mitambo</a></li><li><a>Tsika</a></li><li><a>Mafungiro</a></li></ul></nav></header>
<main id="main-content" class="main-content"><div class="region region-content">
<article role="article" class="node node--type-article node--promoted node--view-mode-full">
<div class="field field--name-field-category"><a>Kurima</a></div>
<h1><span class="field field--name-title field--type-string">{e(art["title"])}</span></h1>
<div class="node__submitted"><span class="field--name-uid">Na {e(art["author"])}</span> <span class="field--name-created">19 Kurume 2025, 06:40</span></div>
<div class="field field--name-field-image"><img src="/sites/default/files/2025-03/chibage-masvingo.jpg" alt=""><div class="field--name-field-image-caption">Chibage chiri kukura mumunda uri pedyo neMasvingo. (Mufananidzo: Nhau Dzanhasi)</div></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body}
</div>
<div class="field field--name-field-tags"><div class="field__label">Misoro</div><a>Kurima</a> <a>Masvingo</a> <a>Chibage</a></div>
<div class="addtoany_list"><a>Facebook</a><a>WhatsApp</a><a>Twitter</a><a>Email</a></div>
<div class="field field--name-field-author-bio"><p>Tatenda Mhlanga mutori wenhau wezvekurima weNhau Dzanhasi muMasvingo.</p></div>
</article>
<section class="comments"><h2>Mazano (2)</h2>
<div class="comment"><p class="comment__author">Farai M.</p><p class="comment__time">maawa maviri apfuura</p><p>Hurumende inofanira kugadzira migwagwa pamberi pekukohwa, zvikasadaro chibage chichaora mumunda.</p></div>
<div class="comment"><p class="comment__author">sekuru wekuGutu</p><p class="comment__time">awa imwe yapfuura</p><p>Tinotenda mvura yanaya gore rino. Ndiro gore rekutanga kubva 2019 ndaona goho rakadai.</p></div>
<p class="comments-policy">Mazano anoongororwa asati aburitswa. Musashandisa mutauro unotuka.</p></section>
<div class="views-block most-read"><h2>Zvinonyanya kuverengwa</h2><ol><li><a>Mutengo wemafuta wakwira zvakare</a></li><li><a>Dynamos yakunda 2-1 muHarare</a></li><li><a>Zvikoro zvinovhurwa svondo rinouya</a></li></ol></div>
</div></main>
<footer class="site-footer"><p>© 2025 Nhau Dzanhasi Media (Pvt) Ltd. Kodzero dzose dzakachengetedzwa.</p><ul><li><a>Mutemo wekuvanzika</a></li><li><a>Taurai nesu</a></li><li><a>Shambadzai nesu</a></li></ul></footer></div>"""
    return page(
        art,
        "Nhau Dzanhasi",
        "https://www.nhaudzanhasi.example/kurima/varimi-vemumasvingo-goho",
        content,
        "sn",
    )


def irishdaily(art):
    """Irish regional daily: body blocks marked with ``data-testid``, generated classes."""

    def block(kind, inner):
        return f'<div data-testid="article-body-{kind}" class="sc-1x7ab2-{len(kind)} kQpTrw">{inner}</div>'

    def ps(start, stop):
        out = []
        for para in art["paragraphs"][start:stop]:
            if para.startswith("## "):
                out.append(block("subheading", f'<h2 class="sc-h2a-0 dJkLm">{e(para[3:])}</h2>'))
            elif para.startswith("- "):
                continue
            else:
                out.append(block("paragraph", f'<p class="sc-p9b-0 fRtYu">{e(para)}</p>'))
        return "\n".join(out)

    items = "".join(f"<li>{e(p[2:])}</li>" for p in art["paragraphs"] if p.startswith("- "))
    more1 = block(
        "related",
        '<p class="sc-p9b-0 fRtYu"><strong>Read More:</strong> <a href="/news/carrigmore-flooding-spring-tides">Spring tides flood Carrigmore quay for third time this month</a></p>',
    )
    more2 = block(
        "related",
        '<p class="sc-p9b-0 fRtYu"><strong>Read More:</strong> <a href="/news/fish-market-new-hours">Carrigmore fish market to open on Saturdays from November</a></p>',
    )
    ad = '<div data-testid="ad-slot" class="ad-container inline-ad"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-mpu_1"></div></div>'
    news = block(
        "newsletter",
        '<div class="nl-box"><h3>Get the Donegal Standard in your inbox</h3><p>Sign up for our free morning newsletter with the day\'s top stories from across the county.</p><input type="email" placeholder="Enter your email"><button>Sign up</button><p class="small">By signing up you agree to our privacy notice.</p></div>',
    )
    body = "\n".join(
        [
            ps(0, 3),
            more1,
            ad,
            ps(3, 6),
            news,
            ps(6, 8),
            more2,
            ps(8, 9),
            block("list", f'<ul class="sc-ul-0 bHjk">{items}</ul>'),
        ]
    )
    content = f"""<div id="fusion-app"><div class="sc-bar-0 topbar"><a>Subscribe</a><a>Digital Edition</a><a>Death Notices</a><a>Sign In</a></div>
<header class="sc-hdr-0 site-header"><a href="/" aria-label="Donegal Standard homepage" class="logo">Donegal Standard</a>
<nav class="sc-nav-0"><ul><li><a>News</a></li><li><a>Sport</a></li><li><a>GAA</a></li><li><a>Business</a></li><li><a>Property</a></li><li><a>Farming</a></li><li><a>Lifestyle</a></li></ul></nav></header>
<main><article class="sc-art-0"><div data-testid="section-label"><a>Local News</a></div>
<h1 data-testid="headline">{e(art["title"])}</h1>
<p data-testid="standfirst">Flood wall and raised road for the harbour after three years of debate</p>
<div data-testid="byline"><span>{e(art["author"])}</span><span>Email</span></div>
<div data-testid="timestamp"><time datetime="{art["date"]}T18:30:00+01:00">Wed 8 Oct 2025 at 18:30</time></div>
<div data-testid="share-tools"><button>Share on Facebook</button><button>Share on X</button><button>Share on WhatsApp</button><button>Copy link</button></div>
<figure data-testid="lead-image"><img src="/resizer/carrigmore-quay.jpg" alt=""><figcaption>Carrigmore quay under water during a spring tide in February. Photo: Seán Breslin</figcaption></figure>
<div data-testid="article-body" class="sc-body-0 article-body">
{body}
</div>
<div data-testid="tags"><a>Carrigmore</a><a>Flooding</a><a>Donegal County Council</a></div>
<div data-testid="author-bio"><p>Niamh Gallagher is the Donegal Standard's local government correspondent. Contact her at the newsroom with story tips.</p></div>
</article>
<section data-testid="more-news"><h2>More Local News</h2>
<article><h3><a>Letterkenny bypass consultation opens next week</a></h3><p>Residents will have six weeks to comment on three route options for the long-awaited bypass.</p></article>
<article><h3><a>School bus route cut after driver shortage</a></h3><p>Parents in Glenfin say children now face a two-kilometre walk to the nearest stop.</p></article></section>
<section data-testid="most-read"><h2>Most Read</h2><ol><li><a>Storm warning issued for Donegal coast</a></li><li><a>Famous pub changes hands after 80 years</a></li><li><a>Finn Harps sign Derry striker</a></li></ol></section></main>
<footer><p>© 2025 Donegal Standard Ltd. Registered in Ireland.</p><a>Privacy Statement</a><a>Cookie Policy</a><a>Terms and Conditions</a><a>Contact Us</a><p>The Donegal Standard is a member of the Press Council of Ireland.</p></footer></div>"""
    return page(
        art,
        "Donegal Standard",
        "https://www.donegalstandard.example/news/carrigmore-quay-road-plan",
        content,
        "en-IE",
    )


def techghost(art):
    """Ghost blog: ``gh-content`` with ``kg-`` cards between the paragraphs."""
    n = len(art["paragraphs"])
    callout = '<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">This post is part of our <a href="/tag/infrastructure/">Infrastructure series</a>, where our platform team writes about the systems behind our builds.</div></div>'
    img = '<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2025/06/build-times.png" class="kg-image" alt="" loading="lazy" width="1600" height="900"><figcaption><span style="white-space: pre-wrap;">Median build time per week, January to May 2025.</span></figcaption></figure>'
    bookmark = '<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="/how-we-shard-our-test-suite/"><div class="kg-bookmark-content"><div class="kg-bookmark-title">How we shard our test suite across 120 agents</div><div class="kg-bookmark-description">Splitting tests by past run time instead of by file cut our slowest shard from 19 minutes to 6.</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="/favicon.png" alt=""><span class="kg-bookmark-author">Byte Harbor</span><span class="kg-bookmark-publisher">Priya Raman</span></div></div></a></figure>'
    signup = '<div class="kg-card kg-signup-card kg-width-regular" data-lexical-signup-form><div class="kg-signup-card-content"><h2 class="kg-signup-card-heading">Get new posts by email</h2><p class="kg-signup-card-subheading">One post a month about builds, tests and the boring parts of infrastructure. No spam.</p><form class="kg-signup-card-form" data-members-form="signup"><input class="kg-signup-card-input" type="email" placeholder="Your email"><button class="kg-signup-card-button">Subscribe</button></form><p class="kg-signup-card-disclaimer">By subscribing you agree to our terms.</p></div></div>'
    body = (
        callout
        + "\n"
        + paras(art, stop=n - 1, between={1: img, 4: bookmark, 10: signup})
        + f"\n<p><em>{e(art['paragraphs'][-1])}</em></p>"
    )
    content = f"""<div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">Byte Harbor</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a>Home</a></li><li class="nav-engineering"><a>Engineering</a></li><li class="nav-culture"><a>Culture</a></li><li class="nav-careers"><a>Careers</a></li></ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-infrastructure tag-builds">
<header class="article-header gh-canvas"><section class="article-tag"><a href="/tag/infrastructure/">Infrastructure</a></section>
<h1 class="article-title">{e(art["title"])}</h1>
<p class="article-excerpt">Moving four years of build cache to object storage made builds faster. The first two weeks were another story.</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a class="author-avatar"><img class="author-profile-image" src="/content/images/priya.jpg" alt="Priya Raman"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a>{e(art["author"])}</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="{art["date"]}">Jun 3, 2025</time><span class="byline-reading-time"><span class="bull">•</span> 6 min read</span></div></div></section></div>
<figure class="article-image"><img src="/content/images/size/w1200/2025/06/cache-header.jpg" alt=""><figcaption>Photo by Tomas Reyes / Unsplash</figcaption></figure></header>
<section class="gh-content gh-canvas">
{body}
</section>
<section class="article-comments gh-canvas"><h2>3 comments</h2>
<div class="gh-comment"><p class="gh-comment-author">Marco Lindqvist · 2 days ago</p><p>We hit exactly the same metadata problem with NFS at around 80 agents. Did you look at a local disk cache with a shared index before going to object storage?</p></div>
<div class="gh-comment"><p class="gh-comment-author">Priya Raman · 2 days ago</p><p>We did, but keeping the index consistent across agents turned out to be the same problem in a different place.</p></div>
<div class="gh-comment"><p class="gh-comment-author">devon_k · yesterday</p><p>The cleanup-by-age bug is painfully familiar. Thanks for writing up the parts that went wrong and not just the graph.</p></div></section>
</article>
<section class="author-card gh-canvas"><img src="/content/images/priya.jpg" alt=""><div><h3>Priya Raman</h3><p>Priya leads the build and test platform team. Before that she spent six years making compilers slightly faster.</p></div></section></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h2>Read more</h2>
<article class="post-card"><a class="post-card-content-link"><header class="post-card-header"><h2 class="post-card-title">How we shard our test suite across 120 agents</h2></header><div class="post-card-excerpt">Splitting tests by past run time instead of by file cut our slowest shard from 19 minutes to 6.</div></a><footer class="post-card-meta"><span>Apr 8, 2025</span><span>5 min read</span></footer></article>
<article class="post-card"><a class="post-card-content-link"><header class="post-card-header"><h2 class="post-card-title">The on-call handbook we actually use</h2></header><div class="post-card-excerpt">What goes in a runbook, what stays out, and why we delete pages nobody has opened in a year.</div></a><footer class="post-card-meta"><span>Feb 19, 2025</span><span>8 min read</span></footer></article></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a>Byte Harbor</a> © 2025</section><nav class="site-footer-nav"><a>Sign up</a><a>RSS</a></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>"""
    return page(
        art,
        "Byte Harbor",
        "https://blog.byteharbor.example/build-cache-off-nfs/",
        content,
        "en",
        head='<meta name="generator" content="Ghost 5.96">\n',
    )


def weather(art):
    """National weather service news page: warning card above the body, table inside."""
    n = len(art["paragraphs"])
    card = """<div class="warning-summary warning-amber" role="region" aria-label="Warning summary"><p class="warning-level">Amber warning</p><h2 class="warning-type">Wind</h2>
<dl class="warning-details"><dt>Valid from</dt><dd>06:00 Thu 13 Nov</dd><dt>Valid to</dt><dd>21:00 Thu 13 Nov</dd><dt>Areas</dt><dd>West coast, North coast, Western Highlands</dd></dl>
<a class="btn" href="/warnings">See all warnings</a></div>"""
    table = """<div class="table-wrap"><table class="forecast-table"><caption>Expected peak gusts, Thursday</caption><thead><tr><th>Location</th><th>Morning</th><th>Afternoon</th><th>Evening</th></tr></thead>
<tbody><tr><td>Port Alder</td><td>75 km/h</td><td>110 km/h</td><td>90 km/h</td></tr><tr><td>Kessock Head</td><td>70 km/h</td><td>105 km/h</td><td>85 km/h</td></tr><tr><td>Brae Summit</td><td>85 km/h</td><td>115 km/h</td><td>95 km/h</td></tr></tbody></table>
<p class="table-note">Gusts are for exposed locations and may be lower inland.</p></div>"""
    prepare = '<aside class="callout callout--info"><h3>Be prepared</h3><p>Secure loose items in your garden before Wednesday evening. Check with your ferry or airline before you travel on Thursday.</p><a>Advice on preparing for severe weather</a></aside>'
    body = paras(
        art,
        h='h2 class="govuk-heading-m"',
        ul='ul class="list list--bullet"',
        stop=n - 1,
        between={3: table, 7: prepare},
    )
    update = f'<p class="update-note"><strong>{e(art["paragraphs"][-1])}</strong></p>'
    content = f"""<a href="#main" class="skip-link">Skip to main content</a>
<div class="cookie-banner" role="region" aria-label="Cookies"><p>We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use the site.</p><button>Accept additional cookies</button><button>Reject additional cookies</button></div>
<header class="site-header"><a class="logo" href="/">National Weather Service</a><form class="location-search" role="search"><label for="loc">Search for a place</label><input id="loc"></form>
<nav><ul><li><a>Forecasts</a></li><li><a>Warnings</a></li><li><a>Maps and charts</a></li><li><a>Climate</a></li><li><a>News</a></li><li><a>Learn about weather</a></li></ul></nav></header>
<div class="breadcrumbs"><ol><li><a>Home</a></li><li><a>News</a></li><li>Weather and climate news</li></ol></div>
<main id="main"><article class="news-article">
<p class="article-type">Press office</p>
<h1>{e(art["title"])}</h1>
<p class="article-meta">Author: {e(art["author"])} · Last updated: <time datetime="{art["date"]}T16:00">16:00 (UTC) on Wed 12 Nov 2025</time></p>
{card}
<figure class="article-image"><img src="/binaries/content/gallery/storm-orla-satellite.jpg" alt=""><figcaption>Satellite image of Storm Orla over the Atlantic on Wednesday afternoon.</figcaption></figure>
<div class="article-content">
{body}
{update}
</div>
<div class="share"><p>Share this article</p><a>Facebook</a><a>X</a><a>LinkedIn</a><a>Email</a></div>
<div class="feedback"><h2>Is this page useful?</h2><button>Yes</button><button>No</button><a>Report a problem with this page</a></div>
</article>
<section class="related-news"><h2>Related news</h2><ul>
<li><a><h3>How storms are named this season</h3></a><p>The next names on the list are Piran, Rhiannon and Stellan, chosen from public suggestions.</p></li>
<li><a><h3>October was the wettest on record for the south-west</h3></a><p>More than twice the average rainfall fell at several stations, with flooding in three counties.</p></li></ul></section>
<section class="app-promo"><h2>Get warnings on your phone</h2><p>Download our free app for forecasts and push alerts for the places you care about.</p></section></main>
<footer class="site-footer"><ul><li><a>Accessibility</a></li><li><a>Cookies</a></li><li><a>Privacy</a></li><li><a>Contact us</a></li><li><a>Press office</a></li></ul><p>© Crown copyright. All content is available under the Open Government Licence v3.0, except where otherwise stated.</p></footer>"""
    return page(
        art,
        "National Weather Service",
        "https://www.nws-weather.example/news/2025/storm-orla-amber-wind-warning",
        content,
        "en-GB",
    )


LAYOUTS_H19 = {
    "h19-01-quechua": ("h19_quechua", quechua),
    "h19-02-guarani": ("h19_guarani", guarani),
    "h19-03-tongan": ("h19_tongan", tongan),
    "h19-04-wolof": ("h19_wolof", wolof),
    "h19-05-occitan": ("h19_occitan", occitan),
    "h19-06-shona": ("h19_shona", shona),
    "h19-07-irishdaily": ("h19_irishdaily", irishdaily),
    "h19-08-techghost": ("h19_techghost", techghost),
    "h19-09-weather": ("h19_weather", weather),
}
