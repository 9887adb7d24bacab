"""Layouts of pages h34-07 to h34-09 of the held-out group "h34" of the extraction benchmark.

Written by someone other than the person tuning the reader and without reading the reader
or its output on these pages; never used for tuning (docs/benchmarks-extraction.md).
Fictional English pages on platforms not used by h2-h33: a city council's news article on
LocalGov Drupal (the localgov_base theme: ``lgd-header``, ``lgd-region``, an alert banner,
``node--type-localgov-news-article`` with the body in ``field--name-body``, an in-body
advert, "Was this page helpful?" feedback form, related news view, EU Cookie Compliance
banner, ``drupal-settings-json``); a ferry company's news story on Storyblok with Nuxt 3
(``#__nuxt``, ``data-v-`` scoped attributes, ``data-blok-c`` / ``data-blok-uid`` block
attributes, rich text with list items holding paragraphs, a service-status bar, a booking
widget, the story again in the ``__NUXT_DATA__`` payload); and a wildlife trust's news
post on Prismic with the Next.js App Router (slices in ``data-slice-type`` sections,
``images.prismic.io`` images, a promotion slice and an image slice with a caption and
credit, reader comments, the RSC payload in ``self.__next_f.push`` scripts).
"""

from __future__ import annotations

import html
import json

from page_parts import comments, lis, paras, teasers

e = html.escape


def ld(data):
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def news_ld(art, url, publisher, kind="NewsArticle", time="09:00:00+01:00"):
    return ld(
        {
            "@context": "https://schema.org",
            "@type": kind,
            "headline": art["title"],
            "inLanguage": "en-GB",
            "datePublished": f"{art['date']}T{time}",
            "author": {"@type": "Person", "name": art["author"]},
            "publisher": {"@type": "Organization", "name": publisher},
            "mainEntityOfPage": url,
        }
    )


def localgov(art):
    """LocalGov Drupal (localgov_base): a council news article in ``field--name-body``."""
    site = "https://www.brindleford.gov.uk"
    url = f"{site}/news/council-agrees-plan-reopen-tanners-yard-public-baths"
    fig = f'<figure role="group" class="align-center"><div class="media media--type-image media--view-mode-wide"><div class="field field--name-field-media-image field--type-image field--label-visually_hidden"><div class="field__label visually-hidden">Image</div><div class="field__item"><img loading="lazy" src="{site}/sites/default/files/styles/wide/public/2025-10/tanners-yard-main-pool-1912.jpg?itok=Qp3xL0aZ" width="1280" height="720" alt="The main pool at Tanner\'s Yard baths, with swimmers on the cast-iron gallery"></div></div></div><figcaption>The main pool at Tanner\'s Yard soon after it opened in 1912. Photo: Brindleford Local Studies Library</figcaption></figure>'
    advert = '<div class="lgd-advert block block-ad-slots" data-ad-slot="news-inline"><p class="lgd-advert__label">Advertisement</p><div id="div-gpt-ad-news-inline" style="min-height:250px"></div><p class="lgd-advert__note"><small>Adverts help fund council services. <a href="/advertising-on-our-website">About advertising on our website</a></small></p></div>'
    related_line = f'<p><strong>Related:</strong> <a href="{site}/news/consultation-opens-future-city-pools">Consultation opens on the future of the city\'s pools</a></p>'
    body = paras(art, between={1: fig, 8: advert, 12: related_line})
    menu = lis(
        [
            "Bins and recycling",
            "Council tax",
            "Housing",
            "Parking and roads",
            "Planning and building control",
            "Leisure, parks and culture",
            "Schools and education",
            "Social care",
        ],
        '<li class="lgd-header__nav-item"><a href="/services" class="lgd-header__nav-link">{}</a></li>',
    )
    rel = teasers(
        [
            (
                "Consultation opens on the future of the city's pools",
                "Residents are being asked how they use the council's four pools and what opening hours would suit them best.",
            ),
            (
                "Heritage open days draw record crowds",
                "More than 11,000 people visited buildings that are usually closed to the public over the September weekend.",
            ),
            (
                "New play area opens at Millbrook Park",
                "The rebuilt play area includes a wheelchair-accessible roundabout and a sensory garden designed with local schools.",
            ),
        ],
        tag="h3",
        cls="lgd-teaser lgd-teaser--localgov-news-article",
    )
    footer_links = lis(
        [
            "Accessibility statement",
            "Cookies",
            "Privacy",
            "Contact us",
            "Jobs",
            "Complaints",
            "Council and democracy",
            "Translate this page",
        ],
        '<li class="lgd-footer__link"><a href="/">{}</a></li>',
    )
    settings = json.dumps(
        {
            "path": {"baseUrl": "/", "currentPath": "node/48213", "currentLanguage": "en"},
            "eu_cookie_compliance": {
                "popup_enabled": True,
                "popup_agreed_enabled": False,
                "method": "categories",
            },
            "localgov_alert_banner": {"hideAfter": 0},
            "user": {"uid": 0},
        },
        ensure_ascii=False,
    )
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
  <head>
    <meta charset="utf-8" />
    <meta name="description" content="The council has agreed a £2.4 million plan to repair and reopen the Victorian public baths at Tanner's Yard." />
    <link rel="canonical" href="{url}" />
    <meta property="og:title" content="{e(art["title"])}" />
    <meta property="og:site_name" content="Brindleford City Council" />
    <meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
    <meta name="MobileOptimized" content="width" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    {news_ld(art, url, "Brindleford City Council")}
    <title>{e(art["title"])} | Brindleford City Council</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_kS0f1vQb8WqvN.css?delta=0&amp;language=en&amp;theme=localgov_base" />
    <script src="/sites/default/files/js/js_Yv0oHkP2jZlS.js?scope=header&amp;delta=0&amp;language=en&amp;theme=localgov_base"></script>
  </head>
  <body class="path-node page-node-type-localgov-news-article">
    <a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div class="page">
      <div class="lgd-region lgd-region--pre-header region region-pre-header">
        <div class="localgov-alert-banner localgov-alert-banner--minor js-localgov-alert-banner" data-dismiss-alert-token="a7c19e" role="region" aria-label="Alert">
          <div class="localgov-alert-banner__inner lgd-container"><h2 class="localgov-alert-banner__title">Garden waste collections</h2><p>Garden waste collections finish for the winter on Friday 28 November. <a href="/bins">Check your collection day</a>.</p><button class="localgov-alert-banner__close js-localgov-alert-banner__close" type="button">Hide alert</button></div>
        </div>
      </div>
      <header class="lgd-header" role="banner">
        <div class="lgd-header__inner lgd-container">
          <div class="lgd-header__logo"><a href="/" rel="home" title="Brindleford City Council homepage"><img src="/themes/custom/brindleford/logo.svg" alt="Brindleford City Council" /></a></div>
          <div class="lgd-header__search"><form class="localgov-search-block" action="/search" method="get" id="localgov-sitewide-search-block" accept-charset="UTF-8"><label for="edit-s" class="visually-hidden">Search this site</label><input placeholder="Search this site" type="text" id="edit-s" name="s" class="form-text" /><button type="submit" class="localgov-search-block__submit">Search</button></form></div>
          <nav class="lgd-header__nav lgd-header__nav--primary" aria-label="Main"><button class="lgd-header__toggle" aria-expanded="false" aria-controls="lgd-header__nav--primary">Menu</button><ul class="lgd-header__nav-list">{menu}</ul></nav>
        </div>
      </header>
      <div class="lgd-region lgd-region--breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ol></nav></div>
      <main class="main lgd-container" id="main-content" tabindex="-1">
        <div class="lgd-region lgd-region--content region region-content">
          <div data-drupal-messages-fallback class="hidden"></div>
          <div class="lgd-page-title-block"><h1 class="lgd-page-title-block__title"><span class="field field--name-title field--type-string field--label-hidden">{e(art["title"])}</span></h1></div>
          <article role="article" class="node node--type-localgov-news-article node--view-mode-full">
            <div class="node__content">
              <div class="localgov-news-article__meta"><div class="field field--name-localgov-news-date field--type-datetime field--label-inline"><div class="field__label">Published</div><div class="field__item"><time datetime="{art["date"]}T09:00:00Z">8 October 2025</time></div></div><div class="field field--name-localgov-news-byline field--label-inline"><div class="field__label">By</div><div class="field__item">{e(art["author"])}, communications officer</div></div></div>
              <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>
              <div class="field field--name-localgov-news-categories field--label-above"><div class="field__label">Categories</div><div class="field__items"><div class="field__item"><a href="/news/leisure" hreflang="en">Leisure and culture</a></div><div class="field__item"><a href="/news/heritage" hreflang="en">Heritage</a></div></div></div>
            </div>
          </article>
          <div class="lgd-share block block-social-media-links"><h2 class="visually-hidden">Share this page</h2><ul class="social-media-links--platforms"><li><a href="https://www.facebook.com/sharer/sharer.php?u={url}">Share on Facebook</a></li><li><a href="https://x.com/intent/post?url={url}">Share on X</a></li><li><a href="mailto:?subject=Tanner%27s%20Yard&amp;body={url}">Share by email</a></li></ul></div>
          <section class="view view-localgov-news-list view-id-localgov_news_list view-display-id-related"><h2>Related news</h2><div class="view-content">{rel}</div></section>
        </div>
      </main>
      <div class="lgd-region lgd-region--content-bottom">
        <form class="localgov-feedback-form" action="/feedback" method="post" id="page-feedback-form" data-drupal-selector="page-feedback-form"><fieldset><legend>Was this page helpful?</legend><input type="radio" id="fb-yes" name="helpful" value="yes" /><label for="fb-yes">Yes</label><input type="radio" id="fb-no" name="helpful" value="no" /><label for="fb-no">No</label></fieldset><label for="fb-text">Tell us how we can improve this page</label><textarea id="fb-text" name="comment" rows="4"></textarea><p class="description">We cannot reply to comments left on this form. If you need an answer, please use our contact form instead. Do not include personal details such as your address or phone number.</p><button type="submit" class="button">Send feedback</button></form>
        <div class="lgd-newsletter block"><h2>Get council news by email</h2><p>Sign up to Brindleford Bulletin for the latest news, events and service updates, sent every fortnight. You can unsubscribe at any time.</p><form action="https://public.govdelivery.example/accounts/BRINDLE/subscriber/new" method="get"><label for="nl-email">Email address</label><input type="email" id="nl-email" name="email" /><button type="submit">Subscribe</button></form></div>
      </div>
      <footer class="lgd-footer" role="contentinfo"><div class="lgd-footer__inner lgd-container"><ul class="lgd-footer__links">{footer_links}</ul><p class="lgd-footer__address">Brindleford City Council, Civic Centre, Harrow Street, Brindleford BF1 2CC. Telephone 01632 960 400.</p><p class="lgd-footer__copyright">© Brindleford City Council 2025</p><p class="lgd-footer__powered">Powered by <a href="https://localgovdrupal.org">LocalGov Drupal</a></p></div></footer>
    </div>
    </div>
    <div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--categories" role="dialog" aria-describedby="popup-text"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><h2>Cookies on the Brindleford City Council website</h2><p>We use some essential cookies to make this website work. We would also like to set analytics cookies to understand how you use the site so that we can improve council services.</p><button type="button" class="find-more-button eu-cookie-compliance-more-button">Read our cookie policy</button></div><div id="eu-cookie-compliance-categories" class="eu-cookie-compliance-categories"><div class="eu-cookie-compliance-category"><input type="checkbox" name="cookie-categories" id="cookie-category-analytics" value="analytics" /><label for="cookie-category-analytics">Analytics cookies</label><div class="eu-cookie-compliance-category-description">These help us count visits and see which pages are most useful.</div></div></div><div id="popup-buttons" class="eu-cookie-compliance-buttons eu-cookie-compliance-has-categories"><button type="button" class="agree-button eu-cookie-compliance-default-button">Accept all cookies</button><button type="button" class="eu-cookie-compliance-save-preferences-button">Save preferences</button><button type="button" class="decline-button eu-cookie-compliance-default-button">Reject additional cookies</button></div></div></div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{settings}</script>
    <script src="/sites/default/files/js/js_0DqRt2bH7n.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=localgov_base"></script>
  </body>
</html>
"""


def storyblok(art):
    """Storyblok + Nuxt 3: rich-text bloks (list items hold paragraphs), payload repeats the story."""
    site = "https://www.alvieferries.example"
    url = f"{site}/news/corran-bright-enters-service"
    img = "https://a.storyblok.com/f/289114/1600x900/4be1c0d2a9/corran-bright-port-alvie.jpg"

    def blok(name, uid, inner, cls):
        meta = e(json.dumps({"name": name, "space": "289114", "uid": uid, "id": "612044871"}))
        return f'<div data-v-5f2a91c3 data-blok-c="{meta}" data-blok-uid="612044871-{uid}" class="{cls}">{inner}</div>'

    def rich(uid, start, stop):
        inner = (
            paras(art, start=start, stop=stop)
            .replace("<li>", "<li><p>")
            .replace("</li>", "</p></li>")
        )
        return blok(
            "rich_text",
            uid,
            f'<div data-v-8d1e0b47 class="rich-text prose">{inner}</div>',
            "sb-rich-text",
        )

    image = blok(
        "image_caption",
        "b7e2c4a0",
        f'<figure data-v-2c7f44e1 class="sb-figure"><img data-v-2c7f44e1 src="{img}/m/1200x0/filters:quality(75)" srcset="{img}/m/640x0 640w, {img}/m/1200x0 1200w" sizes="(max-width: 768px) 100vw, 760px" alt="The Corran Bright leaving Port Alvie" loading="lazy" width="1200" height="675"><figcaption data-v-2c7f44e1>The Corran Bright leaves Port Alvie on her first scheduled sailing. <span class="sb-figure__credit">Photo: Alvie &amp; Skerrow Ferries / Kenna Doig</span></figcaption></figure>',
        "sb-image",
    )
    promo = blok(
        "promo_card",
        "c91f07de",
        '<aside data-v-41aa09c2 class="promo-card"><span data-v-41aa09c2 class="promo-card__label">Offer</span><p data-v-41aa09c2 class="promo-card__title">Island Rover: five days of unlimited foot-passenger travel from £39</p><a data-v-41aa09c2 href="/tickets/island-rover" class="btn btn--small">Find out more</a></aside>',
        "sb-promo",
    )
    read_also = blok(
        "link_line",
        "d40b6e17",
        '<p data-v-77c3e5a9 class="link-line"><strong>Read also:</strong> <a href="/news/skerrow-pier-charging-point-works">Work starts on Skerrow pier charging point</a></p>',
        "sb-link-line",
    )
    body = "\n".join(
        [
            rich("a11c9f30", 0, 2),
            image,
            rich("a11c9f31", 2, 6),
            promo,
            rich("a11c9f32", 6, 12),
            read_also,
            rich("a11c9f33", 12, len(art["paragraphs"])),
        ]
    )
    doc = {"type": "doc", "content": []}
    for p in art["paragraphs"]:
        if p.startswith("## "):
            doc["content"].append(
                {
                    "type": "heading",
                    "attrs": {"level": 2},
                    "content": [{"text": p[3:], "type": "text"}],
                }
            )
        elif p.startswith("- "):
            item = {
                "type": "list_item",
                "content": [{"type": "paragraph", "content": [{"text": p[2:], "type": "text"}]}],
            }
            if doc["content"][-1]["type"] != "bullet_list":
                doc["content"].append({"type": "bullet_list", "content": []})
            doc["content"][-1]["content"].append(item)
        else:
            doc["content"].append({"type": "paragraph", "content": [{"text": p, "type": "text"}]})
    payload = json.dumps(
        [
            ["ShallowReactive", 1],
            {
                "data": 2,
                "state": 5,
                "once": 6,
                "_errors": 7,
                "serverRendered": True,
                "path": "/news/corran-bright-enters-service",
            },
            ["ShallowReactive", 3],
            {"story-news/corran-bright-enters-service": 4},
            {
                "name": art["title"],
                "full_slug": "news/corran-bright-enters-service",
                "first_published_at": art["date"] + "T06:30:00.000Z",
                "content": {"component": "news_article", "author": art["author"], "body": doc},
            },
            {},
            ["Set"],
            ["ShallowReactive", 8],
            {},
        ],
        ensure_ascii=False,
    )
    nav = lis(
        [
            "Timetables",
            "Fares and tickets",
            "Routes and islands",
            "Travelling with a vehicle",
            "Accessibility",
            "Freight",
            "News",
            "Help and contact",
        ],
        '<li data-v-3ab1f0e2 class="main-nav__item"><a data-v-3ab1f0e2 href="/" class="main-nav__link">{}</a></li>',
    )
    rel = teasers(
        [
            (
                "Work starts on Skerrow pier charging point",
                "Contractors will be on the pier from June, and foot passengers will use a temporary walkway while the work is carried out.",
            ),
            (
                "Winter refit programme published",
                "Dates for each vessel's annual overhaul are now online, along with the relief ship that will cover each route.",
            ),
            (
                "Isle of Duncraig's last sailing on the Skerrow route",
                "Crew past and present joined islanders on Sunday to say goodbye to the ship that served Skerrow for almost four decades.",
            ),
        ],
        tag="h3",
        cls="news-card",
    )
    foot = lis(
        [
            "About us",
            "Careers",
            "Accessibility statement",
            "Privacy notice",
            "Cookie settings",
            "Conditions of carriage",
            "Modern slavery statement",
        ],
        '<li data-v-9e0c12aa><a data-v-9e0c12aa href="/">{}</a></li>',
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB" data-capo="">
<head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(art["title"])} | Alvie &amp; Skerrow Ferries</title>
<link rel="stylesheet" href="/_nuxt/entry.Dq3kT7aB.css" crossorigin>
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/BfG2xk7R.js">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/Cz81LwQe.js">
<link rel="preconnect" href="https://a.storyblok.com">
<script type="module" src="/_nuxt/BfG2xk7R.js" crossorigin></script>
<meta name="description" content="The new hybrid ferry made her first scheduled crossing to Skerrow on Tuesday.">
<meta property="og:title" content="{e(art["title"])}">
<meta property="og:image" content="{img}/m/1200x630">
<link rel="canonical" href="{url}">
{news_ld(art, url, "Alvie & Skerrow Ferries", time="07:30:00+01:00")}
</head>
<body><div id="__nuxt"><div data-v-app class="layout" data-v-1c2b3a4d>
<a data-v-1c2b3a4d href="#main" class="skip-link">Skip to main content</a>
<div data-v-6be0f312 class="status-bar status-bar--amber" role="status"><div data-v-6be0f312 class="container"><strong data-v-6be0f312>Service status:</strong> <span data-v-6be0f312>Port Alvie – Skerrow: sailing as timetabled.</span> <span data-v-6be0f312>Kilbraid – Inchmore: the 16.40 sailing may be cancelled at short notice due to forecast high winds.</span> <a data-v-6be0f312 href="/service-status">All service updates</a></div></div>
<header data-v-3ab1f0e2 class="site-header"><div data-v-3ab1f0e2 class="container site-header__inner"><a data-v-3ab1f0e2 href="/" class="site-header__logo" aria-label="Alvie &amp; Skerrow Ferries home"><img data-v-3ab1f0e2 src="/logo.svg" alt="Alvie &amp; Skerrow Ferries"></a><nav data-v-3ab1f0e2 class="main-nav" aria-label="Main navigation"><ul data-v-3ab1f0e2 class="main-nav__list">{nav}</ul></nav><form data-v-3ab1f0e2 class="site-search" role="search" action="/search"><label data-v-3ab1f0e2 for="q" class="sr-only">Search</label><input data-v-3ab1f0e2 id="q" name="q" type="search" placeholder="Search timetables, fares and help"><button data-v-3ab1f0e2 type="submit">Search</button></form><a data-v-3ab1f0e2 href="/account" class="site-header__account">My bookings</a></div></header>
<div data-v-70d4e1b9 class="booking-widget"><form data-v-70d4e1b9 action="/book" class="booking-widget__form"><p data-v-70d4e1b9 class="booking-widget__title">Plan your journey</p><label data-v-70d4e1b9>From<select data-v-70d4e1b9 name="from"><option>Port Alvie</option><option>Skerrow</option><option>Kilbraid</option></select></label><label data-v-70d4e1b9>To<select data-v-70d4e1b9 name="to"><option>Skerrow</option><option>Port Alvie</option><option>Inchmore</option></select></label><label data-v-70d4e1b9>Date<input data-v-70d4e1b9 type="date" name="date"></label><button data-v-70d4e1b9 type="submit" class="btn btn--primary">Check availability</button></form></div>
<main data-v-1c2b3a4d id="main"><div data-v-5f2a91c3 data-blok-c="{e(json.dumps({"name": "news_article", "space": "289114", "uid": "root", "id": "612044871"}))}" data-blok-uid="612044871-root" class="news-article container">
<nav data-v-5f2a91c3 class="breadcrumbs" aria-label="Breadcrumb"><a data-v-5f2a91c3 href="/">Home</a> / <a data-v-5f2a91c3 href="/news">News</a> / <span data-v-5f2a91c3>Corran Bright enters service</span></nav>
<span data-v-5f2a91c3 class="news-article__tag">Fleet news</span>
<h1 data-v-5f2a91c3 class="news-article__title">{e(art["title"])}</h1>
<p data-v-5f2a91c3 class="news-article__meta"><span data-v-5f2a91c3>By {e(art["author"])}</span> · <time data-v-5f2a91c3 datetime="{art["date"]}">14 May 2025</time> · <span data-v-5f2a91c3>3 min read</span></p>
<div data-v-0aa4f3d8 class="share-bar"><span data-v-0aa4f3d8>Share</span><a data-v-0aa4f3d8 href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a><a data-v-0aa4f3d8 href="https://x.com/intent/post?url={url}">X</a><a data-v-0aa4f3d8 href="https://wa.me/?text={url}">WhatsApp</a><button data-v-0aa4f3d8 type="button">Copy link</button></div>
<div data-v-5f2a91c3 class="news-article__body">
{body}
</div>
<div data-v-e31b77c0 class="feedback-widget"><p data-v-e31b77c0 class="feedback-widget__question">Was this article helpful?</p><button data-v-e31b77c0 type="button">Yes</button><button data-v-e31b77c0 type="button">No</button><p data-v-e31b77c0 class="feedback-widget__note">Your feedback helps us improve our news and travel updates. For questions about a booking, please contact our customer team.</p></div>
</div>
<section data-v-4d6a2bb5 class="related-news container"><h2 data-v-4d6a2bb5>More news</h2><div data-v-4d6a2bb5 class="news-grid">{rel}</div></section>
<section data-v-c0f3e611 class="newsletter"><div data-v-c0f3e611 class="container"><h2 data-v-c0f3e611>Sign up for travel updates</h2><p data-v-c0f3e611>Get timetable changes, disruption alerts and offers for your route straight to your inbox. We will never share your details.</p><form data-v-c0f3e611 action="/newsletter"><input data-v-c0f3e611 type="email" placeholder="Your email address"><button data-v-c0f3e611 type="submit">Sign up</button></form></div></section>
</main>
<footer data-v-9e0c12aa class="site-footer"><div data-v-9e0c12aa class="container"><ul data-v-9e0c12aa class="site-footer__links">{foot}</ul><p data-v-9e0c12aa>Alvie &amp; Skerrow Ferries Ltd is registered in Scotland, company number SC000481. Registered office: Pier Road, Port Alvie PA99 1AF.</p><p data-v-9e0c12aa>© 2025 Alvie &amp; Skerrow Ferries</p></div></footer>
<div data-v-2e8d7a31 class="cookie-banner" role="dialog" aria-label="Cookie consent"><p data-v-2e8d7a31>We use cookies to keep our booking system working and, with your permission, to measure how our website is used. You can change your choice at any time from Cookie settings at the bottom of every page.</p><button data-v-2e8d7a31 type="button">Accept all</button><button data-v-2e8d7a31 type="button">Necessary only</button><a data-v-2e8d7a31 href="/cookies">Manage cookies</a></div>
</div></div><div id="teleports"></div><script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">{payload}</script>
<script>window.__NUXT__={{}};window.__NUXT__.config={{public:{{storyblok:{{accessToken:"",version:"published"}}}},app:{{baseURL:"/",buildId:"b41c7e02",buildAssetsDir:"/_nuxt/",cdnURL:""}}}}</script></body></html>
"""


def prismic(art):
    """Prismic + Next.js App Router: slices in ``data-slice-type`` sections, RSC payload."""
    site = "https://www.hollinvalleywildlife.example"
    url = f"{site}/news/water-voles-return-to-hollin-moss"
    raw = "https://images.prismic.io/hollin-wildlife/Zr9x1UaF0TcGJd3k_hollin-moss-vole.jpg?auto=format,compress"
    q = (
        raw.replace(":", "%3A")
        .replace("/", "%2F")
        .replace("?", "%3F")
        .replace("=", "%3D")
        .replace(",", "%2C")
    )
    n = len(art["paragraphs"])

    def slice_(kind, var, inner, i):
        return f'<section data-slice-type="{kind}" data-slice-variation="{var}" class="slice slice--{kind.replace("_", "-")} RichText_slice__{i}x9Qa">{inner}</section>'

    def rich(start, stop, i):
        return slice_(
            "rich_text",
            "default",
            f'<div class="prose Prose_prose__Hk3o1">{paras(art, start=start, stop=stop)}</div>',
            i,
        )

    image = slice_(
        "image",
        "withCaption",
        f'<figure class="ImageSlice_figure__Lw2pR"><img alt="A water vole eating reed stems at the edge of a ditch" loading="lazy" width="1600" height="1067" decoding="async" data-nimg="1" class="ImageSlice_img__b8Tq0" style="color:transparent" srcset="/_next/image?url={q}&amp;w=1080&amp;q=75 1x, /_next/image?url={q}&amp;w=1920&amp;q=75 2x" src="/_next/image?url={q}&amp;w=1920&amp;q=75"/><figcaption class="ImageSlice_caption__9mWcE"><p>A water vole feeding beside one of the reserve\'s rewetted ditches.</p><p class="ImageSlice_credit__3kLpA">Photo © Hollin Valley Wildlife Trust / Ros Ackroyd</p></figcaption></figure>',
        "a",
    )
    promo = slice_(
        "promotion",
        "membership",
        '<aside class="Promo_box__V7h2s"><span class="Promo_label__0kQx1">Promotion</span><h3 class="Promo_title__n3Sfc">Join the trust from £4 a month</h3><p>Members get free entry to our visitor centres, a quarterly magazine and a welcome pack.</p><a class="Button_button__p2a8K" href="/join">Join today</a></aside>',
        "b",
    )
    also = slice_(
        "related_link",
        "inline",
        '<p class="RelatedLink_line__x3Pe8"><span class="RelatedLink_label__qQ1nL">Read also:</span> <a href="/news/mink-raft-volunteers-needed">Mink raft volunteers needed along the Hollin Brook</a></p>',
        "c",
    )
    body = "\n".join(
        [rich(0, 2, "d"), image, rich(2, 6, "e"), promo, rich(6, 11, "f"), also, rich(11, n, "g")]
    )
    blocks = [
        {
            "type": "heading2"
            if p.startswith("## ")
            else "list-item"
            if p.startswith("- ")
            else "paragraph",
            "text": p[3:] if p.startswith("## ") else p[2:] if p.startswith("- ") else p,
            "spans": [],
        }
        for p in art["paragraphs"]
    ]
    doc = {
        "uid": "water-voles-return-to-hollin-moss",
        "type": "news_post",
        "lang": "en-gb",
        "data": {
            "title": [{"type": "heading1", "text": art["title"], "spans": []}],
            "author": art["author"],
            "slices": [
                {"slice_type": "rich_text", "variation": "default", "primary": {"content": blocks}}
            ],
        },
    }
    rsc = json.dumps(
        '5:["$","article",null,{"className":"NewsPost_article__Yw1bT","children":'
        + json.dumps(doc, ensure_ascii=False)
        + "}]\n",
        ensure_ascii=False,
    )
    nav = lis(
        [
            "Our reserves",
            "Wildlife",
            "Get involved",
            "Events",
            "Learning",
            "News",
            "Shop",
            "About us",
        ],
        '<li class="Nav_item__f0Wq2"><a class="Nav_link__Vd7rL" href="/">{}</a></li>',
    )
    rel = teasers(
        [
            (
                "Mink raft volunteers needed along the Hollin Brook",
                "We are looking for people who can spare an hour every two weeks to check a raft near their home and send in what they find.",
            ),
            (
                "Curlew chicks fledge on Harden Edge",
                "Three pairs of curlew raised young on the moor this summer, the best result since monitoring began in 2016.",
            ),
            (
                "Boardwalk at Hollin Moss to be rebuilt",
                "The ageing boardwalk will close for six weeks in the autumn while a new recycled-plastic path is laid across the mire.",
            ),
        ],
        tag="h3",
        cls="Card_card__uE3s0",
    )
    cms = comments(
        [
            (
                "Margaret H.",
                "27 Aug 2025",
                "Wonderful news. I used to see voles on the brook as a child in the seventies and had given up hope of ever seeing one there again.",
                "Reply",
            ),
            (
                "Dev Kaur",
                "27 Aug 2025",
                "Is there a best time of day to try to spot them from the boardwalk? I have been three times this month without any luck.",
                "Reply",
            ),
            (
                "Hollin Valley Wildlife Trust",
                "28 Aug 2025",
                "Thanks Dev. Early mornings in still weather are best, and listen for the plop as they drop into the water. Please stay on the boardwalk.",
                "Reply",
            ),
        ],
        cls="Comments_comment__r7YpL",
    )
    foot = lis(
        [
            "Contact us",
            "Accessibility",
            "Privacy policy",
            "Cookie policy",
            "Terms of use",
            "Jobs",
            "Press office",
        ],
        '<li><a href="/">{}</a></li>',
    )
    return f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="stylesheet" href="/_next/static/css/7c1e4b2a9f0d3e55.css" data-precedence="next"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-3f9a0c21d8e4b6a7.js"/><script src="/_next/static/chunks/fd9d1056-4a0b2c9e8f3d7a11.js" async=""></script><script src="/_next/static/chunks/main-app-0e5c3b1a7d2f9e48.js" async=""></script><script src="/_next/static/chunks/app/news/%5Buid%5D/page-9b1d2e7c4a3f0b65.js" async=""></script><link rel="preconnect" href="https://images.prismic.io"/><title>{e(art["title"])} | Hollin Valley Wildlife Trust</title><meta name="description" content="Water voles are breeding at Hollin Moss for the first time in more than twenty years."/><link rel="canonical" href="{url}"/><meta property="og:title" content="{e(art["title"])}"/><meta property="og:image" content="{raw}&amp;w=1200&amp;h=630"/><meta name="next-size-adjust"/>{news_ld(art, url, "Hollin Valley Wildlife Trust")}</head><body class="__variable_4c8e1a __className_9a0f33"><div class="Layout_root__Qe8k1">
<a class="SkipLink_skip__a1Zx9" href="#main">Skip to content</a>
<div class="DonateBar_bar__n6Fp0"><p>Help us protect wild places in the Hollin valley.</p><a href="/donate" class="Button_button__p2a8K">Donate</a><a href="/join" class="Button_button__p2a8K Button_secondary__j4Lw2">Become a member</a></div>
<header class="Header_header__T1pQz"><a href="/" class="Header_logo__e5Kc2"><img alt="Hollin Valley Wildlife Trust" width="180" height="60" src="/logo.svg"/></a><nav aria-label="Main" class="Nav_nav__Bq2Ze"><ul class="Nav_list__s8Lo3">{nav}</ul></nav><form role="search" action="/search" class="Search_form__Lk0p4"><label for="site-search" class="sr-only">Search the site</label><input id="site-search" name="q" type="search" placeholder="Search reserves, wildlife and events"/><button type="submit">Search</button></form></header>
<main id="main" class="NewsPost_main__H2c9w"><article class="NewsPost_article__Yw1bT"><nav aria-label="Breadcrumb" class="Breadcrumbs_nav__z0Tt6"><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li aria-current="page">Water voles return to Hollin Moss</li></ol></nav>
<p class="NewsPost_category__K3dM7">Reserve news</p><h1 class="NewsPost_title__c1P0e">{e(art["title"])}</h1><div class="NewsPost_meta__q5Jx2"><span>By <!-- -->{e(art["author"])}</span><span aria-hidden="true"> · </span><time dateTime="{art["date"]}">27 August 2025</time></div>
<div class="Share_bar__B6mQz"><span class="Share_label__x0Pv1">Share this story</span><a href="https://www.facebook.com/sharer/sharer.php?u={url}" aria-label="Share on Facebook">Facebook</a><a href="https://bsky.app/intent/compose?text={url}" aria-label="Share on Bluesky">Bluesky</a><a href="mailto:?body={url}" aria-label="Share by email">Email</a></div>
<div class="NewsPost_body__fR8m4">
{body}
</div>
<div class="NewsPost_tags__w7Ry3"><a href="/news?tag=water-voles">Water voles</a><a href="/news?tag=peatland">Peatland</a><a href="/news?tag=hollin-moss">Hollin Moss</a></div></article>
<section class="Comments_section__Jm2aX" aria-labelledby="comments-heading"><h2 id="comments-heading">Comments (3)</h2>{cms}<form class="Comments_form__y6Hq0"><label for="comment-text">Leave a comment</label><textarea id="comment-text" rows="4"></textarea><p class="Comments_note__b2Ws7">Comments are moderated and will appear once they have been approved. Please keep them kind and on topic.</p><button type="submit">Post comment</button></form></section>
<section class="Related_section__Vv5e1"><h2>More news from the trust</h2><div class="Related_grid__t3Kd0">{rel}</div></section>
<section class="Newsletter_box__pF1wR"><h2>Wild news in your inbox</h2><p>Sign up for our monthly e-newsletter with wildlife sightings, reserve news and events near you. You can unsubscribe at any time.</p><form action="/api/newsletter" method="post"><input type="email" name="email" placeholder="Email address" aria-label="Email address"/><button type="submit">Sign up</button></form></section></main>
<footer class="Footer_footer__mW9s4"><ul class="Footer_links__a2Bc7">{foot}</ul><p>Hollin Valley Wildlife Trust is a registered charity, number 1000472, and a company limited by guarantee registered in England, number 0004721.</p><p>© 2025 Hollin Valley Wildlife Trust</p></footer>
<div class="CookieBanner_banner__Gt5e2" role="dialog" aria-live="polite"><p>We use cookies to make our website work and, if you agree, to understand how visitors use it and to show you relevant appeals. Read our cookie policy to find out more.</p><button type="button">Accept all</button><button type="button">Reject optional cookies</button></div>
</div><script src="/_next/static/chunks/webpack-3f9a0c21d8e4b6a7.js" async=""></script><script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script><script>self.__next_f.push([1,"1:HL[\\"/_next/static/css/7c1e4b2a9f0d3e55.css\\",\\"style\\"]\\n"])</script><script>self.__next_f.push([1,{rsc}])</script><script async src="https://static.cdn.prismic.io/prismic.js?new=true&amp;repo=hollin-wildlife"></script></body></html>
"""


LAYOUTS_H34C = {
    "h34-07-council": ("h34_c1", localgov),
    "h34-08-ferry": ("h34_c2", storyblok),
    "h34-09-wildlife": ("h34_c3", prismic),
}
