"""Layouts of the frozen held-out group "h20" of the extraction benchmark.

Written at the start of round 17, by someone other than the person tuning the reader and
without reading the reader or its output on these pages; never used for tuning
(docs/benchmarks-extraction.md). ``tests/test_read_bench.py`` pins a digest of the
generated files. Fictional pages in layouts and languages not used by h2-h19: a
Sardinian news site on Drupal 7 (``field-items``/``field-item even`` body, an EU cookie
popup, a "read also" line and an inline ad block, reader comments, views sidebar); a
Friulian community paper built with Hugo and the PaperMod theme (table of contents, a
figure shortcode, a "read also" blockquote, a donation box, Disqus); a Romansh
broadcaster on Adobe Experience Manager core components (the body in several
``cmp-text`` components with a data layer, an image, an audio player and a teaser
between them, OneTrust banner); an Upper Sorbian weekly on Plone (``documentFirstHeading``,
``parent-fieldname-text`` with a "read also" line and a callout box written as
sentences, document actions, keywords, discussion, portlets); a Tatar district paper on
1C-Bitrix (the detail text split by ``<br><br>`` with bold subheadings, a "read also"
line and an inline photo, date/views/author below the text, Telegram prompt, banner,
related news with sentences, reviews); a Northern Sámi newspaper on a Labrador-like CMS
(several ``bodytext`` blocks with a fact box, a "read also" teaser and an ad between
them, a correction in italics, press-ethics footer); an English student newspaper on
SNO's FLEX theme (pull quote repeating a body quote, "Story continues below
advertisement", a related-stories box, donation box, an editor's note in italics,
comments); an English packaging trade site on a Brightspot-like front end (custom
``bsp-``/``ps-`` elements, a related promo, an ad and a sponsored whitepaper inside the
rich text, registration prompt, webinar and newsletter boxes, an in-body list and a
correction); and a US city government's News Flash page on CivicPlus (page heading
"News Flash" above the item's ``<h3>`` title, Froala body with bold-paragraph
subheadings, an update note at the top in red, documents, "Other News in Public Works"
teasers, Google Translate widget, alert bar).
"""

from __future__ import annotations

import html
import json

from page_parts import paras

e = html.escape


def page(art, site, url, content, lang, head="", body_attrs="", sep=" | "):
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{e(art["title"])}{sep}{e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="{e(site)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(art["title"])}">
<link rel="canonical" href="{url}">
<meta property="article:published_time" content="{art["date"]}T08:40:00+01:00">
{head}</head><body{body_attrs}>
{content}
</body></html>
"""


def ld(data, slashes=False):
    """A JSON-LD block as sites print it (one line; some back ends escape the slashes)."""
    text = json.dumps(data, ensure_ascii=False)
    if slashes:
        text = text.replace("/", "\\/")
    return f'<script type="application/ld+json">{text}</script>\n'


def sardinian(art):
    """Drupal 7 (Bartik-like): the body in ``field-name-body`` > ``field-items``."""
    also = '<p style="text-align: justify;"><strong>Leghe puru:</strong> <a href="/cultura/2025/07/nuraghe-sa-turre-iscavos-voluntarios">Sa Turre, torrant sos voluntàrios: quaranta pitzocos dae totu s\'Europa</a></p>'
    ad = '<div class="inline-block"><div id="block-dfp-articolu-mesu" class="block block-dfp"><div class="content"><div class="dfp-tag-wrapper"><span class="dfp-label">Publitzidade</span><div class="dfp-tag-wrapper" id="dfp-ad-articolu_mesu-wrapper"><div id="dfp-ad-articolu_mesu" class="dfp-tag-wrapper"></div></div></div></div></div></div>'
    body = paras(art, p='p style="text-align: justify;"', h="h3", between={2: also, 5: ad})
    sidebar_rows = "".join(
        f'<div class="views-row views-row-{i} views-row-{"odd" if i % 2 else "even"}{" views-row-first" if i == 1 else ""}"><div class="views-field views-field-title"><span class="field-content"><a href="/novas/{i}">{e(t)}</a></span></div><div class="views-field views-field-body"><div class="field-content">{e(d)}</div></div></div>'
        for i, (t, d) in enumerate(
            [
                (
                    "Sa biblioteca de Biddanoa de Monte aberta finas su sàbadu",
                    "Dae su mese de cabudanni sa biblioteca tzìvica at a èssere aberta finas su sàbadu a mangianu, pro sos istudiantes e sos traballadores.",
                ),
                (
                    "In Nùgoro un'addòbiu pro su sardu in sas iscolas",
                    "Maistros e famìlias ant chistionadu de comente impreare su sardu in sas letziones de ogni die, e non feti in sos progetos de s'istiu.",
                ),
                (
                    "Fogu in su monte de Santu Pedru, salvos sos ortos",
                    "Sos bombieris e sos voluntàrios de sa protetzione tzivile ant frimadu su fogu in antis chi essèret arribadu a sas domos.",
                ),
            ],
            1,
        )
    )
    comments = "".join(
        f"""<div class="comment comment-by-anonymous {z} clearfix" about="/comment/{cid}#comment-{cid}" typeof="sioc:Post sioct:Comment"><div class="attribution"><div class="comment-submitted"><p class="commenter-name"><span class="username">{e(name)}</span></p><p class="comment-time">{when}</p><p class="comment-permalink"><a href="/comment/{cid}#comment-{cid}" class="permalink" rel="bookmark">Ligàmene permanente</a></p></div></div>
<div class="comment-text"><div class="comment-arrow"></div><h3 property="dc:title" datatype=""><a href="/comment/{cid}#comment-{cid}" class="permalink" rel="bookmark">{e(subject)}</a></h3>
<div class="content"><span rel="sioc:reply_of" resource="/cultura/2025/08/figurighedda-brunzu-sa-turre" class="rdf-meta element-hidden"></span><div class="field field-name-comment-body field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded"><p>{e(text)}</p></div></div></div></div>
<ul class="links inline"><li class="comment-reply first last"><a href="/comment/reply/4187/{cid}">rispunde</a></li></ul></div></div>"""
        for cid, z, name, when, subject, text in [
            (
                "9921",
                "odd",
                "Pàulu M.",
                "Giò, 21/08/2025 - 13:02",
                "Bellu meda",
                "Bellu meda. Deo bi so istadu s'annu passadu cun sos pitzinnos e sas ghias fiant bravas a beru.",
            ),
            (
                "9924",
                "even",
                "Anna de Orane",
                "Giò, 21/08/2025 - 17:45",
                "Chi torret a sa bidda",
                "Isperemus chi sa figurighedda torret a sa bidda e non abarret in unu magasinu de Casteddu comente sas àteras.",
            ),
        ]
    )
    content = f"""<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Sarta a su cuntenutu printzipale</a></div>
<div id="page-wrapper"><div id="page">
<div id="header" class="without-secondary-menu"><div class="section clearfix">
<a href="/" title="Domo" rel="home" id="logo"><img src="https://www.saboghe.example/sites/all/themes/saboghe/logo.png" alt="Domo"></a>
<div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="Domo" rel="home"><span>Sa Boghe</span></a></strong></div><div id="site-slogan">Novas in limba sarda dae su 2008</div></div>
<div class="region region-header"><div id="block-search-form" class="block block-search contextual-links-region"><div class="content"><form action="/cultura/2025/08/figurighedda-brunzu-sa-turre" method="post" id="search-block-form" accept-charset="UTF-8"><div><div class="container-inline"><h2 class="element-invisible">Formulàriu de chirca</h2><div class="form-item form-type-textfield form-item-search-block-form"><label class="element-invisible" for="edit-search-block-form--2">Chirca </label><input title="Inserta sas paràulas de chircare." type="text" id="edit-search-block-form--2" name="search_block_form" value="" size="15" maxlength="128" class="form-text"></div><div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="Chirca" class="form-submit"></div><input type="hidden" name="form_build_id" value="form-Hk3v8Qe1mZr0ycdL2x9tJpW4nA7oB5sFuGiKcEaXqYs"><input type="hidden" name="form_id" value="search_block_form"></div></div></form></div></div></div>
<div id="main-menu" class="navigation"><h2 class="element-invisible">Menù printzipale</h2><ul id="main-menu-links" class="links clearfix"><li class="menu-218 first"><a href="/">Domo</a></li><li class="menu-345"><a href="/sardigna">Sardigna</a></li><li class="menu-346 active-trail"><a href="/cultura" class="active-trail">Cultura</a></li><li class="menu-347"><a href="/limba">Limba</a></li><li class="menu-348"><a href="/isport">Isport</a></li><li class="menu-349"><a href="/opiniones">Opiniones</a></li><li class="menu-350 last"><a href="/contatos">Contatos</a></li></ul></div>
</div></div>
<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
<div id="breadcrumb"><h2 class="element-invisible">Ses inoghe</h2><div class="breadcrumb"><a href="/">Domo</a> » <a href="/cultura">Cultura</a> » <a href="/cultura/archeologia">Archeologia</a></div></div>
<div id="content" class="column"><div class="section">
<a id="main-content"></a>
<h1 class="title" id="page-title">{e(art["title"])}</h1>
<div class="tabs"></div>
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
<div id="node-4187" class="node node-article node-promoted node-full clearfix" about="/cultura/2025/08/figurighedda-brunzu-sa-turre" typeof="sioc:Item foaf:Document">
<span property="dc:title" content="{e(art["title"])}" class="rdf-meta element-hidden"></span><span property="sioc:num_replies" content="2" datatype="xsd:integer" class="rdf-meta element-hidden"></span>
<div class="meta submitted"><span property="dc:date dc:created" content="{art["date"]}T10:14:00+02:00" datatype="xsd:dateTime" rel="sioc:has_creator">Publicadu dae <span class="username" xml:lang="" about="/user/37" typeof="sioc:UserAccount" property="foaf:name" datatype="">{e(art["author"])}</span> su Giò, 21/08/2025 - 10:14</span></div>
<div class="content clearfix">
<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even" rel="og:image rdfs:seeAlso" resource="https://www.saboghe.example/sites/default/files/styles/large/public/field/image/sa-turre.jpg"><img typeof="foaf:Image" src="https://www.saboghe.example/sites/default/files/styles/large/public/field/image/sa-turre.jpg?itok=x9Lk2PqA" width="480" height="320" alt="Su nuraghe de Sa Turre"></div></div></div>
<div class="field field-name-field-didascalia field-type-text field-label-hidden"><div class="field-items"><div class="field-item even">Sa turre printzipale de su nuraghe in su mese de austu. (Foto: assòtziu Sa Turre)</div></div></div>
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{body}
</div></div></div>
<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">Etichetas:&nbsp;</div><div class="field-items"><div class="field-item even" rel="dc:subject"><a href="/etichetas/nuraghes" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">nuraghes</a></div><div class="field-item odd" rel="dc:subject"><a href="/etichetas/archeologia" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">archeologia</a></div><div class="field-item even" rel="dc:subject"><a href="/etichetas/biddanoa-de-monte" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">Biddanoa de Monte</a></div></div></div>
<div class="service-links"><div class="item-list"><h3>Cumpartzi</h3><ul class="links"><li class="service-links-facebook first"><a href="#" title="Cumpartzi in Facebook" class="service-links-facebook" rel="nofollow">Facebook</a></li><li class="service-links-twitter"><a href="#" title="Cumpartzi in X" class="service-links-twitter" rel="nofollow">X</a></li><li class="service-links-whatsapp last"><a href="#" title="Cumpartzi in WhatsApp" class="service-links-whatsapp" rel="nofollow">WhatsApp</a></li></ul></div></div>
</div>
<ul class="links inline"><li class="comment-add first last active"><a href="/cultura/2025/08/figurighedda-brunzu-sa-turre#comment-form" title="Cumpartzi sos pensamentos e sas opiniones tuas subra de custu artìculu." class="active">Annanghe unu cummentu</a></li></ul>
<div id="comments" class="comment-wrapper"><h2 class="title">Cummentos</h2>
<a id="comment-9921"></a>{comments}
<h2 class="title comment-form">Annanghe unu cummentu</h2><form class="comment-form" action="/comment/reply/4187" method="post" id="comment-form" accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-name"><label for="edit-name">Su nùmene tuo </label><input type="text" id="edit-name" name="name" value="Anònimu" size="30" maxlength="60" class="form-text"></div><div class="field-type-text-long field-name-comment-body field-widget-text-textarea form-wrapper" id="edit-comment-body"><div class="form-item form-type-textarea"><label for="edit-comment-body-und-0-value">Cummentu <span class="form-required" title="Custu campu est obligatòriu.">*</span></label><textarea class="text-full form-textarea required" id="edit-comment-body-und-0-value" name="comment_body[und][0][value]" cols="60" rows="5"></textarea></div></div><div class="form-actions form-wrapper" id="edit-actions--2"><input type="submit" id="edit-submit--2" name="op" value="Sarva" class="form-submit"><input type="submit" id="edit-preview" name="op" value="Previsualizatzione" class="form-submit"></div></div></form></div>
</div>
</div></div></div>
</div></div>
<div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second">
<div id="block-views-novas-block-1" class="block block-views"><h2>Sas ùrtimas novas</h2><div class="content"><div class="view view-novas view-id-novas view-display-id-block_1"><div class="view-content">{sidebar_rows}</div><div class="more-link"><a href="/novas">Àteras novas</a></div></div></div></div>
<div id="block-block-4" class="block block-block"><h2>Sa Boghe in Facebook</h2><div class="content"><p>Sighi·nos in Facebook pro totu sas novas de sa die in limba sarda.</p></div></div>
</div></div></div>
</div></div>
<div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix"><div class="region region-footer"><div id="block-block-2" class="block block-block"><div class="content"><p>Sa Boghe est una publicatzione de s'assòtziu culturale Sa Boghe de su Logu. Registru de sa Stampa de su Tribunale de Nùgoro n. 4/2008.</p><p><a href="/privacy">Privacy</a> · <a href="/cookie">Cookie</a> · <a href="/redatzione">Redatzione</a></p></div></div><div id="block-system-powered-by" class="block block-system"><div class="content"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></div></div></div>
</div></div>
<div id="sliding-popup" class="sliding-popup-bottom" style="height: auto; width: 100%; bottom: 0px;"><div><div class="popup-content info"><div id="popup-text"><p>Custu situ impreat cookies pro megiorare s'esperièntzia de sos letores. Sighende a navigare, nde atzetas s'impreu.</p></div><div id="popup-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Atzeto</button><button type="button" class="find-more-button eu-cookie-compliance-more-button">Àteras informatziones</button></div></div></div></div>
<script>jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"saboghe","theme_token":"Qm1cV0Zb"}},"eu_cookie_compliance":{{"popup_enabled":1}}}});</script>"""
    head = """<meta name="Generator" content="Drupal 7 (http://drupal.org)">
<link rel="shortlink" href="/node/4187">
<meta name="description" content="Sos voluntàrios de sa campagna de iscavos ant agatadu una figurighedda de brunzu cun unu gherreri.">
<script src="https://www.saboghe.example/misc/jquery.js?v=1.4.4"></script><script src="https://www.saboghe.example/misc/drupal.js?sy2k7n"></script>
"""
    return page(
        art,
        "Sa Boghe",
        "https://www.saboghe.example/cultura/2025/08/figurighedda-brunzu-sa-turre",
        content,
        "sc",
        head=head,
        body_attrs=' class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-4187 node-type-article"',
    )


def friulian(art):
    """Hugo with the PaperMod theme: Goldmark output with heading ids, a table of contents."""

    def slug(s):
        keep = "".join(c.lower() if c.isalnum() else "-" for c in s)
        return "-".join(x for x in keep.split("-") if x)

    heads = [p[3:] for p in art["paragraphs"] if p.startswith("## ")]
    toc = "".join(f'<li><a href="#{slug(h)}" aria-label="{e(h)}">{e(h)}</a></li>' for h in heads)
    fig = '<figure class="align-center"><img loading="lazy" src="/images/2025/sclusons-buteghe.jpg#center" alt="La buteghe di Sclusons in place" width="1200" height="800"><figcaption>La buteghe in place, doi dîs prime de vierzidure. Foto: Andrea Zanier</figcaption></figure>'
    also = '<blockquote><p><strong>Lei ancje:</strong> <a href="/2025/01/ostaries-de-mont/">Lis ostaries di mont che a sierin: in dîs agns une su trê</a></p></blockquote>'
    out = []
    for i, para in enumerate(art["paragraphs"]):
        if para.startswith("## "):
            out.append(f'<h2 id="{slug(para[3:])}">{e(para[3:])}</h2>')
        else:
            out.append(f"<p>{e(para)}</p>")
        if i == 1:
            out.append(fig)
        if i == 5:
            out.append(also)
    body = "\n".join(out)
    support = """<div class="support-box"><p><strong>La Vôs de Valade e vîf cul jutori dai letôrs.</strong> Se ti plâs ce che o scrivìn, sosten il gjornâl cuntune donazion ancje piçule.</p><p><a class="button" href="/sosten/">Sosten La Vôs</a></p></div>"""
    jsonld = ld(
        {
            "@context": "https://schema.org",
            "@type": "BlogPosting",
            "headline": art["title"],
            "name": art["title"],
            "description": "Il paîs al torne a vê un negozi: lu gjestìs une cooperative di comunitât cun plui di cent socis.",
            "keywords": ["cooperative", "Sclusons", "paîs"],
            "articleSection": "Comunitât",
            "wordCount": "412",
            "inLanguage": "fur",
            "datePublished": f"{art['date']}T09:00:00+01:00",
            "dateModified": f"{art['date']}T09:00:00+01:00",
            "author": [{"@type": "Person", "name": art["author"]}],
            "mainEntityOfPage": {
                "@type": "WebPage",
                "@id": "https://lavosdevalade.example/2025/03/buteghe-sclusons/",
            },
            "publisher": {
                "@type": "Organization",
                "name": "La Vôs de Valade",
                "logo": {"@type": "ImageObject", "url": "https://lavosdevalade.example/logo.png"},
            },
        }
    )
    content = f"""<header class="header"><nav class="nav"><div class="logo"><a href="https://lavosdevalade.example/" accesskey="h" title="La Vôs de Valade (Alt + H)">La Vôs de Valade</a><div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg></button></div></div>
<ul id="menu"><li><a href="/comunitat/" title="Comunitât"><span>Comunitât</span></a></li><li><a href="/culture/" title="Culture"><span>Culture</span></a></li><li><a href="/lenghe/" title="Lenghe"><span>Lenghe</span></a></li><li><a href="/archivi/" title="Archivi"><span>Archivi</span></a></li><li><a href="/search/" title="Cîr (Alt + /)" accesskey="/"><span>Cîr</span></a></li></ul></nav></header>
<main class="main">
<article class="post-single">
<header class="post-header">
<div class="breadcrumbs"><a href="https://lavosdevalade.example/">Prime pagjine</a>&nbsp;»&nbsp;<a href="https://lavosdevalade.example/posts/">Articui</a></div>
<h1 class="post-title entry-hint-parent">{e(art["title"])}</h1>
<div class="post-description">Il paîs al torne a vê un negozi: lu gjestìs une cooperative di comunitât cun plui di cent socis.</div>
<div class="post-meta"><span title="2025-03-11 09:00:00 +0100 CET">11 di Març dal 2025</span>&nbsp;·&nbsp;3 minûts&nbsp;·&nbsp;{e(art["author"])}</div>
</header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Tabele dai contignûts</span></summary><div class="inner"><ul>{toc}</ul></div></details></div>
<div class="post-content">{body}
</div>
<footer class="post-footer">
<ul class="post-tags"><li><a href="https://lavosdevalade.example/tags/cooperative/">Cooperative</a></li><li><a href="https://lavosdevalade.example/tags/sclusons/">Sclusons</a></li><li><a href="https://lavosdevalade.example/tags/pais/">Paîs</a></li></ul>
<nav class="paginav"><a class="prev" href="https://lavosdevalade.example/2025/03/coral-di-sclusons/"><span class="title">« Prime</span><br><span>Il corâl di Sclusons al compie cincuante agns</span></a><a class="next" href="https://lavosdevalade.example/2025/03/strade-forcje/"><span class="title">Dopo »</span><br><span>La strade de Forcje e torne vierte dopo la frane</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share {e(art["title"])} on x" href="https://x.com/intent/tweet/?text=buteghe"><svg viewBox="0 0 512 512" height="30px" width="30px"><path d="M512 62.554v386.892"></path></svg></a></li><li><a target="_blank" rel="noopener noreferrer" aria-label="share {e(art["title"])} on facebook" href="https://facebook.com/sharer/sharer.php?u=buteghe"><svg viewBox="0 0 512 512" height="30px" width="30px"><path d="M449.446 0"></path></svg></a></li><li><a target="_blank" rel="noopener noreferrer" aria-label="share {e(art["title"])} on whatsapp" href="https://api.whatsapp.com/send?text=buteghe"><svg viewBox="0 0 512 512" height="30px" width="30px"><path d="M449.446 0"></path></svg></a></li></ul>
{support}
</footer>
<div id="disqus_thread"></div>
<script>var disqus_config=function(){{this.page.url="https://lavosdevalade.example/2025/03/buteghe-sclusons/";this.page.identifier="buteghe-sclusons";}};</script>
<noscript>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript">comments powered by Disqus.</a></noscript>
</article>
</main>
<footer class="footer"><span>&copy; 2025 <a href="https://lavosdevalade.example/">La Vôs de Valade</a>, associazion culturâl di volontaris</span> · <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>
<script>document.getElementById("theme-toggle").addEventListener("click",()=>{{document.body.classList.toggle("dark")}});</script>"""
    head = (
        '<meta name="generator" content="Hugo 0.128.2">\n<meta name="robots" content="index, follow">\n'
        '<meta name="description" content="Il paîs al torne a vê un negozi: lu gjestìs une cooperative di comunitât cun plui di cent socis.">\n'
        '<meta name="keywords" content="cooperative, Sclusons, paîs">\n'
        '<link crossorigin="anonymous" href="/assets/css/stylesheet.7a2c1f.css" rel="preload stylesheet" as="style">\n'
        + jsonld
    )
    return page(
        art,
        "La Vôs de Valade",
        "https://lavosdevalade.example/2025/03/buteghe-sclusons/",
        content,
        "fur",
        head=head,
        body_attrs=' id="top"',
    )


def romansh(art):
    """Adobe Experience Manager core components: the body in several ``cmp-text``s."""
    ps = art["paragraphs"]
    counter = iter(["b41c7e2a90", "5fd03a8e17", "c2e9a64b3d", "91ab7f0c55"])

    def text(start, stop):
        inner = paras(art, start=start, stop=stop, h='h2 class="cmp-text__subtitle"')
        cid = next(counter)
        layer = json.dumps(
            {
                f"text-{cid}": {
                    "@type": "nr/components/content/text",
                    "repo:modifyDate": "2025-06-05T16:42:11Z",
                    "xdm:text": inner,
                }
            },
            ensure_ascii=False,
        )
        return f'<div class="text aem-GridColumn aem-GridColumn--default--12"><div id="text-{cid}" class="cmp-text" data-cmp-data-layer="{e(layer)}">{inner}</div></div>'

    image = '<div class="image aem-GridColumn aem-GridColumn--default--12"><div data-cmp-is="image" data-cmp-widths="640,960,1280" data-cmp-src="/content/dam/nr/2025/06/cascharia.coreimg{.width}.jpeg" data-asset-id="a3f7c2d1" class="cmp-image" itemscope itemtype="http://schema.org/ImageObject"><img src="/content/dam/nr/2025/06/cascharia.coreimg.960.jpeg" loading="lazy" class="cmp-image__image" itemprop="contentUrl" alt="La cascharia da Muntatsch"><span class="cmp-image__title" itemprop="caption">La cascharia da Muntatsch è vegnida fabritgada l\'onn 1962.</span><span class="cmp-image__copyright">Fotografia: Novitads Rumantschas</span></div></div>'
    audio = '<div class="audioplayer aem-GridColumn aem-GridColumn--default--12"><div class="cmp-audio" data-media-id="nr-audio-20250605-0731"><p class="cmp-audio__label">Tadlar</p><p class="cmp-audio__title">Emissiun Actualitad: la radunanza communala da Muntatsch ha decidì</p><button class="cmp-audio__play" aria-label="Tadlar l\'emissiun">▶</button><span class="cmp-audio__duration">2:14</span></div></div>'
    teaser = '<div class="teaser aem-GridColumn aem-GridColumn--default--12"><div class="cmp-teaser"><div class="cmp-teaser__content"><p class="cmp-teaser__pretitle">Er interessant</p><h3 class="cmp-teaser__title"><a class="cmp-teaser__title-link" href="/novitads/grischun/2025/05/pretsch-dal-latg">Ils purs da la Surselva pretendan dapli daners per il latg</a></h3><div class="cmp-teaser__description"><p>Il pretsch dal latg na cuvra betg pli ils custs, din ils purs. Els vulan discurrer cun ils gronds distributurs.</p></div></div></div></div>'
    body = "\n".join([text(0, 3), image, text(3, 6), audio, text(6, 8), teaser, text(8, len(ps))])
    more = "".join(
        f'<li class="cmp-list__item"><article><a class="cmp-list__item-link" href="/novitads/grischun/{i}"><span class="cmp-list__item-title">{e(t)}</span><span class="cmp-list__item-date">{d}</span></a></article></li>'
        for i, (t, d) in enumerate(
            [
                ("La Val Müstair survegn ina nova staziun da biogas", "03-06-2025"),
                ("Ils purs da la Surselva pretendan dapli daners per il latg", "28-05-2025"),
                ("Alpegiaziun: damain vatgas sin las alps che avant diesch onns", "21-05-2025"),
            ]
        )
    )
    content = f"""<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" tabindex="0" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy"><h2 id="onetrust-policy-title">Nus duvrain cookies</h2><div id="onetrust-policy-text">Nus duvrain cookies e tecnologias sumegliantas per mussar cuntegns persunalisads e per analisar co che nossa pagina vegn utilisada. <a href="/protecziun-da-datas" aria-label="Dapli infurmaziuns davart la protecziun da datas">Protecziun da datas</a></div></div></div><div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Parameters</button><button id="onetrust-reject-all-handler">Refusar tut</button><button id="onetrust-accept-btn-handler">Acceptar tut</button></div></div></div></div></div></div>
<div class="root container responsivegrid"><div id="container-3d1e0b" class="cmp-container"><div class="aem-Grid aem-Grid--12 aem-Grid--default--12">
<div class="experiencefragment header aem-GridColumn aem-GridColumn--default--12"><div id="experiencefragment-a1" class="cmp-experiencefragment cmp-experiencefragment--header"><header class="nr-header"><a class="nr-header__skip" href="#main">Siglir al cuntegn</a><a class="nr-header__logo" href="/" aria-label="Novitads Rumantschas, pagina da partenza"><img src="/etc.clientlibs/nr/clientlibs/resources/logo.svg" alt="Novitads Rumantschas"></a>
<nav class="cmp-navigation" itemscope itemtype="http://schema.org/SiteNavigationElement" aria-label="Navigaziun principala"><ul class="cmp-navigation__group"><li class="cmp-navigation__item cmp-navigation__item--active"><a class="cmp-navigation__item-link" href="/novitads">Novitads</a></li><li class="cmp-navigation__item"><a class="cmp-navigation__item-link" href="/grischun">Grischun</a></li><li class="cmp-navigation__item"><a class="cmp-navigation__item-link" href="/svizra">Svizra</a></li><li class="cmp-navigation__item"><a class="cmp-navigation__item-link" href="/cultura">Cultura</a></li><li class="cmp-navigation__item"><a class="cmp-navigation__item-link" href="/sport">Sport</a></li><li class="cmp-navigation__item"><a class="cmp-navigation__item-link" href="/tadlar">Tadlar</a></li><li class="cmp-navigation__item"><a class="cmp-navigation__item-link" href="/guardar">Guardar</a></li></ul></nav>
<a class="nr-header__live" href="/radio/live">Radio live</a><a class="nr-header__login" href="/login">S'annunziar</a></header></div></div>
<div class="breadcrumb aem-GridColumn aem-GridColumn--default--12"><nav id="breadcrumb-7c" class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list" itemscope itemtype="http://schema.org/BreadcrumbList"><li class="cmp-breadcrumb__item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/" class="cmp-breadcrumb__item-link" itemprop="item"><span itemprop="name">Pagina da partenza</span></a><meta itemprop="position" content="1"></li><li class="cmp-breadcrumb__item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/novitads" class="cmp-breadcrumb__item-link" itemprop="item"><span itemprop="name">Novitads</span></a><meta itemprop="position" content="2"></li><li class="cmp-breadcrumb__item cmp-breadcrumb__item--active" aria-current="page" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><span itemprop="name">Grischun</span><meta itemprop="position" content="3"></li></ol></nav></div>
<main id="main" class="container responsivegrid aem-GridColumn aem-GridColumn--default--12"><div class="cmp-container"><article class="aem-Grid aem-Grid--12 aem-Grid--default--12">
<div class="kicker aem-GridColumn aem-GridColumn--default--12"><p class="cmp-kicker">Vischnanca</p></div>
<div class="title aem-GridColumn aem-GridColumn--default--12"><div data-cmp-data-layer="{{&#34;title-8e2a&#34;:{{&#34;@type&#34;:&#34;core/wcm/components/title/v2/title&#34;}}}}" id="title-8e2a" class="cmp-title"><h1 class="cmp-title__text">{e(art["title"])}</h1></div></div>
<div class="text cmp-text--lead aem-GridColumn aem-GridColumn--default--12"><div class="cmp-text"><p><b>Cun ina gronda maioritad ha la radunanza communala approvà la sanaziun. Il chantun paja var la mesadad.</b></p></div></div>
<div class="articlemeta aem-GridColumn aem-GridColumn--default--12"><div class="cmp-articlemeta"><span class="cmp-articlemeta__author">{e(art["author"])}</span><time class="cmp-articlemeta__date" datetime="{art["date"]}T18:42:00+02:00">05-06-2025, 18:42</time><span class="cmp-articlemeta__updated">Actualisà: 06-06-2025, 07:15</span></div></div>
{body}
<div class="separator aem-GridColumn aem-GridColumn--default--12"><div class="cmp-separator"><hr class="cmp-separator__horizontal-rule"></div></div>
<div class="sharing aem-GridColumn aem-GridColumn--default--12"><div class="cmp-sharing"><span class="cmp-sharing__label">Parter</span><a class="cmp-sharing__link" href="#">Facebook</a><a class="cmp-sharing__link" href="#">WhatsApp</a><a class="cmp-sharing__link" href="#">X</a><a class="cmp-sharing__link" href="#">E-mail</a><button class="cmp-sharing__copy">Copiar la colliaziun</button></div></div>
<div class="list aem-GridColumn aem-GridColumn--default--12"><h2 class="cmp-list__heading">Dapli davart il tema</h2><ul id="list-2b" class="cmp-list">{more}</ul></div>
</article></div></main>
<div class="experiencefragment footer aem-GridColumn aem-GridColumn--default--12"><div class="cmp-experiencefragment cmp-experiencefragment--footer"><footer class="nr-footer"><p class="nr-footer__claim">Novitads Rumantschas – las novitads dal Grischun per rumantsch, mintga di.</p><ul class="nr-footer__links"><li><a href="/impressum">Impressum</a></li><li><a href="/protecziun-da-datas">Protecziun da datas</a></li><li><a href="/contact">Contact</a></li><li><a href="/emissiuns">Emissiuns</a></li></ul><p class="nr-footer__copy">© 2025 Novitads Rumantschas</p></footer></div></div>
</div></div></div>
<script src="/etc.clientlibs/nr/clientlibs/clientlib-site.lc-8a7d1e4c-lc.min.js"></script>
<script>window.adobeDataLayer = window.adobeDataLayer || []; adobeDataLayer.push({{"page":{{"page-3a9c":{{"@type":"nr/components/page","dc:title":"Muntatsch"}}}}}});</script>"""
    head = '<meta name="template" content="article-page">\n<link rel="stylesheet" href="/etc.clientlibs/nr/clientlibs/clientlib-site.lc-5c2b91fa-lc.min.css" type="text/css">\n'
    return page(
        art,
        "Novitads Rumantschas",
        "https://www.novitads-rumantschas.example/novitads/grischun/2025/06/muntatsch-cascharia.html",
        content,
        "rm",
        head=head,
        body_attrs=' class="page basicpage" id="page-3a9c"',
        sep=" - ",
    )


def sorbian(art):
    """Plone 5 classic: ``documentFirstHeading``, ``parent-fieldname-text``, portlets."""
    also = '<p><em>Čitajće tež: <a class="internal-link" href="resolveuid/8b2f1d0c4e7a4c19" target="_self" title="">Jutrowne wiki w Budyšinje: pisanki z cyłeje Łužicy</a></em></p>'
    callout = '<p class="callout">Křižerske procesiony su w Hornjej Łužicy nałožk wjace hač 450 lět. Kóžde lěto na jutrownu njedźelu jěchaja křižerjo w dźewjeć procesionach wot wosady do wosady a spěwaja při tym jutrowne kěrluše.</p>'
    body = paras(art, between={1: also, 5: callout})
    comments = "".join(
        f"""<div class="comment replyTreeLevel0 state-published" style="margin-left: 0em" id="{cid}"><div class="commentImage"><img src="https://www.serbskenowinki.example/defaultUser.png" alt="" class="defaultUser" height="32" width="32"></div><div class="documentByLine" i18n:domain="plone.app.discussion"><span>{e(name)}</span> wotpisa dnja <span>{when}</span></div><div class="commentBody"><span><p>{e(text)}</p></span></div><div class="commentActions"><button class="context reply-to-comment-button hide allowMultiSubmit">Wotmołwić</button></div></div>"""
        for cid, name, when, text in [
            (
                "1745305621",
                "Hana K.",
                "22.04.2025 09:14",
                "Smy procesion wot hata wobhladali. Nowy puć je wjele rjeńši, wšitcy ludźo su křižerjow widźeć móhli.",
            ),
            (
                "1745311840",
                "Beno",
                "22.04.2025 10:58",
                "Wulki dźak policiji a gmejnje za dobru organizaciju. Parkowanišćo bě hižo w dźewjećich połne.",
            ),
        ]
    )
    content = f"""<div class="outer-wrapper">
<header id="content-header"><div class="container"><div id="portal-header">
<a id="portal-logo" title="Serbske nowinki" href="https://www.serbskenowinki.example"><img src="https://www.serbskenowinki.example/logo.png" alt="Serbske nowinki" title="Serbske nowinki"></a>
<div id="portal-searchbox"><form id="searchGadget_form" action="https://www.serbskenowinki.example/@@search" role="search" data-pat-livesearch="ajaxUrl:https://www.serbskenowinki.example/@@ajax-search" class="pat-livesearch"><div class="LSBox"><label class="hiddenStructure" for="searchGadget">Pytać</label><input name="SearchableText" type="text" size="18" id="searchGadget" title="Pytać na stronje" placeholder="Pytać na stronje" class="searchField"><input class="searchButton" type="submit" value="Pytać"><div class="searchSection"><input id="searchbox_currentfolder_only" class="noborder" type="checkbox" name="path" value="/nowinki"><label for="searchbox_currentfolder_only" style="cursor: pointer">jenož w aktualnym wotrězku</label></div></div></form></div>
<div id="portal-anontools"><ul><li><a title="Přizjewić" data-pat-plone-modal='{{"prependContent": ".portalMessage"}}' href="https://www.serbskenowinki.example/login" id="personaltools-login" class="pat-plone-modal">Přizjewić</a></li></ul></div>
<ul id="portal-languageselector"><li class="currentLanguage language-hsb"><a href="#" title="hornjoserbsce">hsb</a></li><li class="language-de"><a href="#" title="Deutsch">de</a></li></ul>
</div></div></header>
<div id="mainnavigation-wrapper"><div id="mainnavigation"><nav class="plone-navbar pat-navigationmarker" id="portal-globalnav-wrapper"><div class="container"><div class="plone-navbar-header"><button type="button" class="plone-navbar-toggle" data-toggle="collapse" data-target="#portal-globalnav-collapse"><span class="sr-only">Nawigaciju přepinać</span><span class="icon-bar"></span></button></div>
<div class="plone-collapse plone-navbar-collapse" id="portal-globalnav-collapse"><ul class="plone-nav plone-navbar-nav" id="portal-globalnav"><li class="index_html"><a href="https://www.serbskenowinki.example" class="state-None">Startowa strona</a></li><li class="nowinki selected"><a href="https://www.serbskenowinki.example/nowinki" class="state-published">Nowinki</a></li><li class="kultura"><a href="https://www.serbskenowinki.example/kultura" class="state-published">Kultura</a></li><li class="region"><a href="https://www.serbskenowinki.example/region" class="state-published">Region</a></li><li class="sport"><a href="https://www.serbskenowinki.example/sport" class="state-published">Sport</a></li><li class="wo-nas"><a href="https://www.serbskenowinki.example/wo-nas" class="state-published">Wo nas</a></li></ul></div></div></nav></div></div>
<div id="above-content-wrapper"><section id="viewlet-above-content"><nav id="portal-breadcrumbs" class="plone-breadcrumb"><div class="container"><span id="breadcrumbs-you-are-here" class="hiddenStructure">Sće tu:</span><ol aria-labelledby="breadcrumbs-you-are-here"><li id="breadcrumbs-home"><a href="https://www.serbskenowinki.example">Startowa strona</a></li><li id="breadcrumbs-1"><a href="https://www.serbskenowinki.example/nowinki">Nowinki</a></li><li id="breadcrumbs-2"><a href="https://www.serbskenowinki.example/nowinki/2025">2025</a></li><li id="breadcrumbs-current">{e(art["title"])}</li></ol></div></nav></section></div>
<div class="container"><div class="row"><aside id="global_statusmessage"></aside></div>
<main id="main-container" class="row row-offcanvas row-offcanvas-right" role="main"><div id="column1-container"></div>
<div class="col-xs-12 col-sm-12 col-md-9"><div class="row"><div class="col-xs-12 col-sm-12"><article id="content">
<header><div id="viewlet-above-content-title"><span id="social-tags-body" style="display: none" itemscope itemtype="http://schema.org/WebPage"><span itemprop="name">{e(art["title"])}</span><span itemprop="description">Nowy puć wokoło hata je wo tři kilometry dlěši.</span><span itemprop="url">https://www.serbskenowinki.example/nowinki/2025/krizerjo-brezowka</span></span></div>
<h1 class="documentFirstHeading">{e(art["title"])}</h1>
<div id="viewlet-below-content-title"><div class="documentByLine" id="plone-document-byline"><span class="documentAuthor">wot <a href="https://www.serbskenowinki.example/author/mnowak">{e(art["author"])}</a></span> — <span class="documentPublished"><span>wozjewjene</span> 21.04.2025 16:38</span> — <span class="documentModified"><span>posledni raz změnjene</span> 22.04.2025 08:05</span></div></div>
<div class="documentDescription description">Nowy puć wokoło hata je wo tři kilometry dlěši. Procesion je so hodźinu prjedy započał.</div>
</header>
<div id="viewlet-above-content-body"></div>
<div id="content-core">
<figure class="newsImageContainer"><a class="pat-plone-modal" data-pat-plone-modal="image: true" href="https://www.serbskenowinki.example/nowinki/2025/krizerjo-brezowka/@@images/image"><img src="https://www.serbskenowinki.example/nowinki/2025/krizerjo-brezowka/@@images/a3c9e0f1-2b44-4d0a.jpeg" alt="Křižerjo na nowym puću za hatom" title="Křižerjo na nowym puću za hatom" height="400" width="600" class="newsImage"><figcaption>Křižerjo na nowym puću za hatom. Foto: M. Nowak</figcaption></a></figure>
<div id="parent-fieldname-text" class="">{body}
</div>
</div>
<footer><div id="viewlet-below-content-body"><div class="visualClear"><!-- --></div>
<div class="documentActions"><span id="document-action-heading" class="hiddenStructure">Dokumentowe akcije</span><ul aria-labelledby="document-action-heading"><li id="document-action-print"><a href="javascript:this.print();" title="">Ćišćeć</a></li><li id="document-action-sendto"><a href="https://www.serbskenowinki.example/nowinki/2025/krizerjo-brezowka/sendto_form" title="">Pósłać</a></li></ul></div>
<section id="section-category" class="keywords"><header class="hiddenStructure">Zarjadowane pod:</header><ul><li><a class="link-category" rel="tag" href="https://www.serbskenowinki.example/@@search?Subject%3Alist=Jutry">Jutry</a></li><li><a class="link-category" rel="tag" href="https://www.serbskenowinki.example/@@search?Subject%3Alist=K%C5%99i%C5%BEerjo">Křižerjo</a></li><li><a class="link-category" rel="tag" href="https://www.serbskenowinki.example/@@search?Subject%3Alist=Br%C4%9Bzowka">Brězowka</a></li></ul></section>
<div class="relatedItems"><section id="section-related"><header class="hiddenStructure">Přiwuzne wobsahi</header><ul class="visualNoMarker"><li><a href="https://www.serbskenowinki.example/nowinki/2025/jutrowne-wiki" class="contenttype-news-item" title="Na wikach je 40 wuměłcow pisanki předawało."><img class="image-icon" src="https://www.serbskenowinki.example/nowinki/2025/jutrowne-wiki/@@images/image/icon" alt="">Jutrowne wiki w Budyšinje: pisanki z cyłeje Łužicy</a></li><li><a href="https://www.serbskenowinki.example/nowinki/2025/nowa-droha-lucina" class="contenttype-news-item" title="Twarske dźěła maja so w nazymje 2026 skónčić."><img class="image-icon" src="https://www.serbskenowinki.example/nowinki/2025/nowa-droha-lucina/@@images/image/icon" alt="">Nowa dróha do Łučin budźe drje lěto pozdźišo hotowa</a></li></ul></section></div>
</div>
<div class="discussion"><div class="comments-heading"><h3>Komentary (2)</h3></div>{comments}
<div class="reply"><fieldset><legend>Komentar přidać</legend><p class="discreet">Móžeš tu komentar přidać. Komentary so před wozjewjenjom kontroluja.</p><form class="pat-formautofocus" id="form" method="post" action="https://www.serbskenowinki.example/nowinki/2025/krizerjo-brezowka/@@comments"><div class="field"><label for="form-widgets-author_name">Mjeno</label><input id="form-widgets-author_name" name="form.widgets.author_name" type="text"></div><div class="field"><label for="form-widgets-comment-text">Komentar</label><textarea id="form-widgets-comment-text" name="form.widgets.comment.text"></textarea></div><div class="formControls"><input id="form-buttons-comment" name="form.buttons.comment" class="submit-widget button-field context" value="Wotesłać" type="submit"></div></form></fieldset></div></div>
</footer>
</article></div></div></div>
<div id="column2-container"><aside id="portal-column-two" class="col-xs-12 col-sm-6 col-md-3"><div class="portletWrapper" id="portletwrapper-706c6f6e652e7269676874636f6c756d6e" data-portlethash="706c6f6e652e7269676874636f6c756d6e"><aside class="portlet portletNews" role="section"><header class="portletHeader"><a href="https://www.serbskenowinki.example/news" class="tile">Nowinki</a></header><ul class="portletContent"><li class="portletItem odd"><a href="https://www.serbskenowinki.example/nowinki/2025/jutrowne-wiki" class="tile contenttype-news-item" title="">Jutrowne wiki w Budyšinje: pisanki z cyłeje Łužicy<span class="portletItemDetails">19.04.2025</span></a></li><li class="portletItem even"><a href="https://www.serbskenowinki.example/nowinki/2025/chor-lipa" class="tile contenttype-news-item" title="">Chór Lipa swjeći 70. narodniny z koncertom<span class="portletItemDetails">17.04.2025</span></a></li><li class="portletItem odd"><a href="https://www.serbskenowinki.example/nowinki/2025/serbska-sula" class="tile contenttype-news-item" title="">Serbska šula dóstanje nowu sportowu halu<span class="portletItemDetails">15.04.2025</span></a></li></ul><footer class="portletFooter"><a href="https://www.serbskenowinki.example/news">Wšě nowinki</a></footer></aside></div>
<div class="portletWrapper" id="portletwrapper-3"><aside class="portlet portletStaticText portlet-static-tydzenski-list"><header class="portletHeader">Tydźenski e-mejlowy list</header><section class="portletContent"><p>Abonujće naš tydźenski e-mejlowy list z najwažnišimi nowinkami z cyłeje Łužicy. Wotskazanje je kóždy čas móžne.</p><p><a class="internal-link" href="https://www.serbskenowinki.example/newsletter">Abonować</a></p></section></aside></div></aside></div>
</main></div>
<footer id="portal-footer-wrapper"><div class="container" id="portal-footer"><div class="row"><div class="col-xs-12"><div class="portletWrapper"><aside class="portlet portletStaticText"><section class="portletContent"><p>Serbske nowinki, Towarstwo za serbske medije z.t., Budyšin. Wudawanje spěchuje Załožba za serbski lud.</p></section></aside></div></div></div>
<div class="row"><div class="col-xs-12"><ul id="portal-siteactions"><li class="portletItem" id="siteaction-sitemap"><a href="https://www.serbskenowinki.example/sitemap" title="Přehlad strony">Přehlad strony</a></li><li class="portletItem" id="siteaction-accessibility"><a href="https://www.serbskenowinki.example/accessibility-info" title="Bjezbarjernosć">Bjezbarjernosć</a></li><li class="portletItem" id="siteaction-contact"><a href="https://www.serbskenowinki.example/contact-info" title="Kontakt">Kontakt</a></li><li class="portletItem" id="siteaction-impresum"><a href="https://www.serbskenowinki.example/impresum" title="Impresum">Impresum</a></li></ul></div></div>
<div class="row"><div class="col-xs-12 colophon"><a href="http://plone.com" target="_blank" title="This site was built using the Plone Open Source CMS/WCM.">Powered by Plone &amp; Python</a></div></div></div></footer>
</div>"""
    head = """<meta name="generator" content="Plone - http://plone.com">
<meta name="description" content="Nowy puć wokoło hata je wo tři kilometry dlěši. Procesion je so hodźinu prjedy započał.">
<meta name="DC.date.created" content="2025-04-21T16:38:12+01:00"><meta name="DC.type" content="Nowinka"><meta name="DC.format" content="text/plain"><meta name="DC.language" content="hsb">
<link rel="stylesheet" href="https://www.serbskenowinki.example/++plone++production/++unique++2025-03-02T11:20:04.811220/default.css" data-bundle="production">
<script>PORTAL_URL = 'https://www.serbskenowinki.example';</script>
"""
    return page(
        art,
        "Serbske nowinki",
        "https://www.serbskenowinki.example/nowinki/2025/krizerjo-brezowka",
        content,
        "hsb",
        head=head,
        body_attrs=' id="visual-portal-wrapper" class="frontend icons-on portaltype-news-item section-nowinki site-Plone subsection-2025 subsection-2025-krizerjo-brezowka template-newsitem_view thumbs-on userrole-anonymous viewpermission-view" dir="ltr" data-i18ncatalogurl="https://www.serbskenowinki.example/plonejsi18n" data-view-url="https://www.serbskenowinki.example/nowinki/2025/krizerjo-brezowka" data-portal-url="https://www.serbskenowinki.example" data-pat-pickadate=\'{"date": {"selectYears": 200}, "time": {"interval": 5 } }\' data-base-url="https://www.serbskenowinki.example/nowinki/2025/krizerjo-brezowka"',
        sep=" — ",
    )


def tatar(art):
    """1C-Bitrix ``news.detail``: the detail text one block split by ``<br><br>``."""
    also = '<i>Шулай ук укыгыз: <a href="/news/avyl-khuzhalygy/baranga-unyshy/">Бәрәңге уңышы көтелгәннән яхшырак</a></i>'
    photo = '<img src="/upload/medialibrary/6d2/6d2b0e9a1c.jpg" alt="" width="600" height="400" title="Умарталык"><br>\n<i>Түбән Ашыт авылындагы умарталык. Фото: Рөстәм Хәйруллин архивыннан</i>'
    parts = []
    for i, para in enumerate(art["paragraphs"]):
        if para.startswith("## "):
            parts.append(f"<b>{e(para[3:])}</b>")
        else:
            parts.append(e(para))
        if i == 2:
            parts.append(also)
        if i == 5:
            parts.append(photo)
    detail = "<br>\n<br>\n".join(parts)
    related = "".join(
        f'<p class="news-item" id="bx_3218110189_{nid}"><span class="news-date-time">{d}</span><a href="/news/{nid}/"><b>{e(t)}</b></a><br>{e(x)}<span style="clear:both"></span></p>'
        for nid, d, t, x in [
            (
                "18240",
                "12.09.2025",
                "Бәрәңге уңышы көтелгәннән яхшырак",
                "Районның күпчелек хуҗалыкларында бәрәңге казу тәмамланды, уңыш гектарыннан 180 центнер тирәсе.",
            ),
            (
                "18211",
                "05.09.2025",
                "Яңа Калада авыл хуҗалыгы ярминкәсе узачак",
                "Шимбә көнне үзәк мәйданда фермерлар ит, сөт, бал һәм яшелчә сатачак.",
            ),
            (
                "18187",
                "29.08.2025",
                "Корылык: районда ашлык уңышы кимеде",
                "Белгечләр фикеренчә, быелгы корылык соңгы ун елда иң көчлесе булды.",
            ),
        ]
    )
    reviews = "".join(
        f"""<table cellspacing="0" border="0" class="reviews-post-table {cls}" id="message{mid}"><tbody><tr><td><div class="review-avatar"><img src="/bitrix/images/forum/avatar.gif" alt=""></div><div class="review-header"><b class="reviews-author">{e(n)}</b> <span class="message-post-date">{d}</span></div><div class="reviews-text" id="message_text_{mid}">{e(t)}</div><div class="reviews-post-reply-buttons"><noindex><a href="#review_anchor" title="Җавап бирү" class="reviews-button-small">Җавап бирү</a></noindex></div></td></tr></tbody></table>"""
        for mid, cls, n, d, t in [
            (
                "5121",
                "reviews-post-first",
                "Фәрит",
                "16.09.2025 11:40",
                "Безнең авылда да шулай булды. Ике ел элек 40 кг җыйган умартадан быел 15 кг гына алдык.",
            ),
            (
                "5127",
                "reviews-post-last",
                "Лилия Р.",
                "16.09.2025 14:02",
                "Базарда бал алганда сатучыдан ветеринария белешмәсен сорагыз, ясалма балны шулай гына аерырга мөмкин.",
            ),
        ]
    )
    content = f"""<div id="panel"></div>
<div class="wrapper">
<header class="header"><div class="header-top"><div class="container"><span class="header-date">16 сентябрь, 2025, сишәмбе</span> <span class="header-weather">Яңа Кала +12°</span><div class="lang-switch"><a class="active" href="/">Тат</a> | <a href="/ru/">Рус</a></div><a class="header-eye" href="?special_version=Y">Күрү мөмкинлеге чикләнгәннәр өчен</a><a class="header-search" href="/search/">Эзләү</a></div></div>
<div class="header-main"><div class="container"><a href="/" class="logo"><img src="/local/templates/yanakala/images/logo.svg" alt="Яңа Кала хәбәрләре"></a><div class="header-title">Яңа Кала районы иҗтимагый-сәяси газетасы</div><a class="header-subscribe" href="/podpiska/">Газетага язылу</a></div></div>
<nav class="main-menu"><div class="container"><ul class="bx-top-nav-container" id="ul_catalog_menu_LkGdQn"><li class="bx-nav-1-lvl"><a href="/news/">Яңалыклар</a></li><li class="bx-nav-1-lvl"><a href="/news/jamgyyat/">Җәмгыять</a></li><li class="bx-nav-1-lvl bx-active"><a href="/news/avyl-khuzhalygy/">Авыл хуҗалыгы</a></li><li class="bx-nav-1-lvl"><a href="/news/madaniyat/">Мәдәният</a></li><li class="bx-nav-1-lvl"><a href="/news/sport/">Спорт</a></li><li class="bx-nav-1-lvl"><a href="/rasmi/">Рәсми</a></li><li class="bx-nav-1-lvl"><a href="/archive/">Газета архивы</a></li></ul></div></nav></header>
<div class="container"><div class="bx-breadcrumb" itemprop="http://schema.org/breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList"><div class="bx-breadcrumb-item" id="bx_breadcrumb_0" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/" title="Баш бит" itemprop="item"><span itemprop="name">Баш бит</span></a><meta itemprop="position" content="1"></div><i class="fa fa-angle-right"></i><div class="bx-breadcrumb-item" id="bx_breadcrumb_1" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/news/" title="Яңалыклар" itemprop="item"><span itemprop="name">Яңалыклар</span></a><meta itemprop="position" content="2"></div><i class="fa fa-angle-right"></i><div class="bx-breadcrumb-item"><span>Авыл хуҗалыгы</span></div><div style="clear:both"></div></div>
<div class="row"><div class="col-md-8 content-col">
<div class="news-detail bx-newsdetail"><div class="bx-newsdetail-block" id="bx_1878455859_18264">
<h1 class="bx-newsdetail-title">{e(art["title"])}</h1>
<div class="bx-newsdetail-img"><img src="/upload/iblock/3a1/3a1f9c07e2b4d58e.jpg" width="900" height="600" alt="{e(art["title"])}" title="{e(art["title"])}"></div>
<div class="bx-newsdetail-img-desc">Умартачы Рөстәм Хәйруллин. Фото: «Яңа Кала хәбәрләре»</div>
<div class="bx-newsdetail-content">{detail}</div>
<div class="bx-newsdetail-date"><i class="fa fa-calendar-o"></i> 16.09.2025 09:12</div>
<div class="bx-newsdetail-view"><i class="fa fa-eye"></i> Каралды: 1 847</div>
<div class="bx-newsdetail-author"><i class="fa fa-user"></i> Автор: {e(art["author"])}</div>
<div class="bx-newsdetail-tags"><i class="fa fa-tags"></i> Тэглар: <a href="/search/?tags=бал">бал</a>, <a href="/search/?tags=умартачылык">умартачылык</a>, <a href="/search/?tags=корылык">корылык</a></div>
<div class="bx-newsdetail-share"><span class="share-label">Уртаклашу:</span><noindex><div class="ya-share2" data-curtain data-services="vkontakte,odnoklassniki,telegram,whatsapp" data-lang="ru"></div></noindex></div>
<div class="bx-newsdetail-mistake">Хата таптыгызмы? Аны билгеләгез дә Ctrl+Enter басыгыз.</div>
</div></div>
<div class="subscribe-tg"><p>Безнең Telegram-каналга язылыгыз: район яңалыкларын беренче булып белегез!</p><a href="https://t.me/yanakala_example" class="btn">Язылу</a></div>
<div class="banner-inner"><span class="banner-label">Реклама</span><a href="/bitrix/rk.php?id=17&amp;site_id=s1&amp;event1=banner&amp;event2=click&amp;goto=%2Fupload%2Frk%2Fb1.jpg" target="_blank"><img alt="" title="" src="/upload/rk/b1e/b1e2c0a7f3d9.jpg" width="728" height="90" style="border:0;"></a></div>
<div class="news-list related"><h3>Бу темага башка язмалар</h3>{related}</div>
<div class="reviews-block-container reviews-reviews-block-container"><div class="reviews-block-outer"><div class="reviews-header-box"><div class="reviews-header-title"><a name="reviews"></a><span>Фикерләр (2)</span></div></div><div class="reviews-block-inner">{reviews}</div></div>
<div class="reviews-reply-form"><a name="review_anchor"></a><form name="REPLIER" id="REPLIERz3a" action="/news/avyl-khuzhalygy/bal-azrak/#postform" method="POST"><div class="reviews-reply-field reviews-reply-field-author"><label for="REVIEW_AUTHOR">Исемегез<span class="reviews-required-field">*</span></label><input name="REVIEW_AUTHOR" id="REVIEW_AUTHOR" size="30" type="text" value=""></div><div class="reviews-reply-field reviews-reply-field-text"><textarea name="REVIEW_TEXT" id="REVIEW_TEXT"></textarea></div><div class="reviews-reply-buttons"><input name="send_button" type="submit" value="Җибәрү"></div></form></div></div>
</div>
<aside class="col-md-4 sidebar"><div class="sidebar-block popular"><h3>Күп укылган</h3><ol><li><a href="/news/18201/">Мәктәпләрдә яңа уку елы башланды</a></li><li><a href="/news/18233/">Түбән Ашытта су үткәргеч ремонтланды</a></li><li><a href="/news/18249/">Район көрәшчеләре республика ярышында</a></li></ol></div>
<div class="sidebar-block"><h3>Газетаның электрон версиясе</h3><p>Газетаның соңгы санын PDF форматында укырга мөмкин.</p><a href="/archive/2025/37/">37 нче сан</a></div></aside>
</div></div>
<footer class="footer"><div class="container"><div class="footer-about">© 2025 «Яңа Кала хәбәрләре» газетасы. Материалларны файдаланганда сайтка сылтама кирәк.</div><div class="footer-age">12+</div><div class="footer-contacts">Редакция адресы: Яңа Кала, Үзәк урамы, 14. Тел.: (84300) 2-14-55</div><div class="footer-bitrix"><a href="https://www.1c-bitrix.example/">Работает на «1С-Битрикс: Управление сайтом»</a></div></div></footer>
</div>
<noscript><div><img src="https://mc.yandex.example/watch/98765432" style="position:absolute; left:-9999px;" alt=""></div></noscript>"""
    head = """<meta name="keywords" content="бал, умартачылык, корылык">
<meta name="description" content="Быел районда 84 тонна бал җыелган, узган ел 126 тонна иде.">
<link href="/bitrix/js/ui/design-tokens/dist/ui.design-tokens.min.css?172837440423233" type="text/css" rel="stylesheet">
<link href="/local/templates/yanakala/components/bitrix/news/main/bitrix/news.detail/.default/style.min.css?17111234561044" type="text/css" rel="stylesheet">
<script>if(!window.BX)window.BX={};if(!window.BX.message)window.BX.message=function(mess){if(typeof mess==='object'){for(let i in mess) {BX.message[i]=mess[i];} return true;}};</script>
<script>(window.BX||top.BX).message({'LANGUAGE_ID':'tt','FORMAT_DATE':'DD.MM.YYYY','FORMAT_DATETIME':'DD.MM.YYYY HH:MI:SS','COOKIE_PREFIX':'BITRIX_SM','SERVER_TZ_OFFSET':'10800','SITE_ID':'s1','SITE_DIR':'/'});</script>
"""
    return page(
        art,
        "Яңа Кала хәбәрләре",
        "https://yanakala-habarlare.example/news/avyl-khuzhalygy/bal-azrak/",
        content,
        "tt",
        head=head,
    )


def sami(art):
    """Labrador-like CMS (Norwegian local papers): ``bodytext`` blocks with boxes between."""
    ps = art["paragraphs"]
    n = len(ps)

    def bodytext(start, stop):
        return (
            '<div class="column bodytext large-12 small-12 medium-12">'
            + paras(art, start=start, stop=stop, h='h2 class="t28 tm24 font-weight-bold"')
            + "</div>"
        )

    factbox = '<div class="column factbox large-12 small-12 medium-12 bg-secondary_light" data-element-guid="2c0e7a11-5b6f-4f20-a9d3-7e4c51b0a8f3"><div class="content"><h2 class="t20 font-weight-bold">Giellabeassi</h2><div class="fact"><p>Giellabeassi lea mánáidgárdi gos buot rávisolbmot hupmet dušše sámegiela mánáiguin.</p><p>Vuosttaš giellabeasit álggahuvvojedje Aotearoas 1980-logus, ja dál leat sullasaš fálaldagat máŋgga álgoálbmotgielas.</p></div></div></div>'
    readalso = '<div class="column articlescroller large-12 small-12 medium-12" data-element-guid="8f61b4e2-0d3a-4e77-9b5f-1c2a7d9e6b40"><div class="articlescroller-header"><span class="label">Loga maid</span></div><article class="column small-12 large-12 medium-12 article"><a itemprop="url" href="https://www.nuorttanaste.example/oddasat/samegiela-oahpaheaddjit-vailot/12345"><div class="content"><figure><img src="https://image.nuorttanaste.example/12345.jpg?imageId=12345&amp;width=480&amp;height=270" alt=""></figure><h3 itemprop="headline" class="headline t22">Sámegiela oahpaheaddjit váilot miehtá riikka</h3><p class="subtitle t16">Skuvllat ja mánáidgárddit eai gávdna doarvái bargiid geat hupmet sámegiela.</p></div></a></article></div>'
    ad = '<div class="column adnuntius-ad large-12 small-12 medium-12 mobile-only"><div class="ad-label">Almmuhus</div><div id="adn-0000000000075f3c" style="display:none"></div></div>'
    fix = (
        f'<div class="column bodytext large-12 small-12 medium-12"><p><i>{e(ps[-1])}</i></p></div>'
    )
    body = "\n".join(
        [bodytext(0, 3), factbox, bodytext(3, 5), readalso, ad, bodytext(5, n - 1), fix]
    )
    teasers = "".join(
        f'<article class="column small-12 large-4 medium-4 article"><a href="https://www.nuorttanaste.example/oddasat/{i}"><h3 class="headline t22">{e(t)}</h3><p class="subtitle t16">{e(d)}</p></a></article>'
        for i, (t, d) in enumerate(
            [
                (
                    "Guolásteaddjit ožžot eanet mearraguoli",
                    "Fávllisguolásteaddjit ožžot boahtte jagi eanet mearraguoli go dán jagi, mearrida direktoráhtta.",
                ),
                (
                    "Ođđa bussefálaldat Geađgenjárgga ja gávpoga gaskka",
                    "Čakčat vuodjá busse guktii beaivái, maiddái vahkkoloahpas.",
                ),
                (
                    "Sámi dáiddárat čájehit bargguideaset Ruoŧas",
                    "Čájáhusas leat govat, duodji ja filmmat guhtta dáiddáris.",
                ),
            ]
        )
    )
    jsonld = ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": art["title"],
            "datePublished": f"{art['date']}T12:03:00+02:00",
            "dateModified": "2025-05-28T09:10:00+02:00",
            "author": [{"@type": "Person", "name": art["author"]}],
            "publisher": {"@type": "NewsMediaOrganization", "name": "Nuorttanaste"},
            "isAccessibleForFree": True,
            "image": ["https://image.nuorttanaste.example/12290.jpg"],
        },
        slashes=True,
    )
    content = f"""<div id="fb-root"></div>
<header class="pageHeader"><div class="row"><div class="logo"><a href="/"><img src="/images/nuorttanaste-logo.svg" alt="Nuorttanaste"></a></div>
<nav class="mainMenu"><ul><li><a href="/oddasat">Ođđasat</a></li><li><a href="/kultuvra">Kultuvra</a></li><li><a href="/valastallan">Valáštallan</a></li><li><a href="/jurddabihta">Jurddabihttá</a></li><li><a href="/e-aviisa">E-aviisa</a></li></ul></nav>
<div class="userMenu"><a class="subscribe-button" href="/dingo">Diŋgo</a><a href="/sisa">Čálit sisa</a></div></div></header>
<main class="pageContent"><section class="row">
<article class="column articleHeader large-12 small-12 medium-12" itemscope itemtype="https://schema.org/NewsArticle">
<p class="kicker t16 font-weight-bold">Mánáidgárdi</p>
<h1 class="headline t52 tm32 font-weight-bold" itemprop="headline">{e(art["title"])}</h1>
<p class="subtitle t22 tm20 font-weight-normal" itemprop="description">Váhnemat leat vuordán giellabeassi máŋga jagi. Dál mearridii suohkanstivra ruhtadit dan.</p>
<div class="articleBylineWrapper"><div class="byline column"><figure class="byline-image"><img src="/images/byline/ies.jpg" alt=""></figure><div class="name"><span class="firstname">Inger Elle</span> <span class="lastname">Somby</span></div><div class="email"><a href="mailto:inger.elle@nuorttanaste.example">inger.elle@nuorttanaste.example</a></div></div>
<div class="dates"><span class="dateLabel">Almmuhuvvon</span> <time itemprop="datePublished" datetime="{art["date"]}T12:03:00+02:00">27.05.2025 12:03</time> <span class="dateLabel">Ođasmahttojuvvon</span> <time itemprop="dateModified" datetime="2025-05-28T09:10:00+02:00">28.05.2025 09:10</time></div></div>
<div class="articleImage"><figure><img src="https://image.nuorttanaste.example/12290.jpg?imageId=12290&amp;width=980&amp;height=551" alt="Boares skuvlavisti jávrri lahka"><figcaption itemprop="caption">Boares skuvlavisti ođasmahttojuvvo geassit. <span class="photographer">Govva: Inger Elle Somby</span></figcaption></figure></div>
</article>
<div class="column articleBody large-12 small-12 medium-12" itemprop="articleBody">
{body}
</div>
<div class="column articleFooter large-12 small-12 medium-12"><div class="share"><span>Juoge:</span><a href="#">Facebook</a><a href="#">Messenger</a><a href="#">E-poasta</a><button>Máŋge liŋkka</button></div>
<div class="tags"><a href="/tag/giellabeassi">giellabeassi</a><a href="/tag/geadgenjarga">Geađgenjárga</a><a href="/tag/samegiella">sámegiella</a></div></div>
</section>
<section class="row related"><h2 class="column large-12 small-12 medium-12 t24">Eará ođđasat</h2>{teasers}</section>
</main>
<footer class="pageFooter"><div class="row"><div class="column large-4 small-12 medium-4"><p>Nuorttanaste – sámegielat aviisa golmma beaivve vahkus.</p><p>Ovddasvástideaddji doaimmaheaddji: Niillas Mikkel Eira</p></div>
<div class="column large-4 small-12 medium-4"><p>Nuorttanaste bargá Vær Varsom-plakáhta njuolggadusaid mielde buori preassadábi várás. Jus oaivvildat ahte mii leat rihkkon dáid njuolggadusaid, sáhtát váidit Preassa fágalaš lávdegoddái.</p></div>
<div class="column large-4 small-12 medium-4"><a href="/personvern">Persovdnasuodjalus</a> · <a href="/cookies">Cookies</a> · <a href="/kontakt">Váldde oktavuođa</a></div></div></footer>
<script src="/view-resources/public/common/labrador.js?v=2025-05-20"></script>"""
    head = (
        '<meta name="description" content="Váhnemat leat vuordán giellabeassi máŋga jagi. Dál mearridii suohkanstivra ruhtadit dan.">\n'
        '<link rel="stylesheet" href="/view-resources/public/nuorttanaste/styles.css?v=2025-05-20">\n'
        + jsonld
    )
    return page(
        art,
        "Nuorttanaste",
        "https://www.nuorttanaste.example/oddasat/odda-giellabeassi-geadgenjargii/12301",
        content,
        "se",
        head=head,
        body_attrs=' class="l4 article site_nuorttanaste section_oddasat" data-section="oddasat"',
        sep=" – ",
    )


def studentpaper(art):
    """SNO Sites FLEX theme (student newspapers on WordPress): ``sno-story-body``."""
    ps = art["paragraphs"]
    n = len(ps)
    pull = '<div class="pullquotewrap alignright"><div class="pullquote"><p class="quotetext">\u201cOur students deserve rooms where they can hear themselves play.\u201d</p><p class="pullquotename">\u2014 Dean Patricia Lowell</p></div></div>'
    ad = '<div class="sno-story-ad"><p class="sno-ad-label">Story continues below advertisement</p><a href="https://ridgelinenews.example/advertise/" target="_blank"><img src="https://ridgelinenews.example/wp-content/uploads/2025/08/campus-pizza-ad.jpg" alt="Advertisement"></a></div>'
    related = '<div class="related-stories-inline"><p class="related-stories-label">Related Stories</p><ul><li><a href="https://ridgelinenews.example/news/2025/04/17/music-students-petition-practice-rooms/">Music students petition for more practice rooms</a></li><li><a href="https://ridgelinenews.example/news/2024/11/05/university-buys-quarry-street-bookstore/">University buys former Quarry Street bookstore</a></li></ul></div>'
    body = paras(art, stop=n - 1, between={2: pull, 4: ad, 7: related}) + (
        f"\n<p><em>{e(ps[-1])}</em></p>"
    )
    jsonld = ld(
        {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "NewsArticle",
                    "@id": "https://ridgelinenews.example/news/2025/10/02/harmon-hall-to-close/#article",
                    "headline": art["title"],
                    "datePublished": f"{art['date']}T18:15:00-04:00",
                    "author": {"name": art["author"]},
                    "publisher": {"@id": "https://ridgelinenews.example/#organization"},
                    "articleSection": ["Campus", "News"],
                    "inLanguage": "en-US",
                },
                {
                    "@type": "Organization",
                    "@id": "https://ridgelinenews.example/#organization",
                    "name": "The Ridgeline",
                    "url": "https://ridgelinenews.example/",
                },
            ],
        }
    )
    comments = "".join(
        f'<li class="comment even thread-even depth-1" id="comment-{cid}"><div id="div-comment-{cid}" class="comment-body"><div class="comment-author vcard"><cite class="fn">{e(name)}</cite> <span class="says">says:</span></div><div class="comment-meta commentmetadata"><a href="#comment-{cid}">{when}</a></div><p>{e(text)}</p><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div></div></li>'
        for cid, name, when, text in [
            (
                "4411",
                "Grace T.",
                "Oct 2, 2025 at 9:41 pm",
                "As a voice major I am glad it is finally happening, but the shuttle problem needs to be fixed before spring, not after.",
            ),
            (
                "4415",
                "Class of '09",
                "Oct 3, 2025 at 7:12 am",
                "The practice rooms were already falling apart when I was there. Good reporting on the timeline.",
            ),
        ]
    )
    content = f"""<a class="skip-link screen-reader-text" href="#sno-main-content">Skip to Content</a>
<div id="sno-header-wrap"><div class="sno-header-topbar"><div class="sno-topbar-left">Thursday, October 2, 2025</div><div class="sno-topbar-right"><a href="https://ridgelinenews.example/print-edition/">Print Edition</a> | <a href="https://ridgelinenews.example/newsletter/">Newsletter</a> | <a href="https://ridgelinenews.example/donate/">Donate</a></div></div>
<header id="sno-header" class="sno-header"><a href="https://ridgelinenews.example/" class="sno-header-logo"><img src="https://ridgelinenews.example/wp-content/uploads/2024/06/ridgeline-masthead.png" alt="The Ridgeline"></a><p class="sno-header-tagline">The student newspaper of Westbrook University since 1931</p></header>
<nav id="sno-main-nav" class="sno-menu"><ul id="menu-main" class="sf-menu"><li class="menu-item current-post-ancestor"><a href="https://ridgelinenews.example/category/news/">News</a></li><li class="menu-item"><a href="https://ridgelinenews.example/category/sports/">Sports</a></li><li class="menu-item"><a href="https://ridgelinenews.example/category/arts/">Arts &amp; Culture</a></li><li class="menu-item"><a href="https://ridgelinenews.example/category/opinion/">Opinion</a></li><li class="menu-item"><a href="https://ridgelinenews.example/category/multimedia/">Multimedia</a></li><li class="menu-item"><a href="https://ridgelinenews.example/about/">About</a></li></ul><form class="sno-search" action="https://ridgelinenews.example/"><input type="text" name="s" placeholder="Search this site"><button>Submit Search</button></form></nav></div>
<div id="sno-main-content" class="sno-story-page"><div class="sno-story-wrap">
<div class="sno-story-category"><a href="https://ridgelinenews.example/category/news/campus/">Campus</a></div>
<h1 class="sno-story-headline">{e(art["title"])}</h1>
<div class="sno-story-byline"><span class="byline-name"><a href="https://ridgelinenews.example/staff_name/maya-okafor/">{e(art["author"])}</a></span>, <span class="byline-title">News Editor</span></div>
<div class="sno-story-date"><span class="time-wrapper">October 2, 2025</span></div>
<div class="sno-story-photo-area"><div class="photowrap"><img src="https://ridgelinenews.example/wp-content/uploads/2025/10/harmon-hall-900x600.jpg" class="catboxphoto" alt="Harmon Hall"><div class="photocredit"><a href="https://ridgelinenews.example/staff_name/jordan-park/">Jordan Park</a>, Photo Editor</div><div class="photocaption"><p>Harmon Hall on Sept. 30. The building will close in May for a two-year renovation.</p></div></div></div>
<div id="sno-story-body-content" class="sno-story-body-content">
{body}
</div>
<div class="sno-story-tags"><span class="tags-label">Tags:</span> <a href="https://ridgelinenews.example/tag/harmon-hall/" rel="tag">Harmon Hall</a>, <a href="https://ridgelinenews.example/tag/school-of-music/" rel="tag">School of Music</a>, <a href="https://ridgelinenews.example/tag/construction/" rel="tag">construction</a></div>
<div class="sno-story-share"><a class="share-facebook" href="#">Facebook</a><a class="share-x" href="#">X</a><a class="share-email" href="#">Email</a><a class="share-print" href="#">Print</a></div>
<div class="sno-donate-widget"><h3 class="sno-donate-title">Donate to The Ridgeline</h3><div class="sno-donate-progress"><span class="raised">$1,340</span> <span class="goal">Our Goal $5,000</span></div><p>Your donation will support the student journalists of Westbrook University. Your contribution will allow us to purchase equipment and cover our annual website hosting costs.</p><a class="sno-donate-button" href="https://ridgelinenews.example/donate/">Donate</a></div>
<div class="sno-story-author-box"><img src="https://ridgelinenews.example/wp-content/uploads/2025/08/okafor.jpg" alt=""><div><h4><a href="https://ridgelinenews.example/staff_name/maya-okafor/">Maya Okafor</a>, News Editor</h4><p>Maya Okafor is a junior studying journalism and political science. She has covered the university administration and student government since her first year.</p></div></div>
<div id="comments" class="comments-area"><h3 class="comments-title">Comments (2)</h3><p class="comment-policy">The Ridgeline intends for this area to be used for healthy, thought-provoking discussion. All comments are moderated, must include your full name and will be removed if they are off topic or abusive.</p>
<ol class="commentlist">{comments}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form action="https://ridgelinenews.example/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p><p class="comment-form-comment"><textarea id="comment" name="comment"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Submit"></p></form></div></div>
</div>
<aside class="sno-sidebar"><div class="widget sno-widget"><h3 class="widgettitle">More in Campus</h3><ul class="sno-widget-list"><li><a href="https://ridgelinenews.example/news/2025/09/30/dining-hall-hours/"><span class="widget-headline">Dining hall adds late-night hours on weekends</span></a><p>Starting Oct. 10, North Commons will stay open until 1 a.m. on Fridays and Saturdays.</p></li><li><a href="https://ridgelinenews.example/news/2025/09/26/parking-permits/"><span class="widget-headline">Student parking permits sell out in record time</span></a><p>All 1,200 commuter permits were gone within three hours of going on sale.</p></li></ul></div>
<div class="widget"><h3 class="widgettitle">Follow The Ridgeline on Instagram</h3><p>@ridgelinenews</p></div></aside>
</div>
<footer id="sno-footer"><div class="sno-footer-text">The Ridgeline is published by the students of Westbrook University. Opinions expressed are those of the authors.</div><div class="sno-footer-credit">© 2025 • <a href="https://ridgelinenews.example/privacy-policy/">Privacy Policy</a> • FLEX Pro WordPress Theme by <a href="https://snosites.com">SNO</a> • <a href="https://ridgelinenews.example/wp-login.php">Log in</a></div></footer>"""
    head = (
        '<meta name="generator" content="WordPress 6.7.1">\n'
        '<link rel="stylesheet" id="sno-flex-css" href="https://ridgelinenews.example/wp-content/themes/flex-pro/style.css?ver=6.7.1" media="all">\n'
        + jsonld
    )
    return page(
        art,
        "The Ridgeline",
        "https://ridgelinenews.example/news/2025/10/02/harmon-hall-to-close/",
        content,
        "en-US",
        head=head,
        body_attrs=' class="wp-singular post-template-default single single-post postid-31807 single-format-standard wp-theme-flex-pro sno-story-fullwidth"',
        sep=" \u2013 ",
    )


def tradepack(art):
    """Brightspot-like front end: ``Page-``/``ArticlePage-`` BEM classes, custom elements."""
    ps = art["paragraphs"]
    n = len(ps)
    promo = '<div class="Enhancement" data-align-center><div class="Enhancement-item"><ps-promo class="PromoB" data-content-type="article"><div class="PromoB-content"><div class="PromoB-category">Related</div><div class="PromoB-title"><a class="Link" href="https://rigidpackreport.example/materials/flake-prices-climb">Clear flake prices climb as recycled-content laws kick in</a></div><div class="PromoB-description">Converters are paying more for food-grade flake as state mandates raise demand faster than collection.</div></div></ps-promo></div></div>'
    ad = '<div class="Enhancement"><div class="Enhancement-item"><bsp-ad class="GoogleDfpAd-wrapper" data-slot-name="inarticle-1"><div class="GoogleDfpAd-label">Continue Reading Below</div><div class="GoogleDfpAd" id="div-gpt-ad-inarticle-1" data-size="300x250"></div></bsp-ad></div></div>'
    sponsored = '<div class="Enhancement"><div class="Enhancement-item"><ps-promo class="PromoSponsored"><div class="PromoSponsored-label">Sponsored Content</div><div class="PromoSponsored-title"><a class="Link" href="https://rigidpackreport.example/whitepapers/qualifying-pcr">Whitepaper: How to qualify post-consumer resin for food contact</a></div><div class="PromoSponsored-description">Learn the five tests your resin supplier should be running before a single container ships.</div><div class="PromoSponsored-sponsor">Presented by ClearPath Resins</div></ps-promo></div></div>'
    inner = paras(
        art, stop=n - 1, ul='ul class="rte2-style-ul"', between={2: promo, 4: ad, 6: sponsored}
    )
    body = inner + f"\n<p><i>{e(ps[-1])}</i></p>"
    related = "".join(
        f'<li class="List-items-item"><ps-promo class="PromoC"><div class="PromoC-category">{c}</div><div class="PromoC-title"><a class="Link" href="#">{e(t)}</a></div><div class="PromoC-description">{e(d)}</div></ps-promo></li>'
        for c, t, d in [
            (
                "Thermoforming",
                "Two Midwest converters merge to form clamshell maker",
                "The combined company will run 14 thermoforming lines across three plants in Indiana and Illinois.",
            ),
            (
                "Sustainability",
                "Retailers push suppliers on recycled-content reporting",
                "A new reporting template asks packaging suppliers to document the source of every pound of recycled resin.",
            ),
            (
                "Machinery",
                "Sheet extrusion makers report long lead times",
                "Equipment builders say delivery times for new lines have stretched to 14 months.",
            ),
        ]
    )
    jsonld = ld(
        {
            "@context": "http://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": "https://rigidpackreport.example/materials/northgate-rpet-sheet-line",
            "headline": art["title"],
            "description": "The $22 million line gives the thermoformer its own supply of recycled sheet.",
            "datePublished": f"{art['date']}T10:30:00Z",
            "dateModified": "2025-02-19T14:05:00Z",
            "author": [{"@type": "Person", "name": art["author"]}],
            "publisher": {"@type": "Organization", "name": "Rigid Pack Report"},
            "isAccessibleForFree": "False",
        }
    )
    content = f"""<div class="Page-header-skip"><a href="#main">Skip to main content</a></div>
<div id="truste-consent-track" class="cookie-banner" role="dialog" aria-label="Cookie consent"><div class="cookie-banner-text"><h2>We value your privacy</h2><p>We and our partners use cookies to improve your experience, analyze traffic and serve targeted ads. You can change your choices at any time in Cookie Preferences.</p></div><div class="cookie-banner-buttons"><button id="truste-consent-button">Accept All</button><button id="truste-consent-required">Reject All</button><button id="truste-show-consent">Customize</button></div></div>
<bsp-header class="Page-header"><div class="Page-header-bar"><div class="Page-header-bar-logo"><a class="Link" href="https://rigidpackreport.example" aria-label="home page"><img class="PageLogo-image" src="https://rigidpackreport.example/dims4/default/a1b2c3/2147483647/logo.png" alt="Rigid Pack Report"></a></div>
<nav class="Page-header-navigation"><ul class="NavigationItems"><li class="NavigationItem"><a href="/markets">Markets</a></li><li class="NavigationItem"><a href="/materials">Materials</a></li><li class="NavigationItem"><a href="/machinery">Machinery</a></li><li class="NavigationItem"><a href="/sustainability">Sustainability</a></li><li class="NavigationItem"><a href="/webinars">Webinars</a></li><li class="NavigationItem"><a href="/events">Events</a></li><li class="NavigationItem"><a href="/whitepapers">Whitepapers</a></li></ul></nav>
<div class="Page-header-end"><a class="Page-header-subscribe" href="/subscribe">Subscribe</a><a class="Page-header-login" href="/login">Sign In</a><bsp-search-overlay class="SearchOverlay"><button class="SearchOverlay-search-button" aria-label="Open search">Search</button></bsp-search-overlay></div></div></bsp-header>
<div class="Page-above"><bsp-ad class="GoogleDfpAd-wrapper" data-slot-name="leaderboard"><div class="GoogleDfpAd-label">ADVERTISEMENT</div><div class="GoogleDfpAd" id="div-gpt-ad-leaderboard" data-size="728x90"></div></bsp-ad></div>
<main class="Page-main" id="main"><div class="Page-content"><article class="Page-article ArticlePage">
<div class="ArticlePage-breadcrumbs"><a class="Link" href="/materials">Materials</a><a class="Link" href="/materials/recycled-content">Recycled Content</a></div>
<h1 class="ArticlePage-headline">{e(art["title"])}</h1>
<div class="ArticlePage-subHeadline">The $22 million line gives the thermoformer its own supply of recycled sheet.</div>
<div class="ArticlePage-byline"><div class="ArticlePage-authorInfo"><div class="ArticlePage-authorBy">By <a class="Link" href="/staff/rachel-dunmore">{e(art["author"])}</a></div><div class="ArticlePage-authorTitle">Senior Editor</div></div><div class="ArticlePage-datePublished">Feb 18, 2025</div><div class="ArticlePage-dateModified">Updated Feb 19, 2025</div></div>
<ps-actionbar class="ActionBar"><ul class="ActionBar-items"><li class="ActionBar-items-item"><a class="ActionLink" data-social-service="linkedin" href="#"><span>LinkedIn</span></a></li><li class="ActionBar-items-item"><a class="ActionLink" data-social-service="x" href="#"><span>X</span></a></li><li class="ActionBar-items-item"><a class="ActionLink" data-social-service="facebook" href="#"><span>Facebook</span></a></li><li class="ActionBar-items-item"><a class="ActionLink" data-social-service="email" href="#"><span>Email</span></a></li><li class="ActionBar-items-item"><a class="ActionLink" data-social-service="print" href="#"><span>Print</span></a></li></ul></ps-actionbar>
<div class="ArticlePage-lead"><figure class="Figure"><img class="Image" alt="Extrusion line" src="https://rigidpackreport.example/dims4/default/d4e5f6/2147483647/northgate-line.jpg" width="1200" height="675"><div class="Figure-content"><div class="Figure-caption"><p>Northgate's new extrusion line in Carver Falls, Ohio.</p></div><div class="Figure-credit">Northgate Packaging</div></div></figure></div>
<div class="ArticlePage-articleBody"><div class="RichTextArticleBody RichTextBody">
{body}
</div></div>
<div class="RegistrationPrompt"><h3>Enjoying Rigid Pack Report?</h3><p>Register for free to read unlimited articles, get our daily newsletter and download our market reports.</p><a class="Button" href="/register">Register for free</a> <a class="Link" href="/login">Already registered? Sign in</a></div>
<div class="ArticlePage-tags"><div class="ArticlePage-tags-label">Topics</div><ul class="ArticlePage-tags-list"><li><a class="Link" href="/tag/thermoforming">Thermoforming</a></li><li><a class="Link" href="/tag/rpet">rPET</a></li><li><a class="Link" href="/tag/sheet-extrusion">Sheet Extrusion</a></li><li><a class="Link" href="/tag/food-packaging">Food Packaging</a></li></ul></div>
<div class="ArticlePage-companies"><div class="ArticlePage-companies-label">Companies in this article</div><ul><li><a class="Link" href="/company/northgate-packaging">Northgate Packaging</a></li></ul></div>
</article>
<aside class="Page-aside"><div class="List"><h2 class="List-title">Related Content</h2><ul class="List-items">{related}</ul></div>
<div class="WebinarPromo"><div class="WebinarPromo-label">Webinar</div><h3>Designing trays for recyclability</h3><p>March 12, 2 p.m. ET. Our panel of brand owners and recyclers explains which tray designs actually get recycled.</p><a class="Button" href="/webinars/designing-trays">Register now</a></div>
<bsp-ad class="GoogleDfpAd-wrapper" data-slot-name="rail-1"><div class="GoogleDfpAd-label">ADVERTISEMENT</div><div class="GoogleDfpAd" id="div-gpt-ad-rail-1" data-size="300x600"></div></bsp-ad></aside>
</div></main>
<div class="NewsletterSignup"><h2>Get the latest packaging news delivered to your inbox</h2><form><input type="email" placeholder="Business email"><button>Subscribe</button></form><p class="NewsletterSignup-disclaimer">By clicking Subscribe, you agree to our Terms of Use and Privacy Policy. You may unsubscribe at any time.</p></div>
<bsp-footer class="Page-footer"><div class="Page-footer-logo">Rigid Pack Report</div><ul class="Page-footer-links"><li><a href="/about">About Us</a></li><li><a href="/advertise">Advertise</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy Policy</a></li><li><a href="/terms">Terms of Use</a></li><li><a href="/do-not-sell">Do Not Sell or Share My Personal Information</a></li><li><button class="Page-footer-cookie-prefs">Cookie Preferences</button></li></ul><p class="Page-footer-disclaimer">© 2025 Trade Media Group LLC. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p></bsp-footer>
<script src="https://rigidpackreport.example/resource/00000170-a2c4-d8e1-a5fd-f7ee9a8b0000/styleguide/All.min.1f3a9b2c.gz.js" async></script>"""
    head = (
        '<meta name="brightspot.contentId" content="00000195-1a2b-dc3e-a7f5-3f7be9d40000">\n'
        '<meta name="description" content="The $22 million line gives the thermoformer its own supply of recycled sheet.">\n'
        '<link data-cssvarsponyfill="true" class="Webpack-css" rel="stylesheet" href="https://rigidpackreport.example/resource/00000170-a2c4-d8e1-a5fd-f7ee9a8b0000/styleguide/All.min.0d9a8e7b.gz.css">\n'
        + jsonld
    )
    return page(
        art,
        "Rigid Pack Report",
        "https://rigidpackreport.example/materials/northgate-rpet-sheet-line",
        content,
        "en",
        head=head,
        body_attrs=' class="Page" data-page-type="ArticlePage"',
    )


def citynews(art):
    """CivicPlus CivicEngage News Flash: page heading "News Flash", the item in ``<h3>``."""
    ps = art["paragraphs"]
    out = []
    items: list[str] = []
    for i, para in enumerate(ps):
        if para.startswith("- "):
            items.append(f'<li><span style="font-size: 12pt;">{e(para[2:])}</span></li>')
            continue
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
            items = []
        if i == 0:
            out.append(
                f'<p><strong><span style="color: rgb(192, 0, 0);">{e(para)}</span></strong></p>'
            )
        elif para.startswith("## "):
            out.append(
                f'<p><strong><span style="font-size: 12pt;">{e(para[3:])}</span></strong></p>'
            )
        else:
            out.append(f'<p><span style="font-size: 12pt;">{e(para)}</span></p>')
        if i == 2:
            out.append(
                '<p><img src="/ImageRepository/Document?documentID=14822" class="fr-fic fr-dib" alt="A lead service line next to a new copper line" style="width: 400px;"></p>'
            )
    if items:
        out.append("<ul>" + "".join(items) + "</ul>")
    body = "\n".join(out)
    other = "".join(
        f'<li><a href="/CivicAlerts.aspx?AID={aid}"><h4>{e(t)}</h4></a><p>{e(d)} <a href="/CivicAlerts.aspx?AID={aid}" class="readOn" aria-label="Read on about {e(t)}">Read on...</a></p></li>'
        for aid, t, d in [
            (
                "1187",
                "Spring street sweeping starts April 1",
                "Sweepers will visit each residential street twice in April. Watch for orange signs and move vehicles off the street on your scheduled day.",
            ),
            (
                "1179",
                "Hydrant flushing scheduled for March and April",
                "Residents may notice brief drops in water pressure or discolored water while crews flush hydrants in their area.",
            ),
            (
                "1171",
                "Brush pickup resumes in March",
                "Bundled branches placed at the curb by 7 a.m. on your trash day will be collected during the first full week of each month.",
            ),
        ]
    )
    content = f"""<div id="skipToContentLinks"><a href="#cc5f8c90dc-b4ba-4d5e-a8f1-e7b2a4d1c3f0" class="skipToContentLink">Skip to Main Content</a></div>
<div id="emergencyAlerts" class="alertCenter"><div class="alertBanner"><strong>Alert:</strong> <a href="/AlertCenter.aspx?AID=72">Winter parking restrictions remain in effect on snow routes until March 31.</a> <button class="closeAlert" aria-label="Close alert">x</button></div></div>
<div id="outer-sizing" class="siteWrap"><div id="bannerContainer"><div class="bannerObject"><a href="/" class="logoLink"><img src="/ImageRepository/Document?documentID=2" alt="Home page"></a><span class="cityName">City of Fairhaven</span></div>
<div class="widgetHeader"><ul class="accountLinks"><li><a href="/MyAccount">Create a Website Account - Manage notification subscriptions, save form progress and more.</a></li><li><a href="/MyAccount">Website Sign In</a></li></ul>
<div class="search"><form action="/Search" role="search"><label for="searchTerm" class="hidden">Search</label><input type="text" id="searchTerm" name="searchPhrase" placeholder="Search..."><button class="searchButton" title="Search">Search</button></form></div>
<div id="google_translate_element"><div class="skiptranslate goog-te-gadget" dir="ltr"><div id=":0.targetLanguage"><select class="goog-te-combo" aria-label="Language Translate Widget"><option value="">Select Language</option><option value="es">Spanish</option><option value="vi">Vietnamese</option><option value="ar">Arabic</option><option value="zh-CN">Chinese (Simplified)</option></select></div>Powered by <span style="white-space:nowrap"><a class="VIpgJd-ZVi9od-l4eHX-hSRGPd" href="https://translate.google.com" target="_blank"><img src="https://www.gstatic.example/images/branding/googlelogo/1x/googlelogo_color_42x16dp.png" width="37" height="14" alt="Google Translate">Translate</a></span></div></div></div>
<nav id="mainNav" class="megaMenu" aria-label="Main navigation"><ul class="rootNavigation"><li class="topMenuItem"><a href="/27/Government">Government</a><ul class="megaMenuItem"><li><a href="/129/City-Council">City Council</a></li><li><a href="/130/Agendas-Minutes">Agendas &amp; Minutes</a></li><li><a href="/131/City-Code">City Code</a></li></ul></li><li class="topMenuItem"><a href="/28/Departments">Departments</a><ul class="megaMenuItem"><li><a href="/140/Public-Works">Public Works</a></li><li><a href="/141/Parks-Recreation">Parks &amp; Recreation</a></li><li><a href="/142/Police">Police</a></li><li><a href="/143/Utility-Billing">Utility Billing</a></li></ul></li><li class="topMenuItem"><a href="/29/Community">Community</a></li><li class="topMenuItem"><a href="/30/Business">Business</a></li><li class="topMenuItem"><a href="/31/How-Do-I">How Do I...</a><ul class="megaMenuItem"><li><a href="/FormCenter">Apply For</a></li><li><a href="/PaymentCenter">Pay For</a></li><li><a href="/RequestTracker">Report a Concern</a></li><li><a href="/Directory">Find Contact Info</a></li></ul></li></ul></nav></div>
<div id="contentContainer"><ol class="breadCrumbs"><li><a href="/">Home</a></li><li><a href="/CivicAlerts.aspx">News Flash</a></li></ol>
<div class="moduleContentNew" id="cc5f8c90dc-b4ba-4d5e-a8f1-e7b2a4d1c3f0">
<h1 class="pageTitle">News Flash</h1>
<div class="row"><div class="leftCol"><div class="moduleSideBar"><h2>News Flash Home</h2><p>The News Flash module displays all news items posted by the City. Select a category to see only the news you are interested in.</p><h3>Categories</h3><ul class="categoryList"><li><a href="/CivicAlerts.aspx">All Categories</a></li><li><a href="/CivicAlerts.aspx?CID=1">Home</a></li><li><a href="/CivicAlerts.aspx?CID=4">Public Works</a></li><li><a href="/CivicAlerts.aspx?CID=5">Parks &amp; Recreation</a></li><li><a href="/CivicAlerts.aspx?CID=6">Police Department</a></li><li><a href="/CivicAlerts.aspx?CID=7">City Council</a></li></ul>
<h3>Tools</h3><ul class="toolsList"><li><a href="/rss.aspx#rssCivicAlerts">RSS</a></li><li><a href="/civicalerts.aspx?Mode=Subscribe">Notify Me®</a></li></ul></div></div>
<div class="rightCol"><div class="newsItemDetail single">
<h3>{e(art["title"])}</h3>
<div class="date">Post Date:<span> 03/04/2025 9:12 AM</span></div>
<div class="fr-view">
{body}
</div>
<div class="relatedDocuments"><h4>Related Documents</h4><ul><li><a href="/DocumentCenter/View/5531/Northside-Lead-Service-Line-Map-PDF">Northside Lead Service Line Map (PDF)</a></li><li><a href="/DocumentCenter/View/5532/Lead-Service-Line-FAQ-PDF">Lead Service Line Replacement FAQ (PDF)</a></li></ul></div>
<div class="shareAndPrint"><div class="shareAndBookmark" aria-label="Share &amp; Bookmark, Press Enter to show all options, press Tab go to next option"><span>Share &amp; Bookmark</span><ul class="shareOptions"><li><a href="#">Facebook</a></li><li><a href="#">Twitter</a></li><li><a href="#">Email</a></li></ul></div><a class="print" href="#" onclick="window.print();return false;">Print</a></div>
<div class="detailNav"><a href="/CivicAlerts.aspx?AID=1194" class="prevItem">Previous</a> <a href="/CivicAlerts.aspx?AID=1197" class="nextItem">Next</a> <a href="/CivicAlerts.aspx" class="returnToList">Return to full list &gt;&gt;</a></div>
</div>
<div class="otherNews"><h3>Other News in Public Works</h3><ul>{other}</ul><a href="/CivicAlerts.aspx?CID=4" class="viewAll">View All</a></div>
</div></div></div></div>
<footer id="footer"><div class="footerContainer"><div class="contactUs"><h2>Contact Us</h2><p>City of Fairhaven<br>200 W. Main Street<br>Fairhaven, IN 46099</p><p>Phone: 555-0100</p><p>Hours<br>Monday - Friday<br>8 a.m. to 4:30 p.m.</p></div>
<div class="quickLinks"><h2>Quick Links</h2><ul><li><a href="/QuickLinks.aspx?LinkID=11">Pay Utility Bill</a></li><li><a href="/QuickLinks.aspx?LinkID=12">Trash &amp; Recycling Schedule</a></li><li><a href="/QuickLinks.aspx?LinkID=13">Job Openings</a></li><li><a href="/QuickLinks.aspx">/QuickLinks.aspx</a></li></ul></div>
<div class="siteLinks"><h2>Site Links</h2><ul><li><a href="/">Home</a></li><li><a href="/sitemap">Site Map</a></li><li><a href="/accessibility">Accessibility</a></li><li><a href="/copyright">Copyright Notices</a></li></ul></div></div>
<div class="poweredBy"><a href="https://www.civicplus.example/civicengage" target="_blank">Government Websites by <span>CivicPlus®</span></a></div></footer></div>
<script src="/Assets/Scripts/Build/CivicAlerts.bundle.min.js?v=2025.2.14"></script>"""
    head = '<meta name="description" content="Lead service line replacement begins in the Northside neighborhood.">\n<link rel="stylesheet" href="/Assets/Styles/Build/Site.min.css?v=2025.2.14">\n'
    return page(
        art,
        "Fairhaven, IN - Official Website",
        "https://www.fairhaven-in.example/CivicAlerts.aspx?AID=1196",
        content,
        "en",
        head=head,
        body_attrs=' class="wide"',
        sep=" | ",
    )


LAYOUTS_H20 = {
    "h20-01-sardinian": ("h20_sardinian", sardinian),
    "h20-02-friulian": ("h20_friulian", friulian),
    "h20-03-romansh": ("h20_romansh", romansh),
    "h20-04-sorbian": ("h20_sorbian", sorbian),
    "h20-05-tatar": ("h20_tatar", tatar),
    "h20-06-sami": ("h20_sami", sami),
    "h20-07-studentpaper": ("h20_studentpaper", studentpaper),
    "h20-08-tradepack": ("h20_tradepack", tradepack),
    "h20-09-citynews": ("h20_citynews", citynews),
}
