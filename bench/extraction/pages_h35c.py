"""Layouts of pages h35-07 to h35-09 of the held-out group "h35" of the extraction benchmark.

Written by someone other than the person tuning the reader and without reading the reader
or its output on these pages; never used for tuning (docs/benchmarks-extraction.md).
Fictional pages on enterprise, government and university content systems not used by
h2-h34: a US state university's research story on Drupal with Acquia Site Studio (layout
canvas markup: ``coh-container`` / ``coh-row`` / ``coh-column`` grids, components with
``ssa-component coh-component coh-component-instance-…`` and generated ``coh-ce-cpt_…``
classes, ``coh-wysiwyg`` text components with image, pull-quote and related-link
components between them, ``/sites/default/files/cohesion/`` stylesheets, a OneTrust cookie
banner, ``drupal-settings-json`` with the ``cohesion`` settings); a Swiss city's French
press release on Magnolia CMS (``/.resources/`` theme files, ``/dam/jcr:…`` and
``/.imaging/mte/…`` image URLs, the page built of ``text-section`` / ``textImage`` /
``linkList`` paragraphs inside an area, a "Communiqué de presse" contact box, a downloads
list, a Matomo snippet); and a Scots-language council news release on Bloomreach
Experience Manager (Hippo) with the Scottish Government Design System front end
(``ds_`` classes, ``/webfiles/…`` assets, ``/binaries/…/content/gallery/`` images,
``ds_page-header`` / ``ds_metadata`` / ``ds_contents-nav`` / ``ds_feedback``
components, the body in a ``ds_layout__content`` rich-text region).
"""

from __future__ import annotations

import html
import json

from page_parts import lis, paras, teasers

e = html.escape


def ld(data):
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def news_ld(art, url, publisher, lang, kind="NewsArticle", time="09:00:00+00:00"):
    return ld(
        {
            "@context": "https://schema.org",
            "@type": kind,
            "headline": art["title"],
            "inLanguage": lang,
            "datePublished": f"{art['date']}T{time}",
            "author": {"@type": "Person", "name": art["author"]},
            "publisher": {"@type": "Organization", "name": publisher},
            "mainEntityOfPage": url,
        }
    )


def sitestudio(art):
    """Drupal 10 + Acquia Site Studio: the story as text components on a layout canvas."""
    site = "https://news.halbrook.edu"
    url = f"{site}/stories/2025/09/tire-dust-microplastics-tarrow-river"

    def comp(name, uid, inner, extra=""):
        return (
            f'<div class="coh-container ssa-component coh-component ssa-component-instance-{uid} '
            f'coh-component-instance-{uid} coh-ce-cpt_{name}-{uid[:8]}{extra}">{inner}</div>'
        )

    def text(uid, start, stop):
        body = paras(art, start=start, stop=stop, h='h2 class="coh-heading"')
        return comp(
            "text",
            uid,
            f'<div class="coh-wysiwyg coh-style-body-copy coh-ce-cpt_text-{uid[9:17]}">{body}</div>',
        )

    image = comp(
        "image_with_caption",
        "4f1a9c2e-77b0-4d3e-9a51-0c6d2e8b1f44",
        '<figure class="coh-figure coh-style-figure-full"><picture class="coh-picture"><source srcset="/sites/default/files/styles/crop_16_9_1600/public/2025-09/tarrow-sampling-quintero.jpg.webp?itok=b7Qz2kLm 1x" type="image/webp"><img class="coh-image coh-image-responsive-xl" src="/sites/default/files/styles/crop_16_9_1600/public/2025-09/tarrow-sampling-quintero.jpg?itok=b7Qz2kLm" alt="Two researchers in waders lower a sampling net into a river below a highway bridge" loading="lazy"></picture>'
        '<figcaption class="coh-style-caption">Marisol Quintero, left, and Tobias Renner collect a water sample below the Route 40 interchange in April. <span class="coh-inline-element coh-style-photo-credit">Photo by Lucas Ferreira / Halbrook State University</span></figcaption></figure>',
    )
    quote = comp(
        "pull_quote",
        "a08d3b61-2c5e-4f97-8e10-5b3c7d9a2e06",
        '<blockquote class="coh-blockquote coh-style-pull-quote"><p class="coh-paragraph">&ldquo;What surprised us was how much of the material came from roads.&rdquo;</p><cite class="coh-inline-element">Marisol Quintero, associate professor of environmental engineering</cite></blockquote>',
    )
    related = comp(
        "related_link",
        "c5e27f90-11ab-4c8d-b6f3-9e0a4d7c2b18",
        '<div class="coh-style-related-link"><span class="coh-inline-element coh-style-eyebrow">Related</span> <a href="/stories/2025/04/students-river-science-high-schools" class="coh-link">Halbrook students bring river science to Port Lennox high schools</a></div>',
    )
    body = "\n".join(
        [
            text("19b7e0c4-5d2a-4e8f-a3c6-7f1b2d9e0a53", 0, 2),
            image,
            text("6e3d1a8b-90f4-4b2c-8d57-2a6c1e4f9b70", 2, 5),
            quote,
            text("d2f8a4c1-3b6e-4a90-9c15-8e7b0f2d6a39", 5, 10),
            related,
            text("8a0c6e2f-4d1b-4f73-b9e8-1c5a3d7f0e62", 10, 13),
            text("3c9e7b15-6a2d-4e08-a4f1-0b8d2c6e9a27", 13, len(art["paragraphs"])),
        ]
    )
    menu = lis(
        ["Academics", "Admissions", "Research", "Campus Life", "Athletics", "About Halbrook"],
        '<li class="coh-menu-list-item js-coh-menu-item"><a href="/" class="coh-link js-coh-menu-item-link">{}</a></li>',
    )
    util = lis(
        ["Apply", "Visit", "Give", "MyHalbrook", "Directory"],
        '<li class="coh-menu-list-item"><a href="/" class="coh-link coh-style-utility-link">{}</a></li>',
    )
    rel = teasers(
        [
            (
                "New wet lab gives freshwater researchers room to grow",
                "The renovated lab in Pruitt Hall doubles the space for sample processing and adds two infrared microscopes.",
            ),
            (
                "Engineering seniors design rain garden for Eastside school",
                "A capstone team worked with teachers and students to turn a flooded corner of the playground into a garden that soaks up storm water.",
            ),
            (
                "Halbrook joins regional network to monitor river health",
                "Five universities will share data from sensors on rivers across the state under a new three-year agreement.",
            ),
        ],
        tag="h3",
        cls="coh-container coh-style-story-card",
    )
    foot = lis(
        [
            "Accessibility",
            "Privacy notice",
            "Title IX",
            "Emergency information",
            "Jobs at Halbrook",
            "Report a web issue",
        ],
        '<li class="coh-menu-list-item"><a href="/" class="coh-link">{}</a></li>',
    )
    settings = json.dumps(
        {
            "path": {"baseUrl": "/", "currentPath": "node/21457", "currentLanguage": "en"},
            "cohesion": {
                "front_end_settings": {
                    "global_js": {"matchHeight": "1", "parallax_scrolling": "0"}
                },
                "responsive_grid_settings": {"gridType": "desktop-first", "maxWidth": "1280"},
                "use_dx8": True,
                "sidebar_view_style": "titles",
            },
            "user": {"uid": 0},
        }
    )
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="description" content="Tire and road wear particles make up about a third of the microplastics in the Tarrow River, a Halbrook State study finds." />
<link rel="canonical" href="{url}" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta property="og:title" content="{e(art["title"])}" />
{news_ld(art, url, "Halbrook State University", "en-US", time="10:30:00-05:00")}
<title>{e(art["title"])} | Halbrook State University News</title>
<link rel="stylesheet" media="all" href="/sites/default/files/cohesion/styles/base/cohesion-default-base-styles.css?t2k9qx" />
<link rel="stylesheet" media="all" href="/sites/default/files/cohesion/styles/theme/cohesion-theme-default-stylesheet.css?t2k9qx" />
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_W4nB0cZr1aX8Kp.css?delta=2&amp;language=en&amp;theme=halbrook_ss" />
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="0a7c2e91-4b5d-4f3a-8c6e-2d1f9b7e5a30"></script>
</head>
<body class="path-node page-node-type-news-story">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="coh-container coh-style-master-template coh-ce-cpt_master-5b2e9d10">
<header class="coh-container ssa-component coh-component coh-ce-cpt_site_header-7d4a1c03" role="banner">
<div class="coh-container coh-style-utility-bar"><nav class="coh-container" aria-label="Utility"><ul class="coh-menu-list-container coh-unordered-list">{util}</ul></nav></div>
<div class="coh-container coh-style-container-boxed"><div class="coh-row coh-row-xl coh-row-visible-xl"><div class="coh-row-inner">
<div class="coh-column coh-visible-xl coh-col-xl-3"><a href="https://www.halbrook.edu/" class="coh-link coh-style-site-logo" title="Halbrook State University home"><img class="coh-image" src="/themes/custom/halbrook_ss/images/halbrook-wordmark.svg" alt="Halbrook State University" /></a></div>
<div class="coh-column coh-visible-xl coh-col-xl-7"><nav class="coh-container coh-style-main-menu" aria-label="Main"><button class="coh-button coh-style-menu-toggle js-coh-menu-toggle" aria-expanded="false">Menu</button><ul class="coh-menu-list-container coh-unordered-list">{menu}</ul></nav></div>
<div class="coh-column coh-visible-xl coh-col-xl-2"><form action="/search" method="get" class="coh-container coh-style-site-search" role="search"><label for="ss-search" class="visually-hidden">Search Halbrook</label><input id="ss-search" type="search" name="keys" placeholder="Search news" /><button type="submit" class="coh-button">Search</button></form></div>
</div></div></div>
<div class="coh-container coh-style-section-banner"><a href="/" class="coh-link coh-style-section-title">Halbrook News</a><ul class="coh-menu-list-container coh-unordered-list"><li class="coh-menu-list-item"><a href="/topics/research" class="coh-link">Research</a></li><li class="coh-menu-list-item"><a href="/topics/campus" class="coh-link">Campus</a></li><li class="coh-menu-list-item"><a href="/topics/students" class="coh-link">Students</a></li><li class="coh-menu-list-item"><a href="/media-relations" class="coh-link">For media</a></li></ul></div>
</header>
<main id="main-content" class="coh-container coh-style-main" tabindex="-1">
<div data-drupal-messages-fallback class="hidden"></div>
<article class="coh-container coh-style-container-boxed coh-ce-cpt_news_story-2e7f0b94" role="article">
<div class="coh-row coh-row-xl coh-row-visible-xl"><div class="coh-row-inner"><div class="coh-column coh-visible-xl coh-col-xl-8 coh-col-xl-offset-2">
<nav class="coh-container coh-style-breadcrumb" aria-label="Breadcrumb"><ol class="coh-list-container coh-ordered-list"><li class="coh-list-item"><a href="https://www.halbrook.edu/" class="coh-link">Home</a></li><li class="coh-list-item"><a href="/" class="coh-link">News</a></li><li class="coh-list-item"><a href="/topics/research" class="coh-link">Research</a></li></ol></nav>
<a href="/topics/research" class="coh-link coh-style-eyebrow">Research</a>
<h1 class="coh-heading coh-style-heading-1-size coh-ce-cpt_news_story-8c1d5e27">{e(art["title"])}</h1>
<p class="coh-paragraph coh-style-dek">Halbrook engineers traced more than 61,000 particles from nine sites along the river.</p>
<div class="coh-container coh-style-story-meta"><span class="coh-inline-element">By {e(art["author"])}</span> <span class="coh-inline-element coh-style-meta-divider">|</span> <time class="coh-inline-element" datetime="{art["date"]}T10:30:00-05:00">September 16, 2025</time> <span class="coh-inline-element coh-style-meta-divider">|</span> <span class="coh-inline-element">4 min read</span></div>
<div class="coh-container ssa-component coh-component coh-ce-cpt_share_bar-6f0e3a81 coh-style-share-bar"><span class="coh-inline-element">Share</span><a href="https://www.facebook.com/sharer/sharer.php?u={url}" class="coh-link">Facebook</a><a href="https://www.linkedin.com/sharing/share-offsite/?url={url}" class="coh-link">LinkedIn</a><a href="https://x.com/intent/post?url={url}" class="coh-link">X</a><a href="mailto:?subject=Halbrook%20News&amp;body={url}" class="coh-link">Email</a></div>
<div class="coh-container coh-style-layout-canvas" data-ssa-canvas="field_layout_canvas">
{body}
</div>
<div class="coh-container coh-style-tag-list"><span class="coh-inline-element">Topics:</span> <a href="/topics/environment" class="coh-link coh-style-tag">Environment</a> <a href="/topics/engineering" class="coh-link coh-style-tag">College of Engineering</a> <a href="/topics/water" class="coh-link coh-style-tag">Water</a></div>
<aside class="coh-container coh-style-media-contact"><h2 class="coh-heading">Media contact</h2><p class="coh-paragraph">Rachel Tamura, University Communications<br />rtamura@halbrook.edu | 555-0142</p><p class="coh-paragraph">Reporters who would like to interview the research team can contact University Communications. We usually reply within one working day.</p></aside>
</div></div></div>
</article>
<section class="coh-container coh-style-related-stories"><div class="coh-container coh-style-container-boxed"><h2 class="coh-heading coh-style-heading-2-size">More research news</h2><div class="coh-container coh-style-card-grid">{rel}</div><a href="/topics/research" class="coh-link coh-style-button-secondary">See all research stories</a></div></section>
<section class="coh-container coh-style-newsletter-band"><div class="coh-container coh-style-container-boxed"><h2 class="coh-heading">Get Halbrook Today in your inbox</h2><p class="coh-paragraph">Our free weekday newsletter brings you the latest research, campus news and events from across the university. You can unsubscribe at any time.</p><form action="https://lists.halbrook.edu/subscribe" method="post" class="coh-container"><label for="nl-email" class="visually-hidden">Email address</label><input id="nl-email" type="email" name="email" placeholder="Your email address" /><button type="submit" class="coh-button coh-style-button-primary">Subscribe</button></form></div></section>
</main>
<footer class="coh-container ssa-component coh-component coh-ce-cpt_site_footer-1a9d6c57" role="contentinfo"><div class="coh-container coh-style-container-boxed">
<img class="coh-image" src="/themes/custom/halbrook_ss/images/halbrook-seal-white.svg" alt="Halbrook State University seal" />
<p class="coh-paragraph">Halbrook State University, 1200 College Avenue, Port Lennox, 555-0100</p>
<ul class="coh-menu-list-container coh-unordered-list">{foot}</ul>
<p class="coh-paragraph coh-style-copyright">© 2025 Halbrook State University. All rights reserved. Halbrook State University is an equal opportunity institution.</p>
</div></footer>
</div>
</div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy"><h2 id="onetrust-policy-title">This website uses cookies</h2><p id="onetrust-policy-text">We use cookies to improve your experience, analyze traffic and support our recruitment campaigns. By selecting "Accept all cookies" you agree to the storing of cookies on your device. <a href="https://www.halbrook.edu/privacy">Privacy notice</a></p></div></div><div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie settings</button><button id="onetrust-reject-all-handler">Reject all</button><button id="onetrust-accept-btn-handler">Accept all cookies</button></div></div></div></div></div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{settings}</script>
<script src="/sites/default/files/js/js_pX9r2Nq0bV5c.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=halbrook_ss"></script>
<script src="/modules/contrib/cohesion/apps/frontend/builds/cohesion-frontend.min.js?v=8.0.2"></script>
</body>
</html>
"""


def magnolia(art):
    """Magnolia CMS: a city's press release as text-section / textImage / linkList components."""
    site = "https://www.clermoulin.ch"
    url = f"{site}/fr/actualites/communiques/2025/passerelle-moulin-neuf.html"
    theme = "/.resources/clermoulin-theme/webresources"
    img = "/.imaging/mte/clermoulin-theme/960x540/dam/actualites/2025/passerelle-moulin-neuf-visualisation.jpg/jcr:content/passerelle-moulin-neuf-visualisation.jpg"

    def section(start, stop, cls="text-section"):
        body = paras(art, start=start, stop=stop, h='h2 class="rte-h2"', ul='ul class="rte-list"')
        return f'<div class="component {cls}"><div class="rte">{body}</div></div>'

    n = len(art["paragraphs"])
    lead = (
        f'<div class="component lead-section"><p class="lead">{e(art["paragraphs"][0])}</p></div>'
    )
    figure = f'<div class="component textImage image-right"><figure class="text-image__figure"><picture><source media="(max-width: 767px)" srcset="/.imaging/mte/clermoulin-theme/480x270/dam/actualites/2025/passerelle-moulin-neuf-visualisation.jpg/jcr:content/passerelle-moulin-neuf-visualisation.jpg"><img src="{img}" alt="Visualisation de la nouvelle passerelle au-dessus de la Lirette" width="960" height="540" loading="lazy"></picture><figcaption class="text-image__caption">La future passerelle vue depuis la rive des Grands-Prés. <span class="copyright">Image de synthèse : Atelier Rive Gauche</span></figcaption></figure></div>'
    linklist = '<div class="component linkList"><h3 class="link-list__title">À lire aussi</h3><ul class="link-list__items"><li class="link-list__item"><a href="/fr/actualites/communiques/2024/concours-passerelle-resultats.html" class="link-internal">Concours pour la passerelle du Moulin-Neuf : le jury a choisi son lauréat</a></li></ul></div>'
    body = "\n".join(
        [
            lead,
            section(1, 2),
            figure,
            section(2, 6),
            linklist,
            section(6, 12),
            section(12, n),
        ]
    )
    nav = lis(
        [
            "Vivre à Clermoulin",
            "Administration",
            "Politique",
            "Loisirs et culture",
            "Économie",
            "Actualités",
        ],
        '<li class="main-nav__item"><a class="main-nav__link" href="/fr/">{}</a></li>',
    )
    rel = teasers(
        [
            (
                "Collecte des déchets verts : reprise dès le 4 mars",
                "La collecte hebdomadaire des déchets verts reprendra dans tous les quartiers à partir du mardi 4 mars.",
            ),
            (
                "La piscine couverte des Ormeaux fermée pendant les vacances de Pâques",
                "Des travaux d'entretien du système de filtration imposent une fermeture du 14 au 27 avril.",
            ),
            (
                "Budget participatif : dix projets retenus pour le vote",
                "Les habitantes et habitants pourront choisir leurs projets préférés en ligne ou au guichet jusqu'au 31 mars.",
            ),
        ],
        tag="h3",
        cls="teaser teaser--news",
    )
    foot = lis(
        [
            "Contact",
            "Mentions légales",
            "Protection des données",
            "Accessibilité",
            "Plan du site",
            "Offres d'emploi",
        ],
        '<li class="footer-nav__item"><a href="/fr/">{}</a></li>',
    )
    return f"""<!DOCTYPE html>
<html lang="fr-CH" class="no-js">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(art["title"])} - Ville de Clermoulin</title>
<meta name="description" content="La Municipalité a adjugé les travaux de reconstruction de la passerelle du Moulin-Neuf. Le chantier débutera le 3 mars 2025.">
<link rel="canonical" href="{url}">
<link rel="alternate" hreflang="de" href="{site}/de/aktuelles/medienmitteilungen/2025/passerelle-moulin-neuf.html">
<meta property="og:image" content="{site}{img}">
<link rel="stylesheet" href="{theme}/css/main.min~2025-01-28-09-41-12-000~cache.css">
<link rel="icon" href="{theme}/img/favicon.ico">
{news_ld(art, url, "Ville de Clermoulin", "fr-CH", time="10:00:00+01:00")}
</head>
<body class="page page--news">
<ul class="skiplinks"><li><a href="#main-content" accesskey="2">Aller au contenu principal</a></li><li><a href="#main-nav" accesskey="1">Aller à la navigation</a></li><li><a href="#search" accesskey="5">Aller à la recherche</a></li></ul>
<header class="header">
<div class="header__meta"><div class="container"><ul class="meta-nav"><li><a href="/fr/guichet-virtuel.html">Guichet virtuel</a></li><li><a href="/fr/administration/horaires.html">Horaires d'ouverture</a></li><li><a href="/fr/medias.html">Médias</a></li></ul><ul class="lang-switch"><li class="lang-switch__item is-active"><a href="{url}" lang="fr" aria-current="true">FR</a></li><li class="lang-switch__item"><a href="{site}/de/aktuelles/medienmitteilungen/2025/passerelle-moulin-neuf.html" lang="de">DE</a></li></ul></div></div>
<div class="header__main"><div class="container"><a class="logo" href="/fr.html"><img src="{theme}/img/logo-clermoulin.svg" alt="Ville de Clermoulin - retour à l'accueil" width="220" height="56"></a>
<nav id="main-nav" class="main-nav" aria-label="Navigation principale"><button class="main-nav__toggle" aria-expanded="false" aria-controls="main-nav-list">Menu</button><ul id="main-nav-list" class="main-nav__list">{nav}</ul></nav>
<form id="search" class="search-form" action="/fr/recherche.html" method="get" role="search"><label for="search-input" class="sr-only">Rechercher sur le site</label><input id="search-input" name="queryStr" type="search" placeholder="Rechercher"><button type="submit" class="search-form__submit"><span class="sr-only">Lancer la recherche</span></button></form></div></div>
</header>
<nav class="breadcrumb" aria-label="Vous êtes ici"><div class="container"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/fr.html">Accueil</a></li><li class="breadcrumb__item"><a href="/fr/actualites.html">Actualités</a></li><li class="breadcrumb__item"><a href="/fr/actualites/communiques.html">Communiqués de presse</a></li><li class="breadcrumb__item" aria-current="page">Passerelle du Moulin-Neuf</li></ol></div></nav>
<main id="main-content" class="main" role="main">
<div class="container container--narrow">
<article class="news-detail">
<div class="page-header"><p class="page-header__type">Communiqué de presse</p><h1 class="page-header__title">{e(art["title"])}</h1><p class="page-header__meta"><time datetime="{art["date"]}">11.02.2025</time> <span class="page-header__divider">·</span> <span class="page-header__author">{e(art["author"])}</span> <span class="page-header__divider">·</span> <a href="/fr/administration/infrastructures.html">Direction des infrastructures</a></p></div>
<div class="area area--main">
{body}
</div>
<div class="component downloadList"><h2 class="download-list__title">Téléchargements</h2><ul class="download-list"><li class="download-list__item"><a href="/dam/jcr:5c2e8f41-9a0b-4d37-b1e6-7f3c2a9d0e58/Passerelle_Moulin-Neuf_plan_deviations.pdf" class="download-list__link" download><span class="download-list__name">Plan des déviations pendant les travaux</span> <span class="download-list__meta">PDF, 1,2 Mo</span></a></li><li class="download-list__item"><a href="/dam/jcr:a17d0c93-2e4f-4b58-8c61-0d9e3b7f2a14/Passerelle_Moulin-Neuf_visualisations.zip" class="download-list__link" download><span class="download-list__name">Visualisations du projet (haute résolution)</span> <span class="download-list__meta">ZIP, 18,4 Mo</span></a></li></ul></div>
<div class="component contactBox"><h2 class="contact-box__title">Renseignements</h2><p>Nathalie Berthoud-Rey, conseillère municipale, Direction des infrastructures<br>Tél. 021 555 12 40 (de 10 h à 12 h)</p><p>Pour toute autre question, la Direction des infrastructures répond du lundi au vendredi au 021 555 12 00 ou par e-mail à infrastructures@clermoulin.ch.</p></div>
<div class="share"><span class="share__label">Partager</span><a class="share__link" href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a><a class="share__link" href="https://www.linkedin.com/sharing/share-offsite/?url={url}">LinkedIn</a><a class="share__link" href="mailto:?subject=Passerelle%20du%20Moulin-Neuf&amp;body={url}">E-mail</a><a class="share__link" href="javascript:window.print()">Imprimer</a></div>
</article>
</div>
<section class="related-news"><div class="container"><h2 class="related-news__title">Autres actualités</h2><div class="related-news__list">{rel}</div><a class="button button--secondary" href="/fr/actualites.html">Toutes les actualités</a></div></section>
<section class="newsletter-teaser"><div class="container"><h2>Restez informé</h2><p>Abonnez-vous à la lettre d'information de la Ville pour recevoir les communiqués de presse et les avis de travaux directement dans votre boîte e-mail. Vous pouvez vous désabonner à tout moment.</p><form action="/fr/newsletter.html" method="post"><label for="nl-mail" class="sr-only">Adresse e-mail</label><input id="nl-mail" type="email" name="email" placeholder="Votre adresse e-mail"><button type="submit" class="button">S'abonner</button></form></div></section>
</main>
<footer class="footer"><div class="container"><div class="footer__address"><p><strong>Ville de Clermoulin</strong><br>Hôtel de Ville, Place du Marché 1<br>Case postale 214, 1099 Clermoulin</p><p>Le guichet de l'Hôtel de Ville est ouvert du lundi au vendredi de 8 h à 11 h 45 et de 13 h 30 à 16 h 30.</p></div><ul class="footer-nav">{foot}</ul><p class="footer__copyright">© 2025 Ville de Clermoulin</p></div></footer>
<div class="cookie-notice" role="dialog" aria-labelledby="cookie-notice-title" hidden><h2 id="cookie-notice-title">Ce site utilise des cookies</h2><p>Nous utilisons des cookies pour mesurer la fréquentation du site de manière anonyme et améliorer nos services. Vous pouvez accepter ou refuser ces cookies à tout moment dans la page Protection des données.</p><button type="button" class="button cookie-notice__accept">Accepter</button><button type="button" class="button button--secondary cookie-notice__decline">Refuser</button></div>
<script src="{theme}/js/main.min~2025-01-28-09-41-12-000~cache.js" defer></script>
<script>var _paq=window._paq=window._paq||[];_paq.push(['requireCookieConsent']);_paq.push(['trackPageView']);_paq.push(['enableLinkTracking']);(function(){{var u="https://stats.clermoulin.ch/";_paq.push(['setTrackerUrl',u+'matomo.php']);_paq.push(['setSiteId','3']);var d=document,g=d.createElement('script'),s=d.getElementsByTagName('script')[0];g.async=true;g.src=u+'matomo.js';s.parentNode.insertBefore(g,s);}})();</script>
</body>
</html>
"""


def bloomreach(art):
    """Bloomreach Experience Manager (Hippo) with the Scottish Government Design System, in Scots."""
    site = "https://www.glenmairn.gov.uk"
    url = f"{site}/news/new-leebrar-opens-kirkton"
    web = "/webfiles/1759403821447"
    pic = "/binaries/large/content/gallery/glenmairn/news/2025/10/kirkton-leebrar-openin.jpg"
    figure = f'<figure class="ds_image"><img class="ds_image__image" src="{pic}" alt="The Provost cuts a ribbon at the door o the new leebrar wi a group o bairns" width="960" height="640" loading="lazy"><figcaption class="ds_image__caption">The Provost, Cooncillor Agnes Mowat, wi bairns frae Kirkton Primary at the openin on Seturday. <span class="ds_image__credit">Photie: Glenmairn Cooncil</span></figcaption></figure>'
    readmore = '<p class="ds_leader--small"><strong>Read mair:</strong> <a href="/leebrars/jyne-the-leebrar">Hou tae jyne the leebrar an borrae buiks online</a></p>'
    body = paras(art, between={1: figure, 7: readmore})
    nav = lis(
        [
            "Services",
            "Hoosin",
            "Bins an recyclin",
            "Leebrars an culture",
            "Cooncil an democracy",
            "News",
        ],
        '<li class="ds_site-navigation__item"><a class="ds_site-navigation__link" href="/">{}</a></li>',
    )
    rel = teasers(
        [
            (
                "Buik Bus gets a new route throu the glen",
                "Frae November the Buik Bus will stap at fower mair clachans, wi a new stap at Balquhain Haw ilka second Wednesday.",
            ),
            (
                "Wark stairts on the Mercat Street toun square",
                "The square aside the new leebrar is tae get new seats, trees an a play aurie, wi the wark due tae feenish by the simmer.",
            ),
            (
                "Hae yer say on cooncil budgets for 2026",
                "Fowk in Glenmairn are bein speired whit services maitter maist tae them afore the cooncil sets its budget in Februar.",
            ),
        ],
        tag="h3",
        cls="ds_card ds_card--has-hover",
    )
    foot = lis(
        [
            "Accessibility",
            "Privacy",
            "Cookies",
            "Contack us",
            "Jobs",
            "Complaints",
            "Wabsteid in English",
        ],
        '<li class="ds_site-items__item"><a href="/">{}</a></li>',
    )
    return f"""<!DOCTYPE html>
<html lang="sco" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(art["title"])} - Glenmairn Cooncil</title>
<meta name="description" content="The new Kirkton Leebrar an Community Hub wis opened on Seturday by the Provost o Glenmairn.">
<link rel="canonical" href="{url}">
<link rel="alternate" hreflang="en" href="{site}/news/new-library-opens-kirkton">
<link rel="alternate" hreflang="sco" href="{url}">
<meta property="og:image" content="{site}{pic}">
<link rel="stylesheet" href="{web}/assets/css/main.css">
<link rel="icon" href="{web}/assets/images/icons/favicon.ico">
{news_ld(art, url, "Glenmairn Cooncil", "sco", time="11:00:00+01:00")}
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({{"format":"news","lang":"sco","siteid":"glenmairn"}});</script>
</head>
<body class="ds_page--news">
<div class="ds_page">
<div class="ds_page__top">
<div class="ds_skip-links"><ul class="ds_skip-links__list"><li class="ds_skip-links__item"><a class="ds_skip-links__link" href="#main-content">Gang tae the main content</a></li></ul></div>
<div class="ds_notification ds_reversed ds_notification--cookie js-initial-cookie-content" id="cookie-notification" role="region" aria-label="Cookies"><div class="ds_wrapper"><div class="ds_notification__content"><h2 class="ds_notification__title">Tellin ye aboot cookies</h2><p>We uise cookies tae gar this wabsteid wark. We wad like tae set some ither cookies an aw, sae we can ken hou ye uise the wabsteid an mak it better for awbody.</p><div class="ds_button-group"><button class="ds_button ds_button--small js-accept-all-cookies" type="button">Tak aw cookies</button><button class="ds_button ds_button--small ds_button--secondary js-accept-essential-cookies" type="button">Juist the needfu cookies</button><a class="ds_button ds_button--small ds_button--secondary" href="/cookies">Set cookie preferences</a></div></div></div></div>
<header class="ds_site-header ds_site-header--gradient" role="banner"><div class="ds_wrapper"><div class="ds_site-header__content">
<div class="ds_site-branding"><a class="ds_site-branding__logo ds_site-branding__link" href="/"><img class="ds_site-branding__logo-image" src="{web}/assets/images/logos/glenmairn-cooncil.svg" alt="Glenmairn Cooncil"></a><div class="ds_site-branding__title">Glenmairn Cooncil</div></div>
<div class="ds_site-header__controls"><label aria-controls="mobile-navigation" class="ds_site-header__control js-toggle-menu" for="menu"><span class="ds_site-header__control-text">Menu</span></label></div>
<div class="ds_site-header__search"><div class="ds_site-search"><form action="/search" role="search" class="ds_site-search__form" method="GET"><label class="ds_label visually-hidden" for="site-search">Seek</label><div class="ds_input__wrapper ds_input__wrapper--has-icon"><input name="q" required id="site-search" class="ds_input ds_site-search__input" type="search" placeholder="Seek the wabsteid" autocomplete="off"><button type="submit" class="ds_button js-site-search-button"><span class="visually-hidden">Seek</span></button></div></form></div></div>
<div class="ds_site-header__language"><ul class="ds_site-header__language-list"><li><a href="{site}/news/new-library-opens-kirkton" lang="en" hreflang="en">English</a></li><li><span aria-current="true">Scots</span></li></ul></div>
</div></div>
<div class="ds_site-header__navigation"><div class="ds_wrapper"><nav class="ds_site-navigation" aria-label="Main"><ul class="ds_site-navigation__list">{nav}</ul></nav></div></div>
</header>
</div>
<div class="ds_page__middle"><div class="ds_wrapper">
<nav aria-label="Breadcrumb"><ol class="ds_breadcrumbs"><li class="ds_breadcrumbs__item"><a class="ds_breadcrumbs__link" href="/">Hame</a></li><li class="ds_breadcrumbs__item"><a class="ds_breadcrumbs__link" href="/news">News</a></li><li class="ds_breadcrumbs__item"><span class="ds_breadcrumbs__current">New leebrar opens its doors</span></li></ol></nav>
<main id="main-content" class="ds_layout ds_layout--article">
<div class="ds_layout__header"><header class="ds_page-header"><span class="ds_page-header__label ds_content-label">News</span><h1 class="ds_page-header__title">{e(art["title"])}</h1>
<dl class="ds_page-header__metadata ds_metadata"><div class="ds_metadata__item"><dt class="ds_metadata__key">Pitten oot</dt> <dd class="ds_metadata__value"><time datetime="{art["date"]}">6 October 2025</time></dd></div><div class="ds_metadata__item"><dt class="ds_metadata__key">Scrievit by</dt> <dd class="ds_metadata__value">{e(art["author"])}, communications team</dd></div><div class="ds_metadata__item"><dt class="ds_metadata__key">Depairtment</dt> <dd class="ds_metadata__value"><a href="/leebrars">Leebrars an culture</a></dd></div></dl></header></div>
<div class="ds_layout__content">
<div class="ds_inset-text"><div class="ds_inset-text__text">This page is in Scots. <a href="{site}/news/new-library-opens-kirkton" lang="en">Read this news release in English</a>.</div></div>
<div class="body-content">
{body}
</div>
<div class="ds_share"><h2 class="ds_share__title">Share this page</h2><ul class="ds_share__list"><li><a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a></li><li><a href="https://x.com/intent/post?url={url}">X</a></li><li><a href="mailto:?subject=New%20leebrar&amp;body={url}">Email</a></li></ul></div>
<ul class="ds_tag-list" aria-label="Topics"><li class="ds_tag-list__item"><a class="ds_tag" href="/news?topic=leebrars">Leebrars</a></li><li class="ds_tag-list__item"><a class="ds_tag" href="/news?topic=kirkton">Kirkton</a></li><li class="ds_tag-list__item"><a class="ds_tag" href="/news?topic=community">Community</a></li></ul>
</div>
<div class="ds_layout__sidebar"><aside class="ds_article-aside"><h2 class="gamma">Relatit</h2><ul class="ds_no-bullets"><li><a href="/leebrars/kirkton">Kirkton Leebrar an Community Hub: oors an services</a></li><li><a href="/leebrars/buik-bus">The Buik Bus timetable</a></li><li><a href="/leebrars/volunteer">Volunteer wi yer local leebrar</a></li></ul></aside>
<aside class="ds_article-aside"><h2 class="gamma">Media enquiries</h2><p>Journalists can get in touch wi the cooncil press office frae 8.30am tae 5pm, Monanday tae Friday, on 01632 960 700.</p></aside></div>
<div class="ds_layout__feedback"><section class="ds_feedback" id="feedback"><h2 class="ds_feedback__title">Wis this page uisefu?</h2><form class="ds_feedback__form" action="/feedback" method="post"><div class="ds_field-group ds_field-group--inline"><div class="ds_radio ds_radio--small"><input class="ds_radio__input" id="fb-ay" name="useful" type="radio" value="yes"><label class="ds_radio__label" for="fb-ay">Ay</label></div><div class="ds_radio ds_radio--small"><input class="ds_radio__input" id="fb-naw" name="useful" type="radio" value="no"><label class="ds_radio__label" for="fb-naw">Naw</label></div></div><label class="ds_label" for="fb-comment">Tell us whit wis wrang wi this page</label><p class="ds_hint-text">We cannae reply tae onything ye pit in this form. Dinnae gie us ony personal details like yer address or phone nummer.</p><textarea class="ds_input" id="fb-comment" name="comment" rows="3"></textarea><button class="ds_button" type="submit">Send feedback</button></form></section></div>
</main>
<section class="ds_layout__list related-news"><h2>Mair news</h2><div class="ds_card-grid">{rel}</div></section>
<section class="ds_pre-footer newsletter"><h2>Get cooncil news in yer inbox</h2><p>Sign up for the Glenmairn Gazette, oor free e-newsletter that comes oot ilka fortnicht wi news, events an chynges tae services. Ye can stap it ony time ye like.</p><form action="/newsletter" method="post"><label class="ds_label" for="nl-email">Email address</label><input class="ds_input" type="email" id="nl-email" name="email"><button class="ds_button" type="submit">Sign up</button></form></section>
</div></div>
<div class="ds_page__bottom">
<footer class="ds_site-footer"><div class="ds_wrapper"><div class="ds_site-footer__content">
<ul class="ds_site-footer__site-items">{foot}</ul>
<div class="ds_site-footer__copyright"><p>Glenmairn Cooncil, Cooncil Biggins, 12 High Street, Kirkton o Glenmairn KG1 4AB. Phone 01632 960 600.</p><p>Aw the content on this wabsteid is available unner the Open Government Licence v3.0, forby whaur it says itherwise.</p><p>&copy; Glenmairn Cooncil 2025</p></div>
<div class="ds_site-footer__org"><a class="ds_site-footer__org-link" href="/"><img class="ds_site-footer__org-logo" src="{web}/assets/images/logos/glenmairn-cooncil-white.svg" alt="Glenmairn Cooncil"></a></div>
</div></div></footer>
</div>
</div>
<script src="{web}/assets/scripts/global.js" type="module"></script>
<script src="{web}/assets/scripts/news.js" type="module"></script>
</body>
</html>
"""


LAYOUTS_H35C = {
    "h35-07-university": ("h35_c1", sitestudio),
    "h35-08-passerelle": ("h35_c2", magnolia),
    "h35-09-scots": ("h35_c3", bloomreach),
}
