"""Layouts of the frozen held-out group "h21" of the extraction benchmark.

Written during round 17, before round 18, by someone other than the person tuning the
reader and without reading the reader or its output on these pages; never used for
tuning (docs/benchmarks-extraction.md). Fictional pages in layouts and languages not
used by h2-h20: an Asturian news site on Concrete CMS (the body in several Content
blocks with an image block and an italic caption block, a "read also" block, a fact box
and an AdSense block between them, tags, next/previous links, a conversation with two
messages, page lists); a Ladino cultural magazine on Craft CMS (SEOmatic JSON-LD, Matrix
blocks: text, pull quote repeating a body quote, a related-article aside with a
sentence, an image, an editor's note block; author card, donation and newsletter boxes,
a Blitz cache comment); a Haitian Creole news site on the Jannah WordPress theme
(breaking-news ticker, header banner, "read also" line, in-post ad, a captioned image
and a WhatsApp-channel prompt in bold inside the post, "check also" box, related posts,
author box, two comments, cookie notice); a Bislama story on TownNews BLOX (an update
note at the top, in-story ad and newsletter regions, a "read also" line, comment
guidelines); a Setswana government news agency page on Kentico's portal engine (the
page one WebForms form, a news summary, a "read also" line, a source/author/place/event
table below the text, a poll); an Arabic regional daily on Arc XP (right to left, Arc
Themes blocks, an interstitial link, an ad and an image inside the body, the body again
in ``Fusion.globalContent``, Taboola teasers); an English police log of a small-town
nonprofit paper on Newspack (time-stamped entries under day subheadings, an inline
donation prompt, a newsletter block and an editor's note in italics inside the post,
author bio, "More in" posts block); an English agriculture ministry's news release on
Sitecore SXA (rich-text components split by a "Quick facts" promo, an in-body list,
media contacts, related links, page feedback, privacy warning); and an English
national canoe federation's news item on Umbraco (Block Grid items: rich text, a pull
quote, an image, a call-to-action block; an in-body list and an update note; Umbraco
Forms newsletter, Cookiebot dialog).
"""

from __future__ import annotations

import html
import json

from page_parts import paras

e = html.escape


def page(art, site, url, content, lang, head="", body_attrs="", sep=" | ", html_attrs=""):
    return f"""<!DOCTYPE html>
<html lang="{lang}"{html_attrs}><head><meta charset="utf-8"><title>{e(art["title"])}{sep}{e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="{e(site)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(art["title"])}">
<meta property="og:url" content="{url}">
<link rel="canonical" href="{url}">
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


def asturian(art):
    """Concrete CMS 9 (Atomik-like theme): the body in several Content blocks of the Main area."""
    ps = art["paragraphs"]
    n = len(ps)

    def content(start, stop):
        return paras(art, start=start, stop=stop, h="h3")

    image = '<picture><source srcset="/application/files/thumbnails/large/3617/4962/1044/osa-valdescobio.jpg" media="(min-width: 900px)"><img src="/application/files/thumbnails/medium/3617/4962/1044/osa-valdescobio.jpg" alt="La osa colos dos osinos" width="900" height="506" class="ccm-image-block img-fluid bID-2291"></picture>'
    caption = "<p><em>La osa colos dos osinos, nuna de les imáxenes grabaes a primeros de xunu. (Semeya: Guardería del Mediu Natural)</em></p>"
    also = '<p><strong>Llei tamién:</strong> <a href="https://fueyaverde.example/index.php/noticies/mediu-ambiente/un-machu-xoven-en-valdescobio">Les cámares graben per primer vegada un osu machu xoven en Valdescobio</a></p>'
    facts = "<div class=\"ccm-custom-style-container ccm-custom-style-main-2296 caxa-datos\"><h4>L'osu pardu na Cordillera</h4><p>Na Cordillera Cantábrica viven anguaño más de 350 osos pardos, repartíos en dos subpoblaciones.</p><p>L'osu ta protexíu pola llei y la so caza ta prohibida dende 1973.</p></div>"
    ad = '<div class="ccm-custom-style-container ccm-custom-style-main-2297 bloque-publicidad"><p class="etiqueta-publicidad">Publicidá</p><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-0000000000000000" data-ad-slot="4821937710" data-ad-format="auto" data-full-width-responsive="true"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>'
    body = "\n".join(
        [
            content(0, 2),
            image,
            caption,
            content(2, 5),
            also,
            content(5, 7),
            facts,
            ad,
            content(7, n),
        ]
    )
    messages = "".join(
        f"""<div data-conversation-message-id="{mid}" data-conversation-message-level="0" class="message ccm-conversation-message ccm-conversation-message-level0"><div class="ccm-conversation-message-user"><div class="ccm-conversation-avatar"><img src="/concrete/images/avatar_none.png" alt="" class="u-avatar"></div><div class="ccm-conversation-message-byline"><span class="ccm-conversation-message-username">{e(name)}</span> <span class="ccm-conversation-message-divider">|</span> <span class="ccm-conversation-message-date">{when}</span></div></div>
<div class="ccm-conversation-message-body"><p>{e(text)}</p></div><div class="ccm-conversation-message-controls"><ul><li><a href="#" data-submit="flag-conversation-message" data-conversation-message-id="{mid}">Denunciar</a></li><li><a href="#" data-toggle="conversation-reply" data-post-parent-id="{mid}">Responder</a></li></ul></div></div>"""
        for mid, name, when, text in [
            (
                "731",
                "Pinón de Bustiellu",
                "12/06/2025 13:10",
                "Nel nuestru pueblu vémoslos tolos branos y enxamás tuvimos problemes. Hai que dexalos tranquilos y nun da-yos de comer.",
            ),
            (
                "734",
                "Marisa G.",
                "12/06/2025 18:42",
                "Too lo que seya protexer les colmenes ta bien, pero les ayudes lleguen siempre tarde y los cercos llétricos cuesten munchu dineru.",
            ),
        ]
    )
    more = "".join(
        f'<div class="ccm-block-page-list-page-entry"><div class="ccm-block-page-list-page-entry-thumbnail"><a href="https://fueyaverde.example/index.php/noticies/mediu-ambiente/{slug}"><img src="/application/files/thumbnails/small/{slug}.jpg" alt="" class="img-fluid"></a></div><div class="ccm-block-page-list-page-entry-text"><div class="ccm-block-page-list-title"><a href="https://fueyaverde.example/index.php/noticies/mediu-ambiente/{slug}" target="_self">{e(t)}</a></div><div class="ccm-block-page-list-date">{d}</div><div class="ccm-block-page-list-description">{e(x)}</div></div></div>'
        for slug, t, d, x in [
            (
                "la-felguerina-llavaderu",
                "La Felguerina estrena'l llavaderu restauráu",
                "10/06/2025",
                "Los vecinos recuperaron el llavaderu del sieglu XIX con una andecha de tres fines de selmana.",
            ),
            (
                "incendios-xunetu",
                "El Principáu prohibe les quemes hasta setiembre",
                "06/06/2025",
                "La midida afecta a tolos conceyos del occidente y del centru pol riesgu altu d'incendios.",
            ),
            (
                "urogallu-censu",
                "El censu d'urogallos dexa un datu esperanzador",
                "02/06/2025",
                "Los téunicos cuntaron dieciséis machos cantando, cuatro más que l'añu pasáu.",
            ),
        ]
    )
    content_html = f"""<div class="ccm-page ccm-page-id-1482 page-type-blog-entry page-template-blog-entry">
<div class="ccm-block-top-navigation-bar"><nav class="navbar navbar-expand-lg navbar-light"><div class="container-fluid">
<a class="navbar-brand" href="https://fueyaverde.example/"><img src="/application/files/6116/4012/9933/fueya-verde-logo.svg" class="logo" alt="Fueya Verde"></a>
<button class="navbar-toggler collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#top-navigation-bar-1482" aria-controls="top-navigation-bar-1482" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="top-navigation-bar-1482"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" target="_self" href="https://fueyaverde.example/index.php/noticies">Noticies</a></li><li class="nav-item dropdown"><a class="nav-link active dropdown-toggle" data-concrete-toggle="dropdown" target="_self" href="https://fueyaverde.example/index.php/noticies/mediu-ambiente">Mediu ambiente</a><ul class="dropdown-menu"><li><a class="dropdown-item" target="_self" href="https://fueyaverde.example/index.php/noticies/mediu-ambiente/fauna">Fauna</a></li><li><a class="dropdown-item" target="_self" href="https://fueyaverde.example/index.php/noticies/mediu-ambiente/montes">Montes</a></li></ul></li><li class="nav-item"><a class="nav-link" target="_self" href="https://fueyaverde.example/index.php/cultura">Cultura</a></li><li class="nav-item"><a class="nav-link" target="_self" href="https://fueyaverde.example/index.php/llingua">Llingua</a></li><li class="nav-item"><a class="nav-link" target="_self" href="https://fueyaverde.example/index.php/deportes">Deportes</a></li><li class="nav-item"><a class="nav-link" target="_self" href="https://fueyaverde.example/index.php/opinion">Opinión</a></li></ul>
<form method="get" action="https://fueyaverde.example/index.php/buscar" class="d-flex"><input class="form-control" type="search" name="query" placeholder="Buscar" aria-label="Buscar"><button class="btn btn-outline-secondary" type="submit">Buscar</button></form></div></div></nav></div>
<main>
<div class="container"><div class="row"><div class="col-md-8 col-sm-12">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="https://fueyaverde.example/" target="_self">Entamu</a></li><li class="breadcrumb-item"><a href="https://fueyaverde.example/index.php/noticies" target="_self">Noticies</a></li><li class="breadcrumb-item"><a href="https://fueyaverde.example/index.php/noticies/mediu-ambiente" target="_self">Mediu ambiente</a></li><li class="breadcrumb-item active">{e(art["title"])}</li></ol></nav>
<div class="ccm-block-page-title-byline"><h1 class="page-title">{e(art["title"])}</h1>
<span class="page-date">12 de xunu de 2025</span> <span class="page-author">{e(art["author"])}</span></div>
<div class="ccm-block-page-attribute-display"><div class="ccm-block-page-attribute-display-wrapper"><span class="ccm-block-page-attribute-display-title">Tiempu de llectura:</span> <div class="ccm-block-page-attribute-display-content">4 minutos</div></div></div>
{body}
<div class="ccm-block-share-this-page"><ul class="list-inline"><li class="list-inline-item"><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Ffueyaverde.example%2Findex.php%2Fnoticies%2Fmediu-ambiente%2Fosa-con-osinos-valdescobio" target="_blank" rel="noopener noreferrer" aria-label="Facebook"><i class="fab fa-facebook" aria-hidden="true" title="Facebook"></i></a></li><li class="list-inline-item"><a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Ffueyaverde.example%2Findex.php%2Fnoticies%2Fmediu-ambiente%2Fosa-con-osinos-valdescobio" target="_blank" rel="noopener noreferrer" aria-label="Twitter"><i class="fab fa-twitter" aria-hidden="true" title="Twitter"></i></a></li><li class="list-inline-item"><a href="mailto:?body=https%3A%2F%2Ffueyaverde.example%2Findex.php%2Fnoticies%2Fmediu-ambiente%2Fosa-con-osinos-valdescobio" aria-label="Email"><i class="fas fa-envelope" aria-hidden="true" title="Email"></i></a></li></ul></div>
<div class="ccm-block-tags-wrapper"><div class="ccm-block-tags-header"><h5>Etiquetes</h5></div><a href="https://fueyaverde.example/index.php/buscar?akID%5B18%5D%5BatSelectOptionValue%5D=osu" class="ccm-block-tags-tag badge bg-secondary">osu</a> <a href="https://fueyaverde.example/index.php/buscar?akID%5B18%5D%5BatSelectOptionValue%5D=Valdescobio" class="ccm-block-tags-tag badge bg-secondary">Valdescobio</a> <a href="https://fueyaverde.example/index.php/buscar?akID%5B18%5D%5BatSelectOptionValue%5D=fauna" class="ccm-block-tags-tag badge bg-secondary">fauna</a></div>
<div class="ccm-block-next-previous-wrapper"><div class="ccm-block-next-previous-previous-link"><h5>Anterior</h5><p><a href="https://fueyaverde.example/index.php/noticies/mediu-ambiente/ayudes-colmenes">« El conceyu abre'l plazu pa les ayudes a los apicultores</a></p></div><div class="ccm-block-next-previous-next-link"><h5>Siguiente</h5><p><a href="https://fueyaverde.example/index.php/noticies/mediu-ambiente/ruta-mazu-altu">La ruta del Mazu Altu estrena señalización »</a></p></div><div class="ccm-block-next-previous-parent-link"><p><a href="https://fueyaverde.example/index.php/noticies/mediu-ambiente">Volver a Mediu ambiente</a></p></div></div>
<div class="ccm-conversation-wrapper" data-conversation-id="214"><div class="ccm-conversation-message-count">2 comentarios</div>
<div class="ccm-conversation-messages">{messages}</div>
<div class="ccm-conversation-add-new-message" rel="main-reply-form"><form method="post" class="main-reply-form" action="#"><h4>Dexa un comentariu</h4><div class="ccm-conversation-message-form"><div class="ccm-conversation-avatar"><img src="/concrete/images/avatar_none.png" alt=""></div><div class="ccm-conversation-message-form-wrapper"><div class="mb-3"><label class="form-label" for="cnvMessageAuthorName">Nome</label><input type="text" id="cnvMessageAuthorName" name="cnvMessageAuthorName" class="form-control"></div><div class="mb-3"><label class="form-label" for="cnvMessageAuthorEmail">Corréu electrónicu</label><input type="text" id="cnvMessageAuthorEmail" name="cnvMessageAuthorEmail" class="form-control"></div><textarea class="redactor_conversation_editor_214" name="cnvMessageBody"></textarea><button type="button" data-post-parent-id="0" data-submit="conversation-message" class="pull-right btn btn-primary">Unviar</button></div></div></form></div></div>
</div>
<div class="col-md-4 col-sm-12 sidebar">
<div class="ccm-block-page-list-wrapper"><div class="ccm-block-page-list-header"><h5>Lo más lleío</h5></div><div class="ccm-block-page-list-pages"><div class="ccm-block-page-list-page-entry"><div class="ccm-block-page-list-title"><a href="https://fueyaverde.example/index.php/cultura/festival-gaita">El Festival de la Gaita vuelve al Campu San Antón</a></div></div><div class="ccm-block-page-list-page-entry"><div class="ccm-block-page-list-title"><a href="https://fueyaverde.example/index.php/llingua/oficialidá">Cinco claves del alderique sobre la oficialidá</a></div></div><div class="ccm-block-page-list-page-entry"><div class="ccm-block-page-list-title"><a href="https://fueyaverde.example/index.php/deportes/descensu">El descensu del Nalón yá tien fecha</a></div></div></div></div>
<h4>El boletín de Fueya Verde</h4><p>Recibi cada vienres les noticies de la selmana nel to corréu.</p>
<div class="ccm-block-express-form"><div class="ccm-form"><a name="form2304"></a><form enctype="multipart/form-data" class="form-stacked" method="post" action="https://fueyaverde.example/index.php/noticies/mediu-ambiente/osa-con-osinos-valdescobio/submit/2304#form2304"><div class="mb-3"><label class="form-label" for="express-email">Corréu electrónicu</label><input type="email" id="express-email" name="akID[41][value]" class="form-control"></div><div class="form-check"><input type="checkbox" class="form-check-input" id="express-privacy" name="akID[42][value]"><label class="form-check-label" for="express-privacy">Acepto la política de privacidá</label></div><div class="form-actions"><button type="submit" name="Submit" class="btn btn-primary">Suscribime</button></div></form></div></div>
</div></div></div>
<div class="container"><div class="ccm-block-page-list-wrapper"><div class="ccm-block-page-list-header"><h5>Más noticies de Mediu ambiente</h5></div><div class="ccm-block-page-list-pages">{more}</div></div></div>
</main>
<footer id="footer-theme"><section><div class="container"><div class="row"><div class="col-sm-6"><p>Fueya Verde ye un periódicu dixital n'asturianu editáu pola asociación cultural Fueya Verde dende 2011.</p></div><div class="col-sm-6"><ul class="nav"><li class="nav-item"><a class="nav-link" href="https://fueyaverde.example/index.php/quien-somos">Quién somos</a></li><li class="nav-item"><a class="nav-link" href="https://fueyaverde.example/index.php/contautu">Contautu</a></li><li class="nav-item"><a class="nav-link" href="https://fueyaverde.example/index.php/avisu-llegal">Avisu llegal</a></li><li class="nav-item"><a class="nav-link" href="https://fueyaverde.example/index.php/cookies">Política de cookies</a></li></ul></div></div></div></section>
<section id="ccm-theme-copyright"><div class="container"><p>© 2025 Fueya Verde. Built with <a href="https://www.concretecms.org" class="concretecms" rel="nofollow">Concrete CMS</a>.</p></div></section></footer>
</div>
<div role="dialog" aria-live="polite" aria-label="cookieconsent" aria-describedby="cookieconsent:desc" class="cc-window cc-banner cc-type-info cc-theme-block cc-bottom"><span id="cookieconsent:desc" class="cc-message">Esti sitiu web usa cookies pa meyorar la esperiencia de los llectores. <a aria-label="learn more about cookies" role="button" tabindex="0" class="cc-link" href="https://fueyaverde.example/index.php/cookies" rel="noopener noreferrer nofollow" target="_blank">Más información</a></span><div class="cc-compliance"><a aria-label="dismiss cookie message" role="button" tabindex="0" class="cc-btn cc-dismiss">¡Entendío!</a></div></div>
<script type="text/javascript" src="/concrete/js/cms.js?ccm_nocache=2a6d1c6fa1f31d6b0e7b35a1e06bd5a1a9e8b2c3"></script>
<script type="text/javascript" src="/application/themes/fueya/main.js?ccm_nocache=2a6d1c6fa1f31d6b0e7b35a1e06bd5a1a9e8b2c3"></script>"""
    head = """<meta name="description" content="Ye la primer vegada que se documenta una fema con cría nesti valle.">
<meta name="generator" content="Concrete CMS">
<script type="text/javascript">
    var CCM_DISPATCHER_FILENAME = "/index.php";
    var CCM_CID = 1482;
    var CCM_EDIT_MODE = false;
    var CCM_ARRANGE_MODE = false;
    var CCM_IMAGE_PATH = "/concrete/images";
    var CCM_APPLICATION_URL = "https://fueyaverde.example";
    var CCM_REL = "";
    var CCM_ACTIVE_LOCALE = "ast_ES";
    var CCM_USER_REGISTERED = false;
</script>
<link href="/application/themes/fueya/css/main.css?ccm_nocache=2a6d1c6fa1f31d6b0e7b35a1e06bd5a1a9e8b2c3" rel="stylesheet" type="text/css" media="all">
<style type="text/css" data-area-style-area-handle="Main" data-block-style-block-id="2296" data-style-set="118">.ccm-custom-style-container.ccm-custom-style-main-2296{background-color:#f1f4ea;padding:16px 20px}</style>
"""
    return page(
        art,
        "Fueya Verde",
        "https://fueyaverde.example/index.php/noticies/mediu-ambiente/osa-con-osinos-valdescobio",
        content_html,
        "ast",
        head=head,
        sep=" :: ",
    )


def ladino(art):
    """Craft CMS: a Matrix "content builder" field rendered block by block, SEOmatic, Blitz."""
    ps = art["paragraphs"]
    n = len(ps)

    def text(start, stop):
        return f'<div class="block block--text"><div class="prose">{paras(art, start=start, stop=stop)}</div></div>'

    pull = '<figure class="block block--pullquote"><blockquote><p>\u201cYo nunka lo vidi avierto. Oy entri kon mis inyetos.\u201d</p></blockquote><figcaption>Moshe Eskenazi</figcaption></figure>'
    related = '<aside class="block block--related"><p class="block__label">Meldar tambien</p><a class="related-card" href="https://laventanasefaradi.example/lad/istoria/kartas-famiya-eskenazi"><img src="https://laventanasefaradi.example/uploads/images/_400x250_crop_center-center_82_line/kartas-eskenazi.jpg" alt="" loading="lazy"><div class="related-card__body"><h3>Sien anyos de kartas: la famiya Eskenazi de Yenikasaba</h3><p>Las kartas ke la famiya se eskrivio entre 1890 i 1964 kontan la vida de una komunita ke ya no egziste.</p></div></a></aside>'
    image = '<figure class="block block--image"><picture><source type="image/webp" srcset="https://laventanasefaradi.example/uploads/images/_1200x800_crop_center-center_82_line/kal-galeria.jpg.webp"><img src="https://laventanasefaradi.example/uploads/images/_1200x800_crop_center-center_82_line/kal-galeria.jpg" alt="La galeria de las mujeres" width="1200" height="800" loading="lazy"></picture><figcaption>La galeria de las mujeres, ande se va a ver la ekspozision. <span class="credit">Fotografia: Selim Aydın</span></figcaption></figure>'
    note = f'<div class="block block--note"><p><em>{e(ps[-1])}</em></p></div>'
    body = "\n".join([text(0, 4), pull, text(4, 6), related, image, text(6, n - 1), note])
    cards = "".join(
        f'<article class="card"><a href="https://laventanasefaradi.example/lad/{slug}"><img src="https://laventanasefaradi.example/uploads/images/_600x400_crop_center-center_82_line/{slug.split("/")[-1]}.jpg" alt="" loading="lazy"><p class="card__category">{cat}</p><h3 class="card__title">{e(t)}</h3><p class="card__excerpt">{e(x)}</p><time class="card__date">{d}</time></a></article>'
        for slug, cat, t, x, d in [
            (
                "kultura/koro-kantikas-de-boda",
                "Kultura",
                "Un koro de Izmir grava las kantikas de boda de sus avuelas",
                "El koro grava un disko kon dizisiete kantikas ke se kantavan en las bodas sefaradis.",
                "1 de septembre de 2025",
            ),
            (
                "kozina/bulemas-de-la-tia-sara",
                "Kozina",
                "Las bulemas de la tia Sara",
                "Una reseta de famiya, kon todos sus sekretos, para la meza de Shabat.",
                "28 de agosto de 2025",
            ),
            (
                "lingua/diksionario-en-linya",
                "Lingua",
                "Un diksionario muevo de djudeo-espanyol en linya",
                "El diksionario tiene mas de 20.000 palavras i se puede konsultar de baldes.",
                "20 de agosto de 2025",
            ),
        ]
    )
    jsonld = ld(
        {
            "@context": "http://schema.org",
            "@graph": [
                {
                    "@type": "NewsArticle",
                    "author": {"@id": "https://laventanasefaradi.example/#identity"},
                    "copyrightHolder": {"@id": "https://laventanasefaradi.example/#identity"},
                    "copyrightYear": "2025",
                    "creator": {"@id": "#creator"},
                    "dateModified": "2025-09-09T10:12:44+03:00",
                    "datePublished": f"{art['date']}T09:00:00+03:00",
                    "description": "Despues de tres anyos de lavoros, el kal de Yenikasaba va ser un muzeo i un sentro de enkontro.",
                    "headline": art["title"],
                    "image": {
                        "@type": "ImageObject",
                        "url": "https://laventanasefaradi.example/uploads/images/_1200x630_crop_center-center_82_none/kal-yenikasaba-1.jpg",
                    },
                    "inLanguage": "lad",
                    "mainEntityOfPage": "https://laventanasefaradi.example/lad/kultura/kal-de-yenikasaba",
                    "name": art["title"],
                    "publisher": {"@id": "#creator"},
                    "url": "https://laventanasefaradi.example/lad/kultura/kal-de-yenikasaba",
                },
                {
                    "@id": "https://laventanasefaradi.example/#identity",
                    "@type": "NewsMediaOrganization",
                    "name": "La Ventana Sefaradi",
                },
                {
                    "@id": "#creator",
                    "@type": "Organization",
                    "name": "La Ventana Sefaradi",
                },
                {
                    "@type": "BreadcrumbList",
                    "description": "Breadcrumbs list",
                    "itemListElement": [
                        {
                            "@type": "ListItem",
                            "item": "https://laventanasefaradi.example/lad",
                            "name": "Inisio",
                            "position": 1,
                        },
                        {
                            "@type": "ListItem",
                            "item": "https://laventanasefaradi.example/lad/kultura",
                            "name": "Kultura",
                            "position": 2,
                        },
                    ],
                    "name": "Breadcrumbs",
                },
            ],
        }
    )
    content = f"""<a class="skip-link" href="#main">Ir al kontenido</a>
<header class="site-header">
<div class="site-header__top"><div class="container"><ul class="lang-switch"><li><a href="https://laventanasefaradi.example/lad/kultura/kal-de-yenikasaba" class="is-active" hreflang="lad">Ladino</a></li><li><a href="https://laventanasefaradi.example/en/culture/yenikasaba-synagogue" hreflang="en">English</a></li><li><a href="https://laventanasefaradi.example/tr/kultur/yenikasaba-sinagogu" hreflang="tr">Türkçe</a></li></ul><a class="btn btn--donate" href="https://laventanasefaradi.example/lad/donasion">Aze una donasion</a></div></div>
<div class="site-header__main"><div class="container"><a class="site-header__logo" href="https://laventanasefaradi.example/lad"><img src="https://laventanasefaradi.example/assets/site/logo-ventana.svg" alt="La Ventana Sefaradi" width="220" height="48"></a>
<nav class="site-nav" aria-label="Navigasion prinsipal"><ul><li><a href="https://laventanasefaradi.example/lad/haberes">Haberes</a></li><li><a href="https://laventanasefaradi.example/lad/kultura" aria-current="true">Kultura</a></li><li><a href="https://laventanasefaradi.example/lad/lingua">Lingua</a></li><li><a href="https://laventanasefaradi.example/lad/kozina">Kozina</a></li><li><a href="https://laventanasefaradi.example/lad/istoria">Istoria</a></li><li><a href="https://laventanasefaradi.example/lad/podkast">Podkast</a></li></ul></nav>
<button class="site-header__search" type="button" aria-expanded="false" aria-controls="search-panel">Bushkar</button></div></div>
<div id="search-panel" class="search-panel" hidden><form action="https://laventanasefaradi.example/lad/bushkida" method="get"><label for="q">Bushkar en La Ventana</label><input type="search" id="q" name="q"><button type="submit">Bushkar</button></form></div>
</header>
<main id="main" class="entry entry--article">
<header class="entry-header container container--narrow">
<p class="entry-header__category"><a href="https://laventanasefaradi.example/lad/kultura">Kultura</a></p>
<h1 class="entry-header__title">{e(art["title"])}</h1>
<p class="entry-header__summary">Despues de tres anyos de lavoros, el kal va ser un muzeo i un sentro de enkontro. Las famiyas de Yenikasaba vinieron de sinko paizes para la seremonia.</p>
<div class="entry-header__meta"><span class="entry-header__author">Eskrito por <a href="https://laventanasefaradi.example/lad/autores/rivka-behar-alalouf">{e(art["author"])}</a></span> <span class="dot" aria-hidden="true">·</span> <time datetime="{art["date"]}">8 de septembre de 2025</time> <span class="dot" aria-hidden="true">·</span> <span class="entry-header__reading">5 minutos de meldadura</span></div>
</header>
<figure class="entry-hero"><picture><source type="image/webp" srcset="https://laventanasefaradi.example/uploads/images/_1600x900_crop_center-center_82_line/kal-yenikasaba-1.jpg.webp 1600w, https://laventanasefaradi.example/uploads/images/_800x450_crop_center-center_82_line/kal-yenikasaba-1.jpg.webp 800w" sizes="100vw"><img src="https://laventanasefaradi.example/uploads/images/_1200x675_crop_center-center_82_line/kal-yenikasaba-1.jpg" alt="El kal de Yenikasaba" width="1200" height="675"></picture><figcaption class="entry-hero__caption">El kal de Yenikasaba despues de la restorasion. <span class="entry-hero__credit">Fotografia: Selim Aydın</span></figcaption></figure>
<div class="entry-body container container--narrow">
{body}
</div>
<footer class="entry-footer container container--narrow">
<div class="entry-tags"><span class="entry-tags__label">Etiketas:</span> <a href="https://laventanasefaradi.example/lad/etiketa/yenikasaba">Yenikasaba</a> <a href="https://laventanasefaradi.example/lad/etiketa/kal">kal</a> <a href="https://laventanasefaradi.example/lad/etiketa/muzeos">muzeos</a> <a href="https://laventanasefaradi.example/lad/etiketa/turkiya">Turkiya</a></div>
<div class="share"><span class="share__label">Partajar:</span> <a class="share__link" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Flaventanasefaradi.example%2Flad%2Fkultura%2Fkal-de-yenikasaba">Facebook</a> <a class="share__link" href="https://wa.me/?text=https%3A%2F%2Flaventanasefaradi.example%2Flad%2Fkultura%2Fkal-de-yenikasaba">WhatsApp</a> <a class="share__link" href="mailto:?subject=El%20kal%20de%20Yenikasaba">Email</a> <button class="share__copy" type="button" data-copy="https://laventanasefaradi.example/lad/kultura/kal-de-yenikasaba">Kopiar el link</button></div>
<div class="author-card"><img class="author-card__photo" src="https://laventanasefaradi.example/uploads/autores/_160x160_crop_center-center_82_line/rivka-behar.jpg" alt="" width="80" height="80"><div class="author-card__text"><p class="author-card__name"><a href="https://laventanasefaradi.example/lad/autores/rivka-behar-alalouf">{e(art["author"])}</a></p><p class="author-card__bio">Rivka Behar Alalouf es jurnalista i traduktora. Eskrive sovre la istoria i la kultura de los sefaradis de Turkiya.</p></div></div>
</footer>
<section class="support-box container container--narrow"><h2>La Ventana bive kon la ayuda de sus meldadores</h2><p>Si te plaze lo ke eskrivimos, ayudanos kon una donasion, anke sea chika. Kada donasion mos permete eskrivir mas en ladino.</p><a class="btn btn--donate" href="https://laventanasefaradi.example/lad/donasion">Aze una donasion</a></section>
<section class="more-articles container"><h2 class="more-articles__title">Mas artikolos</h2><div class="cards">{cards}</div></section>
<section class="newsletter container container--narrow"><h2>Karta de haberes</h2><p>Resivi kada semana los mijores artikolos de La Ventana en tu posta elektronika.</p><form method="post" accept-charset="UTF-8" action="https://laventanasefaradi.example/actions/newsletter/subscribe"><input type="hidden" name="CRAFT_CSRF_TOKEN" value="0b5f8Kd1pWq2mZ7xYt4vR9sLcA3hN6eJ"><label for="nl-email" class="sr-only">Posta elektronika</label><input type="email" id="nl-email" name="email" placeholder="Tu posta elektronika" required><button type="submit">Abonarse</button></form><p class="newsletter__legal">Puedes dezabonarte kuando keras.</p></section>
</main>
<footer class="site-footer"><div class="container"><img src="https://laventanasefaradi.example/assets/site/logo-ventana-white.svg" alt="La Ventana Sefaradi" width="180" height="40"><p>La Ventana Sefaradi es una revista en linya de la Fondasion Ladino Bivo. Eskrivimos en djudeo-espanyol dezde 2019.</p><ul class="site-footer__links"><li><a href="https://laventanasefaradi.example/lad/kontakto">Kontakto</a></li><li><a href="https://laventanasefaradi.example/lad/sovre-mozotros">Sovre mozotros</a></li><li><a href="https://laventanasefaradi.example/lad/privasidad">Politika de privasidad</a></li></ul><p class="site-footer__copy">© 2025 La Ventana Sefaradi</p></div></footer>
<script src="https://laventanasefaradi.example/assets/dist/app.8f2c1a.js" defer></script>
<!-- Cached by Blitz on 2025-09-09T10:14:02+03:00 -->"""
    head = (
        '<meta name="generator" content="SEOmatic">\n'
        '<meta name="description" content="Despues de tres anyos de lavoros, el kal de Yenikasaba va ser un muzeo i un sentro de enkontro.">\n'
        '<meta name="referrer" content="no-referrer-when-downgrade">\n'
        '<meta property="og:locale" content="lad">\n'
        '<link rel="alternate" href="https://laventanasefaradi.example/en/culture/yenikasaba-synagogue" hreflang="en">\n'
        '<link rel="alternate" href="https://laventanasefaradi.example/tr/kultur/yenikasaba-sinagogu" hreflang="tr">\n'
        '<link rel="stylesheet" href="https://laventanasefaradi.example/assets/dist/app.8f2c1a.css">\n'
        + jsonld
    )
    return page(
        art,
        "La Ventana Sefaradi",
        "https://laventanasefaradi.example/lad/kultura/kal-de-yenikasaba",
        content,
        "lad",
        head=head,
        body_attrs=' class="template-article section-kultura"',
        sep=" | ",
    )


def haitian(art):
    """WordPress with the Jannah theme (TieLabs): ``entry-content`` in ``#the-post``."""
    also = '<p><strong>Li tou:</strong> <a href="https://lakotenfo.example/2025/06/peche-sid-es-mote-bato/">Pechè Sid-Ès yo mande èd pou motè bato yo</a></p>'
    ad = '<div class="stream-item stream-item-in-post stream-item-inline-post aligncenter"><span class="stream-title">- Piblisite -</span><a title="" href="https://lakotenfo.example/go/bank-kredi-agrikol" rel="nofollow noopener" target="_blank"><img src="https://lakotenfo.example/wp-content/uploads/2025/05/banner-kredi-agrikol-728.jpg" alt="" width="728" height="91"></a></div>'
    photo = '<figure id="attachment_48213" aria-describedby="caption-attachment-48213" style="width: 1024px" class="wp-caption aligncenter"><img fetchpriority="high" decoding="async" class="size-large wp-image-48213" src="https://lakotenfo.example/wp-content/uploads/2025/07/machann-pwason-belvi-1024x683.jpg" alt="" width="1024" height="683"><figcaption id="caption-attachment-48213" class="wp-caption-text">Marie-Ange Joseph nan mache Bèlvi, lendi. (Foto: Lakòt Enfo)</figcaption></figure>'
    wa = '<p><strong>Rejwenn chèn WhatsApp Lakòt Enfo a pou w resevwa tout nouvèl yo an premye: <a href="https://whatsapp.com/channel/0029VaLakotEnfo0000example">klike la a</a>.</strong></p>'
    body = paras(art, h="h3", between={1: also, 4: ad, 7: photo}) + "\n" + wa
    breaking = "".join(
        f'<li class="news-item"><a href="https://lakotenfo.example/2025/07/{i}/">{e(t)}</a></li>'
        for i, t in enumerate(
            [
                "Wout Jakmèl–Marigo a louvri ankò apre travay yo",
                "Lekòl yo ap rouvri pòt yo 1ye oktòb, dapre ministè a",
                "Sezon siklòn: Pwoteksyon sivil mande moun prepare yo",
            ],
            1,
        )
    )
    related = "".join(
        f'<div class="related-item tie-standard"><a aria-label="{e(t)}" href="https://lakotenfo.example/2025/{slug}/" class="post-thumb"><img width="390" height="220" src="https://lakotenfo.example/wp-content/uploads/2025/{slug}-390x220.jpg" class="attachment-jannah-image-large size-jannah-image-large wp-post-image" alt="" decoding="async"></a><h3 class="post-title"><a href="https://lakotenfo.example/2025/{slug}/">{e(t)}</a></h3><div class="post-meta clearfix"><span class="date meta-item tie-icon">{d}</span></div></div>'
        for slug, t, d in [
            (
                "06/peche-sid-es-mote-bato",
                "Pechè Sid-Ès yo mande èd pou motè bato yo",
                "3 semèn pase",
            ),
            ("05/ans-loret-nouvo-waf", "Ans Lorèt: yon nouvo waf pou pechè yo", "2 mwa pase"),
            ("04/pri-pwason-jakmel", "Pri pwason ap monte nan mache Jakmèl", "3 mwa pase"),
        ]
    )
    comments = "".join(
        f"""<li id="comment-{cid}" class="comment even thread-even depth-1"><article id="div-comment-{cid}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.example/avatar/{cid}?s=65&amp;d=mm&amp;r=g" class="avatar avatar-65 photo" height="65" width="65" loading="lazy" decoding="async"><b class="fn">{e(name)}</b> <span class="says">di:</span></div><div class="comment-metadata"><a href="https://lakotenfo.example/2025/07/22/peche-ans-loret-machin-glas-sole/#comment-{cid}"><time datetime="{iso}">{when}</time></a></div></footer><div class="comment-content entry clearfix"><p>{e(text)}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{cid}" data-commentid="{cid}" data-postid="48207" aria-label="Reponn {e(name)}">Reponn</a></div></article></li>"""
        for cid, name, iso, when, text in [
            (
                "5512",
                "Jocelyn Auguste",
                "2025-07-22T11:04:00-04:00",
                "22 jiyè 2025 a 11:04",
                "Se yon bèl bagay pou Ans Lorèt. Mwen espere lòt bouk sou kòt la ap jwenn menm bagay la rapid.",
            ),
            (
                "5519",
                "Ti Djo Bèlvi",
                "2025-07-22T15:37:00-04:00",
                "22 jiyè 2025 a 15:37",
                "Fòk yo asire yo gen moun ki konn repare machin yo, paske nou wè twòp pwojè ki kanpe apre yon ane.",
            ),
        ]
    )
    popular = "".join(
        f'<li class="widget-single-post-item widget-post-list tie-standard"><div class="post-widget-thumbnail"><a aria-label="{e(t)}" href="https://lakotenfo.example/2025/07/p{i}/" class="post-thumb"><img width="220" height="150" src="https://lakotenfo.example/wp-content/uploads/2025/07/p{i}-220x150.jpg" class="attachment-jannah-image-small size-jannah-image-small tie-small-image wp-post-image" alt=""></a></div><div class="post-widget-body"><a class="post-title the-subtitle" href="https://lakotenfo.example/2025/07/p{i}/">{e(t)}</a><div class="post-meta"><span class="date meta-item tie-icon">{d}</span></div></div></li>'
        for i, (t, d) in enumerate(
            [
                ("Bakaloreya 2025: rezilta yo soti pou depatman Sid-Ès", "4 jou pase"),
                ("Festival Jakmèl: pwogram konplè twa jou fèt yo", "6 jou pase"),
                ("Kouran: EDH pwomèt 16 èdtan pa jou pou Jakmèl", "1 semèn pase"),
            ],
            1,
        )
    )
    content = f"""<div class="background-overlay">
<div id="tie-container" class="site tie-container">
<div id="tie-wrapper">
<header id="theme-header" class="theme-header header-layout-3 main-nav-dark main-nav-default-dark main-nav-below no-stream-item top-nav-active top-nav-light top-nav-default-light top-nav-above has-shadow is-stretch-header has-normal-width-logo mobile-header-default">
<nav id="top-nav" data-skin="search-in-top-nav" class="has-date-breaking-components top-nav header-nav has-breaking-news live-search-parent" aria-label="Secondary Navigation"><div class="container"><div class="topbar-wrapper">
<div class="topbar-today-date tie-icon">Madi 22 Jiyè 2025</div>
<div class="tie-alignleft"><div class="breaking controls-is-active"><span class="breaking-title"><span class="tie-icon-bolt breaking-icon" aria-hidden="true"></span><span class="breaking-title-text">Dènye nouvèl</span></span><ul id="breaking-news-in-header" class="breaking-news" data-type="reveal">{breaking}</ul></div></div>
<div class="tie-alignright"><ul class="components"><li class="social-icons-item"><a class="social-link facebook-social-icon" rel="external noopener nofollow" target="_blank" href="https://facebook.example/lakotenfo"><span class="tie-social-icon tie-icon-facebook"></span><span class="screen-reader-text">Facebook</span></a></li><li class="social-icons-item"><a class="social-link youtube-social-icon" rel="external noopener nofollow" target="_blank" href="https://youtube.example/lakotenfo"><span class="tie-social-icon tie-icon-youtube"></span><span class="screen-reader-text">YouTube</span></a></li><li class="social-icons-item"><a class="social-link whatsapp-social-icon" rel="external noopener nofollow" target="_blank" href="https://whatsapp.com/channel/0029VaLakotEnfo0000example"><span class="tie-social-icon tie-icon-whatsapp"></span><span class="screen-reader-text">WhatsApp</span></a></li></ul></div>
</div></div></nav>
<div class="container header-container"><div class="tie-row logo-row"><div class="logo-wrapper"><div class="tie-col-md-4 logo-container clearfix"><div id="logo" class="image-logo" style="margin-top: 20px; margin-bottom: 20px;"><a title="Lakòt Enfo" href="https://lakotenfo.example/"><picture class="tie-logo-default tie-logo-picture"><source class="tie-logo-source-default tie-logo-source" srcset="https://lakotenfo.example/wp-content/uploads/2023/02/lakot-enfo-logo.png"><img class="tie-logo-img-default tie-logo-img" src="https://lakotenfo.example/wp-content/uploads/2023/02/lakot-enfo-logo.png" alt="Lakòt Enfo" width="300" height="80" style="max-height:80px; width: auto;"></picture></a></div></div></div>
<div class="tie-col-md-8 stream-item stream-item-top-wrapper"><div class="stream-item-top"><a title="" href="https://lakotenfo.example/go/telefon" rel="nofollow noopener" target="_blank"><img src="https://lakotenfo.example/wp-content/uploads/2025/06/banner-telefon-728.jpg" alt="" width="728" height="91"></a></div></div></div></div>
<div class="main-nav-wrapper"><nav id="main-nav" data-skin="search-in-main-nav" class="main-nav header-nav live-search-parent" style="line-height:52px" aria-label="Primary Navigation"><div class="container"><div class="main-menu-wrapper"><div id="menu-components-wrap"><div class="main-menu main-menu-wrap tie-alignleft"><div id="main-nav-menu" class="main-menu header-menu"><ul id="menu-meni-prensipal" class="menu"><li id="menu-item-10" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home menu-item-10"><a href="https://lakotenfo.example/">Akèy</a></li><li id="menu-item-11" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-11"><a href="https://lakotenfo.example/category/nasyonal/">Nasyonal</a></li><li id="menu-item-12" class="menu-item menu-item-type-taxonomy menu-item-object-category current-post-ancestor current-menu-parent menu-item-12 tie-current-menu"><a href="https://lakotenfo.example/category/rejyon/">Rejyon</a></li><li id="menu-item-13" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-13"><a href="https://lakotenfo.example/category/ekonomi/">Ekonomi</a></li><li id="menu-item-14" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-14"><a href="https://lakotenfo.example/category/espo/">Espò</a></li><li id="menu-item-15" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-15"><a href="https://lakotenfo.example/category/kilti/">Kilti</a></li><li id="menu-item-16" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-16"><a href="https://lakotenfo.example/category/videyo/">Videyo</a></li></ul></div></div>
<ul class="components"><li class="search-compact-icon menu-item custom-menu-link"><a href="#" class="tie-search-trigger"><span class="tie-icon-search tie-search-icon" aria-hidden="true"></span><span class="screen-reader-text">Chèche</span></a></li></ul></div></div></div></nav></div>
</header>
<div id="content" class="site-content container"><div id="main-content-row" class="tie-row main-content-row">
<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">
<article id="the-post" class="container-wrapper post-content tie-standard">
<header class="entry-header-outer">
<nav id="breadcrumb"><a href="https://lakotenfo.example/"><span class="tie-icon-home" aria-hidden="true"></span> Akèy</a><em class="delimiter">/</em><a href="https://lakotenfo.example/category/rejyon/">Rejyon</a><em class="delimiter">/</em><span class="current">{e(art["title"])}</span></nav>
<div class="entry-header">
<span class="post-cat-wrap"><a class="post-cat tie-cat-12" href="https://lakotenfo.example/category/rejyon/">Rejyon</a></span>
<h1 class="post-title entry-title">{e(art["title"])}</h1>
<div class="single-post-meta post-meta clearfix"><span class="author-meta single-author with-avatars"><span class="meta-item meta-author-wrapper meta-author-4"><span class="meta-author-avatar"><a href="https://lakotenfo.example/author/jrpierrelouis/"><img alt="Foto {e(art["author"])}" src="https://secure.gravatar.example/avatar/jrpl?s=140&amp;d=mm&amp;r=g" class="avatar avatar-140 photo" height="140" width="140"></a></span><span class="meta-author"><a href="https://lakotenfo.example/author/jrpierrelouis/" class="author-name tie-icon" title="{e(art["author"])}">{e(art["author"])}</a></span></span></span><span class="date meta-item tie-icon">22 jiyè 2025</span><div class="tie-alignright"><span class="meta-comment tie-icon meta-item fa-before">2</span><span class="meta-views meta-item "><span class="tie-icon-fire" aria-hidden="true"></span> 1,204 </span><span class="meta-reading-time meta-item"><span class="tie-icon-bookmark" aria-hidden="true"></span> 3 minit pou li</span></div></div>
</div>
</header>
<div class="featured-area"><div class="featured-area-inner"><figure class="single-featured-image"><img width="780" height="470" src="https://lakotenfo.example/wp-content/uploads/2025/07/machin-glas-ans-loret-780x470.jpg" class="attachment-jannah-image-post size-jannah-image-post wp-post-image" alt="" decoding="async" fetchpriority="high"><figcaption class="single-caption-text"><span class="tie-icon-camera" aria-hidden="true"></span> Pechè Ans Lorèt yo devan batiman kote machin glas yo enstale. (Foto: Lakòt Enfo)</figcaption></figure></div></div>
<div id="share-buttons-top" class="share-buttons share-buttons-top"><div class="share-links share-centered icons-text"><a href="https://www.facebook.com/sharer.php?u=https://lakotenfo.example/?p=48207" rel="external noopener nofollow" title="Facebook" target="_blank" class="facebook-share-btn large-share-button" data-raw="https://www.facebook.com/sharer.php?u={{post_link}}"><span class="share-btn-icon tie-icon-facebook"></span> <span class="social-text">Facebook</span></a><a href="https://api.whatsapp.com/send?text=Pech%C3%A8%20Ans%20Lor%C3%A8t" rel="external noopener nofollow" title="WhatsApp" target="_blank" class="whatsapp-share-btn large-share-button"><span class="share-btn-icon tie-icon-whatsapp"></span> <span class="social-text">WhatsApp</span></a><a href="https://x.com/intent/post?text=Pech%C3%A8%20Ans%20Lor%C3%A8t" rel="external noopener nofollow" title="X" target="_blank" class="twitter-share-btn large-share-button"><span class="share-btn-icon tie-icon-twitter"></span> <span class="social-text">X</span></a></div></div>
<div class="entry-content entry clearfix">
{body}
</div>
<div id="post-extra-info"><div class="theiaStickySidebar"><div class="single-post-meta post-meta clearfix"><span class="date meta-item tie-icon">22 jiyè 2025</span></div></div></div>
<div class="clearfix"></div>
<div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title"><span class="tie-icon-tags" aria-hidden="true"></span> Tags</div><span class="tagcloud"><a href="https://lakotenfo.example/tag/ans-loret/" rel="tag">Ans Lorèt</a> <a href="https://lakotenfo.example/tag/lapech/" rel="tag">lapèch</a> <a href="https://lakotenfo.example/tag/eneji-sole/" rel="tag">enèji solè</a> <a href="https://lakotenfo.example/tag/sid-es/" rel="tag">Sid-Ès</a></span></div>
<div id="share-buttons-bottom" class="share-buttons share-buttons-bottom"><div class="share-links icons-only"><div class="share-title"><span class="tie-icon-share" aria-hidden="true"></span><span> Pataje</span></div><a href="https://www.facebook.com/sharer.php?u=https://lakotenfo.example/?p=48207" rel="external noopener nofollow" title="Facebook" target="_blank" class="facebook-share-btn"><span class="share-btn-icon tie-icon-facebook"></span> <span class="screen-reader-text">Facebook</span></a><a href="https://api.whatsapp.com/send?text=Pech%C3%A8%20Ans%20Lor%C3%A8t" rel="external noopener nofollow" title="WhatsApp" target="_blank" class="whatsapp-share-btn"><span class="share-btn-icon tie-icon-whatsapp"></span> <span class="screen-reader-text">WhatsApp</span></a><a href="#" rel="external noopener nofollow" title="Enprime" class="print-share-btn"><span class="share-btn-icon tie-icon-print"></span> <span class="screen-reader-text">Enprime</span></a></div></div>
</article>
<div class="post-components">
<div class="about-author container-wrapper about-author-4"><div class="author-avatar"><a href="https://lakotenfo.example/author/jrpierrelouis/"><img alt="Foto {e(art["author"])}" src="https://secure.gravatar.example/avatar/jrpl?s=180&amp;d=mm&amp;r=g" class="avatar avatar-180 photo" height="180" width="180"></a></div><div class="author-info"><h3 class="author-name"><a href="https://lakotenfo.example/author/jrpierrelouis/">{e(art["author"])}</a></h3><div class="author-bio">Jean-Rony Pierre-Louis se jounalis Lakòt Enfo nan Sid-Ès. Li kouvri lapèch, agrikilti ak lavi nan ti komin yo.</div><ul class="social-icons"><li class="social-icons-item"><a href="mailto:jrpierrelouis@lakotenfo.example" class="social-link email-social-icon"><span class="tie-icon-envelope" aria-hidden="true"></span><span class="screen-reader-text">Imèl</span></a></li></ul></div><div class="clearfix"></div></div>
<div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-title the-global-title"><h3>Atik ki gen rapò</h3></div><div class="related-posts-list">{related}</div></div>
<div id="comments" class="comments-area"><div id="comments-box" class="container-wrapper"><div class="block-head theme-header"><h3 id="comments-title" class="the-global-title has-block-head-4">2 kòmantè</h3></div><ol class="comment-list">{comments}</ol></div>
<div id="add-comment-block" class="container-wrapper"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title the-global-title has-block-head-4">Kite yon kòmantè <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Anile repons lan</a></small></h3><form action="https://lakotenfo.example/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Adrès imèl ou p ap pibliye.</span> <span class="required-field-message">Chan obligatwa yo make <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Kòmantè <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">Non <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required></p><p class="comment-form-email"><label for="email">Imèl <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Voye kòmantè"> <input type="hidden" name="comment_post_ID" value="48207" id="comment_post_ID"> <input type="hidden" name="comment_parent" id="comment_parent" value="0"></p></form></div></div></div>
</div>
</div>
<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side is-sticky" aria-label="Primary Sidebar"><div class="theiaStickySidebar">
<div id="posts-list-widget-3" class="container-wrapper widget posts-list"><div class="widget-title the-global-title"><div class="the-subtitle">Atik ki pi li</div></div><div class="widget-posts-list-wrapper"><div class="widget-posts-list-container"><ul class="posts-list-items widget-posts-wrapper">{popular}</ul></div></div><div class="clearfix"></div></div>
<div id="stream-item-widget-2" class="container-wrapper widget stream-item-widget"><div class="stream-item-widget-content"><a href="https://lakotenfo.example/go/radyo" rel="nofollow noopener" target="_blank"><img class="widget-stream-image" src="https://lakotenfo.example/wp-content/uploads/2025/01/radyo-300x250.jpg" width="300" height="250" alt=""></a></div><div class="clearfix"></div></div>
<div id="tie-widget-social-3" class="container-wrapper widget social-icons-widget"><div class="widget-title the-global-title"><div class="the-subtitle">Swiv nou</div></div><ul class="solid-social-icons is-centered"><li class="social-icons-item"><a class="social-link facebook-social-icon" href="https://facebook.example/lakotenfo"><span class="tie-social-icon tie-icon-facebook"></span><span class="screen-reader-text">Facebook</span></a></li><li class="social-icons-item"><a class="social-link youtube-social-icon" href="https://youtube.example/lakotenfo"><span class="tie-social-icon tie-icon-youtube"></span><span class="screen-reader-text">YouTube</span></a></li></ul><div class="clearfix"></div></div>
</div></aside>
</div></div>
<footer id="footer" class="site-footer dark-skin dark-widgetized-area"><div id="footer-widgets-container"><div class="container"><div class="footer-widget-area"><div class="tie-row"><div class="tie-col-md-4 normal-side"><div id="text-2" class="container-wrapper widget widget_text"><div class="widget-title the-global-title"><div class="the-subtitle">Sou nou</div></div><div class="textwidget"><p>Lakòt Enfo se yon sit nouvèl endepandan ki baze Jakmèl. N ap pibliye nouvèl Sid-Ès ak tout peyi a an kreyòl depi 2017.</p></div><div class="clearfix"></div></div></div></div></div></div></div>
<div id="site-info" class="site-info site-info-layout-2"><div class="container"><div class="tie-row"><div class="tie-col-md-12"><div class="copyright-text copyright-text-first">© Copyright 2025, Tout dwa rezève &nbsp;|&nbsp; Lakòt Enfo</div><div class="footer-menu"><ul id="menu-footer" class="menu"><li class="menu-item"><a href="https://lakotenfo.example/kontak/">Kontak</a></li><li class="menu-item"><a href="https://lakotenfo.example/piblisite/">Piblisite</a></li><li class="menu-item"><a href="https://lakotenfo.example/konfidansyalite/">Politik konfidansyalite</a></li></ul></div></div></div></div></div></footer>
<div id="check-also-box" class="container-wrapper check-also-right"><div class="widget-title the-global-title has-block-head-4"><div class="the-subtitle">Gade tou</div><a href="#" id="check-also-close" class="remove"><span class="screen-reader-text">Fèmen</span></a></div><div class="widget posts-list-big-first has-first-big-post"><ul class="posts-list-items"><li class="widget-single-post-item widget-post-list tie-standard"><div class="post-widget-thumbnail"><a aria-label="Koperativ fanm machann Jakmèl ouvri yon depo frijidè" href="https://lakotenfo.example/2025/07/koperativ-fanm-machann-depo/" class="post-thumb"><img width="390" height="220" src="https://lakotenfo.example/wp-content/uploads/2025/07/depo-frijide-390x220.jpg" class="attachment-jannah-image-large size-jannah-image-large wp-post-image" alt=""></a></div><div class="post-widget-body"><a class="post-title the-subtitle" href="https://lakotenfo.example/2025/07/koperativ-fanm-machann-depo/">Koperativ fanm machann Jakmèl ouvri yon depo frijidè</a><div class="post-meta"><span class="date meta-item tie-icon">5 jou pase</span></div></div></li></ul></div></div>
<a id="go-to-top" class="go-to-top-button" href="#go-to-tie-body"><span class="tie-icon-angle-up"></span><span class="screen-reader-text">Monte anlè</span></a>
</div></div></div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice" style="background-color: rgba(50,50,58,1);"><div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text" class="cn-text-container">Nou itilize bonbon (cookies) pou ba w pi bon eksperyans sou sit nou an. Si w kontinye itilize sit la, n ap konsidere w dakò.</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="Dakò">Dakò</a><a href="https://lakotenfo.example/konfidansyalite/" target="_blank" id="cn-more-info" class="cn-more-info cn-button" aria-label="Plis enfòmasyon">Plis enfòmasyon</a></span><span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" title="Non"></span></div></div>
<script id="tie-scripts-js-extra">var tie = {{"is_rtl":"","ajaxurl":"https:\\/\\/lakotenfo.example\\/wp-admin\\/admin-ajax.php","is_side_aside_light":"","is_taqyeem_active":"","is_sticky_video":"","mobile_menu_top":"","lazyload":"","type_to_search":"","lang_no_results":"Anyen pa jwenn"}};</script>
<script src="https://lakotenfo.example/wp-content/themes/jannah/assets/js/scripts.min.js?ver=7.2.0" id="tie-scripts-js"></script>"""
    head = (
        '<meta name="description" content="Koperativ pechè Ans Lorèt la resevwa de machin pou fè glas ki mache ak enèji solè.">\n'
        '<meta name="generator" content="WordPress 6.6.2">\n'
        "<link rel='stylesheet' id='tie-css-base-css' href='https://lakotenfo.example/wp-content/themes/jannah/assets/css/base.min.css?ver=7.2.0' type='text/css' media='all'>\n"
        "<link rel='stylesheet' id='tie-css-single-css' href='https://lakotenfo.example/wp-content/themes/jannah/assets/css/single.min.css?ver=7.2.0' type='text/css' media='all'>\n"
        + ld(
            {
                "@context": "http://schema.org",
                "@type": "NewsArticle",
                "dateCreated": f"{art['date']}T09:30:00-04:00",
                "datePublished": f"{art['date']}T09:30:00-04:00",
                "dateModified": f"{art['date']}T12:05:00-04:00",
                "headline": art["title"],
                "name": art["title"],
                "keywords": "Ans Lorèt,lapèch,enèji solè,Sid-Ès",
                "url": "https://lakotenfo.example/2025/07/22/peche-ans-loret-machin-glas-sole/",
                "description": "Koperativ pechè Ans Lorèt la resevwa de machin pou fè glas ki mache ak enèji solè.",
                "articleSection": "Rejyon",
                "author": {
                    "@type": "Person",
                    "name": art["author"],
                    "url": "https://lakotenfo.example/author/jrpierrelouis/",
                },
                "publisher": {"@type": "Organization", "name": "Lakòt Enfo"},
            },
            slashes=True,
        )
    )
    return page(
        art,
        "Lakòt Enfo",
        "https://lakotenfo.example/2025/07/22/peche-ans-loret-machin-glas-sole/",
        content,
        "ht",
        head=head,
        body_attrs=' id="tie-body" class="post-template-default single single-post postid-48207 single-format-standard tie-no-js wrapper-has-shadow block-head-4 magazine2 is-thumb-overlay-disabled is-desktop is-header-layout-3 sidebar-right has-sidebar post-layout-1 narrow-title-narrow-media is-standard-format has-mobile-share hide_share_post_top"',
        sep=" - ",
    )


def bislama(art):
    """TownNews BLOX CMS asset page: ``asset-content`` with in-story ``tncms-region`` blocks."""
    ps = art["paragraphs"]
    label, _, rest = ps[0].partition(": ")
    first = f"<p><strong>{e(label)}:</strong> {e(rest)}</p>"

    def region(name, block, inner):
        return f'<div id="tncms-region-article_{name}" class="tncms-region hidden-print"><div id="tncms-block-{block}" class="tncms-block">{inner}</div></div>'

    ad = region(
        "instory_top",
        "718204",
        '<div class="tnt-ads-container text-center"><div class="tnt-ads advertisement"><span class="tnt-ads-label">Advertisement</span><div id="tncms-ad-instory-top" class="tnt-ads-slot" data-ad-size="300x250"></div></div></div>',
    )
    also = '<p><strong>RIDIM TU:</strong> <a href="https://www.vanuadailynews.example/news/bislama/wof-blong-port-lorel-bambae-i-kasem-niufala-kren/article_5c1e0d2a-2b7f-11f0-9a31-0b6e2c4d7f10.html">Wof blong Port Lorel bambae i kasem niufala kren</a></p>'
    newsletter = region(
        "instory_bottom",
        "718206",
        '<div class="tnt-newsletter-signup card"><div class="card-panel panel panel-default"><div class="panel-heading"><h4 class="panel-title">Bislama Nius long imel blong yu</h4></div><div class="panel-body"><p>Evri moning, ol bigfala stori blong Vanuatu long Bislama i kam stret long imel blong yu. I fri.</p><form class="form-inline" action="https://www.vanuadailynews.example/newsletters/subscribe/" method="post"><input type="email" class="form-control" name="email" placeholder="Imel adres blong yu"><button type="submit" class="btn btn-primary">Saen ap</button></form></div></div></div>',
    )
    rest_body = paras(art, start=1, between={2: ad, 5: also, 7: newsletter})
    popular = "".join(
        f'<li><div class="card-container"><div class="card-headline"><h3 class="tnt-headline"><a href="https://www.vanuadailynews.example/news/local/{slug}.html">{e(t)}</a></h3></div></div></li>'
        for slug, t in [
            (
                "port-vila-water-cuts-continue",
                "Port Vila water cuts to continue until end of month",
            ),
            ("kava-exports-rise-first-quarter", "Kava exports rise in first quarter"),
            ("skul-fi-gavman-grant", "Gavman i talem se skul fi grant bambae i kam long Jun"),
            ("cyclone-season-review", "Cyclone season review: what worked and what did not"),
        ]
    )
    content = f"""<div id="site-navbar-container" class="hidden-print"><nav id="main-navigation" class="navbar navbar-default" role="navigation" aria-label="Primary"><div class="container"><div class="navbar-header"><a class="navbar-brand" href="/"><img src="https://bloximages.example/vanuadailynews.example/content/tncms/custom/image/logo-small.png" alt="Vanua Daily News"></a></div>
<ul class="nav navbar-nav"><li><a href="/news/local/">Local</a></li><li class="active"><a href="/news/bislama/">Bislama Nius</a></li><li><a href="/business/">Business</a></li><li><a href="/sports/">Sports</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/classifieds/">Classifieds</a></li><li><a href="/eedition/">e-Edition</a></li></ul>
<ul class="nav navbar-nav navbar-right"><li><a href="/users/signup/?referer_url=%2Fnews%2Fbislama%2F">Sign Up</a></li><li><a href="/users/login/?referer_url=%2Fnews%2Fbislama%2F">Log In</a></li><li><a class="btn btn-primary" href="/subscribe/">Subscribe</a></li></ul></div></nav></div>
<header id="site-header" class="hidden-print" role="banner"><div class="container"><div class="row"><div class="col-md-3 weather-current"><span class="tnt-weather-location">Port Vila</span> <span class="tnt-weather-temp">27°C</span> <span class="tnt-weather-condition">Partly cloudy</span></div><div class="col-md-6 text-center"><a href="/" class="site-logo"><img src="https://bloximages.example/vanuadailynews.example/content/tncms/custom/image/masthead.png" alt="Vanua Daily News" class="img-responsive"></a><div class="site-tagline">Vanuatu's independent daily</div></div><div class="col-md-3 text-right"><span class="site-date">Wednesday, May 14, 2025</span></div></div></div></header>
<div id="main-page-container" class="container"><section id="main-page" class="row">
<div class="col-lg-8 col-md-8 col-sm-12 col-xs-12 has-sidebar">
<div id="tncms-region-article_top" class="tncms-region"></div>
<article id="article_8b3d2f4e-2f1c-11f0-8d2a-5f7a9c1e6b22" class="asset story" itemscope itemtype="http://schema.org/NewsArticle" data-asset-uuid="8b3d2f4e-2f1c-11f0-8d2a-5f7a9c1e6b22">
<header class="asset-header">
<div class="meta"><span class="kicker"><a href="/news/bislama/">Bislama Nius</a></span></div>
<h1 class="headline"><span class="tnt-headline headline" itemprop="headline">{e(art["title"])}</span></h1>
<div class="meta"><ul class="list-inline"><li><span class="tnt-byline asset-byline" itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="tnt-byline">By</span> <a href="/users/profile/ktari/" rel="author" itemprop="url"><span itemprop="name">{e(art["author"])}</span></a></span></li><li><ul class="list-inline"><li class="hidden-print"><time datetime="{art["date"]}T08:10:00+11:00" class="tnt-date asset-date text-muted">May 14, 2025</time></li><li><span class="tnt-date asset-date text-muted">Updated <time datetime="2025-05-15T11:32:00+11:00">May 15, 2025</time></span></li></ul></li></ul></div>
<div class="share-container headline-right hidden-print"><ul class="list-inline social-share"><li class="share facebook"><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.vanuadailynews.example%2Fnews%2Fbislama%2Fpraes-blong-kopra.html" target="_blank" rel="noopener" title="Facebook" aria-label="Share on Facebook"><span class="fab fa-facebook"></span> <span class="hidden-xs">Facebook</span></a></li><li class="share twitter"><a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.vanuadailynews.example%2Fnews%2Fbislama%2Fpraes-blong-kopra.html" target="_blank" rel="noopener" title="Twitter" aria-label="Share on Twitter"><span class="fab fa-twitter"></span> <span class="hidden-xs">Twitter</span></a></li><li class="share email"><a href="mailto:?subject=Praes%20blong%20kopra" title="Email" aria-label="Email"><span class="fas fa-envelope"></span> <span class="hidden-xs">Email</span></a></li><li class="share print"><a href="#" onclick="window.print(); return false;" title="Print" aria-label="Print"><span class="fas fa-print"></span> <span class="hidden-xs">Print</span></a></li><li class="share save"><a href="#" title="Save" aria-label="Save"><span class="fas fa-bookmark"></span> <span class="hidden-xs">Save</span></a></li></ul></div>
</header>
<div class="asset-photo"><figure class="photo layout-horizontal" itemprop="image" itemscope itemtype="http://schema.org/ImageObject"><div class="image"><img class="img-responsive full" src="https://bloximages.example/vanuadailynews.example/content/tncms/assets/v3/editorial/8/b3/8b3d2f4e-kopra.image.jpg?resize=1200%2C800" alt="Jimmy Wari i stap drae kopra" width="1200" height="800" itemprop="url"></div><figcaption class="caption"><div class="caption-text" itemprop="caption"><p>Jimmy Wari i stap drae kopra long vilej Lorevanu.</p></div><div class="photo-credit"><span class="tnt-byline">Foto: Kalo Tari</span></div></figcaption></figure></div>
<div id="article-body" class="asset-content subscriber-premium" itemprop="articleBody">
{first}
{rest_body}
</div>
<div id="tncms-region-article_bottom_content" class="tncms-region hidden-print"></div>
<div class="asset-tags hidden-print"><h4 class="tnt-section-title">Tags</h4><ul class="list-inline"><li><a href="/search/?f=html&amp;t=article&amp;l=25&amp;s=start_time&amp;sd=desc&amp;k%5B%5D=%23kopra" class="tnt-section-tag">Kopra</a></li><li><a href="/search/?f=html&amp;t=article&amp;l=25&amp;s=start_time&amp;sd=desc&amp;k%5B%5D=%23malvatu" class="tnt-section-tag">Malvatu</a></li><li><a href="/search/?f=html&amp;t=article&amp;l=25&amp;s=start_time&amp;sd=desc&amp;k%5B%5D=%23agrikalja" class="tnt-section-tag">Agrikalja</a></li></ul></div>
</article>
<div id="comments" class="asset-comments hidden-print"><h3 class="tnt-section-title">Comments</h3>
<div class="comment-notice"><p><strong>Welcome to the discussion.</strong></p><p><strong>Keep it clean.</strong> Please avoid obscene, vulgar or racist language, and turn off your caps lock. <strong>Don't threaten.</strong> Threats of harm to another person will not be tolerated. <strong>Be truthful.</strong> Don't knowingly lie about anyone or anything. <strong>Be nice.</strong> No attacks on other readers. <strong>Be proactive.</strong> Use the Report link on each comment to let us know of abusive posts. <strong>Share with us.</strong> We'd love to hear eyewitness accounts and the history behind a story.</p></div>
<div class="comment-login"><p>Log In to comment, or <a href="/users/signup/">create a free account</a>.</p><a class="btn btn-primary" href="/users/login/">Log In</a></div></div>
</div>
<aside class="col-lg-4 col-md-4 col-sm-12 col-xs-12 hidden-print" id="sidebar">
<div id="tncms-region-sidebar_top" class="tncms-region"><div class="tnt-ads-container text-center"><div class="tnt-ads advertisement"><span class="tnt-ads-label">Advertisement</span><div id="tncms-ad-sidebar-1" data-ad-size="300x600"></div></div></div></div>
<div class="card-panel panel panel-default tnt-most-popular"><div class="panel-heading"><h3 class="panel-title">Most Popular</h3></div><ul class="nav nav-tabs"><li class="active"><a href="#popular-stories">Stories</a></li><li><a href="#popular-videos">Videos</a></li></ul><div class="tab-content"><ol id="popular-stories" class="tab-pane active">{popular}</ol></div></div>
<div class="card-panel panel panel-default tnt-eedition"><div class="panel-heading"><h3 class="panel-title">Latest e-Edition</h3></div><div class="panel-body"><a href="/eedition/"><img src="https://bloximages.example/vanuadailynews.example/eedition/2025-05-14/page1.jpg" alt="Vanua Daily News e-Edition" class="img-responsive"></a><p>Read today's paper on your phone, tablet or computer.</p></div></div>
</aside>
</section></div>
<footer id="site-footer" class="hidden-print"><div class="container"><div class="row"><div class="col-md-4"><h5>Contact Information</h5><p>Vanua Daily News<br>Rue Carnot, PO Box 1302<br>Port Vila, Vanuatu</p><p>Phone: (678) 555 0190</p></div><div class="col-md-4"><h5>Services</h5><ul class="list-unstyled"><li><a href="/subscribe/">Subscribe</a></li><li><a href="/advertise/">Advertise</a></li><li><a href="/submit-news/">Submit News</a></li><li><a href="/site/privacy.html">Privacy Policy</a></li><li><a href="/site/terms.html">Terms of Use</a></li></ul></div><div class="col-md-4"><h5>Sections</h5><ul class="list-unstyled"><li><a href="/news/">News</a></li><li><a href="/news/bislama/">Bislama Nius</a></li><li><a href="/sports/">Sports</a></li></ul></div></div>
<div class="row"><div class="col-md-12 copyright"><p>© 2025 Vanua Daily News</p><p class="powered-by">Powered by <a href="https://bloxcms.example/">BLOX Content Management System</a> from <a href="https://bloxdigital.example/">BLOX Digital</a>.</p></div></div></div></footer>
<script type="text/javascript">var TNCMS = TNCMS || {{}}; TNCMS.Access = TNCMS.Access || {{}}; TNCMS.Access.config = {{"asset":"8b3d2f4e-2f1c-11f0-8d2a-5f7a9c1e6b22","section":"news/bislama","type":"article","premium":true}};</script>
<script type="text/javascript" src="https://www.vanuadailynews.example/shared-content/art/tncms/user/user.js"></script>"""
    head = f"""<meta name="description" content="Ol fama blong kopra long Is Malvatu oli glad from praes blong kopra i go antap bakegen.">
<meta name="keywords" content="kopra, Malvatu, agrikalja">
<meta property="article:published_time" content="{art["date"]}T08:10:00+11:00">
<meta property="article:section" content="Bislama Nius">
<link rel="stylesheet" href="https://www.vanuadailynews.example/shared-content/art/tncms/templates/libraries/flex/components/bootstrap/resources/styles/bootstrap.min.css">
<script type="text/javascript" src="https://www.vanuadailynews.example/shared-content/art/tncms/api/access.js"></script>
"""
    return page(
        art,
        "vanuadailynews.example",
        "https://www.vanuadailynews.example/news/bislama/praes-blong-kopra-i-go-antap/article_8b3d2f4e-2f1c-11f0-8d2a-5f7a9c1e6b22.html",
        content,
        "bi",
        head=head,
        body_attrs=' class="fixed-sidebar app-asset asset-article section-news-bislama"',
        sep=" | ",
    )


def setswana(art):
    """Kentico portal engine (ASP.NET WebForms): the page one ``<form>``, a news transformation."""
    also = '<p><strong>Bala gape:</strong> <a href="/Dikgang/Boitekanelo/Baoki-ba-le-120-ba-romelwa-kwa-magaeng">Baoki ba le 120 ba ba sa tswang go aloga ba romelwa kwa magaeng</a></p>'
    text = paras(art, h="h3", between={3: also})
    info = "".join(
        f'<tr><td class="NewsInfoLabel">{k} :</td><td class="NewsInfoValue">{v}</td></tr>'
        for k, v in [
            ("Motswedi", "DDS"),
            ("Mokwadi", e(art["author"])),
            ("Lefelo", "DITLHARAPA"),
            ("Tiragalo", "Pulo ya ntlo ya go belegisa"),
            ("Letlha", "27 Mopitlwe 2025"),
        ]
    )
    related = "".join(
        f'<div class="RelatedNewsItem"><a href="/Dikgang/Boitekanelo/{slug}" class="RelatedNewsTitle">{e(t)}</a><div class="RelatedNewsSummary">{e(x)}</div><div class="RelatedNewsDate">{d}</div></div>'
        for slug, t, x, d in [
            (
                "Baoki-ba-le-120-ba-romelwa-kwa-magaeng",
                "Baoki ba le 120 ba ba sa tswang go aloga ba romelwa kwa magaeng",
                "Lefapha la Boitekanelo le re baoki bano ba tla simolola tiro kwa dikokelwaneng tsa magaeng ka kgwedi e e tlang.",
                "20 Mopitlwe 2025",
            ),
            (
                "Ambulense-di-le-30-di-abelwa-dikgaolo",
                "Ambulense di le 30 tse dintšha di abelwa dikgaolo",
                "Dikoloi tseno di tla thusa go isa balwetse kwa bookelong ka bonako go tswa mo metseng e e kgakala.",
                "13 Mopitlwe 2025",
            ),
            (
                "Serowe-bookelo-bo-oketsa-malao",
                "Serowe: bookelo bo oketsa malao a phaposi ya bana",
                "Bookelo jwa Serowe bo okeditse malao a phaposi ya bana ba ba tsholwang pele ga nako go tloga ka ngwaga ono.",
                "4 Mopitlwe 2025",
            ),
        ]
    )
    mostread = "".join(
        f'<li class="CMSListMenuLI"><a href="/Dikgang/{slug}" class="CMSListMenuLink">{e(t)}</a></li>'
        for slug, t in [
            (
                "Temothuo/Pula-e-ntsi-e-thusa-balemi",
                "Pula e ntsi e thusa balemi ba Kgaolo ya Bokone",
            ),
            ("Thuto/Dipoelo-tsa-Forom-5", "Dipoelo tsa Forom 5 di tla ntshiwa ka Moranang"),
            ("Metshameko/Zebras-di-fenya", "Zebras di fenya ka dino di le pedi go nna lefela"),
        ]
    )
    poll = """<div id="p_lt_ctl05_Poll_pollElem_pnlControl" class="PollControl"><div class="PollTitle">Potso ya beke</div><div class="PollQuestion">A o akanya gore dikokelwana tsa magaeng di na le baoki ba ba lekaneng?</div><div class="PollAnswers"><span class="PollAnswer"><input id="p_lt_ctl05_Poll_pollElem_rbAnswer0" type="radio" name="p$lt$ctl05$Poll$pollElem$answers" value="0"><label for="p_lt_ctl05_Poll_pollElem_rbAnswer0">Ee</label></span><span class="PollAnswer"><input id="p_lt_ctl05_Poll_pollElem_rbAnswer1" type="radio" name="p$lt$ctl05$Poll$pollElem$answers" value="1"><label for="p_lt_ctl05_Poll_pollElem_rbAnswer1">Nnyaa</label></span><span class="PollAnswer"><input id="p_lt_ctl05_Poll_pollElem_rbAnswer2" type="radio" name="p$lt$ctl05$Poll$pollElem$answers" value="2"><label for="p_lt_ctl05_Poll_pollElem_rbAnswer2">Ga ke itse</label></span></div><div class="PollVote"><input type="submit" name="p$lt$ctl05$Poll$pollElem$btnVote" value="Tlhopha" id="p_lt_ctl05_Poll_pollElem_btnVote" class="PollVoteButton"></div><div class="PollCount">Ditlhopho di le 412</div></div>"""
    content = f"""<form method="post" action="/Dikgang/Boitekanelo/Kokelwana-ya-Ditlharapa-e-bula-ntlo-e-ntsha" id="form">
<div class="aspNetHidden">
<input type="hidden" name="__CMSCsrfToken" id="__CMSCsrfToken" value="k3YbF2wq8PzR1mTn0vXc7aLsHe5dGj4uQi9oWyBt6NfU">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTcxNjE4NzU2Mg9kFgJmD2QWAmYPZBYEAgEPZBYCAgIPZBYCZg9kFgJmDxYCHgRUZXh0BTxLb2tlbHdhbmEgeWEgRGl0bGhhcmFwYSBlIGJ1bGEgbnRsbyBlIG50c2hhIHlhIGdvIGJlbGVnaXNhZAIDD2QWAgIBD2QWAmYPZBYCZg9kFgJmD2QWAgIBDxYCHwAFBERERFNkZGRkZA==">
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form'];
if (!theForm) {{
    theForm = document.form;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<div id="ctxM"></div>
<div class="page-wrapper">
<div class="top-bar"><div class="container"><span id="p_lt_ctl00_Date_lblDate" class="top-date">Labone, 27 Mopitlwe 2025</span><div class="LanguageSelector"><a href="/en/News/Health/Ditlharapa-clinic-opens-maternity-wing">English</a> <span class="CurrentLanguage">Setswana</span></div></div></div>
<header class="site-header"><div class="container"><a href="/" class="logo"><img src="/DikgangSite/media/Images/logo-dikgang.png" alt="Dikgang tsa Sechaba"></a><div class="tagline">Setlamo sa dikgang sa puso, go tloga ka 1966</div>
<div id="p_lt_ctl01_SmartSearchBox_pnlSearch" class="searchBox" onkeypress="javascript:return WebForm_FireDefaultButton(event, 'p_lt_ctl01_SmartSearchBox_btnSearch')"><label for="p_lt_ctl01_SmartSearchBox_txtWord" id="p_lt_ctl01_SmartSearchBox_lblSearch" style="display:none;">Batla:</label><input name="p$lt$ctl01$SmartSearchBox$txtWord" type="text" maxlength="1000" id="p_lt_ctl01_SmartSearchBox_txtWord" class="form-control"><input type="submit" name="p$lt$ctl01$SmartSearchBox$btnSearch" value="Batla" id="p_lt_ctl01_SmartSearchBox_btnSearch" class="btn btn-default"></div></div></header>
<nav class="main-menu"><div class="container"><ul id="menuElem" class="CMSListMenuUL"><li class="CMSListMenuLI"><a href="/" class="CMSListMenuLink">Gae</a></li><li class="CMSListMenuHighlightedLI"><a href="/Dikgang" class="CMSListMenuLinkHighlighted">Dikgang</a></li><li class="CMSListMenuLI"><a href="/Dipolotiki" class="CMSListMenuLink">Dipolotiki</a></li><li class="CMSListMenuLI"><a href="/Ikonomi" class="CMSListMenuLink">Ikonomi</a></li><li class="CMSListMenuLI"><a href="/Metshameko" class="CMSListMenuLink">Metshameko</a></li><li class="CMSListMenuLI"><a href="/Ditshwantsho" class="CMSListMenuLink">Ditshwantsho</a></li><li class="CMSListMenuLI"><a href="/Ikgolaganye-le-rona" class="CMSListMenuLink">Ikgolaganye le rona</a></li></ul></div></nav>
<div class="container"><div class="breadcrumbs"><a href="/" class="CMSBreadCrumbsLink">Gae</a> <span class="BreadcrumbSeparator">&gt;</span> <a href="/Dikgang" class="CMSBreadCrumbsLink">Dikgang</a> <span class="BreadcrumbSeparator">&gt;</span> <a href="/Dikgang/Boitekanelo" class="CMSBreadCrumbsLink">Boitekanelo</a> <span class="BreadcrumbSeparator">&gt;</span> <span class="CMSBreadCrumbsCurrentItem">{e(art["title"])}</span></div>
<div class="row"><div class="col-md-8">
<div id="p_lt_ctl04_pageplaceholder_p_lt_zoneContent_NewsDetail_repItems" class="NewsDetail">
<h1 class="NewsTitle">{e(art["title"])}</h1>
<div class="NewsDate">27 Mopitlwe 2025</div>
<div class="NewsImage"><img src="/getattachment/7f3c92a1-6d0e-4b8f-a215-3c9e0d4f1b77/Kokelwana-ya-Ditlharapa.aspx?width=640&amp;height=427" alt="Kokelwana ya Ditlharapa"><div class="NewsImageCaption">Tona-mothusi wa Boitekanelo, Rre Kagiso Sebele, o bula ntlo e ntšha ya go belegisa kwa Ditlharapa. Setshwantsho: Onkemetse Mothibi</div></div>
<div class="NewsSummary"><p>Basadi ba Ditlharapa ga ba tlhole ba tsamaya sekgala se seleele go ya go belegela kwa bookelong.</p></div>
<div class="NewsText">
{text}
</div>
<table class="NewsInfo" cellspacing="0" cellpadding="2"><tbody>{info}</tbody></table>
<div class="NewsShare"><span class="NewsShareLabel">Abelana:</span> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fdikgang.example%2FDikgang%2FBoitekanelo%2FKokelwana-ya-Ditlharapa-e-bula-ntlo-e-ntsha" target="_blank">Facebook</a> <a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fdikgang.example%2FDikgang%2FBoitekanelo%2FKokelwana-ya-Ditlharapa-e-bula-ntlo-e-ntsha" target="_blank">X</a> <a href="https://api.whatsapp.com/send?text=https%3A%2F%2Fdikgang.example%2FDikgang%2FBoitekanelo%2FKokelwana-ya-Ditlharapa-e-bula-ntlo-e-ntsha" target="_blank">WhatsApp</a> <a href="javascript:window.print();">Gatisa</a></div>
</div>
<div class="RelatedNews"><h2>Dikgang tse di amanang</h2>{related}</div>
</div>
<div class="col-md-4 sidebar">
<div class="SidebarBox"><h3>Tse di badilweng thata</h3><ul class="CMSListMenuUL">{mostread}</ul></div>
<div class="SidebarBox PollWebPart">{poll}</div>
<div class="SidebarBox"><h3>Dikgang mo selefounung</h3><p>Tsenya app ya Dikgang tsa Sechaba mme o amogele dikgang tse di botlhokwa jaaka di diragala.</p><a href="/App" class="btn btn-primary">Tsenya app</a></div>
</div></div></div>
<footer class="site-footer"><div class="container"><ul class="footer-links"><li><a href="/Ka-ga-rona">Ka ga rona</a></li><li><a href="/Ikgolaganye-le-rona">Ikgolaganye le rona</a></li><li><a href="/Melawana-ya-tiriso">Melawana ya tiriso</a></li><li><a href="/Sephiri">Pholisi ya sephiri</a></li></ul><p>© 2025 Dikgang tsa Sechaba, Lefapha la Tshedimosetso. Ditshwanelo tsotlhe di sireleditswe.</p></div></footer>
</div>
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="A5343185"><input type="hidden" name="__SCROLLPOSITIONX" id="__SCROLLPOSITIONX" value="0"><input type="hidden" name="__SCROLLPOSITIONY" id="__SCROLLPOSITIONY" value="0"></div>
<script type="text/javascript">
//<![CDATA[
WebForm_AutoFocus('p_lt_ctl01_SmartSearchBox_txtWord');//]]>
</script>
</form>"""
    head = """<meta http-equiv="content-type" content="text/html; charset=UTF-8">
<meta http-equiv="pragma" content="no-cache">
<meta http-equiv="content-style-type" content="text/css">
<meta http-equiv="content-script-type" content="text/javascript">
<meta name="description" content="Kokelwana ya Ditlharapa e bula ntlo e ntšha ya go belegisa">
<meta name="keywords" content="boitekanelo, kokelwana, Ditlharapa, babelegisi">
<link href="/CMSPages/GetResource.ashx?stylesheetname=DikgangMain" type="text/css" rel="stylesheet">
<link href="/favicon.ico" type="image/x-icon" rel="shortcut icon">
<script src="/CMSPages/GetResource.ashx?scriptfile=%7e%2fCMSScripts%2fjquery%2fjquery-core.js" type="text/javascript"></script>
"""
    return page(
        art,
        "Dikgang tsa Sechaba",
        "https://dikgang.example/Dikgang/Boitekanelo/Kokelwana-ya-Ditlharapa-e-bula-ntlo-e-ntsha",
        content,
        "tn",
        head=head,
        body_attrs=' class="LTR Chrome TNBW ContentBody"',
        sep=" - ",
    )


def arabic(art):
    """Arc XP (PageBuilder Fusion, Arc Themes blocks), right to left; the body also in
    ``Fusion.globalContent``."""
    ps = art["paragraphs"]
    link_text = "اقرأ أيضاً: حريق يلتهم عشرات المحال في سوق الحصنين القديم"
    link_url = "/local/2023/07/18/fire-old-souk-alhisnayn/"
    caption = "أحمد بن عيسى في محل التوابل الذي يملكه منذ أربعين عاماً."
    credit = "(تصوير: يوسف المنصوري)"
    interstitial = f'<p class="c-interstitial-link"><a href="{link_url}">{e(link_text)}</a></p>'
    ad = '<div class="b-ads-block arcad_feature"><div class="b-ads-block__label">إعلان</div><div id="arcad_feature0-5d1f" class="arcad ad-300x250"></div></div>'
    image = f'<figure class="c-media-item"><img alt="" class="c-image" loading="lazy" src="https://www.alsahil.example/resizer/v2/Q4M2ZL7FQ5C2XK6N3E.jpg?auth=4d9e1b&amp;width=800&amp;height=533" width="800" height="533"><figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">{e(caption)}</span> <span class="c-media-item__credit">{e(credit)}</span></figcaption></figure>'
    body = paras(
        art,
        p='p class="c-paragraph"',
        h='h2 class="c-heading"',
        between={2: interstitial, 4: ad, 5: image},
    )
    elements = []
    for i, para in enumerate(ps):
        if para.startswith("## "):
            elements.append(
                {"_id": f"H{i:02d}QZ7", "type": "header", "level": 2, "content": para[3:]}
            )
        else:
            elements.append({"_id": f"P{i:02d}QZ7", "type": "text", "content": para})
        if i == 2:
            elements.append(
                {
                    "_id": "ILQZ7",
                    "type": "interstitial_link",
                    "content": link_text,
                    "url": link_url,
                }
            )
        if i == 5:
            elements.append(
                {
                    "_id": "Q4M2ZL7FQ5C2XK6N3E",
                    "type": "image",
                    "caption": caption,
                    "credits": {"by": [{"name": "يوسف المنصوري", "type": "author"}]},
                    "url": "https://cloudfront-eu-central-1.images.arcpublishing.example/alsahil/Q4M2ZL7FQ5C2XK6N3E.jpg",
                }
            )
    global_content = {
        "_id": "7KXJ4W2RZBCD5M3T6Y",
        "type": "story",
        "version": "0.10.9",
        "canonical_url": "/local/2025/11/04/old-souk-alhisnayn-reopens/",
        "headlines": {"basic": art["title"]},
        "subheadlines": {
            "basic": "البلدية تعفي التجار من الإيجار ستة أشهر وتخصص ثلث المحال للحرفيين"
        },
        "description": {"basic": "أعاد سوق الحصنين القديم فتح أبوابه بعد ترميم استمر عامين."},
        "credits": {"by": [{"_id": "layla-abdelrahim", "name": art["author"], "type": "author"}]},
        "display_date": f"{art['date']}T09:15:00.000Z",
        "first_publish_date": f"{art['date']}T09:15:00.000Z",
        "last_updated_date": f"{art['date']}T12:40:00.000Z",
        "language": "ar",
        "taxonomy": {
            "primary_section": {"_id": "/local", "name": "محليات"},
            "tags": [
                {"slug": "old-souk", "text": "السوق القديم"},
                {"slug": "alhisnayn", "text": "الحصنين"},
            ],
        },
        "content_elements": elements,
    }
    fusion = json.dumps(global_content, ensure_ascii=False).replace("</", "<\\/")
    most = "".join(
        f'<li class="b-numbered-list__item"><span class="b-numbered-list__number">{i}</span><a class="b-numbered-list__link" href="/local/2025/11/{i}/"><span class="b-numbered-list__headline">{e(t)}</span></a></li>'
        for i, t in enumerate(
            [
                "إغلاق الطريق الساحلي ليلاً حتى نهاية الشهر لأعمال الصيانة",
                "ارتفاع أسعار الخضار في أسواق الجملة مع بداية الشتاء",
                "المنتخب يستعد لمباراة الحسم بمعسكر مغلق",
                "مهرجان الحصنين للتراث يعود في ديسمبر بعد غياب عامين",
            ],
            1,
        )
    )
    sponsored = "".join(
        f'<div class="trc_spotlight_item"><a class="item-thumbnail-href" href="https://trc.taboola.example/{i}" rel="nofollow"><span class="thumbBlock"></span><span class="video-label-box"><span class="video-title">{e(t)}</span><span class="video-description">{e(x)}</span></span><span class="branding">{src} | ممول</span></a></div>'
        for i, (t, x, src) in enumerate(
            [
                (
                    "لماذا يختار المتقاعدون هذه المدن الساحلية؟",
                    "أسعار معقولة وطقس معتدل على مدار العام، وهذا ما يقوله من انتقلوا إليها.",
                    "عقارات اليوم",
                ),
                (
                    "عادة صباحية بسيطة قد تغير يومك بالكامل",
                    "يقول خبراء إن دقيقتين فقط كل صباح تكفيان لتشعر بالفرق.",
                    "صحتك",
                ),
            ],
            1,
        )
    )
    content = f"""<div id="fusion-app" class="layout-section">
<div class="b-right-rail">
<header class="b-header-nav-chain"><nav id="main-nav" class="b-header-nav-chain__nav" aria-label="الأقسام"><div class="b-header-nav-chain__top-layout"><div class="b-header-nav-chain__nav-left"><button class="c-button c-button--small b-header-nav-chain__sections-button" aria-label="الأقسام" type="button"><span>الأقسام</span></button><button class="c-button c-button--small b-header-nav-chain__search-button" aria-label="بحث" type="button"><span>بحث</span></button></div><div class="b-header-nav-chain__logo"><a href="/" title="صحيفة الساحل"><img src="https://www.alsahil.example/pf/resources/images/logo-ar.svg?d=412" alt="صحيفة الساحل"></a></div><div class="b-header-nav-chain__nav-right"><a class="c-button c-button--small c-button--primary" href="/subscribe/">اشترك</a><a class="c-button c-button--small" href="/account/login/">تسجيل الدخول</a></div></div>
<div class="b-header-nav-chain__links-list"><ul class="b-header-nav-chain__links-list-items"><li><a class="c-link" href="/local/">محليات</a></li><li><a class="c-link" href="/economy/">اقتصاد</a></li><li><a class="c-link" href="/world/">عربي ودولي</a></li><li><a class="c-link" href="/culture/">ثقافة</a></li><li><a class="c-link" href="/sports/">رياضة</a></li><li><a class="c-link" href="/opinion/">رأي</a></li><li><a class="c-link" href="/multimedia/">ملتيميديا</a></li></ul></div></nav></header>
<div class="b-alert-bar"><a class="b-alert-bar__link" href="/local/2025/11/04/coastal-road-closure/"><h2 class="b-alert-bar__title">عاجل: إغلاق الطريق الساحلي ليلاً حتى نهاية الشهر لأعمال الصيانة</h2></a><button aria-label="إغلاق" class="b-alert-bar__close-button" type="button">×</button></div>
<div class="b-right-rail__top"><div class="arcad b-ads-block"><div class="b-ads-block__label">إعلان</div><div id="arcad_leaderboard-1" class="arcad ad-728x90"></div></div></div>
<section role="main" id="main" class="b-right-rail__main">
<div class="b-right-rail__full-width-1">
<div class="b-overline"><a class="c-overline" href="/local/">محليات</a></div>
<h1 class="b-headline">{e(art["title"])}</h1>
<h2 class="b-subheadline">البلدية تعفي التجار من الإيجار ستة أشهر وتخصص ثلث المحال للحرفيين</h2>
<div class="b-byline"><span class="c-attribution">بقلم <a class="c-link" href="/author/layla-abdelrahim/">{e(art["author"])}</a></span></div>
<div class="b-date"><time class="c-date" datetime="{art["date"]}T09:15:00.000Z">نُشر في 4 نوفمبر 2025 - 11:15 ص</time> <span class="b-date__updated">آخر تحديث: 4 نوفمبر 2025 - 02:40 م</span></div>
<div class="b-share-bar"><button class="c-button c-button--small" aria-label="شارك على فيسبوك" type="button"><svg aria-hidden="true" width="16" height="16"></svg></button><button class="c-button c-button--small" aria-label="شارك على إكس" type="button"><svg aria-hidden="true" width="16" height="16"></svg></button><button class="c-button c-button--small" aria-label="شارك عبر واتساب" type="button"><svg aria-hidden="true" width="16" height="16"></svg></button><button class="c-button c-button--small" aria-label="شارك عبر البريد الإلكتروني" type="button"><svg aria-hidden="true" width="16" height="16"></svg></button><button class="c-button c-button--small" aria-label="نسخ الرابط" type="button"><svg aria-hidden="true" width="16" height="16"></svg></button></div>
<figure class="b-lead-art c-media-item"><img alt="" class="c-image" src="https://www.alsahil.example/resizer/v2/7KXJ4W2RZBCD5M3T6Y-lead.jpg?auth=9a2c71&amp;width=1200&amp;height=675" width="1200" height="675"><figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">الممر الرئيسي للسوق بعد إعادة بناء سقفه الخشبي.</span> <span class="c-media-item__credit">(تصوير: يوسف المنصوري)</span></figcaption></figure>
</div>
<div class="b-right-rail__main-interior-item">
<article class="b-article-body">
{body}
</article>
<div class="b-tag-list"><span class="b-tag-list__label">الوسوم:</span> <a class="c-link b-tag-list__tag" href="/tags/old-souk/">السوق القديم</a> <a class="c-link b-tag-list__tag" href="/tags/alhisnayn/">الحصنين</a> <a class="c-link b-tag-list__tag" href="/tags/heritage/">التراث العمراني</a></div>
<div class="b-author-bio"><div class="b-author-bio__author-image"><img src="https://www.alsahil.example/resizer/v2/layla-abdelrahim.jpg?width=96" alt="" width="48" height="48"></div><div class="b-author-bio__text"><p class="b-author-bio__author-name"><a href="/author/layla-abdelrahim/">{e(art["author"])}</a></p><p class="b-author-bio__author-description">صحفية في قسم المحليات، تغطي شؤون البلديات والتراث العمراني في المدن الساحلية.</p></div></div>
<div class="newsletter-signup"><h3 class="newsletter-signup__title">النشرة الصباحية</h3><p class="newsletter-signup__text">أهم أخبار الساحل في بريدك الإلكتروني كل صباح. اشترك مجاناً.</p><form class="newsletter-signup__form"><input type="email" placeholder="بريدك الإلكتروني" aria-label="بريدك الإلكتروني"><button class="c-button c-button--primary" type="submit">اشترك</button></form></div>
<div id="taboola-below-article-thumbnails" class="trc_related_container"><div class="trc_header_ext"><span class="trc_header_left_column">قد يعجبك أيضاً</span><a class="trc_attribution" href="https://popup.taboola.example/ar/" rel="nofollow">Taboola</a></div>{sponsored}</div>
</div>
</section>
<aside class="b-right-rail__rail">
<div class="b-numbered-list"><h2 class="b-numbered-list__title">الأكثر قراءة</h2><ol class="b-numbered-list__list">{most}</ol></div>
<div class="arcad b-ads-block"><div class="b-ads-block__label">إعلان</div><div id="arcad_right-rail-1" class="arcad ad-300x600"></div></div>
</aside>
<footer class="b-footer"><div class="b-footer__top-container"><a href="/"><img src="https://www.alsahil.example/pf/resources/images/logo-ar-white.svg?d=412" alt="صحيفة الساحل"></a><div class="b-footer__social-links"><a href="https://facebook.example/alsahil" aria-label="فيسبوك"><svg aria-hidden="true" width="16" height="16"></svg></a><a href="https://x.example/alsahil" aria-label="إكس"><svg aria-hidden="true" width="16" height="16"></svg></a><a href="https://youtube.example/alsahil" aria-label="يوتيوب"><svg aria-hidden="true" width="16" height="16"></svg></a></div></div><div class="b-footer__links"><ul><li><a href="/about/">من نحن</a></li><li><a href="/contact/">اتصل بنا</a></li><li><a href="/advertise/">أعلن معنا</a></li><li><a href="/privacy/">سياسة الخصوصية</a></li><li><a href="/terms/">شروط الاستخدام</a></li></ul></div><p class="b-footer__copyright">© 2025 صحيفة الساحل. جميع الحقوق محفوظة.</p></footer>
</div>
</div>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{{}};Fusion.arcSite="alsahil";Fusion.contextPath="/pf";Fusion.mxId="00000000";Fusion.deployment="412";Fusion.globalContent={fusion};Fusion.globalContentConfig={{"source":"content-api","query":{{"website_url":"/local/2025/11/04/old-souk-alhisnayn-reopens/","published":true}}}};Fusion.lastModified=1762256400000;Fusion.contentCache={{}};Fusion.layout="article-right-rail";Fusion.metas={{"title":{{"value":"صحيفة الساحل"}},"page-type":{{"value":"article"}}}};</script>
<script id="fusion-engine-script" type="application/javascript" src="/pf/dist/engine/react.js?d=412&amp;mxId=00000000" defer></script>
<script id="fusion-template-script" type="application/javascript" src="/pf/dist/components/output-types/default.js?d=412&amp;mxId=00000000" defer></script>"""
    head = f"""<meta name="description" content="أعاد سوق الحصنين القديم فتح أبوابه بعد ترميم استمر عامين.">
<meta property="article:published_time" content="{art["date"]}T09:15:00.000Z">
<meta property="article:section" content="محليات">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/pf/dist/components/combinations/default.css?d=412&amp;mxId=00000000">
<script type="application/javascript" id="polyfill-script">if(!Array.prototype.includes||!(window.Object && window.Object.assign)||!window.Promise||!window.Symbol||!window.fetch){{document.write('<script type="application/javascript" src="/pf/dist/engine/polyfill.js?d=412&mxId=00000000" defer=""><\\/script>')}}</script>
"""
    return page(
        art,
        "صحيفة الساحل",
        "https://www.alsahil.example/local/2025/11/04/old-souk-alhisnayn-reopens/",
        content,
        "ar",
        head=head,
        html_attrs=' dir="rtl"',
        sep=" - ",
    )


def policelog(art):
    """WordPress with the Newspack theme: a police log of time-stamped entries."""
    ps = art["paragraphs"]
    prompt = '<div class="newspack-popup-container newspack-popup newspack-inline-popup" role="dialog" aria-label="Inline Prompt" id="id_28811" data-segments="anonymous-readers"><div class="wp-block-group has-background is-layout-constrained" style="background-color:#f4efe6"><h2 class="wp-block-heading">Local news is a public service</h2><p>The Courier is a nonprofit newsroom. Readers like you make reporting like this possible. If you value the police log and our town coverage, please give what you can.</p><div class="wp-block-buttons is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="https://harlanfallscourier.example/donate/">Donate now</a></div></div></div></div>'
    readmore = '<p class="has-small-font-size"><strong>Read more:</strong> <a href="https://harlanfallscourier.example/2025/08/06/select-board-approves-new-cruiser/">Select Board approves new cruiser for police department</a></p>'
    newsletter = '<div class="wp-block-newspack-newsletters-subscribe newspack-newsletters-subscribe" data-status=""><form id="newspack-newsletters-subscribe-1" method="post"><input type="hidden" name="newspack_newsletters_subscribe" value="1"><div class="newspack-newsletters-email-input"><label for="npe-1">Get the police log and the week\'s top stories in your inbox every Friday morning. It\'s free.</label><input type="email" id="npe-1" name="npe" autocomplete="email" placeholder="Email address"></div><input type="hidden" name="lists[]" value="friday-edition"><input type="submit" value="Sign up"></form><div class="newspack-newsletters-subscribe__response"><div class="newspack-newsletters-subscribe__message"></div></div></div>'
    out = []
    for i, para in enumerate(ps):
        if para.startswith("## "):
            out.append(f'<h3 class="wp-block-heading">{e(para[3:])}</h3>')
        elif i == len(ps) - 1:
            out.append(f"<p><em>{e(para)}</em></p>")
        elif " \u2014 " in para:
            stamp, _, rest = para.partition(" \u2014 ")
            out.append(f"<p><strong>{e(stamp)}</strong> \u2014 {e(rest)}</p>")
        else:
            out.append(f"<p>{e(para)}</p>")
        if i == 6:
            out.append(prompt)
        if i == 9:
            out.append(readmore)
        if i == 11:
            out.append(newsletter)
    body = "\n".join(out)
    more = "".join(
        f'<article class="tag-police-log category-police-courts post-has-image" data-post-id="{pid}"><figure class="post-thumbnail"><a href="https://harlanfallscourier.example/{slug}/" rel="bookmark" tabindex="-1" aria-hidden="true"><img width="400" height="225" src="https://harlanfallscourier.example/wp-content/uploads/2025/08/{pid}-400x225.jpg" class="attachment-newspack-article-block-landscape-small size-newspack-article-block-landscape-small wp-post-image" alt="" decoding="async" loading="lazy"></a></figure><div class="entry-wrapper"><h3 class="entry-title"><a href="https://harlanfallscourier.example/{slug}/" rel="bookmark">{e(t)}</a></h3><p>{e(x)}</p><div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" href="https://harlanfallscourier.example/author/dwhitcomb/">{e(art["author"])}</a></span></span><time class="entry-date published" datetime="{iso}">{d}</time></div></div></article>'
        for pid, slug, t, x, iso, d in [
            (
                "28702",
                "2025/08/07/police-log-stolen-bike-bear-summit-road",
                "Police log: Stolen bike recovered, a bear on Summit Road",
                "The Harlan Falls Police Department responded to 131 calls during the week of July 28 to Aug. 3.",
                "2025-08-07T06:00:00-04:00",
                "August 7, 2025",
            ),
            (
                "28744",
                "2025/08/06/select-board-approves-new-cruiser",
                "Select Board approves new cruiser for police department",
                "The $58,000 hybrid vehicle will replace a 2016 cruiser with more than 140,000 miles on it.",
                "2025-08-06T17:30:00-04:00",
                "August 6, 2025",
            ),
            (
                "28690",
                "2025/08/01/dunmore-man-pleads-not-guilty-route-7-crash",
                "Dunmore man pleads not guilty in Route 7 crash",
                "The case was continued to October after the defense asked for more time to review video from the scene.",
                "2025-08-01T12:10:00-04:00",
                "August 1, 2025",
            ),
        ]
    )
    svg = '<svg class="svg-icon" width="24" height="24" aria-hidden="true" role="img" focusable="false" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M0 0h24v24H0z" fill="none"></path></svg>'
    content = f"""<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<div id="page" class="site">
<header id="masthead" class="site-header hide-header-search">
<div class="top-header-contain desktop-only"><div class="wrapper"><div id="secondary-nav-contain"><nav class="secondary-menu" aria-label="Secondary Menu"><ul id="menu-secondary-menu" class="secondary-menu"><li id="menu-item-101" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-101"><a href="https://harlanfallscourier.example/about/">About</a></li><li id="menu-item-102" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-102"><a href="https://harlanfallscourier.example/submit-a-letter/">Submit a letter</a></li><li id="menu-item-103" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-103"><a href="https://harlanfallscourier.example/category/obituaries/">Obituaries</a></li><li id="menu-item-104" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-104"><a href="https://harlanfallscourier.example/legal-notices/">Legal notices</a></li></ul></nav></div>
<div id="social-nav-contain"><nav class="social-navigation" aria-label="Social Links Menu"><ul id="menu-social-links" class="social-links-menu"><li class="menu-item"><a href="https://facebook.example/harlanfallscourier"><span class="screen-reader-text">Facebook</span>{svg}</a></li><li class="menu-item"><a href="https://instagram.example/harlanfallscourier"><span class="screen-reader-text">Instagram</span>{svg}</a></li></ul></nav></div></div></div>
<div class="middle-header-contain"><div class="wrapper">
<div class="site-branding"><a href="https://harlanfallscourier.example/" class="custom-logo-link" rel="home"><img width="400" height="80" src="https://harlanfallscourier.example/wp-content/uploads/2023/01/courier-logo.png" class="custom-logo" alt="Harlan Falls Courier" decoding="async"></a><p class="site-description">Independent, nonprofit news for Harlan Falls and the Upper Tuttle Valley</p></div>
<nav class="main-navigation nav1 dd-menu" aria-label="Top Menu"><ul id="menu-primary" class="main-menu"><li class="menu-item"><a href="https://harlanfallscourier.example/category/news/">News</a></li><li class="menu-item current-post-ancestor current-menu-parent"><a href="https://harlanfallscourier.example/category/police-courts/">Police &amp; Courts</a></li><li class="menu-item"><a href="https://harlanfallscourier.example/category/schools/">Schools</a></li><li class="menu-item"><a href="https://harlanfallscourier.example/category/town-government/">Town Government</a></li><li class="menu-item"><a href="https://harlanfallscourier.example/category/sports/">Sports</a></li><li class="menu-item"><a href="https://harlanfallscourier.example/category/opinion/">Opinion</a></li></ul></nav>
<div class="nav-wrapper desktop-only"><div id="tertiary-nav-contain"><nav class="tertiary-menu" aria-label="Tertiary Menu"><ul id="menu-tertiary-menu" class="tertiary-menu"><li class="menu-item"><a href="https://harlanfallscourier.example/newsletters/">Newsletters</a></li><li class="menu-item donate-button"><a href="https://harlanfallscourier.example/donate/">Donate</a></li></ul></nav></div>
<div class="newspack-reader__account-menu"><a class="newspack-reader__account-link" href="https://harlanfallscourier.example/my-account/" data-labels="{{&quot;signedin&quot;:&quot;My Account&quot;,&quot;signedout&quot;:&quot;Sign In&quot;}}"><span class="newspack-reader__account-link__icon">{svg}</span><span class="newspack-reader__account-link__label">Sign In</span></a></div>
<div class="header-search-contain"><button id="search-toggle" aria-controls="header-search" aria-expanded="false"><span class="screen-reader-text">Open Search</span>{svg}</button><div id="header-search"><form role="search" method="get" class="search-form" action="https://harlanfallscourier.example/"><label for="search-form-1"><span class="screen-reader-text">Search for:</span></label><input type="search" id="search-form-1" class="search-field" placeholder="Search …" value="" name="s"><button type="submit" class="search-submit">{svg}<span class="screen-reader-text">Search</span></button></form></div></div></div>
</div></div>
</header>
<div id="content" class="site-content">
<section id="primary" class="content-area category-police-courts">
<header class="entry-header">
<span class="cat-links"><span class="screen-reader-text">Posted in</span><a href="https://harlanfallscourier.example/category/police-courts/" rel="category tag">Police &amp; Courts</a></span>
<h1 class="entry-title">{e(art["title"])}</h1>
<div class="newspack-post-subtitle">A roundup of calls to the Harlan Falls Police Department, Aug. 4-10.</div>
<div class="entry-subhead"><div class="entry-meta"><span class="author-avatar"><img alt="" src="https://harlanfallscourier.example/wp-content/uploads/2023/04/dana-whitcomb-80x80.jpg" class="avatar avatar-80 photo" height="80" width="80" loading="lazy"></span><span class="byline"><span>by</span> <span class="author vcard"><a class="url fn n" href="https://harlanfallscourier.example/author/dwhitcomb/">{e(art["author"])}</a></span></span><span class="posted-on"><time class="entry-date published" datetime="{art["date"]}T06:00:00-04:00">August 14, 2025</time><time class="updated" datetime="{art["date"]}T09:21:00-04:00">August 14, 2025</time></span></div></div>
</header>
<main id="main" class="site-main">
<article id="post-28817" class="post-28817 post type-post status-publish format-standard has-post-thumbnail hentry category-police-courts tag-police-log entry">
<figure class="post-thumbnail"><img width="1200" height="675" src="https://harlanfallscourier.example/wp-content/uploads/2024/02/hfpd-station-1200x675.jpg" class="attachment-newspack-featured-image size-newspack-featured-image wp-post-image" alt="" decoding="async" fetchpriority="high"><figcaption><span class="image-caption">The Harlan Falls Police Department station on Depot Street.</span> <span class="image-credit"><span class="credit-label-wrapper">Credit:</span> Courier file photo</span></figcaption></figure>
<div class="entry-content">
{body}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" data-shared="sharing-facebook-28817" class="share-facebook sd-button share-icon" href="https://harlanfallscourier.example/2025/08/14/police-log-aug-4-10/?share=facebook" target="_blank" title="Click to share on Facebook"><span>Facebook</span></a></li><li class="share-x"><a rel="nofollow noopener noreferrer" data-shared="sharing-x-28817" class="share-x sd-button share-icon" href="https://harlanfallscourier.example/2025/08/14/police-log-aug-4-10/?share=x" target="_blank" title="Click to share on X"><span>X</span></a></li><li class="share-email"><a rel="nofollow noopener noreferrer" data-shared="" class="share-email sd-button share-icon" href="mailto:?subject=%5BShared%20Post%5D%20Police%20log&amp;body=https%3A%2F%2Fharlanfallscourier.example%2F2025%2F08%2F14%2Fpolice-log-aug-4-10%2F&amp;share=email" target="_blank" title="Click to email a link to a friend"><span>Email</span></a></li><li class="share-print"><a rel="nofollow noopener noreferrer" data-shared="" class="share-print sd-button share-icon" href="https://harlanfallscourier.example/2025/08/14/police-log-aug-4-10/#print?share=print" target="_blank" title="Click to print"><span>Print</span></a></li><li class="share-end"></li></ul></div></div></div>
</div>
<footer class="entry-footer"><span class="tags-links"><span>Tagged: </span><a href="https://harlanfallscourier.example/tag/police-log/" rel="tag">police log</a></span></footer>
<div class="author-bio"><div class="author-bio-text"><div class="author-bio-header"><img alt="" src="https://harlanfallscourier.example/wp-content/uploads/2023/04/dana-whitcomb-80x80.jpg" class="avatar avatar-80 photo" height="80" width="80" loading="lazy"><div><h2 class="accent-header">{e(art["author"])}<span>, Reporter</span></h2><a class="author-email" href="mailto:dana@harlanfallscourier.example">dana@harlanfallscourier.example</a></div></div><p>Dana Whitcomb covers public safety, the courts and the Harlan Falls Select Board. She joined the Courier in 2022 after six years at a daily paper in the state capital.</p><a class="author-link" href="https://harlanfallscourier.example/author/dwhitcomb/">More by {e(art["author"])}</a></div></div>
</article>
<div class="wp-block-newspack-blocks-homepage-articles wpnbha show-image image-aligntop ts-3 is-3 is-landscape is-grid columns-3 colgap-3 show-category" style=""><h2 class="article-section-title"><span>More in Police &amp; Courts</span></h2><div data-posts data-current-post-id="28817">{more}</div></div>
</main>
</section>
</div>
<footer id="colophon" class="site-footer">
<div class="footer-branding"><div class="wrapper"><a href="https://harlanfallscourier.example/" class="custom-logo-link" rel="home"><img width="200" height="40" src="https://harlanfallscourier.example/wp-content/uploads/2023/01/courier-logo-white.png" class="custom-logo" alt="Harlan Falls Courier"></a></div></div>
<div class="footer-widgets wrapper"><div class="footer-widget"><section id="text-3" class="widget widget_text"><h2 class="widget-title">About the Courier</h2><div class="textwidget"><p>The Harlan Falls Courier is a nonprofit, nonpartisan newsroom serving Harlan Falls and five neighboring towns. Donations to the Courier are tax-deductible.</p></div></section></div>
<div class="footer-widget"><section id="text-4" class="widget widget_text"><h2 class="widget-title">Contact</h2><div class="textwidget"><p>14 Depot Street, Harlan Falls<br>news@harlanfallscourier.example<br>(555) 014-2200</p></div></section></div></div>
<div class="site-info"><div class="wrapper site-info-contain"><span class="copyright">© 2025 Harlan Falls Courier.</span><a class="imprint" href="https://newspack.example/">Proudly powered by Newspack by Automattic</a><a class="privacy-policy-link" href="https://harlanfallscourier.example/privacy-policy/" rel="privacy-policy">Privacy Policy</a></div></div>
</footer>
</div>
<script type="text/javascript" id="newspack-popups-view-js-extra">var newspack_popups_view = {{"segments":{{"anonymous-readers":{{"is_subscribed":false}}}},"cookie_name":"newspack-cid"}};</script>"""
    head = f"""<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
<meta name="description" content="A roundup of calls to the Harlan Falls Police Department, Aug. 4-10.">
<meta property="article:published_time" content="{art["date"]}T10:00:00+00:00">
<meta property="article:modified_time" content="{art["date"]}T13:21:00+00:00">
<meta name="generator" content="WordPress 6.6.2">
<link rel='stylesheet' id='newspack-style-css' href='https://harlanfallscourier.example/wp-content/themes/newspack-theme/style.css?ver=2.4.1' type='text/css' media='all'>
<link rel='stylesheet' id='newspack-blocks-block-styles-stylesheet-css' href='https://harlanfallscourier.example/wp-content/plugins/newspack-blocks/dist/block_styles.css?ver=3.1.0' type='text/css' media='all'>
"""
    return page(
        art,
        "Harlan Falls Courier",
        "https://harlanfallscourier.example/2025/08/14/police-log-aug-4-10/",
        content,
        "en-US",
        head=head,
        body_attrs=' class="post-template-default single single-post postid-28817 single-format-standard wp-custom-logo wp-embed-responsive singular single-featured-image-default h-nsub h-db h-dh h-stk h-cl h-dh-mob header-default-background header-default-height"',
        sep=" &#8211; ",
    )


def agriculture(art):
    """Sitecore SXA: the body in ``component rich-text`` renderings inside a column splitter."""
    ps = art["paragraphs"]
    n = len(ps)

    def rich(start, stop, extra=""):
        return f'<div class="component rich-text col-12 news-body"{extra}><div class="component-content">\n{paras(art, start=start, stop=stop)}\n</div></div>'

    facts = '<div class="component promo quick-facts col-12"><div class="component-content"><div class="field-promotext"><h2>Quick facts</h2><ul><li>Mediterranean fruit fly larvae feed inside fruit, which makes it rot and drop early.</li><li>The ministry checks more than 3,000 fruit fly traps across the province from October to May.</li><li>The last control area in New Carlow, in 2019, was lifted after 14 weeks.</li></ul></div></div></div>'
    body = "\n".join([rich(0, 5, ' id="main-content"'), facts, rich(5, n)])

    def nav_item(i, title, href, cls=""):
        odd = "odd" if i % 2 == 0 else "even"
        return f'<li class="level1 item{i} {odd}{cls} rel-level1"><div class="navigation-title field-navigationtitle"><a title="{e(title)}" href="{href}">{e(title)}</a></div></li>'

    nav = "".join(
        nav_item(i, t, h, " first" if i == 0 else (" last" if i == 4 else ""))
        for i, (t, h) in enumerate(
            [
                ("Services", "/en/services"),
                ("Ministries", "/en/ministries"),
                ("News", "/en/news"),
                ("About government", "/en/about-government"),
                ("Contact us", "/en/contact-us"),
            ]
        )
    )
    crumbs = "".join(
        f'<li class="breadcrumb-item {cls}"><div class="navigation-title field-navigationtitle"><a title="{e(t)}" href="{h}">{e(t)}</a></div>{sep}</li>'
        for t, h, cls, sep in [
            ("Home", "/en", "home", '<div class="separator">&gt;</div>'),
            ("Ministries", "/en/ministries", "", '<div class="separator">&gt;</div>'),
            (
                "Agriculture, Food and Rural Affairs",
                "/en/ministries/agriculture",
                "",
                '<div class="separator">&gt;</div>',
            ),
            (
                "News releases",
                "/en/ministries/agriculture/news",
                "",
                '<div class="separator">&gt;</div>',
            ),
            (
                art["title"],
                "/en/ministries/agriculture/news/2025/02/fruit-fly-detection-brennan",
                "last",
                "",
            ),
        ]
    )
    recent = "".join(
        f'<li class="item"><div class="field-title"><a href="/en/ministries/agriculture/news/2025/{slug}">{e(t)}</a></div><div class="field-newsdate">{d}</div><div class="field-summary">{e(x)}</div></li>'
        for slug, t, d, x in [
            (
                "02/young-farmers-grant-intake",
                "Young farmers grant opens for applications",
                "February 21, 2025",
                "Farmers under 40 can apply for up to $50,000 to buy equipment or improve their land.",
            ),
            (
                "02/drought-assistance-extended",
                "Drought assistance for livestock producers extended",
                "February 12, 2025",
                "The feed and water transport rebate will stay in place until June 30 in four northern districts.",
            ),
            (
                "01/farm-safety-week",
                "Farm Safety Week puts the focus on quad bikes",
                "January 29, 2025",
                "Free helmet fittings and safety checks will be offered at 12 rural events across the province.",
            ),
        ]
    )
    content = f"""<div class="component privacy-warning permisive"><div class="component-content"><div class="info">This site uses cookies to understand how it is used and to remember your settings. You can change your cookie settings at any time.</div><div class="submit"><a href="#">Accept</a></div><div class="close"><a href="#">Decline</a></div></div></div>
<div id="wrapper">
<header><div id="header" class="container-fluid"><div class="row">
<div class="component link-list col-12 skip-links"><div class="component-content"><ul><li class="item0 odd first"><div class="field-link"><a href="#main-content">Skip to main content</a></div></li><li class="item1 even last"><div class="field-link"><a href="#footer">Skip to footer</a></div></li></ul></div></div>
<div class="component container gov-banner col-12"><div class="component-content"><div class="row"><div class="component rich-text col-12"><div class="component-content"><p>An official website of the Province of New Carlow</p></div></div></div></div></div>
<div class="component image file-type-icon-media-link logo col-6 col-md-3"><div class="component-content"><a title="Home" href="/en"><img src="/-/media/project/newcarlow/shared/logo-ncgov.svg?h=60&amp;iar=0&amp;w=220&amp;hash=4C1F0A9E3B7D2E16" alt="Government of New Carlow" width="220" height="60" data-variantitemid="{{8E1B3C4D-2F6A-4B90-A1C7-55D0E3F9A812}}" data-variantfieldname="Image"></a></div></div>
<div class="component link-list language-toggle col-auto"><div class="component-content"><ul><li class="item0 odd first last"><div class="field-link"><a href="/fr/ministeres/agriculture/nouvelles/2025/02/detection-mouche-des-fruits-brennan" lang="fr">Français</a></div></li></ul></div></div>
<div class="component search-box horizontal col-12 col-md-4" data-properties='{{"endpoint":"/sxa/search/results/","suggestionEndpoint":"/sxa/search/suggestions/","suggestionsMode":"ShowSearchResultsAsPredictions","resultPage":"/en/search","targetSignature":"searchresults","v":"{{AE6B5F3D-9C2A-4E4B-8D1C-7A2B3E4F5061}}","s":"{{1C2D3E4F-5A6B-7C8D-9E0F-A1B2C3D4E5F6}}","p":5,"l":"en","languageSource":"CurrentLanguage","searchResultsSignature":"","itemid":"{{6F7E8D9C-0B1A-4C3D-9E8F-7A6B5C4D3E2F}}"}}'><div class="component-content"><label for="textBoxSearch" class="sr-only">Search</label><input type="text" class="search-box-input" autocomplete="off" name="textBoxSearch" id="textBoxSearch" maxlength="100" placeholder="Search the Government of New Carlow"><button class="search-box-button" type="submit">Search</button></div></div>
<div class="component navigation navigation-main navigation-main-horizontal col-12"><div class="component-content"><nav><ul class="clearfix">{nav}</ul></nav></div></div>
</div></div></header>
<main><div id="content" class="container">
<div class="row"><div class="component breadcrumb navigation-title col-12"><div class="component-content"><nav aria-label="Breadcrumb"><ol>{crumbs}</ol></nav></div></div></div>
<div class="row component column-splitter">
<div class="col-12 col-lg-8"><div class="row">
<div class="component title col-12"><div class="component-content"><div class="field-newstype">News release</div><h1 class="field-title">{e(art["title"])}</h1></div></div>
<div class="component page-content col-12 news-meta"><div class="component-content"><div class="field-newsdate">February 27, 2025</div><div class="field-ministry">{e(art["author"])}</div></div></div>
<div class="component social-media-share col-12"><div class="component-content"><ul><li><a class="facebook" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.gov.newcarlow.example%2Fen%2Fministries%2Fagriculture%2Fnews%2F2025%2F02%2Ffruit-fly-detection-brennan" target="_blank" rel="noopener">Share on Facebook</a></li><li><a class="twitter" href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.gov.newcarlow.example%2Fen%2Fministries%2Fagriculture%2Fnews%2F2025%2F02%2Ffruit-fly-detection-brennan" target="_blank" rel="noopener">Share on X</a></li><li><a class="linkedin" href="https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fwww.gov.newcarlow.example%2Fen%2Fministries%2Fagriculture%2Fnews%2F2025%2F02%2Ffruit-fly-detection-brennan" target="_blank" rel="noopener">Share on LinkedIn</a></li><li><a class="email" href="mailto:?subject=Fruit%20fly%20detection">Email</a></li></ul></div></div>
<div class="component image col-12"><div class="component-content"><img src="/-/media/project/newcarlow/agriculture/news/2025/fruit-fly-trap.jpg?h=450&amp;iar=0&amp;w=800&amp;hash=77B0E1C2D3A4F5E6" alt="A fruit fly trap hanging in a citrus tree" width="800" height="450"><span class="image-caption field-imagecaption">A surveillance trap in a citrus tree near Brennan. Photo: Ministry of Agriculture, Food and Rural Affairs</span></div></div>
{body}
<div class="component rich-text col-12 media-contacts"><div class="component-content"><h2>Media contacts</h2><p>Sarah Okonjo<br>Minister's Office<br>555-0132</p><p>Communications Branch<br>Ministry of Agriculture, Food and Rural Affairs<br><a href="mailto:agnews@gov.newcarlow.example">agnews@gov.newcarlow.example</a></p></div></div>
<div class="component link-list col-12 related-links"><div class="component-content"><h3>Related links</h3><ul><li class="item0 odd first"><div class="field-link"><a href="/en/ministries/agriculture/plant-health/brennan-control-area">Brennan control area: map and address search</a></div></li><li class="item1 even"><div class="field-link"><a href="/en/ministries/agriculture/plant-health/mediterranean-fruit-fly">Mediterranean fruit fly: information for growers</a></div></li><li class="item2 odd last"><div class="field-link"><a href="/en/ministries/agriculture/plant-health/surveillance">Plant health surveillance program</a></div></li></ul></div></div>
<div class="component container page-feedback col-12"><div class="component-content"><form class="feedback-form" action="/api/feedback" method="post"><h2>Was this page helpful?</h2><button type="submit" name="helpful" value="yes">Yes</button> <button type="submit" name="helpful" value="no">No</button><p class="feedback-note">Do not include personal information. For help with a specific issue, contact the ministry directly.</p></form></div></div>
<div class="component page-content date-modified col-12"><div class="component-content"><p>Date modified: <span class="field-datemodified">2025-02-27</span></p></div></div>
</div></div>
<div class="col-12 col-lg-4"><div class="row">
<div class="component promo email-alerts col-12"><div class="component-content"><div class="field-promotext"><h3>Get news releases by email</h3><p>Subscribe to receive the ministry's news releases and plant health alerts as soon as they are published.</p><a href="/en/news/subscribe" class="btn">Subscribe</a></div></div></div>
<div class="component page-list col-12 recent-releases"><div class="component-content"><h3 class="page-list-title">Recent news releases</h3><ul class="items">{recent}</ul></div></div>
</div></div>
</div>
</div></main>
<footer><div id="footer" class="container-fluid"><div class="row">
<div class="component link-list col-12 col-md-4"><div class="component-content"><h3>About this site</h3><ul><li><a href="/en/about-this-site/accessibility">Accessibility</a></li><li><a href="/en/about-this-site/privacy">Privacy</a></li><li><a href="/en/about-this-site/terms-of-use">Terms of use</a></li><li><a href="/en/about-this-site/cookies">Cookies</a></li></ul></div></div>
<div class="component link-list col-12 col-md-4"><div class="component-content"><h3>Stay connected</h3><ul><li><a href="https://facebook.example/newcarlowgov">Facebook</a></li><li><a href="https://youtube.example/newcarlowgov">YouTube</a></li><li><a href="/en/news/subscribe">Email updates</a></li></ul></div></div>
<div class="component rich-text col-12 col-md-4"><div class="component-content"><p>© Province of New Carlow 2025</p></div></div>
</div></div></footer>
</div>
<script src="/-/media/base-themes/core-libraries/scripts/optimized-min.js?t=20250214T101112Z"></script>
<script src="/-/media/themes/newcarlow/gov/scripts/optimized-min.js?t=20250214T101112Z"></script>"""
    head = f"""<meta name="description" content="A 15-kilometre control area is in place around Brennan after Mediterranean fruit flies were found in surveillance traps.">
<meta name="dcterms.issued" content="{art["date"]}">
<meta name="dcterms.creator" content="{e(art["author"])}">
<meta name="dcterms.language" content="eng">
<link href="/-/media/base-themes/main-theme/styles/optimized-min.css?t=20250214T101112Z" rel="stylesheet">
<link href="/-/media/themes/newcarlow/gov/styles/optimized-min.css?t=20250214T101112Z" rel="stylesheet">
"""
    return page(
        art,
        "Government of New Carlow",
        "https://www.gov.newcarlow.example/en/ministries/agriculture/news/2025/02/fruit-fly-detection-brennan",
        content,
        "en-CA",
        head=head,
        body_attrs=' class="default-device bodyclass"',
        sep=" | ",
    )


def sportsfed(art):
    """Umbraco 13 Block Grid: the body as ``umb-block-grid__layout-item`` blocks."""
    ps = art["paragraphs"]
    n = len(ps)
    keys = iter(
        [
            ("richTextBlock", "9f2c4a71e0b34d3f8c1a5b6d7e8f9a0b"),
            ("quoteBlock", "2b7e9c01d4f54a6b9e3c1d2f3a4b5c6d"),
            ("imageBlock", "5d1a8f3e6c2b4e7a9d0c1b2a3f4e5d6c"),
            ("richTextBlock", "7c3e5a9b1d2f4c6e8a0b1c2d3e4f5a6b"),
            ("callToActionBlock", "0e4f6a8c2b1d4e3f5a6b7c8d9e0f1a2b"),
            ("richTextBlock", "3a5c7e9f1b2d4f6a8c0e1d2c3b4a5f6e"),
        ]
    )

    def item(inner):
        alias, key = next(keys)
        return f'<div class="umb-block-grid__layout-item" data-content-element-type-alias="{alias}" data-content-element-type-key="{key[:8]}-{key[8:12]}-{key[12:16]}-{key[16:20]}-{key[20:]}" data-element-udi="umb://element/{key}" data-col-span="12" data-row-span="1" style=" --umb-block-grid--item-column-span: 12; --umb-block-grid--item-row-span: 1; ">{inner}</div>'

    last = f"<p><em>{e(ps[-1])}</em></p>"
    quote = '<figure class="block-quote"><blockquote><p>\u201cSelection was very tight this year, especially in the women\'s kayak.\u201d</p></blockquote><figcaption>Gareth Lyle, Performance Director</figcaption></figure>'
    image = '<figure class="block-image"><img src="/media/q2vhd5ke/ashdown-holmford-c1.jpg?width=1200&amp;height=800&amp;v=1dbd4a2f31c5e70" alt="Tom Ashdown racing in C1 at Holmford" width="1200" height="800" loading="lazy"><figcaption>Tom Ashdown on his way to second place in the junior men\'s canoe at Holmford. Photo: Dan Pryce</figcaption></figure>'
    cta = '<div class="block-cta block-cta--teal"><h3 class="block-cta__title">Fancy giving slalom a go?</h3><p class="block-cta__text">Most of our affiliated clubs run taster sessions through the summer. Find one near you and book a place.</p><a class="btn btn--light" href="/clubs/find-a-club/">Find a club</a></div>'
    grid = "\n".join(
        [
            item(f'<div class="block-rich-text">{paras(art, start=0, stop=3)}</div>'),
            item(quote),
            item(image),
            item(f'<div class="block-rich-text">{paras(art, start=3, stop=10)}</div>'),
            item(cta),
            item(f'<div class="block-rich-text">{paras(art, start=10, stop=n - 1)}\n{last}</div>'),
        ]
    )
    cards = "".join(
        f'<article class="card"><a class="card__link" href="/news/{slug}/"><div class="card__image"><img src="/media/{img}/{slug}.jpg?width=600&amp;height=400&amp;v=1dbd3c0a7b1f2e0" alt="" loading="lazy" width="600" height="400"></div><div class="card__body"><span class="card__category">{cat}</span><h3 class="card__title">{e(t)}</h3><p class="card__summary">{e(x)}</p><span class="card__date">{d}</span></div></a></article>'
        for slug, img, cat, t, x, d in [
            (
                "brennan-and-pritchard-win-at-holmford",
                "w1kx3dqf",
                "Performance",
                "Brennan and Pritchard win at Holmford selection race",
                "Junior and U23 paddlers raced on high water on the final weekend of selection, with two athletes securing automatic places.",
                "1 June 2025",
            ),
            (
                "new-slalom-coaching-award",
                "b0sz7ynh",
                "Coaching",
                "New slalom coaching award launches in September",
                "The Level 2 award gives club coaches the skills to introduce paddlers to gates and basic race lines.",
                "28 May 2025",
            ),
            (
                "volunteers-needed-slalom-series-finals",
                "k5tr0mwe",
                "Events",
                "Volunteers needed for national slalom series finals",
                "We are looking for judges, timekeepers and bank safety volunteers for the finals at Holmford in August.",
                "22 May 2025",
            ),
        ]
    )
    content = f"""<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
<div class="utility-bar"><div class="container"><ul class="utility-bar__links"><li><a href="/membership/">Membership</a></li><li><a href="/clubs/find-a-club/">Find a club</a></li><li><a href="/events/">Events</a></li><li><a href="https://shop.westmarkcanoeing.example/">Shop</a></li><li><a href="/umbraco-members/login/?returnUrl=%2Fnews%2Feleven-paddlers-named-for-european-junior-and-u23-championships%2F">Member login</a></li></ul></div></div>
<div class="site-header__main"><div class="container"><a class="site-header__logo" href="/"><img src="/media/0k3fhx2t/westmark-canoeing-logo.svg" alt="Westmark Canoeing" width="200" height="56"></a>
<nav class="main-nav" aria-label="Main"><ul class="main-nav__list"><li class="main-nav__item"><a href="/go-paddling/">Go paddling</a></li><li class="main-nav__item"><a href="/clubs/">Clubs</a></li><li class="main-nav__item"><a href="/performance/">Performance</a></li><li class="main-nav__item"><a href="/coaching/">Coaching</a></li><li class="main-nav__item"><a href="/safety/">Safety</a></li><li class="main-nav__item main-nav__item--active"><a href="/news/" aria-current="page">News</a></li></ul></nav>
<a class="btn btn--join" href="/membership/join/">Join now</a><button class="site-header__menu-toggle" aria-expanded="false" aria-controls="mobile-nav">Menu</button></div></div>
</header>
<main id="main">
<nav class="breadcrumb container" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/news/">News</a></li><li><a href="/news/?category=performance">Performance</a></li><li aria-current="page">{e(art["title"])}</li></ol></nav>
<article class="news-article">
<header class="news-article__header container container--narrow"><ul class="news-article__categories"><li><a class="pill" href="/news/?category=performance">Performance</a></li><li><a class="pill" href="/news/?category=slalom">Slalom</a></li></ul>
<h1 class="news-article__title">{e(art["title"])}</h1>
<div class="news-article__meta"><time class="news-article__date" datetime="{art["date"]}">3 June 2025</time><span class="news-article__author">By {e(art["author"])}</span><span class="news-article__readtime">3 min read</span></div></header>
<figure class="news-article__hero"><picture><source media="(min-width: 1024px)" srcset="/media/wx3ltq0f/selection-race-holmford.jpg?width=1600&amp;height=900&amp;v=1dbd4a2f31c5e70"><img src="/media/wx3ltq0f/selection-race-holmford.jpg?width=1200&amp;height=675&amp;v=1dbd4a2f31c5e70" alt="Isla Brennan racing through a downstream gate" width="1200" height="675"></picture><figcaption class="container container--narrow">Isla Brennan on her way to winning the junior women's kayak at the Holmford selection race. Photo: Dan Pryce</figcaption></figure>
<div class="news-article__body container container--narrow">
<div class="umb-block-grid" data-grid-columns="12" style="--umb-block-grid--grid-columns: 12;"><div class="umb-block-grid__layout-container">
{grid}
</div></div>
</div>
<footer class="news-article__footer container container--narrow">
<div class="news-article__share"><span class="news-article__share-label">Share this article</span><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.westmarkcanoeing.example%2Fnews%2Feleven-paddlers-named-for-european-junior-and-u23-championships%2F" target="_blank" rel="noopener">Facebook</a><a href="https://x.com/intent/post?url=https%3A%2F%2Fwww.westmarkcanoeing.example%2Fnews%2Feleven-paddlers-named-for-european-junior-and-u23-championships%2F" target="_blank" rel="noopener">X</a><a href="https://wa.me/?text=https%3A%2F%2Fwww.westmarkcanoeing.example%2Fnews%2Feleven-paddlers-named-for-european-junior-and-u23-championships%2F" target="_blank" rel="noopener">WhatsApp</a><button type="button" class="news-article__copy" data-url="https://www.westmarkcanoeing.example/news/eleven-paddlers-named-for-european-junior-and-u23-championships/">Copy link</button></div>
<div class="news-article__tags"><span>Tagged:</span> <a href="/news/?tag=slalom">Slalom</a> <a href="/news/?tag=team-selection">Team selection</a> <a href="/news/?tag=junior">Junior</a> <a href="/news/?tag=u23">U23</a></div>
<a class="news-article__back" href="/news/">Back to all news</a>
</footer>
</article>
<section class="related-news container"><h2 class="section-title">Related news</h2><div class="card-grid card-grid--3">{cards}</div></section>
<section class="partners container"><h2 class="section-title">Our partners</h2><ul class="partners__list"><li><img src="/media/p1rt8zqa/sports-council.svg" alt="Sports Council" width="160" height="60" loading="lazy"></li><li><img src="/media/x7ab2wcd/riverbank-outdoor.svg" alt="Riverbank Outdoor" width="160" height="60" loading="lazy"></li><li><img src="/media/m3nd5kve/holmford-water-centre.svg" alt="Holmford Water Centre" width="160" height="60" loading="lazy"></li></ul></section>
<section class="newsletter"><div class="container container--narrow"><div class="umbraco-forms-page"><form action="/news/eleven-paddlers-named-for-european-junior-and-u23-championships/" enctype="multipart/form-data" id="form4c1e2a9b0d3f4e6a8b7c5d2e1f0a9b8c" method="post" novalidate><input name="__RequestVerificationToken" type="hidden" value="CfDJ8Kx2mP0qR7tV9wY3zA5bC1dE4fG6hJ8kL0nM2pQ4rS6tU8vW0xY2zA4bC6dE8fG"><input type="hidden" name="FormId" value="4c1e2a9b-0d3f-4e6a-8b7c-5d2e1f0a9b8c"><input type="hidden" name="FormName" value="Newsletter sign-up">
<div class="umbraco-forms-form newslettersignup umbraco-forms-bootstrap"><div class="umbraco-forms-page"><fieldset class="umbraco-forms-fieldset" id="f1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b"><legend>Stay in the loop</legend><div class="umbraco-forms-container col-md-12"><div class="umbraco-forms-field email shortanswer mandatory alternating"><label for="e7d6c5b4-a392-4f81-b0c9-d8e7f6a5b4c3" class="umbraco-forms-label">Email address <span class="umbraco-forms-indicator">*</span></label><div class="umbraco-forms-field-wrapper"><input type="email" name="e7d6c5b4-a392-4f81-b0c9-d8e7f6a5b4c3" id="e7d6c5b4-a392-4f81-b0c9-d8e7f6a5b4c3" class="text" maxlength="255" data-val="true" data-val-required="Please enter your email address"><span class="field-validation-valid" data-valmsg-for="e7d6c5b4-a392-4f81-b0c9-d8e7f6a5b4c3" data-valmsg-replace="true"></span></div></div>
<div class="umbraco-forms-field consent dataconsent mandatory"><div class="umbraco-forms-field-wrapper"><input type="checkbox" name="a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d" id="a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d" value="true"><label for="a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d">Yes, I would like to receive news, event information and offers from Westmark Canoeing by email. You can unsubscribe at any time.</label></div></div></div></fieldset>
<div style="display: none" aria-hidden="true"><input type="text" name="4c1e2a9b0d3f4e6a8b7c5d2e1f0a9b8c" autocomplete="off"></div>
<div class="umbraco-forms-navigation row-fluid"><div class="col-md-12"><input type="submit" class="btn primary" value="Sign up" name="__next" data-form-navigate="next"></div></div></div></div>
<input name="ufprt" type="hidden" value="CfDJ8Kx2mP0qR7tV9wY3zA5bC1dE4fG6hJ8kL0nM2pQ4rS6tU8vW0xY2zA4bC6dE8fGufprt"></form></div></div></section>
</main>
<footer class="site-footer"><div class="container"><div class="site-footer__columns">
<div class="site-footer__column"><h3>About us</h3><ul><li><a href="/about/">Who we are</a></li><li><a href="/about/jobs/">Jobs</a></li><li><a href="/about/contact/">Contact us</a></li></ul></div>
<div class="site-footer__column"><h3>Get involved</h3><ul><li><a href="/membership/">Membership</a></li><li><a href="/volunteering/">Volunteering</a></li><li><a href="/events/">Events</a></li></ul></div>
<div class="site-footer__column"><h3>Governance</h3><ul><li><a href="/governance/board/">Board</a></li><li><a href="/governance/safeguarding/">Safeguarding</a></li><li><a href="/governance/anti-doping/">Anti-doping</a></li></ul></div></div>
<p class="site-footer__legal">Westmark Canoeing is a company limited by guarantee, registered number 04127731. Registered office: Holmford Water Centre, Riverside Road, Holmford HM4 2QT.</p>
<p class="site-footer__copy">© 2025 Westmark Canoeing. <a href="/privacy/">Privacy</a> · <a href="/cookies/">Cookies</a> · <a href="/accessibility/">Accessibility</a></p></div></footer>
<div id="CybotCookiebotDialog" name="CybotCookiebotDialog" role="dialog" aria-modal="true" aria-labelledby="CybotCookiebotDialogBodyContentTitle" tabindex="-1" lang="en" dir="ltr" class="CybotCookiebotDialogActive CybotEdge" data-template="popup" style="display: flex;"><div class="CybotCookiebotDialogContentWrapper"><div id="CybotCookiebotDialogHeader"><div id="CybotCookiebotDialogHeaderLogosWrapper"><a id="CybotCookiebotDialogPoweredbyCybot" href="https://www.cookiebot.example/" target="_blank" rel="noopener nofollow"><span class="CybotCookiebotScreenReader">Cookiebot - opens in a new window</span></a></div></div>
<div id="CybotCookiebotDialogTabContent"><div id="CybotCookiebotDialogBody"><div id="CybotCookiebotDialogBodyContent"><h2 id="CybotCookiebotDialogBodyContentTitle" lang="en">This website uses cookies</h2><div id="CybotCookiebotDialogBodyContentText" lang="en">We use cookies to personalise content, to provide social media features and to analyse our traffic. We also share information about your use of our site with our social media and analytics partners.</div></div></div></div>
<div id="CybotCookiebotDialogFooter"><div id="CybotCookiebotDialogBodyButtonsWrapper"><button id="CybotCookiebotDialogBodyButtonDecline" class="CybotCookiebotDialogBodyButton">Deny</button><button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection" class="CybotCookiebotDialogBodyButton">Allow selection</button><button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll" class="CybotCookiebotDialogBodyButton">Allow all</button></div></div></div></div>
<script src="/scripts/site.min.js?v=SYqu5Pz7bC0gHn1eKvT4wR8mXl2aJd6fQ9oUi3sNyE" defer></script>"""
    head = f"""<meta name="description" content="Eleven athletes have been selected for the European Junior and U23 Canoe Slalom Championships in Veldane.">
<meta property="article:published_time" content="{art["date"]}T10:30:00+01:00">
<script id="Cookiebot" src="https://consent.cookiebot.example/uc.js" data-cbid="b2f1e0d9-8c7b-4a6f-9e5d-4c3b2a1f0e9d" data-blockingmode="auto" type="text/javascript"></script>
<link rel="stylesheet" href="/css/site.min.css?v=SYqu5Pz7bC0gHn1eKvT4wR8mXl2aJd6fQ9oUi3sNyE">
"""
    return page(
        art,
        "Westmark Canoeing",
        "https://www.westmarkcanoeing.example/news/eleven-paddlers-named-for-european-junior-and-u23-championships/",
        content,
        "en-GB",
        head=head,
        body_attrs=' class="page-newsArticle"',
        sep=" | ",
    )


LAYOUTS_H21 = {
    "h21-01-asturian": ("h21_asturian", asturian),
    "h21-02-ladino": ("h21_ladino", ladino),
    "h21-03-haitian": ("h21_haitian", haitian),
    "h21-04-bislama": ("h21_bislama", bislama),
    "h21-05-setswana": ("h21_setswana", setswana),
    "h21-06-arabic": ("h21_arabic", arabic),
    "h21-07-policelog": ("h21_policelog", policelog),
    "h21-08-agriculture": ("h21_agriculture", agriculture),
    "h21-09-sportsfed": ("h21_canoeing", sportsfed),
}
