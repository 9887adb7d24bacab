"""Layouts of pages h35-01 to h35-03 of the held-out group "h35" of the extraction benchmark.

Written by someone other than the person tuning the reader and without reading the reader
or its output on these pages; never used for tuning (docs/benchmarks-extraction.md).
Fictional pages on commercial newsroom platforms not used by h2-h34: a Norwegian Nynorsk
regional paper's story on Escenic Content Engine with the widget framework
(``/nyhende/article<id>.ece`` URLs, ``/incoming/article<id>.ece/ALTERNATES/w980c169/``
image derivatives, ``widget`` / ``area`` / ``column`` wrappers, the body in
``div.body`` of ``widget article`` with a picture, a "Les også" line and an ``Annonse``
slot between the paragraphs, a Sourcepoint-style consent message, the article id in the
data layer); an Irish regional daily's story on Atex Polopoly (``-1.<id>`` content-id
URLs, ``/polopoly_fs/1.<id>!/image/image.jpg_gen/derivatives/landscape_620/`` images,
``data-contentid`` attributes, the body in ``article-body`` with an inline picture,
a "Read more" related link and an MPU slot, reader comments, a "Most read" list); and a
Serbian regional TV station's news story on a broadcaster site built around the Brid.TV
video platform (a ``div.brid`` player with the ``$bp()`` configuration and
``services.brid.tv`` scripts at the top of the story, a "Pogledajte i" line and an
inline video between the paragraphs, a programme schedule widget, a live-stream button).
"""

from __future__ import annotations

import html
import json

from page_parts import comments, lis, paras, teasers

e = html.escape


def ld(data):
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def news_ld(art, url, publisher, lang, time="06:00:00+02:00"):
    return ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": art["title"],
            "inLanguage": lang,
            "datePublished": f"{art['date']}T{time}",
            "author": {"@type": "Person", "name": art["author"]},
            "publisher": {"@type": "Organization", "name": publisher},
            "mainEntityOfPage": url,
        }
    )


def escenic(art):
    """Escenic Content Engine (widget framework): ingress in ``summary``, body in ``div.body``."""
    site = "https://www.fjordposten.no"
    aid = "16473829"
    url = f"{site}/nyhende/article{aid}.ece"
    img = f"{site}/incoming/article16473851.ece/ALTERNATES/w980c169/geitberget-skredsikring.jpg"
    credit = e(art["credits"][0])
    fig = f'<div class="widget picture inline-picture" data-ece-id="16473851"><figure class="img-wrapper"><picture><source media="(max-width: 599px)" srcset="{site}/incoming/article16473851.ece/ALTERNATES/w600c169/geitberget-skredsikring.jpg" /><img src="{img}" width="980" height="551" alt="Fjellsida ved Geitberget med vegen under" loading="lazy" /></picture><figcaption><span class="caption">Fjellsida ved Geitberget har sendt stein ned på vegen fleire gonger dei siste vintrane.</span> <span class="byline">{credit}</span></figcaption></figure></div>'
    les = '<div class="widget related-inline"><p class="les-ogsaa"><strong>Les også:</strong> <a href="/nyhende/article16398412.ece">Fylket vil bruke 40 millionar på mellombels sikring ved Raudeskreda</a></p></div>'
    ad = '<div class="widget ad ad-netboard" data-ad-position="netboard_1"><span class="ad-label">Annonse</span><div id="ad-netboard_1" class="ad-slot" style="min-height:300px"></div></div>'
    body = paras(art, start=1, between={1: fig, 5: les, 12: ad})
    menu = lis(
        ["Nyhende", "Sport", "Kultur", "Meiningar", "Næringsliv", "Dødsfall", "E-avis", "Tips oss"],
        '<li class="menu-item"><a href="/nyhende">{}</a></li>',
    )
    mest = lis(
        [
            "Brann i naust på Sandøyra – mannskap frå tre kommunar rykte ut",
            "Sparebanken flyttar filialen i Fjellvåg til kulturhuset",
            "Fjellvåg IL klar for kvalifisering etter 3–1 mot Vangen",
            "Ny lege på plass i Kvernvik etter to år utan fast lege",
            "Hytteeigarar må betale meir for renovasjon frå nyttår",
        ],
        '<li class="teaser most-read-item"><a href="/nyhende/">{}</a></li>',
    )
    fleire = teasers(
        [
            (
                "Skulen i Kvernvik får ny gymsal",
                "Kommunestyret løyvde 14 millionar kroner til ein ny gymsal, og arbeidet skal starte etter påske.",
            ),
            (
                "Ferja går som normalt igjen",
                "Etter tre dagar med innstilte avgangar på grunn av motorfeil er sambandet Sandøyra–Hella tilbake i rute.",
            ),
            (
                "Ungdomsrådet vil ha nattbuss i helgane",
                "Dei unge meiner det er for vanskeleg å kome seg heim frå Fjellvåg sentrum etter klokka 23.",
            ),
        ],
        tag="h3",
        cls="widget teaser teaser-medium",
    )
    layer = json.dumps(
        [
            {
                "cms": "escenic",
                "publication": "fjordposten",
                "section": "nyhende",
                "articleId": aid,
                "articleType": "news",
                "paywall": "open",
                "published": f"{art['date']}T06:00:00+02:00",
            }
        ],
        ensure_ascii=False,
    )
    return f"""<!DOCTYPE html>
<html lang="nn" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(art["title"])} - Fjordposten</title>
<meta name="description" content="Tunnelen ved Geitberget blir ikkje ferdig før hausten 2029.">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(art["title"])}">
<meta property="og:image" content="{site}/incoming/article16473851.ece/ALTERNATES/w1200c12x6/geitberget-skredsikring.jpg">
<meta property="article:published_time" content="{art["date"]}T06:00:00+02:00">
<meta name="ece-article-id" content="{aid}">
{news_ld(art, url, "Fjordposten", "nn-NO")}
<link rel="stylesheet" href="/skins/fjordposten/css/main.css?v=4.12.7">
<script>window.dataLayer = {layer};</script>
<script src="/resources/js/ece-widgets.min.js?v=4.12.7" defer></script>
</head>
<body class="section-nyhende article-page publication-fjordposten">
<a class="skip-link" href="#main-content">Hopp til hovudinnhaldet</a>
<div id="sp_message_container_812344" class="sp-message" role="dialog" aria-label="Personvern"><div class="message-component"><h2>Vi bryr oss om personvernet ditt</h2><p>Fjordposten og partnarane våre brukar informasjonskapslar og liknande teknologi for å lagre og hente informasjon på eininga di. Vi gjer det for å vise deg relevante annonsar, måle trafikken og betre tenestene våre.</p><p>Du kan når som helst endre valet ditt under «Personverninnstillingar» nedst på sida.</p><button class="sp-accept">Godta alle</button><button class="sp-settings">Innstillingar</button></div></div>
<header class="area header-area" id="header">
<div class="widget topbar"><a href="/tips">Tips oss</a><a href="/abonnement" class="btn-subscribe">Kjøp abonnement</a><a href="/login" class="btn-login">Logg inn</a></div>
<div class="widget logo"><a href="/" title="Fjordposten - Avisa for Fjellvåg og Kvernvik"><img src="/skins/fjordposten/gfx/logo.svg" alt="Fjordposten"></a></div>
<nav class="widget menu main-menu" aria-label="Hovudmeny"><button class="menu-toggle" aria-expanded="false">Meny</button><ul class="menu-list">{menu}</ul></nav>
<form class="widget search" action="/search" method="get" role="search"><label for="q" class="visually-hidden">Søk i Fjordposten</label><input id="q" name="query" type="search" placeholder="Søk i Fjordposten"><button type="submit">Søk</button></form>
</header>
<div class="area top-ad"><div class="widget ad ad-topbanner"><span class="ad-label">Annonse</span><div id="ad-topbanner" class="ad-slot"></div></div></div>
<main id="main-content" class="area main-area">
<div class="column column-main">
<div class="widget article" data-ece-id="{aid}" data-section="nyhende">
<div class="header">
<p class="kicker">Skredfare</p>
<h1 class="headline">{e(art["title"])}</h1>
<div class="summary"><p>{e(art["paragraphs"][0])}</p></div>
<div class="meta"><div class="authors"><span class="label">Tekst:</span> <a class="author" href="/forfattar/solveig-heggdal">{e(art["author"])}</a> <a class="author-mail" href="mailto:solveig.heggdal@fjordposten.no">solveig.heggdal@fjordposten.no</a></div><div class="dates"><span class="published">Publisert <time datetime="{art["date"]}T06:00:00+02:00">17.09.2025 06:00</time></span> <span class="updated">Sist oppdatert <time datetime="{art["date"]}T11:42:00+02:00">17.09.2025 11:42</time></span></div></div>
<div class="widget share-tools"><span>Del saka</span><a href="https://www.facebook.com/sharer.php?u={url}">Facebook</a><a href="mailto:?subject=Les%20denne%20saka&amp;body={url}">E-post</a><button class="copy-link">Kopier lenkje</button></div>
</div>
<div class="body">
{body}
</div>
<div class="widget tags"><span class="label">Emne:</span> <a href="/emne/samferdsel">Samferdsel</a> <a href="/emne/skred">Skred</a> <a href="/emne/fjellvaag">Fjellvåg</a></div>
<div class="widget tip-box"><h2>Veit du meir om denne saka?</h2><p>Tips oss gjerne på SMS eller e-post. Du kan vere anonym, og vi vernar alltid kjeldene våre.</p><a href="/tips">Send tips</a></div>
</div>
<section class="widget teaser-list more-news"><h2>Fleire nyhende</h2>{fleire}</section>
</div>
<aside class="column column-aside">
<section class="widget most-read"><h2>Mest lese</h2><ol>{mest}</ol></section>
<section class="widget newsletter-box"><h2>Få morgonbrevet frå Fjordposten</h2><p>Kvar kvardag klokka sju sender vi deg dei viktigaste sakene frå Fjellvåg og Kvernvik. Nyheitsbrevet er gratis, og du kan melde deg av når du vil.</p><form action="/nyheitsbrev" method="post"><input type="email" name="epost" placeholder="Di e-postadresse" aria-label="E-postadresse"><button type="submit">Meld meg på</button></form></section>
<div class="widget ad ad-skyscraper"><span class="ad-label">Annonse</span><div id="ad-skyscraper_1" class="ad-slot"></div></div>
</aside>
</main>
<footer class="area footer-area" id="footer">
<div class="widget footer-info"><p><strong>Fjordposten AS</strong>, Kaivegen 4, 6893 Fjellvåg. Sentralbord 57 00 12 30.</p><p>Ansvarleg redaktør og dagleg leiar: Hallvard Strand. Nyheitsredaktør: Ingrid Bøe.</p><p>Fjordposten arbeider etter Vær Varsam-plakatens og Redaktørplakatens reglar for god presseskikk. Den som likevel meiner seg urettmessig ramma av ei sak, blir oppmoda om å ta kontakt med redaksjonen.</p><p>© Fjordposten 2025. Innhaldet kan ikkje brukast utan løyve frå redaksjonen.</p></div>
<ul class="widget footer-links"><li><a href="/kontakt">Kontakt oss</a></li><li><a href="/annonse">Annonsere</a></li><li><a href="/personvern">Personvernerklæring</a></li><li><a href="#" class="sp-open">Personverninnstillingar</a></li><li><a href="/abonnement/vilkar">Abonnementsvilkår</a></li></ul>
</footer>
<script src="https://cdn.privacy-mgmt.example/wrapperMessagingWithoutDetection.js" async></script>
</body>
</html>
"""


def polopoly(art):
    """Atex Polopoly: ``-1.<id>`` URLs, ``polopoly_fs`` image derivatives, body in ``article-body``."""
    site = "https://www.drumaleencourier.ie"
    cid = "1.5128374"
    url = f"{site}/news/local/councillors-back-18-6m-greenway-on-old-ballinvarra-railway-line-{cid}"

    def pimg(pid, deriv):
        return f"{site}/polopoly_fs/{pid}!/image/image.jpg_gen/derivatives/{deriv}/image.jpg"

    fig = f'<figure class="article-image inline-image" data-contentid="1.5128371"><img src="{pimg("1.5128371", "landscape_620")}" srcset="{pimg("1.5128371", "landscape_1020")} 1020w" width="620" height="349" alt="The old railway bridge over the Owenroe river near Kilcrennan"><figcaption><span class="caption-text">The old railway bridge over the Owenroe river near Kilcrennan, which will carry the greenway. The bridge is home to a colony of brown long-eared bats.</span> <span class="credit">{e(art["credits"][0])}</span></figcaption></figure>'
    more = '<p class="related-inline"><strong>Read more:</strong> <a href="/news/local/landowners-seek-meeting-over-greenway-route-1.5091142" data-contentid="1.5091142">Landowners seek meeting with council over greenway route</a></p>'
    mpu = '<div class="ad-container ad-mpu inline-mpu" data-ad-unit="/2178334/drumaleencourier/news/local" data-ad-size="300x250"><p class="ad-label">Advertisement</p><div id="dfp-ad-mpu-inarticle-1"></div></div>'
    body = paras(art, between={1: fig, 5: more, 12: mpu})
    nav = lis(
        [
            "News",
            "Local",
            "Sport",
            "GAA",
            "Business",
            "Farming",
            "Opinion",
            "Lifestyle",
            "Death notices",
            "Jobs",
        ],
        '<li class="nav-item"><a href="/news">{}</a></li>',
    )
    most = lis(
        [
            "Gardaí appeal for witnesses after crash on the N87 at Moyletra",
            "Kilcrennan butcher scoops top prize at national awards",
            "New owners for Drumaleen's Harbour Hotel after €3.1m sale",
            "Ballinvarra Rovers reach county final for first time since 1994",
            "Planning refused for 40 homes at Cloonagh Road",
        ],
        '<li class="most-read-item"><a href="/news/local">{}</a></li>',
    )
    rel = teasers(
        [
            (
                "Council to spend €2m on footpaths in Kilcrennan municipal district",
                "The programme will fill gaps in footpaths near four national schools, the council's roads committee heard.",
            ),
            (
                "Drumaleen station building could become a café and bike hire",
                "Community group Drumaleen Tidy Towns says it has interest from two local businesses in the restored building.",
            ),
            (
                "Farmers' group calls for national code on greenway fencing",
                "The group says landowners in different counties are being offered very different terms for the same work.",
            ),
        ],
        tag="h3",
        cls="teaser-item story-teaser",
    )
    cms = comments(
        [
            (
                "Seamus O'D",
                "4 March 2025, 19:02",
                "Great news for the town. Anyone who has cycled the greenways in other counties knows how many people they bring in at weekends.",
                "Reply",
            ),
            (
                "Kilcrennan_farmer",
                "4 March 2025, 20:15",
                "Easy to be in favour when it is not going through your yard. The fencing condition is welcome but we need it in writing.",
                "Reply",
            ),
            (
                "M. Brennan",
                "5 March 2025, 08:47",
                "Summer 2027 for the first section seems a long way off. Why does everything take so long in this county?",
                "Reply",
            ),
        ],
        cls="comment-item",
    )
    return f"""<!DOCTYPE html>
<html lang="en-IE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(art["title"])} – Drumaleen Courier</title>
<meta name="description" content="A 27km greenway between Ballinvarra and Kilcrennan has been approved by Drumaleen County Council.">
<meta name="keywords" content="greenway, Ballinvarra, Kilcrennan, Drumaleen County Council">
<link rel="canonical" href="{url}">
<link rel="alternate" type="application/rss+xml" title="Drumaleen Courier - Local news" href="{site}/cmlink/drumaleen-courier-local-news-1.1203">
<meta property="og:title" content="{e(art["title"])}">
<meta property="og:image" content="{pimg("1.5128371", "landscape_1200_630")}">
<meta property="og:url" content="{url}">
<meta name="contentid" content="{cid}">
{news_ld(art, url, "Drumaleen Courier", "en-IE", "18:35:00+00:00")}
<link rel="stylesheet" href="/template/common/css/courier.min.css?v=2025.02.1">
<script>var ppContentId = "{cid}", ppSection = "1.1203", ppSectionName = "Local";</script>
</head>
<body class="article-page section-local" data-contentid="{cid}">
<a href="#content" class="skip-link">Skip to main content</a>
<div class="top-bar"><span class="date-today">Tuesday, March 4, 2025</span><a href="/epaper">E-paper</a><a href="/subscribe" class="btn btn-subscribe">Subscribe</a><a href="/login" class="btn btn-login">Sign in</a></div>
<header class="site-header"><a href="/" class="logo"><img src="/template/common/images/drumaleen-courier-logo.svg" alt="Drumaleen Courier"></a><nav class="main-nav" aria-label="Sections"><ul>{nav}</ul></nav><form class="site-search" action="/search" method="get"><label for="search-q" class="sr-only">Search</label><input id="search-q" name="q" type="text" placeholder="Search the Courier"><button type="submit">Search</button></form></header>
<div class="ad-container ad-leaderboard"><p class="ad-label">Advertisement</p><div id="dfp-ad-leaderboard"></div></div>
<main id="content" class="main-content">
<div class="container article-container">
<ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/news/local">Local</a></li></ol>
<article class="article" data-contentid="{cid}">
<header class="article-header">
<h1 class="headline">{e(art["title"])}</h1>
<p class="standfirst">Project passes by 24 votes to 6 after three-hour debate, with fencing and liaison conditions for farmers</p>
<div class="byline"><span class="author-name"><a href="/authors/noirin-haverty-1.3877210">{e(art["author"])}</a></span><span class="author-role">Local Government Correspondent</span></div>
<div class="time-metadata"><time class="published" datetime="{art["date"]}T18:35:00Z">Tue, Mar 4, 2025, 18:35</time><time class="updated" datetime="2025-03-05T09:12:00Z">Updated: Wed, Mar 5, 2025, 09:12</time></div>
<div class="share-bar"><span class="share-count">148 shares</span><a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a><a class="share-x" href="https://x.com/intent/post?url={url}">X</a><a class="share-whatsapp" href="https://wa.me/?text={url}">WhatsApp</a><a class="share-email" href="mailto:?body={url}">Email</a></div>
</header>
<div class="article-body">
{body}
</div>
<div class="article-topics"><h2>Topics</h2><a href="/topics/topic-7.77102">Drumaleen County Council</a><a href="/topics/topic-7.80311">Greenways</a><a href="/topics/topic-7.61120">Farming</a></div>
</article>
<section class="comments-section" id="comments"><h2>Comments (3)</h2><p class="comments-guidelines">Comments are the views of readers and not of the Drumaleen Courier. Please read our community guidelines before posting; comments that are abusive or off-topic will be removed.</p>{cms}<a href="/login?return=comments" class="btn">Sign in to comment</a></section>
<section class="related-stories"><h2>More from Local News</h2>{rel}</section>
</div>
<aside class="sidebar"><section class="most-read"><h2>Most read</h2><ol>{most}</ol></section><div class="ad-container ad-mpu"><p class="ad-label">Advertisement</p><div id="dfp-ad-mpu-sidebar"></div></div><section class="newsletter-signup"><h2>The Courier Briefing</h2><p>Get the day's top stories from across the county delivered to your inbox every morning at 7am. It's free, and you can unsubscribe at any time.</p><form action="/newsletters/subscribe" method="post"><input type="email" name="email" placeholder="Your email address" aria-label="Email address"><button type="submit">Sign up</button></form></section></aside>
</main>
<footer class="site-footer"><ul class="footer-links"><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/advertise">Advertise</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/cookies">Cookie policy</a></li><li><a href="/terms">Terms and conditions</a></li></ul><p class="footer-address">Drumaleen Courier Ltd, Courier House, Bridge Street, Drumaleen, Co. Drumaleen. Registered in Ireland, number 48813.</p><p class="footer-press">The Drumaleen Courier is a member of the Press Council of Ireland and subscribes to its Code of Practice. If you have a complaint about an article, please contact the editor first.</p><p class="copyright">© 2025 Drumaleen Courier. All rights reserved.</p></footer>
<div id="qc-cmp2-container" class="qc-cmp2-container"><div class="qc-cmp2-summary-section" role="dialog" aria-label="Privacy"><h2>We value your privacy</h2><p>We and our partners store and access information on your device, such as cookies, and process personal data such as unique identifiers for personalised ads and content, ad and content measurement and audience insights.</p><p>You can accept or manage your choices at any time, including your right to object where legitimate interest is used, by clicking below or on the Privacy settings link in the footer.</p><button class="qc-cmp2-accept">Agree</button><button class="qc-cmp2-more">More options</button></div></div>
<script src="/template/common/js/courier.min.js?v=2025.02.1" defer></script>
</body>
</html>
"""


def brid(pid, vid, playlist=None):
    """A Brid.TV player embed as the platform's editors paste it."""
    cfg = {"id": "28417", "width": "16", "height": "9", "video": vid}
    if playlist:
        cfg["playlist"] = playlist
    return f'<!--Brid Video Player--><div id="Brid_{pid}" class="brid" style="width:16;height:9;"></div><script type="text/javascript">$bp("Brid_{pid}", {json.dumps(cfg)});</script>'


def broadcaster(art):
    """Regional TV station site built around Brid.TV: lead video, body in ``news-text``."""
    site = "https://www.rtvbelogorje.rs"
    url = f"{site}/vesti/region/restrikcije-vode-u-lipovaru-do-kraja-avgusta-84217"
    lead = f'<div class="news-video lead-video">{brid("20931544", "1874502")}<p class="video-caption">Prilog o restrikcijama vode u Lipovaru emitovan je u Dnevniku u 19 časova. {e(art["credits"][0])}</p></div>'
    see = '<p class="see-also"><strong>Pogledajte i:</strong> <a href="/vesti/region/susa-ugrozila-useve-kukuruza-na-jugu-okruga-84102">Suša ugrozila useve kukuruza na jugu okruga</a></p>'
    ad = '<div class="banner banner-inarticle"><span class="banner-label">Reklama</span><div id="midas-inarticle-1" class="banner-slot"></div></div>'
    clip = f'<div class="news-video inline-video">{brid("20931687", "1874519", "31205")}<p class="video-caption">Video: Kako da štedite vodu u domaćinstvu – saveti stručnjaka vodovoda</p></div>'
    body = paras(art, between={1: see, 5: ad, 11: clip})
    nav = lis(
        [
            "Vesti",
            "Region",
            "Hronika",
            "Sport",
            "Kultura",
            "Poljoprivreda",
            "Emisije",
            "Program",
            "Kontakt",
        ],
        '<li class="menu-item"><a href="/vesti">{}</a></li>',
    )
    latest = lis(
        [
            "14:55 Počeli radovi na obilaznici oko Srednjeg Jarka",
            "13:30 Dom zdravlja u Lipovaru dobio novo vozilo hitne pomoći",
            "12:10 FK Belogorje pobedio u prvom kolu zonske lige",
            "11:45 Otkup maline: proizvođači nezadovoljni cenom",
            "10:20 Letnji festival na tvrđavi od petka",
        ],
        '<li class="latest-item"><a href="/vesti">{}</a></li>',
    )
    schedule = "".join(
        f'<li class="epg-item{cls}"><span class="epg-time">{t}</span> <span class="epg-title">{e(s)}</span></li>'
        for t, s, cls in [
            ("17:00", "Vesti", ""),
            ("17:15", "Naše selo – emisija o poljoprivredi", ""),
            ("18:00", "Region danas", " epg-now"),
            ("19:00", "Dnevnik", ""),
            ("19:40", "Sportski pregled", ""),
            ("20:30", "Gost u studiju", ""),
        ]
    )
    rel = teasers(
        [
            (
                "Suša ugrozila useve kukuruza na jugu okruga",
                "Poljoprivrednici procenjuju da će prinos biti i do 40 odsto manji nego prošle godine.",
            ),
            (
                "Vodovod upozorava na lažne kontrolore",
                "Iz preduzeća navode da njihovi radnici nikada ne naplaćuju usluge na kućnom pragu.",
            ),
            (
                "Toplotni talas i ove nedelje, temperature do 38 stepeni",
                "Građanima se savetuje da izbegavaju boravak na suncu između 11 i 17 časova.",
            ),
        ],
        tag="h3",
        cls="news-card related-card",
    )
    video_ld = ld(
        {
            "@context": "https://schema.org",
            "@type": "VideoObject",
            "name": "Restrikcije vode u Lipovaru",
            "description": "Prilog RTV Belogorje o restrikcijama vode u Lipovaru.",
            "thumbnailUrl": "https://cdn.brid.tv/live/partners/28417/snapshot/1874502.jpg",
            "uploadDate": f"{art['date']}T19:30:00+02:00",
            "contentUrl": "https://cdn.brid.tv/live/partners/28417/sd/1874502.mp4",
        }
    )
    return f"""<!DOCTYPE html>
<html lang="sr-Latn">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(art["title"])} | RTV Belogorje</title>
<meta name="description" content="JKP Vodovod Lipovar uvelo je noćne restrikcije vode za oko 14.000 domaćinstava.">
<link rel="canonical" href="{url}">
<meta property="og:title" content="{e(art["title"])}">
<meta property="og:type" content="video.other">
<meta property="og:image" content="https://cdn.brid.tv/live/partners/28417/snapshot/1874502.jpg">
<meta property="og:video" content="https://services.brid.tv/services/iframe/video/1874502/28417/">
{news_ld(art, url, "RTV Belogorje", "sr-Latn", "14:20:00+02:00")}
{video_ld}
<link rel="stylesheet" href="/assets/css/rtv.min.css?v=3.8.2">
<script type="text/javascript" src="//services.brid.tv/player/build/brid.min.js"></script>
</head>
<body class="single-news category-region">
<a class="skip-link" href="#sadrzaj">Preskoči na sadržaj</a>
<header class="site-header">
<div class="header-top"><span class="today">Utorak, 12. avgust 2025.</span><a href="/uzivo" class="btn-live"><span class="live-dot"></span> Uživo</a><a href="/program" class="header-link">TV program</a><div class="social"><a href="https://www.facebook.com/rtvbelogorje">Facebook</a><a href="https://www.instagram.com/rtvbelogorje">Instagram</a><a href="https://www.youtube.com/@rtvbelogorje">YouTube</a></div></div>
<div class="header-main"><a href="/" class="logo"><img src="/assets/img/rtv-belogorje-logo.svg" alt="RTV Belogorje"></a><nav class="main-menu" aria-label="Glavni meni"><button class="menu-toggle">Meni</button><ul>{nav}</ul></nav><form class="search-form" action="/pretraga" method="get"><input type="search" name="q" placeholder="Pretraga" aria-label="Pretraga"><button type="submit">Traži</button></form></div>
<div class="breaking-bar"><span class="breaking-label">Najnovije</span><a href="/vesti/hronika/saobracajna-nezgoda-kod-naplatne-rampe-84215">Saobraćajna nezgoda kod naplatne rampe, jedna osoba povređena</a></div>
</header>
<div class="banner banner-top"><span class="banner-label">Reklama</span><div id="midas-top" class="banner-slot"></div></div>
<main id="sadrzaj" class="container main-wrap">
<div class="content-col">
<ul class="breadcrumb"><li><a href="/">Početna</a></li><li><a href="/vesti">Vesti</a></li><li><a href="/vesti/region">Region</a></li></ul>
<article class="single-article" data-news-id="84217">
<span class="category-label">Region</span>
<h1 class="news-title">{e(art["title"])}</h1>
<div class="news-meta"><span class="author">Autor: {e(art["author"])}</span><span class="date">12.08.2025. u 14:20</span><span class="modified">Izmenjeno: 12.08.2025. u 17:40</span><span class="views">2.314 pregleda</span></div>
<div class="share-buttons"><span>Podeli:</span><a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a><a href="viber://forward?text={url}">Viber</a><a href="https://wa.me/?text={url}">WhatsApp</a><a href="https://x.com/intent/post?url={url}">X</a></div>
{lead}
<div class="news-text">
{body}
</div>
<div class="news-tags"><span>Tagovi:</span><a href="/tag/lipovar">Lipovar</a><a href="/tag/vodovod">vodovod</a><a href="/tag/susa">suša</a><a href="/tag/restrikcije">restrikcije</a></div>
<div class="app-promo"><p>Pratite vesti RTV Belogorje i na mobilnom telefonu. Preuzmite našu aplikaciju i uključite obaveštenja kako biste prvi saznali važne vesti iz regiona.</p><a href="/aplikacija">Preuzmite aplikaciju</a></div>
</article>
<section class="comments"><h2>Komentari (0)</h2><p class="comments-rules">Komentari se objavljuju nakon odobrenja moderatora. Zadržavamo pravo da ne objavimo komentare koji sadrže uvrede, pretnje ili govor mržnje, kao i one koji nisu u vezi sa temom.</p><form action="/komentar" method="post"><input type="text" name="ime" placeholder="Ime" aria-label="Ime"><textarea name="komentar" rows="4" placeholder="Vaš komentar" aria-label="Komentar"></textarea><button type="submit">Pošalji komentar</button></form></section>
<section class="related-news"><h2>Povezane vesti</h2><div class="news-grid">{rel}</div></section>
</div>
<aside class="sidebar-col">
<section class="widget widget-live"><h2>Gledajte uživo</h2><p>Program RTV Belogorje možete pratiti uživo na našem sajtu, 24 sata dnevno.</p><a href="/uzivo" class="btn-live">Uključi prenos</a></section>
<section class="widget widget-epg"><h2>Program danas</h2><ul class="epg-list">{schedule}</ul><a href="/program">Ceo program</a></section>
<section class="widget widget-latest"><h2>Najnovije vesti</h2><ul>{latest}</ul></section>
<div class="banner banner-sidebar"><span class="banner-label">Reklama</span><div id="midas-sidebar" class="banner-slot"></div></div>
</aside>
</main>
<footer class="site-footer"><div class="footer-cols"><div class="footer-about"><p>RTV Belogorje d.o.o., Ulica kneza Lazara Vojinovića 12, 34710 Lipovar. Redakcija: 034 712 300, redakcija@rtvbelogorje.rs.</p><p>Glavni i odgovorni urednik: Zoran Milovanović. RTV Belogorje upisana je u Registar medija pod brojem RM-TV-0417.</p></div><ul class="footer-menu"><li><a href="/o-nama">O nama</a></li><li><a href="/marketing">Marketing</a></li><li><a href="/impresum">Impresum</a></li><li><a href="/politika-privatnosti">Politika privatnosti</a></li><li><a href="/kontakt">Kontakt</a></li></ul></div><p class="copyright">© 2025 RTV Belogorje. Sva prava zadržana. Zabranjeno je preuzimanje sadržaja bez pismene dozvole redakcije.</p></footer>
<div class="cookie-notice" id="cookie-notice" role="dialog"><p>Ovaj sajt koristi kolačiće kako bi vam pružio bolje korisničko iskustvo i pratio posećenost. Nastavkom korišćenja sajta saglasni ste sa upotrebom kolačića.</p><a href="/politika-privatnosti">Saznajte više</a><button type="button" class="cookie-accept">Prihvatam</button></div>
<script src="/assets/js/rtv.min.js?v=3.8.2" defer></script>
</body>
</html>
"""


LAYOUTS_H35A = {
    "h35-01-nynorsk": ("h35_a1", escenic),
    "h35-02-greenway": ("h35_a2", polopoly),
    "h35-03-tvstation": ("h35_a3", broadcaster),
}
