"""Layouts of the frozen held-out group "h27" of the extraction benchmark.

Written at the start of round 24 by someone other than the person tuning the reader
and without reading the reader or its output on these pages; never used for tuning
(docs/benchmarks-extraction.md). Fictional pages in layouts and languages not used by
h2-h26: a Gujarati district news site on WordPress with the MH Magazine theme by MH
Themes (``mh-wrapper`` / ``mh-content``, ``entry-content mh-clearfix``, an Ad Inserter
``code-block`` and an "આ પણ વાંચો:" line in the body, a news ticker, author box, related
posts, comments); a Punjabi (Gurmukhi) portal on Joomla 4 with the Helix Ultimate
template (``sp-`` rows, ``article-details`` / ``itemprop="articleBody"``, a
``{loadposition}`` ad module in the text, JComments); a Malayalam news site on Phoenix
LiveView (``data-phx-main`` / ``data-phx-session``, the lead in its own element, the
body as Earmark Markdown output in two ``prose`` blocks around a live poll component,
loose list items with ``<li><p>``, a stream of comments, the default flash group); a
Burmese community news blog on Weebly (``blog-post`` / ``blog-content``, paragraphs as
``div.paragraph`` split by ``<br /><br />``, ``wsite-image`` captions, ``wcustomhtml``
ads); an Igbo community news blog on Tumblr (a custom theme, ``tmblr-full`` figures,
notes with likes and reblogs written as sentences); a Tajik (Cyrillic) district news
site on uCoz (table layout, ``eTitle`` / ``eBlock`` / ``eText``, paragraphs as justified
``<div>``s, Russian system strings, ``comEnt`` comments, calendar and statistics
blocks); an English small-town weekly's news post on GoDaddy Websites + Marketing
(``data-ux`` / ``data-aid`` attributes, ``x-el`` classes, Draft-style ``<p
style="margin:0">`` spans with ``<br>`` spacers); an English island community paper's
blog post on Odoo 17 (``o_wblog_post_content_field`` with ``s_text_block`` snippets,
``s_picture``, ``s_call_to_action`` and ``s_blockquote`` between them, portal chatter);
and an English arts-news site on WordPress with the Twenty Twenty-Five block theme
(``wp-site-blocks``, ``wp-block-post-content``, a ``wp-block-columns`` split of the
body with a fact box, a pull quote and an embed).
"""

from __future__ import annotations

import html
import json

from page_parts import lis, paras

e = html.escape


def ld(data):
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'


def gujarati(art):
    """WordPress with the MH Magazine theme by MH Themes."""
    site = "https://www.uttardarpan.example"
    url = f"{site}/2025/07/08/vadalipur-checkdam-samarkam/"
    ps = art["paragraphs"]

    def block(i):
        p = ps[i]
        if p.startswith("## "):
            return f'<h3 class="wp-block-heading">{e(p[3:])}</h3>'
        return f"<p>{e(p)}</p>"

    items = "".join(
        f'<li style="font-weight: 400;" aria-level="1"><span style="font-weight: 400;">{e(p[2:])}</span></li>'
        for p in ps
        if p.startswith("- ")
    )
    ad = """<div class='code-block code-block-2' style='margin: 8px auto; text-align: center; display: block; clear: both;'>
<p style="font-size: 11px; color: #999; margin-bottom: 2px;">જાહેરાત</p>
<script async src="https://pagead2.googlesyndication.example/pagead/js/adsbygoogle.js?client=ca-pub-4409152237781102" crossorigin="anonymous"></script>
<ins class="adsbygoogle" style="display:block; text-align:center;" data-ad-layout="in-article" data-ad-format="fluid" data-ad-client="ca-pub-4409152237781102" data-ad-slot="7719284401"></ins>
<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>"""
    read_also = f'<p><strong>આ પણ વાંચો: </strong><a href="{site}/2025/06/21/kharivav-talav-pani/">ખારીવાવનું તળાવ ચોમાસા પહેલાં જ સુકાયું, પશુપાલકો ચિંતામાં</a></p>'
    figure = f'<figure id="attachment_48213" aria-describedby="caption-attachment-48213" style="width: 800px" class="wp-caption aligncenter"><img loading="lazy" decoding="async" class="size-full wp-image-48213" src="{site}/wp-content/uploads/2025/07/checkdam-gate.jpg" alt="" width="800" height="533" /><figcaption id="caption-attachment-48213" class="wp-caption-text">ચેકડેમના નવા દરવાજા. તસવીર: હિતેશ પરમાર</figcaption></figure>'
    body = "\n".join(
        [
            block(0),
            block(1),
            ad,
            block(2),
            figure,
            block(3),
            block(4),
            block(5),
            read_also,
            block(6),
            block(7),
            f"<ul>{items}</ul>",
            block(11),
            block(12),
            '<p style="text-align: center;"><strong>ગુજરાતના તાજા સમાચાર માટે અમારી <a href="https://whatsapp.example/channel/0029VaUttarDarpan">WhatsApp ચેનલ</a> સાથે જોડાઓ.</strong></p>',
        ]
    )
    share = "".join(
        f'<a class="mh-{c}" href="#" onclick="window.open(\'{h}\', \'{c}Share\', \'width=626,height=436\'); return false;" title="{t}"><span class="mh-share-button"><i class="fab fa-{i}"></i></span></a>'
        for c, h, t, i in [
            (
                "facebook",
                f"https://www.facebook.com/sharer/sharer.php?u={url}",
                "Facebook પર શેર કરો",
                "facebook-f",
            ),
            ("twitter", f"https://twitter.com/share?url={url}", "X પર શેર કરો", "x-twitter"),
            (
                "whatsapp",
                f"https://api.whatsapp.com/send?text={url}",
                "WhatsApp પર શેર કરો",
                "whatsapp",
            ),
            ("email", f"mailto:?subject=સમાચાર&amp;body={url}", "ઇમેઇલ કરો", "envelope"),
        ]
    )
    ticker = "".join(
        f'<li class="mh-ticker-item mh-ticker-item-top"><a href="{site}/{h}/" title="{e(t)}"><span class="mh-ticker-item-date mh-ticker-item-date-top">[ {d} ]</span><span class="mh-ticker-item-title mh-ticker-item-title-top">{e(t)}</span><span class="mh-ticker-item-cat mh-ticker-item-cat-top"><i class="fa fa-caret-right"></i>{c}</span></a></li>'
        for h, d, t, c in [
            (
                "2025/07/08/bus-depot-navu-samaypatrak",
                "08/07/2025",
                "એસટી ડેપોનું નવું સમયપત્રક સોમવારથી અમલમાં",
                "શહેર",
            ),
            (
                "2025/07/07/school-praveshotsav",
                "07/07/2025",
                "પ્રવેશોત્સવમાં 1,240 બાળકોએ પહેલું ધોરણ શરૂ કર્યું",
                "શિક્ષણ",
            ),
            (
                "2025/07/07/varsad-agahi",
                "07/07/2025",
                "હવામાન વિભાગની આગાહી: આગામી ત્રણ દિવસ ભારે વરસાદ",
                "હવામાન",
            ),
        ]
    )
    related = "".join(
        f'<div class="mh-col-1-3 mh-posts-grid-col clearfix"><article class="post-{n} format-standard mh-posts-grid-item clearfix"><figure class="mh-posts-grid-thumb"><a class="mh-thumb-icon mh-thumb-icon-small-mobile" href="{site}/{h}/" title="{e(t)}"><img width="326" height="245" src="{site}/wp-content/uploads/2025/{img}-326x245.jpg" class="attachment-mh-magazine-medium size-mh-magazine-medium wp-post-image" alt="" decoding="async" loading="lazy" /></a><div class="mh-image-caption mh-posts-grid-caption">{c}</div></figure><h3 class="entry-title mh-posts-grid-title"><a href="{site}/{h}/" title="{e(t)}" rel="bookmark">{e(t)}</a></h3><div class="mh-meta entry-meta"><span class="entry-meta-date updated"><i class="far fa-clock"></i><a href="{site}/{h[:10]}/">{d}</a></span></div><div class="mh-posts-grid-excerpt clearfix"><div class="mh-excerpt"><p>{e(x)} <a class="mh-excerpt-more" href="{site}/{h}/" title="{e(t)}">[...]</a></p></div></div></article></div>'
        for n, h, img, c, t, d, x in [
            (
                48102,
                "2025/06/21/kharivav-talav-pani",
                "06/talav",
                "ગામડાં",
                "ખારીવાવનું તળાવ ચોમાસા પહેલાં જ સુકાયું, પશુપાલકો ચિંતામાં",
                "જૂન 21, 2025",
                "ગામના પશુપાલકોને ઢોર માટે પાણી લેવા હવે ત્રણ કિલોમીટર દૂર જવું પડે છે, અને પંચાયતે ટેન્કરની માંગ કરી છે.",
            ),
            (
                48150,
                "2025/06/29/khedut-shibir-biyaran",
                "06/shibir",
                "ખેતી",
                "કૃષિ વિજ્ઞાન કેન્દ્રની શિબિરમાં ખેડૂતોને સુધારેલા બિયારણ વિશે માહિતી અપાઈ",
                "જૂન 29, 2025",
                "શિબિરમાં બસોથી વધુ ખેડૂતોએ ભાગ લીધો અને ટપક સિંચાઈ અંગેના પ્રશ્નો પૂછ્યા.",
            ),
            (
                48177,
                "2025/07/03/nadi-kinare-vruksharopan",
                "07/vruksh",
                "પર્યાવરણ",
                "નદીકાંઠે યુવાનોએ એક હજાર વૃક્ષો વાવ્યાં",
                "જુલાઈ 3, 2025",
                "યુવક મંડળે દરેક વૃક્ષની સંભાળ માટે એક પરિવારને જવાબદારી સોંપી છે.",
            ),
        ]
    )
    comm = "".join(
        f'<li class="comment even thread-even depth-1" id="li-comment-{i}"><div id="comment-{i}" class="mh-comment-body"><div class="vcard meta"><img alt="" src="https://secure.gravatar.example/avatar/{i}?s=70&amp;d=mm&amp;r=g" class="avatar avatar-70 photo" height="70" width="70" loading="lazy" decoding="async"/><span class="fn">{e(n)}</span> | <a href="{url}#comment-{i}" title="Permalink to this comment">{d}</a></div><div class="mh-comment-content"><p>{e(t)}</p></div><div class="mh-comment-reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{i}" data-commentid="{i}" data-postid="48230" data-belowelement="comment-{i}" data-respondelement="respond" aria-label="{e(n)} ને જવાબ આપો">જવાબ આપો</a></div></div></li>'
        for i, n, d, t in [
            (
                9921,
                "કિશોરભાઈ ઠાકોર",
                "જુલાઈ 8, 2025 એ 11:42 am",
                "ત્રણ વર્ષે કામ થયું એ સારું છે, પણ ડેમની આજુબાજુ ઝાડીઓ પણ સાફ કરાવવી જોઈએ.",
            ),
            (
                9927,
                "નયના દેસાઈ",
                "જુલાઈ 8, 2025 એ 1:15 pm",
                "અમારા ભાટિયાપરાના કૂવામાં આ વખતે પાણી આવશે એવી આશા છે. સમાચાર આપવા બદલ આભાર.",
            ),
        ]
    )
    popular = "".join(
        f'<li class="mh-custom-posts-item mh-custom-posts-small clearfix"><figure class="mh-custom-posts-thumb"><a class="mh-thumb-icon mh-thumb-icon-small" href="{site}/p/{n}/" title="{e(t)}"><img width="80" height="60" src="{site}/wp-content/uploads/2025/07/p{n}-80x60.jpg" alt="" loading="lazy"/></a></figure><div class="mh-custom-posts-header"><p class="mh-custom-posts-small-title"><a href="{site}/p/{n}/" title="{e(t)}">{e(t)}</a></p><div class="mh-meta entry-meta"><span class="entry-meta-date updated"><i class="far fa-clock"></i>{d}</span></div></div></li>'
        for n, t, d in [
            (48201, "જિલ્લામાં ડેન્ગ્યુના કેસ વધ્યા, આરોગ્ય વિભાગે સર્વે શરૂ કર્યો", "જુલાઈ 6, 2025"),
            (48188, "નગરપાલિકાની સામાન્ય સભામાં રસ્તાના કામોને મંજૂરી", "જુલાઈ 4, 2025"),
            (48160, "ધોરણ 10ની પૂરક પરીક્ષાનું પરિણામ જાહેર", "જૂન 30, 2025"),
        ]
    )
    menu = "".join(
        f'<li id="menu-item-{20 + i}" class="menu-item menu-item-type-taxonomy menu-item-object-category{" current-post-ancestor current-menu-parent" if t == "ગામડાં" else ""} menu-item-{20 + i}"><a href="{site}/category/{h}/">{t}</a></li>'
        for i, (h, t) in enumerate(
            [
                ("gujarat", "ગુજરાત"),
                ("gamda", "ગામડાં"),
                ("kheti", "ખેતી"),
                ("shikshan", "શિક્ષણ"),
                ("rajkaran", "રાજકારણ"),
                ("ramat", "રમતગમત"),
                ("manoranjan", "મનોરંજન"),
            ]
        )
    )
    schema = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": f"{url}#article",
                "headline": art["title"],
                "datePublished": "2025-07-08T09:12:40+05:30",
                "dateModified": "2025-07-08T14:05:11+05:30",
                "author": {"@type": "Person", "name": art["author"]},
                "publisher": {"@type": "Organization", "name": "ઉત્તર દર્પણ"},
                "inLanguage": "gu",
            },
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "હોમ", "item": site},
                    {"@type": "ListItem", "position": 2, "name": "ગામડાં"},
                ],
            },
        ],
    }
    return f"""<!DOCTYPE html>
<html lang="gu">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="profile" href="http://gmpg.org/xfn/11" />
<title>{e(art["title"])} - ઉત્તર દર્પણ</title>
<meta name="description" content="{e(ps[0][:120])}" />
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="gu_IN" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{e(art["title"])}" />
<meta property="og:site_name" content="ઉત્તર દર્પણ" />
<meta property="article:published_time" content="2025-07-08T03:42:40+00:00" />
<meta name="author" content="{e(art["author"])}" />
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(schema, ensure_ascii=False)}</script>
<link rel='stylesheet' id='mh-magazine-css' href='{site}/wp-content/themes/mh-magazine/style.css?ver=4.1.3' type='text/css' media='all' />
<link rel='stylesheet' id='mh-font-awesome-css' href='{site}/wp-content/themes/mh-magazine/includes/core/assets/css/font-awesome.min.css' type='text/css' media='all' />
<link rel='stylesheet' id='mh-google-fonts-css' href='https://fonts.googleapis.example/css?family=Hind+Vadodara:300,400,400italic,600,700' type='text/css' media='all' />
<script type="text/javascript" src="{site}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script type="text/javascript" src="{site}/wp-content/themes/mh-magazine/js/scripts.js?ver=4.1.3" id="mh-scripts-js"></script>
<meta name="generator" content="WordPress 6.8.1" />
<style type="text/css">.mh-header {{ background: #ffffff; }} .mh-main-nav-wrap, .mh-main-nav {{ background: #b8001f; }}</style>
</head>
<body id="mh-mobile" class="post-template-default single single-post postid-48230 single-format-standard wp-custom-logo mh-boxed-layout mh-right-sb mh-loop-layout1 mh-widget-layout1" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<aside class="mh-container mh-header-widget-1">
<div id="mh_magazine_ad-2" class="mh-widget mh-header-1 mh_magazine_ad"><div class="mh-ad-spot"><a href="https://www.sardar-tractors.example/monsoon-offer" rel="nofollow sponsored"><img src="{site}/wp-content/uploads/2025/06/tractor-banner-970x90.jpg" alt="ચોમાસુ ઓફર" width="970" height="90"></a></div></div></aside>
<div class="mh-container mh-container-outer">
<div class="mh-header-nav-mobile clearfix"></div>
    <div class="mh-preheader">
        <div class="mh-container mh-container-inner mh-row clearfix">
                            <div class="mh-header-bar-content mh-header-bar-top-left mh-col-2-3 clearfix">
                                            <div class="mh-header-date mh-header-date-top">મંગળવાર, જુલાઈ 8, 2025</div>
                                    </div>
                                        <div class="mh-header-bar-content mh-header-bar-top-right mh-col-1-3 clearfix">
                                            <nav class="mh-social-icons mh-social-nav mh-social-nav-top clearfix" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement"><div class="menu-social-container"><ul id="menu-social" class="menu"><li class="menu-item"><a href="https://www.facebook.example/uttardarpan"><i class="fa fa-mh-social"></i><span class="screen-reader-text">Facebook</span></a></li><li class="menu-item"><a href="https://www.youtube.example/@uttardarpan"><i class="fa fa-mh-social"></i><span class="screen-reader-text">YouTube</span></a></li><li class="menu-item"><a href="https://www.instagram.example/uttardarpan"><i class="fa fa-mh-social"></i><span class="screen-reader-text">Instagram</span></a></li></ul></div></nav>
                                    </div>
                    </div>
    </div>
<header class="mh-header" itemscope="itemscope" itemtype="https://schema.org/WPHeader">
    <div class="mh-container mh-container-inner clearfix">
        <div class="mh-custom-header clearfix">
<div class="mh-header-columns mh-row clearfix">
<div class="mh-col-1-3 mh-site-identity">
<div class="mh-site-logo" role="banner" itemscope="itemscope" itemtype="https://schema.org/Brand">
<a href="{site}/" class="custom-logo-link" rel="home"><img width="360" height="90" src="{site}/wp-content/uploads/2024/01/uttar-darpan-logo.png" class="custom-logo" alt="ઉત્તર દર્પણ" decoding="async" /></a></div>
</div>
<aside class="mh-col-2-3 mh-header-widget-2">
<div id="mh_magazine_ad-3" class="mh-widget mh-header-2 mh_magazine_ad"><div class="mh-ad-spot"><a href="https://www.krushi-bazar.example/" rel="nofollow sponsored"><img src="{site}/wp-content/uploads/2025/05/krushi-bazar-728x90.jpg" alt="કૃષિ બજાર" width="728" height="90"></a></div></div></aside>
</div>
        </div>
    </div>
    <div class="mh-main-nav-wrap">
        <nav class="mh-navigation mh-main-nav mh-container mh-container-inner clearfix" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement">
            <div class="menu-main-container"><ul id="menu-main" class="menu"><li id="menu-item-19" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home menu-item-19"><a href="{site}/">હોમ</a></li>{menu}</ul></div>        </nav>
    </div>
    </header>
    <div class="mh-subheader">
        <div class="mh-container mh-container-inner mh-row clearfix">
                            <div class="mh-header-bar-content mh-header-bar-bottom-left mh-col-2-3 clearfix">
                                            <div class="mh-header-ticker mh-header-ticker-bottom">
                            <div class="mh-ticker-bottom">
            <div class="mh-ticker-title mh-ticker-title-bottom">
            તાજા સમાચાર<i class="fa fa-chevron-right"></i>        </div>
        <div class="mh-ticker-content mh-ticker-content-bottom">
        <ul id="mh-ticker-loop-bottom">{ticker}</ul>
    </div>
</div>                        </div>
                                    </div>
                                        <div class="mh-header-bar-content mh-header-bar-bottom-right mh-col-1-3 clearfix">
                                            <aside class="mh-header-search mh-header-search-bottom">
                            <form role="search" method="get" class="search-form" action="{site}/">
                <label>
                    <span class="screen-reader-text">શોધો:</span>
                    <input type="search" class="search-field" placeholder="શોધો &hellip;" value="" name="s" />
                </label>
                <input type="submit" class="search-submit" value="શોધો" />
            </form>                        </aside>
                                    </div>
                    </div>
    </div>
<div class="mh-wrapper clearfix">
    <div class="mh-main clearfix">
        <div id="main-content" class="mh-content" role="main" itemprop="mainContentOfPage"><nav class="mh-breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="{site}" itemprop="item"><span itemprop="name">હોમ</span></a><meta itemprop="position" content="1" /></span><span class="mh-breadcrumb-delimiter"><i class="fa fa-angle-right"></i></span><span itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="{site}/category/gamda/" itemprop="item"><span itemprop="name">ગામડાં</span></a><meta itemprop="position" content="2" /></span><span class="mh-breadcrumb-delimiter"><i class="fa fa-angle-right"></i></span>{e(art["title"])}</nav>
<article id="post-48230" class="post-48230 post type-post status-publish format-standard has-post-thumbnail hentry category-gamda category-kheti tag-checkdam tag-vadalipur tag-sinchai">
    <header class="entry-header clearfix"><h1 class="entry-title">{e(art["title"])}</h1><div class="mh-meta entry-meta">
<span class="entry-meta-date updated"><i class="far fa-clock"></i><a href="{site}/2025/07/">જુલાઈ 8, 2025</a></span>
<span class="entry-meta-author author vcard"><i class="fa fa-user"></i><a class="fn" href="{site}/author/hitesh/">{e(art["author"])}</a></span>
<span class="entry-meta-categories"><i class="far fa-folder-open"></i><a href="{site}/category/gamda/" rel="category tag">ગામડાં</a>, <a href="{site}/category/kheti/" rel="category tag">ખેતી</a></span>
<span class="entry-meta-comments"><i class="far fa-comment"></i><a href="{url}#comments" class="mh-comment-count-link" >2</a></span>
</div>
    </header>
        <div class="entry-content clearfix">
<figure class="entry-thumbnail">
<img src="{site}/wp-content/uploads/2025/07/vadalipur-checkdam-678x381.jpg" alt="" title="vadalipur-checkdam" />
<figcaption class="wp-caption-text">સમારકામ બાદ વડાલીપુરનો ચેકડેમ. (ફાઇલ તસવીર)</figcaption>
</figure>
<div class="mh-social-top">
<div class="mh-share-buttons clearfix">{share}</div>
</div>
{body}
<div class="mh-social-bottom">
<div class="mh-share-buttons clearfix">{share}</div>
</div>
    </div><div class="entry-tags clearfix"><i class="fa fa-tag"></i><ul><li><a href="{site}/tag/checkdam/" rel="tag">ચેકડેમ</a></li><li><a href="{site}/tag/vadalipur/" rel="tag">વડાલીપુર</a></li><li><a href="{site}/tag/sinchai/" rel="tag">સિંચાઈ</a></li></ul></div><div id="mh_magazine_ad-5" class="mh-widget mh-posts-2 mh_magazine_ad"><div class="mh-ad-spot"><a href="https://www.navjivan-hospital.example/" rel="nofollow sponsored"><img src="{site}/wp-content/uploads/2025/04/hospital-678x120.jpg" alt="નવજીવન હોસ્પિટલ" width="678" height="120"></a></div></div></article><div class="mh-author-box clearfix">
    <figure class="mh-author-box-avatar">
        <img alt="" src="https://secure.gravatar.example/avatar/hp?s=90&amp;d=mm&amp;r=g" class="avatar avatar-90 photo" height="90" width="90" loading="lazy" decoding="async"/>    </figure>
    <div class="mh-author-box-header">
        <span class="mh-author-box-name">
            {e(art["author"])} વિશે        </span>
                    <span class="mh-author-box-postcount">
                <a href="{site}/author/hitesh/" title="{e(art["author"])} દ્વારા વધુ લેખો">1,318 લેખો</a>
            </span>
            </div>
            <div class="mh-author-box-bio">
            હિતેશ પરમાર ઉત્તર દર્પણ માટે ખેતી, સિંચાઈ અને ગ્રામ્ય વિકાસના સમાચાર લખે છે. તેઓ છેલ્લાં બાર વર્ષથી પત્રકારત્વ ક્ષેત્રે કાર્યરત છે.        </div>
    </div>
<nav class="mh-post-nav mh-row clearfix" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement">
<div class="mh-col-1-2 mh-post-nav-item mh-post-nav-prev">
<a href="{site}/2025/07/07/varsad-agahi/" rel="prev"><img width="80" height="60" src="{site}/wp-content/uploads/2025/07/varsad-80x60.jpg" class="attachment-mh-magazine-small size-mh-magazine-small wp-post-image" alt="" decoding="async" loading="lazy" /><span>પાછળનો લેખ</span><p>હવામાન વિભાગની આગાહી: આગામી ત્રણ દિવસ ભારે વરસાદ</p></a></div>
<div class="mh-col-1-2 mh-post-nav-item mh-post-nav-next">
<a href="{site}/2025/07/08/bus-depot-navu-samaypatrak/" rel="next"><img width="80" height="60" src="{site}/wp-content/uploads/2025/07/bus-80x60.jpg" class="attachment-mh-magazine-small size-mh-magazine-small wp-post-image" alt="" decoding="async" loading="lazy" /><span>આગળનો લેખ</span><p>એસટી ડેપોનું નવું સમયપત્રક સોમવારથી અમલમાં</p></a></div>
</nav>
<section class="mh-related-content">
<h3 class="mh-widget-title mh-related-content-title">
<span class="mh-widget-title-inner">સંબંધિત સમાચાર</span></h3>
<div class="mh-related-wrap mh-row clearfix">{related}</div>
</section>
<div id="comments" class="mh-comments-wrap">
            <h4 class="mh-widget-title">
                <span class="mh-widget-title-inner">
                    2 પ્રતિભાવ                </span>
            </h4>
            <ol class="commentlist mh-comment-list">{comm}</ol>
    <div id="respond" class="comment-respond">
        <h3 id="reply-title" class="comment-reply-title">પ્રતિસાદ આપો <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">જવાબ રદ કરો</a></small></h3><form action="{site}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">આપનું ઇમેઇલ સરનામું પ્રકાશિત કરવામાં આવશે નહીં. જરૂરી ક્ષેત્રો * ચિહ્નિત થયેલ છે</p><p class="comment-form-comment"><label for="comment">ટિપ્પણી</label><br/><textarea autocomplete="new-password" id="comment" name="comment" cols="45" rows="5" aria-required="true"></textarea></p><p class="comment-form-author"><label for="author">નામ </label><span class="required">*</span><br/><input id="author" name="author" type="text" value="" size="30" aria-required='true' /></p>
<p class="comment-form-email"><label for="email">ઇમેઇલ </label><span class="required">*</span><br/><input id="email" name="email" type="text" value="" size="30" aria-required='true' /></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /><label for="wp-comment-cookies-consent">હવે પછી હું ટિપ્પણી કરું ત્યારે માટે આ બ્રાઉઝરમાં મારું નામ અને ઇમેઇલ સાચવો.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="ટિપ્પણી મોકલો" /> <input type='hidden' name='comment_post_ID' value='48230' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' />
</p></form>    </div>
    </div>
        </div>
            <aside class="mh-widget-col-1 mh-sidebar" itemscope="itemscope" itemtype="https://schema.org/WPSideBar"><div id="mh_magazine_ad-6" class="mh-widget mh_magazine_ad"><div class="mh-ad-spot"><a href="https://www.gujarat-coop-bank.example/" rel="nofollow sponsored"><img src="{site}/wp-content/uploads/2025/03/bank-300x250.jpg" alt="સહકારી બેંક" width="300" height="250"></a></div></div><div id="mh_magazine_custom_posts-3" class="mh-widget mh_magazine_custom_posts"><h4 class="mh-widget-title"><span class="mh-widget-title-inner">લોકપ્રિય સમાચાર</span></h4>            <ul class="mh-custom-posts-widget clearfix">{popular}</ul></div><div id="custom_html-4" class="widget_text mh-widget widget_custom_html"><h4 class="mh-widget-title"><span class="mh-widget-title-inner">અમને ફોલો કરો</span></h4><div class="textwidget custom-html-widget"><div class="fb-page" data-href="https://www.facebook.example/uttardarpan" data-tabs="" data-width="300" data-small-header="true"><blockquote cite="https://www.facebook.example/uttardarpan" class="fb-xfbml-parse-ignore"><a href="https://www.facebook.example/uttardarpan">ઉત્તર દર્પણ</a></blockquote></div></div></div></aside>    </div>
    </div>
<a title="ઉપર જાઓ" href="#" class="mh-back-to-top"><i class="fa fa-chevron-up"></i></a>
</div><!-- .mh-container-outer -->
<footer class="mh-footer" itemscope="itemscope" itemtype="https://schema.org/WPFooter">
<div class="mh-container mh-container-inner mh-footer-widgets mh-row clearfix">
<div class="mh-col-1-3 mh-widget-col-1 mh-footer-area mh-footer-1">
<div id="text-2" class="mh-footer-widget widget_text"><h6 class="mh-widget-title mh-footer-widget-title"><span class="mh-widget-title-inner mh-footer-widget-title-inner">અમારા વિશે</span></h6>            <div class="textwidget"><p>ઉત્તર દર્પણ ઉત્તર ગુજરાતના ગામડાં, ખેતી અને શહેરના સમાચાર આપતું ડિજિટલ અખબાર છે. સમાચાર કે સૂચન માટે અમારો સંપર્ક કરો.</p></div></div></div>
<div class="mh-col-1-3 mh-widget-col-1 mh-footer-area mh-footer-2">
<div id="nav_menu-2" class="mh-footer-widget widget_nav_menu"><h6 class="mh-widget-title mh-footer-widget-title"><span class="mh-widget-title-inner mh-footer-widget-title-inner">ઉપયોગી લિંક</span></h6><div class="menu-footer-container"><ul id="menu-footer" class="menu">{lis(["સંપર્ક", "જાહેરાત આપો", "ગોપનીયતા નીતિ", "નિયમો અને શરતો"], '<li class="menu-item"><a href="#">{}</a></li>')}</ul></div></div></div>
</div>
</footer>
<div class="mh-copyright-wrap">
    <div class="mh-container mh-container-inner clearfix">
        <p class="mh-copyright">
            કૉપિરાઇટ &copy; 2025 ઉત્તર દર્પણ | MH Magazine WordPress Theme by <a href="https://mhthemes.example/themes/mh-magazine/?utm_source=customer&#038;utm_medium=link&#038;utm_campaign=MH+Magazine" title="Premium WordPress Themes" rel="nofollow">MH Themes</a>        </p>
    </div>
</div>
<script type="speculationrules">{{"prefetch":[{{"source":"document","where":{{"and":[{{"href_matches":"\\/*"}}]}},"eagerness":"conservative"}}]}}</script>
<script type="text/javascript" src="{site}/wp-includes/js/comment-reply.min.js?ver=6.8.1" id="comment-reply-js" async="async" data-wp-strategy="async"></script>
</body>
</html>
"""


def punjabi(art):
    """Joomla 4 with the Helix Ultimate template, JComments."""
    site = "https://loklehar.example"
    url = f"{site}/pind-khabran/2190-kishanpura-kalan-haveli-library"
    ps = art["paragraphs"]

    def block(i):
        p = ps[i]
        if p.startswith("## "):
            return f"<h3>{e(p[3:])}</h3>"
        return f'<p style="text-align: justify;">{e(p)}</p>'

    ad = """<div class="moduletable ">
        <div id="mod-custom141" class="mod-custom custom">
    <p style="text-align: center;"><span style="font-size: 8pt; color: #999999;">ਇਸ਼ਤਿਹਾਰ</span></p>
<p style="text-align: center;"><a href="https://www.gill-motors.example/offer" target="_blank" rel="noopener sponsored"><img src="/images/banners/gill-motors-728.jpg" alt="ਗਿੱਲ ਮੋਟਰਜ਼" width="728" height="90" loading="lazy" data-path="local-images:/banners/gill-motors-728.jpg"></a></p></div>
</div>"""
    image = '<p><img class="img-fluid" src="/images/2025/08/haveli-library-inside.jpg" alt="ਲਾਇਬ੍ਰੇਰੀ ਦਾ ਅੰਦਰੂਨੀ ਦ੍ਰਿਸ਼" width="800" height="533" loading="lazy" data-path="local-images:/2025/08/haveli-library-inside.jpg"></p>\n<p style="text-align: center;"><em><span style="font-size: 10pt;">ਹਵੇਲੀ ਵਿੱਚ ਬਣੀ ਲਾਇਬ੍ਰੇਰੀ ਦਾ ਪੜ੍ਹਨ ਵਾਲਾ ਕਮਰਾ। ਤਸਵੀਰ: ਲੋਕ ਲਹਿਰ</span></em></p>'
    read_also = '<p><strong>ਇਹ ਵੀ ਪੜ੍ਹੋ: <a href="/pind-khabran/2174-sarkari-school-smart-class">ਸਰਕਾਰੀ ਸਕੂਲ ਵਿੱਚ ਸਮਾਰਟ ਕਲਾਸ ਸ਼ੁਰੂ, ਬੱਚਿਆਂ ਦੀ ਹਾਜ਼ਰੀ ਵਧੀ</a></strong></p>'
    body = "\n".join(
        [
            f'<p style="text-align: justify;"><strong>{e(ps[0])}</strong></p>',
            block(1),
            image,
            block(2),
            ad,
            block(3),
            block(4),
            block(5),
            read_also,
            block(6),
            block(7),
            block(8),
            block(9),
            '<p style="text-align: justify;">ਤਾਜ਼ਾ ਖ਼ਬਰਾਂ ਲਈ ਲੋਕ ਲਹਿਰ ਦੇ <a href="https://t.me/loklehar" target="_blank" rel="noopener">ਟੈਲੀਗ੍ਰਾਮ ਚੈਨਲ</a> ਨਾਲ ਜੁੜੋ।</p>',
        ]
    )
    menu_items = [
        ("/", "ਮੁੱਖ ਪੰਨਾ"),
        ("/punjab", "ਪੰਜਾਬ"),
        ("/pind-khabran", "ਪਿੰਡਾਂ ਦੀਆਂ ਖ਼ਬਰਾਂ"),
        ("/khed", "ਖੇਡਾਂ"),
        ("/kheti", "ਖੇਤੀਬਾੜੀ"),
        ("/sahit", "ਸਾਹਿਤ"),
        ("/sampark", "ਸੰਪਰਕ"),
    ]
    cur, aria = " current-item active", 'aria-current="page" '
    menu = "".join(
        f'<li class="sp-menu-item{cur if h == "/pind-khabran" else ""}"><a {aria if h == "/pind-khabran" else ""}href="{h}">{t}</a></li>'
        for h, t in menu_items
    )
    offmenu = "".join(
        f'<li class="item-{101 + i}{" current active" if h == "/pind-khabran" else ""}"><a href="{h}">{t}</a></li>'
        for i, (h, t) in enumerate(menu_items)
    )
    related = "".join(
        f'<div class="col-12 col-lg-4"><div class="article"><a href="{h}"><img class="article-list-img" src="/images/2025/{img}" alt="{e(t)}"></a><div class="article-header"><h2><a href="{h}">{e(t)}</a></h2></div><div class="article-info"><span class="published" title="ਪ੍ਰਕਾਸ਼ਿਤ: {d}"><time datetime="{dt}">{d}</time></span></div><div class="article-introtext">{e(x)}</div></div></div>'
        for h, img, t, d, dt, x in [
            (
                "/pind-khabran/2174-sarkari-school-smart-class",
                "08/smart-class.jpg",
                "ਸਰਕਾਰੀ ਸਕੂਲ ਵਿੱਚ ਸਮਾਰਟ ਕਲਾਸ ਸ਼ੁਰੂ, ਬੱਚਿਆਂ ਦੀ ਹਾਜ਼ਰੀ ਵਧੀ",
                "12 ਅਗਸਤ 2025",
                "2025-08-12T09:10:00+05:30",
                "ਅਧਿਆਪਕਾਂ ਦਾ ਕਹਿਣਾ ਹੈ ਕਿ ਪ੍ਰੋਜੈਕਟਰ ਨਾਲ ਪੜ੍ਹਾਈ ਕਰਕੇ ਬੱਚਿਆਂ ਦੀ ਦਿਲਚਸਪੀ ਵਧੀ ਹੈ।",
            ),
            (
                "/pind-khabran/2161-chhappar-mela-tayari",
                "08/mela.jpg",
                "ਪਿੰਡ ਦੇ ਮੇਲੇ ਦੀਆਂ ਤਿਆਰੀਆਂ ਸ਼ੁਰੂ, ਕਬੱਡੀ ਟੂਰਨਾਮੈਂਟ ਵੀ ਹੋਵੇਗਾ",
                "8 ਅਗਸਤ 2025",
                "2025-08-08T17:45:00+05:30",
                "ਮੇਲਾ ਕਮੇਟੀ ਨੇ ਦੱਸਿਆ ਕਿ ਇਸ ਵਾਰ ਸੋਲਾਂ ਟੀਮਾਂ ਹਿੱਸਾ ਲੈਣਗੀਆਂ।",
            ),
            (
                "/pind-khabran/2150-chhappar-toba-safai",
                "08/toba.jpg",
                "ਨੌਜਵਾਨਾਂ ਨੇ ਪਿੰਡ ਦੇ ਛੱਪੜ ਦੀ ਸਫ਼ਾਈ ਦਾ ਬੀੜਾ ਚੁੱਕਿਆ",
                "3 ਅਗਸਤ 2025",
                "2025-08-03T08:20:00+05:30",
                "ਤਿੰਨ ਹਫ਼ਤਿਆਂ ਦੀ ਮਿਹਨਤ ਤੋਂ ਬਾਅਦ ਛੱਪੜ ਵਿੱਚੋਂ ਚਾਲੀ ਟਰਾਲੀਆਂ ਗਾਰ ਕੱਢੀ ਗਈ।",
            ),
        ]
    )
    jc = "".join(
        f'<div class="{cls}" id="comment-item-{i}"><div class="rbox"><div class="comment-box usertype-guest"><span class="comments-vote"><span id="comment-vote-holder-{i}"><a href="#" class="vote-good" title="ਚੰਗਾ ਲੱਗਾ!" onclick="jcomments.voteComment({i}, 1);return false;"></a><a href="#" class="vote-poor" title="ਚੰਗਾ ਨਹੀਂ ਲੱਗਾ!" onclick="jcomments.voteComment({i}, -1);return false;"></a><span class="vote-none">0</span></span></span><a class="comment-anchor" href="{url}#comment-{i}" id="comment-{i}">#{n}</a><span class="comment-author">{e(a)}</span><span class="comment-date">{d}</span><div class="comment-body" id="comment-body-{i}">{e(t)}</div><span class="comments-buttons"><a href="#" onclick="jcomments.showReply({i}); return false;">ਜਵਾਬ ਦਿਓ</a> | <a href="#" onclick="jcomments.showReply({i}, 1); return false;">ਹਵਾਲੇ ਨਾਲ ਜਵਾਬ</a></span></div><div class="clear"></div></div></div>'
        for cls, i, n, a, d, t in [
            (
                "even",
                3381,
                1,
                "ਹਰਜੀਤ ਕੌਰ",
                "2025-08-19 11:02",
                "ਬਹੁਤ ਵਧੀਆ ਉਪਰਾਲਾ ਹੈ। ਸਾਡੇ ਪਿੰਡ ਦੇ ਨੌਜਵਾਨਾਂ ਨੂੰ ਵੀ ਇਸ ਤੋਂ ਸਿੱਖਣਾ ਚਾਹੀਦਾ ਹੈ।",
            ),
            (
                "odd",
                3386,
                2,
                "ਜਸਵੀਰ ਸਿੰਘ",
                "2025-08-19 14:37",
                "ਮਾਸਟਰ ਜੀ ਨੇ ਮੈਨੂੰ ਵੀ ਪੜ੍ਹਾਇਆ ਸੀ। ਕੰਪਿਊਟਰ ਕਮਰੇ ਲਈ ਮੈਂ ਵੀ ਯੋਗਦਾਨ ਪਾਵਾਂਗਾ।",
            ),
        ]
    )
    latest = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{h}" itemprop="url"><span itemprop="name">{e(t)}</span></a></li>'
        for h, t in [
            ("/punjab/2193-mandi-jhona-kharid", "ਮੰਡੀਆਂ ਵਿੱਚ ਝੋਨੇ ਦੀ ਖ਼ਰੀਦ ਪਹਿਲੀ ਅਕਤੂਬਰ ਤੋਂ"),
            ("/khed/2192-kabaddi-cup-final", "ਕਬੱਡੀ ਕੱਪ ਦੇ ਫ਼ਾਈਨਲ ਵਿੱਚ ਪਹੁੰਚੀ ਜ਼ਿਲ੍ਹੇ ਦੀ ਟੀਮ"),
            ("/kheti/2191-narma-kide-salah", "ਨਰਮੇ 'ਤੇ ਕੀੜਿਆਂ ਤੋਂ ਬਚਾਅ ਲਈ ਖੇਤੀ ਮਾਹਿਰਾਂ ਦੀ ਸਲਾਹ"),
            ("/sahit/2188-kavi-darbar", "ਸ਼ਹਿਰ ਵਿੱਚ ਸਾਲਾਨਾ ਕਵੀ ਦਰਬਾਰ ਐਤਵਾਰ ਨੂੰ"),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="pa-in" dir="ltr">
    <head>
        <meta http-equiv="X-UA-Compatible" content="IE=edge">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta charset="utf-8">
    <meta name="author" content="{e(art["author"])}">
    <meta name="description" content="{e(ps[0][:140])}">
    <meta name="generator" content="Joomla! - Open Source Content Management">
    <title>{e(art["title"])} - ਲੋਕ ਲਹਿਰ</title>
    <link href="/images/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">
    <link href="/media/vendor/joomla-custom-elements/css/joomla-alert.min.css?0.2.0" rel="stylesheet" />
    <link href="/components/com_jcomments/tpl/default/style.css?v=3002" rel="stylesheet" />
    <link href="/templates/shaper_helixultimate/css/bootstrap.min.css" rel="stylesheet" />
    <link href="/templates/shaper_helixultimate/css/template.css" rel="stylesheet" />
    <link href="/templates/shaper_helixultimate/css/presets/preset3.css" rel="stylesheet" />
    <style>.logo-image {{height:60px;}}.logo-image-phone {{height:60px;}}body{{font-family: 'Mukta Mahee', sans-serif;}}</style>
    <script type="application/json" class="joomla-script-options new">{{"data":{{"breakpoints":{{"tablet":991,"mobile":480}},"header":{{"stickyOffset":"100"}}}},"joomla.jtext":{{"ERROR":"ਗ਼ਲਤੀ","MESSAGE":"ਸੁਨੇਹਾ","NOTICE":"ਸੂਚਨਾ","WARNING":"ਚੇਤਾਵਨੀ","JCLOSE":"ਬੰਦ ਕਰੋ","JOK":"ਠੀਕ ਹੈ","JOPEN":"ਖੋਲ੍ਹੋ"}},"system.paths":{{"root":"","rootFull":"{site}/","base":"","baseFull":"{site}/"}},"csrf.token":"7f3c2a9e41b8d05c6e2f19a3b7d4c8e1"}}</script>
    <script src="/media/system/js/core.min.js?37ffe4186289eba9c5df81bea44080aff77b9684"></script>
    <script src="/media/vendor/jquery/js/jquery.min.js?3.7.1"></script>
    <script src="/components/com_jcomments/js/jcomments-v2.3.js?v=12"></script>
    <script src="/components/com_jcomments/libraries/joomlatune/ajax.js?v=4"></script>
    <script src="/templates/shaper_helixultimate/js/main.js"></script>
    <script>var jcomments=new JComments(2190, 'com_content','/index.php?option=com_jcomments&amp;tmpl=component');jcomments.setList('comments-list');</script>
    <script>template="shaper_helixultimate";</script>
    <meta property="og:type" content="article" />
    <meta property="og:url" content="{url}" />
    <meta property="og:title" content="{e(art["title"])}" />
    <meta property="og:image" content="{site}/images/2025/08/haveli-library.jpg" />
    </head>
    <body class="site helix-ultimate hu com_content com-content view-article layout-default task-none itemid-103 pa-in ltr sticky-header layout-fluid offcanvas-init offcanvs-position-right">
        <div class="sp-pre-loader"></div>
        <div class="body-wrapper">
            <div class="body-innerwrapper">
                <div id="sp-top-bar"><div class="container"><div class="container-inner"><div class="row"><div id="sp-top1" class="col-lg-6"><div class="sp-column text-center text-lg-start"><ul class="social-icons"><li class="social-icon-facebook"><a target="_blank" rel="noopener noreferrer" href="https://facebook.example/loklehar" aria-label="Facebook"><span class="fab fa-facebook" aria-hidden="true"></span></a></li><li class="social-icon-youtube"><a target="_blank" rel="noopener noreferrer" href="https://youtube.example/loklehar" aria-label="Youtube"><span class="fab fa-youtube" aria-hidden="true"></span></a></li></ul></div></div><div id="sp-top2" class="col-lg-6"><div class="sp-column text-center text-lg-end"><ul class="sp-contact-info"><li class="sp-contact-phone"><span class="fas fa-phone" aria-hidden="true"></span> <a href="tel:+910000000000">ਖ਼ਬਰ ਭੇਜੋ: 98140 00000</a></li><li class="sp-contact-email"><span class="far fa-envelope" aria-hidden="true"></span> <a href="mailto:news@loklehar.example">news@loklehar.example</a></li><li class="sp-contact-time"><span class="far fa-clock" aria-hidden="true"></span> ਮੰਗਲਵਾਰ, 19 ਅਗਸਤ 2025</li></ul></div></div></div></div></div></div>
                <header id="sp-header"><div class="container"><div class="container-inner"><div class="row"><div id="sp-logo" class="col-auto"><div class="sp-column"><div class="logo"><a href="/"><img class="logo-image" srcset="/images/loklehar-logo.png 1x" src="/images/loklehar-logo.png" height="60" alt="ਲੋਕ ਲਹਿਰ"></a></div></div></div><div id="sp-menu" class="col-auto flex-auto"><div class="sp-column d-flex justify-content-end align-items-center"><nav class="sp-megamenu-wrapper d-flex" role="navigation"><a id="offcanvas-toggler" aria-label="ਮੀਨੂ" class="offcanvas-toggler-right d-flex d-lg-none" href="#"><div class="burger-icon" aria-hidden="true"><span></span><span></span><span></span></div></a><ul class="sp-megamenu-parent menu-animation-fade-up d-none d-lg-block">{menu}</ul></nav><div class="sp-module "><div class="sp-module-content"><div class="search"><form action="/pind-khabran" method="post"><div class="mod-finder__search input-group"><label for="mod-search-searchword" class="visually-hidden">ਖੋਜ</label><input name="searchword" id="mod-search-searchword" class="form-control" type="search" placeholder="ਖੋਜ ..."></div><input type="hidden" name="option" value="com_search"><input type="hidden" name="task" value="search"></form></div></div></div></div></div></div></div></div></header>
                <section id="sp-section-2"><div class="row"><div id="sp-title" class="col-lg-12 "><div class="sp-column "><div class="sp-page-title"><div class="container"><h2 class="sp-page-title-heading">ਪਿੰਡਾਂ ਦੀਆਂ ਖ਼ਬਰਾਂ</h2><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li class="float-start"><span class="divider fas fa-map-marker-alt" aria-hidden="true"></span></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="breadcrumb-item"><a itemprop="item" href="/" class="pathway"><span itemprop="name">ਮੁੱਖ ਪੰਨਾ</span></a><meta itemprop="position" content="1"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="breadcrumb-item"><a itemprop="item" href="/pind-khabran" class="pathway"><span itemprop="name">ਪਿੰਡਾਂ ਦੀਆਂ ਖ਼ਬਰਾਂ</span></a><meta itemprop="position" content="2"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="breadcrumb-item active"><span itemprop="name">{e(art["title"])}</span><meta itemprop="position" content="3"></li></ol></div></div></div></div></div></section>
                <section id="sp-main-body"><div class="container"><div class="container-inner"><div class="row">
<main id="sp-component" class="col-lg-8 " role="main"><div class="sp-column "><div id="system-message-container" aria-live="polite"></div>
<div class="article-details " itemscope itemtype="https://schema.org/Article">
    <meta itemprop="inLanguage" content="pa-IN">
    <div class="article-full-image float-start"> <img src="/images/2025/08/haveli-library.jpg" alt="{e(art["title"])}" itemprop="image" width="1200" height="675" loading="lazy"> </div>
    <div class="article-header">
                    <h1 itemprop="headline">
                {e(art["title"])}            </h1>
    </div>
    <div class="article-can-edit d-flex flex-wrap justify-content-between">
            </div>
            <div class="article-info">
    <span class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person" title="ਲੇਖਕ: {e(art["author"])}">
        <a href="/lekhak/gurpreet-sandhu" itemprop="url"><span itemprop="name">{e(art["author"])}</span></a>    </span>
    <span class="category-name" title="ਸ਼੍ਰੇਣੀ: ਪਿੰਡਾਂ ਦੀਆਂ ਖ਼ਬਰਾਂ">
        <a href="/pind-khabran">ਪਿੰਡਾਂ ਦੀਆਂ ਖ਼ਬਰਾਂ</a>    </span>
    <span class="published" title="ਪ੍ਰਕਾਸ਼ਿਤ: 19 ਅਗਸਤ 2025">
    <time datetime="2025-08-19T08:15:00+05:30" itemprop="datePublished">
        19 ਅਗਸਤ 2025    </time>
</span>
    <span class="hits">
    <meta itemprop="interactionCount" content="UserPageVisits:2764">
    ਪੜ੍ਹਿਆ ਗਿਆ: 2764</span>
        </div>
    <div itemprop="articleBody">
        {body}    </div>
    <div class="article-ratings-social-share d-flex justify-content-end">
        <div class="me-auto align-self-center">
                    </div>
        <div class="social-share-block">
            <div class="article-social-share">
    <div class="social-share-icon">
        <ul>
            <li><a class="facebook" onClick="window.open('https://www.facebook.com/sharer.php?u={url}','Facebook','width=600,height=300,left='+(screen.availWidth/2-300)+',top='+(screen.availHeight/2-150)+''); return false;" rel="noopener noreferrer" href="https://www.facebook.com/sharer.php?u={url}" title="Facebook"><span class="fab fa-facebook" aria-hidden="true"></span></a></li>
            <li><a class="twitter" title="X" onClick="window.open('https://twitter.com/share?url={url}','Twitter share','width=600,height=300,left='+(screen.availWidth/2-300)+',top='+(screen.availHeight/2-150)+''); return false;" rel="noopener noreferrer" href="https://twitter.com/share?url={url}"><span class="fab fa-twitter" aria-hidden="true"></span></a></li>
            <li><a class="whatsapp" title="WhatsApp" rel="noopener noreferrer" href="https://api.whatsapp.com/send?text={url}"><span class="fab fa-whatsapp" aria-hidden="true"></span></a></li>
        </ul>
    </div>
</div>
        </div>
    </div>
    <ul class="tags list-inline">
        <li class="list-inline-item tag-14 tag-list0" itemprop="keywords"><a href="/component/tags/tag/library" class="label label-info">ਲਾਇਬ੍ਰੇਰੀ</a></li>
        <li class="list-inline-item tag-22 tag-list1" itemprop="keywords"><a href="/component/tags/tag/kishanpura-kalan" class="label label-info">ਕਿਸ਼ਨਪੁਰਾ ਕਲਾਂ</a></li>
        <li class="list-inline-item tag-9 tag-list2" itemprop="keywords"><a href="/component/tags/tag/nauzwan-sabha" class="label label-info">ਨੌਜਵਾਨ ਸਭਾ</a></li>
    </ul>
<nav class="pagenavigation" aria-label="ਪੰਨਾ ਨੇਵੀਗੇਸ਼ਨ">
    <span class="pagination ms-0">
            <a class="btn btn-sm btn-secondary previous" href="/pind-khabran/2191-narma-kide-salah" rel="prev">
            <span class="visually-hidden">
                ਪਿਛਲਾ ਲੇਖ: ਨਰਮੇ 'ਤੇ ਕੀੜਿਆਂ ਤੋਂ ਬਚਾਅ ਲਈ ਖੇਤੀ ਮਾਹਿਰਾਂ ਦੀ ਸਲਾਹ            </span>
            <span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ਪਿਛਲਾ</span>            </a>
                <a class="btn btn-sm btn-secondary next" href="/pind-khabran/2174-sarkari-school-smart-class" rel="next">
            <span class="visually-hidden">
                ਅਗਲਾ ਲੇਖ: ਸਰਕਾਰੀ ਸਕੂਲ ਵਿੱਚ ਸਮਾਰਟ ਕਲਾਸ ਸ਼ੁਰੂ, ਬੱਚਿਆਂ ਦੀ ਹਾਜ਼ਰੀ ਵਧੀ            </span>
            <span aria-hidden="true">ਅਗਲਾ</span> <span class="icon-chevron-right" aria-hidden="true"></span>            </a>
        </span>
</nav>
    <div id="jc">
<div id="comments"><h4>ਟਿੱਪਣੀਆਂ<a class="rss" href="/component/jcomments/feed/com_content/2190" title="RSS" target="_blank">&nbsp;</a><a class="refresh" href="#" title="ਤਾਜ਼ਾ ਕਰੋ" onclick="jcomments.showPage(2190,'com_content',0);return false;">&nbsp;</a></h4>
<div id="comments-list" class="comments-list">{jc}</div>
<div id="comments-list-footer"><a class="refresh" href="#" title="ਤਾਜ਼ਾ ਕਰੋ" onclick="jcomments.showPage(2190,'com_content',0);return false;">ਟਿੱਪਣੀਆਂ ਦੀ ਸੂਚੀ ਤਾਜ਼ਾ ਕਰੋ</a><br /><a class="rss" href="/component/jcomments/feed/com_content/2190" target="_blank">ਇਸ ਲੇਖ ਦੀਆਂ ਟਿੱਪਣੀਆਂ ਦੀ RSS ਫੀਡ</a></div>
</div>
<a id="addcomments" href="#addcomments"></a>
<h4>ਟਿੱਪਣੀ ਲਿਖੋ</h4>
<p class="jc-note">ਟਿੱਪਣੀਆਂ ਸੰਪਾਦਕ ਦੀ ਪ੍ਰਵਾਨਗੀ ਤੋਂ ਬਾਅਦ ਹੀ ਪ੍ਰਕਾਸ਼ਿਤ ਹੁੰਦੀਆਂ ਹਨ। ਕਿਰਪਾ ਕਰਕੇ ਸਭਿਅਕ ਭਾਸ਼ਾ ਦੀ ਵਰਤੋਂ ਕਰੋ।</p>
<form id="comments-form" name="comments-form" action="javascript:void(null);">
<p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1" /><label for="comments-form-name">ਨਾਂ (ਲੋੜੀਂਦਾ)</label></span></p>
<p><span><input id="comments-form-email" type="text" name="email" value="" size="22" tabindex="2" /><label for="comments-form-email">ਈ-ਮੇਲ</label></span></p>
<p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></span></p>
<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7" onclick="jcomments.saveComment();return false;" title="ਭੇਜੋ (Ctrl+Enter)">ਭੇਜੋ</a></div></div><div class="btn" id="comments-form-cancel" style="display:none;"><div><a href="#" tabindex="8" onclick="return false;" title="ਰੱਦ ਕਰੋ">ਰੱਦ ਕਰੋ</a></div></div><div style="clear:both;"></div></div>
<div><input type="hidden" name="object_id" value="2190" /><input type="hidden" name="object_group" value="com_content" /></div>
</form>
<div id="comments-footer" align="center"><a href="https://www.joomlatune.example" title="JComments" target="_blank">JComments</a></div>
</div>
    <div class="related-article-list-container">
        <h3 class="related-article-title">ਸੰਬੰਧਿਤ ਖ਼ਬਰਾਂ</h3>
        <div class="article-list related-article-list"><div class="row">{related}</div></div>
    </div>
</div>
</div></main>
<aside id="sp-right" class="col-lg-4 "><div class="sp-column "><div class="sp-module "><h3 class="sp-module-title">ਤਾਜ਼ਾ ਖ਼ਬਰਾਂ</h3><div class="sp-module-content"><ul class="latestnews ">{latest}</ul></div></div><div class="sp-module "><div class="sp-module-content"><div id="mod-custom132" class="mod-custom custom"><p style="text-align: center;"><span style="font-size: 8pt;">ਇਸ਼ਤਿਹਾਰ</span></p><p><a href="https://www.punjab-seeds.example/" target="_blank" rel="noopener sponsored"><img src="/images/banners/seeds-300x250.jpg" alt="ਬੀਜ ਭੰਡਾਰ" width="300" height="250"></a></p></div></div></div><div class="sp-module "><h3 class="sp-module-title">ਨਿਊਜ਼ਲੈਟਰ</h3><div class="sp-module-content"><div id="mod-custom135" class="mod-custom custom"><p>ਹਰ ਐਤਵਾਰ ਹਫ਼ਤੇ ਦੀਆਂ ਮੁੱਖ ਖ਼ਬਰਾਂ ਆਪਣੀ ਈ-ਮੇਲ ਵਿੱਚ ਪ੍ਰਾਪਤ ਕਰੋ।</p><form action="https://loklehar.us12.list-manage.example/subscribe/post" method="post"><input type="email" name="EMAIL" class="form-control" placeholder="ਤੁਹਾਡੀ ਈ-ਮੇਲ"><button type="submit" class="btn btn-primary">ਸਬਸਕ੍ਰਾਈਬ ਕਰੋ</button></form></div></div></div></div></aside>
                </div></div></div></section>
                <footer id="sp-footer"><div class="container"><div class="container-inner"><div class="row"><div id="sp-footer1" class="col-lg-6 "><div class="sp-column "><span class="sp-copyright">© 2025 ਲੋਕ ਲਹਿਰ। ਸਾਰੇ ਹੱਕ ਰਾਖਵੇਂ ਹਨ। ਬਿਨਾਂ ਇਜਾਜ਼ਤ ਖ਼ਬਰਾਂ ਦੀ ਨਕਲ ਕਰਨ ਦੀ ਮਨਾਹੀ ਹੈ।</span></div></div><div id="sp-footer2" class="col-lg-6 "><div class="sp-column "><ul class="menu"><li class="item-130"><a href="/sade-bare">ਸਾਡੇ ਬਾਰੇ</a></li><li class="item-131"><a href="/niji-niti">ਨਿੱਜਤਾ ਨੀਤੀ</a></li><li class="item-132"><a href="/ishtihar">ਇਸ਼ਤਿਹਾਰ ਦਿਓ</a></li></ul></div></div></div></div></div></footer>
            </div>
        </div>
        <div class="offcanvas-overlay"></div>
        <div class="offcanvas-menu">
            <div class="d-flex align-items-center p-3 pt-4"><a href="#" class="close-offcanvas" aria-label="ਬੰਦ ਕਰੋ"><div class="burger-icon" aria-hidden="true"><span></span><span></span><span></span></div></a></div>
            <div class="offcanvas-inner"><div class="d-flex header-modules mb-3"></div><div class="sp-module "><div class="sp-module-content"><ul class="menu">{offmenu}</ul></div></div></div>
        </div>
        <a href="#" class="sp-scroll-up" aria-label="ਉੱਪਰ ਜਾਓ"><span class="fas fa-angle-up" aria-hidden="true"></span></a>
    </body>
</html>
"""


def malayalam(art):
    """Phoenix LiveView (Phoenix 1.7 layout, Tailwind, Earmark Markdown body)."""
    site = "https://theeravartha.example"
    path = "/news/kayalppuram-solar-boat-service-48211"
    url = site + path
    ps = art["paragraphs"]
    md = "prose prose-lg prose-zinc max-w-none prose-headings:font-bold prose-a:text-teal-700"
    first = paras(art, start=1, stop=5)
    rest = []
    items = []
    for p in ps[5:]:
        if p.startswith("- "):
            items.append(f"<li>\n<p>\n{e(p[2:])}  </p>\n</li>")
            continue
        if items:
            rest.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            items = []
        if p.startswith("## "):
            rest.append(f"<h2>\n{e(p[3:])}</h2>")
        elif p.startswith("എഡിറ്ററുടെ കുറിപ്പ്:"):
            rest.append(f"<p>\n<em>{e(p)}</em></p>")
        else:
            rest.append(f"<p>\n{e(p)}</p>")
    second = "\n".join(rest)
    poll = """<div id="poll-48211" data-phx-component="2" class="my-10 rounded-xl border border-zinc-200 bg-zinc-50 p-6">
<p class="text-xs font-semibold uppercase tracking-wide text-teal-700">വായനക്കാരുടെ അഭിപ്രായം</p>
<p class="mt-2 text-lg font-semibold text-zinc-900">സൗരോർജ ബോട്ടുകൾ കൂടുതൽ ജലപാതകളിൽ വേണോ?</p>
<div class="mt-4 grid gap-2">
<button type="button" phx-click="vote" phx-value-option="1" phx-target="2" class="flex justify-between rounded-lg border bg-white px-4 py-2 text-left hover:border-teal-600"><span>വേണം</span><span class="text-zinc-500">81%</span></button>
<button type="button" phx-click="vote" phx-value-option="2" phx-target="2" class="flex justify-between rounded-lg border bg-white px-4 py-2 text-left hover:border-teal-600"><span>വേണ്ട</span><span class="text-zinc-500">7%</span></button>
<button type="button" phx-click="vote" phx-value-option="3" phx-target="2" class="flex justify-between rounded-lg border bg-white px-4 py-2 text-left hover:border-teal-600"><span>അഭിപ്രായമില്ല</span><span class="text-zinc-500">12%</span></button>
</div>
<p class="mt-3 text-xs text-zinc-500">1,284 വോട്ടുകൾ · ഫലം തത്സമയം പുതുക്കുന്നു</p>
</div>"""
    ad = """<div id="ad-inarticle-1" phx-update="ignore" class="my-8 flex flex-col items-center border-y border-zinc-100 py-4">
<p class="text-[11px] uppercase tracking-widest text-zinc-400">പരസ്യം</p>
<div id="div-gpt-ad-1718273-2" style="min-width:300px;min-height:250px"></div>
</div>"""
    related = """<a href="/news/kayalppuram-jetty-renovation-47930" data-phx-link="redirect" data-phx-link-state="push" class="my-8 flex gap-4 rounded-xl border border-zinc-200 p-4 hover:bg-zinc-50">
<img src="/images/thumbs/jetty-renovation-160.webp" alt="" class="h-20 w-28 flex-none rounded-lg object-cover" loading="lazy">
<div><p class="text-xs font-semibold text-teal-700">ഇതുകൂടി വായിക്കൂ</p><p class="mt-1 font-semibold text-zinc-900">കായൽപ്പുറം ജെട്ടി നവീകരണം: പുതിയ കാത്തിരിപ്പുകേന്ദ്രം തുറന്നു</p><p class="mt-1 text-sm text-zinc-600">മഴയും വെയിലും ഏൽക്കാതെ യാത്രക്കാർക്ക് കാത്തിരിക്കാൻ ഇരിപ്പിടങ്ങളും കുടിവെള്ളവും ഒരുക്കിയിട്ടുണ്ട്.</p></div>
</a>"""
    comments = "".join(
        f'<div id="comments-{i}" class="flex gap-3 py-4"><span class="flex h-9 w-9 flex-none items-center justify-center rounded-full bg-teal-100 text-sm font-semibold text-teal-800">{e(n[0])}</span><div><p class="text-sm"><span class="font-semibold text-zinc-900">{e(n)}</span> <time class="text-zinc-500" datetime="{dt}">{d}</time></p><p class="mt-1 text-zinc-700">{e(t)}</p><div class="mt-2 flex gap-4 text-xs text-zinc-500"><button phx-click="like" phx-value-id="{i}" phx-target="3">ഇഷ്ടം ({lk})</button><button phx-click="reply" phx-value-id="{i}" phx-target="3">മറുപടി</button><button phx-click="report" phx-value-id="{i}" phx-target="3">റിപ്പോർട്ട് ചെയ്യുക</button></div></div></div>'
        for i, n, dt, d, t, lk in [
            (
                90314,
                "സുരേഷ് കുമാർ",
                "2025-11-04T10:12:00+05:30",
                "2 മണിക്കൂർ മുമ്പ്",
                "നല്ല തീരുമാനം. പഴയ ഡീസൽ ബോട്ടിന്റെ പുക കാരണം രാവിലെ യാത്ര ചെയ്യാൻ തന്നെ ബുദ്ധിമുട്ടായിരുന്നു.",
                14,
            ),
            (
                90327,
                "ലിസി മാത്യു",
                "2025-11-04T11:40:00+05:30",
                "1 മണിക്കൂർ മുമ്പ്",
                "മഴക്കാലത്ത് സോളാർ ബോട്ട് എങ്ങനെ ഓടുമെന്ന് കൂടി പഞ്ചായത്ത് വ്യക്തമാക്കണം.",
                6,
            ),
        ]
    )
    latest = "".join(
        f'<li id="latest-{i}" class="flex gap-3 py-3"><time class="w-12 flex-none text-xs font-semibold text-teal-700">{tm}</time><a href="/news/{h}-{i}" data-phx-link="redirect" data-phx-link-state="push" class="text-sm font-medium text-zinc-800 hover:underline">{e(t)}</a></li>'
        for i, tm, h, t in [
            (48230, "12:40", "kanal-road-repair", "കനാൽ റോഡിന്റെ അറ്റകുറ്റപ്പണി അടുത്ത ആഴ്ച തുടങ്ങും"),
            (48226, "11:55", "school-kalolsavam-venue", "ഉപജില്ലാ കലോത്സവം: വേദികൾ പ്രഖ്യാപിച്ചു"),
            (48219, "10:20", "fishermen-warning", "കടലിൽ പോകരുതെന്ന് മത്സ്യത്തൊഴിലാളികൾക്ക് മുന്നറിയിപ്പ്"),
            (48215, "09:05", "paddy-procurement", "നെല്ല് സംഭരണം: കർഷകർക്ക് കുടിശ്ശിക ഈ മാസം നൽകും"),
        ]
    )
    most = "".join(
        f'<li class="flex gap-3 py-2"><span class="text-2xl font-bold text-zinc-300">{n}</span><a href="/news/{h}" data-phx-link="redirect" data-phx-link-state="push" class="text-sm font-medium text-zinc-800 hover:underline">{e(t)}</a></li>'
        for n, h, t in [
            (1, "bridge-tender-48102", "തുരുത്തി പാലത്തിന്റെ ടെൻഡർ നടപടികൾ വീണ്ടും നീളുന്നു"),
            (2, "backwater-cleanup-48150", "കായൽ ശുചീകരണ യജ്ഞത്തിൽ അഞ്ഞൂറിലധികം പേർ പങ്കെടുത്തു"),
            (3, "ration-card-camp-48177", "റേഷൻ കാർഡ് തിരുത്തലിന് പ്രത്യേക ക്യാമ്പ് ശനിയാഴ്ച"),
        ]
    )
    nav = "".join(
        f'<a href="{h}" data-phx-link="redirect" data-phx-link-state="push" class="{"text-teal-700" if t == "പ്രാദേശികം" else "text-zinc-700"} hover:text-teal-700">{t}</a>'
        for h, t in [
            ("/", "ഹോം"),
            ("/local", "പ്രാദേശികം"),
            ("/kerala", "കേരളം"),
            ("/agriculture", "കൃഷി"),
            ("/sports", "കായികം"),
            ("/video", "വീഡിയോ"),
        ]
    )
    schema = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": art["title"],
        "datePublished": "2025-11-04T08:30:00+05:30",
        "dateModified": "2025-11-04T09:45:00+05:30",
        "author": [{"@type": "Person", "name": art["author"]}],
        "publisher": {"@type": "NewsMediaOrganization", "name": "തീരവാർത്ത"},
        "mainEntityOfPage": url,
        "inLanguage": "ml",
    }
    hide = "[[&quot;show&quot;,{&quot;to&quot;:&quot;#client-error&quot;}]]"
    return f"""<!DOCTYPE html>
<html lang="ml" class="[scrollbar-gutter:stable]">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="csrf-token" content="FQ4fPg8aGTUDBhQGJhIgAjweBDsDHgsUZ3PvX2n8xvCgX3nq1u0T9Qk1">
    <title data-suffix=" · തീരവാർത്ത">
{e(art["title"])}
     · തീരവാർത്ത</title>
    <meta name="description" content="{e(ps[0][:150])}">
    <meta property="og:title" content="{e(art["title"])}">
    <meta property="og:type" content="article">
    <meta property="og:url" content="{url}">
    <meta property="og:image" content="{site}/images/articles/48211/solar-boat-1200.jpg">
    <link rel="canonical" href="{url}">
    {ld(schema)}
    <link phx-track-static rel="stylesheet" href="/assets/app-5c1f0e8b7a6d4e3f2b1a0c9d8e7f6a5b.css?vsn=d">
    <script defer phx-track-static type="text/javascript" src="/assets/app-9e2d1c4b5a6f7e8d9c0b1a2f3e4d5c6b.js?vsn=d">
    </script>
  </head>
  <body class="bg-white antialiased">
    <div id="phx-GBjk7Yq2vH8mWQsD" data-phx-main data-phx-session="SFMyNTY.g2gDaAJhBXQAAAAIZAACaWRtAAAAFHBoeC1HQmprN1lxMnZIOG1XUXNEZAAMbGl2ZV9zZXNzaW9uaAJkAAdkZWZhdWx0bggAIPo8k7XUZBhkAApwYXJlbnRfcGlkZAADbmlsZAAIcm9vdF9waWRkAANuaWxkAAlyb290X3ZpZXdkACVFbGl4aXIuVGhlZXJhdmFydGhhV2ViLkFydGljbGVMaXZlLlNob3dkAAZyb3V0ZXJkAB9FbGl4aXIuVGhlZXJhdmFydGhhV2ViLlJvdXRlcmQAB3Nlc3Npb250AAAAAGQABHZpZXdkACVFbGl4aXIuVGhlZXJhdmFydGhhV2ViLkFydGljbGVMaXZlLlNob3duBgA0uY8HkwFiAAFRgA.Vx3c0Q2m8Jt1hYpZkR9sLwE4nBfU6aTgKiOqMe5dHcA" data-phx-static="SFMyNTY.g2gDaAJhBXQAAAADZAAKYXNzaWduX25ld2pkAAVmbGFzaHQAAAAAZAACaWRtAAAAFHBoeC1HQmprN1lxMnZIOG1XUXNEbgYANLmPB5MBYgABUYA.b8Y0nV2kq7ZcHfLxP1wR3sTgUjAeMiDoNy4vBKhQ6lE">
<header class="border-b border-zinc-200 bg-white">
  <div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-2 text-xs text-zinc-500">
    <span>ചൊവ്വ, 4 നവംബർ 2025</span>
    <div class="flex gap-4"><a href="/epaper">ഇ-പേപ്പർ</a><a href="/users/log_in">ലോഗിൻ</a><a href="/en" lang="en">English</a></div>
  </div>
  <div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-4">
    <a href="/" data-phx-link="redirect" data-phx-link-state="push"><img src="/images/logo-theeravartha.svg" width="220" alt="തീരവാർത്ത"></a>
    <form id="site-search" phx-submit="search" class="hidden md:block"><input type="search" name="q" placeholder="തിരയുക..." class="rounded-lg border-zinc-300 text-sm"></form>
  </div>
  <nav class="mx-auto flex max-w-6xl gap-6 overflow-x-auto px-4 pb-3 text-sm font-semibold">{nav}</nav>
</header>
<main class="px-4 py-10 sm:px-6 lg:px-8">
  <div class="mx-auto max-w-6xl">
<div id="flash-group">
<div id="client-error" phx-mounted="[[&quot;ignore_attrs&quot;,{{&quot;attrs&quot;:[&quot;style&quot;]}}]]" phx-click="[[&quot;push&quot;,{{&quot;event&quot;:&quot;lv:clear-flash&quot;,&quot;value&quot;:{{&quot;key&quot;:&quot;error&quot;}}}}]]" role="alert" class="fixed top-2 right-2 mr-2 w-80 sm:w-96 z-50 rounded-lg p-3 ring-1 bg-rose-50 text-rose-900 shadow-md ring-rose-500 fill-rose-900" phx-disconnected="{hide}" phx-connected="[[&quot;hide&quot;,{{&quot;to&quot;:&quot;#client-error&quot;}}]]" hidden>
  <p class="flex items-center gap-1.5 text-sm font-semibold leading-6">
    <span class="hero-exclamation-circle-mini h-4 w-4"></span>
    We can&#39;t find the internet
  </p>
  <p class="mt-2 text-sm leading-5">
  Attempting to reconnect
  <span class="hero-arrow-path ml-1 h-3 w-3 animate-spin"></span>
</p>
  <button type="button" class="group absolute top-1 right-1 p-2" aria-label="close">
    <span class="hero-x-mark-solid h-5 w-5 opacity-40 group-hover:opacity-70"></span>
  </button>
</div>
<div id="server-error" role="alert" class="fixed top-2 right-2 mr-2 w-80 sm:w-96 z-50 rounded-lg p-3 ring-1 bg-rose-50 text-rose-900 shadow-md ring-rose-500 fill-rose-900" hidden>
  <p class="flex items-center gap-1.5 text-sm font-semibold leading-6">
    <span class="hero-exclamation-circle-mini h-4 w-4"></span>
    Something went wrong!
  </p>
  <p class="mt-2 text-sm leading-5">
  Hang in there while we get back on track
  <span class="hero-arrow-path ml-1 h-3 w-3 animate-spin"></span>
</p>
</div>
</div>
<div class="grid gap-12 lg:grid-cols-12">
<article id="article-48211" class="lg:col-span-8">
  <nav aria-label="Breadcrumb" class="text-xs text-zinc-500"><a href="/" data-phx-link="redirect" data-phx-link-state="push">ഹോം</a> / <a href="/local" data-phx-link="redirect" data-phx-link-state="push">പ്രാദേശികം</a> / <span>ആലപ്പുഴ</span></nav>
  <p class="mt-4 text-sm font-semibold text-teal-700">ജലഗതാഗതം</p>
  <h1 class="mt-2 text-3xl font-bold leading-tight text-zinc-900 sm:text-4xl">
{e(art["title"])}
  </h1>
  <p class="mt-5 text-xl leading-8 text-zinc-700">
{e(ps[0])}
  </p>
  <div class="mt-6 flex flex-wrap items-center gap-x-4 gap-y-2 border-y border-zinc-100 py-3 text-sm text-zinc-500">
    <a href="/authors/anitha-radhakrishnan" data-phx-link="redirect" data-phx-link-state="push" class="flex items-center gap-2 font-semibold text-zinc-800"><img src="/images/authors/anitha.webp" alt="" class="h-8 w-8 rounded-full">{e(art["author"])}</a>
    <time datetime="2025-11-04T08:30:00+05:30">04 നവംബർ 2025, 08:30 AM IST</time>
    <span>അപ്ഡേറ്റ്: 09:45 AM</span>
    <span>3 മിനിറ്റ് വായന</span>
    <div class="ml-auto flex gap-2">
      <a href="https://wa.me/?text={url}" target="_blank" rel="noopener" class="rounded-full bg-zinc-100 px-3 py-1">WhatsApp</a>
      <a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener" class="rounded-full bg-zinc-100 px-3 py-1">Facebook</a>
      <button id="copy-link" phx-hook="CopyLink" data-url="{url}" class="rounded-full bg-zinc-100 px-3 py-1">ലിങ്ക് പകർത്തുക</button>
      <span id="copy-link-done" class="hidden text-teal-700">ലിങ്ക് പകർത്തി</span>
    </div>
  </div>
  <figure class="mt-8">
    <img src="/images/articles/48211/solar-boat-1200.webp" alt="സൗരോർജ ബോട്ട്" class="w-full rounded-xl" width="1200" height="675">
    <figcaption class="mt-2 text-sm text-zinc-500">കായൽപ്പുറം ജെട്ടിയിൽ നിന്ന് ആദ്യ യാത്ര പുറപ്പെടുന്ന സൗരോർജ ബോട്ട്. ഫോട്ടോ: തീരവാർത്ത</figcaption>
  </figure>
  <div id="article-body-1" class="{md} mt-8">
{first}
  </div>
{ad}
{poll}
  <div id="article-body-2" class="{md}">
{second}
  </div>
{related}
  <div class="mt-8 flex flex-wrap gap-2 text-sm">
    <a href="/tags/solar-boat" data-phx-link="redirect" data-phx-link-state="push" class="rounded-full border px-3 py-1">#സൗരോർജ ബോട്ട്</a>
    <a href="/tags/water-transport" data-phx-link="redirect" data-phx-link-state="push" class="rounded-full border px-3 py-1">#ജലഗതാഗതം</a>
    <a href="/tags/kayalppuram" data-phx-link="redirect" data-phx-link-state="push" class="rounded-full border px-3 py-1">#കായൽപ്പുറം</a>
  </div>
  <div class="mt-8 rounded-xl bg-teal-50 p-5 text-sm text-teal-900">
    <p class="font-semibold">തീരവാർത്ത വാട്സ്ആപ്പ് ചാനലിൽ</p>
    <p class="mt-1">പ്രാദേശിക വാർത്തകൾ ആദ്യം അറിയാൻ ഞങ്ങളുടെ വാട്സ്ആപ്പ് ചാനലിൽ ചേരൂ. <a href="https://whatsapp.example/channel/theeravartha" class="underline">ചേരാൻ ഇവിടെ ക്ലിക്ക് ചെയ്യുക</a></p>
  </div>
  <section id="comments" data-phx-component="3" class="mt-12">
    <h2 class="text-xl font-bold text-zinc-900">അഭിപ്രായങ്ങൾ (2)</h2>
    <p class="mt-1 text-xs text-zinc-500">അഭിപ്രായങ്ങൾ എഴുതുന്നവരുടേത് മാത്രമാണ്; തീരവാർത്തയുടേതല്ല. അധിക്ഷേപകരമായ അഭിപ്രായങ്ങൾ നീക്കം ചെയ്യും.</p>
    <div id="comment-list" phx-update="stream" class="mt-4 divide-y divide-zinc-100">{comments}</div>
    <form id="comment-form" phx-submit="save" phx-change="validate" phx-target="3" class="mt-6 space-y-3">
      <label for="comment_body" class="block text-sm font-semibold text-zinc-800">നിങ്ങളുടെ അഭിപ്രായം</label>
      <textarea id="comment_body" name="comment[body]" rows="3" phx-debounce="300" class="w-full rounded-lg border-zinc-300" placeholder="അഭിപ്രായം എഴുതുക..."></textarea>
      <p class="text-xs text-zinc-500">അഭിപ്രായം രേഖപ്പെടുത്താൻ ലോഗിൻ ചെയ്യണം.</p>
      <button type="submit" phx-disable-with="അയയ്ക്കുന്നു..." class="rounded-lg bg-teal-700 px-4 py-2 text-sm font-semibold text-white">പ്രസിദ്ധീകരിക്കുക</button>
    </form>
  </section>
</article>
<aside class="space-y-10 lg:col-span-4">
  <section>
    <h2 class="border-b-2 border-teal-700 pb-2 text-sm font-bold uppercase text-zinc-900">ഏറ്റവും പുതിയത്</h2>
    <ul id="latest" phx-update="stream" class="divide-y divide-zinc-100">{latest}</ul>
  </section>
  <div id="ad-rail-1" phx-update="ignore" class="flex flex-col items-center"><p class="text-[11px] uppercase tracking-widest text-zinc-400">പരസ്യം</p><div id="div-gpt-ad-1718273-4" style="min-width:300px;min-height:600px"></div></div>
  <section>
    <h2 class="border-b-2 border-teal-700 pb-2 text-sm font-bold uppercase text-zinc-900">കൂടുതൽ വായിച്ചവ</h2>
    <ol>{most}</ol>
  </section>
</aside>
</div>
  </div>
</main>
<footer class="mt-16 bg-zinc-900 text-zinc-300">
  <div class="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:grid-cols-3">
    <div><img src="/images/logo-theeravartha-white.svg" width="180" alt="തീരവാർത്ത"><p class="mt-3 text-sm">കുട്ടനാടിന്റെയും കായൽത്തീരങ്ങളുടെയും വാർത്തകൾ 2016 മുതൽ നിങ്ങളിലേക്ക് എത്തിക്കുന്ന ഓൺലൈൻ പത്രം.</p></div>
    <ul class="space-y-2 text-sm"><li><a href="/about">ഞങ്ങളെക്കുറിച്ച്</a></li><li><a href="/contact">ബന്ധപ്പെടുക</a></li><li><a href="/privacy">സ്വകാര്യതാ നയം</a></li><li><a href="/advertise">പരസ്യങ്ങൾക്ക്</a></li></ul>
    <p class="text-sm">വാർത്തകൾ അറിയിക്കാൻ: news@theeravartha.example</p>
  </div>
  <p class="border-t border-zinc-800 py-4 text-center text-xs">© 2025 തീരവാർത്ത മീഡിയ. എല്ലാ അവകാശങ്ങളും നിക്ഷിപ്തം.</p>
</footer>
</div>
  </body>
</html>
"""


def burmese(art):
    """Weebly blog post: ``div.paragraph`` blocks split by ``<br />``, ``wsite-`` elements."""
    site = "https://shwewanews.weebly.example"
    slug = "4783201"
    url = f"{site}/news/{slug}"
    ps = art["paragraphs"]

    def para(*idx):
        return (
            '<div class="paragraph" style="text-align:justify;">'
            + "<br /><br />".join(e(ps[i]) for i in idx)
            + "</div>"
        )

    def title(i):
        return f'<h2 class="wsite-content-title">{e(ps[i][3:])}</h2>'

    items = "".join(f"<li>{e(p[2:])}</li>" for p in ps if p.startswith("- "))
    image = """<div><div class="wsite-image wsite-image-border-none " style="padding-top:10px;padding-bottom:10px;margin-left:0;margin-right:0;text-align:center">
<a>
<img src="/uploads/1/4/7/8/147832019/clinic-opening_orig.jpg" alt="Picture" style="width:auto;max-width:100%" />
</a>
<div style="display:block;font-size:90%">ဆေးပေးခန်း ဖွင့်ပွဲအခမ်းအနား (ဓာတ်ပုံ - ရွှေဝါသတင်း)</div>
</div></div>"""
    ad = """<div class="wcustomhtml" style="text-align:center;"><span style="font-size:11px;color:#999;">ကြော်ငြာ</span><br /><a href="https://www.golden-rice-trading.example/" target="_blank" rel="sponsored"><img src="/uploads/1/4/7/8/147832019/ad-rice-600x150.jpg" alt="ရွှေစပါး ကုန်သွယ်ရေး" style="max-width:100%" /></a></div>"""
    read_also = f'<div class="paragraph"><strong>ဆက်စပ်သတင်း - </strong><a href="{site}/news/4779915">ရွှေဝါချောင်း လှေဆိပ်လမ်း ပြင်ဆင်မှု မိုးမတိုင်မီ ပြီးစီး</a></div>'
    spacer = '<div class="wsite-spacer" style="height:30px;"></div>'
    body = "\n".join(
        [
            para(0, 1),
            image,
            title(2),
            para(3, 4),
            ad,
            read_also,
            title(5),
            f'<div class="paragraph" style="text-align:justify;">{e(ps[6])}<br /><ul>{items}</ul></div>',
            spacer,
            para(10),
            '<div class="paragraph" style="text-align:center;"><em>သတင်းများ ပေးပို့လိုပါက ကျွန်ုပ်တို့၏ Facebook စာမျက်နှာ သို့မဟုတ် Viber အုပ်စုမှတစ်ဆင့် ဆက်သွယ်နိုင်ပါသည်။</em></div>',
        ]
    )
    comm = "".join(
        f'<div class="blogCommentWrap"><div id="{i}" class="blogCommentLevel0"><div class="blogCommentHeading"><span class="blogCommentAuthor"><span class="name">{e(n)}</span></span><span class="blogCommentDate"><span class="date-text">{d}</span></span></div><div class="blogCommentText"><div><p>{e(t)}</p></div></div><div class="blogCommentReplyWrapper"><a class="blog-button reply-comment" href="#" onclick="return false;"><span class="blog-button-inner">Reply</span></a></div></div></div>'
        for i, n, d, t in [
            (
                "8823104",
                "ကိုဇော်လင်း",
                "9/2/2025 09:14:22 am",
                "ရွာသားတွေ အားလုံး ပါဝင်ပြီး ဆောက်တဲ့ ဆေးခန်းဆိုတော့ ပိုပြီး ဂုဏ်ယူမိပါတယ်။",
            ),
            (
                "8823377",
                "မနှင်းဝေ",
                "9/2/2025 02:48:05 pm",
                "သူနာပြုဆရာမ ညဘက်မှာပါ ရှိမယ်ဆိုတာ ကြားရတာ အရမ်းဝမ်းသာပါတယ်။",
            ),
        ]
    )
    menu = "".join(
        f'<li id="{"active" if t == "သတင်း" else "pg" + str(900 + i)}" class="wsite-menu-item-wrap"><a href="{h}" class="wsite-menu-item">{t}</a></li>'
        for i, (h, t) in enumerate(
            [
                ("/", "ပင်မစာမျက်နှာ"),
                ("/news", "သတင်း"),
                ("/features", "ဆောင်းပါး"),
                ("/photos", "ဓာတ်ပုံ"),
                ("/about", "ကျွန်ုပ်တို့အကြောင်း"),
                ("/contact", "ဆက်သွယ်ရန်"),
            ]
        )
    )
    recent = "".join(
        f'<a href="{site}/news/{i}" class="blog-link">{e(t)}</a><br />'
        for i, t in [
            ("4779915", "ရွှေဝါချောင်း လှေဆိပ်လမ်း ပြင်ဆင်မှု မိုးမတိုင်မီ ပြီးစီး"),
            ("4776402", "ကျေးရွာစာသင်ကျောင်းသို့ စာအုပ်များ လှူဒါန်း"),
            ("4771180", "ငါးဖမ်းရာသီ စတင်ပြီ - ဈေးနှုန်း မြင့်တက်"),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="my">
<head>
<title>{e(art["title"])} - ရွှေဝါသတင်း</title>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta property="og:site_name" content="ရွှေဝါသတင်း" />
<meta property="og:title" content="{e(art["title"])}" />
<meta property="og:description" content="{e(ps[0][:100])}" />
<meta property="og:image" content="{site}/uploads/1/4/7/8/147832019/clinic-opening_orig.jpg" />
<meta property="og:url" content="{url}" />
<link id="wsite-base-style" rel="stylesheet" type="text/css" href="//cdn2.editmysite.example/css/sites.css?buildTime=1724871234" />
<link rel="stylesheet" type="text/css" href="//cdn2.editmysite.example/css/old/fancybox.css?1724871234" />
<link rel="stylesheet" type="text/css" href="//cdn2.editmysite.example/css/social-icons.css?buildtime=1724871234" media="screen,projection" />
<link rel="stylesheet" type="text/css" href="/files/main_style.css?1725012290" title="wsite-theme-css" />
<script>var STATIC_BASE = '//cdn1.editmysite.example/';var ASSETS_BASE = '//cdn2.editmysite.example/';var STYLE_PREFIX = 'wsite';</script>
<script src='https://ajax.googleapis.example/ajax/libs/jquery/1.8.3/jquery.min.js'></script>
<script type="text/javascript" src="//cdn2.editmysite.example/js/lang/en/stl.js?buildTime=1724871234&"></script>
<script>_W = _W || {{}};_W.configDomain = "www.weebly.example";_W.relinquish && _W.relinquish();_W.setup_rpc({{"url":"\\/ajax\\/api\\/JsonRPC\\/CustomerAccounts\\/","actions":{{"CustomerAccounts":[{{"name":"login","len":2,"multiple":false,"standalone":false}}]}}}});_W.isCheckoutReskin = false;</script>
<script type="text/javascript">_W.blogCommentsEnabled = true;_W.siteId = "147832019";_W.blogId = "552910368472019334";</script>
</head>
<body class="no-header-page  wsite-page-news  full-width-body-off header-overlay-on alt-nav-off  wsite-theme-light"><div class="wrapper">
  <div class="dusk-header">
    <div class="nav-wrap">
      <div class="container">
        <div class="logo"><span class="wsite-logo"><a href="/"><span id="wsite-title">ရွှေဝါသတင်း</span></a></span></div>
        <div class="nav desktop-nav"><ul class="wsite-menu-default">{menu}</ul></div>
        <label class="hamburger"><span></span></label>
      </div>
    </div>
  </div>
  <div class="main-wrap">
    <div class="container">
      <div id="wsite-content" class="wsite-elements wsite-not-footer">
    <div class="wsite-section-wrap">
    <div class="wsite-section wsite-body-section wsite-background-1"  >
        <div class="wsite-section-content">
          <div class="container">
            <div class="wsite-section-elements">
                <div id="blogTable" class="blog-table"><div class="blog-body"><div id="blogContent" class="blog-content-column">
<div id="blog-post-{slug}" class="blog-post">
    <div class="blog-header">
        <h2 class="blog-title"><a class="blog-title-link blog-link" href="{url}">{e(art["title"])}</a></h2>
        <p class="blog-date"><span class="date-text">9/2/2025</span></p>
        <p class="blog-comments-top"><a class="blog-link" href="{url}#comments">2 Comments</a></p>
    </div>
    <div class="blog-separator">&nbsp;</div>
    <div class="blog-content">
{body}
    </div>
    <div class="blog-social ">
        <div class="blog-social-item blog-fb-like"><iframe src="//www.facebook.example/plugins/like.php?href={url}&amp;send=false&amp;layout=button_count&amp;show_faces=false&amp;action=like" scrolling="no" frameborder="0" allowtransparency="true" style="overflow:hidden; border:none; width:90px; height:20px"></iframe></div>
        <div class="blog-social-item blog-twitter"><a href="https://twitter.com/share" class="twitter-share-button" data-url="{url}" data-text="{e(art["title"])}">Tweet</a></div>
    </div>
    <div class="blog-footer">
        <p class="blog-category">Categories: <a href="{site}/news/category/health" class="blog-link">ကျန်းမာရေး</a>, <a href="{site}/news/category/villages" class="blog-link">ကျေးရွာသတင်း</a></p>
        <p class="blog-comments-bottom"><a class="blog-link" href="{url}#comments">2 Comments</a></p>
    </div>
</div>
<div id="comments" class="blog-comments">
    <h2 class="blog-comments-title">2 Comments</h2>
    <div id="commentArea">{comm}</div>
    <div id="commentReplyTitle" class="blog-comment-reply-title"><h2>Leave a Reply.</h2></div>
    <form id="commentForm" class="blog-comment-area" method="post" action="/ajax/apps/postComment.php">
        <input type="hidden" name="blogId" value="552910368472019334" /><input type="hidden" name="postId" value="{slug}" />
        <div class="blog-comment-area"><label for="commentName" class="blog-comment-label">Name (required)</label><input type="text" name="name" id="commentName" class="blog-comment-input" /></div>
        <div class="blog-comment-area"><label for="commentEmail" class="blog-comment-label">Email (not published)</label><input type="text" name="email" id="commentEmail" class="blog-comment-input" /></div>
        <div class="blog-comment-area"><label for="commentWebsite" class="blog-comment-label">Website</label><input type="text" name="website" id="commentWebsite" class="blog-comment-input" /></div>
        <div class="blog-comment-area"><label for="commentBody" class="blog-comment-label">Comments</label><textarea name="comment" id="commentBody" class="blog-comment-textarea"></textarea></div>
        <div class="blog-comment-area"><input type="checkbox" name="notify" id="commentNotify" value="1" /> <label for="commentNotify">Notify me of new comments to this post by email</label></div>
        <div class="blog-comment-submit"><a class="blog-button" href="#" onclick="document.getElementById('commentForm').submit(); return false;"><span class="blog-button-inner">Submit</span></a></div>
    </form>
</div>
</div>
<div class="blog-sidebar"><div class="column-blog">
    <h2 class="wsite-content-title">စာရေးသူ</h2>
    <div class="paragraph">ခင်မာဦးသည် ရွှေဝါသတင်း၏ ကျေးလက်သတင်းထောက် ဖြစ်ပြီး ကျန်းမာရေးနှင့် ပညာရေး သတင်းများကို အဓိက ရေးသားသည်။</div>
    <div class="wsite-spacer" style="height:20px;"></div>
    <h2 class="wsite-content-title">နောက်ဆုံးရသတင်းများ</h2>
    <div class="blog-recent-posts">{recent}</div>
    <h2 class="wsite-content-title">Archives</h2>
    <div class="blog-archive-list"><a href="{site}/news/archives/09-2025">September 2025</a><br /><a href="{site}/news/archives/08-2025">August 2025</a><br /><a href="{site}/news/archives/07-2025">July 2025</a><br /></div>
    <h2 class="wsite-content-title">Categories</h2>
    <div class="blog-category-list"><ul><li><a href="{site}/news/category/all">All</a></li><li><a href="{site}/news/category/health">ကျန်းမာရေး</a></li><li><a href="{site}/news/category/villages">ကျေးရွာသတင်း</a></li><li><a href="{site}/news/category/education">ပညာရေး</a></li></ul></div>
    <p class="blog-feed-link"><a href="{site}/news/feed" target="_blank">RSS Feed</a></p>
</div></div>
</div></div>
            </div>
          </div>
        </div>
    </div>
    </div>
      </div>
    </div>
  </div>
  <div class="footer-wrap">
    <div class="container">
      <div class="footer"><div class='wsite-elements wsite-footer'>
<div class="paragraph" style="text-align:center;">© 2025 ရွှေဝါသတင်း - ရွှေဝါချောင်းနှင့် အနီးဝန်းကျင် ကျေးရွာများ၏ သတင်းများကို လစဉ် စေတနာ့ဝန်ထမ်းများက စုစည်းတင်ပြသည်။</div>
<div style="text-align:center;"><a class="wsite-social-item wsite-social-facebook" href="https://www.facebook.example/shwewanews" target="_blank" alt="Facebook" aria-label="Facebook"><span class="wsite-social-item-inner"></span></a><a class="wsite-social-item wsite-social-mail" href="mailto:shwewanews@gmail.example" target="_blank" alt="Mail" aria-label="Mail"><span class="wsite-social-item-inner"></span></a></div>
</div></div>
    </div>
  </div>
</div>
<div id="weebly-footer-signup-container-v3" class="weebly-footer-signup-container weebly-footer-signup-container--v3"><div class="weebly-footer-signup weebly-footer-signup--v3"><div class="weebly-footer-signup__container"><div class="weebly-footer-signup__brand-logo"></div><span class="weebly-footer-signup__message">Create your own unique website with customizable templates.</span><a href="https://www.weebly.example/signup?utm_source=internal&amp;utm_medium=footer" target="_blank" class="weebly-footer-signup__button">Get Started</a></div></div></div>
<script type="text/javascript" src="/files/theme/plugins.js?1565969634"></script>
<script type="text/javascript" src="/files/theme/custom.js?1565969634"></script>
</body>
</html>
"""


def igbo(art):
    """Tumblr blog with a custom theme: text post permalink page with notes."""
    site = "https://akukoumuokpara.tumblr.example"
    pid = "754120938877321216"
    url = f"{site}/post/{pid}/ahia-eke-umuokpara-emeghere-ozo"
    ps = art["paragraphs"]
    fig = '<figure class="tmblr-full" data-orig-height="1080" data-orig-width="1620"><img src="https://64.media.tumblr.example/8f2c1e7a9b3d4c5e6f7a8b9c0d1e2f3a/5b6c7d8e9f0a1b2c-3d/s1280x1920/ahia-eke.jpg" data-orig-height="1080" data-orig-width="1620" srcset="https://64.media.tumblr.example/8f2c1e7a9b3d4c5e6f7a8b9c0d1e2f3a/5b6c7d8e9f0a1b2c-3d/s640x960/ahia-eke.jpg 640w, https://64.media.tumblr.example/8f2c1e7a9b3d4c5e6f7a8b9c0d1e2f3a/5b6c7d8e9f0a1b2c-3d/s1280x1920/ahia-eke.jpg 1280w" sizes="(max-width: 1280px) 100vw, 1280px"></figure><p><small><i>Foto: Chiamaka Obiora / Akụkọ Umuọkpara</i></small></p>'
    read_also = f'<p><b>Gụọkwa:</b> <a href="{site}/post/753877120456220672/kansul-umuokpara-mechiri-okporo-uzo-ahia">Kansụl Umuọkpara mechiri ụzọ ahịa ka a rụzie ya</a></p>'
    body = (
        paras(art, stop=3)
        + "\n"
        + fig
        + "\n"
        + paras(art, start=3, stop=6)
        + "\n"
        + read_also
        + "\n"
        + paras(art, start=6)
    )
    notes = "".join(
        f'<li class="note {k} tumblelog_{u} {"with_commentary" if c else "without_commentary"}"><a rel="nofollow" class="avatar_frame" target="_blank" href="https://{u}.tumblr.example/" title="{u}"><img src="https://64.media.tumblr.example/avatar_{u}_64.pnj" class="avatar" alt=""></a><span class="action" data-post-url="https://{u}.tumblr.example/post/{n}"><a rel="nofollow" href="https://{u}.tumblr.example/" class="tumblelog" title="{u}">{u}</a> {a}</span><div class="clear"></div>{"<blockquote><a href=" + chr(34) + "https://" + u + ".tumblr.example/post/" + n + chr(34) + " title=" + chr(34) + "Lelee okwu" + chr(34) + ">" + e(c) + "</a></blockquote>" if c else ""}</li>'
        for k, u, n, a, c in [
            (
                "reblog",
                "nkemdirim-writes",
                "754131207734571008",
                f'reblogged this from <a rel="nofollow" href="{site}/" class="source_tumblelog">akukoumuokpara</a> and added:',
                "Ekele diri Chineke na o nweghị onye nwụrụ. Ndị ahịa Eke rụsiri ọrụ ike iji wughachi ya.",
            ),
            ("like", "obiageli-art", "0", "liked this", ""),
            (
                "reblog",
                "enugu-diaspora-news",
                "754126604290899968",
                f'reblogged this from <a rel="nofollow" href="{site}/" class="source_tumblelog">akukoumuokpara</a> and added:',
                "Iwu ọhụrụ a dị mma, mana kansụl ga-ahụ na ndị nche ahụ na-anọ n'ọrụ n'eziokwu.",
            ),
            ("like", "kelechi-o", "0", "liked this", ""),
            ("like", "amaka-travels", "0", "liked this", ""),
            (
                "reblog",
                "naija-markets",
                "754122915533144064",
                f'reblogged this from <a rel="nofollow" href="{site}/" class="source_tumblelog">akukoumuokpara</a>',
                "",
            ),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="ig">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Akụkọ Umuọkpara — {e(art["title"])}</title>
<meta name="description" content="{e(ps[0][:150])}">
<link rel="shortcut icon" href="https://64.media.tumblr.example/avatar_akukoumuokpara_128.pnj">
<link rel="alternate" type="application/rss+xml" title="RSS" href="{site}/rss">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(art["title"])}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Tumblr">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="tumblr">
<link rel="canonical" href="{url}">
<meta name="color:Background" content="#fbf8f2"><meta name="color:Accent" content="#1f6f4a"><meta name="if:Show Notes" content="1"><meta name="text:Facebook" content="akukoumuokpara">
<link href="https://assets.tumblr.example/fonts/favorit/stylesheet.css?v=3" rel="stylesheet" media="screen">
<style type="text/css">body{{background:#fbf8f2;color:#222;font-family:Georgia,serif}}#container{{max-width:720px;margin:0 auto}}.post-content h2{{font-size:1.3em}}.notes .action{{font-size:13px}}</style>
<script type="text/javascript" src="https://assets.tumblr.example/assets/scripts/tumblelog_post_message_queue.js?_v=2e0b5a7d"></script>
<script type="text/javascript">var Tumblr = window.Tumblr || {{}};Tumblr.TumblelogData = {{"name":"akukoumuokpara","is_adult":false,"uuid":"t:Vq3bM8xJZ0kLpR2sT9wNcA"}};</script>
</head>
<body class="permalink-page">
<div id="container">
  <header id="header">
    <a href="/" class="avatar-link"><img class="avatar" src="https://64.media.tumblr.example/avatar_akukoumuokpara_128.pnj" alt="akukoumuokpara" width="96" height="96"></a>
    <h1 class="blog-title"><a href="/">Akụkọ Umuọkpara</a></h1>
    <div class="description">Akụkọ obodo anyị n'asụsụ Igbo: ahịa, ụlọ akwụkwọ, emume na ihe ndị na-eme n'Umuọkpara na gburugburu ya.</div>
    <nav class="pages"><a href="/">Ụlọ</a><a href="/ask">Jụọ ajụjụ</a><a href="/submit">Zite akụkọ</a><a href="/archive">Ebe nchekwa</a><a href="/tagged/ahia">#ahịa</a></nav>
    <form action="/search" method="get" class="search"><input type="text" name="q" placeholder="Chọọ…"></form>
  </header>
  <section id="posts">
    <article class="post text" id="post-{pid}" data-post-id="{pid}">
      <div class="post-wrapper clearfix">
        <div class="post-content">
          <h2 class="title"><a href="{url}">{e(art["title"])}</a></h2>
          <div class="body-text">
{body}
<p><i>Ị nwere akụkọ gbasara obodo gị? Zitere anyị ya site na ibe <a href="{site}/submit">Zite akụkọ</a>.</i></p>
          </div>
        </div>
        <footer class="post-meta">
          <div class="post-date"><a href="{url}">June 17, 2025</a> · by {e(art["author"])}</div>
          <div class="post-notes"><a href="{url}#notes">14 notes</a></div>
          <ul class="tags"><li><a href="{site}/tagged/umuokpara">#Umuọkpara</a></li><li><a href="{site}/tagged/ahia">#ahịa</a></li><li><a href="{site}/tagged/akuko">#akụkọ</a></li><li><a href="{site}/tagged/igbo">#igbo</a></li></ul>
          <div class="share-buttons">
            <div class="like_button" data-post-id="{pid}" id="like_button_{pid}"><iframe id="like_iframe_{pid}" src="https://assets.tumblr.example/assets/html/like_iframe.html?_v=66c22ab5319d742bca5762b8d18f9e06#name=akukoumuokpara&amp;post_id={pid}&amp;color=black&amp;rk=Xq7bN2cK" scrolling="no" width="20" height="20" frameborder="0" class="like_toggle" allowtransparency="true" name="like_iframe_{pid}"></iframe></div>
            <a class="reblog-button" href="https://www.tumblr.example/reblog/{pid}/Xq7bN2cK" target="_blank">Reblog</a>
            <a class="share-link" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank">Kesaa na Facebook</a>
          </div>
        </footer>
      </div>
      <section id="notes" class="notes">
        <h3>14 notes</h3>
        <ol class="notes">{notes}
<li class="note original_post"><a rel="nofollow" class="avatar_frame" target="_blank" href="{site}/" title="akukoumuokpara"><img src="https://64.media.tumblr.example/avatar_akukoumuokpara_64.pnj" class="avatar" alt=""></a><span class="action"><a rel="nofollow" href="{site}/" class="tumblelog">akukoumuokpara</a> posted this</span><div class="clear"></div></li>
        </ol>
        <a class="more_notes_link" href="#" onclick="tumblrNotesLoad(); return false;">Gosi ndetu ndị ọzọ</a>
      </section>
    </article>
  </section>
  <nav id="pagination"><a class="prev" href="{site}/post/754002287611322368/emume-iri-ji-2025">← Akụkọ gara aga: Ndokwa maka emume Iri Ji malitere</a><a class="next" href="{site}/post/754201551270035456/ulo-akwukwo-obodo-enweta-kọmputa">Akụkọ ọzọ: Ụlọ akwụkwọ obodo enwetala kọmputa iri →</a></nav>
  <aside class="sidebar">
    <h4>Banyere anyị</h4>
    <p>Akụkọ Umuọkpara bụ ndị ntorobịa obodo na-edepụta ya kemgbe 2019. Anyị anaghị enweta ego n'aka ndọrọ ndọrọ ọchịchị ọ bụla.</p>
    <h4>Akụkọ ndị ọzọ</h4>
    <ul><li><a href="{site}/post/753877120456220672/kansul-umuokpara-mechiri-okporo-uzo-ahia">Kansụl Umuọkpara mechiri ụzọ ahịa ka a rụzie ya</a></li><li><a href="{site}/post/754002287611322368/emume-iri-ji-2025">Ndokwa maka emume Iri Ji malitere</a></li><li><a href="{site}/post/753650918836781056/mmiri-ozuzo-mebiri-okporo-uzo">Mmiri ozuzo mebiri okporo ụzọ Eke–Afọ</a></li></ul>
  </aside>
  <footer id="footer"><p>© 2025 Akụkọ Umuọkpara · <a href="/rss">RSS</a> · Theme: Chronicle by <a href="https://www.tumblr.example/theme/41822">Pixel Union</a></p></footer>
</div>
<iframe id="tumblr_controls" name="desktop-logged-out-controls" class="tmblr-iframe tmblr-iframe--desktop-logged-out-controls iframe-controls--desktop" src="https://www.tumblr.example/dashboard/iframe?tumblelogName=akukoumuokpara&amp;pid={pid}&amp;src={url}&amp;lang=en_US&amp;maxHeight=700" scrolling="no" width="1" height="1" frameborder="0" style="background-color:transparent; overflow:hidden; position:absolute; top:0; right:0; z-index:2147483647;" allowtransparency="true"></iframe>
<script type="text/javascript">!function(s){{s.src='https://px.srvcs.tumblr.example/impixu?T=1750168800&J=eyJ0eXBlIjoidXJsIn0=&U=MOKLHNFBPE&K=a1b2c3&R='.replace(/&R=[^&$]*/,'').concat('&R='+escape(document.referrer)).slice(0,2000).replace(/%.?.?$/,'');}}(new Image());</script>
<script type="text/javascript">window.tumblrNotesLoad=function(){{}};if(window.Tumblr){{Tumblr.LikeButton && Tumblr.LikeButton.get_status_by_page(1);}}</script>
<noscript><img style="position:absolute;z-index:-3334;top:0px;left:0px;visibility:hidden;" src="https://px.srvcs.tumblr.example/impixu?T=1750168800&J=eyJ0eXBlIjoidXJsIn0=&U=MOKLHNFBPE&K=a1b2c3&R="></noscript>
</body>
</html>
"""


def tajik(art):
    """uCoz site, news module entry page: table layout, ``eTitle`` / ``eBlock``."""
    site = "http://ovozinavobod.ucoz.example"
    ps = art["paragraphs"]

    def div(i):
        p = ps[i]
        if p.startswith("## "):
            return f'<div style="text-align: justify;"><b>{e(p[3:])}</b></div>'
        return f'<div style="text-align: justify;">{e(p)}</div>'

    items = "".join(f"<li>{e(p[2:])}</li>" for p in ps if p.startswith("- "))
    img = '<div style="text-align: center;"><!--IMG1--><a href="/_nw/3/04217583.jpg" class="ulightbox" target="_blank" title="Барои дидан дар андозаи пурра пахш кунед..."><img style="margin:0;padding:0;border:0;" src="/_nw/3/s04217583.jpg" align="" /></a><!--IMG1--></div>\n<div style="text-align: center;"><span style="font-size: 8pt;"><i>Обанбори нав дар деҳаи Лолазор. Сурат: «Овози Навобод»</i></span></div>'
    read_also = '<div style="text-align: justify;"><b>Инчунин хонед: </b><a href="/news/roh_navobod_sarbog/2025-03-05-412">Роҳи Навобод – Сарбоғ то охири баҳор таъмир мешавад</a></div>'
    body = "\n".join(
        [
            f'<div style="text-align: justify;"><b>{e(ps[0])}</b></div>',
            "<br />",
            img,
            "<br />",
            div(1),
            "<br />",
            div(2),
            "<br />",
            div(3),
            div(4),
            "<br />",
            div(5),
            "<br />",
            read_also,
            "<br />",
            div(6),
            div(7),
            f"<ul>{items}</ul>",
            div(11),
            "<br />",
            '<div style="text-align: justify;"><i>Хабарҳои навро дар канали мо дар <a href="https://t.me/ovozinavobod" target="_blank">Telegram</a> пайгирӣ кунед.</i></div>',
        ]
    )
    comm = "".join(
        f'<div class="comEnt report-spam-target " id="comEnt{i}" style=" "><table border="0" cellpadding="0" cellspacing="0" width="100%" class="cBlock{k}"><tr><td style="padding:3px;"><div style="float:right;font-size:8pt;"></div><div style="font-size:8pt;padding-bottom:5px;"><b>{n}</b> <a href="javascript:;" rel="nofollow" onclick="emoticon(\'[b]{e(a)}[/b],\');return false;">{e(a)}</a> ({d})</div><div class="cMessage" style="text-align:left;clear:both;padding-top:2px;padding-bottom:2px;">{e(t)}</div></td></tr></table></div><div style="height:4px;"></div>'
        for i, k, n, a, d, t in [
            (
                2284,
                1,
                1,
                "Фирдавс",
                "12.03.2025 11:47",
                "Ташаккур ба ҳамаи онҳое, ки дар ин кор саҳм гузоштанд. Деҳаи мо солҳо интизори ин рӯз буд.",
            ),
            (
                2291,
                2,
                2,
                "Муҳаббат_Ҷ",
                "12.03.2025 15:20",
                "Умедворем, ки хатти обро ба деҳаи Қалъачаи боло низ мерасонанд. Мо ҳам ҳанӯз аз чашма об мекашонем.",
            ),
        ]
    )
    cal_rows = [
        ["", "", "", "", "", "1", "2"],
        ["3", "4", "5", "6", "7", "8", "9"],
        ["10", "11", "<b>12</b>", "13", "14", "15", "16"],
        ["17", "18", "19", "20", "21", "22", "23"],
        ["24", "25", "26", "27", "28", "29", "30"],
        ["31", "", "", "", "", "", ""],
    ]
    cal = "".join(
        "<tr>"
        + "".join(
            f'<td align="center" class="calMdayA">{c}</td>' if c else '<td align="center"></td>'
            for c in r
        )
        + "</tr>"
        for r in cal_rows
    )
    menu = "".join(
        f'<li><a href="{h}" class="{"menu-act " if t == "Хабарҳо" else ""}menu">{t}</a></li>'
        for h, t in [
            ("/", "Саҳифаи асосӣ"),
            ("/news/", "Хабарҳо"),
            ("/publ/", "Мақолаҳо"),
            ("/photo/", "Аксҳо"),
            ("/index/0-3", "Тамос бо мо"),
        ]
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html>
<head>
<script type="text/javascript" src="/?l2zJaq5h1HRr1Wn3yU8pTw4x"></script>
<script type="text/javascript">new Image().src = "//counter.yadro.example/hit;ucoznet?r"+escape(document.referrer)+((typeof(screen)=="undefined")?"":";s"+screen.width+"*"+screen.height+"*"+(screen.colorDepth?screen.colorDepth:screen.pixelDepth))+";u"+escape(document.URL)+";"+Date.now();</script>
<meta http-equiv="content-type" content="text/html; charset=UTF-8">
<title>{e(art["title"])} - 12 Марта 2025 - Овози Навобод</title>
<link type="text/css" rel="StyleSheet" href="/_st/my.css" />
<meta name="description" content="{e(ps[0][:140])}" />
<meta property="og:title" content="{e(art["title"])}" />
<meta property="og:url" content="{site}/news/obi_oshomidani_navobod/2025-03-12-418" />
<link rel="stylesheet" href="/.s/src/base.min.css" />
<link rel="stylesheet" href="/.s/src/layer7.min.css" />
<script src="/.s/src/jquery-1.12.4.min.js"></script>
<script src="/.s/src/uwnd.min.js"></script>
<script src="//s742.ucoz.example/cgi/uutils.fcg?a=uSD&ca=2&ug=999&isp=0&r=0.482913"></script>
<link rel="stylesheet" href="/.s/src/ulightbox/ulightbox.min.css" />
<link rel="stylesheet" href="/.s/src/social.css" />
<script src="/.s/src/ulightbox/ulightbox.min.js"></script>
<script>
/* --- UCOZ-JS-DATA --- */
window.uCoz = {{"module":"news","site":{{"host":"ovozinavobod.ucoz.example","domain":null,"id":"0ovozinavobod"}},"layerType":7,"language":"ru","country":"TJ","ssid":"731044150275153662044","sign":{{"7287":"Ссылка","5255":"Помощник","3125":"Закрыть"}},"uLightboxType":1}};
/* --- UCOZ-JS-CODE --- */
function uSocialLogin(t) {{ var params = {{"facebook":{{"width":950,"height":520}},"google":{{"width":700,"height":600}}}}; }}
</script>
</head>
<body style="background:#E8EEF1; margin:0px; padding:0px;">
<div id="utbr8214" rel="s742"></div>
<!--U1AHEADER1Z--><table border="0" cellpadding="0" cellspacing="0" width="100%" style="background:#1F5F8B;">
<tr><td style="padding:12px 20px;"><a href="/"><img src="/logo_ovoz.png" border="0" alt="Овози Навобод" /></a></td>
<td align="right" style="padding:12px 20px;color:#fff;font-size:8pt;">Чоршанбе, 12.03.2025 | <a href="/index/3" style="color:#fff;">Регистрация</a> | <a href="javascript:;" rel="nofollow" onclick="new _uWnd('LF',' ',-250,-110,{{autosize:1,closeonesc:1,resize:1}},{{url:'/index/40'}});return false;" style="color:#fff;">Вход</a></td></tr>
<tr><td colspan="2" style="background:#174A6C;padding:6px 20px;"><ul class="uMenuRoot" style="margin:0;padding:0;list-style:none;display:flex;gap:18px;">{menu}</ul></td></tr>
</table><!--/U1AHEADER1Z-->
<table cellpadding="0" cellspacing="0" border="0" width="100%" style="padding: 10px;"><tr><td width="100%" align="center">
<table border="0" cellpadding="0" cellspacing="0" width="100%">
<tr>
<td valign="top" width="200">
<!--U1CLEFTER1Z-->
<!-- <block1> -->
<table border="0" cellpadding="0" cellspacing="0" width="200"><tr><td class="blockTitle">Менюи сайт</td></tr>
<tr><td class="blockContent"><div id="uMenuDiv1" class="uMenuV" style="position:relative;"><ul class="uMenuRoot">{menu}</ul></div></td></tr></table>
<!-- </block1> -->
<!-- <block2> -->
<table border="0" cellpadding="0" cellspacing="0" width="200"><tr><td class="blockTitle">Категории раздела</td></tr>
<tr><td class="blockContent"><table border="0" cellspacing="1" cellpadding="0" width="100%" class="catsTable"><tr><td style="width:100%" class="catsTd" valign="top" id="cid3"><a href="/news/jomea/1-0-3" class="catNameActive">Ҷомеа</a> <span class="catNumData" style="unicode-bidi:embed;">[214]</span></td></tr><tr><td class="catsTd" valign="top" id="cid4"><a href="/news/iqtisod/1-0-4" class="catName">Иқтисод</a> <span class="catNumData">[97]</span></td></tr><tr><td class="catsTd" valign="top" id="cid5"><a href="/news/varzish/1-0-5" class="catName">Варзиш</a> <span class="catNumData">[61]</span></td></tr></table></td></tr></table>
<!-- </block2> -->
<!-- <block3> -->
<table border="0" cellpadding="0" cellspacing="0" width="200"><tr><td class="blockTitle">Форма входа</td></tr>
<tr><td class="blockContent"><div id="uidLogForm" class="auth-block" align="center"><a href="javascript:;" onclick="window.open('https://login.uid.example/?site=0ovozinavobod&ref='+escape(location.protocol + '//' + ('ovozinavobod.ucoz.example' || location.hostname) + location.pathname + ((location.hash ? ( location.search ? location.search + '&' : '?' ) + 'rnd=' + Date.now() + location.hash : ( location.search || '' )))),'uidLoginWnd','width=580,height=450,resizable=yes,titlebar=yes');return false;" class="login-with uid" title="Войти через uID" rel="nofollow"><i></i></a></div></td></tr></table>
<!-- </block3> -->
<!-- <block4> -->
<table border="0" cellpadding="0" cellspacing="0" width="200"><tr><td class="blockTitle">Поиск</td></tr>
<tr><td class="blockContent"><div class="searchForm"><form onsubmit="this.sfSbm.disabled=true" method="get" style="margin:0" action="/search/"><div align="center" class="schQuery"><input type="text" name="q" maxlength="30" size="20" class="queryField" /></div><div align="center" class="schBtn"><input type="submit" class="searchSbmFl" name="sfSbm" value="Найти" /></div><input type="hidden" name="t" value="0"></form></div></td></tr></table>
<!-- </block4> -->
<!--/U1CLEFTER1Z-->
</td>
<td valign="top" style="padding:0 10px;">
<table border="0" cellpadding="15" cellspacing="0" width="100%" style="background:#FFFFFF;border:1px solid #CBD6DC;"><tr><td valign="top">
<!-- <middle> --><!-- <body> --><table border="0" cellpadding="0" cellspacing="0" width="100%">
<tr>
<td width="80%"><a href="{site}/"><!--<s5176>-->Главная<!--</s>--></a> &raquo; <a class="dateBar breadcrumb-item" href="/news/2025-03-12">2025 Март 12</a> &raquo; <a href="/news/jomea/1-0-3">Ҷомеа</a></td>
<td align="right" style="white-space: nowrap;"></td>
</tr>
</table>
<hr />
<div class="eTitle" style="padding-bottom:3px;">{e(art["title"])}</div>
<table border="0" width="100%" cellspacing="0" cellpadding="2" class="eBlock">
<tr><td class="eText" colspan="2">
{body}
</td></tr>
<tr><td class="eDetails1" colspan="2"><div style="float:right">
<style type="text/css">.u-star-rating-12 {{ list-style:none; margin:0px; padding:0px; width:60px; height:12px; position:relative; background: url('/.s/img/stars/3/12.png') top left repeat-x }}</style>
<ul id="uStarRating418" class="uStarRating418 u-star-rating-12" title="Рейтинг: 5.0/3"><li id="uCurStarRating418" class="u-current-rating uCurStarRating418" style="width:100%;"></li></ul>
</div>
<!--<s3179>-->Категория<!--</s>-->: <a href="/news/jomea/1-0-3">Ҷомеа</a> | <!--<s3178>-->Добавил<!--</s>-->: <a href="javascript:;" rel="nofollow" onclick="window.open('/index/8-2', 'up2', 'scrollbars=1,top=0,left=0,resizable=1,width=700,height=375'); return false;">Farzona</a> (12.03.2025)
 | Муаллиф: {e(art["author"])}
 | <!--<s5308>-->Теги<!--</s>-->: <noindex><a href="/search/%D0%BE%D0%B1/" rel="nofollow" class="eTag">об</a>, <a href="/search/%D0%9D%D0%B0%D0%B2%D0%BE%D0%B1%D0%BE%D0%B4/" rel="nofollow" class="eTag">Навобод</a>, <a href="/search/%D0%BE%D0%B1%D1%80%D0%B0%D1%81%D0%BE%D0%BD%D3%A3/" rel="nofollow" class="eTag">обрасонӣ</a></noindex>
</td></tr>
<tr><td class="eDetails2" colspan="2"><!--<s3177>-->Просмотров<!--</s>-->: 1184 | <!--<s3119>-->Рейтинг<!--</s>-->: 5.0/3</td></tr>
</table>
<div class="share-block" style="margin:10px 0;"><span style="font-size:8pt;">Мубодила кунед:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={site}/news/obi_oshomidani_navobod/2025-03-12-418" target="_blank" class="u-soc-fb">Facebook</a> | <a href="https://t.me/share/url?url={site}/news/obi_oshomidani_navobod/2025-03-12-418" target="_blank" class="u-soc-tg">Telegram</a> | <a href="https://connect.ok.example/offer?url={site}/news/obi_oshomidani_navobod/2025-03-12-418" target="_blank" class="u-soc-ok">Одноклассники</a></div>
<table border="0" cellpadding="0" cellspacing="0" width="100%">
<tr><td width="60%" height="25"><!--<s5183>-->Всего комментариев<!--</s>-->: <b>2</b></td><td align="right" height="25"></td></tr>
<tr><td colspan="2"><script type="text/javascript">function spages(p,link) {{ document.location.href = atob('L25ld3Mvb2JpX29zaG9taWRhbmlfbmF2b2JvZC8yMDI1LTAzLTEyLTQxOC0', 'base64') + p; }}</script>
<div id="comments">{comm}</div><div id="newEntryB"></div>
</td></tr>
<tr><td colspan="2" align="center"></td></tr>
<tr><td colspan="2" height="10"></td></tr>
</table>
<div align="center" class="commReg"><!--<s5237>-->Добавлять комментарии могут только зарегистрированные пользователи.<!--</s>--><br />[ <a href="/index/3"><!--<s3089>-->Регистрация<!--</s>--></a> | <a href="javascript:;" rel="nofollow" onclick="new _uWnd('LF',' ',-250,-110,{{autosize:1,closeonesc:1,resize:1}},{{url:'/index/40'}});return false;"><!--<s3087>-->Вход<!--</s>--></a> ]</div>
<!-- </body> --><!-- </middle> -->
</td></tr></table>
</td>
<td valign="top" width="200">
<!--U1DRIGHTER1Z-->
<table border="0" cellpadding="0" cellspacing="0" width="200"><tr><td class="blockTitle">Реклама</td></tr>
<tr><td class="blockContent" align="center"><a href="http://www.dorukhona-shifo.example/" target="_blank"><img src="/banners/shifo_200x300.gif" width="200" height="300" border="0" alt="Дорухонаи «Шифо»" /></a></td></tr></table>
<table border="0" cellpadding="0" cellspacing="0" width="200"><tr><td class="blockTitle">Календарь</td></tr>
<tr><td class="blockContent" align="center"><table border="0" cellspacing="1" cellpadding="2" class="calTable"><tr><td align="center" class="calMonth" colspan="7"><a title="Февраль 2025" class="calMonthLink cal-month-link-prev" rel="nofollow" href="/news/2025-02">&laquo;</a>&nbsp; <a class="calMonthLink cal-month-current" rel="nofollow" href="/news/2025-03">Март 2025</a> &nbsp;<a title="Апрель 2025" class="calMonthLink cal-month-link-next" rel="nofollow" href="/news/2025-04">&raquo;</a></td></tr><tr><td align="center" class="calWday">Пн</td><td align="center" class="calWday">Вт</td><td align="center" class="calWday">Ср</td><td align="center" class="calWday">Чт</td><td align="center" class="calWday">Пт</td><td align="center" class="calWdaySe">Сб</td><td align="center" class="calWdaySu">Вс</td></tr>{cal}</table></td></tr></table>
<table border="0" cellpadding="0" cellspacing="0" width="200"><tr><td class="blockTitle">Архив записей</td></tr>
<tr><td class="blockContent"><ul class="archUl"><li class="archLi"><a class="archLink" href="/news/2025-01">2025 Январь</a></li><li class="archLi"><a class="archLink" href="/news/2025-02">2025 Февраль</a></li><li class="archLi"><a class="archLink" href="/news/2025-03">2025 Март</a></li></ul></td></tr></table>
<table border="0" cellpadding="0" cellspacing="0" width="200"><tr><td class="blockTitle">Статистика</td></tr>
<tr><td class="blockContent" align="center"><hr /><div class="tOnline" id="onl1">Онлайн всего: <b>9</b></div><div class="gOnline" id="onl2">Гостей: <b>9</b></div><div class="uOnline" id="onl3">Пользователей: <b>0</b></div></td></tr></table>
<!--/U1DRIGHTER1Z-->
</td>
</tr>
</table>
</td></tr></table>
<!--U1BFOOTER1Z--><table border="0" cellpadding="6" cellspacing="0" width="100%" style="background:#1F5F8B;color:#fff;font-size:8pt;">
<tr><td align="center">Ҳангоми истифодаи маводи сайт истинод ба «Овози Навобод» ҳатмист.<br />Copyright «Овози Навобод» &copy; 2025 | <!-- "' --><span class="pbLkrV7A">Сайт создан в системе <a href="https://www.ucoz.example/" title="Создать сайт бесплатно" target="_blank" rel="nofollow">uCoz</a></span></td></tr>
</table><!--/U1BFOOTER1Z-->
</body>
</html>
<!-- 0.04791 (s742) -->
"""


def smalltown(art):
    """GoDaddy Websites + Marketing blog post (``data-ux`` / ``data-aid`` attributes)."""
    site = "https://pellcreekledger.example"
    url = f"{site}/f/grandstand-rebuilt-in-time-for-pell-county-fair"
    ps = art["paragraphs"]
    sp = '<p style="margin:0"><br></p>'
    out = []
    items = []
    for p in ps:
        if p.startswith("- "):
            items.append(f'<li style="margin:0"><span>{e(p[2:])}</span></li>')
            continue
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
            out.append(sp)
            items = []
        if p.startswith("## "):
            out.append(f'<p style="margin:0"><strong><span>{e(p[3:])}</span></strong></p>')
        elif p.startswith("Editor's note:"):
            out.append(f'<p style="margin:0"><em><span>{e(p)}</span></em></p>')
        else:
            out.append(f'<p style="margin:0"><span>{e(p)}</span></p>')
        out.append(sp)
    sponsor = (
        '<p style="margin:0"><em><span>This week\'s Ledger news is brought to you by Hennig Feed &amp; Seed, on Route 9 in Pell Creek since 1948.</span></em></p>'
        + sp
    )
    img = f'<p style="margin:0"><img src="//img1.wsimg.example/isteam/ip/5a1f0c77-3e2b-4d8a-9f61-7b2c0e4d9a13/grandstand-new.jpg/:/rs=w:1280" alt="" style="max-width:100%"></p><p style="margin:0"><em><span style="font-size:14px">The new steel-roofed grandstand at the Pell County Fairgrounds. (Ledger photo)</span></em></p>{sp}'
    # the photo sits after the first two paragraphs
    text = sponsor + "".join(out[:4]) + img + "".join(out[4:])

    def x(cls):
        return f"x-el x-el-{cls}"

    recent = "".join(
        f'<div data-ux="Block" class="{x("div")} c1-1 c1-2 c1-4i c1-b c1-c c1-d c1-e c1-f c1-g"><a rel="" role="link" aria-haspopup="false" data-ux="Link" target="" data-page="blog" data-aid="BLOG_RECENT_POST_LINK_{n}" href="{site}/f/{h}" data-typography="LinkAlpha" class="{x("a")} c1-5o c1-5p c1-5q c1-5r c1-5s c1-b c1-c c1-d c1-e c1-f c1-g"><h4 role="heading" aria-level="4" data-ux="HeadingMinor" data-aid="BLOG_RECENT_POST_TITLE_{n}" data-typography="HeadingDelta" class="{x("h4")} c1-1j c1-1k c1-b c1-c c1-1l c1-1m c1-4j c1-4k">{e(t)}</h4></a><p data-ux="Text" data-aid="BLOG_RECENT_POST_EXCERPT_{n}" data-typography="BodyAlpha" class="{x("p")} c1-1 c1-2 c1-b c1-c c1-3l c1-3m c1-3n">{e(d)}</p><p data-ux="DetailsMinor" data-aid="BLOG_RECENT_POST_DATE_{n}" data-typography="DetailsAlpha" class="{x("p")} c1-1 c1-2 c1-b c1-c c1-5t c1-5u">{dt}</p></div>'
        for n, h, t, d, dt in [
            (
                0,
                "school-board-approves-new-bus-route",
                "School board approves new bus route for Miller Township",
                "Students on the township's north end will no longer ride 70 minutes each way once the new route starts after Labor Day.",
                "July 30, 2025",
            ),
            (
                1,
                "library-summer-reading-record",
                "Library summer reading program sets a record",
                "More than 300 children logged their reading this summer, and the top three readers will ride in the fair parade.",
                "July 23, 2025",
            ),
            (
                2,
                "water-tower-painting-begins",
                "Water tower painting begins next week",
                "Crews will close Depot Street around the tower during working hours while the old paint is removed.",
                "July 16, 2025",
            ),
        ]
    )
    nav = "".join(
        f'<li data-ux="ListItemInline" role="menuitem" class="{x("li")} c1-1 c1-2 c1-f c1-g c1-w c1-x c1-y"><a rel="" role="link" aria-haspopup="false" data-ux="NavLink" target="" data-page="{pg}" data-edit-interactive="true" href="{site}{h}" data-typography="NavAlpha" class="{x("a")} c1-24 c1-25 c1-26 c1-27 c1-28 c1-b c1-29 c1-d c1-2a c1-2b">{t}</a></li>'
        for pg, h, t in [
            ("home", "/", "Home"),
            ("blog", "/news", "News"),
            ("obits", "/obituaries", "Obituaries"),
            ("sub", "/subscribe", "Subscribe"),
            ("contact", "/contact-us", "Contact Us"),
        ]
    )
    schema = {
        "@context": "https://schema.org",
        "@type": "LocalBusiness",
        "name": "The Pell Creek Ledger",
        "url": site,
        "telephone": "(555) 014-2276",
        "address": {
            "@type": "PostalAddress",
            "streetAddress": "112 Main Street",
            "addressLocality": "Pell Creek",
        },
    }
    return f"""<!DOCTYPE html><html lang="en-US"><head><meta charSet="utf-8"/><meta http-equiv="X-UA-Compatible" content="IE=edge"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>Grandstand rebuilt in time for Pell County Fair after June windstorm</title><meta name="author" content="The Pell Creek Ledger"/><meta name="generator" content="Starfield Technologies; Go Daddy Website Builder 8.0.0000"/><link rel="manifest" href="/manifest.webmanifest"/><link rel="apple-touch-icon" sizes="57x57" href="//img1.wsimg.example/isteam/ip/static/pwa-app/logo-default.png/:/rs=w:57,h:57,m"/><meta property="og:url" content="{url}"/>
<meta property="og:site_name" content="The Pell Creek Ledger"/>
<meta property="og:title" content="{e(art["title"])}"/>
<meta property="og:description" content="The grandstand at the Pell County Fairgrounds will be ready for the fair's opening night after all."/>
<meta property="og:type" content="website"/>
<meta property="og:image" content="https://img1.wsimg.example/isteam/ip/5a1f0c77-3e2b-4d8a-9f61-7b2c0e4d9a13/grandstand-new.jpg"/>
<meta property="og:locale" content="en_US"/>
<script type="text/javascript">window.vctElements=[];window._trfd=[{{"tccl.baseHost":"secureserver.example"}},{{"ap":"IPv2"}},{{"server":"p3plgemwbeweb033"}},{{"dcenter":"p3"}},{{"cp_id":"9d72b4a1"}},{{"cp_cache":""}},{{"cp_cl":"8"}}];</script>
<link rel="preconnect" href="https://img1.wsimg.example" crossorigin/>
<style data-inline-fonts>/* latin */ @font-face{{font-family:'Lora';font-style:normal;font-weight:400;font-display:swap;src:url(https://img1.wsimg.example/gfonts/s/lora/v32/0QIvMX1D_JOuMwr7I_FMl_E.woff2) format('woff2');}}</style>
<style data-glamor-nonce>.x{{-ms-text-size-adjust:100%;-webkit-text-size-adjust:100%;-webkit-tap-highlight-color:rgba(0,0,0,0);margin:0;box-sizing:border-box}}.x .c1-1{{letter-spacing:normal}}.x .c1-2{{text-transform:none}}.x .c1-b{{font-family:'Source Sans Pro',arial,sans-serif}}</style>
{ld(schema)}</head>
<body class="x  x-fonts-source-sans-pro x-fonts-lora"><div id="layout-9d72b4a1-5c7e-4f3a-8b21-0e6a9c3d1f44" class="layout layout-layout layout-layout-layout-10 locale-en-US lang-en"><div data-ux="Page" id="page-13517" class="{x("div")} c1-1 c1-2 c1-3 c1-4 c1-5 c1-6 c1-7 c1-8 c1-9 c1-a c1-b c1-c c1-d c1-e c1-f c1-g x-d-ux"><div data-ux="Block" class="{x("div")} page-inner c1-1 c1-2 c1-b c1-c c1-d c1-e c1-f c1-g x-d-ux">
<div id="e5c1a9f2-2c44-4bf1-9d34-6fa1c2b08e77" class="widget widget-header widget-header-header-9"><div data-ux="Header" role="main" data-aid="HEADER_WIDGET" id="n-13518" class="{x("div")} c1-1 c1-2 c1-b c1-c c1-d c1-e c1-f c1-g x-d-ux x-d-aid"><div> <section data-ux="Section" data-aid="HEADER_SECTION" class="{x("section")} c1-1 c1-2 c1-h c1-i c1-j c1-b c1-c c1-d c1-e c1-f c1-g x-d-ux x-d-aid"><div data-ux="Block" class="{x("div")} c1-1 c1-2 c1-b c1-c c1-d c1-e c1-f c1-g x-d-ux"><div data-ux="Container" class="{x("div")} c1-1 c1-2 c1-k c1-l c1-m c1-n c1-o c1-b c1-c c1-d c1-e c1-f c1-g x-d-ux"><div data-ux="Block" data-aid="HEADER_LOGO_RENDERED" class="{x("div")} c1-1 c1-2 c1-p c1-b c1-c c1-d c1-e c1-f c1-g x-d-ux x-d-aid"><h3 role="heading" aria-level="3" data-ux="LogoHeading" id="logo-container-13519" data-aid="HEADER_LOGO_TEXT_RENDERED" data-typography="LogoAlpha" class="{x("h3")} c1-q c1-r c1-s c1-b c1-t c1-u c1-v c1-e c1-f c1-g x-d-ux x-d-aid x-d-route"><a rel="" role="link" aria-haspopup="false" data-ux="Link" data-page="home" title="The Pell Creek Ledger" href="{site}/" data-typography="LinkAlpha" class="{x("a")} c1-1 c1-2 c1-b c1-c c1-d c1-e c1-f c1-g x-d-ux x-d-page"><span>The Pell Creek Ledger</span></a></h3><p data-ux="HeaderTagline" data-aid="HEADER_TAGLINE_RENDERED" data-typography="BodyAlpha" class="{x("p")} c1-1 c1-2 c1-b c1-c c1-3l c1-3m c1-3n x-d-ux x-d-aid">Serving Pell County since 1911</p></div><nav data-ux="Nav" data-aid="HEADER_NAV_RENDERED" role="navigation" class="{x("nav")} c1-1 c1-2 c1-z c1-10 c1-b c1-c c1-d c1-e c1-f c1-g x-d-ux x-d-aid"><ul data-ux="List" id="nav-13520" class="{x("ul")} c1-11 c1-12 c1-13 c1-14 c1-15 c1-b c1-c c1-d c1-e c1-f c1-g x-d-ux">{nav}</ul></nav></div></div></section> </div></div></div>
<div id="0a7e3f11-8d2b-4a55-b9c4-3d1e2f6a8b90" class="widget widget-blog widget-blog-blog-2"><div data-ux="Widget" role="region" id="0a7e3f11-8d2b-4a55-b9c4-3d1e2f6a8b90" class="{x("div")} c1-1 c1-2 c1-b c1-c c1-d c1-e c1-f c1-g x-d-ux"><div><section data-ux="Section" data-aid="BLOG_SECTION_RENDERED" class="{x("section")} c1-1 c1-2 c1-3o c1-3p c1-3q c1-b c1-c c1-d c1-e c1-f c1-g x-d-ux x-d-aid"><div data-ux="Container" class="{x("div")} c1-1 c1-2 c1-k c1-l c1-m c1-n c1-o c1-b c1-c c1-d c1-e c1-f c1-g x-d-ux">
<div data-ux="Block" class="{x("div")} c1-1 c1-2 c1-b c1-c c1-d c1-e c1-f c1-g x-d-ux"><a rel="" role="link" aria-haspopup="false" data-ux="Link" data-page="blog" data-aid="BLOG_BACK_LINK" href="{site}/news" data-typography="LinkAlpha" class="{x("a")} c1-5o c1-5p c1-b c1-c c1-d c1-e c1-f c1-g x-d-ux x-d-aid">Back to News</a></div>
<h1 role="heading" aria-level="1" data-ux="SectionHeading" data-aid="BLOG_POST_TITLE" data-typography="HeadingAlpha" class="{x("h1")} c1-1j c1-1k c1-b c1-c c1-1l c1-1m c1-4j c1-4k x-d-ux x-d-aid">{e(art["title"])}</h1>
<div data-ux="Block" class="{x("div")} c1-1 c1-2 c1-b c1-c c1-d c1-e c1-f c1-g x-d-ux"><p data-ux="DetailsMinor" data-aid="BLOG_POST_AUTHOR" data-typography="DetailsAlpha" class="{x("p")} c1-1 c1-2 c1-b c1-c c1-5t c1-5u x-d-ux x-d-aid">By {e(art["author"])}</p><p data-ux="DetailsMinor" data-aid="BLOG_POST_DATE" data-typography="DetailsAlpha" class="{x("p")} c1-1 c1-2 c1-b c1-c c1-5t c1-5u x-d-ux x-d-aid">August 6, 2025</p></div>
<div data-ux="Block" data-aid="BLOG_POST_FEATURED_IMAGE" class="{x("div")} c1-1 c1-2 c1-b c1-c c1-d c1-e c1-f c1-g x-d-ux x-d-aid"><img src="//img1.wsimg.example/isteam/ip/5a1f0c77-3e2b-4d8a-9f61-7b2c0e4d9a13/storm-roof.jpg/:/rs=w:1200,h:600,cg:true,m/cr=w:1200,h:600" alt="Grandstand roof after the June storm" data-ux="Image" class="{x("img")} c1-1 c1-2 c1-5v c1-b c1-c c1-d c1-e c1-f c1-g x-d-ux"/></div>
<div data-ux="ContentText" data-aid="BLOG_POST_CONTENT" data-typography="BodyAlpha" class="{x("div")} c1-1 c1-2 c1-b c1-c c1-3l c1-3m c1-3n c1-5w x-rt x-d-ux x-d-aid">{text}</div>
<div data-ux="Block" data-aid="BLOG_SHARE_BUTTONS" class="{x("div")} c1-1 c1-2 c1-b c1-c c1-d c1-e c1-f c1-g x-d-ux x-d-aid"><p data-ux="DetailsMinor" data-typography="DetailsAlpha" class="{x("p")} c1-1 c1-2 c1-b c1-c c1-5t c1-5u x-d-ux">Share this post</p><a rel="noopener" role="link" aria-haspopup="false" data-ux="Link" target="_blank" data-aid="BLOG_SHARE_FACEBOOK" href="https://www.facebook.com/sharer/sharer.php?u={url}" aria-label="Share on Facebook" class="{x("a")} c1-5o c1-b c1-c x-d-ux x-d-aid"><svg viewBox="0 0 24 24" fill="currentColor" width="24" height="24" data-ux="Icon" class="{x("svg")} c1-1 c1-2"><path d="M12 2C6.5 2 2 6.5 2 12"></path></svg></a><a rel="noopener" role="link" aria-haspopup="false" data-ux="Link" target="_blank" data-aid="BLOG_SHARE_TWITTER" href="https://twitter.com/intent/tweet?url={url}" aria-label="Share on X" class="{x("a")} c1-5o c1-b c1-c x-d-ux x-d-aid"><svg viewBox="0 0 24 24" fill="currentColor" width="24" height="24" data-ux="Icon" class="{x("svg")} c1-1 c1-2"><path d="M4 4l16 16"></path></svg></a><a rel="noopener" role="link" aria-haspopup="false" data-ux="Link" target="_blank" data-aid="BLOG_SHARE_EMAIL" href="mailto:?subject={e(art["title"])}&amp;body={url}" aria-label="Share by email" class="{x("a")} c1-5o c1-b c1-c x-d-ux x-d-aid"><svg viewBox="0 0 24 24" fill="currentColor" width="24" height="24" data-ux="Icon" class="{x("svg")} c1-1 c1-2"><path d="M2 6h20v12H2z"></path></svg></a></div>
<div data-ux="Block" data-aid="BLOG_RECENT_POSTS" class="{x("div")} c1-1 c1-2 c1-b c1-c c1-d c1-e c1-f c1-g x-d-ux x-d-aid"><h4 role="heading" aria-level="4" data-ux="HeadingMinor" data-aid="BLOG_RECENT_POSTS_TITLE" data-typography="HeadingDelta" class="{x("h4")} c1-1j c1-1k c1-b c1-c c1-1l c1-1m x-d-ux x-d-aid">Recent Posts</h4>{recent}</div>
</div></section></div></div></div>
<div id="7c9a2e41-0b6d-4f1e-a3c8-5e2d9f7b1a06" class="widget widget-subscribe widget-subscribe-subscribe-2"><div data-ux="Widget" role="region" class="{x("div")} c1-1 c1-2 c1-b c1-c c1-d c1-e c1-f c1-g x-d-ux"><div><section data-ux="Section" data-aid="SUBSCRIBE_SECTION_RENDERED" class="{x("section")} c1-1 c1-2 c1-3o c1-3p c1-b c1-c c1-d c1-e c1-f c1-g x-d-ux x-d-aid"><div data-ux="Container" class="{x("div")} c1-1 c1-2 c1-k c1-l c1-b c1-c x-d-ux"><h2 role="heading" aria-level="2" data-ux="SectionHeading" data-aid="SUBSCRIBE_SECTION_TITLE" data-typography="HeadingBeta" class="{x("h2")} c1-1j c1-1k c1-b c1-c x-d-ux x-d-aid">Get the Ledger in your inbox</h2><p data-ux="Text" data-aid="SUBSCRIBE_DESCRIPTION" data-typography="BodyAlpha" class="{x("p")} c1-1 c1-2 c1-b c1-c x-d-ux x-d-aid">Sign up for our Thursday e-mail with the week's local news, obituaries and legal notices.</p><form data-ux="Form" data-aid="SUBSCRIBE_FORM" class="{x("form")} c1-1 c1-2 x-d-ux x-d-aid"><input type="email" data-ux="InputFloatLabel" data-aid="SUBSCRIBE_EMAIL_INPUT" placeholder="Email Address" class="{x("input")} c1-1 c1-2 x-d-ux x-d-aid"/><button type="submit" data-ux="ButtonPrimary" data-aid="SUBSCRIBE_SUBMIT_BUTTON_REND" class="{x("button")} c1-1 c1-2 x-d-ux x-d-aid">Sign up</button></form></div></section></div></div></div>
<div id="b3d4e5f6-1a2b-4c3d-8e9f-0a1b2c3d4e5f" class="widget widget-footer widget-footer-footer-2"><div data-ux="Widget" role="contentinfo" class="{x("div")} c1-1 c1-2 c1-b c1-c c1-d c1-e c1-f c1-g x-d-ux"><div><section data-ux="Section" class="{x("section")} c1-1 c1-2 c1-b c1-c x-d-ux"><div data-ux="Container" class="{x("div")} c1-1 c1-2 c1-k c1-l c1-b c1-c x-d-ux"><p data-ux="Text" data-aid="FOOTER_BUSINESS_INFO" data-typography="BodyAlpha" class="{x("p")} c1-1 c1-2 c1-b c1-c x-d-ux x-d-aid">The Pell Creek Ledger · 112 Main Street, Pell Creek · (555) 014-2276 · Office open Monday to Thursday, 9 a.m. to 4 p.m.</p><p data-ux="FooterText" data-aid="FOOTER_COPYRIGHT_RENDERED" data-typography="DetailsAlpha" class="{x("p")} c1-1 c1-2 c1-b c1-c x-d-ux x-d-aid"><span>Copyright © 2025 The Pell Creek Ledger - All Rights Reserved.</span></p><p data-ux="FooterText" data-aid="FOOTER_POWERED_BY_AIRO_RENDERED" data-typography="DetailsAlpha" class="{x("p")} c1-1 c1-2 c1-b c1-c x-d-ux x-d-aid"><span>Powered by GoDaddy</span></p></div></section></div></div></div>
<div id="2e8f1a3b-6c7d-4e9f-a0b1-c2d3e4f5a6b7" class="widget widget-cookie-banner"><div data-ux="Block" data-aid="FOOTER_COOKIE_BANNER_RENDERED" class="{x("div")} c1-1 c1-2 c1-b c1-c x-d-ux x-d-aid"><p data-ux="Text" data-aid="FOOTER_COOKIE_TITLE_RENDERED" class="{x("p")} c1-1 c1-2 x-d-ux x-d-aid"><strong>This website uses cookies.</strong></p><p data-ux="Text" data-aid="FOOTER_COOKIE_MESSAGE_RENDERED" class="{x("p")} c1-1 c1-2 x-d-ux x-d-aid">We use cookies to analyze website traffic and optimize your website experience. By accepting our use of cookies, your data will be aggregated with all other user data.</p><a data-ux="Button" data-aid="FOOTER_COOKIE_ACCEPT" href="#" class="{x("a")} c1-1 c1-2 x-d-ux x-d-aid">Accept</a></div></div>
</div></div></div>
<script type="text/javascript" src="//img1.wsimg.example/blobby/go/9d72b4a1-5c7e-4f3a-8b21-0e6a9c3d1f44/gpub/3f1a0e9d2c4b5a67/script.js" crossorigin></script>
<script type="text/javascript">window._trfq = window._trfq || []; window._trfq.push(["cmdLogEvent", "gc_published_site_load", "wsb.bs.blog.post"]);</script>
</body></html>
"""


def island(art):
    """Odoo 17 website blog post: ``s_text_block`` snippets in ``o_wblog_post_content_field``."""
    site = "https://www.skerrowbulletin.example"
    path = "/blog/news-2/skerrow-community-shop-secures-island-buyout-after-year-long-campaign-57"
    url = site + path
    ps = art["paragraphs"]

    def text_block(a, b, extra=""):
        return f'<section class="s_text_block o_colored_level pb16 pt16{extra}" data-snippet="s_text_block" data-name="Text"><div class="s_allow_columns container">{paras(art, p="p", h="h2", start=a, stop=b)}</div></section>'

    picture = '<section class="s_picture o_colored_level pb24 pt24" data-snippet="s_picture" data-name="Picture"><div class="container"><div class="row s_nb_column_fixed"><div class="o_colored_level col-lg-12" style="text-align: center;"><figure class="figure"><img src="/web/image/1184-8e1c5a2d/skerrow-shop.webp" class="figure-img img-thumbnail padding-large img-fluid o_we_custom_image" alt="" loading="lazy" data-original-id="1183" data-original-src="/web/image/1183-4b7a9e0f/skerrow-shop.jpg" data-mimetype="image/webp" data-resize-width="1200"><figcaption class="figure-caption text-muted py-3">The Skerrow shop and fuel pump by the pier. Photo: Fenella Gorrie</figcaption></figure></div></div></div></section>'
    cta = '<section class="s_call_to_action o_cc o_cc3 o_colored_level pb40 pt40" data-snippet="s_call_to_action" data-name="Call to Action"><div class="container"><div class="row o_grid_mode" data-row-count="4"><div class="o_grid_item g-col-lg-9 g-height-4 col-lg-9 o_colored_level" style="grid-area: 1 / 1 / 5 / 10; z-index: 1;"><h3><b>The Bulletin is run by volunteers.</b></h3><p class="lead">Become a supporter for £3 a month and help us keep printing island news every fortnight.</p></div><div class="o_grid_item g-col-lg-3 g-height-2 col-lg-3 o_colored_level" style="grid-area: 2 / 10 / 4 / 13; z-index: 2;"><p style="text-align: right;"><a href="/shop/supporter-membership-12" class="btn btn-primary btn-lg">Support us</a></p></div></div></div></section>'
    quote = '<section class="s_blockquote o_colored_level pb16 pt16" data-snippet="s_blockquote" data-name="Blockquote"><div class="container s_allow_columns"><blockquote class="s_blockquote_classic s_blockquote o_cc o_cc1 o_animable" data-name="Blockquote"><i class="fa fa-1x fa-quote-left s_blockquote_icon float-start me-3"></i><div class="s_blockquote_content"><p>Without the shop, older people here would have to take the ferry for a loaf of bread.</p></div><footer class="blockquote-footer"><img src="/web/image/website.s_blockquote_default_image" class="s_blockquote_avatar img rounded-circle me-2" alt="" loading="lazy"/><span class="s_blockquote_author"><b>Ruaridh Nisbet</b> • Skerrow Community Trust</span></footer></blockquote></div></section>'
    content = (
        text_block(0, 3)
        + picture
        + text_block(3, 6)
        + quote
        + cta
        + text_block(6, 10)
        + '<section class="s_text_block o_colored_level pb32 pt8" data-snippet="s_text_block" data-name="Text"><div class="s_allow_columns container"><p><em>'
        + e(ps[10])
        + "</em></p></div></section>"
    )
    comments = "".join(
        f'<div class="d-flex o_portal_chatter_message mb-4" id="message-{i}"><img class="o_portal_chatter_avatar rounded-circle me-3" width="45" height="45" src="/web/image/mail.message/{i}/author_avatar/50x50" alt="avatar" loading="lazy"/><div class="flex-grow-1"><div class="o_portal_chatter_message_title"><h5 class="mb-1">{e(n)}</h5><p class="o_portal_chatter_puslished_date">Published on {d}</p></div><div class="o_portal_message_internal_off"><p>{e(t)}</p></div><div class="o_portal_chatter_attachments mb-2"></div></div></div>'
        for i, n, d, t in [
            (
                40217,
                "Alasdair Munro",
                "10/08/2025 09:41:12",
                "Bought two shares for my grandchildren. My mother ran the post office counter in the sixties, so this means a lot.",
            ),
            (
                40225,
                "Kirsty Bain",
                "10/08/2025 13:06:55",
                "Well done to everyone on the trust. A second fuel tank is the most important change of the lot for those of us with boats.",
            ),
        ]
    )
    menu = "".join(
        f'<li role="presentation" class="nav-item"><a role="menuitem" href="{h}" class="nav-link {"active" if t == "News" else ""}"><span>{t}</span></a></li>'
        for h, t in [
            ("/", "Home"),
            ("/blog/news-2", "News"),
            ("/blog/whats-on-3", "What's On"),
            ("/blog/ferry-notices-4", "Ferry Notices"),
            ("/shop", "Subscribe"),
            ("/contactus", "Contact us"),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB" data-website-id="1" data-main-object="blog.post(57,)" data-add2cart-redirect="1">
    <head>
        <meta charset="utf-8"/>
        <meta http-equiv="X-UA-Compatible" content="IE=edge"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="Odoo"/>
        <meta name="description" content="{e(ps[0][:150])}"/>
        <meta property="og:type" content="article"/>
        <meta property="og:title" content="{e(art["title"])}"/>
        <meta property="og:site_name" content="The Skerrow Bulletin"/>
        <meta property="og:url" content="{url}"/>
        <meta property="og:image" content="{site}/web/image/1183-4b7a9e0f/skerrow-shop.jpg"/>
        <meta property="article:published_time" content="2025-10-08 07:55:00"/>
        <meta name="twitter:card" content="summary_large_image"/>
        <link rel="canonical" href="{url}"/>
        <link rel="preconnect" href="https://fonts.gstatic.example/" crossorigin=""/>
        <title>{e(art["title"])} | The Skerrow Bulletin</title>
        <link type="image/x-icon" rel="shortcut icon" href="/web/image/website/1/favicon?unique=3f1c2a0"/>
        <link type="text/css" rel="stylesheet" href="/web/assets/1/0a4c3e7/web.assets_frontend.min.css"/>
        <script id="web.layout.odooscript" type="text/javascript">
            var odoo = {{
                csrf_token: "5b2f1e0c8a7d6c4b3a29f8e7d6c5b4a3f2e1d0c9o1760000000",
                debug: "",
            }};
        </script>
        <script type="text/javascript">
            odoo.__session_info__ = {{"is_admin": false, "is_system": false, "is_website_user": true, "user_id": false, "is_frontend": true, "profile_session": null, "profile_collectors": null, "profile_params": null, "show_effect": true, "currencies": {{"1": {{"symbol": "\\u00a3", "position": "before", "digits": [69, 2]}}}}, "bundle_params": {{"lang": "en_GB", "website_id": 1}}, "websocket_worker_version": "17.0-3", "translationURL": "/website/translations", "cache_hashes": {{"translations": "9c1f2e3d4b5a6c7d8e9f0a1b2c3d4e5f6a7b8c9d"}}, "recaptcha_public_key": "", "geoip_country_code": "GB", "geoip_phone_code": 44, "lang_url_code": "en_GB"}};
        </script>
        <script type="text/javascript" defer="defer" src="/web/assets/1/6d2e8a1/web.assets_frontend_minimal.min.js" onerror="__odooAssetError=1"></script>
        <script type="text/javascript" defer="defer" data-src="/web/assets/1/b81c4f9/web.assets_frontend_lazy.min.js" onerror="__odooAssetError=1"></script>
    </head>
    <body>
        <div id="wrapwrap" class="   ">
                <a class="o_skip_to_content btn btn-primary rounded-0 visually-hidden-focusable position-absolute start-0" href="#wrap">Skip to Content</a>
    <header id="top" data-anchor="true" data-name="Header" data-extra-items-toggle-aria-label="Extra items button" class="   o_header_standard" style=" ">
    <nav data-name="Navbar" aria-label="Main" class="navbar navbar-expand-lg navbar-light o_colored_level o_cc d-none d-lg-block shadow-sm ">
        <div id="o_main_nav" class="o_main_nav container">
    <a data-name="Navbar Logo" href="/" class="navbar-brand logo me-4">
            <span role="img" aria-label="Logo of The Skerrow Bulletin" title="The Skerrow Bulletin"><img src="/web/image/website/1/logo/The%20Skerrow%20Bulletin?unique=3f1c2a0" class="img img-fluid" width="95" height="40" alt="The Skerrow Bulletin" loading="lazy"/></span>
        </a>
    <ul id="top_menu" role="menu" class="nav navbar-nav top_menu o_menu_loading me-auto">{menu}</ul>
        <ul class="navbar-nav align-items-center gap-2 flex-shrink-0 justify-content-end ps-3">
        <li class="">
                <div class="modal fade css_editable_mode_hidden" id="o_search_modal" aria-hidden="true" tabindex="-1">
                    <div class="modal-dialog modal-lg pt-5">
                        <div class="modal-content mt-5">
    <form method="get" class="o_searchbar_form o_wait_lazy_js s_searchbar_input " action="/website/search" data-snippet="s_searchbar_input">
            <div role="search" class="input-group input-group-lg">
        <input type="search" name="search" class="search-query form-control oe_search_box border-0 bg-light border border-end-0 p-3" placeholder="Search..." data-search-type="all" data-limit="5" data-display-image="true" data-display-description="true" data-display-extra-link="true" data-display-detail="true" data-order-by="name asc" autocomplete="off"/>
        <button type="submit" aria-label="Search" title="Search" class="btn oe_search_button border border-start-0 px-4 bg-o-color-4"><i class="oi oi-search"></i></button>
    </div>
            <input name="order" type="hidden" class="o_search_order_by" value="name asc"/>
    </form>
                        </div>
                    </div>
                </div>
                <a data-bs-target="#o_search_modal" data-bs-toggle="modal" role="button" title="Search" href="#" class="btn rounded-circle p-1 lh-1 o_navlink_background text-reset o_not_editable"><i class="oi oi-search fa-stack lh-lg"></i></a>
        </li>
            <li class=" o_no_autohide_item"><a href="/web/login" class="btn btn-outline-secondary">Sign in</a></li>
        <li class="">
            <div class="oe_structure oe_structure_solo ">
                <section class="oe_unremovable oe_unmovable s_text_block o_colored_level" data-snippet="s_text_block" data-name="Text">
                    <div class="container">
                        <a href="/shop" class="oe_unremovable btn btn-primary btn_cta">Subscribe</a>
                    </div>
                </section>
            </div>
        </li>
    </ul>
        </div>
    </nav>
    </header>
                <main>
    <div id="wrap" class="js_blog website_blog">
        <section id="o_wblog_post_top">
            <div id="title" class="blog_header">
  <div data-name="Blog Post Cover" style="" data-use_size="True" data-use_filters="True" data-res-model="blog.post" data-res-id="57" class="o_record_cover_container d-flex flex-column h-100 o_colored_level o_cc o_cc3 o_cc  o_half_screen_height o_record_has_cover  o_wblog_post_page_cover">
    <div style="background-image: url(/web/image/1183-4b7a9e0f/skerrow-shop.jpg);" class="o_record_cover_component o_record_cover_image "></div>
    <div style="opacity: 0.4;" class="o_record_cover_component o_record_cover_filter oe_black"></div>
                        <div class="container text-center position-relative h-100 d-flex flex-column flex-grow-1 justify-content-around">
                            <div class="o_wblog_post_title  ">
                                <h1 id="o_wblog_post_name" class="o_editable_no_shadow" data-oe-expression="blog_post.name" placeholder="Blog Post Title" data-blog-id="57">{e(art["title"])}</h1>
                                <div id="o_wblog_post_subtitle" class="o_editable_no_shadow" placeholder="Subtitle">Islanders raise the last £38,000 as shop, post office counter and fuel pump pass into community hands</div>
                            </div>
                            <div class="text-center mb-2">
                                <div class="d-inline-flex align-items-center justify-content-center">
    <div class="o_not_editable align-items-center position-relative d-flex">
        <div class="o_wblog_author_avatar me-1"><img class="rounded-circle o_wblog_author_avatar" src="/web/image/blog.post/57/author_avatar/50x50" alt="" loading="lazy"/></div>
        <div class="d-flex  small flex-column ">
            <span>{e(art["author"])}</span>
                        <small class="text-muted text-nowrap">Oct 8, 2025</small>
        </div>
    </div>
                                </div>
                            </div>
                            <a id="o_wblog_post_content_jump" href="#o_wblog_post_main" class="css_editable_mode_hidden justify-content-center align-items-center rounded-circle mx-auto mb-5 text-decoration-none">
                                <i class="fa fa-angle-down fa-3x text-white" aria-label="To blog content" title="To blog content"></i>
                            </a>
                        </div>
  </div>
            </div>
        </section>
        <section id="o_wblog_post_main" class="container pt-4 pb-5 ">
            <div class="o_container_small">
                <div class="d-flex flex-column flex-lg-row">
                    <div id="o_wblog_post_content" class="  o_container_small w-100 flex-shrink-0">
                        <div data-editor-message="WRITE HERE OR DRAG BUILDING BLOCKS" class="o_wblog_post_content_field   o_wblog_read_text" data-oe-model="blog.post" data-oe-id="57" data-oe-field="content" data-oe-type="html" data-oe-expression="blog_post.content">{content}</div>
                        <div class="css_editable_mode_hidden text-muted">
                            <div>in <a href="/blog/news-2"><b>News</b></a></div>
                        </div>
                        <div id="o_wblog_post_comments" class="pt-4">
                            <div class="small mb-4">
                                <div id="discussion" data-anchor="true" class="d-print-none o_portal_chatter o_not_editable p-0" data-res_model="blog.post" data-res_id="57" data-pager_step="10" data-allow_composer="1" data-two_columns="false">
                                    <div class="o_portal_chatter_header"><h4>2 comments</h4><hr/></div>
                                    <div class="o_portal_chatter_composer"><div class="alert alert-info mb8 me-auto">You must be <a href="/web/login?redirect={path}">logged in</a> to post a comment.</div></div>
                                    <div class="o_portal_chatter_messages">{comments}</div>
                                </div>
                            </div>
                        </div>
                    </div>
                    <div id="o_wblog_post_sidebar_col" class="ps-lg-5 ">
                        <div id="o_wblog_post_sidebar">
                            <div class="oe_structure" id="oe_structure_blog_post_sidebar_1"></div>
    <div class="o_wblog_sidebar_block pb-5">
            <h6 class="text-uppercase pb-2 mb-4 border-bottom fw-bold">About us</h6>
            <div>
                <p class="mb-2">The Skerrow Bulletin is the island's community newspaper, written and delivered by volunteers every other Friday since 1987.</p>
                <a href="/aboutus" class="btn btn-link">Read more <i class="oi oi-chevron-right ms-2"></i></a>
            </div>
    </div>
    <div class="o_wblog_sidebar_block pb-5">
        <h6 class="text-uppercase pb-2 mb-4 border-bottom fw-bold">Share this post</h6>
    <div data-snippet="s_share" class="s_share text-start o_no_link_popover">
        <a href="https://www.facebook.com/sharer/sharer.php?u={url}" class="s_share_facebook" target="_blank" aria-label="Facebook"><i class="fa fa-facebook rounded shadow-sm"></i></a>
        <a href="https://twitter.com/intent/tweet?text={e(art["title"])}&amp;url={url}" class="s_share_twitter" target="_blank" aria-label="X"><i class="fa fa-twitter rounded shadow-sm"></i></a>
        <a href="mailto:?body={url}&amp;subject={e(art["title"])}" class="s_share_email" aria-label="Email"><i class="fa fa-envelope rounded shadow-sm"></i></a>
    </div>
    </div>
    <div class="o_wblog_sidebar_block pb-5">
        <h6 class="text-uppercase pb-2 mb-4 border-bottom fw-bold">Tags</h6>
        <div class="h5">
                <a href="/blog/news-2/tag/community-ownership-5" class="badge border post_link">Community ownership</a>
                <a href="/blog/news-2/tag/skerrow-trust-8" class="badge border post_link">Skerrow Trust</a>
        </div>
    </div>
    <div class="o_wblog_sidebar_block pb-5">
        <h6 class="text-uppercase pb-2 mb-4 border-bottom fw-bold">Archive</h6>
    <select name="archive" oninput="location = this.value;" class="form-select">
        <option value="/blog/news-2" selected="true">-- All dates</option>
            <optgroup label="2025">
                <option value="/blog/news-2?date_begin=2025-10-01+00%3A00%3A00&amp;date_end=2025-11-01+00%3A00%3A00">October</option>
                <option value="/blog/news-2?date_begin=2025-09-01+00%3A00%3A00&amp;date_end=2025-10-01+00%3A00%3A00">September</option>
            </optgroup>
    </select>
    </div>
    <div class="o_wblog_sidebar_block pb-5">
        <h6 class="text-uppercase pb-2 mb-4 border-bottom fw-bold">Newsletter</h6>
        <div class="s_newsletter_subscribe_form s_newsletter_list js_subscribe" data-vxml="001" data-list-id="1" data-name="Newsletter Form">
            <p class="small">Get each new issue of the Bulletin by e-mail the evening before it reaches the shop.</p>
            <div class="js_subscribed_wrap d-none"><p class="h5 text-success">Thanks for registering!</p></div>
            <div class="js_subscribe_wrap">
                <div class="input-group">
                    <input type="email" name="email" class="js_subscribe_value form-control" placeholder="your email..."/>
                    <a role="button" href="#" class="btn btn-primary js_subscribe_btn o_submit">Subscribe</a>
                </div>
            </div>
        </div>
    </div>
                        </div>
                    </div>
                </div>
            </div>
        </section>
        <section id="o_wblog_post_footer">
        <div class="mt-5">
            <div id="o_wblog_post_footer_read_next" class="o_record_cover_container d-flex flex-column h-100 o_colored_level o_cc o_cc3 o_cc o_record_has_cover">
                <div style="background-image: url(/web/image/1150-1d2e3f4a/ferry-pier.jpg);" class="o_record_cover_component o_record_cover_image "></div>
                <div style="opacity: 0.6;" class="o_record_cover_component o_record_cover_filter oe_black"></div>
                <div class="container py-5">
                    <div class="o_wblog_post_title">
                        <div class="small fw-bold text-uppercase">Read Next</div>
                        <div class="h2" data-oe-expression="next_post.name">Winter ferry timetable: Friday evening sailing dropped</div>
                        <div data-oe-expression="next_post.subtitle">The operator says the 19:30 crossing carried fewer than ten passengers on most winter Fridays last year.</div>
                    </div>
                    <a class="o_wblog_read_next_link stretched-link" href="/blog/ferry-notices-4/winter-ferry-timetable-friday-evening-sailing-dropped-56" aria-label="Read Next"></a>
                </div>
            </div>
        </div>
        </section>
    </div>
                </main>
                <footer id="bottom" data-anchor="true" data-name="Footer" class="o_footer o_colored_level o_cc ">
                    <div id="footer" class="oe_structure oe_structure_solo">
      <section class="s_text_block pt48 pb16" data-snippet="s_text_block" data-name="Text">
        <div class="container">
          <div class="row">
            <div class="col-lg-2 pt24 pb24">
              <h5 class="mb-3">Useful Links</h5>
              <ul class="list-unstyled">
                <li><a href="/">Home</a></li>
                <li><a href="/blog/ferry-notices-4">Ferry notices</a></li>
                <li><a href="/privacy">Privacy Policy</a></li>
              </ul>
            </div>
            <div class="col-lg-5 pt24 pb24">
              <h5 class="mb-3">About us</h5>
              <p>The Skerrow Bulletin is published by the Skerrow Community Trust. Letters, photographs and news tips are always welcome at the shop or by e-mail.</p>
            </div>
            <div class="col-lg-3 offset-lg-2 pt24 pb24">
              <h5 class="mb-3">Connect with us</h5>
              <ul class="list-unstyled">
                <li><i class="fa fa-comment fa-fw me-2"></i><a href="/contactus">Contact us</a></li>
                <li><i class="fa fa-envelope fa-fw me-2"></i><a href="mailto:editor@skerrowbulletin.example">editor@skerrowbulletin.example</a></li>
              </ul>
            </div>
          </div>
        </div>
      </section>
    </div>
  <div class="o_footer_copyright o_colored_level o_cc" data-name="Copyright">
                        <div class="container py-3">
                            <div class="row">
                                <div class="col-sm text-center text-sm-start text-muted">
                                    <span class="o_footer_copyright_name me-2">Copyright &copy; The Skerrow Community Trust, SC0481207</span>
  </div>
                                <div class="col-sm text-center text-sm-end o_not_editable">
        <div class="o_brand_promotion">
        Powered by
            <a target="_blank" class="badge text-bg-light" href="http://www.odoo.example?utm_source=db&amp;utm_medium=website">
                <img alt="Odoo" src="/web/static/img/odoo_logo_tiny.png" width="62" height="20" style="width: auto; height: 1em; vertical-align: baseline;" loading="lazy"/>
            </a>
        -
                    The #1 <a target="_blank" href="http://www.odoo.example/app/website?utm_source=db&amp;utm_medium=website">Open Source Website Builder</a>
        </div>
                                </div>
                            </div>
                        </div>
                    </div>
                </footer>
    <div id="website_cookies_bar" class="s_popup o_snippet_invisible o_no_save" data-name="Cookies Bar" data-vcss="001" data-invisible="1">
            <div class="modal s_popup_bottom o_cookies_discrete modal_shown" data-show-after="500" data-display="afterDelay" data-consentsduration="999" data-bs-focus="false" data-bs-backdrop="false" data-bs-keyboard="false" tabindex="-1" style="display: none;" aria-hidden="true">
                <div class="modal-dialog d-flex s_popup_size_full">
                    <div class="modal-content oe_structure">
                        <section class="o_colored_level o_cc o_cc1">
                            <div class="container">
                                <div class="row">
                                    <div class="col-lg-8 pt16">
                                        <p>
                                            <span class="pe-1">We use cookies to provide you a better user experience on this website.</span>
                                            <a href="/cookie-policy" class="o_cookies_bar_text_policy btn btn-link btn-sm px-0">Cookie Policy</a>
                                        </p>
                                    </div>
                                    <div class="col-lg-4 text-end pt16 pb16">
                                        <a href="#" id="cookies-consent-essential" role="button" class="js_close_popup btn btn-outline-primary rounded-circle btn-sm px-2">Only essentials</a>
                                        <a href="#" id="cookies-consent-all" role="button" class="js_close_popup btn btn-outline-primary rounded-circle btn-sm">I agree</a>
                                    </div>
                                </div>
                            </div>
                        </section>
                    </div>
                </div>
            </div>
    </div>
        </div>
    </body>
</html>
"""


def arts(art):
    """WordPress with the Twenty Twenty-Five block theme (site editor templates)."""
    site = "https://northfoldreview.example"
    url = f"{site}/2025/12/01/alhambra-picture-house-reopens/"
    ps = art["paragraphs"]
    lay = "is-layout-constrained wp-block-group-is-layout-constrained"

    def p(i):
        q = ps[i]
        if q.startswith("## "):
            slug = "-".join(q[3:].lower().replace(",", "").split())
            return f'<h2 class="wp-block-heading" id="{slug}">{e(q[3:])}</h2>'
        return f"<p>{e(q)}</p>"

    items = "".join(f"<li>{e(q[2:])}</li>" for q in ps if q.startswith("- "))
    figure = '<figure class="wp-block-image size-large"><img fetchpriority="high" decoding="async" width="1024" height="683" src="/wp-content/uploads/2025/11/alhambra-ceiling-1024x683.jpg" alt="The restored auditorium ceiling" class="wp-image-2191" srcset="/wp-content/uploads/2025/11/alhambra-ceiling-1024x683.jpg 1024w, /wp-content/uploads/2025/11/alhambra-ceiling-300x200.jpg 300w" sizes="(max-width: 1024px) 100vw, 1024px" /><figcaption class="wp-element-caption">Plasterers recast 140 sections of the auditorium ceiling. Photograph: Alhambra Trust</figcaption></figure>'
    pull = '<figure class="wp-block-pullquote"><blockquote><p>“That memory is what paid for the roof.”</p><cite>Oona Feeney, Alhambra Trust</cite></blockquote></figure>'
    embed = '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper"><iframe loading="lazy" title="Bringing the Alhambra organ home" width="1200" height="675" src="https://www.youtube-nocookie.example/embed/Qm3xT8aLp0c?feature=oembed" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" allowfullscreen></iframe></div><figcaption class="wp-element-caption">Video: volunteers move the organ console back into the cinema (2:41).</figcaption></figure>'
    support = f'<div class="wp-block-group has-accent-5-background-color has-background has-global-padding {lay}" style="border-radius:8px;padding-top:var(--wp--preset--spacing--40);padding-right:var(--wp--preset--spacing--40);padding-bottom:var(--wp--preset--spacing--40);padding-left:var(--wp--preset--spacing--40)"><p class="has-medium-font-size"><strong>The Northfold Review is free to read.</strong></p><p>We are funded by readers, not advertisers. If you value arts journalism in the region, become a member from £4 a month.</p><div class="wp-block-buttons is-layout-flex wp-block-buttons-is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="{site}/membership/">Become a member</a></div></div></div>'
    read_more = f'<p class="has-small-font-size"><strong>Read more:</strong> <a href="{site}/2025/06/14/kessingford-high-street-empty-shops/">Kessingford\'s empty shops: what the council plans to do next</a></p>'
    factbox = '<div class="wp-block-group has-base-2-background-color has-background is-layout-flow wp-block-group-is-layout-flow" style="padding-top:var(--wp--preset--spacing--30);padding-right:var(--wp--preset--spacing--30);padding-bottom:var(--wp--preset--spacing--30);padding-left:var(--wp--preset--spacing--30)"><h3 class="wp-block-heading has-medium-font-size">Visiting the Alhambra</h3><p class="has-small-font-size">The cinema is on Station Road, five minutes\' walk from Kessingford station. Step-free access is through the side entrance on Mill Lane.</p><p class="has-small-font-size">The café opens at 10am daily. Members get two free tickets a year and priority booking.</p></div>'
    columns = (
        '<div class="wp-block-columns is-layout-flex wp-container-core-columns-is-layout-28f84493 wp-block-columns-is-layout-flex">'
        '<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:66.66%">'
        + p(7)
        + p(8)
        + f'<ul class="wp-block-list">{items}</ul>'
        + "</div>"
        '<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:33.33%">'
        + factbox
        + "</div></div>"
    )
    content = "\n".join(
        [
            p(0),
            p(1),
            p(2),
            pull,
            p(3),
            p(4),
            figure,
            p(5),
            support,
            p(6),
            embed,
            columns,
            p(13),
            read_more,
            p(14),
            f'<p class="has-small-font-size"><em>{e(ps[15])}</em></p>',
        ]
    )
    nav_items = [
        ("News", "/category/news/"),
        ("Film", "/category/film/"),
        ("Theatre", "/category/theatre/"),
        ("Music", "/category/music/"),
        ("Visual art", "/category/visual-art/"),
        ("Membership", "/membership/"),
    ]
    nav = "".join(
        f'<li class=" wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{site}{h}"><span class="wp-block-navigation-item__label">{t}</span></a></li>'
        for t, h in nav_items
    )
    more = "".join(
        f'<li class="wp-block-post post-{n} post type-post status-publish format-standard has-post-thumbnail hentry category-{c.lower()}"><div class="wp-block-group {lay}"><figure style="aspect-ratio:3/2;" class="wp-block-post-featured-image"><a href="{site}/{h}/" target="_self"><img width="600" height="400" src="/wp-content/uploads/2025/{img}" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="{e(t)}" style="width:100%;height:100%;object-fit:cover;" decoding="async" loading="lazy" /></a></figure><h3 class="wp-block-post-title has-large-font-size"><a href="{site}/{h}/" target="_self">{e(t)}</a></h3><div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">{e(x)} </p></div><div class="wp-block-post-date has-small-font-size"><time datetime="{dt}"><a href="{site}/{h}/">{d}</a></time></div></div></li>'
        for n, c, h, img, t, x, dt, d in [
            (
                2170,
                "Theatre",
                "2025/11/24/maltings-theatre-christmas-show",
                "11/maltings-600x400.jpg",
                "The Maltings goes back to basics for its Christmas show",
                "After two years of big-budget pantomimes, the theatre is staging a four-actor version of a winter fairy tale, with tickets capped at £15.",
                "2025-11-24T09:00:00+00:00",
                "24 November 2025",
            ),
            (
                2162,
                "Film",
                "2025/11/17/film-society-silent-season",
                "11/silent-600x400.jpg",
                "Film society announces a season of silent comedies",
                "Six screenings in the church hall will each come with a live pianist, starting in January.",
                "2025-11-17T09:00:00+00:00",
                "17 November 2025",
            ),
            (
                2149,
                "Visual art",
                "2025/11/10/harbour-gallery-prize-shortlist",
                "11/gallery-600x400.jpg",
                "Harbour Gallery prize shortlist leans towards textiles",
                "Four of the six shortlisted artists work with fabric, which the judges called a sign of the region's mill heritage.",
                "2025-11-10T09:00:00+00:00",
                "10 November 2025",
            ),
        ]
    )
    comms = "".join(
        f'<li id="comment-{i}" class="comment even thread-even depth-1"><div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex" style="margin-top:0;margin-bottom:0"><div class="wp-block-avatar"><img alt="{e(n)} Avatar" src="https://secure.gravatar.example/avatar/{i}?s=40&amp;d=mm&amp;r=g" class="avatar avatar-40 photo wp-block-avatar__image" height="40" width="40" style="border-radius:20px;"/></div><div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow"><div class="wp-block-comment-author-name has-small-font-size">{e(n)}</div><div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex" style="margin-top:0px;margin-bottom:0px"><div class="wp-block-comment-date has-small-font-size"><time datetime="{dt}"><a href="{url}#comment-{i}">{d}</a></time></div></div><div class="wp-block-comment-content"><p>{e(t)}</p></div><div class="wp-block-comment-reply-link has-small-font-size"><a rel="nofollow" class="comment-reply-link" href="#comment-{i}" data-commentid="{i}" data-postid="2184" data-belowelement="comment-{i}" data-respondelement="respond" aria-label="Reply to {e(n)}">Reply</a></div></div></div></li>'
        for i, n, dt, d, t in [
            (
                5521,
                "Gwen Aske",
                "2025-12-01T10:14:00+00:00",
                "1 December 2025 at 10:14 am",
                "I had my first Saturday job in that kiosk in 1979. Cannot wait to see the ceiling again, it was already crumbling back then.",
            ),
            (
                5524,
                "Tom Ferris",
                "2025-12-01T12:02:00+00:00",
                "1 December 2025 at 12:02 pm",
                "Great news, but I hope the trust keeps ticket prices sensible. The whole point is that it belongs to the town.",
            ),
            (
                5530,
                "M. Okafor",
                "2025-12-01T16:47:00+00:00",
                "1 December 2025 at 4:47 pm",
                "Relaxed screenings are a brilliant idea. My son has never managed a full film in a normal cinema.",
            ),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
    <title>{e(art["title"])} &#8211; The Northfold Review</title>
    <link rel="canonical" href="{url}" />
    <meta property="og:locale" content="en_GB" />
    <meta property="og:type" content="article" />
    <meta property="og:title" content="{e(art["title"])}" />
    <meta property="article:published_time" content="2025-12-01T07:00:00+00:00" />
    <meta name="author" content="{e(art["author"])}" />
<style id='wp-block-site-title-inline-css'>.wp-block-site-title{{box-sizing:border-box}}.wp-block-site-title :where(a){{color:inherit;font-family:inherit;font-size:inherit;font-style:inherit;font-weight:inherit;letter-spacing:inherit;line-height:inherit;text-decoration:inherit}}</style>
<style id='wp-block-navigation-inline-css'>.wp-block-navigation{{position:relative;--navigation-layout-justification-setting:flex-start}}</style>
<style id='global-styles-inline-css'>:root{{--wp--preset--color--base: #FFFFFF;--wp--preset--color--contrast: #111111;--wp--preset--color--accent-5: #FBFAF3;--wp--preset--font-family--manrope: Manrope, sans-serif;--wp--preset--spacing--40: 2rem;}}:root :where(.is-layout-constrained) > *{{margin-block-start: 1.2rem;margin-block-end: 0;}}</style>
<script type="importmap" id="wp-importmap">{{"imports":{{"@wordpress/interactivity":"{site}/wp-includes/js/dist/script-modules/interactivity/index.min.js?ver=55aebb6e0a16726baffb"}}}}</script>
<script type="module" src="{site}/wp-includes/js/dist/script-modules/block-library/navigation/view.min.js?ver=61572d447d60c0aa5240" id="@wordpress/block-library/navigation/view-js-module"></script>
<meta name="generator" content="WordPress 6.8.3" />
</head>

<body class="wp-singular post-template-default single single-post postid-2184 single-format-standard wp-embed-responsive wp-theme-twentytwentyfive">

<div class="wp-site-blocks"><header class="wp-block-template-part">
<div class="wp-block-group alignfull is-layout-flow wp-block-group-is-layout-flow">
<div class="wp-block-group has-global-padding {lay}">
<div class="wp-block-group alignwide is-content-justification-space-between is-nowrap is-layout-flex wp-container-core-group-is-layout-f4c28e8b wp-block-group-is-layout-flex" style="padding-top:var(--wp--preset--spacing--30);padding-bottom:var(--wp--preset--spacing--30)"><p class="wp-block-site-title"><a href="{site}" target="_self" rel="home">The Northfold Review</a></p>
<div class="wp-block-group is-content-justification-right is-layout-flex wp-container-core-group-is-layout-2c90304e wp-block-group-is-layout-flex"><nav class="is-responsive items-justified-right wp-block-navigation is-content-justification-right is-layout-flex wp-container-core-navigation-is-layout-fe9cc265 wp-block-navigation-is-layout-flex" aria-label="Main" data-wp-interactive="core/navigation" data-wp-context='{{"overlayOpenedBy":{{"click":false,"hover":false,"focus":false}},"type":"overlay","roleAttribute":"","ariaLabel":"Menu"}}'><button aria-haspopup="dialog" aria-label="Open menu" class="wp-block-navigation__responsive-container-open" data-wp-on-async--click="actions.openMenuOnClick" data-wp-on--keydown="actions.handleMenuKeydown"><svg width="24" height="24" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M4 7.5h16v1.5H4z"></path></svg></button>
                <div class="wp-block-navigation__responsive-container" id="modal-1" data-wp-class--has-modal-open="state.isMenuOpen" data-wp-class--is-menu-open="state.isMenuOpen" data-wp-watch="callbacks.initMenu" data-wp-on--keydown="actions.handleMenuKeydown" data-wp-on-async--focusout="actions.handleMenuFocusout" tabindex="-1">
                    <div class="wp-block-navigation__responsive-close" tabindex="-1">
                        <div class="wp-block-navigation__responsive-dialog" data-wp-bind--aria-modal="state.ariaModal" data-wp-bind--aria-label="state.ariaLabel" data-wp-bind--role="state.roleAttribute">
                            <button aria-label="Close menu" class="wp-block-navigation__responsive-container-close" data-wp-on-async--click="actions.closeMenuOnClick"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path d="m13.06 12 6.47-6.47-1.06-1.06L12 10.94 5.53 4.47 4.47 5.53 10.94 12l-6.47 6.47 1.06 1.06L12 13.06l6.47 6.47 1.06-1.06L13.06 12Z"></path></svg></button>
                            <div class="wp-block-navigation__responsive-container-content" data-wp-watch="callbacks.focusFirstElement" id="modal-1-content">
                                <ul class="wp-block-navigation__container is-responsive items-justified-right wp-block-navigation">{nav}</ul>
                            </div>
                        </div>
                    </div>
                </div></nav></div>
</div>
</div>
</div>
</header>


<main class="wp-block-group has-global-padding {lay}" style="margin-top:var(--wp--preset--spacing--60)">
<div class="wp-block-group alignfull has-global-padding {lay}" style="padding-top:var(--wp--preset--spacing--60);padding-bottom:var(--wp--preset--spacing--60)">
<figure style="aspect-ratio:3/2;" class="wp-block-post-featured-image"><img width="1500" height="1000" src="/wp-content/uploads/2025/11/alhambra-facade.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="The Alhambra Picture House on Station Road" style="width:100%;height:100%;object-fit:cover;" decoding="async" /></figure>

<div class="wp-block-group has-global-padding {lay}"><h1 class="wp-block-post-title">{e(art["title"])}</h1>

<div class="wp-block-group is-layout-flex wp-container-core-group-is-layout-6c531013 wp-block-group-is-layout-flex"><div class="wp-block-post-date"><time datetime="2025-12-01T07:00:00+00:00"><a href="{url}">1 December 2025</a></time></div>
<p>—</p>
<p class="has-small-font-size">by</p>
<div class="wp-block-post-author-name"><a href="{site}/author/priya/" target="_self" class="wp-block-post-author-name__link">{e(art["author"])}</a></div>
<p class="has-small-font-size">in</p>
<div class="taxonomy-category wp-block-post-terms"><a href="{site}/category/film/" rel="tag">Film</a><span class="wp-block-post-terms__separator">, </span><a href="{site}/category/news/" rel="tag">News</a></div></div>
</div>

<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">
{content}
</div>

<div class="wp-block-group has-global-padding {lay}" style="margin-top:var(--wp--preset--spacing--60);margin-bottom:var(--wp--preset--spacing--60);">
<div class="wp-block-group alignwide is-layout-flow wp-block-group-is-layout-flow" style="margin-top:var(--wp--preset--spacing--60);">
<div class="wp-block-group is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex" style="padding-top:var(--wp--preset--spacing--30);padding-bottom:var(--wp--preset--spacing--30)">
<div class="taxonomy-post_tag is-style-post-terms-1 wp-block-post-terms"><a href="{site}/tag/cinemas/" rel="tag">cinemas</a><a href="{site}/tag/heritage/" rel="tag">heritage</a><a href="{site}/tag/kessingford/" rel="tag">Kessingford</a></div>
<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><p class="has-small-font-size">Share:</p><ul class="wp-block-social-links has-small-icon-size is-style-logos-only is-layout-flex wp-block-social-links-is-layout-flex"><li class="wp-social-link wp-social-link-facebook wp-block-social-link"><a href="https://www.facebook.com/sharer/sharer.php?u={url}" class="wp-block-social-link-anchor"><svg width="24" height="24" viewBox="0 0 24 24" version="1.1" xmlns="http://www.w3.org/2000/svg" aria-hidden="true" focusable="false"><path d="M12 2C6.5 2 2 6.5 2 12"></path></svg><span class="wp-block-social-link-label screen-reader-text">Facebook</span></a></li><li class="wp-social-link wp-social-link-bluesky wp-block-social-link"><a href="https://bsky.app/intent/compose?text={url}" class="wp-block-social-link-anchor"><svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6.3 4.2c2.3 1.7"></path></svg><span class="wp-block-social-link-label screen-reader-text">Bluesky</span></a></li></ul></div>
</div>
<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex" style="border-top-color:var(--wp--preset--color--accent-6);border-top-width:1px;padding-top:var(--wp--preset--spacing--40)"><div class="wp-block-avatar"><img alt="{e(art["author"])} Avatar" src="https://secure.gravatar.example/avatar/ph?s=48&amp;d=mm&amp;r=g" class="avatar avatar-48 photo wp-block-avatar__image" height="48" width="48" style="border-radius:24px;"/></div><div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow"><p class="wp-block-post-author-name has-small-font-size">Written by {e(art["author"])}</p><div class="wp-block-post-author-biography has-small-font-size">Priya Halloran is the Review's film and heritage writer. She previously ran the programme at a touring rural cinema and still drives the projector van once a month.</div></div></div>

<nav class="wp-block-group alignwide is-content-justification-space-between is-nowrap is-layout-flex wp-block-group-is-layout-flex" aria-label="Post navigation" style="border-top-color:var(--wp--preset--color--accent-6);border-top-width:1px;padding-top:var(--wp--preset--spacing--40);padding-bottom:var(--wp--preset--spacing--40)"><div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow" aria-hidden="true">←</span><a href="{site}/2025/11/24/maltings-theatre-christmas-show/" rel="prev">The Maltings goes back to basics for its Christmas show</a></div>
<div class="post-navigation-link-next wp-block-post-navigation-link"><a href="{site}/2025/12/02/choir-festival-lineup/" rel="next">Winter choir festival adds a late-night carol concert</a><span class="wp-block-post-navigation-link__arrow-next is-arrow-arrow" aria-hidden="true">→</span></div></nav>
</div>
</div>

<div class="wp-block-comments wp-block-comments-query-loop" style="margin-top:var(--wp--preset--spacing--70);margin-bottom:var(--wp--preset--spacing--70)"><h2 class="wp-block-heading has-x-large-font-size">Comments</h2>
<h3 id="comments" class="wp-block-comments-title has-medium-font-size">3 responses to &#8220;{e(art["title"])}&#8221;</h3>
<ol class="wp-block-comment-template">{comms}</ol>
<div id="respond" class="comment-respond wp-block-post-comments-form">
        <h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">Cancel reply</a></small></h3><form action="{site}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">Name <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required /></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit wp-block-button"><input name="submit" type="submit" id="submit" class="wp-block-button__link wp-element-button" value="Post Comment" /> <input type='hidden' name='comment_post_ID' value='2184' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' />
</p></form>    </div>
</div>


<div class="wp-block-group alignwide is-layout-flow wp-block-group-is-layout-flow" style="padding-top:var(--wp--preset--spacing--60);padding-bottom:var(--wp--preset--spacing--60)">
<h2 class="wp-block-heading alignwide has-small-font-size" style="font-style:normal;font-weight:700;letter-spacing:1.4px;text-transform:uppercase">More posts</h2>
<div class="wp-block-query alignwide is-layout-flow wp-block-query-is-layout-flow"><ul class="alignfull wp-block-post-template is-layout-grid wp-container-core-post-template-is-layout-6d3ebf87 wp-block-post-template-is-layout-grid">{more}</ul></div>
</div>

<div class="wp-block-group alignfull has-accent-5-background-color has-background has-global-padding {lay}" style="padding-top:var(--wp--preset--spacing--50);padding-bottom:var(--wp--preset--spacing--50)"><h2 class="wp-block-heading has-text-align-center">The Friday Review</h2><p class="has-text-align-center">One e-mail a week with the best of what's on across Northfold, written by our critics. No spam, unsubscribe any time.</p>
<div class="wp-block-jetpack-subscriptions__container is-not-subscriber"><form action="#" method="post" accept-charset="utf-8" data-blog="229381144" data-post_access_level="everybody" id="subscribe-blog-1"><div class="wp-block-jetpack-subscriptions__form-elements"><p id="subscribe-email"><label id="subscribe-field-1-label" for="subscribe-field-1" class="screen-reader-text">Type your email…</label><input required="required" type="email" name="email" class="no-border-radius" placeholder="Type your email…" value="" id="subscribe-field-1"/></p><p id="subscribe-submit"><input type="hidden" name="action" value="subscribe"/><button type="submit" class="wp-block-button__link no-border-radius" name="jetpack_subscriptions_widget">Subscribe</button></p></div></form></div></div>
</div>
</main>


<footer class="wp-block-template-part">
<div class="wp-block-group has-global-padding {lay}" style="padding-top:var(--wp--preset--spacing--60);padding-bottom:var(--wp--preset--spacing--50)">
<div class="wp-block-group alignwide is-layout-flow wp-block-group-is-layout-flow">
<div class="wp-block-group alignfull is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex">
<div class="wp-block-columns is-layout-flex wp-block-columns-is-layout-flex">
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:100%"><h2 class="wp-block-site-title"><a href="{site}" target="_self" rel="home">The Northfold Review</a></h2>
<p class="wp-block-site-tagline">Independent arts journalism for Northfold and the valleys.</p></div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow"><div style="height:var(--wp--preset--spacing--40);width:0px" aria-hidden="true" class="wp-block-spacer"></div></div>
</div>
<div class="wp-block-group is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex"><nav class="is-vertical wp-block-navigation is-layout-flex wp-block-navigation-is-layout-flex" aria-label="About"><ul class="wp-block-navigation__container is-vertical wp-block-navigation"><li class=" wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{site}/about/"><span class="wp-block-navigation-item__label">About</span></a></li><li class=" wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{site}/corrections/"><span class="wp-block-navigation-item__label">Corrections policy</span></a></li><li class=" wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{site}/privacy/"><span class="wp-block-navigation-item__label">Privacy</span></a></li></ul></nav></div>
</div>
<div style="height:var(--wp--preset--spacing--70)" aria-hidden="true" class="wp-block-spacer"></div>
<div class="wp-block-group alignfull is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex"><p class="has-small-font-size">The Northfold Review is published by Northfold Arts Media CIC, company number 13944720.</p>
<p class="has-small-font-size">Designed with <a href="https://wordpress.example" rel="nofollow">WordPress</a></p></div>
</div>
</div>
</footer>
</div>
<script type="speculationrules">{{"prefetch":[{{"source":"document","where":{{"and":[{{"href_matches":"\\/*"}},{{"not":{{"href_matches":["\\/wp-*.php","\\/wp-admin\\/*"]}}}}]}},"eagerness":"conservative"}}]}}</script>
<script src="{site}/wp-includes/js/comment-reply.min.js?ver=6.8.3" id="comment-reply-js" async data-wp-strategy="async"></script>
<script src="{site}/wp-content/plugins/jetpack/_inc/build/blocks/subscriptions/view.js?minify=false&amp;ver=14.8" id="jetpack-block-subscriptions-js" defer data-wp-strategy="defer"></script>
</body>
</html>
"""


LAYOUTS_H27 = {
    "h27-01-gujarati": ("h27_gujarati", gujarati),
    "h27-02-punjabi": ("h27_punjabi", punjabi),
    "h27-03-malayalam": ("h27_malayalam", malayalam),
    "h27-04-burmese": ("h27_burmese", burmese),
    "h27-05-igbo": ("h27_igbo", igbo),
    "h27-06-tajik": ("h27_tajik", tajik),
    "h27-07-smalltown": ("h27_smalltown", smalltown),
    "h27-08-island": ("h27_island", island),
    "h27-09-arts": ("h27_arts", arts),
}
