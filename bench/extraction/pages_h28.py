"""Layouts of the frozen held-out group "h28" of the extraction benchmark.

Written in round 24, for round 25, by someone other than the person tuning the reader
and without reading the reader or its output on these pages; never used for tuning
(docs/benchmarks-extraction.md). Fictional pages in layouts and languages not used by
h2-h27: an Odia district news site on WordPress with the Astra theme (``ast-`` header
builder rows, ``entry-content clear``, Spectra ``uagb`` blocks and Advanced Ads slots
in the body, Astra's related posts, comments); a Lao provincial news site on Joomla 3
with a Gantry 5 template (``g-`` sections, ``item-page`` with ``itemprop="articleBody"``,
a ``{loadmodule}`` banner and centred photo captions in the text, Komento comments); a
Sorani Kurdish city news site on a .NET 8 Blazor Web App (right to left, ``b-`` scoped
CSS attributes, ``<!--Blazor:...-->`` markers around interactive components, the lead
in its own element and the body as two ``MarkupString`` chunks around them); a Tigrinya
diaspora community association's news page on Google Sites (generated class names,
the body spread over several text boxes of separate sections); a Sundanese village news
site made with Mobirise (``mbr-`` sections with ``cid-`` ids, the body as ``mbr-text``
blocks split by ``<br><br>`` across sections); a Turkmen news site on Qwik City with
Builder.io content (``q:container``, ``<!--qv-->`` markers, ``builder-block`` /
``builder-text``); an English statistics agency's news release on SharePoint 2013
publishing (one WebForms ``<form>``, ``s4-workspace``, ``DeltaPlaceHolderMain``,
``ms-rtestate-field``, web parts); an English regional paper's AMP page from the
WordPress AMP plugin's legacy Reader template (``amp-wp-article-content``); and an
English civic-technology group's blog post on Docusaurus 3 (``__blog-post-container``,
admonitions, table of contents, recent-posts sidebar).
"""

from __future__ import annotations

import html
import json

from page_parts import lis

e = html.escape


def ld(data, attrs=""):
    return (
        f'<script type="application/ld+json"{attrs}>{json.dumps(data, ensure_ascii=False)}</script>'
    )


def odia(art):
    """WordPress with the Astra theme, Spectra blocks and Advanced Ads."""
    site = "https://www.samachardarpan.example"
    url = f"{site}/2025/09/16/kusumpada-cold-storage/"
    ps = art["paragraphs"]

    def block(i):
        p = ps[i]
        if p.startswith("## "):
            return f'<h2 class="wp-block-heading">{e(p[3:])}</h2>'
        return f"<p>{e(p)}</p>"

    items = "".join(f"<li>{e(p[2:])}</li>" for p in ps if p.startswith("- "))

    def ad(n, slot, img, alt):
        return f"""<div class="sdarp-content sdarp-target" id="sdarp-{n}" data-sdarp-trackid="{slot}" data-sdarp-trackbid="1" style="margin-top: 12px;margin-bottom: 12px;margin-left: auto;margin-right: auto;text-align: center;"><p class="sdarp-adlabel">ବିଜ୍ଞାପନ</p><a data-no-instant="1" href="https://{img}.example/?utm_source=samachardarpan" rel="noopener sponsored" class="a2t-link" target="_blank" aria-label="{alt}"><img src="{site}/wp-content/uploads/2025/08/{img}-728x90.jpg" alt="{alt}" width="728" height="90" style="display: inline-block;" /></a></div>"""

    info = """<div class="wp-block-uagb-info-box uagb-block-7e1c2a40 uagb-infobox__content-wrap uagb-infobox-icon-left uagb-infobox-left uagb-infobox-image-valign-middle"><div class="uagb-ifb-content"><div class="uagb-ifb-icon-wrap"><svg xmlns="https://www.w3.org/2000/svg" viewBox="0 0 512 512"><path d="M256 8C119 8 8 119 8 256s111 248 248 248 248-111 248-248S393 8 256 8z"></path></svg></div><div class="uagb-ifb-title-wrap"><p class="uagb-ifb-title-prefix">ଚାଷୀ ସହାୟତା</p><h4 class="uagb-ifb-title">କିଷାନ କଲ୍ ସେଣ୍ଟର</h4></div><p class="uagb-ifb-desc">ଉଦ୍ୟାନ ଫସଲ ସମ୍ବନ୍ଧୀୟ ଯେକୌଣସି ପ୍ରଶ୍ନ ପାଇଁ ଚାଷୀମାନେ ସକାଳ ଛଅଟାରୁ ରାତି ଦଶଟା ପର୍ଯ୍ୟନ୍ତ ମାଗଣା ନମ୍ବରରେ ଫୋନ୍ କରିପାରିବେ।</p><div class="uagb-ifb-button-wrapper wp-block-button"><a href="tel:18001801551" class="uagb-infobox-cta-link wp-block-button__link" target="_self" rel="noopener noreferrer"><span class="uagb-inline-editing">ଫୋନ୍ କରନ୍ତୁ</span></a></div></div></div>"""
    read_also = f'<p class="has-background" style="background-color:#fff4e5"><strong>ଆହୁରି ପଢନ୍ତୁ :</strong> <a href="{site}/2025/09/02/tomato-dara-khasila/">ଟମାଟୋ ଦର ଖସିଲା, ହାଟରେ ଫସଲ ଫିଙ୍ଗିଲେ ଚାଷୀ</a></p>'
    figure = f'<figure class="wp-block-image size-large"><img loading="lazy" decoding="async" width="1024" height="576" src="{site}/wp-content/uploads/2025/09/cold-storage-inside-1024x576.jpg" alt="" class="wp-image-22417" srcset="{site}/wp-content/uploads/2025/09/cold-storage-inside-1024x576.jpg 1024w, {site}/wp-content/uploads/2025/09/cold-storage-inside-300x169.jpg 300w" sizes="auto, (max-width: 1024px) 100vw, 1024px" /><figcaption class="wp-element-caption">ଭଣ୍ଡାର ଭିତରେ ପରିବା ରଖିବା ପାଇଁ ତିଆରି ହୋଇଥିବା ଥାକ। ଫଟୋ: ସମାଚାର ଦର୍ପଣ</figcaption></figure>'
    wa = '<div class="wp-block-uagb-call-to-action uagb-block-2f0d8b11"><div class="uagb-cta__wrap"><h3 class="uagb-cta__title">ହ୍ୱାଟସଆପରେ ଖବର ପାଆନ୍ତୁ</h3><p class="uagb-cta__desc">ଜିଲ୍ଲାର ପ୍ରତିଦିନର ମୁଖ୍ୟ ଖବର ସିଧାସଳଖ ଆପଣଙ୍କ ଫୋନକୁ ଆସିବ। ଆମ ଚ୍ୟାନେଲରେ ଯୋଗ ଦିଅନ୍ତୁ।</p></div><div class="uagb-cta__buttons"><a href="https://whatsapp.example/channel/0029VbSamachar" class="uagb-cta__button-link-wrapper wp-block-button__link" target="_blank" rel="noopener noreferrer">ଯୋଗ ଦିଅନ୍ତୁ</a></div></div>'
    body = "\n".join(
        [
            f"<p><strong>{e(ps[0])}</strong></p>",
            block(1),
            ad(1184307219, 22391, "krushi-yantra", "କୃଷି ଯନ୍ତ୍ରପାତି"),
            block(2),
            block(3),
            figure,
            block(4),
            read_also,
            block(5),
            info,
            block(6),
            block(7),
            f'<ul class="wp-block-list">{items}</ul>',
            ad(2093516680, 22392, "odisha-gramya-bank", "ଗ୍ରାମ୍ୟ ବ୍ୟାଙ୍କ"),
            block(11),
            f"<p><em>{e(ps[12])}</em></p>",
            wa,
        ]
    )
    share = "".join(
        f'<div class="uagb-ss-repeater uagb-ss__wrapper uagb-block-{c}"><a aria-label="{t}" href="{h}" class="uagb-ss__link" target="_blank" rel="noopener noreferrer"><span class="uagb-ss__source-wrap"><span class="uagb-ss__source-icon"><svg xmlns="https://www.w3.org/2000/svg" viewBox="0 0 448 512"><path d="M0 0h448v512H0z"></path></svg></span></span></a></div>'
        for c, t, h in [
            ("a1f3c2d0", "Facebook", f"https://www.facebook.com/sharer.php?u={url}"),
            ("b7e1d9a2", "X", f"https://twitter.com/share?url={url}"),
            ("c4a8e6f1", "WhatsApp", f"https://api.whatsapp.com/send?text={url}"),
            ("d2b5f0c9", "Telegram", f"https://telegram.me/share/url?url={url}"),
        ]
    )
    menu = "".join(
        f'<li id="menu-item-{40 + i}" class="menu-item menu-item-type-taxonomy menu-item-object-category{" current-post-ancestor current-menu-parent current-post-parent" if h == "krushi" else ""} menu-item-{40 + i}"><a href="{site}/category/{h}/" class="menu-link">{t}</a></li>'
        for i, (h, t) in enumerate(
            [
                ("odisha", "ଓଡ଼ିଶା"),
                ("jilla", "ଜିଲ୍ଲା"),
                ("krushi", "କୃଷି"),
                ("rajniti", "ରାଜନୀତି"),
                ("khela", "ଖେଳ"),
                ("manoranjan", "ମନୋରଞ୍ଜନ"),
                ("video", "ଭିଡିଓ"),
            ]
        )
    )
    related = "".join(
        f'<article class="ast-related-post post-{n} post type-post status-publish format-standard has-post-thumbnail hentry category-krushi"><div class="ast-related-posts-inner-section"><div class="ast-related-post-content"><div class="ast-related-post-featured-section post-has-thumb"><div class="post-thumb-img-content post-thumb"><a aria-label="Read more about {e(t)}" href="{site}/{h}/"><img width="300" height="169" src="{site}/wp-content/uploads/2025/{img}-300x169.jpg" class="attachment-medium size-medium wp-post-image" alt="" itemprop="image" decoding="async" loading="lazy" /></a></div></div><header class="entry-header related-entry-header"><h3 class="ast-related-post-title entry-title"><a href="{site}/{h}/" target="_self" rel="bookmark noopener noreferrer">{e(t)}</a></h3><div class="entry-meta ast-related-cat-style--none ast-related-tag-style--none"><span class="ast-taxonomy-container cat-links default"><a href="{site}/category/krushi/" rel="category tag">କୃଷି</a></span></div></header><div class="entry-content clear"><p class="ast-related-post-excerpt entry-content clear">{e(x)}</p></div></div></div></article>'
        for n, h, img, t, x in [
            (
                22310,
                "2025/09/02/tomato-dara-khasila",
                "09/tomato",
                "ଟମାଟୋ ଦର ଖସିଲା, ହାଟରେ ଫସଲ ଫିଙ୍ଗିଲେ ଚାଷୀ",
                "ମଙ୍ଗଳବାର ହାଟରେ ଟମାଟୋ କିଲୋ ପିଛା ତିନି ଟଙ୍କାରେ ବିକ୍ରି ହେବାରୁ ଚାଷୀମାନେ କ୍ଷୋଭ ପ୍ରକାଶ କରିଛନ୍ତି।",
            ),
            (
                22288,
                "2025/08/27/fpo-talim-shibira",
                "08/talim",
                "ଚାଷୀ ଉତ୍ପାଦକ ସଂଗଠନ ପାଇଁ ତିନି ଦିନିଆ ତାଲିମ ଶିବିର",
                "ଶିବିରରେ ବଜାର ଦର, ପ୍ୟାକେଜିଂ ଓ ବ୍ୟାଙ୍କ ଋଣ ବିଷୟରେ ଚାଷୀମାନଙ୍କୁ ବିସ୍ତୃତ ସୂଚନା ଦିଆଯାଇଥିଲା।",
            ),
            (
                22254,
                "2025/08/19/varsha-abhava-chinta",
                "08/varsha",
                "ବର୍ଷା ଅଭାବରୁ ବିଳମ୍ବିତ ହେଲା ଧାନ ରୋଇବା",
                "ଜିଲ୍ଲାର ଅଧିକାଂଶ ବ୍ଲକରେ ହାରାହାରିଠାରୁ କମ୍ ବର୍ଷା ହୋଇଥିବାରୁ ଚାଷୀମାନେ ଚିନ୍ତାରେ ଅଛନ୍ତି।",
            ),
        ]
    )
    comm = "".join(
        f'<li class="comment even thread-even depth-1" id="li-comment-{i}"><article id="comment-{i}" class="ast-comment"><div class="ast-comment-info"><div class="ast-comment-avatar-wrap"><img alt="" src="https://secure.gravatar.example/avatar/{i}?s=50&amp;d=mm&amp;r=g" class="avatar avatar-50 photo" height="50" width="50" loading="lazy" decoding="async"/></div><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">{e(n)}</b> </cite></div><div class="ast-comment-time"><span class="timendate"><a href="{url}#comment-{i}"><time datetime="{dt}">{d}</time></a></span></div></header></div><section class="ast-comment-content comment"><p>{e(t)}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a rel="nofollow" class="comment-reply-link" href="#comment-{i}" data-commentid="{i}" data-postid="22405" data-belowelement="comment-{i}" data-respondelement="respond" data-replyto="{e(n)}ଙ୍କୁ ଉତ୍ତର ଦିଅନ୍ତୁ" aria-label="{e(n)}ଙ୍କୁ ଉତ୍ତର ଦିଅନ୍ତୁ">ଉତ୍ତର ଦିଅନ୍ତୁ</a></span></div></section></article></li>'
        for i, n, dt, d, t in [
            (
                5120,
                "ରଞ୍ଜିତ ପଣ୍ଡା",
                "2025-09-16T12:41:00+05:30",
                "ସେପ୍ଟେମ୍ବର 16, 2025 ଅପରାହ୍ନ 12:41",
                "ବହୁତ ଭଲ ଖବର। ଆମ ପଞ୍ଚାୟତରୁ ଭଣ୍ଡାର ପର୍ଯ୍ୟନ୍ତ ରାସ୍ତା ଖରାପ, ସେଥିପାଇଁ ମଧ୍ୟ ପ୍ରଶାସନ ଧ୍ୟାନ ଦେବା ଉଚିତ।",
            ),
            (
                5127,
                "ସୁଜାତା ଦାଶ",
                "2025-09-16T15:08:00+05:30",
                "ସେପ୍ଟେମ୍ବର 16, 2025 ଅପରାହ୍ନ 3:08",
                "ଭାଗଚାଷୀମାନେ ପ୍ରମାଣପତ୍ର କେଉଁଠାରୁ ପାଇବେ ସେ ବିଷୟରେ ମଧ୍ୟ ଟିକେ ଲେଖନ୍ତୁ।",
            ),
        ]
    )
    popular = "".join(
        f'<li><a class="wp-block-latest-posts__post-title" href="{site}/p/{n}/">{e(t)}</a><time datetime="{dt}" class="wp-block-latest-posts__post-date">{d}</time></li>'
        for n, t, dt, d in [
            (22398, "ବ୍ଲକ ଅଫିସରେ ଆଧାର ଶିବିର ଶନିବାର", "2025-09-15T18:20:00+05:30", "ସେପ୍ଟେମ୍ବର 15, 2025"),
            (22371, "ସରକାରୀ ସ୍କୁଲରେ ନୂଆ ବିଜ୍ଞାନ ଲ୍ୟାବ", "2025-09-12T10:05:00+05:30", "ସେପ୍ଟେମ୍ବର 12, 2025"),
            (22350, "ନଦୀବନ୍ଧ ମରାମତି କାମ ଆରମ୍ଭ", "2025-09-09T16:44:00+05:30", "ସେପ୍ଟେମ୍ବର 9, 2025"),
        ]
    )
    schema = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": f"{url}#article",
                "headline": art["title"],
                "datePublished": "2025-09-16T09:05:12+05:30",
                "dateModified": "2025-09-16T17:32:40+05:30",
                "author": {"@type": "Person", "name": art["author"]},
                "publisher": {"@type": "Organization", "name": "ସମାଚାର ଦର୍ପଣ"},
                "articleSection": ["କୃଷି"],
                "inLanguage": "or",
            },
            {"@type": "WebPage", "@id": url, "url": url, "name": art["title"]},
        ],
    }
    return f"""<!DOCTYPE html>
<html lang="or" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{e(art["title"])} - ସମାଚାର ଦର୍ପଣ</title>
<meta name="description" content="{e(ps[0][:140])}"/>
<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large"/>
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="or_IN" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{e(art["title"])}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="ସମାଚାର ଦର୍ପଣ" />
<meta property="article:section" content="କୃଷି" />
<meta property="article:published_time" content="2025-09-16T09:05:12+05:30" />
{ld(schema, ' class="rank-math-schema"')}
<link rel='stylesheet' id='astra-theme-css-css' href='{site}/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3' media='all' />
<style id='astra-theme-css-inline-css'>
:root{{--ast-post-nav-space:0;--ast-container-default-xlg-padding:3em;--ast-container-default-lg-padding:3em;--ast-global-color-0:#b71c1c;--ast-global-color-1:#8e0000;}}.ast-separate-container .ast-article-single{{padding:2.5em;}}.site-title{{display:none;}}
</style>
<link rel='stylesheet' id='uagb-block-css-css' href='{site}/wp-content/uploads/uag-plugin/assets/22000/uag-css-22405.css?ver=1726467912' media='all' />
<link rel='stylesheet' id='astra-addon-css-css' href='{site}/wp-content/uploads/astra-addon/astra-addon-66e7c1.css?ver=4.8.2' media='all' />
<!--[if IE]>
<script src="{site}/wp-content/themes/astra/assets/js/minified/flexibility.min.js?ver=4.8.3" id="astra-flexibility-js"></script>
<![endif]-->
<script src="{site}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script id="sdarp-advanced-js-js-extra">var sdarp_options = {{"blog_id":"1","privacy":{{"enabled":false,"state":"not_needed"}}}};</script>
<meta name="generator" content="WordPress 6.6.2" />
</head>
<body itemtype="https://schema.org/Blog" itemscope="itemscope" class="post-template-default single single-post postid-22405 single-format-standard wp-custom-logo ast-desktop ast-separate-container ast-right-sidebar astra-4.8.3 group-blog ast-blog-single-style-1 ast-single-post ast-inherit-site-logo-transparent ast-hfb-header ast-normal-title-enabled astra-addon-4.8.2">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div id="ast-desktop-header" data-toggle-type="dropdown">
<div class="ast-above-header-wrap">
<div class="ast-above-header-bar ast-above-header site-header-focus-item" data-section="section-above-header-builder">
<div class="site-above-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container" data-section="section-above-header-builder">
<div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
<div class="site-header-above-section-left site-header-section ast-flex site-header-section-left">
<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-html-1" data-section="section-hb-html-1">
<div class="ast-header-html inner-link-style-"><div class="ast-builder-html-element"><p>ମଙ୍ଗଳବାର, ସେପ୍ଟେମ୍ବର 16, 2025 | ଭୁବନେଶ୍ୱର 31°C</p></div></div></div></div>
<div class="site-header-above-section-right site-header-section ast-flex ast-grid-right-section">
<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="section-hb-social-icons-1">
<div class="ast-header-social-1-wrap ast-header-social-wrap"><div class="header-social-inner-wrap element-social-inner-wrap social-show-label-false ast-social-color-type-custom ast-social-stack-none ast-social-element-style-filled"><a href="https://www.facebook.example/samachardarpan" aria-label="Facebook" target="_blank" rel="noopener noreferrer" class="ast-builder-social-element ast-inline-flex ast-facebook header-social-item"><span aria-hidden="true" class="ahfb-svg-iconset ast-inline-flex svg-baseline"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 448 512"><path d="M400 32H48z"></path></svg></span></a><a href="https://www.youtube.example/@samachardarpan" aria-label="YouTube" target="_blank" rel="noopener noreferrer" class="ast-builder-social-element ast-inline-flex ast-youtube header-social-item"><span aria-hidden="true" class="ahfb-svg-iconset ast-inline-flex svg-baseline"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 576 512"><path d="M549 124z"></path></svg></span></a></div></div></div>
<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-button-1" data-section="section-hb-button-1"><div class="ast-builder-button-wrap ast-button-size-"><a class="ast-custom-button-link" href="{site}/e-paper/" target="_self" role="button" aria-label="ଇ-ପେପର"><div class="ast-custom-button">ଇ-ପେପର</div></a></div></div>
</div></div></div></div></div>
<div class="ast-main-header-wrap main-header-bar-wrap">
<div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container" data-section="section-primary-header-builder">
<div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left">
<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline">
<div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"><span class="site-logo-img"><a href="{site}/" class="custom-logo-link" rel="home"><img width="240" height="60" src="{site}/wp-content/uploads/2024/02/samachar-darpan-logo.png" class="custom-logo" alt="ସମାଚାର ଦର୍ପଣ" decoding="async" /></a></span><div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="{site}/" rel="home" itemprop="url">ସମାଚାର ଦର୍ପଣ</a></span><p class="site-description" itemprop="description">ଗାଁ ଗହଳିର ସତ ଖବର</p></div></div>
</div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section">
<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1">
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation: ମୁଖ୍ୟ ମେନୁ" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile"><li id="menu-item-39" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home menu-item-39"><a href="{site}/" class="menu-link">ମୁଖ୍ୟ ପୃଷ୍ଠା</a></li>{menu}</ul></div></nav></div></div></div>
<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-search" data-section="section-header-search">
<div class="ast-search-menu-icon slide-search"><form role="search" method="get" class="search-form" action="{site}/"><label for="search-field"><span class="screen-reader-text">Search for:</span><input type="search" id="search-field" class="search-field" placeholder="ଖୋଜନ୍ତୁ..." value="" name="s" tabindex="-1"><button class="search-submit ast-search-submit" aria-label="Search Submit"><span hidden>Search</span><i><span class="ast-icon icon-search"></span></i></button></label></form><div class="ast-search-icon"><a class="slide-search astra-search-icon" aria-label="Search icon link" href="#"><span class="screen-reader-text">Search</span><span class="ast-icon icon-search"></span></a></div></div></div>
</div></div></div></div></div>
</div>
<div id="ast-mobile-header" class="ast-mobile-header-wrap" data-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-primary-header-wrap site-header-focus-item ast-builder-grid-row-layout-default ast-builder-grid-row-tablet-layout-default ast-builder-grid-row-mobile-layout-default" data-section="section-primary-header-builder"><div class="ast-builder-grid-row"><div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="section-header-mobile-trigger"><div class="ast-button-wrap"><button type="button" class="menu-toggle main-header-menu-toggle ast-mobile-menu-trigger-minimal" aria-expanded="false"><span class="screen-reader-text">Main Menu</span><span class="mobile-menu-toggle-icon"><span aria-hidden="true" class="ahfb-svg-iconset ast-inline-flex svg-baseline"><svg class="ast-mobile-svg ast-menu-svg" fill="currentColor" version="1.1" xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><path d="M3 13h18z"></path></svg></span></span></button></div></div></div></div></div></div></div>
</header>
<div id="content" class="site-content">
<div class="ast-container">
<div id="primary" class="content-area primary">
<div class="ast-breadcrumbs-wrapper"><div class="ast-breadcrumbs-inner"><nav role="navigation" aria-label="Breadcrumbs" class="breadcrumb-trail breadcrumbs"><div class="ast-breadcrumbs"><ul class="trail-items"><li class="trail-item trail-begin"><a href="{site}/" rel="home"><span>ମୁଖ୍ୟ ପୃଷ୍ଠା</span></a></li><li class="trail-item"><a href="{site}/category/krushi/"><span>କୃଷି</span></a></li><li class="trail-item trail-end"><span><span>{e(art["title"])}</span></span></li></ul></div></nav></div></div>
<main id="main" class="site-main">
<article class="post-22405 post type-post status-publish format-standard has-post-thumbnail hentry category-krushi category-jilla tag-cold-storage tag-kusumpada ast-article-single" id="post-22405" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- single-layout-1">
<header class="entry-header">
<div class="post-thumb-img-content post-thumb"><img width="1200" height="675" src="{site}/wp-content/uploads/2025/09/kusumpada-cold-storage.jpg" class="attachment-large size-large wp-post-image" alt="" itemprop="image" decoding="async" fetchpriority="high" /><p class="ast-featured-img-caption">କୁସୁମପଦାର ନୂଆ ଶୀତଳ ଭଣ୍ଡାର। (ଫାଇଲ ଫଟୋ)</p></div>
<h1 class="entry-title" itemprop="headline">{e(art["title"])}</h1><div class="entry-meta"><span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author"><img alt="" src="https://secure.gravatar.example/avatar/ssm?s=30&amp;d=mm&amp;r=g" class="avatar avatar-30 photo" height="30" width="30" decoding="async"/><a title="View all posts by {e(art["author"])}" href="{site}/author/sudhanshu/" rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">{e(art["author"])}</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished">ସେପ୍ଟେମ୍ବର 16, 2025</span><span class="updated" itemprop="dateModified"> ଅପଡେଟ୍: ସେପ୍ଟେମ୍ବର 16, 2025</span></span> / <span class="ast-terms-link"><a href="{site}/category/krushi/">କୃଷି</a>, <a href="{site}/category/jilla/">ଜିଲ୍ଲା</a></span> / <span class="ast-reading-time">2 ମିନିଟ୍ ପଢ଼ା</span></div>
</header>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
<div class="wp-block-uagb-social-share uagb-social-share__outer-wrap uagb-social-share__layout-horizontal uagb-block-5a0e7b12">{share}</div>
{body}
</div>
<div class="entry-tags"><span class="ast-terms-link">ଟ୍ୟାଗ୍: <a href="{site}/tag/cold-storage/" rel="tag">ଶୀତଳ ଭଣ୍ଡାର</a>, <a href="{site}/tag/kusumpada/" rel="tag">କୁସୁମପଦା</a>, <a href="{site}/tag/chasi/" rel="tag">ଚାଷୀ</a></span></div>
</div>
<div class="ast-single-author-box" itemprop="author" itemscope itemtype="https://schema.org/Person"><div class="ast-author-meta"><div class="about-author-title-wrapper"><h3 class="about-author">ଲେଖକଙ୍କ ବିଷୟରେ</h3></div><div class="ast-author-details"><div class="post-author-avatar"><img alt="" src="https://secure.gravatar.example/avatar/ssm?s=100&amp;d=mm&amp;r=g" class="avatar avatar-100 photo" height="100" width="100" loading="lazy" decoding="async"/></div><div class="post-author-bio"><a class="url fn n" href="{site}/author/sudhanshu/" itemprop="url" rel="author"><h4 class="author-title" itemprop="name">{e(art["author"])}</h4></a><div class="post-author-desc"><p>ସୁଧାଂଶୁ ଶେଖର ମହାପାତ୍ର ଦଶ ବର୍ଷ ଧରି କୃଷି ଓ ଗ୍ରାମାଞ୍ଚଳ ବିକାଶ ଉପରେ ଲେଖୁଛନ୍ତି। ସେ କୁସୁମପଦାରୁ ରିପୋର୍ଟ କରନ୍ତି।</p></div></div></div></div></div>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a title="ବ୍ଲକ ଅଫିସରେ ଆଧାର ଶିବିର ଶନିବାର" href="{site}/2025/09/15/aadhar-shibira/" rel="prev"><span class="ast-left-arrow" aria-hidden="true">&larr;</span> ପୂର୍ବ ଖବର</a></div><div class="nav-next"><a title="ନୂଆ ବସ୍ ସେବା ଆରମ୍ଭ" href="{site}/2025/09/16/nua-bus-seva/" rel="next">ପର ଖବର <span class="ast-right-arrow" aria-hidden="true">&rarr;</span></a></div></div></nav>
<div class="ast-single-related-posts-container ast-container--fallback"><div class="ast-related-posts-title-section"><h2 class="ast-related-posts-title">ସମ୍ବନ୍ଧିତ ଖବର</h2></div><div class="ast-related-posts-wrapper">{related}</div></div>
<div id="comments" class="comments-area comment-form-position-below">
<div class="comments-count-wrapper"><h3 class="comments-title">&ldquo;{e(art["title"])}&rdquo; ଉପରେ 2 ଟି ମନ୍ତବ୍ୟ</h3></div>
<ol class="ast-comment-list">{comm}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">ମନ୍ତବ୍ୟ ଦିଅନ୍ତୁ <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">Cancel reply</a></small></h3><form action="{site}/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">ଆପଣଙ୍କ ଇମେଲ ଠିକଣା ପ୍ରକାଶିତ ହେବ ନାହିଁ।</span> <span class="required-field-message">ଆବଶ୍ୟକ କ୍ଷେତ୍ରଗୁଡ଼ିକ <span class="required">*</span> ଚିହ୍ନିତ</span></p><div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend><div class="comment-form-textarea ast-grid-common-col"><label for="comment" class="screen-reader-text">ଏଠାରେ ଲେଖନ୍ତୁ...</label><textarea id="comment" name="comment" placeholder="ଏଠାରେ ଲେଖନ୍ତୁ..." cols="45" rows="8" aria-required="true"></textarea></div></fieldset></div><div class="ast-comment-formwrap ast-row"><p class="comment-form-author ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float"><label for="author" class="screen-reader-text">ନାମ*</label><input id="author" name="author" type="text" value="" placeholder="ନାମ*" size="30" aria-required="true" autocomplete="name" /></p><p class="comment-form-email ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float"><label for="email" class="screen-reader-text">ଇମେଲ*</label><input id="email" name="email" type="text" value="" placeholder="ଇମେଲ*" size="30" aria-required="true" autocomplete="email" /></p></div><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="ମନ୍ତବ୍ୟ ପଠାନ୍ତୁ &raquo;" /> <input type="hidden" name="comment_post_ID" value="22405" id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p></form></div>
</div>
</main>
</div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<aside id="sdarp_ad_widget-2" class="widget sdarp-widget"><div class="sdarp-adlabel">ବିଜ୍ଞାପନ</div><a href="https://odisha-gramya-bank.example/" rel="noopener sponsored" target="_blank"><img src="{site}/wp-content/uploads/2025/08/bank-300x250.jpg" alt="" width="300" height="250" /></a></aside>
<aside id="block-5" class="widget widget_block"><h2 class="wp-block-heading">ସଦ୍ୟତମ ଖବର</h2><ul class="wp-block-latest-posts__list has-dates wp-block-latest-posts">{popular}</ul></aside>
<aside id="block-7" class="widget widget_block"><div class="wp-block-uagb-forms uagb-forms__outer-wrap uagb-block-9c3d2e61"><form class="uagb-forms-main-form" method="post" autocomplete="on" name="uagb-form-9c3d2e61"><p class="uagb-forms-input-label">ନ୍ୟୁଜଲେଟର</p><p>ପ୍ରତି ରବିବାର ସପ୍ତାହର ମୁଖ୍ୟ କୃଷି ଖବର ଆପଣଙ୍କ ଇମେଲକୁ ପଠାଯିବ।</p><input type="email" class="uagb-forms-email-input" placeholder="ଆପଣଙ୍କ ଇମେଲ" required><div class="uagb-forms-main-submit-button-wrap wp-block-button"><button class="uagb-forms-main-submit-button wp-block-button__link"><div class="uagb-forms-main-submit-button-text">ସବସ୍କ୍ରାଇବ୍</div></button></div></form><div class="uagb-forms-success-message-9c3d2e61 uagb-forms-submit-message-hide"><span>ଧନ୍ୟବାଦ! ଆପଣ ସଫଳତାର ସହ ସବସ୍କ୍ରାଇବ୍ କରିଛନ୍ତି।</span></div></div></aside>
</div></div>
</div>
</div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon">
<div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-3-equal ast-builder-grid-row-tablet-3-equal ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-primary-footer-builder"><div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-primary-footer-inner-wrap ast-builder-grid-row">
<div class="site-footer-primary-section-1 site-footer-section site-footer-section-1"><aside class="footer-widget-area widget-area site-footer-focus-item footer-widget-area-inner" data-section="sidebar-widgets-footer-widget-1" aria-label="Footer Widget 1"><section id="block-9" class="widget widget_block widget_text"><p>ସମାଚାର ଦର୍ପଣ ପଶ୍ଚିମ ଓଡ଼ିଶାର ଗାଁ, ଚାଷ ଓ ସ୍ଥାନୀୟ ପ୍ରଶାସନ ଖବର ଉପରେ ଧ୍ୟାନ ଦେଉଥିବା ଏକ ସ୍ୱାଧୀନ ଡିଜିଟାଲ ଖବରକାଗଜ।</p></section></aside></div>
<div class="site-footer-primary-section-2 site-footer-section site-footer-section-2"><div class="footer-widget-area widget-area site-footer-focus-item" data-section="section-footer-menu"><div class="footer-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility footer-navigation" id="footer-site-navigation" aria-label="Site Navigation: ଫୁଟର" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="footer-nav-wrap"><ul id="astra-footer-menu" class="ast-nav-menu ast-flex astra-footer-horizontal-menu astra-footer-tablet-vertical-menu astra-footer-mobile-vertical-menu">{lis(["ଆମ ବିଷୟରେ", "ଯୋଗାଯୋଗ", "ବିଜ୍ଞାପନ ଦିଅନ୍ତୁ", "ଗୋପନୀୟତା ନୀତି"], '<li class="menu-item"><a href="#" class="menu-link">{}</a></li>')}</ul></div></nav></div></div></div>
</div></div></div>
<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-below-footer-builder"><div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row"><div class="site-footer-below-section-1 site-footer-section site-footer-section-1"><div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder"><div class="ast-footer-copyright"><p>Copyright &copy; 2025 ସମାଚାର ଦର୍ପଣ | Powered by <a href="https://wpastra.com" rel="nofollow noopener" target="_blank">Astra WordPress Theme</a></p></div></div></div></div></div></div>
</footer>
</div>
<div id="ast-scroll-top" tabindex="0" class="ast-scroll-top-icon ast-scroll-to-top-right" data-on-devices="both"><span class="ast-icon icon-arrow"><svg class="ast-arrow-svg" xmlns="http://www.w3.org/2000/svg" width="26px" height="16.043px" viewBox="57 35.171 26 16.043"><path d="M57.5,38.193l12.5,12.5l12.5-12.5l-2.5-2.5l-10,10l-10-10L57.5,38.193z"></path></svg></span><span class="screen-reader-text">Scroll to Top</span></div>
<script id="astra-theme-js-js-extra">var astra = {{"break_point":"921","isRtl":"","is_scroll_to_id":"","is_scroll_to_top":"1","is_header_footer_builder_active":"1","responsive_cart_click":"flyout"}};</script>
<script src="{site}/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.8.3" id="astra-theme-js-js"></script>
<script src="{site}/wp-content/plugins/ultimate-addons-for-gutenberg/assets/js/forms.min.js?ver=2.16.1" id="uagb-forms-js-js"></script>
<script>/(trident|msie)/i.test(navigator.userAgent)&&document.getElementById&&window.addEventListener&&window.addEventListener("hashchange",function(){{var t,e=location.hash.substring(1);/^[A-z0-9_-]+$/.test(e)&&(t=document.getElementById(e))&&(/^(?:a|select|input|button|textarea)$/i.test(t.tagName)||(t.tabIndex=-1),t.focus())}},!1);</script>
</body>
</html>
"""


def lao(art):
    """Joomla 3 with a Gantry 5 template (Helium-like), Komento comments."""
    site = "https://www.phouhinkaewnews.example"
    path = "/index.php/khao-thongthin/1487-khua-houay-xay"
    url = site + path
    ps = art["paragraphs"]

    def block(i):
        p = ps[i]
        if p.startswith("## "):
            return f"<h3>{e(p[3:])}</h3>"
        return f'<p style="text-align: justify;">{e(p)}</p>'

    banner = """<div class="moduletable ">
<div class="bannergroup">
<div class="banneritem">
<p class="banner-label" style="font-size: 10px; color: #999; text-align: center;">ໂຄສະນາ</p>
<a href="/index.php/component/banners/click/7" target="_blank" rel="noopener noreferrer" title="ທະນາຄານພັດທະນາຊົນນະບົດ"><img src="/images/banners/tanakhan-728x90.jpg" alt="ທະນາຄານພັດທະນາຊົນນະບົດ" width="728" height="90" /></a>
<div class="clr"></div>
</div>
</div>
</div>"""
    photo = '<p style="text-align: center;"><img src="/images/2025/09/khua-houay-xay-2.jpg" alt="ຂົວຂ້າມຫ້ວຍຊາຍ" width="700" height="466" /><br /><em><span style="font-size: 10pt; color: #808080;">ນັກຮຽນຍ່າງຂ້າມຂົວໃໝ່ໃນມື້ເປີດນຳໃຊ້. ພາບ: ສຸກສະຫວັນ</span></em></p>'
    read_more = f'<p><strong>ອ່ານຕື່ມ: </strong><a href="{site}/index.php/khao-thongthin/1452-thang-pu-yang">ທາງປູຢາງເຂົ້າບ້ານໂພນສະຫວ່າງ ສຳເລັດ 70 ສ່ວນຮ້ອຍ</a></p>'
    body = "\n".join(
        [
            f'<p style="text-align: justify;"><strong>{e(ps[0])}</strong></p>',
            block(1),
            photo,
            block(2),
            block(3),
            "<p>&nbsp;</p>",
            block(4),
            banner,
            block(5),
            read_more,
            block(6),
            block(7),
            f'<p style="text-align: justify;"><em>{e(ps[8])}</em></p>',
        ]
    )
    menu = "".join(
        f'<li class="g-menu-item g-menu-item-type-component g-menu-item-{101 + i} {"active " if t == "ຂ່າວທ້ອງຖິ່ນ" else ""}g-standard"><a class="g-menu-item-container" href="/index.php/{h}"><span class="g-menu-item-content"><span class="g-menu-item-title">{t}</span></span></a></li>'
        for i, (h, t) in enumerate(
            [
                ("", "ໜ້າຫຼັກ"),
                ("khao-thongthin", "ຂ່າວທ້ອງຖິ່ນ"),
                ("setthakit", "ເສດຖະກິດ"),
                ("kasikam", "ກະສິກຳ"),
                ("sukhaphab", "ສຸຂະພາບ"),
                ("kila", "ກິລາ"),
                ("tittor", "ຕິດຕໍ່"),
            ]
        )
    )
    latest = "".join(
        f'<div class="newsflash-item"><h4 class="newsflash-title"><a href="{site}/index.php/khao-thongthin/{n}">{e(t)}</a></h4><p>{e(x)}</p><a class="readmore" href="{site}/index.php/khao-thongthin/{n}">ອ່ານຕໍ່: {e(t)}</a></div>'
        for n, t, x in [
            (
                "1481-talad-sao",
                "ຕະຫຼາດເຊົ້າເມືອງພູຫີນແກ້ວ ປັບປຸງຫຼັງຄາໃໝ່",
                "ພໍ່ຄ້າແມ່ຂາຍຫຼາຍກວ່າ 200 ຄົນຈະບໍ່ຕ້ອງຫຼົບຝົນອີກຕໍ່ໄປ ຫຼັງຈາກການປັບປຸງສຳເລັດໃນເດືອນນີ້.",
            ),
            (
                "1476-hongmo-som",
                "ໂຮງໝໍເມືອງໄດ້ຮັບເຄື່ອງເອັກສະເຣໃໝ່",
                "ເຄື່ອງດັ່ງກ່າວຈະຊ່ວຍໃຫ້ຄົນເຈັບບໍ່ຕ້ອງເດີນທາງໄປກວດຢູ່ແຂວງອີກ.",
            ),
        ]
    )
    comments = "".join(
        f'<li class="kt-comment-item kt-comment--depth-1" data-kt-comment-item data-id="{i}" data-parentid="0" data-depth="0"><div class="kt-comment-content"><div class="kt-comment-content__hd"><div class="kt-avatar"><img src="/components/com_komento/themes/wireframe/images/placeholder-avatar.png" alt="{e(n)}" width="40" height="40" /></div><div class="kt-comment-content__hd-meta"><a class="kt-comment-content__author" href="javascript:void(0);">{e(n)}</a><time class="kt-comment-content__date" datetime="{dt}">{d}</time></div></div><div class="kt-comment-message" data-kt-comment-content>{e(t)}</div><div class="kt-comment-content__ft"><a class="kt-comment-like-btn" href="javascript:void(0);" data-kt-likes-action><i class="fdi fa fa-thumbs-up"></i> {lk}</a><a href="javascript:void(0);" class="kt-reply-btn" data-kt-reply>ຕອບກັບ</a><a href="javascript:void(0);" data-kt-report>ລາຍງານ</a></div></div></li>'
        for i, n, dt, d, t, lk in [
            (
                3301,
                "ບຸນທອງ",
                "2025-09-13 08:20:00",
                "13 ກັນຍາ 2025",
                "ຂອບໃຈອົງການປົກຄອງເມືອງ ແລະ ຊາວບ້ານທຸກຄົນ. ລູກຂອງຂ້ອຍຈະໄດ້ໄປໂຮງຮຽນຢ່າງປອດໄພ.",
                12,
            ),
            (
                3307,
                "ນ້ອຍ ພູວົງ",
                "2025-09-13 10:45:00",
                "13 ກັນຍາ 2025",
                "ບ້ານພວກເຮົາຢູ່ຫ້ວຍດຽວກັນທາງເທິງ ກໍຢາກມີຂົວແບບນີ້ຄືກັນ.",
                4,
            ),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="lo-la" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta charset="utf-8" />
<base href="{url}" />
<meta name="keywords" content="ຂົວ, ຫ້ວຍຊາຍ, ນາຄຳໃຕ້, ພູຫີນແກ້ວ" />
<meta name="author" content="{e(art["author"])}" />
<meta name="description" content="{e(ps[0][:120])}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{e(art["title"])} - ຂ່າວພູຫີນແກ້ວ</title>
<link href="/templates/g5_helium/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/media/gantry5/engines/nucleus/css-compiled/nucleus.css" rel="stylesheet" />
<link href="/templates/g5_helium/custom/css-compiled/helium_12.css" rel="stylesheet" />
<link href="/media/gantry5/assets/css/bootstrap-gantry.css" rel="stylesheet" />
<link href="/media/gantry5/engines/nucleus/css-compiled/joomla.css" rel="stylesheet" />
<link href="/media/jui/css/icomoon.css" rel="stylesheet" />
<link href="/media/gantry5/assets/css/font-awesome.min.css" rel="stylesheet" />
<link href="/templates/g5_helium/custom/css-compiled/custom_12.css" rel="stylesheet" />
<link href="/media/com_komento/themes/wireframe/css/style.min.css" rel="stylesheet" />
<script type="application/json" class="joomla-script-options new">{{"csrf.token":"5f2c9ae81b3d4f6a7e0c1d2b3a4f5e6d","system.paths":{{"root":"","base":""}}}}</script>
<script src="/media/jui/js/jquery.min.js?3b1d7c"></script>
<script src="/media/jui/js/jquery-noconflict.js?3b1d7c"></script>
<script src="/media/jui/js/jquery-migrate.min.js?3b1d7c"></script>
<script src="/media/system/js/caption.js?3b1d7c"></script>
<script src="/media/jui/js/bootstrap.min.js?3b1d7c"></script>
<script>jQuery(window).on('load',  function() {{ new JCaption('img.caption'); }});</script>
<meta property="og:title" content="{e(art["title"])}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:image" content="{site}/images/2025/09/khua-houay-xay.jpg" />
</head>
<body class="gantry site com_content view-article no-layout no-task dir-ltr itemid-102 outline-12 g-offcanvas-left g-default g-style-preset1">
<div id="g-offcanvas" data-g-offcanvas-swipe="1" data-g-offcanvas-css3="1">
<div class="g-grid"><div class="g-block size-100"><div id="mobile-menu-5697-particle" class="g-content g-particle"><div id="g-mobilemenu-container" data-g-menu-breakpoint="48rem"></div></div></div></div>
</div>
<div id="g-page-surround">
<div class="g-offcanvas-hide g-offcanvas-toggle" role="navigation" data-offcanvas-toggle aria-controls="g-offcanvas" aria-expanded="false"><i class="fa fa-fw fa-bars"></i></div>
<section id="g-top">
<div class="g-container"><div class="g-grid">
<div class="g-block size-60"><div class="g-content"><div class="platform-content"><div class="moduletable "><div class="custom"><p>ວັນເສົາ, 13 ກັນຍາ 2025 &nbsp;|&nbsp; ພູຫີນແກ້ວ 29°C ມີຝົນຕົກບາງບ່ອນ</p></div></div></div></div></div>
<div class="g-block size-40"><div id="social-3092-particle" class="g-content g-particle"><div class="g-social"><a href="https://www.facebook.example/phouhinkaewnews" target="_blank" rel="noopener noreferrer" title="Facebook" aria-label="Facebook"><span class="fa fa-facebook-square fa-fw"></span> <span class="g-social-text">Facebook</span></a><a href="https://www.youtube.example/@phouhinkaewnews" target="_blank" rel="noopener noreferrer" title="YouTube" aria-label="YouTube"><span class="fa fa-youtube fa-fw"></span> <span class="g-social-text">YouTube</span></a></div></div></div>
</div></div>
</section>
<header id="g-header">
<div class="g-container"><div class="g-grid">
<div class="g-block size-30"><div id="logo-9608-particle" class="g-content g-particle"><a href="/" target="_self" title="ຂ່າວພູຫີນແກ້ວ" aria-label="ຂ່າວພູຫີນແກ້ວ" rel="home" class="g-logo"><img src="/templates/g5_helium/custom/images/phouhinkaew-logo.png" alt="ຂ່າວພູຫີນແກ້ວ" /></a></div></div>
<div class="g-block size-70"><div id="menu-6409-particle" class="g-content g-particle"><nav class="g-main-nav" data-g-hover-expand="true"><ul class="g-toplevel">{menu}</ul></nav></div></div>
</div></div>
</header>
<section id="g-navigation">
<div class="g-container"><div class="g-grid"><div class="g-block size-100"><div class="g-content"><div class="platform-content"><div class="moduletable "><div class="search"><form action="/index.php/khao-thongthin" method="post" class="form-inline" role="search"><label for="mod-search-searchword93" class="element-invisible">ຄົ້ນຫາ</label> <input name="searchword" id="mod-search-searchword93" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="ຄົ້ນຫາ..." /><input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="102" /></form></div></div></div></div></div></div></div>
</section>
<section id="g-breadcrumb">
<div class="g-container"><div class="g-grid"><div class="g-block size-100"><div class="g-content"><div class="platform-content"><div class="moduletable "><div aria-label="Breadcrumbs" role="navigation"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>ທ່ານຢູ່ທີ່: &#160;</li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/" class="pathway"><span itemprop="name">ໜ້າຫຼັກ</span></a><span class="divider"><img src="/media/system/images/arrow.png" alt="" /></span><meta itemprop="position" content="1"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php/khao-thongthin" class="pathway"><span itemprop="name">ຂ່າວທ້ອງຖິ່ນ</span></a><span class="divider"><img src="/media/system/images/arrow.png" alt="" /></span><meta itemprop="position" content="2"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active"><span itemprop="name">{e(art["title"])}</span><meta itemprop="position" content="3"></li></ul></div></div></div></div></div></div></div>
</section>
<main id="g-main">
<div class="g-container"><div class="g-grid">
<div class="g-block size-70">
<div class="g-content">
<div class="platform-content row-fluid"><div class="span12">
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="lo-LA" />
<div class="page-header">
<h2 itemprop="headline">{e(art["title"])}</h2>
</div>
<div class="icons">
<div class="btn-group pull-right">
<button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-1487" aria-label="ເຄື່ອງມືຜູ້ໃຊ້" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false"><span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button>
<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-1487">
<li class="print-icon"><a href="{path}?tmpl=component&amp;print=1&amp;layout=default" title="ພິມບົດຄວາມ &lt; {e(art["title"])} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span>ພິມ</a></li>
<li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component&amp;template=g5_helium&amp;link=8b2f0c" title="ສົ່ງອີເມວຫາໝູ່" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span>ອີເມວ</a></li>
</ul>
</div>
</div>
<dl class="article-info muted">
<dt class="article-info-term">ລາຍລະອຽດ</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">ຂຽນໂດຍ <span itemprop="name">{e(art["author"])}</span></dd>
<dd class="category-name">ໝວດ: <a href="/index.php/khao-thongthin" itemprop="genre">ຂ່າວທ້ອງຖິ່ນ</a></dd>
<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="2025-09-13T07:30:00+07:00" itemprop="datePublished">ເຜີຍແຜ່: 13 ກັນຍາ 2025</time></dd>
<dd class="modified"><span class="icon-calendar" aria-hidden="true"></span><time datetime="2025-09-13T15:12:00+07:00" itemprop="dateModified">ປັບປຸງຄັ້ງຫຼ້າສຸດ: 13 ກັນຍາ 2025</time></dd>
<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:2164" />ເບິ່ງ: 2164</dd>
</dl>
<div class="pull-none item-image"><img src="/images/2025/09/khua-houay-xay.jpg" alt="ຂົວຂ້າມຫ້ວຍຊາຍ ບ້ານນາຄຳໃຕ້" itemprop="image"/></div>
<div itemprop="articleBody">
{body}
</div>
<div class="sharethis-inline-share-buttons st-center st-has-labels st-inline-share-buttons st-animated" id="st-1"><div class="st-btn st-first" data-network="facebook"><img alt="facebook sharing button" src="https://platform-cdn.sharethis.example/img/facebook.svg"><span class="st-label">ແບ່ງປັນ</span></div><div class="st-btn" data-network="whatsapp"><img alt="whatsapp sharing button" src="https://platform-cdn.sharethis.example/img/whatsapp.svg"><span class="st-label">WhatsApp</span></div><div class="st-btn st-last" data-network="line"><img alt="line sharing button" src="https://platform-cdn.sharethis.example/img/line.svg"><span class="st-label">LINE</span></div></div>
<ul class="tags inline"><li class="tag-11 tag-list0" itemprop="keywords"><a href="/index.php/component/tags/tag/khua" class="label label-info">ຂົວ</a></li><li class="tag-14 tag-list1" itemprop="keywords"><a href="/index.php/component/tags/tag/hongrian" class="label label-info">ໂຮງຮຽນ</a></li><li class="tag-20 tag-list2" itemprop="keywords"><a href="/index.php/component/tags/tag/phouhinkaew" class="label label-info">ພູຫີນແກ້ວ</a></li></ul>
<ul class="pager pagenav">
<li class="previous"><a class="hasTooltip" title="ຕະຫຼາດເຊົ້າເມືອງພູຫີນແກ້ວ ປັບປຸງຫຼັງຄາໃໝ່" aria-label="ບົດຄວາມກ່ອນໜ້າ: ຕະຫຼາດເຊົ້າເມືອງພູຫີນແກ້ວ ປັບປຸງຫຼັງຄາໃໝ່" href="/index.php/khao-thongthin/1481-talad-sao" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ກ່ອນໜ້າ</span></a></li>
<li class="next"><a class="hasTooltip" title="ງານບຸນຊ່ວງເຮືອປີນີ້ຈະຈັດຂຶ້ນວັນທີ 5 ຕຸລາ" aria-label="ບົດຄວາມຕໍ່ໄປ: ງານບຸນຊ່ວງເຮືອປີນີ້ຈະຈັດຂຶ້ນວັນທີ 5 ຕຸລາ" href="/index.php/khao-thongthin/1490-boun-suang-heua" rel="next"><span aria-hidden="true">ຕໍ່ໄປ</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>
</ul>
</div>
<div id="fd" class="kt kt-frontend si-theme--light" data-kt-structure="7f3a21">
<div class="kt-comments-container" data-kt-comments-container>
<div class="kt-title-bar"><h3 class="kt-title-bar__title">ຄຳເຫັນ <span class="kt-title-bar__count" data-kt-counter>2</span></h3><div class="kt-title-bar__action"><a href="javascript:void(0);" class="kt-subscribe" data-kt-subscribe><i class="fdi fa fa-rss"></i> ຕິດຕາມ</a></div></div>
<ul class="kt-comments g-list-unstyled" data-kt-comments>{comments}</ul>
</div>
<div class="kt-form-section" data-kt-form-section><h3 class="kt-form-title">ສະແດງຄຳເຫັນ</h3><div class="kt-form-login">ກະລຸນາ <a href="/index.php/component/users/?view=login">ເຂົ້າສູ່ລະບົບ</a> ເພື່ອສະແດງຄຳເຫັນ. ຄຳເຫັນຈະຖືກກວດກາກ່ອນເຜີຍແຜ່.</div></div>
</div>
</div></div>
</div>
</div>
<div class="g-block size-30">
<aside id="g-aside"><div class="g-content">
<div class="platform-content"><div class="moduletable "><h3 class="g-title">ຂ່າວລ່າສຸດ</h3><div class="newsflash">{latest}</div></div></div>
<div class="platform-content"><div class="moduletable "><div class="bannergroup"><div class="banneritem"><a href="/index.php/component/banners/click/9" target="_blank" rel="noopener noreferrer" title="ຮ້ານວັດສະດຸກໍ່ສ້າງ"><img src="/images/banners/wasadu-300x250.jpg" alt="ຮ້ານວັດສະດຸກໍ່ສ້າງ" width="300" height="250" /></a><div class="clr"></div></div></div></div></div>
<div class="platform-content"><div class="moduletable "><h3 class="g-title">ຂ່າວທີ່ກ່ຽວຂ້ອງ</h3><ul class="relateditems mod-list"><li><a href="/index.php/khao-thongthin/1452-thang-pu-yang">ທາງປູຢາງເຂົ້າບ້ານໂພນສະຫວ່າງ ສຳເລັດ 70 ສ່ວນຮ້ອຍ</a></li><li><a href="/index.php/khao-thongthin/1433-nam-thouam">ນ້ຳຖ້ວມສາມບ້ານໃນເມືອງພູຫີນແກ້ວ</a></li></ul></div></div>
</div></aside>
</div>
</div></div>
</main>
<footer id="g-footer">
<div class="g-container"><div class="g-grid">
<div class="g-block size-50"><div class="g-content"><div class="platform-content"><div class="moduletable "><div class="custom"><p>ຂ່າວພູຫີນແກ້ວ ເປັນສື່ອອນລາຍທ້ອງຖິ່ນທີ່ລາຍງານຂ່າວສານຂອງເມືອງພູຫີນແກ້ວ ແລະ ບັນດາເມືອງໃກ້ຄຽງ. ຕິດຕໍ່ກອງບັນນາທິການ: 020 5555 0187</p></div></div></div></div></div>
<div class="g-block size-50"><div id="branding-8297-particle" class="g-content g-particle"><div class="g-branding branding">© 2025 ຂ່າວພູຫີນແກ້ວ. ສະຫງວນລິຂະສິດ. Powered by <a href="http://www.gantry.org/" title="Gantry Framework" class="g-powered-by">Gantry Framework</a></div></div></div>
</div></div>
</footer>
<section id="g-copyright"><div class="g-container"><div class="g-grid"><div class="g-block size-100"><div id="totop-1421-particle" class="g-content g-particle"><div class="totop g-particle"><div class="g-totop"><a href="#" id="g-totop" rel="nofollow" title="ກັບຂຶ້ນເທິງ" aria-label="ກັບຂຶ້ນເທິງ">ກັບຂຶ້ນເທິງ <i class="fa fa-chevron-up fa-fw"></i></a></div></div></div></div></div></div></section>
</div>
<script type="text/javascript" src="/media/gantry5/assets/js/main.js"></script>
<script src="/media/com_komento/scripts/site-3.1.5.min.js"></script>
<script type='text/javascript' src='https://platform-api.sharethis.example/js/sharethis.js#property=64f1c2a&product=inline-share-buttons' async='async'></script>
</body>
</html>
"""


def sorani(art):
    """.NET 8 Blazor Web App: static SSR with interactive server components."""
    site = "https://hawarnews.example"
    path = "/ckb/news/2025/10/05/heli-pasi-gishti-bashur"
    url = site + path
    ps = art["paragraphs"]
    lay = "b-q8n3z5v1xk"
    nav = "b-7wr2m0hd4c"
    pg = "b-e5t9c1a6yo"
    ft = "b-j3f0p7s2lu"

    def md(i, j):
        out = []
        for p in ps[i:j]:
            if p.startswith("## "):
                out.append(f"<h2>{e(p[3:])}</h2>")
            elif p.startswith("نوێکاری:"):
                out.append(
                    f'<p class="note"><strong>نوێکاری:</strong>{e(p[len("نوێکاری:") :])}</p>'
                )
            else:
                out.append(f"<p>{e(p)}</p>")
        return "".join(out)

    def marker(pid, seq):
        return (
            '<!--Blazor:{"type":"server","prerenderId":"'
            + pid
            + '","key":{"locationHash":"9F3C1B0A4E2D7C65B8A1F0E3D2C4B6A8:'
            + str(seq)
            + '","formattedComponentKey":""},"sequence":'
            + str(seq)
            + ',"descriptor":"CfDJ8Mq1x0Zp2Kc5rR3vQf7hT9uYwLk4sN6aBdE1gHjV0oPcXzWmF8yI2tUe5"}-->'
        )

    def end(pid):
        return '<!--Blazor:{"prerenderId":"' + pid + '"}-->'

    share = f"""{marker("c1e7a0d4f2b94e68", 0)}<div class="share-bar" b-m1c6q9r3za><span b-m1c6q9r3za>هاوبەشی بکە:</span><a class="share fb" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener" b-m1c6q9r3za>فەیسبووک</a><a class="share tg" href="https://t.me/share/url?url={url}" target="_blank" rel="noopener" b-m1c6q9r3za>تێلێگرام</a><a class="share wa" href="https://wa.me/?text={url}" target="_blank" rel="noopener" b-m1c6q9r3za>واتسئاپ</a><button class="share copy" b-m1c6q9r3za>کۆپیکردنی بەستەر</button></div>{end("c1e7a0d4f2b94e68")}"""
    related = f"""<aside class="inline-related" {pg}><span class="inline-related__label" {pg}>بابەتی پەیوەندیدار</span><a href="/ckb/news/2025/09/21/taxi-nrx" class="inline-related__link" {pg}><img src="/media/2025/09/taxi-nrx-160.webp" alt="" loading="lazy" {pg} /><span {pg}><strong {pg}>شارەوانی نرخی تەکسی لە ناوەندی شار یەکدەخات</strong><span {pg}>بڕیارە لە مانگی داهاتووەوە هەموو تەکسییەکانی ناو شار پێوەری نرخیان تێدا دابنرێت.</span></span></a></aside>"""
    ad = f"""<div class="ad-slot ad-slot--inarticle" {pg}><span class="ad-slot__label" {pg}>ڕیکلام</span><div id="div-gpt-ad-hawar-inarticle-1" style="min-height:250px" {pg}></div></div>"""
    poll = f"""{marker("5ab0e39c7d1f4a22", 1)}<section class="poll" b-z4k8w1n6ds><h3 b-z4k8w1n6ds>ڕاپرسی</h3><p b-z4k8w1n6ds>ئایا بەکاری دەهێنیت هێڵی نوێی پاس؟</p><form method="post" action="{path}" data-enhance b-z4k8w1n6ds><input type="hidden" name="_handler" value="poll-118" /><input type="hidden" name="__RequestVerificationToken" value="CfDJ8Mq1x0Zp2Kc5rR3vQf7hT9tb6VZ0w1nYpQmE2sLk8dH3aUeIo4JrG7cXfB5" /><label b-z4k8w1n6ds><input type="radio" name="Poll.Choice" value="1" b-z4k8w1n6ds /> بەڵێ، ڕۆژانە (64%)</label><label b-z4k8w1n6ds><input type="radio" name="Poll.Choice" value="2" b-z4k8w1n6ds /> هەندێک جار (23%)</label><label b-z4k8w1n6ds><input type="radio" name="Poll.Choice" value="3" b-z4k8w1n6ds /> نەخێر (13%)</label><button type="submit" b-z4k8w1n6ds>دەنگدان</button></form><p class="poll__count" b-z4k8w1n6ds>٢١٨٤ دەنگ</p></section>{end("5ab0e39c7d1f4a22")}"""
    comments = "".join(
        f'<li class="comment" b-r6y2v8c0kh><div class="comment__head" b-r6y2v8c0kh><strong b-r6y2v8c0kh>{e(n)}</strong><time datetime="{dt}" b-r6y2v8c0kh>{d}</time></div><p class="comment__body" b-r6y2v8c0kh>{e(t)}</p><button class="comment__reply" b-r6y2v8c0kh>وەڵامدانەوە</button></li>'
        for n, dt, d, t in [
            (
                "دیلان ئەحمەد",
                "2025-10-05T11:20:00+03:00",
                "٢ کاتژمێر لەمەوبەر",
                "زۆر باشە، بەڵام پێویستە وێستگەکان سێبەریان هەبێت چونکە هاوین زۆر گەرمە.",
            ),
            (
                "کاروان جەلال",
                "2025-10-05T12:02:00+03:00",
                "١ کاتژمێر لەمەوبەر",
                "هیوادارم گەڕەکی شەهیدانیش لە هێڵی داهاتوودا بگیرێتەوە، ئێمەش هەمان کێشەمان هەیە.",
            ),
        ]
    )
    latest = "".join(
        f'<li {pg}><a href="/ckb/news/{h}" {pg}><time {pg}>{tm}</time><span {pg}>{e(t)}</span></a></li>'
        for h, tm, t in [
            ("2025/10/05/baran-seshemme", "١٣:٤٠", "کەشناسی: بارانی یەکەمی پاییز سێشەممە دەبارێت"),
            (
                "2025/10/05/nexoshxane-ber",
                "١٢:١٥",
                "نەخۆشخانەی منداڵان بەشی نوێی فریاکەوتن دەکاتەوە",
            ),
            (
                "2025/10/04/yane-football",
                "٢١:٠٥",
                "یانەی هەوارەسوور بە دوو گۆڵ یاریی کۆتایی بردەوە",
            ),
        ]
    )
    more = "".join(
        f'<article class="card" {pg}><a href="/ckb/news/{h}" {pg}><img src="/media/{img}" alt="" loading="lazy" {pg} /><h3 {pg}>{e(t)}</h3><p {pg}>{e(x)}</p></a></article>'
        for h, img, t, x in [
            (
                "2025/10/02/shaqami-nwe",
                "2025/10/shaqam-320.webp",
                "کارکردن لە شەقامی سەرەکیی باکوور دوو مانگی تر دەخایەنێت",
                "کۆمپانیای جێبەجێکار دەڵێت کەمیی کەرەستە هۆکاری دواکەوتنی پڕۆژەکەیە.",
            ),
            (
                "2025/09/28/park-gulan",
                "2025/09/park-320.webp",
                "باخچەیەکی گشتیی نوێ لە گەڕەکی نازناز دەکرێتەوە",
                "باخچەکە یاریگایەکی منداڵان و ڕێڕەوێکی پیاسەکردنی تێدایە و ڕۆژی هەینی دەکرێتەوە.",
            ),
        ]
    )
    schema = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": art["title"],
        "datePublished": "2025-10-05T09:30:00+03:00",
        "dateModified": "2025-10-05T14:05:00+03:00",
        "inLanguage": "ckb",
        "author": [{"@type": "Person", "name": art["author"]}],
        "publisher": {"@type": "NewsMediaOrganization", "name": "هەواڵنێری هەوار"},
    }
    return f"""<!DOCTYPE html>
<html lang="ckb" dir="rtl">

<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <base href="/" />
    <link rel="stylesheet" href="lib/bootstrap/dist/css/bootstrap.rtl.min.css" />
    <link rel="stylesheet" href="css/site.css?v=Xr0kq2cP" />
    <link rel="stylesheet" href="Hawar.Web.styles.css?v=4mTqZ1bE" />
    <link rel="icon" type="image/png" href="favicon.png" />
    <!--Blazor:{{"type":"server","prerenderId":"0d9a2f6b1c3e4a57","key":{{"locationHash":"77D12F14A8105320B1AAED6AE7E689DA0EC4483A:0","formattedComponentKey":""}},"sequence":2,"descriptor":"CfDJ8Mq1x0Zp2Kc5rR3vQf7hT9uYwLk4sN6aBdE1gHjV0oPcXzWmF8yI2tUeHead"}}--><title>{e(art["title"])} | هەوار</title>
<meta name="description" content="{e(ps[0][:150])}" />
<link rel="canonical" href="{url}" />
<meta property="og:title" content="{e(art["title"])}" />
<meta property="og:type" content="article" />
<meta property="og:locale" content="ckb_IQ" />
<meta property="article:published_time" content="2025-10-05T09:30:00+03:00" />
{ld(schema)}<!--Blazor:{{"prerenderId":"0d9a2f6b1c3e4a57"}}-->
</head>

<body>
    <div class="page" {lay}>
<header class="site-header" {lay}>
<div class="topbar" {lay}><span class="topbar__date" {lay}>یەکشەممە، ٥ی تشرینی یەکەمی ٢٠٢٥</span><nav class="topbar__langs" {lay}><a href="/ckb" class="active" {lay}>کوردی</a><a href="/kmr" {lay}>Kurmancî</a><a href="/ar" {lay}>العربية</a><a href="/en" {lay}>English</a></nav></div>
<div class="brand" {lay}><a href="/ckb" class="brand__logo" {lay}><img src="img/hawar-logo.svg" alt="هەوار" width="180" height="48" {lay} /></a><form action="/ckb/search" method="get" class="brand__search" role="search" {lay}><input type="search" name="q" placeholder="گەڕان..." aria-label="گەڕان" {lay} /><button type="submit" {lay}>گەڕان</button></form></div>
<nav class="main-nav" {nav}><ul class="nav" {nav}><li class="nav-item" {nav}><a href="/ckb" class="nav-link" {nav}>سەرەکی</a></li><li class="nav-item" {nav}><a href="/ckb/city" class="nav-link active" aria-current="page" {nav}>شار</a></li><li class="nav-item" {nav}><a href="/ckb/kurdistan" class="nav-link" {nav}>کوردستان</a></li><li class="nav-item" {nav}><a href="/ckb/economy" class="nav-link" {nav}>ئابووری</a></li><li class="nav-item" {nav}><a href="/ckb/health" class="nav-link" {nav}>تەندروستی</a></li><li class="nav-item" {nav}><a href="/ckb/sport" class="nav-link" {nav}>وەرزش</a></li><li class="nav-item" {nav}><a href="/ckb/video" class="nav-link" {nav}>ڤیدیۆ</a></li></ul></nav>
</header>
<main class="container" {lay}>
<div class="row" {lay}>
<div class="col-lg-8" {lay}>
<article class="news" {pg}>
<nav aria-label="breadcrumb" {pg}><ol class="breadcrumb" {pg}><li class="breadcrumb-item" {pg}><a href="/ckb" {pg}>سەرەکی</a></li><li class="breadcrumb-item" {pg}><a href="/ckb/city" {pg}>شار</a></li><li class="breadcrumb-item active" {pg}>گواستنەوە</li></ol></nav>
<span class="news__kicker" {pg}>گواستنەوە</span>
<h1 class="news__title" {pg}>{e(art["title"])}</h1>
<p class="news__lead" {pg}>{e(ps[0])}</p>
<div class="news__meta" {pg}><span class="news__author" {pg}>{e(art["author"])}</span><span class="news__sep" {pg}>·</span><time datetime="2025-10-05T09:30:00+03:00" {pg}>٥/١٠/٢٠٢٥ - ٠٩:٣٠</time><span class="news__sep" {pg}>·</span><span class="news__updated" {pg}>نوێکراوەتەوە: ١٤:٠٥</span></div>
{share}
<figure class="news__hero" {pg}><img src="/media/2025/10/pas-hawar-1280.webp" alt="" width="1280" height="720" {pg} /><figcaption {pg}>یەکێک لە پاسە نوێیەکان لە وێستگەی ناوەندی شار. وێنە: هەوار</figcaption></figure>
<div class="news__body" {pg}>{md(1, 6)}</div>
{related}
{ad}
{poll}
<div class="news__body" {pg}>{md(6, 11)}</div>
<div class="news__tags" {pg}><span {pg}>تاگەکان:</span><a href="/ckb/tag/pas" {pg}>پاس</a><a href="/ckb/tag/sharawani" {pg}>شارەوانی</a><a href="/ckb/tag/gwastnawa" {pg}>گواستنەوە</a></div>
<div class="news__channel" {pg}><p {pg}>بۆ وەرگرتنی هەواڵی خێرا، بەشداری کەناڵی تێلێگرامی هەوار بکە.</p><a href="https://t.me/hawarnews" class="btn btn-primary" {pg}>بەشداربوون</a></div>
</article>
{marker("9e2b4c70a1d84f13", 3)}<section class="comments" b-r6y2v8c0kh><h2 b-r6y2v8c0kh>بۆچوونەکان (٢)</h2><p class="comments__rules" b-r6y2v8c0kh>بۆچوونەکان پێش بڵاوکردنەوە پێداچوونەوەیان بۆ دەکرێت. تکایە ڕێز لە کەسانی تر بگرە.</p><ul class="comments__list" b-r6y2v8c0kh>{comments}</ul><form method="post" action="{path}" data-enhance b-r6y2v8c0kh><input type="hidden" name="_handler" value="comment-form" /><input type="hidden" name="__RequestVerificationToken" value="CfDJ8Mq1x0Zp2Kc5rR3vQf7hT9c2Lk0pWqX8yZ3mE6rT1uI4oP7aS9dF5gH2jK0" /><input class="form-control valid" type="text" name="Comment.Name" placeholder="ناو" b-r6y2v8c0kh /><textarea class="form-control valid" name="Comment.Text" placeholder="بۆچوونی خۆت بنووسە..." b-r6y2v8c0kh></textarea><button type="submit" class="btn btn-secondary" b-r6y2v8c0kh>ناردن</button></form></section>{end("9e2b4c70a1d84f13")}
<section class="more-news" {pg}><h2 {pg}>هەواڵی تر</h2><div class="cards" {pg}>{more}</div></section>
</div>
<aside class="col-lg-4 sidebar" {lay}>
<section class="latest" {pg}><h2 {pg}>دوایین هەواڵەکان</h2><ul {pg}>{latest}</ul></section>
<div class="ad-slot ad-slot--side" {pg}><span class="ad-slot__label" {pg}>ڕیکلام</span><div id="div-gpt-ad-hawar-side-1" style="min-height:600px" {pg}></div></div>
</aside>
</div>
</main>
<footer class="site-footer" {ft}>
<div class="container" {ft}><div class="row" {ft}>
<div class="col-md-6" {ft}><img src="img/hawar-logo-white.svg" alt="هەوار" width="140" {ft} /><p {ft}>هەوار دەزگایەکی ڕاگەیاندنی سەربەخۆیە و هەواڵی شار و دەوروبەری بە کوردی، عەرەبی و ئینگلیزی بڵاودەکاتەوە.</p></div>
<div class="col-md-6" {ft}><ul class="footer-links" {ft}><li {ft}><a href="/ckb/about" {ft}>دەربارەی ئێمە</a></li><li {ft}><a href="/ckb/contact" {ft}>پەیوەندی</a></li><li {ft}><a href="/ckb/advertise" {ft}>ڕیکلام</a></li><li {ft}><a href="/ckb/privacy" {ft}>سیاسەتی تایبەتمەندی</a></li></ul></div>
</div><p class="copyright" {ft}>© ٢٠٢٥ هەوار. هەموو مافەکان پارێزراون.</p></div>
</footer>
</div>
<div id="blazor-error-ui" {lay}>
    هەڵەیەک ڕوویدا.
    <a href="" class="reload" {lay}>دووبارە بارکردنەوە</a>
    <a class="dismiss" {lay}>🗙</a>
</div>
<div class="cookie-consent" id="cookieConsent" role="alert" {lay}><p {lay}>ئەم ماڵپەڕە کوکیز بەکاردەهێنێت بۆ باشترکردنی ئەزموونی بەکارهێنان و شیکردنەوەی هاتوچۆ. بە بەردەوامبوون لە گەڕان، ڕازی دەبیت بە بەکارهێنانی کوکیز.</p><button type="button" class="btn btn-light" data-cookie-string=".AspNet.Consent=yes; expires=Mon, 05 Oct 2026 06:30:00 GMT; path=/; secure; samesite=none" {lay}>ڕازیم</button></div>
    <script src="_framework/blazor.web.js"></script>
    <script src="js/site.js?v=Qm2dW9yA"></script>
</body>

</html>
"""


def tigrinya(art):
    """New Google Sites: generated class names, text boxes in separate sections."""
    site = "https://sites.google.example/view/aldenfort-tigrinya"
    ps = art["paragraphs"]

    def tbox(inner, hid):
        return f'<div class="oKdM2c ZZyype Kzv0Me"><div id="h.{hid}" class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb wHaque g5GTcb"><div class="jXK9ad-SmKAyb"><div class="tyJCtd mGzaTb Depvyb baZpAe">{inner}</div></div></div></div>'

    def para(text):
        return f'<p dir="ltr" class="zfr3Q CDt4Ke " style=""><span class=" C9DxTc " style="">{e(text)}</span></p>'

    def heading(text, hid):
        return f'<h3 id="h.{hid}" dir="ltr" class="zfr3Q OmQG5e CDt4Ke " style=""><div class="CjVfdc" jsaction="touchstart:UrsOsc; click:KjsqPd; focusout:QZoaZ; mouseover:y0pDld; mouseout:dq0hvd;fv1Rjc:jbFSOd;CrfLRd:SzACGe;" jsname="ZzTJdc"><div class="PPhIP rviiZ" jsname="haAclf"><div role="presentation" class="U26fgb JRtysb WzwrXb YI2CVc G5XIyb" jscontroller="mxS5xe" jsaction="click:cOuCgd; keydown:I481le;" aria-label="Copy heading link" aria-describedby="h.{hid}" data-tooltip="Copy heading link" data-tooltip-position="top" data-tooltip-vertical-offset="12" data-tooltip-horizontal-offset="0"><a class="FKF6mc TpQm9d" href="#h.{hid}" aria-label="Copy heading link"><div class="HNeRed" aria-hidden="true"></div></a></div></div><span class=" C9DxTc " style="">{e(text)}</span></div></h3>'

    def section(inner, sid, extra=""):
        return f'<section id="h.{sid}" class="yaqOZd {extra}" style=""><div class="IFuOkc"></div><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1"><div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd purZT-AhqUyc-II5mzb ZcASvf-AhqUyc-II5mzb pSzOP-AhqUyc-qWD73c Ktthjf-AhqUyc-qWD73c JNdkSc SQVYQc"><div class="JNdkSc-SmKAyb LkDMRd"><div class="" jscontroller="sGwD4d" jsaction="zXBUYb:zTPCnb;zQF9Uc:Qxe3nd;" jsname="F57UId">{inner}</div></div></div></div></div></section>'

    def block(i):
        p = ps[i]
        if p.startswith("## "):
            return heading(p[3:], f"t{i}a8q2x")
        return para(p)

    title_sec = section(
        tbox(
            f'<p dir="ltr" class="zfr3Q CDt4Ke " style="text-align: left;"><span class=" C9DxTc " style="font-size: 10pt; color: #5f6368;">ዜና · 9 መስከረም 2025 · ብ{e(art["author"])}</span></p><h1 id="h.p8n1c2title" dir="ltr" class="zfr3Q duRjpb CDt4Ke " style=""><div class="CjVfdc"><span class=" C9DxTc " style="">{e(art["title"])}</span></div></h1>',
            "r2w9kx1",
        ),
        "s7a1q0b",
        "qeLZfd",
    )
    img_sec = section(
        '<div class="oKdM2c ZZyype"><div id="h.img4k2" class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec wHaque g5GTcb"><div class="jXK9ad-SmKAyb"><div class="t3iYD"><img src="https://lh3.googleusercontent.example/sitesv/AAb1x2Qm9Rk4Y0tL3h6w=w1280" class="CENy8b" role="img" style="width: 100%; margin: 0 0 0 0;"></div><div class="Gohxnc"><p dir="ltr" class="zfr3Q CDt4Ke " style="text-align: center;"><span class=" C9DxTc " style="font-size: 9pt; font-style: italic; color: #5f6368;">ቆልዑ ኣብ ቀዳማይ መዓልቲ ትምህርቲ። ስእሊ፡ ኮሚቴ ማሕበረሰብ</span></p></div></div></div></div>',
        "s3m8v2c",
    )
    body1 = section(tbox("".join(block(i) for i in range(0, 3)), "b1x7c9d"), "s9p2k4e")
    body2 = section(tbox("".join(block(i) for i in range(3, 5)), "b2y6d8f"), "s4n7j1g")
    donate = section(
        tbox(
            f'<p dir="ltr" class="zfr3Q CDt4Ke " style="text-align: center;"><span class=" C9DxTc " style="font-weight: 700;">ደገፍኩም ኣድልዩና ኣሎ</span></p>{para("ቤት ትምህርትና ብወፈያ ኣባላት ማሕበረሰብ እያ እትመሓደር። ንመጻሕፍትን ኪራይ ኣዳራሽን ክትሕግዙ ትኽእሉ ኢኹም።")}',
            "d5h2m6n",
        )
        + '<div class="oKdM2c ZZyype Kzv0Me"><div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec wHaque g5GTcb"><div class="jXK9ad-SmKAyb"><div class="w536ob" style="display: flex; justify-content: center;"><div class="U26fgb L7IXhc htnAL QmpIrf M9Bg4d" jscontroller="VXdfxd" jsaction="click:cOuCgd;" role="button" tabindex="0"><a class="XqQF9c" href="https://www.paypal.example/donate/?hosted_button_id=ALDTGR25" target="_blank"><span class="NsaAfc"><span>ወፈያ ግበሩ</span></span></a></div></div></div></div></div>',
        "s6r0t3h",
        "ZB7Cob",
    )
    body3 = section(tbox("".join(block(i) for i in range(5, 8)), "b3z5e1g"), "s8q3w5i")
    others = section(
        tbox(
            '<h3 dir="ltr" class="zfr3Q OmQG5e CDt4Ke " style=""><div class="CjVfdc"><span class=" C9DxTc " style="">ካልኦት ዜናታት</span></div></h3>'
            + "".join(
                f'<p dir="ltr" class="zfr3Q CDt4Ke " style=""><a class="XqQF9c" href="{site}/{h}" target="_blank"><span class=" C9DxTc aw5Odc " style="font-weight: 700;">{e(t)}</span></a></p>{para(x)}'
                for h, t, x in [
                    (
                        "zena/bahli-mishet",
                        "ናይ ባህሊ ምሸት ኣብ ጥቅምቲ",
                        "ማሕበረሰብና ኣብ 18 ጥቅምቲ ዓመታዊ ምሸት ባህሊ ከካይድ እዩ። ትኬታት ካብ ኮሚቴ ምርካብ ይከኣል።",
                    ),
                    (
                        "zena/aba-gbr",
                        "ሓድሽ ኮሚቴ ማሕበረሰብ ተመሪጹ",
                        "ኣብ ዓመታዊ ኣኼባ ሸውዓተ ኣባላት ዘለዉዎ ሓድሽ ኮሚቴ ንኽልተ ዓመት ተመሪጹ።",
                    ),
                ]
            ),
            "o1k4p7r",
        ),
        "s2v6y9j",
    )
    form = section(
        tbox(
            para("ንደቅኹም ንምምዝጋብ ነዚ ቅጥዒ ምልኡ። ኮሚቴ ኣብ ውሽጢ ሰሙን ክረኽበኩም እዩ።"),
            "f7g1h3k",
        )
        + '<div class="oKdM2c ZZyype Kzv0Me"><div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec wHaque g5GTcb"><div class="jXK9ad-SmKAyb"><div class="WIdY2d M1aSXe"><div jscontroller="VYKRW" jsaction="rcuQ6b:rcuQ6b;"><div class="YMEQtf" style="width: 100%; height: 640px; left: 0px; top: 0px;"><iframe jsname="L5Fo6c" class="YMEQtf" sandbox="allow-scripts allow-popups allow-forms allow-same-origin allow-popups-to-escape-sandbox allow-downloads allow-modals allow-storage-access-by-user-activation" frameborder="0" aria-label="Google Forms, ምዝገባ ቤት ትምህርቲ" src="https://docs.google.example/forms/d/e/1FAIpQLSd_aldenfort/viewform?embedded=true" allowfullscreen></iframe></div></div></div></div></div></div>',
        "s5c8f2l",
    )
    sel = ' aria-selected="true"'
    nav = "".join(
        f'<li jsname="ibnC6b" data-nav-level="1"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oNsfjf{" lhZOrc" if t == "ዜና" else ""}" data-nav-level="1"><div class="I35ICb" jsaction="keydown:mPuKz(QwLHlb); click:vHQTA(QwLHlb);"><a class="aJHbb dk90Ob hDrhEe HlqNPb" jsname="QwLHlb" role="link" tabindex="0" data-navtype="1"{sel if t == "ዜና" else ""} href="{site}/{h}" data-url="{site}/{h}" data-type="1" data-level="1">{t}</a></div></div></li>'
        for h, t in [
            ("home", "መእተዊ"),
            ("bet-timhrti", "ቤት ትምህርቲ"),
            ("zena", "ዜና"),
            ("mdeb", "መደባት"),
            ("rkbuna", "ርኸቡና"),
        ]
    )
    return f"""<!DOCTYPE html><html lang="en-US" itemscope itemtype="http://schema.org/WebPage"><head><script nonce="Gx7kq2Rz0pW1">var DOCS_timing={{}}; DOCS_timing['sl']=new Date().getTime();</script><script nonce="Gx7kq2Rz0pW1">function _DumpException(e) {{throw e;}}</script><script data-id="_gd" nonce="Gx7kq2Rz0pW1">window.WIZ_global_data = {{"K1cgmc":"%.@.[null,null,null,[1,1,[1757400000,123000000],4],null,25]]","nQyAE":{{}}}};</script><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="referrer" content="strict-origin-when-cross-origin"><link rel="icon" href="https://ssl.gstatic.example/atari/images/public/favicon.ico"><meta property="og:title" content="ማሕበረሰብ ተዛረብቲ ትግርኛ ኣልደንፎርት - ዜና"><meta property="og:type" content="website"><meta property="og:url" content="{site}/zena"><meta property="og:description" content="{e(art["title"])}"><meta itemprop="name" content="ማሕበረሰብ ተዛረብቲ ትግርኛ ኣልደንፎርት - ዜና"><meta itemprop="description" content="{e(art["title"])}"><meta itemprop="url" content="{site}/zena"><meta itemprop="thumbnailUrl" content="https://lh3.googleusercontent.example/sitesv/AAb1x2Qm9Rk4Y0tL3h6w=w16383"><meta name="google" content="notranslate"><title>ማሕበረሰብ ተዛረብቲ ትግርኛ ኣልደንፎርት - ዜና</title><link href="https://fonts.googleapis.example/css?family=Noto+Sans+Ethiopic:400,700&display=swap" rel="stylesheet" nonce="Gx7kq2Rz0pW1"><link rel="stylesheet" href="https://www.gstatic.example/_/atari/_/ss/k=atari.vw.Ab1c2d3e4f.L.W.O/am=MBiA/d=1/rs=AGEqA5n0x8Yz" data-id="_cl" nonce="Gx7kq2Rz0pW1"><style nonce="Gx7kq2Rz0pW1">.Zjiec{{font-family: 'Noto Sans Ethiopic';font-size: 20pt;font-weight: 700;}}.tyJCtd{{font-family: 'Noto Sans Ethiopic';}}.zfr3Q{{line-height: 1.6;}}.duRjpb{{font-size: 28pt;}}</style><script nonce="Gx7kq2Rz0pW1">_at_config = [null,"AIzaSyChg3MFqzdi1P5J-YvEyakkSA1yU7HRcDI","897606708560-a63d8ia0t9dhtpdt4i3djab2m42see7o.apps.googleusercontent.com",null,null,null,null,null,null,null,null,null,null,null,"SITES_%s",null,null,null,null,null,null,null,null,null,["AHKXmL0x"],null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,0];</script></head><body dir="ltr" itemscope itemtype="http://schema.org/WebPage" id="yDmH0d" css="yDmH0d"><div jscontroller="pc62j" jsmodel="iTeaXe" jsaction="rcuQ6b:WYd;GvneHb:og1FDd;vbaUQc:uAM5ec;"><div jscontroller="X4BaPc" jsaction="rcuQ6b:WYd;o6xM5b:Pg9eo;HuL2Hd:mHeCvf;VMhF5:FFYy5e;sk3Qmb:HI1Mdd;JIbuQc:rSzFEd(z2EeY),aSaF6e(ilzYPe);"><div jscontroller="o1L5Wb" data-sitename="aldenfort-tigrinya" data-search-scope="1" data-universe="1" jsmodel="fNFZH" jsaction="Pe9H6d:cZFEp;WMZaJ:VsGN3;hJluRd:UADL7b;zuqEgd:HI9w0;tr6QDd:Y8aXB;MxH79b:xDkBfb;JIbuQc:SPXMTb(uxAMZ),LjG1Ed(a6mxbb);" jsname="G0jgYd"><div jsname="gYwusb" class="p9b27"></div><div jscontroller="RrXLpc" jsname="XeeWQc" role="banner" jsaction="keydown:uiKYid(OH0EC);rcuQ6b:WYd;zuqEgd:ufqpf;JIbuQc:XfTnxb(lfEfFf),AlTiYc(GeGHKb),AlTiYc(m1xNUe),zZlNMe(pZn8Oc);YqO5N:ELcyfe;"><div jsname="bF1uUb" class="BuY5Fd" jsaction="click:xVuwSc;"></div><div jsname="MVsrn" class="TbNlJb "><div role="button" class="U26fgb mUbCce fKz7Od h3nfre M9Bg4d" jscontroller="VXdfxd" jsaction="click:cOuCgd; mousedown:UX7yZ; mouseup:lbsD7e; mouseenter:tfO1Yc; mouseleave:JywGue; focus:AHmuwe; blur:O22p3e; contextmenu:mg9Pef;" jsshadow jsname="GeGHKb" aria-label="Back to site" aria-disabled="false" tabindex="0" data-tooltip="Back to site" data-tooltip-vertical-offset="-12" data-tooltip-horizontal-offset="0"><div class="VTBa7b MbhUzd" jsname="ksKsZd"></div><span jsslot class="xjKiLb"><span class="Ce1Y1c" style="top: -12px"><svg class="V4YR2c" viewBox="0 0 24 24" focusable="false"><path d="M0 0h24v24H0z" fill="none"/><path d="M20 11H7.83l5.59-5.59L12 4l-8 8 8 8 1.41-1.41L7.83 13H20v-2z"/></svg></span></span></div><div class="E2UJ5" jsname="M6JdT"><div class="rFrNMe b7AJhc zKHdkd" jscontroller="pxq3x" jsaction="clickonly:KjsqPd; focus:Jt1EX; blur:fpfTEe; input:Lg5SV" jsshadow jsname="OH0EC" aria-expanded="true"><div class="aCsJod oJeWuf"><div class="aXBtI I0VJ4d Wic03c"><span jsslot class="A37UZe qgcB3c iHd5yb"><div role="button" class="U26fgb mUbCce fKz7Od i3PoXe M9Bg4d" jscontroller="VXdfxd" jsaction="click:cOuCgd;" jsname="lfEfFf" aria-label="Search" aria-disabled="false" tabindex="0" data-tooltip="Search"><div class="VTBa7b MbhUzd" jsname="ksKsZd"></div><span jsslot class="xjKiLb"><span class="Ce1Y1c" style="top: -12px"><svg class="vu8Pwe" viewBox="0 0 24 24" focusable="false"><path d="M15.5 14h-.79l-.28-.27A6.471 6.471 0 0 0 16 9.5 6.5 6.5 0 1 0 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19l-4.99-5z"/></svg></span></span></div><div class="EmVfjc SKShhf" data-loadingmessage="Loading…" jscontroller="qAKInc" jsaction="animationend:kWijWc;dyRcpb:dyRcpb" jsname="aZ2wEe"></div></span><div class="Xb9hP"><input type="search" class="whsOnd zHQkBf" jsname="YPqjbf" autocomplete="off" tabindex="0" aria-label="Search this site" value="" aria-disabled="false" autofocus role="combobox" data-initial-value=""/><div jsname="LwH6nd" class="ndJi5d snByac" aria-hidden="true">Search this site</div></div></div></div></div></div></div></div><div jsname="tiN4bf"><div class="M63kCb N63NQ"></div><div class="QZ3zWd"><div class="fktJzd AKpWA fOU46b yMcSQd Ly6Unf G9Qloe XxIgdb" jsname="UzWXSb" data-uses-custom-theme="false" data-legacy-theme-name="QualityBasics" data-legacy-theme-font-kit="Light" data-legacy-theme-color-kit="Custom" jscontroller="Md9ENb" jsaction="gsiSmd:Ffcznf;yj5fUd:cpPetb;HNXL3:q0Vyke;e2SXKd:IPDu5e;BdXpgd:nhk7K;rcuQ6b:WYd;"><header id="atIdViewHeader"><div class="BbxBP HP6J1d K5Zlne" jsname="WA9qLc" jscontroller="RQOkef" jsaction="rcuQ6b:JdcaS;MxH79b:JdcaS;VbOlFf:ywL4Jf;FaOgy:ywL4Jf; keydown:Hq2uPe; wheel:Ut4Ahc;" data-top-navigation="true" data-is-preview="false"><div class="DXsoRd YTv4We oNsfjf" role="button" tabindex="0" jsaction="click:LUvzV" jsname="z4Tpl" id="s9iPrd" aria-haspopup="true" aria-controls="yuynLe" aria-expanded="false"><svg class="wFCWne" viewBox="0 0 24 24" stroke="currentColor" jsname="B1n9ub" focusable="false"><g transform="translate(12,12)"><path class="hlJH0" d="M-9 -5 L9 -5" fill="none" stroke-width="2"/><path class="HBu6N" d="M-9 0 L9 0" fill="none" stroke-width="2"/><path class="cLAGQe" d="M-9 5 L9 5" fill="none" stroke-width="2"/></g></svg></div><nav class="JzO0Vc" jsname="ihoMLd" role="navigation" tabindex="-1" id="yuynLe" jsaction="transitionend:UD2r5"><a class="XMyrgf" href="{site}/home"><img src="https://lh4.googleusercontent.example/logo_aldenfort=w16383" class="r9CsCb" role="img" aria-label="Site home"></a><ul class="jYxBte Fpy8Db" tabindex="-1">{nav}</ul></nav><a class="Zjiec oNsfjf" href="{site}/home"><span>ማሕበረሰብ ተዛረብቲ ትግርኛ ኣልደንፎርት</span></a><div class="VLoccc K5Zlne QDWEj U8eYrb" jsname="rtFGi"><div class="Pvc6xe"><div jsname="I8J07e" class="TlfmSc YSH9J"><a class="GAuSPc" jsname="jIujaf" href="{site}/home"><img src="https://lh4.googleusercontent.example/logo_aldenfort=w16383" class="lzy1Td" role="img" aria-label="Site home" jsname="SwcDWb"><div class="QTKDff">ማሕበረሰብ ተዛረብቲ ትግርኛ ኣልደንፎርት</div></a></div><nav class="plFg0c" jscontroller="HXO1uc" jsaction="rcuQ6b:rcuQ6b;MxH79b:CfS0pe;" id="WDxLfe" data-is-preview="false" style="visibility: hidden;" role="navigation" tabindex="-1"><ul jsname="waIgnc" class="K1Ci7d oXBWEc jYxBte">{nav}</ul></nav></div></div></div></header><div role="main" tabindex="-1" class="UtePc RCETm" dir="ltr">{title_sec}{img_sec}{body1}{body2}{donate}{body3}{others}{form}</div><div class="Xpil1b xgQ6eb"></div><footer jsname="yePe5c"><section id="h.footer1" class="yaqOZd qeLZfd" style=""><div class="IFuOkc"></div><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1"><div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd JNdkSc SQVYQc"><div class="JNdkSc-SmKAyb LkDMRd"><div class="" jsname="F57UId">{tbox(para("ማሕበረሰብ ተዛረብቲ ትግርኛ ኣልደንፎርት፡ 14 ጎደና ሚልቶን፡ ኣልደንፎርት። ኢመይል፡ info@aldenfort-tigrinya.example") + para("Registered charity no. 1190457"), "ft9q2w1")}</div></div></div></div></div></section></footer><div jscontroller="j1RDQb" jsaction="rcuQ6b:rcuQ6b;MxH79b:JdcaS;FaOgy:XuHpsb;" class="dZA9kd ynRLnc" data-last-updated-at-time="1757402300123" data-is-preview="false"><div role="button" class="U26fgb JRtysb WzwrXb I12f0b K2mXPb zXBiaf ynRLnc" jscontroller="iSvg6e" jsaction="click:cOuCgd; mousedown:UX7yZ; mouseup:lbsD7e; mouseenter:tfO1Yc; mouseleave:JywGue; focus:AHmuwe; blur:O22p3e; contextmenu:mg9Pef;;keydown:I481le;" jsshadow jsname="Bg3gkf" aria-label="Site actions" aria-disabled="false" tabindex="0" aria-haspopup="true" aria-expanded="false" data-menu-corner="bottom-start" data-anchor-corner="top-start"><div class="NWlf3e MbhUzd" jsname="ksKsZd"></div><span jsslot class="MhXXcc oJeWuf"><span class="Lw7GHd snByac"><svg width="24" height="24" viewBox="0 0 24 24" focusable="false" class=" NMm5M"><path d="M11 17h2v-6h-2v6zm1-15C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8zM11 9h2V7h-2v2z"/></svg></span></span><div jsname="xl07Ob" style="display:none" aria-hidden="true"><div class="JPdR6b hVNH5c" jscontroller="uY3Nvd" jsaction="IpSVtb:TvD9Pc;fEN2Ze:xzS4ub;frq95c:LNeFm;cFpp9e:J9oOtd; click:H8nU8b; mouseup:H8nU8b; keydown:I481le; mouseenter:H8nU8b; mouseleave:H8nU8b; focus:H8nU8b; blur:H8nU8b" role="menu" tabindex="0" style="position:fixed"><div class="XvhY1d" jsaction="mousedown:p8EH2c; touchstart:p8EH2c;"><div class="JAPqpe K0NPx"><span jsslot class="z80M1 FeRvI" jsaction="click:o6ZaF(preventDefault=true); mousedown:lAhnzb; mouseup:Osgxgf; mouseenter:SKyDAe; mouseleave:xq3APb;touchstart:jJiBRc; touchmove:kZeBdd; touchend:VfAz8;" jsname="j7LFlb" aria-label="Google Sites" role="menuitem" tabindex="-1"><div class="aBBjbd MbhUzd" jsname="ksKsZd"></div><div class="uyYuVb oJeWuf" jsaction="JIbuQc:Toy3n;" jsname="V2zOu"><div class="jO7h3c">Google Sites</div></div></span><span jsslot class="z80M1 FeRvI" jsaction="click:o6ZaF(preventDefault=true);" jsname="j7LFlb" data-disabled-tooltip="Report abuse is not available in preview mode" aria-label="Report abuse" role="menuitem" tabindex="-1"><div class="aBBjbd MbhUzd" jsname="ksKsZd"></div><div class="uyYuVb oJeWuf" jsaction="JIbuQc:Toy3n;" jsname="V2zOu"><div class="jO7h3c">Report abuse</div></div></span><span jsslot class="z80M1 FeRvI" jsaction="click:o6ZaF(preventDefault=true);" jsname="j7LFlb" aria-label="Page details" role="menuitem" tabindex="-1"><div class="aBBjbd MbhUzd" jsname="ksKsZd"></div><div class="uyYuVb oJeWuf" jsaction="JIbuQc:Toy3n;" jsname="V2zOu"><div class="jO7h3c">Page details</div></div></span><span jsslot class="z80M1 FeRvI" jsaction="click:o6ZaF(preventDefault=true);" jsname="j7LFlb" aria-label="Page updated" role="menuitem" tabindex="-1"><div class="aBBjbd MbhUzd" jsname="ksKsZd"></div><div class="uyYuVb oJeWuf" jsaction="JIbuQc:Toy3n;" jsname="V2zOu"><div class="jO7h3c">Page updated</div></div></span></div></div></div></div></div></div></div></div></div></div><div jscontroller="kMtMUd" class="KSj4Kb" jsname="Gj1Efc"><div class="ZKiA2b" role="dialog" aria-live="polite"><div class="bbkOve">This site uses cookies from Google to deliver its services and to analyze traffic.</div><div class="VqQdmb"><a href="https://www.google.example/policies/technologies/cookies/" target="_blank" class="CfdT3b">Learn more</a><div role="button" class="U26fgb O0WRkf oG5Srb HQ8yf C0oVfc kHssdc" jsname="yEpfbd" tabindex="0"><span class="CwaK9"><span class="RveJvd snByac">Got it</span></span></div></div></div></div><div jscontroller="VPILAd" jsaction="rcuQ6b:rcuQ6b;" class="QmpIrf"></div></div><script nonce="Gx7kq2Rz0pW1">DOCS_timing['cov']=new Date().getTime();</script><script src="https://www.gstatic.example/_/atari/_/js/k=atari.vw.en_US.Xy9z8w7v6u.O/am=MBiA/d=1/rs=AGEqA5n1Qw2e" id="base-js" nonce="Gx7kq2Rz0pW1"></script></div></div><div jscontroller="YV8yqd" jsaction="rcuQ6b:npT2md"></div></body></html>"""


def sundanese(art):
    """Mobirise v5 (Bootstrap 5, ``mbr-`` sections with ``cid-`` ids)."""
    ps = art["paragraphs"]

    def text(i, j):
        return "<br><br>".join(e(p) for p in ps[i:j])

    def sub(i):
        return f'<h4 class="mbr-section-subtitle mbr-fonts-style mb-4 display-5"><strong>{e(ps[i][3:])}</strong></h4>'

    items = "".join(
        f'<li class="item-wrap"><span class="mbr-iconfont mobi-mbri-right mobi-mbri"></span>{e(p[2:])}</li>'
        for p in ps
        if p.startswith("- ")
    )
    cards = "".join(
        f'<div class="item features-image col-12 col-md-6 col-lg-4"><div class="item-wrapper"><div class="item-img"><img src="assets/images/{img}.jpg-596x397.jpg" alt="" title=""></div><div class="item-content"><h5 class="item-title mbr-fonts-style display-7"><strong>{e(t)}</strong></h5><p class="mbr-text mbr-fonts-style mt-3 display-7">{e(x)}</p></div><div class="mbr-section-btn item-footer mt-2"><a href="{h}" class="btn item-btn btn-primary display-7">Baca Salengkepna</a></div></div></div>'
        for img, h, t, x in [
            (
                "pasar-tani",
                "pasar-tani.html",
                "Pasar Tani Minggon Dibuka Deui di Alun-alun Pasirlaja",
                "Saratus leuwih patani ti opat désa ngajual sayuran jeung bungbuahan langsung ka masarakat unggal Minggu énjing.",
            ),
            (
                "jalan-désa",
                "jalan-desa.html",
                "Jalan Désa Cikahuripan Réngsé Dibeton",
                "Warga ayeuna teu kudu ngaliwatan jalan leutak deui nalika mawa hasil bumi ka pasar kacamatan.",
            ),
            (
                "pencak-silat",
                "pencak-silat.html",
                "Barudak Pasirlaja Juara Pencak Silat Tingkat Kabupatén",
                "Tim paguron Sekar Pakuan mawa balik tilu medali emas ti kajuaraan anu dilaksanakeun di gedong olahraga.",
            ),
        ]
    )
    return f"""<!DOCTYPE html>
<html  >
<head>
  <!-- Site made with Mobirise Website Builder v5.9.18, https://mobirise.com -->
  <meta charset="UTF-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="generator" content="Mobirise v5.9.18, mobirise.com">
  <meta name="twitter:card" content="summary_large_image"/>
  <meta name="twitter:image:src" content="assets/images/saluran-cai-meta.jpg">
  <meta property="og:image" content="assets/images/saluran-cai-meta.jpg">
  <meta name="twitter:title" content="{e(art["title"])}">
  <meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
  <link rel="shortcut icon" href="assets/images/logo-warta-128x128.png" type="image/x-icon">
  <meta name="description" content="{e(ps[0][:150])}">
  <title>{e(art["title"])} - Warta Pasirlaja</title>
  <link rel="stylesheet" href="assets/web/assets/mobirise-icons2/mobirise2.css">
  <link rel="stylesheet" href="assets/bootstrap/css/bootstrap.min.css">
  <link rel="stylesheet" href="assets/bootstrap/css/bootstrap-grid.min.css">
  <link rel="stylesheet" href="assets/bootstrap/css/bootstrap-reboot.min.css">
  <link rel="stylesheet" href="assets/dropdown/css/style.css">
  <link rel="stylesheet" href="assets/socicon/css/styles.css">
  <link rel="stylesheet" href="assets/theme/css/style.css">
  <link rel="stylesheet" href="assets/cookies-alert-plugin/style.css">
  <link rel="preload" href="https://fonts.googleapis.example/css?family=Inter+Tight:100,200,300,400,500,600,700,800,900&display=swap" as="style" onload="this.onload=null;this.rel='stylesheet'">
  <noscript><link rel="stylesheet" href="https://fonts.googleapis.example/css?family=Inter+Tight:100,200,300,400,500,600,700,800,900&display=swap"></noscript>
  <link rel="preload" as="style" href="assets/mobirise/css/mbr-additional.css?v=Jm2p4X"><link rel="stylesheet" href="assets/mobirise/css/mbr-additional.css?v=Jm2p4X" type="text/css">
</head>
<body>

  <section data-bs-version="5.1" class="menu menu1 cid-uKqW3mZp1a" once="menu" id="menu1-1m">
    <nav class="navbar navbar-dropdown navbar-fixed-top navbar-expand-lg">
        <div class="container">
            <div class="navbar-brand">
                <span class="navbar-logo">
                    <a href="index.html">
                        <img src="assets/images/logo-warta-128x128.png" alt="Warta Pasirlaja" style="height: 3rem;">
                    </a>
                </span>
                <span class="navbar-caption-wrap"><a class="navbar-caption text-black display-7" href="index.html">Warta Pasirlaja</a></span>
            </div>
            <button class="navbar-toggler" type="button" data-toggle="collapse" data-bs-toggle="collapse" data-target="#navbarSupportedContent" data-bs-target="#navbarSupportedContent" aria-controls="navbarNavAltMarkup" aria-expanded="false" aria-label="Toggle navigation">
                <div class="hamburger">
                    <span></span>
                    <span></span>
                    <span></span>
                    <span></span>
                </div>
            </button>
            <div class="collapse navbar-collapse" id="navbarSupportedContent">
                <ul class="navbar-nav nav-dropdown nav-right" data-app-modern-menu="true"><li class="nav-item"><a class="nav-link link text-black display-4" href="index.html">Kaca Utama</a></li><li class="nav-item"><a class="nav-link link text-black display-4" href="warta.html" aria-expanded="false">Warta Désa</a></li><li class="nav-item"><a class="nav-link link text-black display-4" href="budaya.html">Budaya</a></li><li class="nav-item"><a class="nav-link link text-black display-4" href="tatanén.html">Tatanén</a></li><li class="nav-item"><a class="nav-link link text-black display-4" href="kontak.html">Kontak</a></li></ul>
                <div class="navbar-buttons mbr-section-btn"><a class="btn btn-primary display-4" href="kirim-warta.html">Kirim Warta</a></div>
            </div>
        </div>
    </nav>
</section>

<section data-bs-version="5.1" class="header1 cid-uKqW5tRb2c mbr-parallax-background" id="header1-1n">
    <div class="mbr-overlay" style="opacity: 0.5; background-color: rgb(0, 0, 0);"></div>
    <div class="container">
        <div class="row justify-content-center">
            <div class="col-12 col-lg-10">
                <p class="mbr-text mbr-fonts-style mb-3 display-4">WARTA DÉSA · Jumaah, 19 Séptémber 2025</p>
                <h1 class="mbr-section-title mbr-fonts-style mb-3 display-2"><strong>{e(art["title"])}</strong></h1>
                <p class="mbr-text mbr-fonts-style display-7">Ku {e(art["author"])}</p>
            </div>
        </div>
    </div>
</section>

<section data-bs-version="5.1" class="share3 cid-uKqW6xLd3e" id="share3-1o">
    <div class="container">
        <div class="media-container-row">
            <div class="col-12">
                <h3 class="mbr-section-title mb-3 align-center mbr-fonts-style display-7"><strong>Bagikeun warta ieu:</strong></h3>
                <div class="social-list align-center">
                    <a class="iconfont-wrapper bg-facebook m-2 " target="_blank" href="https://www.facebook.example/sharer.php?u=saluran-cai.html"><span class="socicon-facebook socicon"></span></a>
                    <a class="iconfont-wrapper bg-twitter m-2" href="https://twitter.example/intent/tweet?url=saluran-cai.html" target="_blank"><span class="socicon-twitter socicon"></span></a>
                    <a class="iconfont-wrapper bg-whatsapp m-2" href="https://wa.me/?text=saluran-cai.html" target="_blank"><span class="socicon-whatsapp socicon"></span></a>
                </div>
            </div>
        </div>
    </div>
</section>

<section data-bs-version="5.1" class="content5 cid-uKqW7aPe4f" id="content5-1p">
    <div class="container">
        <div class="row justify-content-center">
            <div class="col-md-12 col-lg-10">
                <p class="mbr-text mbr-fonts-style display-7">{text(0, 2)}</p>
            </div>
        </div>
    </div>
</section>

<section data-bs-version="5.1" class="image3 cid-uKqW8bQf5g" id="image3-1q">
    <figure class="mbr-figure container">
        <div class="image-block" style="width: 66%;">
            <img src="assets/images/bak-panampungan-1280x853.jpg" alt="Bak panampungan cai" title="">
            <p class="mbr-description mbr-fonts-style pt-2 align-center display-4">Salah sahiji bak panampungan di lamping Gunung Kendeng Leutik. (Poto: Asép Saépudin/Warta Pasirlaja)</p>
        </div>
    </figure>
</section>

<section data-bs-version="5.1" class="content5 cid-uKqW9cRg6h" id="content5-1r">
    <div class="container">
        <div class="row justify-content-center">
            <div class="col-md-12 col-lg-10">
                {sub(2)}
                <p class="mbr-text mbr-fonts-style display-7">{text(3, 6)}</p>
            </div>
        </div>
    </div>
</section>

<section data-bs-version="5.1" class="content2 cid-uKqWaeSh7i" id="content2-1s">
    <div class="container">
        <div class="row justify-content-center">
            <div class="col-md-12 col-lg-10">
                <div class="mbr-section-head card p-4 bg-light">
                    <p class="mbr-text mbr-fonts-style mb-2 display-4"><strong>PARIWARA</strong></p>
                    <a href="https://bprsundamekar.example/tabungan-tani" target="_blank"><img src="assets/images/iklan-bpr-728x90.jpg" alt="BPR Sunda Mekar"></a>
                </div>
            </div>
        </div>
    </div>
</section>

<section data-bs-version="5.1" class="content5 cid-uKqWbfTi8j" id="content5-1t">
    <div class="container">
        <div class="row justify-content-center">
            <div class="col-md-12 col-lg-10">
                {sub(6)}
                <div class="mbr-text mbr-fonts-style display-7">{e(ps[7])}</div>
            </div>
        </div>
    </div>
</section>

<section data-bs-version="5.1" class="list1 cid-uKqWcgUj9k" id="list1-1u">
    <div class="container">
        <div class="row justify-content-center">
            <div class="col-12 col-md-12 col-lg-10">
                <ul class="list mbr-fonts-style display-7">{items}</ul>
            </div>
        </div>
    </div>
</section>

<section data-bs-version="5.1" class="content5 cid-uKqWdhVk0l" id="content5-1v">
    <div class="container">
        <div class="row justify-content-center">
            <div class="col-md-12 col-lg-10">
                <p class="mbr-text mbr-fonts-style display-7">{e(ps[11])}</p>
                <p class="mbr-text mbr-fonts-style display-4"><em>Gaduh warta ti lembur anjeun? Kintunkeun ka redaksi ngaliwatan WhatsApp 0812-2200-3141.</em></p>
            </div>
        </div>
    </div>
</section>

<section data-bs-version="5.1" class="features3 cid-uKqWeiWl1m" id="features3-1w">
    <div class="container">
        <div class="mbr-section-head">
            <h4 class="mbr-section-title mbr-fonts-style align-center mb-0 display-2"><strong>Warta Séjénna</strong></h4>
        </div>
        <div class="row mt-4">{cards}</div>
    </div>
</section>

<section data-bs-version="5.1" class="form5 cid-uKqWfjXm2n" id="form5-1x">
    <div class="container">
        <div class="mbr-section-head">
            <h3 class="mbr-section-title mbr-fonts-style align-center mb-0 display-2"><strong>Langganan Warta</strong></h3>
            <h4 class="mbr-section-subtitle mbr-fonts-style align-center mb-0 mt-2 display-7">Kéngingkeun warta ti Pasirlaja unggal Saptu énjing ngaliwatan email, gratis.</h4>
        </div>
        <div class="row justify-content-center mt-4">
            <div class="col-lg-8 mx-auto mbr-form" data-form-type="formoid">
                <form action="https://mobirise.eu/" method="POST" class="mbr-form form-with-styler" data-form-title="Langganan"><input type="hidden" name="email" data-form-email="true" value="Qm0x3Rz7Yk2pLw9cVt1nHs4bEa8dFg6jUo5iMy0rTe3qWz7xCv2bNm9lKj4hGf1dSa8pOi6uYt3rEw0q">
                    <div class="row">
                        <div hidden="hidden" data-form-alert="" class="alert alert-success col-12">Hatur nuhun! Anjeun parantos kadaptar.</div>
                        <div hidden="hidden" data-form-alert-danger="" class="alert alert-danger col-12">Hapunten, aya kasalahan. Cobian deui engké.</div>
                    </div>
                    <div class="dragArea row">
                        <div class="col-md col-sm-12 form-group mb-3" data-for="email"><input type="email" name="email" placeholder="Alamat email" data-form-field="email" class="form-control" value="" id="email-form5-1x"></div>
                        <div class="mbr-section-btn col-12 col-md-auto"><button type="submit" class="btn btn-primary display-4">Langganan</button></div>
                    </div>
                </form>
            </div>
        </div>
    </div>
</section>

<section data-bs-version="5.1" class="footer3 cid-uKqWgkYn3o" once="footers" id="footer3-1y">
    <div class="container">
        <div class="media-container-row align-center mbr-white">
            <div class="row row-links">
                <ul class="foot-menu">
                <li class="foot-menu-item mbr-fonts-style display-7"><a href="ngeunaan.html" class="text-white">Ngeunaan Kami</a></li><li class="foot-menu-item mbr-fonts-style display-7"><a href="redaksi.html" class="text-white">Susunan Redaksi</a></li><li class="foot-menu-item mbr-fonts-style display-7"><a href="pedoman.html" class="text-white">Pedoman Média Siber</a></li><li class="foot-menu-item mbr-fonts-style display-7"><a href="kontak.html" class="text-white">Kontak</a></li></ul>
            </div>
            <div class="row social-row">
                <div class="social-list align-right pb-2">
                <div class="soc-item"><a href="https://www.facebook.example/wartapasirlaja" target="_blank"><span class="socicon-facebook socicon mbr-iconfont mbr-iconfont-social"></span></a></div><div class="soc-item"><a href="https://www.instagram.example/wartapasirlaja" target="_blank"><span class="socicon-instagram socicon mbr-iconfont mbr-iconfont-social"></span></a></div><div class="soc-item"><a href="https://www.youtube.example/@wartapasirlaja" target="_blank"><span class="socicon-youtube socicon mbr-iconfont mbr-iconfont-social"></span></a></div></div>
            </div>
            <div class="row row-copirayt">
                <p class="mbr-text mb-0 mbr-fonts-style mbr-white align-center display-7">© Hak Cipta 2025 Warta Pasirlaja. Warta warga, ku warga, pikeun warga.</p>
            </div>
        </div>
    </div>
</section><section class="display-7" style="padding: 0;align-items: center;justify-content: center;flex-wrap: wrap;    align-content: center;display: flex;position: relative;height: 4rem;"><a href="https://mobiri.se/3184526" style="flex: 1 1;height: 4rem;position: absolute;width: 100%;z-index: 1;"><img alt="" style="height: 4rem;" src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="></a><p style="margin: 0;text-align: center;" class="display-7">&#8204;</p><a style="z-index:1" href="https://mobirise.com/builder/ai-website-builder.html">AI Website Builder</a></section><script src="assets/bootstrap/js/bootstrap.bundle.min.js"></script>  <script src="assets/parallax/jarallax.js"></script>  <script src="assets/smoothscroll/smooth-scroll.js"></script>  <script src="assets/ytplayer/index.js"></script>  <script src="assets/dropdown/js/navbar-dropdown.js"></script>  <script src="assets/theme/js/script.js"></script>  <script src="assets/formoid/formoid.min.js"></script>  <script src="assets/cookies-alert-plugin/cookies-alert-core.js"></script>  <script src="assets/cookies-alert-plugin/cookies-alert-script.js"></script>
  <input name="cookieData" type="hidden" data-cookie-cookiesAlertType="success" data-cookie-customDialogSelector="null" data-cookie-colorText="#424a4d" data-cookie-colorBg="rgba(234, 239, 241, 0.99)" data-cookie-textButton="Satuju" data-cookie-textButtonDecline="Tolak" data-cookie-colorButton="" data-cookie-colorLink="#424a4d" data-cookie-underlineLink="true" data-cookie-text="Ramatloka ieu nganggo cookies pikeun ningkatkeun pangalaman anjeun. Ku neraskeun, anjeun satuju kana &lt;a href=&quot;privacy.html&quot;&gt;kawijakan privasi&lt;/a&gt; kami.">

  <div id="scrollToTop" class="scrollToTop mbr-arrow-up"><a style="text-align: center;"><i class="mbr-arrow-up-icon mbr-arrow-up-icon-cm cm-icon cm-icon-smallarrow-up"></i></a></div>
    <input name="animation" type="hidden">
  </body>
</html>"""


def turkmen(art):
    """Qwik City (SSR, resumable) with Builder.io content blocks."""
    site = "https://habarlar-ak.example"
    path = "/tk/jemgyyet/halycylyk-ussahanasy-akyayla/"
    url = site + path
    ps = art["paragraphs"]
    ids = [
        "7c3e0f41d2a94b6e8f10",
        "1a9d5b72c4e84f03a6b2",
        "e48b2c9f0d1743a5b7c8",
        "5f20a7d3b19c4e6f8a01",
        "b6d41e8c2a0f4973b5d2",
        "3e9c7a15f4b2406d8e91",
        "9a0b3d6e7c1f4852a4e3",
    ]

    def tblock(i, k):
        p = ps[i]
        inner = f"<p><em>{e(p)}</em></p>" if p.startswith("Redaksiýadan:") else f"<p>{e(p)}</p>"
        return f'<div class="builder-block builder-{ids[k]} css-{k}q8z2v" builder-id="builder-{ids[k]}"><!--qv q:key=Tx_{k} q:id=2{k}--><div class="builder-text css-1qggkls">{inner}</div><!--/qv--></div>'

    image = '<div class="builder-block builder-c2f8e9a04d1b47e3b6a5 css-7m3pq1" builder-id="builder-c2f8e9a04d1b47e3b6a5"><!--qv q:key=Im_0 q:id=2i--><picture><source type="image/webp" srcset="https://cdn.builder.example/api/v1/image/assets%2F4f1e2d%2Fhaly-ussahana?format=webp&amp;width=100 100w, https://cdn.builder.example/api/v1/image/assets%2F4f1e2d%2Fhaly-ussahana?format=webp&amp;width=800 800w"><img class="builder-image css-1hbf805" loading="lazy" alt="Ussahanada haly dokaýan gyzlar" role="presentation" src="https://cdn.builder.example/api/v1/image/assets%2F4f1e2d%2Fhaly-ussahana"></picture><div class="builder-image-sizer css-1bfeqw8" style="padding-top:66.6%"></div><!--/qv--></div><div class="builder-block builder-0d7a3c59e2b14f68a9c1 css-2k9w1x" builder-id="builder-0d7a3c59e2b14f68a9c1"><div class="builder-text css-1qggkls"><p style="font-size:13px;color:#6b7280;text-align:center">Ussahanada haly dokaýan gyzlar. Surat: Habarlar AK</p></div></div>'
    also = '<div class="builder-block builder-a1d7e3f90c2b48d5a6f4 css-5r1kq7" builder-id="builder-a1d7e3f90c2b48d5a6f4"><!--qv q:key=Rel_0 q:id=2r--><a href="/tk/medeniyet/haly-baýramy-sergi/" class="related-card" q:key="rel" on:click="q-Bv4pLk1s.js#s_r4nDl9QxZ0c[0]"><span class="related-card__label">Şeýle hem okaň</span><span class="related-card__title">Haly baýramy mynasybetli sergä 300-den gowrak haly getirildi</span><span class="related-card__text">Sergide geçen asyryň başynda dokalan iki sany gadymy haly hem görkezildi.</span></a><!--/qv--></div>'
    ad = '<div class="builder-block builder-f6b3a1c8d0e2497fb2a3 css-9x2mw0" builder-id="builder-f6b3a1c8d0e2497fb2a3"><!--qv q:key=Ad_0 q:id=2a--><div class="ad-unit"><span class="ad-unit__label">Mahabat</span><div id="gpt-inarticle-1" class="ad-unit__slot" style="min-height:250px"></div></div><!--/qv--></div>'
    blocks = "".join(
        [
            tblock(1, 1),
            image,
            tblock(2, 2),
            also,
            tblock(3, 3),
            ad,
            tblock(4, 4),
            tblock(5, 5),
            tblock(6, 6),
        ]
    )
    state = {
        "refs": {"8": "1", "9": "2", "b": "3"},
        "ctx": {},
        "objs": [
            "\u0002/tk/jemgyyet/halycylyk-ussahanasy-akyayla/",
            {"model": "1", "id": "4"},
            "blog-article",
            "f8e1c2d3a4b5",
            False,
            "\u0012",
        ],
        "subs": [],
    }
    comments = "".join(
        f'<li class="comment" q:key="{i}"><div class="comment__meta"><b>{e(n)}</b><time datetime="{dt}">{d}</time></div><p class="comment__text">{e(t)}</p><button type="button" class="comment__reply" on:click="q-Cm7nR2sK.js#s_reply{i}[0 1]">Jogap ber</button></li>'
        for i, n, dt, d, t in [
            (
                "c1",
                "Maýsa",
                "2025-10-06T10:14:00+05:00",
                "6-njy oktýabr, 10:14",
                "Gaty gowy başlangyç. Meniň enem hem haly dokardy, ýöne men öwrenip ýetişmedim.",
            ),
            (
                "c2",
                "Döwlet A.",
                "2025-10-06T12:37:00+05:00",
                "6-njy oktýabr, 12:37",
                "Ussahana oglanlary hem kabul edýärmi? Biziň obamyzda hem şeýle okuw gerek.",
            ),
        ]
    )
    more = "".join(
        f'<article class="teaser" q:key="{h}"><a href="/tk/{h}/" on:click="q-Bv4pLk1s.js#s_r4nDl9QxZ0c[0]"><img src="https://cdn.builder.example/api/v1/image/assets%2F4f1e2d%2F{h.split("/")[-1]}?width=320" alt="" loading="lazy" width="320" height="180"><h3>{e(t)}</h3><p>{e(x)}</p></a></article>'
        for h, t, x in [
            (
                "jemgyyet/akyayla-kitaphana",
                "Akýaýla kitaphanasy täze okalga zaly bilen işe başlady",
                "Okalga zalynda mekdep okuwçylary üçin iki ýüzden gowrak täze kitap ýerleşdirildi.",
            ),
            (
                "ykdysadyyet/pagta-ýygymy",
                "Etrapda pagta ýygymy öňki ýyldan bir hepde ir başlandy",
                "Daýhanlar howanyň gurak bolmagynyň hasyly ýygnamagy aňsatlaşdyrandygyny aýdýarlar.",
            ),
        ]
    )
    nav = "".join(
        f'<li><a href="/tk/{h}/" class="nav__link{" nav__link--active" if h == "jemgyyet" else ""}" on:click="q-Bv4pLk1s.js#s_r4nDl9QxZ0c[0]">{t}</a></li>'
        for h, t in [
            ("habarlar", "Habarlar"),
            ("jemgyyet", "Jemgyýet"),
            ("ykdysadyyet", "Ykdysadyýet"),
            ("medeniyet", "Medeniýet"),
            ("sport", "Sport"),
            ("wideo", "Wideo"),
        ]
    )
    return f"""<!DOCTYPE html><html lang="tk" q:container="paused" q:version="1.9.0" q:render="ssr" q:base="/build/" q:manifest-hash="k2x9qa" q:instance="v7b1f0d3ezt"><!--qv q:id=0 q:key=3l2Y:0l_0--><!--qv q:s q:sref=0 q:key=--><head q:head><meta charset="utf-8" q:head><link rel="manifest" href="/manifest.json" q:head><link rel="icon" type="image/svg+xml" href="/favicon.svg" q:head><title q:head>{e(art["title"])} — Habarlar AK</title><link rel="canonical" href="{url}" q:key="canonical" q:head><meta name="viewport" content="width=device-width, initial-scale=1.0" q:head><meta name="description" content="{e(ps[0][:150])}" q:key="description" q:head><meta property="og:title" content="{e(art["title"])}" q:key="og:title" q:head><meta property="og:type" content="article" q:key="og:type" q:head><meta property="article:published_time" content="2025-10-06T09:00:00+05:00" q:key="published" q:head><link rel="modulepreload" href="/build/q-Bv4pLk1s.js" q:head><link rel="stylesheet" href="/assets/Dq81xK2c-style.css" q:head><style q:style="zq4x1m-0" hidden>.header.⭐️zq4x1m-0{{position:sticky;top:0;background:#fff}}.nav__link.⭐️zq4x1m-0{{padding:0 12px}}</style>{ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"], "datePublished": "2025-10-06T09:00:00+05:00", "author": {"@type": "Person", "name": art["author"]}, "inLanguage": "tk"}, " q:head")}</head><body lang="tk"><!--qv q:id=1 q:key=fX0a:Ai_0--><!--qv q:s q:sref=1 q:key=--><div class="cookie-bar" q:key="cookie"><p>Biz saýtyň işini gowulandyrmak we okalyşy seljermek üçin kukileri ulanýarys. Saýty ulanmagy dowam etmek bilen, siz muňa razylyk berýärsiňiz.</p><button type="button" on:click="q-Xk2aM9pD.js#s_accept0[0]">Düşnükli</button></div><header class="header ⭐️zq4x1m-0" q:key="hdr"><div class="header__top ⭐️zq4x1m-0"><span class="header__date ⭐️zq4x1m-0">Duşenbe, 6-njy oktýabr 2025</span><nav class="header__langs ⭐️zq4x1m-0"><a href="/tk/" class="active ⭐️zq4x1m-0">Türkmençe</a><a href="/ru/" class="⭐️zq4x1m-0">Русский</a></nav></div><div class="header__main ⭐️zq4x1m-0"><a href="/tk/" class="logo ⭐️zq4x1m-0" aria-label="Habarlar AK"><svg width="160" height="40" viewBox="0 0 160 40"><text x="0" y="28">Habarlar AK</text></svg></a><nav class="nav ⭐️zq4x1m-0"><ul class="⭐️zq4x1m-0">{nav}</ul></nav><form class="search ⭐️zq4x1m-0" action="/tk/gozleg/" preventdefault:submit on:submit="q-Lp0sT4wE.js#s_search0[0]"><input type="search" name="q" placeholder="Gözleg" aria-label="Gözleg" class="⭐️zq4x1m-0"><button type="submit" class="⭐️zq4x1m-0">Gözle</button></form></div></header><!--qv q:id=2 q:key=Jm7c:n9_1--><main class="article-page"><nav class="crumbs" aria-label="Breadcrumbs"><a href="/tk/">Baş sahypa</a> / <a href="/tk/jemgyyet/">Jemgyýet</a></nav><article class="article"><header class="article__header"><span class="article__rubric">Jemgyýet</span><h1 class="article__title">{e(art["title"])}</h1><div class="article__meta"><span class="article__author">{e(art["author"])}</span><time datetime="2025-10-06T09:00:00+05:00">06.10.2025, 09:00</time><span class="article__views">1 284 gezek okaldy</span></div></header><p class="article__lead">{e(ps[0])}</p><!--qv q:id=3 q:key=Bld:Cn_0--><div class="builder-content" builder-content-id="f8e1c2d3a4b5" builder-model="blog-article" q:key="f8e1c2d3a4b5"><div class="builder-blocks css-1ogilah" builder-path="blocks">{blocks}</div></div><!--/qv--><div class="article__share"><span>Paýlaş:</span><a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">Facebook</a><a href="https://t.me/share/url?url={url}" target="_blank" rel="noopener">Telegram</a><a href="https://wa.me/?text={url}" target="_blank" rel="noopener">WhatsApp</a><button type="button" on:click="q-Xk2aM9pD.js#s_copy0[0]">Salgyny göçür</button></div><div class="article__tags"><a href="/tk/tag/halycylyk/">#halyçylyk</a><a href="/tk/tag/akyayla/">#Akýaýla</a><a href="/tk/tag/hunar/">#hünär</a></div><div class="telegram-box"><p>Iň soňky habarlary Telegram kanalymyzda okaň.</p><a href="https://t.me/habarlarak" target="_blank" rel="noopener">Kanala goşulyň</a></div></article><!--qv q:id=4 q:key=Cmt:Lz_0--><section class="comments"><h2>Teswirler (2)</h2><ul>{comments}</ul><p class="comments__note">Teswirler moderatoryň barlagyndan soň çap edilýär. Kemsidiji teswirler aýrylýar.</p><form preventdefault:submit on:submit="q-Cm7nR2sK.js#s_submit0[0]"><textarea name="text" placeholder="Teswiriňizi ýazyň"></textarea><button type="submit">Ugrat</button></form></section><!--/qv--><section class="more"><h2>Beýleki habarlar</h2><div class="more__grid">{more}</div></section></main><!--/qv--><footer class="footer" q:key="ftr"><div class="footer__about"><p>Habarlar AK — Türkmenistanyň şäherleri we obalary barada habar berýän garaşsyz onlaýn neşir.</p></div><ul class="footer__links"><li><a href="/tk/biz-barada/">Biz barada</a></li><li><a href="/tk/habarlasmak/">Habarlaşmak</a></li><li><a href="/tk/mahabat/">Mahabat</a></li><li><a href="/tk/gizlinlik/">Gizlinlik syýasaty</a></li></ul><p class="footer__copy">© 2025 Habarlar AK. Ähli hukuklar goralan.</p></footer><!--/qv--><!--/qv--><script type="qwik/json">{json.dumps(state)}</script><script q:func="qwik/json">document["qFuncs_v7b1f0d3ezt"]=[];</script><script id="qwikloader">(()=>{{const t=document,e=window,n=new Set,o=new Set([t]);let r;const s=(t,e)=>Array.from(t.querySelectorAll(e));e.qwikevents={{events:n,push:(...t)=>t.forEach(c)}};}})();</script><script>(window.qwikevents||=[]).push("click","submit")</script><!--/qv--></body><!--/qv--></html>"""


def stats(art):
    """SharePoint 2013 publishing page (one WebForms form, RichHtmlField, web parts)."""
    site = "https://www.westmarch-stats.example"
    page_url = "/news/Pages/housing-completions-year-to-june-2025.aspx"
    ps = art["paragraphs"]
    field = "ctl00_PlaceHolderMain_ctl02_ctl00__ControlWrapper_RichHtmlField"

    def rte(i, j):
        out = []
        items = []
        for p in ps[i:j]:
            if p.startswith("- "):
                items.append(f"<li>{e(p[2:])}</li>")
                continue
            if items:
                out.append("<ul>" + "".join(items) + "</ul>")
                items = []
            if p.startswith("## "):
                out.append(f'<h2 class="ms-rteElement-H2">{e(p[3:])}</h2>')
            elif p.startswith("This release was revised"):
                out.append(f'<p class="ms-rteElement-P"><em>{e(p)}</em></p>')
            else:
                out.append(f'<p class="ms-rteElement-P">{e(p)}</p>')
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
        return "".join(out)

    table = """<table class="ms-rteTable-default" width="100%" cellspacing="0" style="width:100%;"><tbody><tr class="ms-rteTableHeaderRow-default"><th class="ms-rteTableHeaderFirstCol-default" rowspan="1" colspan="1" style="width:40%;">District</th><th class="ms-rteTableHeaderOddCol-default" rowspan="1" colspan="1">Completions, year to June 2025</th><th class="ms-rteTableHeaderEvenCol-default" rowspan="1" colspan="1">Change on previous year</th></tr>
<tr class="ms-rteTableOddRow-default"><td class="ms-rteTableFirstCol-default">Harnley</td><td class="ms-rteTableOddCol-default">2,140</td><td class="ms-rteTableEvenCol-default">+31%</td></tr>
<tr class="ms-rteTableEvenRow-default"><td class="ms-rteTableFirstCol-default">Kestwick</td><td class="ms-rteTableOddCol-default">3,870</td><td class="ms-rteTableEvenCol-default">+12%</td></tr>
<tr class="ms-rteTableOddRow-default"><td class="ms-rteTableFirstCol-default">Ostry</td><td class="ms-rteTableOddCol-default">1,210</td><td class="ms-rteTableEvenCol-default">-6%</td></tr>
<tr class="ms-rteTableEvenRow-default"><td class="ms-rteTableFirstCol-default">Upper Vale</td><td class="ms-rteTableOddCol-default">430</td><td class="ms-rteTableEvenCol-default">-18%</td></tr>
<tr class="ms-rteTableFooterRow-default"><td class="ms-rteTableFooterFirstCol-default">Westmarch</td><td class="ms-rteTableFooterOddCol-default">14,820</td><td class="ms-rteTableFooterEvenCol-default">+9%</td></tr></tbody></table>
<p class="ms-rteElement-P ms-rteFontSize-1">Table 1: Homes completed by district (selected districts). Source: Westmarch Statistics Agency, building control returns.</p>"""
    body = rte(0, 10) + table + rte(10, 14)

    def webpart(wpq, title, inner):
        return f"""<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth "><div class="ms-webpart-chrome-title" id="WebPartCaption{wpq}"><span title="{title} - Content Editor" id="WebPartTitle{wpq}" class="js-webpart-titleCell"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>{title}</span><span id="WebPartCaption{wpq}"></span></nobr></h2></span></div><div WebPartID="a1f0c6d2-4b7e-4c1a-9d3f-{wpq.lower()}0000000" HasPers="false" id="WebPart{wpq}" width="100%" class="ms-WPBody noindex " allowDelete="false" style="" ><div class="ms-rtestate-field">{inner}</div><div class="ms-clear"></div></div></div>"""

    related = "".join(
        f'<li class="dfwp-item"><div class="item"><div class="link-item"><a href="/news/Pages/{h}.aspx" title="">{e(t)}</a><div class="description">{e(x)}</div><div class="description"><span class="date">{d}</span></div></div></div></li>'
        for h, t, x, d in [
            (
                "rents-index-q2-2025",
                "Private rents rose 5.1% in the year to June",
                "Rents rose fastest in Kestwick and slowest in the Upper Vale, where they were almost unchanged.",
                "19 August 2025",
            ),
            (
                "population-estimates-2024",
                "Population of Westmarch passes 400,000 for the first time",
                "The population grew by 1.2% in 2024, mainly because more people moved to the territory than left it.",
                "24 July 2025",
            ),
            (
                "house-prices-q2-2025",
                "Average house price steady at £241,000",
                "Prices of flats fell slightly while prices of detached houses rose, leaving the average almost unchanged.",
                "8 July 2025",
            ),
        ]
    )
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="en-GB">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" /><meta name="viewport" content="width=device-width, initial-scale=1" /><meta name="msapplication-TileImage" content="/_layouts/15/images/SharePointMetroAppTile.png" /><meta name="msapplication-TileColor" content="#0072C6" /><title>
	{e(art["title"])}
</title><link rel="stylesheet" type="text/css" href="/_layouts/15/1033/styles/Themable/corev15.css?rev=2a%2BD1%2FhmzJbJ0XD4qMYQLA%3D%3DTAG0"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/WSA/css/wsa-main.css"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=nVMblV8qYp1gJkB27x9I8w%3D%3DTAG0"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvnlDOHFo5jMZuhGIfHwPPkbl&amp;t=ffffffffc60ca17c"></script>
<script type="text/javascript" src="/_layouts/15/blank.js?rev=ZaOXZEobVwykPO9g8hq%2F8A%3D%3DTAG0"></script>
<script type="text/javascript">RegisterSod("initstrings.js", "\\u002f_layouts\\u002f15\\u002f1033\\u002finitstrings.js?rev=S11vfGURQYVuACMEY0tLTg\\u00253D\\u00253DTAG0");</script>
<script type="text/javascript">RegisterSod("strings.js", "\\u002f_layouts\\u002f15\\u002f1033\\u002fstrings.js?rev=xXYZY4hciX287lShPZuClw\\u00253D\\u00253DTAG0");RegisterSodDep("strings.js", "initstrings.js");</script>
<meta name="description" content="{e(ps[0])}" /><meta name="keywords" content="housing, completions, house building" /><link rel="canonical" href="{site}{page_url}" />
<meta property="og:title" content="{e(art["title"])}" /><meta property="og:type" content="article" /><meta name="DC.date.issued" content="2025-09-16" /><meta name="DC.creator" content="Westmarch Statistics Agency" />
</head>
<body onhashchange="if (typeof(_spBodyOnHashChange) != 'undefined') _spBodyOnHashChange();"><div id="imgPrefetch" style="display:none">
<img src="/_layouts/15/images/spcommon.png?rev=23" />
</div>
<form method="post" action="./housing-completions-year-to-june-2025.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="MSOTlPn_View" id="MSOTlPn_View" value="0" />
<input type="hidden" name="MSOTlPn_ShowSettings" id="MSOTlPn_ShowSettings" value="False" />
<input type="hidden" name="MSOGallery_SelectedLibrary" id="MSOGallery_SelectedLibrary" value="" />
<input type="hidden" name="MSOGallery_FilterString" id="MSOGallery_FilterString" value="" />
<input type="hidden" name="MSOTlPn_Button" id="MSOTlPn_Button" value="none" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x5E1A0B6F0C3D2B9A8E7F6D5C4B3A29180F7E6D5C4B3A2918,16 Sep 2025 08:31:12 -0000" />
<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />
<input type="hidden" name="MSOSPWebPartManager_ExitingDesignMode" id="MSOSPWebPartManager_ExitingDesignMode" value="false" />
<input type="hidden" name="MSOWebPartPage_Shared" id="MSOWebPartPage_Shared" value="" />
<input type="hidden" name="MSOLayout_LayoutChanges" id="MSOLayout_LayoutChanges" value="" />
<input type="hidden" name="MSOLayout_InDesignMode" id="MSOLayout_InDesignMode" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIVD2QWAmYPZBYCAgEPFgIeE1ByZXZpb3VzQ29udHJvbE1vZGULKYgBTWljcm9zb2Z0LlNoYXJlUG9pbnQuV2ViQ29udHJvbHMuU1BDb250cm9sTW9kZSwgTWljcm9zb2Z0LlNoYXJlUG9pbnQ" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{
    theForm = document.aspnetForm;
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
<script type="text/javascript">
//<![CDATA[
var _spPageContextInfo = {{webServerRelativeUrl: "\\u002fnews", webAbsoluteUrl: "https:\\u002f\\u002fwww.westmarch-stats.example\\u002fnews", siteAbsoluteUrl: "https:\\u002f\\u002fwww.westmarch-stats.example", serverRequestPath: "\\u002fnews\\u002fPages\\u002fhousing-completions-year-to-june-2025.aspx", layoutsUrl: "_layouts\\u002f15", webTitle: "News", webTemplate: "39", tenantAppVersion: "0", isAppWeb: false, webLogoUrl: "\\u002fSiteAssets\\u002fwsa-logo.png", webLanguage: 2057, currentLanguage: 2057, currentUICultureName: "en-GB", currentCultureName: "en-GB", clientServerTimeDelta: new Date("2025-09-16T08:31:12.4410000Z") - new Date(), siteClientTag: "1$$15.0.5545.1000", crossDomainPhotosEnabled:false, webUIVersion:15, webPermMasks:{{High:16,Low:196673}},pageListId:"{{6f9a3c21-0b8e-4d57-a1c4-2e3b5d7f9a10}}",pageItemId:214, pagePersonalizationScope:1, alertsEnabled:false, siteServerRelativeUrl: "\\u002f", allowSilverlightPrompt:'True'}};
//]]>
</script>
<div id="ms-designer-ribbon">
<div id="s4-ribbonrow" style="display:none"><div id="globalNavBox"><div id="ribbonBox"><div id="s4-ribboncont"></div></div></div></div>
</div>
<div id="s4-workspace" class="ms-core-overlay">
<div id="s4-bodyContainer">
<div class="wsa-alert" role="region" aria-label="Notice"><p>Our website will be unavailable from 8pm to 11pm on Saturday 20 September while we carry out maintenance. We apologise for any inconvenience.</p></div>
<div id="wsa-header">
<a href="#mainContent" class="wsa-skip">Skip to main content</a>
<div class="wsa-header-inner"><a href="/" id="wsa-logo" title="Westmarch Statistics Agency - Home"><img src="/SiteAssets/wsa-logo.png" alt="Westmarch Statistics Agency" /></a>
<div class="wsa-search"><div id="SearchBox" name="Control"><div class="ms-srch-sb ms-srch-sb-border" id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_sboxdiv"><input type="text" value="Search this site" maxlength="2048" accessKey="S" title="Search this site" id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_sbox" autocomplete="off" autocorrect="off" class="ms-textSmall ms-srch-sb-prompt ms-helperText" /><a title="Search" class="ms-srch-sb-searchLink" id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_SearchLink" href="javascript: {{}}"><img src="/_layouts/15/images/searchresultui.png?rev=23" class="ms-srch-sb-searchImg" id="searchImg" alt="Search" /></a></div></div></div></div>
<div id="DeltaTopNavigation" class="ms-displayInline ms-core-navigation" role="navigation">
<div id="zz1_TopNavigationMenu" class=" noindex ms-core-listMenu-horizontalBox">
<ul id="zz2_RootAspMenu" class="root ms-core-listMenu-root static"><li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Home</span></span></a></li><li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/statistics"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Statistics by theme</span></span></a></li><li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/data"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Data and tables</span></span></a></li><li class="static selected"><a class="static selected menu-item ms-core-listMenu-item ms-displayInline selected ms-navedit-linkNode" href="/news" accesskey="1"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">News</span><span class="ms-hidden">Currently selected</span></span></a></li><li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/release-calendar"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Release calendar</span></span></a></li><li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/about"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">About us</span></span></a></li></ul>
</div>
</div>
</div>
<div id="contentRow">
<div id="contentBox" aria-live="polite" aria-relevant="all">
<div id="notificationArea" class="ms-notif-box"></div>
<div id="DeltaPageStatusBar"><div id="pageStatusBar"></div></div>
<div id="DeltaPlaceHolderMain">
<a id="mainContent" name="mainContent" tabindex="-1"></a>
<div class="wsa-breadcrumb"><span id="ctl00_PlaceHolderMain_SiteMapPath1"><a href="#ctl00_PlaceHolderMain_SiteMapPath1_SkipLink"><img alt="Skip Navigation Links" src="/WebResource.axd?d=BbxtF8w1&amp;t=637811409260000000" width="0" height="0" style="border-width:0px;" /></a><span><a title="Home" href="/">Home</a></span><span> &gt; </span><span><a title="News" href="/news">News</a></span><span> &gt; </span><span>Housing completions, year to June 2025</span><a id="ctl00_PlaceHolderMain_SiteMapPath1_SkipLink"></a></span></div>
<div class="article article-left">
<div class="wsa-release-label">News release · Official statistics</div>
<h1 id="pageTitle"><div id="ctl00_PlaceHolderMain_ctl00_label" style='display:none'>Title</div><div id="ctl00_PlaceHolderMain_ctl00__ControlWrapper_TextField" style="display:inline">{e(art["title"])}</div></h1>
<div class="date-line"><span id="ctl00_PlaceHolderMain_ctl01_label" style='display:none'>Article Date</span><div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_DateTimeField" style="display:inline">16 September 2025</div> · <span class="wsa-byline">Housing statistics team · Statistician: {e(art["author"])}</span></div>
<div class="captioned-image"><div class="image"><div id="ctl00_PlaceHolderMain_ctl03_label" style='display:none'>Page Image</div><div id="ctl00_PlaceHolderMain_ctl03__ControlWrapper_RichImageField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl03_label"><div class="ms-rtestate-field"><img alt="New homes under construction" src="/news/PublishingImages/new-homes-harnley.jpg" style="BORDER:0px solid;" /></div></div></div><div class="caption"><div id="ctl00_PlaceHolderMain_ctl04_label" style='display:none'>Image Caption</div><div id="ctl00_PlaceHolderMain_ctl04__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl04_label">New homes on the former Tollgate barracks site in Harnley.</div></div></div>
<div class="article-content">
<div id="ctl00_PlaceHolderMain_ctl02_ctl00_label" style='display:none'>Page Content</div><div id="{field}" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl02_ctl00_label">{body}</div>
</div>
<div class="ms-webpart-zone ms-fullWidth">
<div id="MSOZoneCell_WebPartWPQ2" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth ">
{webpart("WPQ2", "Download the data", '<ul><li><a href="/data/Documents/housing-completions-2025-q2.xlsx">Housing completions, year to June 2025 (Excel, 84 KB)</a></li><li><a href="/data/Documents/housing-completions-2025-q2.csv">Housing completions, year to June 2025 (CSV, 12 KB)</a></li></ul><p>These statistics are next due to be updated on 16 December 2025.</p>')}
</div>
<div id="MSOZoneCell_WebPartWPQ3" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth ">
{webpart("WPQ3", "Media enquiries", "<p>Journalists can contact the press office on 01632 960 418 between 8.30am and 5pm, Monday to Friday. Out of hours, call the duty press officer on 07700 900 611.</p><p>Other enquiries about these statistics: housing.statistics@westmarch-stats.example</p>")}
</div>
<div id="MSOZoneCell_WebPartWPQ4" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth ">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth "><div class="ms-webpart-chrome-title" id="WebPartCaptionWPQ4"><span title="Related releases - Content Query" id="WebPartTitleWPQ4" class="js-webpart-titleCell"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>Related releases</span><span id="WebPartCaptionWPQ4"></span></nobr></h2></span></div><div WebPartID="c7e2d9a1-3b4f-4e80-8f21-6d0a9b1c2e44" HasPers="false" id="WebPartWPQ4" width="100%" class="ms-WPBody noindex " allowDelete="false" style="" ><div id="cbqwpctl00_ctl46_g_c7e2d9a1_3b4f_4e80_8f21_6d0a9b1c2e44" class="cbq-layout-main"><ul class="dfwp-column dfwp-list" style="width:100%">{related}</ul></div><div class="ms-clear"></div></div></div>
</div>
</div>
<div class="wsa-feedback"><h2>Is this page useful?</h2><a href="/feedback?page=housing-completions" class="wsa-btn">Yes</a> <a href="/feedback?page=housing-completions&amp;useful=no" class="wsa-btn">No</a><p>Help us improve our website by telling us what you were looking for.</p></div>
</div>
<div style='display:none' id='hidZone'><menu class="ms-hide"><ie:menuitem id="MSOMenu_Help" iconsrc="/_layouts/15/images/HelpIcon.gif" onmenuclick="MSOWebPartPage_SetNewWindowLocation(MenuWebPart.getAttribute('helpLink'), MenuWebPart.getAttribute('helpMode'))" text="Help" type="option" style="display:none"></ie:menuitem></menu></div>
</div>
</div>
</div>
<div id="wsa-footer"><div class="wsa-footer-inner"><ul><li><a href="/about/accessibility">Accessibility</a></li><li><a href="/about/privacy">Privacy and cookies</a></li><li><a href="/about/code-of-practice">Code of practice for statistics</a></li><li><a href="/about/contact">Contact us</a></li></ul><p>The Westmarch Statistics Agency is the territory's independent producer of official statistics. All content is available under the Open Government Licence v3.0, except where otherwise stated.</p><p>© Westmarch Statistics Agency 2025</p></div></div>
<div class="wsa-cookie" id="wsaCookieBanner" role="region" aria-label="Cookies on this site"><p>We use some essential cookies to make this website work. We would also like to set analytics cookies to understand how you use the site, so that we can improve it.</p><button type="button" class="wsa-btn" onclick="wsaCookies.accept();return false;">Accept analytics cookies</button> <button type="button" class="wsa-btn" onclick="wsaCookies.reject();return false;">Reject analytics cookies</button></div>
</div>
</div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;function WebForm_OnSubmit() {{
UpdateFormDigest('\\u002fnews', 1440000);if (typeof(_spFormOnSubmitWrapper) != 'undefined') {{return _spFormOnSubmitWrapper();}} else {{return true;}};
return true;
}}
//]]>
</script>
</form>
<span id="DeltaPlaceHolderUtilityContent"></span>
</body>
</html>
"""


def ferry(art):
    """WordPress AMP plugin, Reader mode with the legacy template."""
    site = "https://www.estuarymercury.example"
    url = f"{site}/news/2025/09/08/foxley-ferry-back-in-service/"
    ps = art["paragraphs"]

    def block(i):
        p = ps[i]
        if p.startswith("## "):
            return f'<h2 class="wp-block-heading">{e(p[3:])}</h2>'
        if p.startswith("Correction:"):
            return f'<p class="has-small-font-size"><em><strong>Correction:</strong>{e(p[len("Correction:") :])}</em></p>'
        return f"<p>{e(p)}</p>"

    def ad(n):
        return f'<div class="code-block code-block-{n}" style="margin: 8px auto; text-align: center; display: block; clear: both;"><p class="ad-label">Advertisement</p><amp-ad width="300" height="250" type="doubleclick" data-slot="/21759104/estuarymercury/article_mpu_{n}" data-multi-size="300x600,336x280" data-multi-size-validation="false" json=\'{{"targeting":{{"section":["news"],"pos":["mpu{n}"]}}}}\' class="i-amphtml-layout-fixed i-amphtml-layout-size-defined" style="width:300px;height:250px" i-amphtml-layout="fixed"><div placeholder="" class="amp-ad-placeholder">Loading advertisement&hellip;</div><div fallback="">Advertisement could not be loaded.</div></amp-ad></div>'

    figure = f'<figure class="wp-block-image size-large"><amp-img width="1024" height="683" src="{site}/wp-content/uploads/2025/09/marrick-belle-slipway-1024x683.jpg" alt="The Marrick Belle at Foxley slipway" class="wp-image-91822 amp-wp-enforced-sizes i-amphtml-layout-intrinsic i-amphtml-layout-size-defined" srcset="{site}/wp-content/uploads/2025/09/marrick-belle-slipway-1024x683.jpg 1024w, {site}/wp-content/uploads/2025/09/marrick-belle-slipway-300x200.jpg 300w" sizes="(max-width: 1024px) 100vw, 1024px" layout="intrinsic" i-amphtml-layout="intrinsic"><i-amphtml-sizer slot="i-amphtml-svc" class="i-amphtml-sizer"><img alt="" aria-hidden="true" class="i-amphtml-intrinsic-sizer" role="presentation" src="data:image/svg+xml;base64,PHN2ZyBoZWlnaHQ9JzY4Mycgd2lkdGg9JzEwMjQnIHhtbG5zPSdodHRwOi8vd3d3LnczLm9yZy8yMDAwL3N2ZycgdmVyc2lvbj0nMS4xJy8+"></i-amphtml-sizer><noscript><img loading="lazy" decoding="async" width="1024" height="683" src="{site}/wp-content/uploads/2025/09/marrick-belle-slipway-1024x683.jpg" alt="The Marrick Belle at Foxley slipway"></noscript></amp-img><figcaption class="wp-element-caption">The Marrick Belle back at Foxley slipway on Monday morning. Picture: Estuary Mercury</figcaption></figure>'
    related_line = f'<p><strong>RELATED: </strong><a href="{site}/news/2025/07/29/foxley-ferry-suspended-corrosion/">Foxley ferry suspended after inspectors find hull corrosion</a></p>'
    tweet = '<amp-twitter width="500" height="200" layout="responsive" data-tweetid="1965012345678901234" data-dnt="true" class="i-amphtml-layout-responsive i-amphtml-layout-size-defined" i-amphtml-layout="responsive"><i-amphtml-sizer slot="i-amphtml-svc" style="display:block;padding-top:40%"></i-amphtml-sizer><blockquote class="twitter-tweet" data-width="500" data-dnt="true" placeholder=""><p lang="en" dir="ltr">The Foxley to Marrick ferry is back in service from today. First sailing 6.40am, normal timetable all day. Thanks for your patience while repairs were completed.</p>&mdash; Foxshire County Council (@FoxshireCC) <a href="https://twitter.com/FoxshireCC/status/1965012345678901234">September 8, 2025</a></blockquote></amp-twitter>'
    newsletter = f'<div class="wp-block-group newsletter-inline has-pale-cyan-blue-background-color has-background"><div class="wp-block-group__inner-container"><h3 class="wp-block-heading">Get the Mercury Morning Briefing</h3><p>The top stories from around the estuary, in your inbox before 7am every weekday. It&rsquo;s free.</p><form method="post" action-xhr="{site}/wp-json/newsletter/v1/subscribe" target="_top" class="i-amphtml-form"><input type="email" name="email" placeholder="Your email address" required><input type="submit" value="Sign up"><div submit-success=""><template type="amp-mustache">Thanks! Check your inbox to confirm.</template></div></form></div></div>'
    body = "\n".join(
        [
            f"<p><strong>{e(ps[0])}</strong></p>",
            block(1),
            figure,
            block(2),
            ad(1),
            block(3),
            block(4),
            block(5),
            related_line,
            tweet,
            block(6),
            block(7),
            ad(2),
            block(8),
            block(9),
            newsletter,
        ]
    )
    related = "".join(
        f'<div class="jp-relatedposts-post jp-relatedposts-post{k} jp-relatedposts-post-thumbs" data-post-id="{n}" data-post-format="false"><a class="jp-relatedposts-post-a" href="{site}/news/{h}/" title="{e(t)}" rel="nofollow" data-origin="91840" data-position="{k}"><amp-img class="jp-relatedposts-post-img" src="{site}/wp-content/uploads/2025/{img}-350x200.jpg" width="350" height="200" alt="" layout="responsive"></amp-img></a><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{site}/news/{h}/" title="{e(t)}" rel="nofollow" data-origin="91840" data-position="{k}">{e(t)}</a></h4><p class="jp-relatedposts-post-excerpt">{e(x)}</p><p class="jp-relatedposts-post-date">{d}</p><p class="jp-relatedposts-post-context">In &quot;Transport&quot;</p></div>'
        for k, (n, h, img, t, x, d) in enumerate(
            [
                (
                    91577,
                    "2025/07/29/foxley-ferry-suspended-corrosion",
                    "07/ferry-suspended",
                    "Foxley ferry suspended after inspectors find hull corrosion",
                    "Passengers have been told to expect the crossing to be closed for at least a month while the vessel is repaired at Anstey.",
                    "29 July 2025",
                ),
                (
                    91702,
                    "2025/08/14/estuary-detour-bus",
                    "08/detour-bus",
                    "Extra buses added to estuary detour while ferry is out of action",
                    "The county council is paying for two extra early-morning buses, mainly for hospital staff who work shifts in Marrick.",
                    "14 August 2025",
                ),
                (
                    91790,
                    "2025/08/30/anstey-boatyard-jobs",
                    "08/boatyard",
                    "Anstey boatyard to take on eight apprentices",
                    "The yard says it has more repair work than at any time in the last ten years and needs to train new welders.",
                    "30 August 2025",
                ),
            ]
        )
    )
    schema = {
        "@context": "http://schema.org",
        "publisher": {
            "@type": "Organization",
            "name": "Estuary Mercury",
            "logo": {
                "@type": "ImageObject",
                "url": f"{site}/wp-content/uploads/2023/01/mercury-icon-60x60.png",
                "height": 60,
                "width": 60,
            },
        },
        "@type": "NewsArticle",
        "mainEntityOfPage": url,
        "headline": art["title"],
        "datePublished": "2025-09-08T14:22:10+01:00",
        "dateModified": "2025-09-09T09:05:44+01:00",
        "author": {"@type": "Person", "name": art["author"]},
        "image": f"{site}/wp-content/uploads/2025/09/marrick-belle-slipway.jpg",
    }
    return f"""<!DOCTYPE html>
<html amp lang="en-GB" i-amphtml-layout="" i-amphtml-no-boilerplate="" transformed="self;v=1">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,minimum-scale=1"><link rel="preconnect" href="https://cdn.ampproject.org"><style amp-runtime="" i-amphtml-version="012508291821000">html{{overflow-x:hidden!important}}html.i-amphtml-fie{{height:100%!important;width:100%!important}}[hidden]{{display:none!important}}.i-amphtml-element{{display:inline-block}}</style><script async="" src="https://cdn.ampproject.org/v0.mjs" type="module" crossorigin="anonymous"></script><script async nomodule src="https://cdn.ampproject.org/v0.js" crossorigin="anonymous"></script><script src="https://cdn.ampproject.org/v0/amp-ad-0.1.mjs" async="" custom-element="amp-ad" type="module" crossorigin="anonymous"></script><script src="https://cdn.ampproject.org/v0/amp-analytics-0.1.mjs" async="" custom-element="amp-analytics" type="module" crossorigin="anonymous"></script><script src="https://cdn.ampproject.org/v0/amp-consent-0.1.mjs" async="" custom-element="amp-consent" type="module" crossorigin="anonymous"></script><script src="https://cdn.ampproject.org/v0/amp-form-0.1.mjs" async="" custom-element="amp-form" type="module" crossorigin="anonymous"></script><script src="https://cdn.ampproject.org/v0/amp-social-share-0.1.mjs" async="" custom-element="amp-social-share" type="module" crossorigin="anonymous"></script><script src="https://cdn.ampproject.org/v0/amp-twitter-0.1.mjs" async="" custom-element="amp-twitter" type="module" crossorigin="anonymous"></script><script src="https://cdn.ampproject.org/v0/amp-mustache-0.2.mjs" async="" custom-template="amp-mustache" type="module" crossorigin="anonymous"></script><link rel="icon" href="{site}/wp-content/uploads/2023/01/mercury-icon-32x32.png" sizes="32x32"><meta name="generator" content="AMP Plugin v2.5.5; mode=reader; theme=legacy"><meta name="generator" content="WordPress 6.8.2"><title>{e(art["title"])} &#8211; Estuary Mercury</title><link rel="canonical" href="{url}"><script type="application/ld+json">{json.dumps(schema)}</script><style amp-custom="">.amp-wp-enforced-sizes{{max-width:100%;margin:0 auto}}html{{background:#0a89c0}}body{{background:#fff;color:#353535;font-family:Georgia,"Times New Roman",Times,Serif;font-weight:300;line-height:1.75}}.amp-wp-header{{background-color:#0a89c0}}.amp-wp-header div{{color:#fff;font-size:1em;font-weight:400;margin:0 auto;max-width:calc(840px - 32px);padding:.875em 16px;position:relative}}.amp-wp-article{{color:#353535;font-weight:400;margin:1.5em auto;max-width:840px;overflow-wrap:break-word;word-wrap:break-word}}.amp-wp-article-content{{margin:0 16px}}.amp-wp-footer{{border-top:1px solid #c2c2c2;margin:calc(1.5em - 1px) 0 0}}.ad-label{{font-size:11px;color:#888;text-transform:uppercase}}</style></head>
<body class="">
<amp-consent id="mercury-consent" layout="nodisplay" class="i-amphtml-layout-nodisplay" hidden="hidden" i-amphtml-layout="nodisplay"><script type="application/json">{{"consentInstanceId":"mercury-consent","consentRequired":"remote","checkConsentHref":"{site}/wp-json/amp-consent/v1/check","promptUI":"consent-ui"}}</script><div id="consent-ui" class="consent-ui"><p>We and our partners use cookies to show you personalised adverts and to measure how our site is used. You can change your choices at any time from the link at the bottom of the page.</p><button on="tap:mercury-consent.accept" role="button">Accept all</button><button on="tap:mercury-consent.reject" role="button">Reject all</button><a href="{site}/cookie-policy/">Read our cookie policy</a></div></amp-consent>
<header id="top" class="amp-wp-header">
	<div>
		<a href="{site}/">
							<amp-img src="{site}/wp-content/uploads/2023/01/mercury-icon-32x32.png" width="32" height="32" class="amp-wp-site-icon i-amphtml-layout-fixed i-amphtml-layout-size-defined" style="width:32px;height:32px" i-amphtml-layout="fixed"></amp-img>
						<span class="amp-site-title">
				Estuary Mercury			</span>
		</a>
	</div>
</header>

<article class="amp-wp-article">
	<header class="amp-wp-article-header">
		<h1 class="amp-wp-title">{e(art["title"])}</h1>
			<div class="amp-wp-meta amp-wp-byline">
					<amp-img src="https://secure.gravatar.example/avatar/cr?s=72&amp;d=mm&amp;r=g" alt="{e(art["author"])}" width="24" height="24" layout="fixed" class="i-amphtml-layout-fixed i-amphtml-layout-size-defined" style="width:24px;height:24px" i-amphtml-layout="fixed"></amp-img>
				<span class="amp-wp-author author vcard">{e(art["author"])}</span>
	</div>
<div class="amp-wp-meta amp-wp-posted-on">
	<time datetime="2025-09-08T13:22:10+00:00">
		7 hours ago	</time>
</div>
	</header>

	<figure class="amp-wp-article-featured-image wp-caption">
	<amp-img width="1024" height="576" src="{site}/wp-content/uploads/2025/09/marrick-belle-crossing-1024x576.jpg" class="attachment-large size-large wp-post-image amp-wp-enforced-sizes i-amphtml-layout-intrinsic i-amphtml-layout-size-defined" alt="" layout="intrinsic" i-amphtml-layout="intrinsic"><i-amphtml-sizer slot="i-amphtml-svc" class="i-amphtml-sizer"><img alt="" aria-hidden="true" class="i-amphtml-intrinsic-sizer" role="presentation" src="data:image/svg+xml;base64,PHN2ZyBoZWlnaHQ9JzU3Nicgd2lkdGg9JzEwMjQnIHhtbG5zPSdodHRwOi8vd3d3LnczLm9yZy8yMDAwL3N2ZycgdmVyc2lvbj0nMS4xJy8+"></i-amphtml-sizer></amp-img>			<p class="wp-caption-text">
			The Marrick Belle crossing the estuary. Picture: Estuary Mercury archive		</p>
	</figure>

	<div class="amp-wp-article-content">
		<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-facebook"><amp-social-share type="facebook" height="32" width="32" data-param-app_id="249643311490" aria-label="Share on Facebook"></amp-social-share></li><li class="share-x"><amp-social-share type="twitter" height="32" width="32" aria-label="Share on X"></amp-social-share></li><li class="share-email"><amp-social-share type="email" height="32" width="32" aria-label="Share by email"></amp-social-share></li></ul></div></div></div>
{body}
<div id="jp-relatedposts" class="jp-relatedposts" style="display: block;"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid">{related}</div></div>
	</div>

	<footer class="amp-wp-article-footer">
			<div class="amp-wp-meta amp-wp-tax-category">
		Categories: <a href="{site}/category/news/" rel="category tag">News</a>, <a href="{site}/category/news/transport/" rel="category tag">Transport</a>	</div>

	<div class="amp-wp-meta amp-wp-tax-tag">
		Tags: <a href="{site}/tag/foxley/" rel="tag">Foxley</a>, <a href="{site}/tag/marrick/" rel="tag">Marrick</a>, <a href="{site}/tag/ferry/" rel="tag">ferry</a>	</div>
		<div class="amp-wp-meta amp-wp-comments-link">
		<a href="{url}#comments">
			Leave a Comment		</a>
	</div>
	</footer>
</article>

<footer class="amp-wp-footer">
	<div>
		<h2>Estuary Mercury</h2>
		<p>The Estuary Mercury is published by Foxshire Local News Ltd, Harbour Chambers, Foxley. Registered in England and Wales.</p>
		<a href="#top" class="back-to-top">Back to top</a>
	</div>
</footer>
<div class="amp-wp-mobile-version-switcher"><a href="{url}?noamp=mobile#top" rel="nofollow">Exit mobile version</a></div>
<amp-analytics type="googleanalytics" id="googleanalytics" class="i-amphtml-layout-fixed i-amphtml-layout-size-defined" style="width:1px;height:1px" i-amphtml-layout="fixed"><script type="application/json">{{"vars":{{"account":"UA-00000000-1"}},"triggers":{{"trackPageview":{{"on":"visible","request":"pageview"}}}}}}</script></amp-analytics>
</body>
</html>
"""


def trees(art):
    """Docusaurus 3 blog post page (classic theme, admonitions, table of contents)."""
    site = "https://openbrennock.example"
    slug = "/blog/2025/09/24/street-trees-open-data"
    url = site + slug
    ps = art["paragraphs"]

    def anchor(text):
        a = "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")
        while "--" in a:
            a = a.replace("--", "-")
        return a

    def h2(text):
        a = anchor(text)
        return f'<h2 class="anchor anchorWithStickyNavbar_LWe7" id="{a}">{e(text)}<a href="#{a}" class="hash-link" aria-label="Direct link to {e(text)}" title="Direct link to {e(text)}">\u200b</a></h2>'

    out = []
    items = []
    for i, p in enumerate(ps[:-1]):
        if p.startswith("- "):
            t = e(p[2:])
            if i == 7:
                t = t.replace("London plane", "<strong>London plane</strong>", 1)
            items.append(f"<li>{t}</li>")
            continue
        if items:
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            items = []
        if p.startswith("## "):
            out.append(h2(p[3:]))
        else:
            out.append(f"<p>{e(p)}</p>")
        if i == 1:
            out.append(
                '<figure class="figure_aB3x"><img loading="lazy" src="/assets/images/survey-volunteers-8f2c1a.jpg" alt="Volunteers measuring a tree trunk" width="1200" height="800" class="img_ev3q"><figcaption class="figcaption_Qx4e">Volunteers measure a plane tree on Castle Road in July 2024. Photo: Open Brennock</figcaption></figure>'
            )
        if i == 4:
            out.append(
                '<div class="callout_Tz8p"><p class="calloutTitle_m2Qd">Want to help?</p><p>We are looking for volunteers to check new entries each month. It takes about an hour, and you can do it from home.</p><a class="button button--primary button--sm" href="/volunteer">Volunteer with us</a></div>'
            )
        if i == 10:
            out.append(
                '<div class="mapEmbed_c0Lw"><iframe src="https://maps.openbrennock.example/street-trees/embed" title="Map of Brennock street trees" loading="lazy" width="100%" height="420"></iframe><p class="mapCaption_Hh1r">Interactive map: every street tree in the dataset, coloured by species. <a href="https://maps.openbrennock.example/street-trees">Open full screen</a></p></div>'
            )
    body = "\n".join(out)
    note = f'<div class="theme-admonition theme-admonition-info admonition_xJq3 alert alert--info"><div class="admonitionHeading_Gvgb"><span class="admonitionIcon_Rf37"><svg viewBox="0 0 14 16"><path fill-rule="evenodd" d="M7 2.3c3.14 0 5.7 2.56 5.7 5.7s-2.56 5.7-5.7 5.7A5.71 5.71 0 0 1 1.3 8c0-3.14 2.56-5.7 5.7-5.7zM7 1C3.14 1 0 4.14 0 8s3.14 7 7 7 7-3.14 7-7-3.14-7-7-7zm1 3H6v5h2V4zm0 6H6v2h2v-2z"></path></svg></span>info</div><div class="admonitionContent_BuS1"><p>{e(ps[-1])}</p></div></div>'
    newsletter = '<div class="newsletter_Fk2d"><h3>Get our monthly update</h3><p>One email a month about our projects, meetups and new datasets. No spam, and you can unsubscribe at any time.</p><form action="https://buttondown.example/api/emails/embed-subscribe/openbrennock" method="post" target="popupwindow" class="newsletterForm_p0Wn"><input type="email" name="email" placeholder="you@example.org" aria-label="Email address"><button type="submit" class="button button--secondary">Subscribe</button></form></div>'
    toc = "".join(
        f'<li><a href="#{anchor(p[3:])}" class="table-of-contents__link toc-highlight">{e(p[3:])}</a></li>'
        for p in ps
        if p.startswith("## ")
    )
    cur = 'aria-current="page" '
    recent = "".join(
        f'<li class="sidebarItem__DBe"><a {cur if h == slug else ""}class="sidebarItemLink_mo7H{" sidebarItemLinkActive_I1ZP" if h == slug else ""}" href="{h}">{e(t)}</a></li>'
        for h, t in [
            (slug, art["title"]),
            ("/blog/2025/08/12/bus-stop-audit", "What we learned from auditing 600 bus stops"),
            (
                "/blog/2025/06/30/summer-survey-kickoff",
                "Street tree survey: the final summer starts now",
            ),
            ("/blog/2025/05/14/council-budget-explorer", "Introducing the council budget explorer"),
            (
                "/blog/2025/03/02/hack-night-recap",
                "Hack night recap: flooding data and a lot of pizza",
            ),
        ]
    )
    schema = {
        "@context": "https://schema.org",
        "@id": url,
        "@type": "BlogPosting",
        "author": {
            "@type": "Person",
            "name": art["author"],
            "description": "Coordinator, Street Trees project",
            "url": "https://github.example/tamsinorr",
            "image": "https://github.example/tamsinorr.png",
        },
        "datePublished": "2025-09-24T00:00:00.000Z",
        "description": ps[0],
        "headline": art["title"],
        "isPartOf": {"@id": f"{site}/blog", "@type": "Blog", "name": "Blog"},
        "keywords": [],
        "mainEntityOfPage": url,
        "name": art["title"],
        "url": url,
    }
    return f"""<!doctype html>
<html lang="en-GB" dir="ltr" class="blog-wrapper blog-post-page plugin-blog plugin-id-default" data-has-hydrated="false">
<head>
<meta charset="UTF-8">
<meta name="generator" content="Docusaurus v3.8.1">
<title data-rh="true">{e(art["title"])} | Open Brennock</title><meta data-rh="true" name="viewport" content="width=device-width,initial-scale=1"><meta data-rh="true" name="twitter:card" content="summary_large_image"><meta data-rh="true" property="og:image" content="{site}/img/social-card.png"><meta data-rh="true" property="og:url" content="{url}"><meta data-rh="true" property="og:locale" content="en_GB"><meta data-rh="true" name="docusaurus_locale" content="en-GB"><meta data-rh="true" name="docusaurus_tag" content="default"><meta data-rh="true" name="docsearch:language" content="en-GB"><meta data-rh="true" name="docsearch:docusaurus_tag" content="default"><meta data-rh="true" property="og:title" content="{e(art["title"])} | Open Brennock"><meta data-rh="true" name="description" content="{e(ps[0])}"><meta data-rh="true" property="og:description" content="{e(ps[0])}"><meta data-rh="true" property="og:type" content="article"><meta data-rh="true" property="article:published_time" content="2025-09-24T00:00:00.000Z"><meta data-rh="true" property="article:author" content="https://github.example/tamsinorr"><meta data-rh="true" property="article:tag" content="open data,street trees,volunteers"><link data-rh="true" rel="icon" href="/img/favicon.ico"><link data-rh="true" rel="canonical" href="{url}"><link data-rh="true" rel="alternate" href="{url}" hreflang="en-GB"><link data-rh="true" rel="alternate" href="{url}" hreflang="x-default"><script data-rh="true" type="application/ld+json">{json.dumps(schema)}</script><link rel="alternate" type="application/rss+xml" href="/blog/rss.xml" title="Open Brennock RSS Feed">
<link rel="alternate" type="application/atom+xml" href="/blog/atom.xml" title="Open Brennock Atom Feed"><link rel="stylesheet" href="/assets/css/styles.4f2a1c9e.css">
<script src="/assets/js/runtime~main.8b1c3d2e.js" defer="defer"></script>
<script src="/assets/js/main.5e7f0a91.js" defer="defer"></script>
</head>
<body class="navigation-with-keyboard">
<svg xmlns="http://www.w3.org/2000/svg" style="display: none;"><defs>
<symbol id="theme-svg-external-link" viewBox="0 0 24 24"><path fill="currentColor" d="M21 13v10h-21v-19h12v2h-10v15h17v-8h2zm3-12h-10.988l4.035 4-6.977 7.07 2.828 2.828 6.977-7.07 4.125 4.172v-11z"/></symbol>
</defs></svg>
<script>!function(){{var t=function(){{try{{return new URLSearchParams(window.location.search).get("docusaurus-theme")}}catch(t){{}}}}()||function(){{try{{return window.localStorage.getItem("theme")}}catch(t){{}}}}();document.documentElement.setAttribute("data-theme",t||"light"),document.documentElement.setAttribute("data-theme-choice",t||"light")}}()</script><div id="__docusaurus"><div role="region" aria-label="Skip to main content"><a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">Skip to main content</a></div><div class="theme-announcement-bar announcementBar_mb4j" role="banner"><div class="announcementBarPlaceholder_vyr4"></div><div class="content_knG7 announcementBarContent_xLdY">Our next hack night is on Tuesday 14 October at the central library. Everyone is welcome, whatever your skills.</div><button type="button" aria-label="Close" class="clean-btn close closeButton_CVFx announcementBarClose_gvF7"><svg viewBox="0 0 15 15" width="14" height="14"><g stroke="currentColor" stroke-width="3.1"><path d="M.75.75l13.5 13.5M14.25.75L.75 14.25"></path></g></svg></button></div><nav aria-label="Main" class="theme-layout-navbar navbar navbar--fixed-top"><div class="navbar__inner"><div class="theme-layout-navbar-left navbar__items"><button aria-label="Toggle navigation bar" aria-expanded="false" class="navbar__toggle clean-btn" type="button"><svg width="30" height="30" viewBox="0 0 30 30" aria-hidden="true"><path stroke="currentColor" stroke-linecap="round" stroke-miterlimit="10" stroke-width="2" d="M4 7h22M4 15h22M4 23h22"></path></svg></button><a class="navbar__brand" href="/"><div class="navbar__logo"><img src="/img/logo.svg" alt="Open Brennock logo" class="themedComponent_mlkZ themedComponent--light_NVdE"></div><b class="navbar__title text--truncate">Open Brennock</b></a><a class="navbar__item navbar__link" href="/projects">Projects</a><a class="navbar__item navbar__link" href="/docs/datasets">Datasets</a><a aria-current="page" class="navbar__item navbar__link navbar__link--active" href="/blog">Blog</a><a class="navbar__item navbar__link" href="/meetups">Meetups</a></div><div class="theme-layout-navbar-right navbar__items navbar__items--right"><a href="https://github.example/openbrennock" target="_blank" rel="noopener noreferrer" class="navbar__item navbar__link">GitHub<svg width="13.5" height="13.5" aria-hidden="true" class="iconExternalLink_nPIU"><use href="#theme-svg-external-link"></use></svg></a><div class="toggle_vylO colorModeToggle_DEke"><button class="clean-btn toggleButton_gllP toggleButtonDisabled_aARS" type="button" disabled="" title="system mode" aria-label="Switch between dark and light mode (currently system mode)"><svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" class="toggleIcon_g3eP lightToggleIcon_pyhR"><path fill="currentColor" d="M12,9c1.65,0,3,1.35,3,3s-1.35,3-3,3s-3-1.35-3-3S10.35,9,12,9z"></path></svg></button></div><div class="navbarSearchContainer_Bca1"><button type="button" class="DocSearch DocSearch-Button" aria-label="Search (Command+K)"><span class="DocSearch-Button-Container"><svg width="20" height="20" class="DocSearch-Search-Icon" viewBox="0 0 20 20" aria-hidden="true"><path d="M14.386 14.386l4.0877 4.0877-4.0877-4.0877c-2.9418 2.9419-7.7115 2.9419-10.6533 0-2.9419-2.9418-2.9419-7.7115 0-10.6533 2.9418-2.9419 7.7115-2.9419 10.6533 0 2.9419 2.9418 2.9419 7.7115 0 10.6533z" stroke="currentColor" fill="none" fill-rule="evenodd" stroke-linecap="round" stroke-linejoin="round"></path></svg><span class="DocSearch-Button-Placeholder">Search</span></span><span class="DocSearch-Button-Keys"></span></button></div></div></div><div role="presentation" class="navbar-sidebar__backdrop"></div></nav><div id="__docusaurus_skipToContent_fallback" class="theme-layout-main main-wrapper mainWrapper_z2l0"><div class="container margin-vert--lg"><div class="row"><aside class="col col--3"><nav class="sidebar_re4s thin-scrollbar" aria-label="Blog recent posts navigation"><div class="sidebarItemTitle_pO2u margin-bottom--md">Recent posts</div><div role="group"><h3 class="yearGroupHeading_rMGB">2025</h3><ul class="sidebarItemList_Yudw clean-list">{recent}</ul></div></nav></aside><main class="col col--7"><article class=""><header><h1 class="title_f1Hy">{e(art["title"])}</h1><div class="container_mt6G margin-vert--md"><time datetime="2025-09-24T00:00:00.000Z">24 September 2025</time> · <!-- -->6 min read</div><div class="margin-top--md margin-bottom--sm row"><div class="col col--12 authorCol_Hf19"><div class="avatar margin-bottom--sm"><a href="https://github.example/tamsinorr" target="_blank" rel="noopener noreferrer" class="avatar__photo-link"><img class="avatar__photo authorImage_XqGP" src="https://github.example/tamsinorr.png" alt="{e(art["author"])}"></a><div class="avatar__intro authorDetails_lV9A"><div class="avatar__name"><a href="https://github.example/tamsinorr" target="_blank" rel="noopener noreferrer"><span class="authorName_yefp">{e(art["author"])}</span></a></div><small class="authorTitle_nd0D" title="Coordinator, Street Trees project">Coordinator, Street Trees project</small><div class="authorSocials_rSDt"></div></div></div></div></div></header><div id="__blog-post-container" class="markdown">{body}
{note}
{newsletter}</div><footer class="docusaurus-mt-lg"><div class="row margin-top--sm theme-blog-footer-edit-meta-row"><div class="col"><b>Tags:</b><ul class="tags_jXut padding--none margin-left--sm"><li class="tag_QGVx"><a rel="tag" class="tag_zVej tagRegular_sFm0" href="/blog/tags/open-data">open data</a></li><li class="tag_QGVx"><a rel="tag" class="tag_zVej tagRegular_sFm0" href="/blog/tags/street-trees">street trees</a></li><li class="tag_QGVx"><a rel="tag" class="tag_zVej tagRegular_sFm0" href="/blog/tags/volunteers">volunteers</a></li></ul></div></div><div class="row margin-top--sm theme-blog-footer-edit-meta-row"><div class="col"><a href="https://github.example/openbrennock/website/edit/main/blog/2025-09-24-street-trees-open-data.md" target="_blank" rel="noopener noreferrer" class="theme-edit-this-page"><svg fill="currentColor" height="20" width="20" viewBox="0 0 40 40" class="iconEdit_Z9Sw" aria-hidden="true"><g><path d="m34.5 11.7l-3 3.1-6.3-6.3 3.1-3q0.5-0.5 1.2-0.5t1.1 0.5l3.9 3.9q0.5 0.4 0.5 1.1t-0.5 1.2z"></path></g></svg>Edit this page</a></div></div></footer></article><nav class="pagination-nav docusaurus-mt-lg" aria-label="Blog post page navigation"><a class="pagination-nav__link pagination-nav__link--next" href="/blog/2025/08/12/bus-stop-audit"><div class="pagination-nav__sublabel">Older post</div><div class="pagination-nav__label">What we learned from auditing 600 bus stops</div></a></nav></main><div class="col col--2"><div class="tableOfContents_bqdL thin-scrollbar"><ul class="table-of-contents table-of-contents__left-border">{toc}</ul></div></div></div></div></div><footer class="theme-layout-footer footer footer--dark"><div class="container container-fluid"><div class="row footer__links"><div class="theme-layout-footer-column col footer__col"><div class="footer__title">Get involved</div><ul class="footer__items clean-list"><li class="footer__item"><a class="footer__link-item" href="/meetups">Meetups</a></li><li class="footer__item"><a class="footer__link-item" href="/volunteer">Volunteer</a></li><li class="footer__item"><a class="footer__link-item" href="/code-of-conduct">Code of conduct</a></li></ul></div><div class="theme-layout-footer-column col footer__col"><div class="footer__title">Data</div><ul class="footer__items clean-list"><li class="footer__item"><a class="footer__link-item" href="/docs/datasets">Datasets</a></li><li class="footer__item"><a href="https://data.brennock.example" target="_blank" rel="noopener noreferrer" class="footer__link-item">City open data portal<svg width="13.5" height="13.5" aria-hidden="true" class="iconExternalLink_nPIU"><use href="#theme-svg-external-link"></use></svg></a></li></ul></div><div class="theme-layout-footer-column col footer__col"><div class="footer__title">More</div><ul class="footer__items clean-list"><li class="footer__item"><a class="footer__link-item" href="/blog">Blog</a></li><li class="footer__item"><a href="https://github.example/openbrennock" target="_blank" rel="noopener noreferrer" class="footer__link-item">GitHub<svg width="13.5" height="13.5" aria-hidden="true" class="iconExternalLink_nPIU"><use href="#theme-svg-external-link"></use></svg></a></li></ul></div></div><div class="footer__bottom text--center"><div class="footer__copyright">Copyright © 2025 Open Brennock. Content is licensed under CC BY 4.0. Built with Docusaurus.</div></div></div></footer></div>
</body>
</html>
"""


LAYOUTS_H28 = {
    "h28-01-odia": ("h28_odia", odia),
    "h28-02-lao": ("h28_lao", lao),
    "h28-03-sorani": ("h28_sorani", sorani),
    "h28-04-tigrinya": ("h28_tigrinya", tigrinya),
    "h28-05-sundanese": ("h28_sundanese", sundanese),
    "h28-06-turkmen": ("h28_turkmen", turkmen),
    "h28-07-stats": ("h28_stats", stats),
    "h28-08-ferry": ("h28_ferry", ferry),
    "h28-09-trees": ("h28_trees", trees),
}
