"""Layout of page h35-10 of the held-out group "h35" of the extraction benchmark.

Written by someone other than the person tuning the reader and without reading the reader
or its output on this page; never used for tuning (docs/benchmarks-extraction.md).
A fictional Dutch regional newspaper on Drupal 7 with the Zen theme: ``region-content``,
``node-article`` with the body in ``field-name-body`` / ``field-item even``, a photo
with a caption and credit and an "Advertentie" block inside the body, taxonomy tags,
a "Lees ook" view (``views-row``), reader comments, a newsletter block, a footer with
the address and copyright, and a cookie banner (``Drupal.settings``).
"""

from __future__ import annotations

import html
import json

e = html.escape


def body_html(art, between):
    """Paragraphs to HTML: ``## `` -> h2, runs of ``- `` -> ul/li; ``between[i]`` after paragraph i."""
    out, items = [], []
    for i, p in enumerate(art["paragraphs"]):
        if p.startswith("- "):
            items.append(f"<li>{e(p[2:])}</li>")
        else:
            if items:
                out.append("<ul>" + "".join(items) + "</ul>")
                items = []
            if p.startswith("## "):
                out.append(f"<h2>{e(p[3:])}</h2>")
            else:
                out.append(f"<p>{e(p)}</p>")
        if i in between:
            if items:
                out.append("<ul>" + "".join(items) + "</ul>")
                items = []
            out.append(between[i])
    if items:
        out.append("<ul>" + "".join(items) + "</ul>")
    return "\n".join(out)


MENU = [
    "Nieuws",
    "Regio",
    "Sport",
    "Economie",
    "Cultuur",
    "112",
    "Opinie",
    "Agenda",
]

RELATED = [
    (
        "Brug bij Wessenburg drie weekenden dicht voor onderhoud",
        "Rijkswaterstaat vervangt in oktober het wegdek van de brug, fietsers kunnen wel over een noodstrook.",
    ),
    (
        "Dorpsraad Klein-Hemmen wil eigen buurtbus naar Oosterwaarde",
        "Vrijwilligers zoeken chauffeurs en een sponsor voor een busje dat drie keer per dag rijdt.",
    ),
    (
        "Altingcollege opent nieuwe fietsenstalling met tweehonderd plekken",
        "De overdekte stalling aan de Kerkstraat moet een einde maken aan de fietsen op de stoep.",
    ),
]

COMMENTS = [
    (
        "Bert van Dijken",
        "17 september 2025 om 08:12",
        "Eindelijk! Ik heb het hele voorjaar omgefietst, fijn dat Gerrit er weer staat.",
    ),
    (
        "Ineke",
        "17 september 2025 om 10:47",
        "Mooi dat hij nu elektrisch is, maar waarom niet ook op zondag vanaf zeven uur?",
    ),
    (
        "J. Poortinga",
        "18 september 2025 om 19:30",
        "Gisteren overgestoken met de bakfiets, die nieuwe steiger is echt een verbetering.",
    ),
]


def drupal_zen(art):
    """Drupal 7 + Zen: a Dutch regional newspaper article in ``field-name-body``."""
    site = "https://www.lindewaardsdagblad.nl"
    url = f"{site}/regio/oosterwaarde/veerpont-oosterwaarde-klein-hemmen-vaart-weer"
    fig = (
        '<div class="media media-element-container media-default">'
        '<figure class="file file-image file-image-jpeg" id="file-88214">'
        f'<img class="media-element file-default" typeof="foaf:Image" src="{site}/sites/default/files/styles/artikel_breed/public/2025/09/veerpont-lindse-vaart.jpg?itok=Vb3kQe7P" width="960" height="540" alt="De vernieuwde veerpont legt aan in Klein-Hemmen" />'
        "<figcaption>Veerman Gerrit Holwerda zet maandagochtend de eerste fietsers over naar Klein-Hemmen. Foto: Sjoerd Kramer</figcaption>"
        "</figure></div>"
    )
    advert = (
        '<div class="block block-dfp advertentie-inline"><div class="advertentie-label">Advertentie</div>'
        '<div id="dfp-ad-artikel_midden" class="dfp-tag-wrapper" style="min-height:250px"></div>'
        '<p class="advertentie-uitleg">Advertenties maken onafhankelijke regionale journalistiek mogelijk. '
        '<a href="/adverteren">Adverteren in het Lindewaards Dagblad?</a></p></div>'
    )
    body = body_html(art, {1: fig, 7: advert})
    menu = "".join(
        f'<li class="menu__item{" is-active-trail" if m == "Regio" else ""}">'
        f'<a href="/{m.lower()}" class="menu__link">{e(m)}</a></li>'
        for m in MENU
    )
    related = "".join(
        f'<div class="views-row views-row-{i} views-row-{"odd" if i % 2 else "even"}">'
        f'<div class="views-field views-field-title"><span class="field-content"><a href="/regio/{i}">{e(h)}</a></span></div>'
        f'<div class="views-field views-field-field-intro"><div class="field-content">{e(s)}</div></div></div>'
        for i, (h, s) in enumerate(RELATED, 1)
    )
    comments = "".join(
        f'<div class="comment comment-by-anonymous clearfix" about="/comment/{9001 + i}#comment-{9001 + i}">'
        f'<a id="comment-{9001 + i}"></a><div class="comment__permalink"><p class="submitted">'
        f'<span class="username">{e(n)}</span> schreef op <time>{e(d)}</time></p></div>'
        f'<div class="field field-name-comment-body field-type-text-long field-label-hidden">'
        f'<div class="field-items"><div class="field-item even"><p>{e(t)}</p></div></div></div>'
        '<ul class="links inline"><li class="comment-reply first last"><a href="/comment/reply">reageren</a></li></ul></div>'
        for i, (n, d, t) in enumerate(COMMENTS)
    )
    tags = "".join(
        f'<div class="field-item {"even" if i % 2 == 0 else "odd"}"><a href="/tags/{t.lower()}" typeof="skos:Concept">{e(t)}</a></div>'
        for i, t in enumerate(["Oosterwaarde", "Klein-Hemmen", "Veerpont", "Verkeer"])
    )
    settings = json.dumps(
        {
            "basePath": "/",
            "pathPrefix": "",
            "ajaxPageState": {"theme": "ldb_zen", "theme_token": "q8Xb2LrT0mZ1"},
            "eu_cookie_compliance": {"popup_enabled": 1, "popup_position": 0},
            "dfp": {"adUnit": "ldb/regio/artikel"},
        },
        ensure_ascii=False,
    )
    date_nl = "woensdag 17 september 2025, 06:45"
    return f"""<!DOCTYPE html>
<html lang="nl" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ og: http://ogp.me/ns#">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<link rel="canonical" href="{url}" />
<meta property="og:title" content="{e(art["title"])}" />
<meta property="og:site_name" content="Lindewaards Dagblad" />
<meta name="description" content="De veerpont over de Lindse Vaart vaart weer na een half jaar stilstand." />
<title>{e(art["title"])} | Lindewaards Dagblad</title>
<link type="text/css" rel="stylesheet" href="{site}/sites/default/files/css/css_Zq0aL3k.css" media="all" />
<script src="{site}/misc/jquery.js?v=1.4.4"></script>
<script>jQuery.extend(Drupal.settings, {settings});</script>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node-48213 node-type-article section-regio">
<p class="skip-link__wrapper"><a href="#main-menu" class="skip-link visually-hidden visually-hidden--focusable" id="skip-link">Naar de hoofdnavigatie</a></p>
<div class="layout-center">
<header class="header" role="banner">
  <a href="/" title="Home" rel="home" class="header__logo"><img src="{site}/sites/all/themes/ldb_zen/logo.png" alt="Lindewaards Dagblad" class="header__logo-image" /></a>
  <div class="header__name-and-slogan"><h2 class="header__site-name"><a href="/" class="header__site-link" rel="home"><span>Lindewaards Dagblad</span></a></h2>
  <div class="header__site-slogan">Nieuws uit Lindewaard en omstreken</div></div>
  <div class="header__region region region-header"><div class="block block-search first last odd" role="search">
    <form action="/zoeken" method="post" id="search-block-form" accept-charset="UTF-8"><div class="container-inline">
      <h2 class="element-invisible">Zoekformulier</h2>
      <div class="form-item form-type-textfield form-item-search-block-form"><label class="element-invisible" for="edit-search-block-form--2">Zoeken</label>
      <input title="Geef de woorden op waarnaar u wilt zoeken." type="text" id="edit-search-block-form--2" name="search_block_form" size="15" maxlength="128" class="form-text" /></div>
      <div class="form-actions form-wrapper"><input type="submit" id="edit-submit" name="op" value="Zoeken" class="form-submit" /></div>
    </div></form></div></div>
</header>
<div class="layout-swap">
<div class="layout-swap__top"><nav class="main-menu" role="navigation" id="main-menu"><h2 class="visually-hidden">Hoofdmenu</h2><ul class="navbar clearfix links">{menu}</ul></nav></div>
<main class="layout-3col__left-content" role="main">
  <nav class="breadcrumb" role="navigation"><h2 class="breadcrumb__title">U bent hier</h2><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/">Home</a></li><li class="breadcrumb__item"><a href="/regio">Regio</a></li><li class="breadcrumb__item"><a href="/regio/oosterwaarde">Oosterwaarde</a></li></ol></nav>
  <a href="#skip-link" class="visually-hidden visually-hidden--focusable" id="main-content">Terug naar boven</a>
  <h1 class="page-title">{e(art["title"])}</h1>
  <div class="region region-content">
  <div class="block block-system first last odd" id="block-system-main">
  <article class="node-48213 node node-article view-mode-full clearfix" about="/regio/oosterwaarde/veerpont" typeof="sioc:Item foaf:Document">
    <p class="submitted"><span class="byline">Door <span class="username" rel="sioc:has_creator">{e(art["author"])}</span></span> <span class="datum"><time pubdate datetime="{art["date"]}T06:45:00+02:00">{date_nl}</time></span></p>
    <div class="share-bar"><span class="share-bar__label">Delen:</span> <a class="share share--facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a> <a class="share share--x" href="https://x.com/intent/post?url={url}">X</a> <a class="share share--whatsapp" href="https://wa.me/?text={url}">WhatsApp</a> <a class="share share--mail" href="mailto:?subject=Artikel%20uit%20het%20Lindewaards%20Dagblad">E-mail</a></div>
    <div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
{body}
    </div></div></div>
    <div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">Tags:&nbsp;</div><div class="field-items">{tags}</div></div>
    <ul class="links inline"><li class="comment-add first last"><a href="#comment-form">Reageer op dit artikel</a></li></ul>
    <section class="comments" id="comments"><h2 class="comments__title title">Reacties (3)</h2>
{comments}
    <h2 class="comments__form-title title comment-form">Plaats een reactie</h2><p class="comment-form-uitleg">Reageren kan met uw volledige naam. Reacties worden vooraf gemodereerd en verschijnen binnen enkele uren.</p>
    </section>
  </article>
  </div></div>
</main>
<aside class="layout-3col__right-sidebar" role="complementary"><div class="region region-sidebar-second column sidebar">
  <div class="block block-views first odd" id="block-views-lees-ook-block"><h2 class="block__title block-title">Lees ook</h2>
  <div class="view view-lees-ook view-id-lees_ook view-display-id-block"><div class="view-content">{related}</div></div></div>
  <div class="block block-mailchimp-signup last even" id="block-mailchimp-signup-dagelijkse-nieuwsbrief"><h2 class="block__title block-title">Nieuwsbrief</h2>
  <p>Elke ochtend om zeven uur het belangrijkste nieuws uit Lindewaard in uw mailbox.</p><p>Aanmelden is gratis en u kunt zich op elk moment weer afmelden.</p>
  <form action="/nieuwsbrief" method="post"><label for="edit-mergevars-email">E-mailadres</label><input type="email" id="edit-mergevars-email" name="mergevars[EMAIL]" class="form-text" /><input type="submit" value="Aanmelden" class="form-submit" /></form></div>
</div></aside>
</div>
<footer class="footer region region-footer" role="contentinfo">
  <div class="block block-block first odd"><h2 class="block-title">Redactie</h2><p>Lindewaards Dagblad, Havenkade 14, 7461 KP Oosterwaarde. Telefoon 0546 - 712 300.</p><p>Tips voor de redactie? Mail naar redactie@lindewaardsdagblad.nl of app ons via 06 - 1234 5678.</p></div>
  <div class="block block-menu last even"><ul class="menu"><li class="menu__item"><a href="/colofon" class="menu__link">Colofon</a></li><li class="menu__item"><a href="/privacy" class="menu__link">Privacy</a></li><li class="menu__item"><a href="/cookies" class="menu__link">Cookies</a></li><li class="menu__item"><a href="/abonneren" class="menu__link">Abonneren</a></li></ul></div>
  <p class="copyright">© 2025 Lindewaards Dagblad. Niets uit deze uitgave mag worden overgenomen zonder toestemming van de uitgever.</p>
</footer>
</div>
<div id="sliding-popup" class="sliding-popup-bottom" style="height:auto;width:100%;bottom:0;"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message">
<h2>Wij gebruiken cookies</h2><p>Het Lindewaards Dagblad gebruikt cookies om de website goed te laten werken en om advertenties te tonen die bij u passen.</p><p>Door op akkoord te klikken gaat u hiermee akkoord. U kunt uw keuze altijd wijzigen via de cookiepagina.</p></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Akkoord</button><button type="button" class="decline-button eu-cookie-compliance-default-button">Alleen noodzakelijke cookies</button></div></div></div>
</body>
</html>
"""


LAYOUTS_H35D = {"h35-10-regionaal": ("h35_d1", drupal_zen)}
