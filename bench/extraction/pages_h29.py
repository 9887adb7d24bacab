"""Layouts of the frozen held-out group "h29" of the extraction benchmark.

Written at the start of round 26 by someone other than the person tuning the reader and
without reading the reader or its output on these pages; never used for tuning
(docs/benchmarks-extraction.md). Fictional pages in layouts and languages not used by
h2-h28: an Assamese district news site on WordPress with the Kadence theme (header
builder rows, ``entry-content single-content`` with Kadence Blocks, Ad Inserter slots
and an AddToAny bar in the content, author box, related carousel, comments, CookieYes
banner); a Uyghur county news site on PHPCMS v9 (right to left, the default template's
``#Article`` with a summary, CKEditor paragraphs with bold-paragraph subheadings and
centred image captions, ``api.php?op=count`` hit counter, previous/next lines,
comment box); a Dhivehi island news site on Laravel with Inertia.js and Vue 3
server-side rendering (right to left, ``data-page`` JSON on ``#app`` repeating the
body as Editor.js blocks, Vue fragment comments, Ziggy routes); an Afaan Oromoo
community news blog built with Hexo and the NexT theme (Gemini scheme, the sidebar
and table of contents before the post, ``post-body`` with header links, a ``note``
tag box, reward, copyright and related-posts blocks); a Chichewa district paper on
WordPress with the Blocksy theme (``ct-`` header rows, hero section, WP QUADS ad
slots, share box, author box, related posts, comments, Cookie Notice bar); an English
big-city daily on a Gannett-like front end (``gnt_`` classes, paragraph-level
``gnt_ar_b_p``, ``gnt_em`` embeds and ad placeholders in the body); an English
financial wire story on Pimcore (``pimcore_area_*`` area bricks, thumbnail paths,
quote cards and market widgets); an English American-football team blog on a
Chorus-like sports-network platform (``c-``/``l-`` classes, ``c-entry-content``
with a related list, an embedded post and DFP ad slots); and an English local TV
station's story on a WorldNow-like station platform (``wn`` classes, video player,
weather and closings widgets).
"""

from __future__ import annotations

import html
import json

from page_parts import paras

e = html.escape


def ld(data, attrs=""):
    return (
        f'<script type="application/ld+json"{attrs}>{json.dumps(data, ensure_ascii=False)}</script>'
    )


SVG = '<svg class="kadence-svg-icon" fill="currentColor" version="1.1" xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M0 0h16v16H0z"></path></svg>'


def assamese(art):
    """WordPress with the Kadence theme and Kadence Blocks, Ad Inserter, AddToAny."""
    site = "https://www.karangaparbarta.example"
    url = f"{site}/2025/10/14/floating-clinic-char-areas/"
    ps = art["paragraphs"]

    def heading(text, n):
        return f'<h2 class="kt-adv-heading48213_{n}a7c2e-f1 wp-block-kadence-advancedheading" data-kb-block="kb-adv-heading48213_{n}a7c2e-f1">{text}</h2>'

    def ad(n, slot):
        return f"""<div class="code-block code-block-{n}" style="margin: 8px auto; text-align: center; display: block; clear: both;">
<p style="font-size: 11px; color: #888; margin-bottom: 2px;">বিজ্ঞাপন</p>
<script async src="https://pagead2.googlesyndication.example/pagead/js/adsbygoogle.js?client=ca-pub-4417720931865520" crossorigin="anonymous"></script>
<ins class="adsbygoogle" style="display:block; text-align:center;" data-ad-layout="in-article" data-ad-format="fluid" data-ad-client="ca-pub-4417720931865520" data-ad-slot="{slot}"></ins>
<script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script></div>"""

    figure = f'<figure class="wp-block-image size-large"><img fetchpriority="high" decoding="async" width="1024" height="576" src="{site}/wp-content/uploads/2025/10/floating-clinic-1024x576.jpg" alt="ভাসমান চিকিৎসালয়" class="wp-image-48220" srcset="{site}/wp-content/uploads/2025/10/floating-clinic-1024x576.jpg 1024w, {site}/wp-content/uploads/2025/10/floating-clinic-300x169.jpg 300w" sizes="(max-width: 1024px) 100vw, 1024px" /><figcaption class="wp-element-caption">বালিঘাটত ৰখাই থোৱা নতুন ভাসমান চিকিৎসালয়খন। ফটো: কৰঙাপাৰ বাৰ্তা</figcaption></figure>'
    read_also = f'<p><strong>লগতে পঢ়ক:</strong> <a href="{site}/2025/09/28/char-school-boat/">চৰ অঞ্চলৰ শিশুৰ বাবে নাওৰে স্কুললৈ যাত্ৰা, বাৰিষা বন্ধ হৈ থাকে পাঠদান</a></p>'
    infobox = f"""<div class="wp-block-kadence-infobox kt-info-box48213_9d41f0-3c"><span class="kt-blocks-info-box-link-wrap info-box-link kt-blocks-info-box-media-align-left kt-info-halign-left"><div class="kt-blocks-info-box-media-container"><div class="kt-blocks-info-box-media kt-info-media-animate-none"><div class="kadence-info-box-icon-container kt-info-icon-animate-none"><div class="kadence-info-box-icon-inner-container"><span class="kb-svg-icon-wrap kb-svg-icon-fe_phone kt-info-svg-icon">{SVG}</span></div></div></div></div><div class="kt-infobox-textcontent"><h3 class="kt-blocks-info-box-title">সহায়ৰ বাবে</h3><p class="kt-blocks-info-box-text">ভাসমান চিকিৎসালয়ৰ সময়সূচী জানিবলৈ ৰাতিপুৱা ৮ বজাৰ পৰা সন্ধিয়া ৬ বজালৈ জিলা স্বাস্থ্য বিভাগৰ হেল্পলাইনত ফোন কৰিব পাৰে।</p><div class="kt-blocks-info-box-learnmore-wrap"><a class="kt-blocks-info-box-learnmore info-box-link" href="tel:03712255014">ফোন কৰক</a></div></div></span></div>"""
    wa = """<div class="kb-row-layout-wrap kb-row-layout-id48213_wa2f alignnone has-background wp-block-kadence-rowlayout"><div class="kt-row-column-wrap kt-has-1-columns kt-row-layout-equal kt-tab-layout-inherit kt-mobile-layout-row kt-row-valign-top"><div class="wp-block-kadence-column kadence-column48213_wa2f-c1 inner-column-1"><div class="kt-inside-inner-col"><p class="has-text-align-center"><strong>কৰঙাপাৰ বাৰ্তাৰ সকলো বাতৰি এতিয়া হোৱাটছএপতো। আমাৰ চেনেলত যোগদান কৰিবলৈ <a href="https://whatsapp.example/channel/0029VaKarangapar">ইয়াত ক্লিক কৰক</a>।</strong></p></div></div></div></div>"""
    items = "".join(f"<li>{e(p[2:])}</li>" for p in ps if p.startswith("- "))
    share = "".join(
        f'<a class="a2a_button_{n}" href="https://www.addtoany.example/add_to/{n}?linkurl={url}&amp;linkname=" title="{t}" rel="nofollow noopener" target="_blank"></a>'
        for n, t in [
            ("facebook", "Facebook"),
            ("whatsapp", "WhatsApp"),
            ("x", "X"),
            ("telegram", "Telegram"),
            ("copy_link", "Copy Link"),
        ]
    )
    body = "\n".join(
        [
            f"<p>{e(ps[0])}</p>",
            figure,
            f"<p>{e(ps[1])}</p>",
            ad(2, "7730518826"),
            heading(e(ps[2][3:]), 1),
            f"<p>{e(ps[3])}</p>",
            f"<p>{e(ps[4])}</p>",
            read_also,
            f"<p>{e(ps[5])}</p>",
            heading(e(ps[6][3:]), 2),
            f"<p>{e(ps[7])}</p>",
            f'<ul class="wp-block-list">{items}</ul>',
            infobox,
            f"<p>{e(ps[12])}</p>",
            ad(3, "5104357218"),
            f"<p>{e(ps[13])}</p>",
            f"<p><em>{e(ps[14])}</em></p>",
            wa,
            f'<div class="addtoany_share_save_container addtoany_content addtoany_content_bottom"><div class="addtoany_header">শ্বেয়াৰ কৰক:</div><div class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="{url}" data-a2a-title="{e(art["title"])}">{share}<a class="a2a_dd addtoany_share_save addtoany_share" href="https://www.addtoany.example/share"></a></div></div>',
        ]
    )
    cats = [
        ("", "মূলপৃষ্ঠা"),
        ("category/district/", "জিলা"),
        ("category/assam/", "অসম"),
        ("category/health/", "স্বাস্থ্য"),
        ("category/agriculture/", "কৃষি"),
        ("category/sports/", "খেল"),
        ("category/entertainment/", "মনোৰঞ্জন"),
        ("category/video/", "ভিডিঅ'"),
    ]
    menu = "".join(
        f'<li id="menu-item-{210 + i}" class="menu-item menu-item-type-taxonomy menu-item-object-category{" current-post-ancestor current-menu-parent current-post-parent" if h == "category/district/" else ""} menu-item-{210 + i}"><a href="{site}/{h}">{t}</a></li>'
        for i, (h, t) in enumerate(cats)
    )
    related = "".join(
        f'<li class="entry-list-item carousel-item splide__slide"><article class="entry content-bg loop-entry post-{n} post type-post status-publish format-standard has-post-thumbnail hentry category-district"><a aria-hidden="true" tabindex="-1" role="presentation" class="post-thumbnail kadence-thumbnail-ratio-2-3" aria-label="{e(t)}" href="{site}/{h}/"><div class="post-thumbnail-inner"><img width="768" height="432" src="{site}/wp-content/uploads/2025/{img}-768x432.jpg" class="attachment-medium_large size-medium_large wp-post-image" alt="" decoding="async" loading="lazy" /></div></a><div class="entry-content-wrap"><header class="entry-header"><div class="entry-taxonomies"><span class="category-links term-links category-style-normal"><a href="{site}/category/district/" rel="tag">জিলা</a></span></div><h3 class="entry-title"><a href="{site}/{h}/" rel="bookmark">{e(t)}</a></h3><div class="entry-meta entry-meta-divider-dot"><span class="posted-on"><time class="entry-date published" datetime="{dt}">{d}</time></span></div></header><div class="entry-summary"><p>{e(x)}</p></div></div></article></li>'
        for n, h, img, t, dt, d, x in [
            (
                48170,
                "2025/09/28/char-school-boat",
                "09/school-boat",
                "চৰ অঞ্চলৰ শিশুৰ বাবে নাওৰে স্কুললৈ যাত্ৰা, বাৰিষা বন্ধ হৈ থাকে পাঠদান",
                "2025-09-28T10:05:00+05:30",
                "ছেপ্তেম্বৰ ২৮, ২০২৫",
                "পূব বালিচৰৰ প্ৰাথমিক বিদ্যালয়খন বাৰিষাৰ তিনিমাহ বন্ধ থাকে, কাৰণ শিক্ষকসকলে নদী পাৰ হ'ব নোৱাৰে।",
            ),
            (
                48102,
                "2025/09/19/embankment-repair",
                "09/embankment",
                "সোণজুৰিৰ মথাউৰি মেৰামতিৰ কাম আৰম্ভ, চিন্তাত পাৰৰ বাসিন্দা",
                "2025-09-19T16:40:00+05:30",
                "ছেপ্তেম্বৰ ১৯, ২০২৫",
                "জলসম্পদ বিভাগে জনাইছে যে ডিচেম্বৰৰ ভিতৰত চাৰি কিলোমিটাৰ মথাউৰিৰ মেৰামতি সম্পূৰ্ণ কৰা হ'ব।",
            ),
            (
                48055,
                "2025/09/11/asha-workers-training",
                "09/asha",
                "চৰ অঞ্চলৰ ৬০ গৰাকী আশা কৰ্মীক বিশেষ প্ৰশিক্ষণ",
                "2025-09-11T09:15:00+05:30",
                "ছেপ্তেম্বৰ ১১, ২০২৫",
                "প্ৰশিক্ষণত প্ৰসূতি মাতৃৰ যত্ন আৰু বানপানীৰ সময়ত বিশুদ্ধ খোৱাপানীৰ বিষয়ে আলোচনা কৰা হয়।",
            ),
        ]
    )
    comments = "".join(
        f'<li id="comment-{i}" class="comment even thread-even depth-1"><article id="div-comment-{i}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.example/avatar/{i}?s=60&amp;d=mm&amp;r=g" class="avatar avatar-60 photo" height="60" width="60" loading="lazy" decoding="async"/><b class="fn">{e(n)}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="{url}#comment-{i}"><time datetime="{dt}">{d}</time></a></div></footer><div class="comment-content"><p>{e(t)}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{i}" data-commentid="{i}" data-postid="48213" data-belowelement="div-comment-{i}" data-respondelement="respond" data-replyto="{e(n)}লৈ উত্তৰ" aria-label="{e(n)}লৈ উত্তৰ">উত্তৰ দিয়ক</a></div></article></li>'
        for i, n, dt, d, t in [
            (
                9931,
                "জিতুমণি দাস",
                "2025-10-14T11:22:00+05:30",
                "অক্টোবৰ ১৪, ২০২৫ 11:22 পূৰ্বাহ্ন",
                "বহুত ভাল খবৰ। আমাৰ গাঁৱৰ মানুহে বাৰিষা ডাক্তৰ দেখিবলৈ নাপায়, এইবাৰ অন্ততঃ ঔষধ পাব।",
            ),
            (
                9934,
                "অনুপম গগৈ",
                "2025-10-14T13:05:00+05:30",
                "অক্টোবৰ ১৪, ২০২৫ 1:05 অপৰাহ্ন",
                "নাওখন নিয়মীয়াকৈ চলে নে নাই সেইটো চাব লাগিব। আগতেও এনে আঁচনি আৰম্ভ হৈ কেইমাহমানৰ পিছত বন্ধ হৈছিল।",
            ),
        ]
    )
    latest = "".join(
        f'<li><a class="wp-block-latest-posts__post-title" href="{site}/{h}/">{e(t)}</a><time datetime="{dt}" class="wp-block-latest-posts__post-date">{d}</time></li>'
        for h, t, dt, d in [
            (
                "2025/10/14/bihu-preparation-meeting",
                "কাতি বিহুৰ প্ৰস্তুতি সভা অনুষ্ঠিত",
                "2025-10-14T15:10:00+05:30",
                "অক্টোবৰ ১৪, ২০২৫",
            ),
            (
                "2025/10/13/road-accident-nh",
                "ৰাষ্ট্ৰীয় ঘাইপথত ট্ৰাক-বাছৰ সংঘৰ্ষ, আহত ৬",
                "2025-10-13T20:45:00+05:30",
                "অক্টোবৰ ১৩, ২০২৫",
            ),
            (
                "2025/10/13/paddy-procurement",
                "ধান ক্ৰয় কেন্দ্ৰ খোলাৰ দাবী কৃষক সংস্থাৰ",
                "2025-10-13T12:30:00+05:30",
                "অক্টোবৰ ১৩, ২০২৫",
            ),
            (
                "2025/10/12/football-final",
                "আন্তঃজিলা ফুটবলৰ ফাইনেলত কৰঙাপাৰ",
                "2025-10-12T18:00:00+05:30",
                "অক্টোবৰ ১২, ২০২৫",
            ),
        ]
    )
    schema = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": f"{url}#article",
                "isPartOf": {"@id": url},
                "author": {"name": art["author"], "@id": f"{site}/#/schema/person/6f1d"},
                "headline": art["title"],
                "datePublished": "2025-10-14T09:20:00+05:30",
                "dateModified": "2025-10-14T17:45:00+05:30",
                "mainEntityOfPage": {"@id": url},
                "wordCount": 412,
                "commentCount": 2,
                "publisher": {"@id": f"{site}/#organization"},
                "image": {"@id": f"{url}#primaryimage"},
                "articleSection": ["জিলা", "স্বাস্থ্য"],
                "inLanguage": "as",
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "মূলপৃষ্ঠা", "item": site + "/"},
                    {"@type": "ListItem", "position": 2, "name": art["title"]},
                ],
            },
            {
                "@type": "Organization",
                "@id": f"{site}/#organization",
                "name": "কৰঙাপাৰ বাৰ্তা",
                "url": site + "/",
            },
        ],
    }
    social = "".join(
        f'<a href="https://www.{n}.example/karangaparbarta" aria-label="{t}" target="_blank" rel="noopener noreferrer" class="social-button header-social-item social-link-{n}">{SVG}</a>'
        for n, t in [("facebook", "Facebook"), ("youtube", "YouTube"), ("x", "X")]
    )
    return f"""<!doctype html>
<html lang="as" class="no-js" itemtype="https://schema.org/Blog" itemscope>
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
    <meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
    <title>{e(art["title"])} - কৰঙাপাৰ বাৰ্তা</title>
    <meta name="description" content="{e(ps[0][:120])}" />
    <link rel="canonical" href="{url}" />
    <meta property="og:locale" content="as_IN" />
    <meta property="og:type" content="article" />
    <meta property="og:title" content="{e(art["title"])}" />
    <meta property="og:url" content="{url}" />
    <meta property="og:site_name" content="কৰঙাপাৰ বাৰ্তা" />
    <meta property="article:published_time" content="2025-10-14T03:50:00+00:00" />
    <meta property="article:modified_time" content="2025-10-14T12:15:00+00:00" />
    <meta property="og:image" content="{site}/wp-content/uploads/2025/10/floating-clinic.jpg" />
    <meta name="author" content="{e(art["author"])}" />
    <meta name="twitter:card" content="summary_large_image" />
    {ld(schema, ' class="yoast-schema-graph"')}
    <link rel='stylesheet' id='wp-block-library-css' href='{site}/wp-includes/css/dist/block-library/style.min.css?ver=6.8.3' media='all' />
    <link rel='stylesheet' id='kadence-global-css' href='{site}/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.26' media='all' />
    <style id='kadence-global-inline-css'>:root{{--global-palette1:#c0392b;--global-palette2:#a5281d;--global-palette3:#1A202C;--global-palette4:#2D3748;}}.site-container, .site-header-row-layout-contained{{max-width:1240px;}}</style>
    <link rel='stylesheet' id='kadence-blocks-infobox-css' href='{site}/wp-content/plugins/kadence-blocks/dist/style-blocks-infobox.css?ver=3.5.12' media='all' />
    <link rel='stylesheet' id='addtoany-css' href='{site}/wp-content/plugins/add-to-any/addtoany.min.css?ver=1.16' media='all' />
    <link rel='stylesheet' id='cookie-law-info-css' href='{site}/wp-content/plugins/cookie-law-info/lite/frontend/css/script.min.css?ver=3.3.5' media='all' />
    <script src="{site}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
    <script id="addtoany-core-js-before">window.a2a_config=window.a2a_config||{{}};a2a_config.callbacks=[];a2a_config.overlays=[];a2a_config.templates={{}};a2a_localize = {{Share: "Share", Save: "Save", Email: "Email"}};</script>
    <script defer src="https://static.addtoany.example/menu/page.js" id="addtoany-core-js"></script>
    <link rel="https://api.w.org/" href="{site}/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="{site}/wp-json/wp/v2/posts/48213" />
    <meta name="generator" content="WordPress 6.8.3" />
    <link rel='shortlink' href='{site}/?p=48213' />
</head>

<body class="wp-singular post-template-default single single-post postid-48213 single-format-standard wp-custom-logo wp-embed-responsive wp-theme-kadence footer-on-bottom hide-focus-outline link-style-standard has-sidebar content-title-style-normal content-width-normal content-style-boxed content-vertical-padding-show non-transparent-header mobile-non-transparent-header">
<div id="wrapper" class="site wp-site-blocks">
            <a class="skip-link screen-reader-text scroll-ignore" href="#main">Skip to content</a>
        <header id="masthead" class="site-header" role="banner" itemtype="https://schema.org/WPHeader" itemscope>
    <div id="main-header" class="site-header-wrap">
        <div class="site-header-inner-wrap">
            <div class="site-header-upper-wrap">
                <div class="site-header-upper-inner-wrap">
<div class="site-top-header-wrap site-header-row-container site-header-focus-item site-header-row-layout-standard" data-section="kadence_customizer_header_top">
    <div class="site-header-row-container-inner">
                <div class="site-container">
            <div class="site-top-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center">
                                    <div class="site-header-top-section-left site-header-section site-header-section-left">
                        <div class="site-header-item site-header-focus-item" data-section="kadence_customizer_header_html">
    <div class="header-html inner-link-style-normal"><div class="header-html-inner"><p>মঙ্গলবাৰ, ১৪ অক্টোবৰ ২০২৫ | <a href="{site}/epaper/">ই-পেপাৰ</a></p>
</div></div></div>
                    </div>
                                    <div class="site-header-top-section-right site-header-section site-header-section-right">
                        <div class="site-header-item site-header-focus-item" data-section="kadence_customizer_header_social">
    <div class="header-social-wrap"><div class="header-social-inner-wrap element-social-inner-wrap social-show-label-false social-style-outline">{social}</div></div></div>
                    </div>
                            </div>
        </div>
    </div>
</div>
<div class="site-main-header-wrap site-header-row-container site-header-focus-item site-header-row-layout-standard" data-section="kadence_customizer_header_main">
    <div class="site-header-row-container-inner">
                <div class="site-container">
            <div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center">
                                    <div class="site-header-main-section-left site-header-section site-header-section-left">
                        <div class="site-header-item site-header-focus-item" data-section="title_tagline">
    <div class="site-branding branding-layout-standard site-brand-logo-only"><a class="brand has-logo-image" href="{site}/" rel="home"><img width="320" height="80" src="{site}/wp-content/uploads/2024/02/logo-karangapar.png" class="custom-logo" alt="কৰঙাপাৰ বাৰ্তা" decoding="async" /></a></div></div>
                    </div>
                                    <div class="site-header-main-section-right site-header-section site-header-section-right">
                        <div class="site-header-item site-header-focus-item site-header-item-main-navigation header-navigation-layout-stretch-false header-navigation-layout-fill-stretch-false" data-section="kadence_customizer_primary_navigation">
        <nav id="site-navigation" class="main-navigation header-navigation hover-to-open nav--toggle-sub header-navigation-style-standard header-navigation-dropdown-animation-none" role="navigation" aria-label="Primary">
            <div class="primary-menu-container header-menu-container">
    <ul id="primary-menu" class="menu">{menu}</ul>		</div>
    </nav>
    </div>
<div class="site-header-item site-header-focus-item" data-section="kadence_customizer_header_search">
        <div class="search-toggle-open-container">
                        <button class="search-toggle-open drawer-toggle search-toggle-style-default" aria-label="View Search Form" aria-haspopup="dialog" aria-controls="search-drawer" data-toggle-target="#search-drawer" data-toggle-body-class="showing-popup-drawer-from-full" aria-expanded="false" data-set-focus="#search-drawer .search-field">
                        <span class="search-toggle-icon"><span class="kadence-svg-iconset">{SVG}</span></span>
        </button>
    </div>
    </div>
                    </div>
                            </div>
        </div>
    </div>
</div>
                </div>
            </div>
                    </div>
    </div>
<div id="mobile-header" class="site-mobile-header-wrap">
    <div class="site-header-inner-wrap">
        <div class="site-header-upper-wrap">
            <div class="site-header-upper-inner-wrap">
            <div class="site-main-header-wrap site-header-focus-item site-header-row-layout-standard site-header-row-tablet-layout-default site-header-row-mobile-layout-default ">
    <div class="site-header-row-container-inner">
        <div class="site-container">
            <div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center">
                                    <div class="site-header-main-section-left site-header-section site-header-section-left">
                        <div class="site-header-item site-header-focus-item" data-section="title_tagline">
    <div class="site-branding mobile-site-branding branding-layout-standard branding-tablet-layout-inherit site-brand-logo-only branding-mobile-layout-inherit"><a class="brand has-logo-image" href="{site}/" rel="home"><img width="320" height="80" src="{site}/wp-content/uploads/2024/02/logo-karangapar.png" class="custom-logo" alt="কৰঙাপাৰ বাৰ্তা" decoding="async" /></a></div></div>
                    </div>
                                    <div class="site-header-main-section-right site-header-section site-header-section-right">
                        <div class="site-header-item site-header-focus-item site-header-item-navgation-popup-toggle" data-section="kadence_customizer_mobile_trigger">
        <div class="mobile-toggle-open-container">
                        <button id="mobile-toggle" class="menu-toggle-open drawer-toggle menu-toggle-style-default" aria-label="Open menu" data-toggle-target="#mobile-drawer" data-toggle-body-class="showing-popup-drawer-from-right" aria-expanded="false" data-set-focus=".menu-toggle-close">
                            <span class="menu-toggle-label">মেনু</span>
                            <span class="menu-toggle-icon"><span class="kadence-svg-iconset">{SVG}</span></span>
        </button>
    </div>
        </div>
                    </div>
                            </div>
        </div>
    </div>
</div>
            </div>
        </div>
            </div>
</div>
</header>

    <main id="inner-wrap" class="wrap kt-clear" role="main">
        <div id="primary" class="content-area">
    <div class="content-container site-container">
        <div id="main" class="site-main">
                        <div class="content-wrap">
                <article id="post-48213" class="entry content-bg single-entry post-48213 post type-post status-publish format-standard has-post-thumbnail hentry category-district category-health tag-char-area tag-floating-clinic">
    <div class="entry-content-wrap">
        <header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">
    <nav id="kadence-breadcrumbs" aria-label="Breadcrumbs"  class="kadence-breadcrumbs"><div class="kadence-breadcrumb-container"><span><a href="{site}/" itemprop="url" class="kadence-bc-home" ><span>মূলপৃষ্ঠা</span></a></span> <span class="bc-delimiter">/</span> <span><a href="{site}/category/district/" itemprop="url" ><span>জিলা</span></a></span> <span class="bc-delimiter">/</span> <span class="kadence-bread-current">{e(art["title"])}</span></div></nav>		<div class="entry-taxonomies">
            <span class="category-links term-links category-style-pill">
                <a href="{site}/category/district/" class="category-link-district" rel="tag">জিলা</a> | <a href="{site}/category/health/" class="category-link-health" rel="tag">স্বাস্থ্য</a>			</span>
        </div>
        <h1 class="entry-title">{e(art["title"])}</h1><div class="entry-meta entry-meta-divider-dot">
    <span class="posted-by"><span class="meta-label">লিখিছে</span><span class="author vcard"><a class="url fn n" href="{site}/author/pranjal/">{e(art["author"])}</a></span></span>					<span class="posted-on">
                        <time class="entry-date published" datetime="2025-10-14T09:20:00+05:30">অক্টোবৰ ১৪, ২০২৫</time><time class="updated" datetime="2025-10-14T17:45:00+05:30">অক্টোবৰ ১৪, ২০২৫</time>					</span>
                    <span class="updated-on"><span class="meta-label">আপডেট</span><time class="entry-date published updated" datetime="2025-10-14T17:45:00+05:30">অক্টোবৰ ১৪, ২০২৫</time></span>
                    </div><!-- .entry-meta -->
</header><!-- .entry-header -->

<div class="entry-content single-content">
{body}
</div><!-- .entry-content -->
<footer class="entry-footer">
    <div class="entry-tags">
    <span class="tags-links">
        <span class="tags-label screen-reader-text">
            Post Tags:		</span>
        <a href="{site}/tag/char-area/" title="চৰ অঞ্চল" class="tag-link tag-item-char-area" rel="tag"><span class="tag-hash">#</span>চৰ অঞ্চল</a><a href="{site}/tag/floating-clinic/" title="ভাসমান চিকিৎসালয়" class="tag-link tag-item-floating-clinic" rel="tag"><span class="tag-hash">#</span>ভাসমান চিকিৎসালয়</a><a href="{site}/tag/health/" title="স্বাস্থ্যসেৱা" class="tag-link tag-item-health" rel="tag"><span class="tag-hash">#</span>স্বাস্থ্যসেৱা</a>	</span>
</div><!-- .entry-tags -->
</footer><!-- .entry-footer -->
    </div>
</article><!-- #post-48213 -->

<div class="entry-author entry-author-style-normal">
    <div class="entry-author-profile author-profile vcard">
        <div class="entry-author-avatar">
            <img alt='' src='https://secure.gravatar.example/avatar/pranjal?s=80&#038;d=mm&#038;r=g' class='avatar avatar-80 photo' height='80' width='80' loading='lazy' decoding='async'/>		</div>
        <b class="entry-author-name author-name fn"><a href="{site}/author/pranjal/" title="Posts by {e(art["author"])}" rel="author">{e(art["author"])}</a></b>
                <div class="entry-author-description author-bio">
            <p>প্ৰাঞ্জল বৰুৱা কৰঙাপাৰ বাৰ্তাৰ জ্যেষ্ঠ সংবাদদাতা। তেওঁ যোৱা দহ বছৰ ধৰি চৰ অঞ্চলৰ স্বাস্থ্য আৰু শিক্ষা বিষয়ক বাতৰি লিখি আহিছে।</p>
        </div>
        <div class="entry-author-follow author-follow"><a href="https://www.facebook.example/pranjal.barua" class="facebook-link social-button" target="_blank" rel="noopener" title="Follow {e(art["author"])} on Facebook">{SVG}</a></div><!--.author-follow-->
    </div>
</div><!-- .entry-author -->

    <nav class="navigation post-navigation" aria-label="Posts">
        <h2 class="screen-reader-text">Post navigation</h2>
        <div class="nav-links"><div class="nav-previous"><a href="{site}/2025/10/13/paddy-procurement/" rel="prev"><div class="post-navigation-sub"><small><span class="kadence-svg-iconset svg-baseline">{SVG}</span>পূৰ্বৰ</small></div>ধান ক্ৰয় কেন্দ্ৰ খোলাৰ দাবী কৃষক সংস্থাৰ</a></div><div class="nav-next"><a href="{site}/2025/10/14/bihu-preparation-meeting/" rel="next"><div class="post-navigation-sub"><small>পৰৱৰ্তী<span class="kadence-svg-iconset svg-baseline">{SVG}</span></small></div>কাতি বিহুৰ প্ৰস্তুতি সভা অনুষ্ঠিত</a></div></div>
    </nav>
<div class="entry-related alignfull entry-related-style-wide"><div class="entry-related-inner content-container site-container"><div class="entry-related-inner-content alignwide"><h2 class="entry-related-title">সম্পৰ্কীয় বাতৰি</h2><div class="entry-related-carousel kadence-slide-init splide" data-columns-xxl="3" data-columns-xl="3" data-columns-md="3" data-columns-sm="2" data-columns-xs="2" data-columns-ss="1" data-slider-anim-speed="400" data-slider-scroll="1" data-slider-dots="true" data-slider-arrows="true" data-slider-hover-pause="false" data-slider-auto="false" data-slider-speed="7000" data-slider-gutter="40" data-slider-loop="true" data-slider-next-label="Next" data-slider-slide-label="Posts" data-slider-prev-label="Previous"><div class="splide__track"><ul class="splide__list kadence-posts-list grid-cols grid-sm-col-2 grid-lg-col-3">{related}</ul></div></div></div></div></div><!-- .entry-author -->
<div id="comments" class="comments-area">
        <h3 class="comments-title">২টা মন্তব্য</h3>
        <ol class="comment-list">{comments}</ol><!-- .comment-list -->
        <div id="respond" class="comment-respond">
        <h3 id="reply-title" class="comment-reply-title">এটা উত্তৰ দিয়ক <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">Cancel reply</a></small></h3><form action="{site}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">আপোনাৰ ইমেইল ঠিকনা প্ৰকাশ কৰা নহ'ব।</span> <span class="required-field-message">প্ৰয়োজনীয় ক্ষেত্ৰসমূহ <span class="required">*</span> চিহ্নিত কৰা হৈছে</span></p><p class="comment-form-comment comment-form-float-label"><textarea id="comment" name="comment" placeholder="আপোনাৰ মন্তব্য লিখক..." cols="45" rows="8" maxlength="65525" aria-required="true" required="required"></textarea><label class="float-label" for="comment">মন্তব্য <span class="required">*</span></label></p><div class="comment-input-wrap has-url-field"><p class="comment-form-author"><input aria-label="নাম" id="author" name="author" type="text" placeholder="নাম" value="" size="30" maxlength="245" aria-required="true" required="required" /><label class="float-label" for="author">নাম <span class="required">*</span></label></p><p class="comment-form-email"><input aria-label="ইমেইল" id="email" name="email" type="email" placeholder="ইমেইল" value="" size="30" maxlength="100" aria-describedby="email-notes" aria-required="true" required="required" /><label class="float-label" for="email">ইমেইল <span class="required">*</span></label></p></div><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">পৰৱৰ্তী সময়ত মন্তব্য দিয়াৰ বাবে মোৰ নাম আৰু ইমেইল এই ব্ৰাউজাৰত সংৰক্ষণ কৰক।</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="মন্তব্য দাখিল কৰক" /> <input type='hidden' name='comment_post_ID' value='48213' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' />
</p></form>	</div><!-- #respond -->
    </div><!-- #comments -->
            </div>
                    </div><!-- #main -->
        <aside id="secondary" role="complementary" class="primary-sidebar widget-area sidebar-slug-sidebar-primary sidebar-link-style-normal">
    <div class="sidebar-inner-wrap">
        <section id="block-4" class="widget widget_block"><div class="code-block code-block-5" style="margin: 8px auto; text-align: center;"><p style="font-size: 11px; color: #888;">বিজ্ঞাপন</p><a href="https://www.brahmaputra-motors.example/?utm_source=kb" rel="sponsored nofollow" target="_blank"><img src="{site}/wp-content/uploads/2025/09/motors-300x250.jpg" width="300" height="250" alt="ব্ৰহ্মপুত্ৰ মটৰছ" /></a></div></section><section id="block-5" class="widget widget_block"><h2 class="widget-title">শেহতীয়া বাতৰি</h2><ul class="wp-block-latest-posts__list has-dates wp-block-latest-posts">{latest}</ul></section><section id="block-6" class="widget widget_block"><h2 class="widget-title">আমাক অনুসৰণ কৰক</h2><p>ফেচবুক আৰু ইউটিউবত কৰঙাপাৰ বাৰ্তাৰ সৈতে সংযোগ ৰাখক আৰু জিলাৰ প্ৰতিটো খবৰ সোনকালে পাওক।</p></section>	</div>
</aside><!-- #secondary -->
    </div>
</div><!-- #primary -->
    </main><!-- #inner-wrap -->
    <footer id="colophon" class="site-footer" role="contentinfo">
    <div class="site-footer-wrap">
        <div class="site-middle-footer-wrap site-footer-row-container site-footer-focus-item site-footer-row-layout-standard site-footer-row-tablet-layout-default site-footer-row-mobile-layout-default" data-section="kadence_customizer_footer_middle">
    <div class="site-footer-row-container-inner">
                <div class="site-container">
            <div class="site-middle-footer-inner-wrap site-footer-row site-footer-row-columns-2 site-footer-row-column-layout-equal site-footer-row-tablet-column-layout-default site-footer-row-mobile-column-layout-row ft-ro-dir-row ft-ro-collapse-normal ft-ro-t-dir-default ft-ro-m-dir-default ft-ro-lstyle-plain">
                                    <div class="site-footer-middle-section-1 site-footer-section footer-section-inner-items-1">
                        <div class="footer-widget-area widget-area site-footer-focus-item footer-widget1 content-align-default content-tablet-align-default content-mobile-align-default content-valign-default content-tablet-valign-default content-mobile-valign-default" data-section="sidebar-widgets-footer1">
    <div class="footer-widget-area-inner site-info-inner">
        <section id="block-9" class="widget widget_block widget_text"><p>কৰঙাপাৰ বাৰ্তা জিলাখনৰ প্ৰথম অনলাইন বাতৰি কাকত। ২০১৮ চনৰ পৰা আমি গাঁও-চহৰৰ খবৰ নিৰপেক্ষভাৱে প্ৰকাশ কৰি আহিছোঁ।</p></section>	</div>
    </div><!-- .footer-widget1 -->
                    </div>
                                        <div class="site-footer-middle-section-2 site-footer-section footer-section-inner-items-1">
                        <div class="footer-widget-area widget-area site-footer-focus-item footer-navigation-wrap content-align-default content-tablet-align-default content-mobile-align-default content-valign-default content-tablet-valign-default content-mobile-valign-default footer-navigation-layout-stretch-false" data-section="kadence_customizer_footer_navigation">
    <div class="footer-widget-area-inner footer-navigation-inner">
            <nav id="footer-navigation" class="footer-navigation" role="navigation" aria-label="Footer">
                <div class="footer-menu-container">
            <ul id="footer-menu" class="menu"><li class="menu-item"><a href="{site}/about-us/">আমাৰ বিষয়ে</a></li><li class="menu-item"><a href="{site}/contact/">যোগাযোগ</a></li><li class="menu-item"><a href="{site}/advertise/">বিজ্ঞাপন</a></li><li class="menu-item"><a href="{site}/privacy-policy/">গোপনীয়তা নীতি</a></li></ul>		</div>
    </nav><!-- #footer-navigation -->
            </div>
    </div>
                    </div>
                                </div>
        </div>
    </div>
</div>
<div class="site-bottom-footer-wrap site-footer-row-container site-footer-focus-item site-footer-row-layout-standard site-footer-row-tablet-layout-default site-footer-row-mobile-layout-default" data-section="kadence_customizer_footer_bottom">
    <div class="site-footer-row-container-inner">
                <div class="site-container">
            <div class="site-bottom-footer-inner-wrap site-footer-row site-footer-row-columns-1 site-footer-row-column-layout-row site-footer-row-tablet-column-layout-default site-footer-row-mobile-column-layout-row ft-ro-dir-row ft-ro-collapse-normal ft-ro-t-dir-default ft-ro-m-dir-default ft-ro-lstyle-plain">
                                    <div class="site-footer-bottom-section-1 site-footer-section footer-section-inner-items-1">
                        <div class="footer-widget-area site-info site-footer-focus-item content-align-default content-tablet-align-default content-mobile-align-default content-valign-default content-tablet-valign-default content-mobile-valign-default" data-section="kadence_customizer_footer_html">
    <div class="footer-widget-area-inner site-info-inner">
        <div class="footer-html inner-link-style-normal"><div class="footer-html-inner"><p>&copy; 2025 কৰঙাপাৰ বাৰ্তা - WordPress Theme by <a href="https://www.kadencewp.example/" rel="nofollow noopener" target="_blank">Kadence WP</a></p>
</div></div>	</div>
</div><!-- .site-info -->
                    </div>
                                </div>
        </div>
    </div>
</div>
    </div>
</footer><!-- #colophon -->

</div><!-- #wrapper -->

<a id="kt-scroll-up" tabindex="-1" aria-hidden="true" aria-label="Scroll to top" href="#wrapper" class="kadence-scroll-to-top scroll-up-wrap scroll-ignore scroll-up-side-right scroll-up-style-filled vs-lg-true vs-md-true vs-sm-false"><span class="kadence-svg-iconset">{SVG}</span></a>	<div id="mobile-drawer" class="popup-drawer popup-drawer-layout-sidepanel popup-drawer-animation-fade popup-drawer-side-right" data-drawer-target-string="#mobile-drawer">
        <div class="drawer-overlay" data-drawer-target-string="#mobile-drawer"></div>
        <div class="drawer-inner">
                        <div class="drawer-header">
                <button class="menu-toggle-close drawer-toggle" aria-label="Close menu"  data-toggle-target="#mobile-drawer" data-toggle-body-class="showing-popup-drawer-from-right" aria-expanded="false" data-set-focus=".menu-toggle-open">
                            <span class="toggle-close-bar"></span>
            <span class="toggle-close-bar"></span>
                </button>
            </div>
            <div class="drawer-content mobile-drawer-content content-align-left content-valign-top">
                                <div class="site-header-item site-header-focus-item site-header-item-mobile-navigation mobile-navigation-layout-stretch-false" data-section="kadence_customizer_mobile_navigation">
        <nav id="mobile-site-navigation" class="mobile-navigation drawer-navigation drawer-navigation-parent-toggle-false" role="navigation" aria-label="Primary Mobile">
                <div class="mobile-menu-container drawer-menu-container">
            <ul id="mobile-menu" class="menu has-collapse-sub-nav">{menu}</ul>		</div>
    </nav>
    </div>
                            </div>
        </div>
    </div>
        <div id="search-drawer" aria-modal="true" role="dialog" aria-label="Search" class="popup-drawer popup-drawer-layout-fullwidth" data-drawer-target-string="#search-drawer"
            >
            <div class="drawer-overlay" data-drawer-target-string="#search-drawer"></div>
            <div class="drawer-inner">
                <div class="drawer-header">
                    <button class="search-toggle-close drawer-toggle" aria-label="Close search"  data-toggle-target="#search-drawer" data-toggle-body-class="showing-popup-drawer-from-full" aria-expanded="false" data-set-focus=".search-toggle-open"
                            >
                        <span class="kadence-svg-iconset">{SVG}</span>					</button>
                </div>
                <div class="drawer-content">
                    <form role="search" method="get" class="search-form" action="{site}/">
                <label>
                    <span class="screen-reader-text">Search for:</span>
                    <input type="search" class="search-field" placeholder="সন্ধান কৰক &hellip;" value="" name="s" />
                </label>
                <input type="submit" class="search-submit" value="Search" />
            <div class="kadence-search-icon-wrap"><span class="kadence-svg-iconset">{SVG}</span></div></form>				</div>
            </div>
        </div>
        <script type="speculationrules">{{"prefetch":[{{"source":"document","where":{{"and":[{{"href_matches":"/*"}},{{"not":{{"href_matches":["/wp-*.php","/wp-admin/*","/wp-content/*"]}}}}]}},"eagerness":"conservative"}}]}}</script>
<div class="cky-consent-container cky-banner-bottom" tabindex="0"> <div class="cky-consent-bar" data-cky-tag="consent-bar"> <div class="cky-notice"> <p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">আমি কুকিজ ব্যৱহাৰ কৰোঁ</p><div class="cky-notice-group"> <div class="cky-notice-des" data-cky-tag="description"> <p>আপোনাৰ অভিজ্ঞতা উন্নত কৰিবলৈ আৰু বিজ্ঞাপন দেখুৱাবলৈ আমি কুকিজ ব্যৱহাৰ কৰোঁ। "গ্ৰহণ কৰক" টিপিলে আপুনি কুকিজ ব্যৱহাৰত সন্মতি দিয়ে।</p> </div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"> <button class="cky-btn cky-btn-customize" aria-label="কাষ্টমাইজ" data-cky-tag="settings-button">কাষ্টমাইজ</button> <button class="cky-btn cky-btn-reject" aria-label="নাকচ কৰক" data-cky-tag="reject-button">নাকচ কৰক</button> <button class="cky-btn cky-btn-accept" aria-label="গ্ৰহণ কৰক" data-cky-tag="accept-button">গ্ৰহণ কৰক</button> </div></div></div></div></div>
<script id="kadence-navigation-js-extra">var kadenceConfig = {{"screenReader":{{"expand":"Child menu","expandOf":"Child menu of","collapse":"Child menu","collapseOf":"Child menu of"}},"breakPoints":{{"desktop":"1024","tablet":768}},"scrollOffset":"0"}};</script>
<script src="{site}/wp-content/themes/kadence/assets/js/navigation.min.js?ver=1.2.26" id="kadence-navigation-js" async></script>
<script src="{site}/wp-content/themes/kadence/assets/js/splide-init.min.js?ver=1.2.26" id="kadence-slide-init-js" defer></script>
<script src="{site}/wp-includes/js/comment-reply.min.js?ver=6.8.3" id="comment-reply-js" async data-wp-strategy="async"></script>
</body>
</html>
"""


def uyghur(art):
    """PHPCMS v9 default template, right to left, CKEditor body."""
    site = "http://www.aqtoghraq.example"
    url = f"{site}/index.php?m=content&c=index&a=show&catid=11&id=4521"
    ps = art["paragraphs"]

    def block(i):
        p = ps[i]
        if p.startswith("## "):
            return f'<p style="text-align: right;"><strong><span style="font-size:18px;">{e(p[3:])}</span></strong></p>'
        return f'<p style="text-align: right;"><span style="font-size:16px;">{e(p)}</span></p>'

    photo = '<p style="text-align: center;"><img alt="" src="/uploadfile/2025/1008/20251008103215847.jpg" style="width: 600px; height: 400px;" /></p>\n<p style="text-align: center;"><span style="color:#696969;"><span style="font-size:14px;">يېڭى ئامبارنىڭ ئىچكى كۆرۈنۈشى (سۈرەتنى ئابدۇرېشىت مەمەتتۇرسۇن تارتقان)</span></span></p>'
    read_also = f'<p style="text-align: right;"><span style="font-size:16px;"><span style="color:#b22222;"><strong>ئوقۇشقا تېگىشلىك:</strong></span> <a href="{site}/index.php?m=content&amp;c=index&amp;a=show&amp;catid=11&amp;id=4488" target="_blank">ناھىيىمىزدە بۇ يىل ئۈزۈم ھوسۇلى %12 ئاشتى</a></span></p>'
    poster = '<div class="poster-in"><script language="javascript" src="/index.php?m=poster&amp;c=index&amp;a=show_poster&amp;id=7"></script><p style="text-align:center;color:#999;font-size:12px;">ئېلان</p><a href="/index.php?m=poster&amp;c=index&amp;a=poster_click&amp;sitespaceid=7&amp;id=12" target="_blank"><img src="/uploadfile/poster/2025/0901/tereqqiyat-bank-600x90.gif" width="600" height="90" alt="تەرەققىيات بانكىسى" /></a></div>'
    body = "\n".join(
        [
            block(0),
            block(1),
            photo,
            block(2),
            block(3),
            block(4),
            read_also,
            block(5),
            poster,
            block(6),
            block(7),
            block(8),
            block(9),
            f'<p style="text-align: right;"><span style="font-size:16px;"><em>{e(ps[10])}</em></span></p>',
            '<p style="text-align: left;"><span style="color:#808080;">مەسئۇل مۇھەررىر: ئايگۈل قادىر</span></p>',
        ]
    )
    nav = "".join(
        f'<li{cur}><a href="/index.php?m=content&amp;c=index&amp;a=lists&amp;catid={c}"><span>{t}</span></a></li><li class="line">|</li>'
        for c, t, cur in [
            (6, "ناھىيە خەۋەرلىرى", ""),
            (11, "يېزا ئىگىلىكى", ' class="current"'),
            (12, "مائارىپ", ""),
            (13, "سەھىيە", ""),
            (14, "مەدەنىيەت", ""),
            (15, "تەنتەربىيە", ""),
            (16, "رەسىملىك خەۋەر", ""),
            (17, "ئۇقتۇرۇش", ""),
        ]
    )
    related = "".join(
        f'<li>·<a href="/index.php?m=content&amp;c=index&amp;a=show&amp;catid=11&amp;id={n}" target="_blank">{e(t)}</a><span class="rt">{d}</span></li>'
        for n, t, d in [
            (4488, "ناھىيىمىزدە بۇ يىل ئۈزۈم ھوسۇلى %12 ئاشتى", "2025-09-21"),
            (4453, "كىشمىش سۈپىتىنى ئۆستۈرۈش بويىچە تېخنىكا كۇرسى ئۆتكۈزۈلدى", "2025-09-02"),
            (4410, "يېزىلاردا سۇ تېجەش ئۈسكۈنىلىرى ئورنىتىش داۋاملاشماقتا", "2025-08-15"),
            (4397, "قوشۇمچە كەسىپ كوپېراتىپلىرى 30 دىن ئاشتى", "2025-08-09"),
        ]
    )
    hot = "".join(
        f'<li><span>{i}</span><a href="/index.php?m=content&amp;c=index&amp;a=show&amp;catid={c}&amp;id={n}" title="{e(t)}">{e(t)}</a></li>'
        for i, (c, n, t) in enumerate(
            [
                (6, 4519, "ناھىيە بازىرىدىكى يېڭى يول ئاي ئاخىرىدا ئېچىلىدۇ"),
                (12, 4515, "ئوتتۇرا مەكتەپ ئوقۇغۇچىلىرى ۋىلايەتلىك مۇسابىقىدە ئالدىنقى قاتاردا"),
                (13, 4512, "كۈزلۈك ئەمچەك ئېلىش خىزمىتى باشلاندى"),
                (11, 4521, art["title"]),
                (14, 4507, "مۇقام ئۆگىنىش سىنىپىغا 60 ئوقۇغۇچى قوبۇل قىلىندى"),
            ],
            1,
        )
    )
    comments = "".join(
        f'<dl class="comment-item"><dt><span class="user">{e(n)}</span> <span class="ip">[{ip}]</span> <span class="date">{d}</span></dt><dd class="c">{e(t)}</dd><dd class="rt"><a href="javascript:;" onclick="support({cid}, \'content_11-4521-1\')">قوللاش (<span id="support_{cid}">{s}</span>)</a> <a href="javascript:;" onclick="reply({cid}, \'content_11-4521-1\')">جاۋاب</a></dd></dl>'
        for cid, n, ip, d, t, s in [
            (
                802,
                "تور دوستى",
                "10.21.*.*",
                "2025-10-08 12:41",
                "بۇ ئامبار بىزنىڭ يېزىغىمۇ سېلىنسا بەك ياخشى بولاتتى، ھەر يىلى كۈزدە باھا چۈشۈپ كېتىدۇ.",
                14,
            ),
            (
                805,
                "ئۈزۈمچى",
                "10.21.*.*",
                "2025-10-08 16:07",
                "ئەزا بولۇش ئۈچۈن قانچە پۇل تاپشۇرۇش كېرەكلىكىنىمۇ يېزىپ قويساڭلار بولاتتى.",
                6,
            ),
        ]
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="ug">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=7" />
<title>{e(art["title"])} - يېزا ئىگىلىكى - ئاقتوغراق تورى</title>
<meta name="keywords" content="كىشمىش,ئامبار,كوپېراتىپ,ئاقتوغراق">
<meta name="description" content="{e(ps[0])}">
<link href="{site}/statics/css/reset.css" rel="stylesheet" type="text/css" />
<link href="{site}/statics/css/default_blue.css" rel="stylesheet" type="text/css" />
<link href="{site}/statics/css/uyghur_rtl.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="{site}/statics/js/jquery.min.js"></script>
<script type="text/javascript" src="{site}/statics/js/jquery.sgallery.js"></script>
<script type="text/javascript" src="{site}/statics/js/search_common.js"></script>
</head>
<body>
<div class="body-top">
    <div class="content">
        <div id="announ">
                 <ul>
                    <li><a href="{site}/index.php?m=announce&amp;c=index&amp;a=show&amp;aid=9">ئۇقتۇرۇش: تور بېكەت 10-ئاينىڭ 20-كۈنى كەچتە ئاسراش سەۋەبىدىن ئىككى سائەت توختايدۇ</a></li>
                  </ul>
        </div>
        <script type="text/javascript">
            $(function(){{
                startmarquee('announ',22,1,500,3000);
            }})
        </script>
            <div class="login lh24 blue"><a href="{site}/index.php?m=content&amp;c=rss&amp;siteid=1" class="rss ib">rss</a><span class="rt"><script type="text/javascript">document.write('<iframe src="{site}/index.php?m=member&c=index&a=mini&forward='+encodeURIComponent(location.href)+'&siteid=1" allowTransparency="true"  width="500" height="24" frameborder="0" scrolling="no"></iframe>')</script></span></div>
    </div>
</div>
<div class="header">
    <div class="logo lf"><a href="{site}/"><span class="icon-logo"></span></a></div>
    <div class="search">
        <div class="tab" id="search">
            <a href="javascript:;" onclick="setmodel(1, $(this), 'typeid', 1);" class="on">خەۋەر</a><span> | </span>
            <a href="javascript:;" onclick="setmodel(3, $(this), 'typeid', 3);">رەسىم</a><span> | </span>
            <a href="javascript:;" onclick="setmodel(4, $(this), 'typeid', 4);">سىن</a>
        </div>
        <div class="bd">
            <form action="{site}/index.php" method="get" target="_blank">
                <input type="hidden" name="m" value="search"/>
                <input type="hidden" name="c" value="index"/>
                <input type="hidden" name="a" value="init"/>
                <input type="hidden" name="typeid" value="1" id="typeid"/>
                <input type="hidden" name="siteid" value="1" id="siteid"/>
                <input type="text" class="text" name="q" id="q"/><input type="submit" value="ئىزدەش" class="button" />
            </form>
        </div>
    </div>
    <div class="banner"><script language="javascript" src="{site}/index.php?m=poster&amp;c=index&amp;a=show_poster&amp;id=1"></script></div>
    <div class="bk3"></div>
    <div class="nav-bar">
        <map>
        <ul class="nav-site">
            <li><a href="{site}/"><span>باش بەت</span></a></li><li class="line">|</li>
            {nav}
        </ul>
        </map>
    </div>
    <div class="subnav">
           <a href="/index.php?m=content&amp;c=index&amp;a=lists&amp;catid=18">چارۋىچىلىق</a><span> | </span><a href="/index.php?m=content&amp;c=index&amp;a=lists&amp;catid=19">مېۋىچىلىك</a><span> | </span><a href="/index.php?m=content&amp;c=index&amp;a=lists&amp;catid=20">كوپېراتىپ</a><span> | </span><a href="/index.php?m=content&amp;c=index&amp;a=lists&amp;catid=21">بازار ئۇچۇرى</a>
        <span class="rt"><a href="{site}/index.php?m=content&amp;c=index&amp;a=lists&amp;catid=22">قوللانما</a></span>
    </div>
</div>
<!--main-->
<div class="main">
    <div class="col-left">
        <div class="crumbs"><a href="{site}/">باش بەت</a><span> &gt; </span><a href="{site}/index.php?m=content&amp;c=index&amp;a=lists&amp;catid=11">يېزا ئىگىلىكى</a> &gt;  خەۋەر مەزمۇنى</div>
        <div id="Article">
            <h1>{e(art["title"])}<br />
<span>2025-10-08 10:32:15&nbsp;&nbsp;&nbsp;مەنبە: ئاقتوغراق تورى&nbsp;&nbsp;&nbsp;ئاپتور: {e(art["author"])}&nbsp;&nbsp;&nbsp;كۆرۈلۈشى: <span id="hits"></span></span></h1>
            <div class="summary" ><strong>قىسقىچە مەزمۇنى:</strong> {e(ps[0])}</div>
            <div class="content">
                {body}
                <div id="pages" class="text-c"></div>
            </div>
            <div id="keywords">
                <strong>ھالقىلىق سۆز:</strong>
                <a href="{site}/index.php?m=content&amp;c=tag&amp;a=lists&amp;tag=%E2%80%8F" class="blue">كىشمىش</a>
                <a href="{site}/index.php?m=content&amp;c=tag&amp;a=lists&amp;tag=%E2%80%8E" class="blue">كوپېراتىپ</a>
                <a href="{site}/index.php?m=content&amp;c=tag&amp;a=lists&amp;tag=%E2%80%8D" class="blue">ئامبار</a>
            </div>
            <p style="margin-bottom:10px">
                <strong>ئالدىنقى ماقالە:</strong> <a href="{site}/index.php?m=content&amp;c=index&amp;a=show&amp;catid=11&amp;id=4517">كۈزلۈك بۇغداي تېرىش خىزمىتى ئاساسەن تاماملاندى</a><br />
                <strong>كېيىنكى ماقالە:</strong> <a href="{site}/index.php?m=content&amp;c=index&amp;a=show&amp;catid=11&amp;id=4526">يېزىلىق بازارلاردا قوي باھاسى تۇراقلىق</a>
            </p>
            <div class="Article-Tool">
                ھەمبەھىرلەش: <a href="javascript:;" class="share-wechat">ئۈندىدار</a> <a href="javascript:;" class="share-weibo">ۋېيبو</a> <a href="javascript:;" onclick="add_favorite('{e(art["title"])}');" class="t6">ساقلىۋېلىش</a> <a href="javascript:window.print();" class="t7">بېسىش</a> <a href="javascript:window.close();" class="t8">تاقاش</a>
                <span id='favorite'></span>
            </div>
            <script type="text/javascript">
            <!--
            function show_ajax(obj) {{
                var keywords = $(obj).text();
                var offset = $(obj).offset();
                var jsonitem = '';
                $.getJSON("{site}/index.php?m=content&c=index&a=json_list&type=keyword&modelid=1&id=4521&keywords="+encodeURIComponent(keywords),
                        function(data){{}});
            }}
            //-->
            </script>
        </div>
          <div class="Article-Tool-bk"></div>
          <div class="box">
            <h5>مۇناسىۋەتلىك خەۋەرلەر</h5>
            <ul class="list blue row-2">{related}</ul>
        </div>
        <div class="bk10"></div>
        <div class="box comment">
            <h5 class="title-2">تور دوستلىرىنىڭ باھاسى <span class="rt"><a href="{site}/index.php?m=comment&amp;c=index&amp;a=init&amp;commentid=content_11-4521-1" target="_blank">ھەممىنى كۆرۈش (2)</a></span></h5>
            <div class="comment-list">{comments}</div>
            <form action="{site}/index.php?m=comment&amp;c=index&amp;a=post&amp;commentid=content_11-4521-1" method="post" onsubmit="return on_submit()">
                <input type="hidden" name="title" value="{e(art["title"])}">
                <input type="hidden" name="url" value="{url}">
                <textarea rows="8" cols="80" name="content" id="comment_content"></textarea><br />
                <p class="f12">باھا يېزىشتىن بۇرۇن تىزىملىتىڭ. دۆلەت قانۇنىغا خىلاپ مەزمۇنلار ئۆچۈرۈلىدۇ. <label>تەكشۈرۈش كودى: <input type="text" name="code" size="6" /></label> <img id="code_img" onclick="this.src=this.src+'&'+Math.random()" src="{site}/api.php?op=checkcode&amp;code_len=4&amp;font_size=14&amp;width=84&amp;height=24" /></p>
                <input type="submit" value="يوللاش" class="button" />
            </form>
        </div>
  </div>
    <div class="col-auto">
        <div class="box">
            <h5 class="title-2">ئەڭ كۆپ كۆرۈلگەنلەر</h5>
            <ul class="content digg">{hot}</ul>
        </div>
        <div class="bk10"></div>
        <div class="box">
            <h5 class="title-2">رەسىملىك خەۋەرلەر</h5>
            <div class="content pic-list">
                <div class="pic"><a href="/index.php?m=content&amp;c=index&amp;a=show&amp;catid=16&amp;id=4503"><img src="/uploadfile/2025/0930/thumb_200_130_20250930.jpg" width="200" height="130" /></a><p><a href="/index.php?m=content&amp;c=index&amp;a=show&amp;catid=16&amp;id=4503">ئاقتوغراق كۈزدە</a></p></div>
            </div>
        </div>
        <div class="bk10"></div>
        <div class="box"><script language="javascript" src="/index.php?m=poster&amp;c=index&amp;a=show_poster&amp;id=3"></script></div>
    </div>
</div>
<script language="JavaScript" src="{site}/api.php?op=count&amp;id=4521&amp;modelid=1"></script>
<div class="bk10"></div>
<div class="footer">
    <p class="info">
    <a href="{site}/index.php?m=content&amp;c=index&amp;a=lists&amp;catid=2">بىز ھەققىدە</a> | <a href="{site}/index.php?m=content&amp;c=index&amp;a=lists&amp;catid=3">ئالاقىلىشىش</a> | <a href="{site}/index.php?m=content&amp;c=index&amp;a=lists&amp;catid=4">ئېلان بېرىش</a> | <a href="{site}/index.php?m=link">دوستانە ئۇلانما</a> | <a href="{site}/index.php?m=guestbook">تەكلىپ-پىكىر</a><br />
    ئاقتوغراق ناھىيىلىك تەشۋىقات مەركىزى تەمىنلىگەن. مەزمۇنلارنى رۇخسەتسىز كۆچۈرۈشكە بولمايدۇ.<br />
    Powered by <strong><a href="http://www.phpcms.example" target="_blank">PHPCMS</a></strong> <em>V9</em> &copy; 2025 <img src="{site}/statics/images/copyright.gif"/>
    </p>
</div>
</body>
</html>
"""


def dhivehi(art):
    """Laravel with Inertia.js and Vue 3 server-side rendering, Editor.js body blocks."""
    site = "https://atolhunews.example"
    path = "/news/18342"
    ps = art["paragraphs"]
    blocks = []
    for i, p in enumerate(ps):
        bid = f"b{i:02d}x{(i * 7919) % 9973:04d}"
        if p.startswith("## "):
            blocks.append({"id": bid, "type": "header", "data": {"text": p[3:], "level": 2}})
        else:
            blocks.append({"id": bid, "type": "paragraph", "data": {"text": p}})
    related = [
        (
            18297,
            "ވާރޭފެން ރައްކާކުރުމަށް 40 ގެއަކަށް ޓޭންކި",
            "ފުނަދިގަރު ކައުންސިލުން ބުނީ ޓޭންކިތައް ބެހުމުގެ މަސައްކަތް މި މަހު ނިންމާނެ ކަމަށެވެ.",
        ),
        (
            18240,
            "ރަށުގެ ބަނދަރު ފުޅާކުރުމުގެ މަސައްކަތް ފަށައިފި",
            "ބަނދަރު ފުޅާކުރުމަށްފަހު ބޮޑެތި އުޅަނދުތަކަށްވެސް ރަށަށް އެޅޭނެ ކަމަށް ކައުންސިލުން ބުނެއެވެ.",
        ),
        (
            18199,
            "ހޫނު މޫސުމުގައި ފެން ކުޑަވާ ރަށްތަކުގެ ޢަދަދު އިތުރުވެއްޖެ",
            "ވޭތުވެދިޔަ އަހަރު 30 އަށްވުރެ ގިނަ ރަށަކަށް ބޭރުން ފެން ގެންދަން ޖެހުނު ކަމަށް ރިޕޯޓެއްގައި ބުނެއެވެ.",
        ),
    ]
    comments = [
        (
            5521,
            "ރަށުމީހެއް",
            "2 ގަޑިއިރު ކުރިން",
            "އެންމެ ފަހުން އަޅުގަނޑުމެންގެ ރަށަށް ފެން ޕްލާންޓެއް ލިބުނީ. ކައުންސިލަށް ޝުކުރިއްޔާ.",
        ),
        (
            5524,
            "ޢަލީ",
            "1 ގަޑިއިރު ކުރިން",
            "ޔުނިޓެއްގެ އަގު 35 ރުފިޔާއަކީ ގިނަ އާއިލާތަކަށް ބުރަ އަގެއް. ސަރުކާރުން ސަބްސިޑީ ދޭން ޖެހޭ.",
        ),
    ]
    popular = [
        (18330, "އަތޮޅު ކައުންސިލުން އާ ފެރީ ޚިދުމަތެއް ފަށައިފި"),
        (18321, "ފުނަދިގަރު ފުޓްބޯޅަ ޓީމް ފައިނަލަށް"),
        (18315, "މަސް ބޭނުމުގެ ސީޒަން ރަނގަޅު، އަގު ދަށް"),
        (18342, art["title"]),
    ]
    props = {
        "errors": {},
        "auth": {"user": None},
        "ziggy": {"location": site + path},
        "article": {
            "id": 18342,
            "title": art["title"],
            "slug": "18342",
            "category": {"id": 1, "name": "ޚަބަރު", "slug": "news"},
            "author": {"id": 12, "name": art["author"], "avatar": "/storage/authors/12.jpg"},
            "published_at": "2025-10-12T14:20:00+05:00",
            "published_human": "12 އޮކްޓޫބަރު 2025",
            "cover": {
                "url": "/storage/articles/2025/10/fen-plant.jpg",
                "caption": "ފުނަދިގަރުގައި ހުޅުވި އާ ފެން ޕްލާންޓް. ފޮޓޯ: ފުނަދިގަރު ކައުންސިލް",
            },
            "body": {"time": 1760260800000, "blocks": blocks, "version": "2.28.2"},
            "tags": ["ފެން", "ފުނަދިގަރު", "ކައުންސިލް"],
            "comments_count": 2,
        },
        "related": [{"id": n, "title": t, "excerpt": x} for n, t, x in related],
        "comments": [{"id": c, "name": n, "ago": a, "body": t} for c, n, a, t in comments],
        "popular": [{"id": n, "title": t} for n, t in popular],
    }
    page_json = json.dumps(
        {
            "component": "Articles/Show",
            "props": props,
            "url": path,
            "version": "5e8b1f0c2a7d93e4b6f1",
            "clearHistory": False,
            "encryptHistory": False,
        }
    ).replace("/", "\\/")

    def block_html(i, b):
        if b["type"] == "header":
            inner = f'<h2 class="mt-8 mb-4 text-2xl font-bold text-slate-900">{e(b["data"]["text"])}</h2>'
        else:
            text = b["data"]["text"]
            if text.startswith("އަޕްޑޭޓް:"):
                inner = f'<p class="mb-5 rounded bg-amber-50 p-3 text-[17px] leading-[2.1] text-slate-800"><strong>އަޕްޑޭޓް:</strong>{e(text[len("އަޕްޑޭޓް:") :])}</p>'
            else:
                inner = f'<p class="mb-5 text-[17px] leading-[2.1] text-slate-800">{e(text)}</p>'
        if i == 3:
            extra = '<div class="my-6 text-center"><span class="block text-[11px] text-slate-400">އިޝްތިހާރު</span><a href="https://fehibank.example/?c=atolhu" target="_blank" rel="sponsored noopener"><img src="/storage/ads/fehi-bank-728x90.gif" width="728" height="90" alt="" class="mx-auto"></a></div>'
        elif i == 5:
            extra = f'<a href="/news/{related[0][0]}" class="my-6 flex gap-4 border-r-4 border-sky-600 bg-slate-50 p-4"><span class="text-sm font-bold text-sky-700">އިތުރަށް ކިޔާލާ:</span><span class="font-bold text-slate-900">{e(related[0][1])}</span></a>'
        else:
            extra = "<!--v-if-->"
        return f"<!--[-->{inner}{extra}<!--]-->"

    body = "".join(block_html(i, b) for i, b in enumerate(blocks))
    nav = "".join(
        f'<a href="/{h}" class="px-3 py-2 text-[15px] font-bold hover:text-sky-700{" text-sky-700" if h == "news" else " text-slate-700"}">{t}</a>'
        for h, t in [
            ("news", "ޚަބަރު"),
            ("report", "ރިޕޯޓު"),
            ("business", "ވިޔަފާރި"),
            ("sports", "ކުޅިވަރު"),
            ("world", "ދުނިޔެ"),
            ("video", "ވީޑިއޯ"),
        ]
    )
    share = "".join(
        f'<a href="{h}" target="_blank" rel="noopener" class="flex h-9 w-9 items-center justify-center rounded-full bg-slate-100" aria-label="{t}"><svg class="h-4 w-4" viewBox="0 0 24 24"><path d="M0 0h24v24H0z"/></svg></a>'
        for h, t in [
            (f"https://www.facebook.com/sharer/sharer.php?u={site}{path}", "Facebook"),
            (f"https://twitter.com/intent/tweet?url={site}{path}", "X"),
            (f"viber://forward?text={site}{path}", "Viber"),
            (f"https://t.me/share/url?url={site}{path}", "Telegram"),
        ]
    )
    rel_html = "".join(
        f'<!--[--><a href="/news/{n}" class="group block"><img src="/storage/articles/2025/10/{n}-thumb.jpg" alt="" class="aspect-video w-full rounded object-cover"><h3 class="mt-2 text-lg font-bold leading-8 group-hover:text-sky-700">{e(t)}</h3><p class="mt-1 text-sm leading-7 text-slate-600">{e(x)}</p></a><!--]-->'
        for n, t, x in related
    )
    com_html = "".join(
        f'<!--[--><div class="border-b border-slate-100 py-4"><div class="flex items-center justify-between"><span class="font-bold">{e(n)}</span><span class="text-xs text-slate-400">{a}</span></div><p class="mt-2 leading-8 text-slate-700">{e(t)}</p><button type="button" class="mt-1 text-xs text-sky-700">ޖަވާބު ދޭ</button></div><!--]-->'
        for c, n, a, t in comments
    )
    pop_html = "".join(
        f'<!--[--><li class="flex gap-3 border-b border-slate-100 py-3"><span class="text-2xl font-bold text-sky-600">{i}</span><a href="/news/{n}" class="font-bold leading-7 hover:text-sky-700">{e(t)}</a></li><!--]-->'
        for i, (n, t) in enumerate(popular, 1)
    )
    ziggy = {
        "url": site,
        "port": None,
        "defaults": {},
        "routes": {
            "home": {"uri": "/", "methods": ["GET", "HEAD"]},
            "news.show": {
                "uri": "news/{article}",
                "methods": ["GET", "HEAD"],
                "parameters": ["article"],
                "bindings": {"article": "id"},
            },
            "comments.store": {
                "uri": "news/{article}/comments",
                "methods": ["POST"],
                "parameters": ["article"],
            },
            "search": {"uri": "search", "methods": ["GET", "HEAD"]},
        },
    }
    ziggy_js = json.dumps(ziggy).replace("/", "\\/")
    return f"""<!DOCTYPE html>
<html lang="dv" dir="rtl">
    <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="csrf-token" content="Xq8uVd0wR3nK2sT7yL1mB9cF4hJ6pA5eG0iZ">
        <title inertia>{e(art["title"])} - އަތޮޅު ނިއުސް</title>
        <meta inertia="description" name="description" content="{e(ps[0])}">
        <meta inertia="og:title" property="og:title" content="{e(art["title"])}">
        <meta inertia="og:image" property="og:image" content="{site}/storage/articles/2025/10/fen-plant.jpg">
        <meta inertia="og:type" property="og:type" content="article">
        <link rel="canonical" href="{site}{path}">
        <link rel="preconnect" href="https://fonts.bunny.net">
        <link href="https://fonts.bunny.net/css?family=figtree:400,500,600&display=swap" rel="stylesheet" />
        <script type="text/javascript">const Ziggy={ziggy_js};!function(t,r){{"object"==typeof exports&&"undefined"!=typeof module?module.exports=r():"function"==typeof define&&define.amd?define(r):(t||self).route=r()}}(this,function(){{}});</script>
        <link rel="preload" as="style" href="{site}/build/assets/app-4f8a1c2e.css" /><link rel="modulepreload" href="{site}/build/assets/app-9b3e77d1.js" /><link rel="modulepreload" href="{site}/build/assets/Show-2c81d0a4.js" /><link rel="modulepreload" href="{site}/build/assets/AppLayout-7d19e5b2.js" /><link rel="stylesheet" href="{site}/build/assets/app-4f8a1c2e.css" /><script type="module" src="{site}/build/assets/app-9b3e77d1.js"></script><script type="module" src="{site}/build/assets/Show-2c81d0a4.js"></script>
        {ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"], "datePublished": "2025-10-12T14:20:00+05:00", "author": {"@type": "Person", "name": art["author"]}, "publisher": {"@type": "Organization", "name": "އަތޮޅު ނިއުސް"}, "inLanguage": "dv"})}
    </head>
    <body class="font-faruma antialiased bg-white text-slate-900">
        <div id="app" data-page="{e(page_json)}"><!--[--><div class="min-h-screen"><div class="bg-slate-900 text-xs text-slate-200"><div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-2"><span>އާދީއްތަ، 12 އޮކްޓޫބަރު 2025 · 19 ރަބީޢުލްއާޚިރު 1447</span><div class="flex gap-4"><a href="/live" class="font-bold text-red-400">ލައިވް ޓީވީ</a><a href="/en" class="hover:underline">English</a></div></div></div><header class="border-b border-slate-200 bg-white"><div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-4"><a href="/" class="flex items-center gap-2"><img src="/images/logo.svg" alt="އަތޮޅު ނިއުސް" class="h-10"></a><nav class="hidden gap-1 md:flex">{nav}</nav><div class="flex items-center gap-2"><button type="button" class="rounded p-2 hover:bg-slate-100" aria-label="ހޯދާ"><svg class="h-5 w-5" viewBox="0 0 24 24"><path d="M0 0h24v24H0z"/></svg></button><button type="button" class="rounded p-2 md:hidden" aria-label="މެނޫ"><svg class="h-6 w-6" viewBox="0 0 24 24"><path d="M4 6h16M4 12h16M4 18h16"/></svg></button></div></div><!--v-if--></header><main class="mx-auto grid max-w-6xl grid-cols-1 gap-8 px-4 py-8 lg:grid-cols-3"><article class="lg:col-span-2"><a href="/news" class="inline-block rounded bg-sky-600 px-3 py-1 text-xs font-bold text-white">ޚަބަރު</a><h1 class="mt-4 text-3xl font-bold leading-[1.7] text-slate-900">{e(art["title"])}</h1><div class="mt-4 flex flex-wrap items-center justify-between gap-4 border-y border-slate-100 py-3"><div class="flex items-center gap-3"><img src="/storage/authors/12.jpg" alt="" class="h-10 w-10 rounded-full"><div><a href="/author/12" class="font-bold">{e(art["author"])}</a><div class="text-xs text-slate-500" dir="ltr">12 October 2025 · 14:20</div></div></div><div class="flex gap-2">{share}<button type="button" class="rounded-full bg-slate-100 px-3 text-xs">ލިންކް ކޮޕީކުރޭ</button></div></div><figure class="mt-6"><img src="/storage/articles/2025/10/fen-plant.jpg" alt="" class="w-full rounded"><figcaption class="mt-2 text-sm text-slate-500">ފުނަދިގަރުގައި ހުޅުވި އާ ފެން ޕްލާންޓް. ފޮޓޯ: ފުނަދިގަރު ކައުންސިލް</figcaption></figure><div class="article-body mt-6"><!--[-->{body}<!--]--></div><div class="mt-6 flex flex-wrap gap-2"><!--[--><a href="/tag/fen" class="rounded bg-slate-100 px-3 py-1 text-sm">#ފެން</a><a href="/tag/funadhigaru" class="rounded bg-slate-100 px-3 py-1 text-sm">#ފުނަދިގަރު</a><a href="/tag/council" class="rounded bg-slate-100 px-3 py-1 text-sm">#ކައުންސިލް</a><!--]--></div><div class="mt-6 rounded bg-violet-50 p-4 text-sm leading-7"><strong>ވައިބަރ ކޮމިއުނިޓީ:</strong> އަތޮޅުތަކުގެ އެންމެ ފަހުގެ ޚަބަރުތައް ލިބިވަޑައިގަތުމަށް އަޅުގަނޑުމެންގެ ވައިބަރ ކޮމިއުނިޓީއަށް ޖޮއިން ކުރައްވާ. <a href="https://invite.viber.example/?g2=AQBatolhu" class="font-bold text-violet-700">ޖޮއިން ކުރައްވާ</a></div><section class="mt-10"><h2 class="mb-2 text-xl font-bold">ކޮމެންޓް (2)</h2><!--[-->{com_html}<!--]--><form class="mt-6 space-y-3"><input type="text" placeholder="ނަން" class="w-full rounded border-slate-300"><textarea rows="4" placeholder="ކޮމެންޓެއް ލިޔުއްވާ" class="w-full rounded border-slate-300"></textarea><p class="text-xs text-slate-500">ކޮމެންޓްތައް ޝާއިޢުކުރެވޭނީ ރިވިއުކުރުމަށްފަހުއެވެ. ފުރައްސާރަކުރާ ބަހުރުވައިގައި ލިޔާ ކޮމެންޓްތައް ޝާއިޢު ނުކުރެވޭނެއެވެ.</p><button type="submit" class="rounded bg-sky-600 px-4 py-2 font-bold text-white">ފޮނުވާ</button></form></section><section class="mt-10"><h2 class="mb-4 text-xl font-bold">ގުޅުންހުރި ޚަބަރު</h2><div class="grid gap-6 sm:grid-cols-3"><!--[-->{rel_html}<!--]--></div></section></article><aside class="space-y-8"><div class="text-center"><span class="block text-[11px] text-slate-400">އިޝްތިހާރު</span><img src="/storage/ads/raajje-telecom-300x250.gif" width="300" height="250" alt="" class="mx-auto"></div><div><h2 class="border-b-2 border-sky-600 pb-2 text-lg font-bold">މަޤުބޫލް</h2><ol><!--[-->{pop_html}<!--]--></ol></div></aside></main><footer class="mt-12 bg-slate-900 text-slate-300"><div class="mx-auto grid max-w-6xl gap-8 px-4 py-10 md:grid-cols-3"><div><img src="/images/logo-white.svg" alt="އަތޮޅު ނިއުސް" class="h-10"><p class="mt-4 text-sm leading-7">އަތޮޅު ނިއުސް އަކީ ރާއްޖޭގެ އަތޮޅުތަކުގެ ޚަބަރު ގެނެސްދޭ މިނިވަން ނޫހެކެވެ.</p></div><ul class="space-y-2 text-sm"><li><a href="/about">އަޅުގަނޑުމެންގެ ވާހަކަ</a></li><li><a href="/contact">ގުޅުއްވާ</a></li><li><a href="/advertise">އިޝްތިހާރު</a></li><li><a href="/privacy">ޕްރައިވެސީ ސިޔާސަތު</a></li></ul><div class="text-sm">ރަޖިސްޓްރީ ނަންބަރު: NP-0412/2019</div></div><div class="border-t border-slate-800 py-4 text-center text-xs">© 2025 އަތޮޅު ނިއުސް. ހުރިހާ ޙައްޤެއް ލިބިގެންވޭ.</div></footer><div class="fixed inset-x-0 bottom-0 z-50 bg-slate-800 p-4 text-sm text-white"><div class="mx-auto flex max-w-6xl items-center justify-between gap-4"><p>މި ވެބްސައިޓް ބޭނުންކުރުމުން ކުކީޒް ބޭނުންކުރުމަށް ތިބާ އެއްބަސްވާ ކަމަށް ބަލާނެއެވެ.</p><button type="button" class="rounded bg-sky-600 px-4 py-1 font-bold">އެއްބަސް</button></div></div></div><!--]--></div>
    </body>
</html>
"""


def _anchor(text):
    return "-".join(text.replace("'", "").split())


def oromo(art):
    """Hexo 7 with the NexT theme (Gemini scheme), markdown body with header links."""
    site = "https://sagaleeodaa.example"
    path = "/2025/10/12/gabaa-haaraa-odaa-badhoo/"
    url = site + path
    ps = art["paragraphs"]

    def heading(text):
        a = _anchor(text)
        return (
            f'<h2 id="{a}"><a href="#{a}" class="headerlink" title="{e(text)}"></a>{e(text)}</h2>'
        )

    img = '<p><img src="/images/2025/10/gabaa-odaa-badhoo.jpg" alt="Gabaa haaraa Odaa Badhoo"></p>\n<p><em>Suuraa: Daldaltoonni dubartootaa gabaa haaraa keessatti, Dilbata darbe (Sagalee Odaa)</em></p>'
    read = '<p><strong>Kanas dubbisaa:</strong> <a href="/2025/09/28/karaa-asfaaltii-odaa-badhoo/">Karaan asfaaltii Odaa Badhoo fi Burqaa Diimaa walqabsiisu hojiin isaa %70 xumurame</a></p>'
    note = '<div class="note info"><p><strong>Oduu qabduu?</strong> Oduu naannoo keessanii, suuraa fi viidiyoo teessoo imeelii keenyaa <a href="mailto:oduu@sagaleeodaa.example">oduu@sagaleeodaa.example</a> irratti nuuf ergaa. Maqaan keessan yoo barbaaddan dhoksaa ta\'a.</p></div>'
    body = paras(
        art,
        h="{}",
        between={1: img, 5: read},
    )
    # headings with ids and header links
    for p in ps:
        if p.startswith("## "):
            body = body.replace(e(p[3:]), heading(p[3:]), 1)
    body += "\n" + note
    toc = "".join(
        f'<li class="nav-item nav-level-2"><a class="nav-link" href="#{_anchor(p[3:])}"><span class="nav-number">{n}.</span> <span class="nav-text">{e(p[3:])}</span></a></li>'
        for n, p in enumerate((p for p in ps if p.startswith("## ")), 1)
    )
    popular = "".join(
        f'<li class="popular-posts-item"><div class="popular-posts-title"><a href="{h}" rel="bookmark">{e(t)}</a></div><div class="popular-posts-excerpt"><p>{e(x)}</p></div></li>'
        for h, t, x in [
            (
                "/2025/09/28/karaa-asfaaltii-odaa-badhoo/",
                "Karaan asfaaltii Odaa Badhoo fi Burqaa Diimaa walqabsiisu hojiin isaa %70 xumurame",
                "Hojiin karaa kiiloomeetira 18 kanaa bara dhufu jalqaba irratti xumuramee tajaajilaaf ni oola jedhameera.",
            ),
            (
                "/2025/09/14/waldaa-qusannoo-dubartootaa/",
                "Waldaaleen qusannoo dubartootaa Odaa Badhoo miseensota 1,200 qaban",
                "Waldaaleen kunneen liqii xiqqaa kennuun dubartoonni daldala xixiqqaa akka jalqaban gargaaraa jiru.",
            ),
            (
                "/2025/08/30/bishaan-dhugaatii-ganda-lamaa/",
                "Ganda lama keessatti rakkoon bishaan dhugaatii hiikamuuf jedha",
                "Boollii bishaanii haaraan lama qotamanii jiraattota 9,000 ol tajaajiluuf qophaa'aniiru.",
            ),
        ]
    )
    config = {
        "hostname": "sagaleeodaa.example",
        "root": "/",
        "images": "/images",
        "scheme": "Gemini",
        "darkmode": False,
        "version": "8.20.0",
        "exturl": False,
        "sidebar": {"position": "left", "display": "post", "padding": 18, "offset": 12},
        "copycode": {"enable": False, "style": None},
        "fold": {"enable": False, "height": 500},
        "bookmark": {"enable": False, "color": "#222", "save": "auto"},
        "mediumzoom": False,
        "lazyload": False,
        "pangu": False,
        "comments": {
            "style": "tabs",
            "active": None,
            "storage": True,
            "lazyload": False,
            "nav": None,
        },
        "stickytabs": False,
        "motion": {
            "enable": True,
            "async": False,
            "transition": {
                "menu_item": "fadeInDown",
                "post_block": "fadeIn",
                "post_header": "fadeInDown",
                "post_body": "fadeInDown",
                "coll_header": "fadeInLeft",
                "sidebar": "fadeInUp",
            },
        },
        "i18n": {
            "placeholder": "Barbaadi...",
            "empty": 'Waan "${query}" jedhu hin argamne',
            "hits_time": "${hits} argame (${time} ms)",
            "hits": "${hits} argame",
        },
        "path": "/search.xml",
        "localsearch": {
            "enable": True,
            "trigger": "auto",
            "top_n_per_article": 1,
            "unescape": False,
            "preload": False,
        },
    }
    page_cfg = {
        "sidebar": "",
        "isHome": False,
        "isPost": True,
        "lang": "om",
        "comments": True,
        "permalink": url,
        "path": path.lstrip("/"),
        "title": art["title"],
    }
    return f"""<!DOCTYPE html>
<html lang="om">
<head>
  <meta charset="UTF-8">
<meta name="viewport" content="width=device-width">
<meta name="theme-color" content="#222"><meta name="generator" content="Hexo 7.3.0">

  <link rel="apple-touch-icon" sizes="180x180" href="/images/apple-touch-icon-next.png">
  <link rel="icon" type="image/png" sizes="32x32" href="/images/favicon-32x32-next.png">
  <link rel="icon" type="image/png" sizes="16x16" href="/images/favicon-16x16-next.png">
  <link rel="mask-icon" href="/images/logo.svg" color="#222">

<link rel="stylesheet" href="/css/main.css">

<link rel="stylesheet" href="https://cdnjs.cloudflare.example/ajax/libs/font-awesome/6.6.0/css/all.min.css" integrity="sha256-5eIC48iZUHmSlSUz9XtjRyK2mzQkHScZY1WdMaoz74E=" crossorigin="anonymous">
  <link rel="stylesheet" href="https://cdnjs.cloudflare.example/ajax/libs/animate.css/3.1.1/animate.min.css" integrity="sha256-PR7ttpcvz8qrF57fur/yAx1qXMFJeJFiA6pSzWi0OIE=" crossorigin="anonymous">

<script class="next-config" data-name="main" type="application/json">{json.dumps(config, ensure_ascii=False)}</script><script src="/js/config.js"></script>

    <meta name="description" content="{e(ps[0])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(art["title"])}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Sagalee Odaa">
<meta property="og:description" content="{e(ps[0])}">
<meta property="og:locale" content="om_ET">
<meta property="og:image" content="{site}/images/2025/10/gabaa-odaa-badhoo.jpg">
<meta property="article:published_time" content="2025-10-12T06:14:00.000Z">
<meta property="article:modified_time" content="2025-10-12T09:02:00.000Z">
<meta property="article:author" content="{e(art["author"])}">
<meta property="article:tag" content="gabaa">
<meta property="article:tag" content="dubartoota">
<meta name="twitter:card" content="summary">


<link rel="canonical" href="{url}">


<script class="next-config" data-name="page" type="application/json">{json.dumps(page_cfg, ensure_ascii=False)}</script>

<script class="next-config" data-name="calendar" type="application/json">""</script>
<title>{e(art["title"])} | Sagalee Odaa</title>


  <noscript>
    <link rel="stylesheet" href="/css/noscript.css">
  </noscript>
<link rel="alternate" href="/atom.xml" title="Sagalee Odaa" type="application/atom+xml">
</head>

<body itemscope itemtype="http://schema.org/WebPage" class="use-motion">
  <div class="headband"></div>

  <main class="main">
    <div class="column">
      <header class="header" itemscope itemtype="http://schema.org/WPHeader"><div class="site-brand-container">
  <div class="site-nav-toggle">
    <div class="toggle" aria-label="Toggle navigation bar" role="button">
        <span class="toggle-line"></span>
        <span class="toggle-line"></span>
        <span class="toggle-line"></span>
    </div>
  </div>

  <div class="site-meta">

    <a href="/" class="brand" rel="start">
      <i class="logo-line"></i>
      <p class="site-title">Sagalee Odaa</p>
      <i class="logo-line"></i>
    </a>
      <p class="site-subtitle" itemprop="description">Oduu naannoo fi sagalee hawaasaa</p>
  </div>

  <div class="site-nav-right">
    <div class="toggle popup-trigger" aria-label="Barbaadi" role="button">
        <i class="fa fa-search fa-fw fa-lg"></i>
    </div>
  </div>
</div>



<nav class="site-nav">
  <ul class="main-menu menu"><li class="menu-item menu-item-fuula-jalqabaa"><a href="/" rel="section"><i class="fa fa-home fa-fw"></i>Fuula Jalqabaa</a></li><li class="menu-item menu-item-oduu"><a href="/categories/Oduu/" rel="section"><i class="fa fa-newspaper fa-fw"></i>Oduu</a></li><li class="menu-item menu-item-diinagdee"><a href="/categories/Diinagdee/" rel="section"><i class="fa fa-coins fa-fw"></i>Diinagdee</a></li><li class="menu-item menu-item-aadaa"><a href="/categories/Aadaa/" rel="section"><i class="fa fa-music fa-fw"></i>Aadaa</a></li><li class="menu-item menu-item-kuusaa"><a href="/archives/" rel="section"><i class="fa fa-archive fa-fw"></i>Kuusaa</a></li><li class="menu-item menu-item-waaee-keenya"><a href="/about/" rel="section"><i class="fa fa-user fa-fw"></i>Waa'ee Keenya</a></li>
      <li class="menu-item menu-item-search">
        <a role="button" class="popup-trigger"><i class="fa fa-search fa-fw"></i>Barbaadi
        </a>
      </li>
  </ul>
</nav>



  <div class="search-pop-overlay">
    <div class="popup search-popup">
      <div class="search-header">
        <span class="search-icon">
          <i class="fa fa-search"></i>
        </span>
        <div class="search-input-container">
          <input autocomplete="off" autocapitalize="off" maxlength="80"
                placeholder="Barbaadi..." spellcheck="false"
                type="search" class="search-input">
        </div>
        <span class="popup-btn-close" role="button">
          <i class="fa fa-times-circle"></i>
        </span>
      </div>
      <div class="search-result-container">
        <div class="search-result-icon">
          <i class="fa fa-spinner fa-pulse fa-5x"></i>
        </div>
      </div>
    </div>
  </div>

</header>


  <aside class="sidebar">

    <div class="sidebar-inner sidebar-nav-active sidebar-toc-active">
      <ul class="sidebar-nav">
        <li class="sidebar-nav-toc">
          Qabiyyee
        </li>
        <li class="sidebar-nav-overview">
          Waliigala
        </li>
      </ul>

      <div class="sidebar-panel-container">
        <!--noindex-->
        <div class="post-toc-wrap sidebar-panel">
            <div class="post-toc animated"><ol class="nav">{toc}</ol></div>
        </div>
        <!--/noindex-->

        <div class="site-overview-wrap sidebar-panel">
          <div class="site-author animated" itemprop="author" itemscope itemtype="http://schema.org/Person">
    <img class="site-author-image" itemprop="image" alt="Sagalee Odaa"
      src="/images/avatar.png">
  <p class="site-author-name" itemprop="name">Sagalee Odaa</p>
  <div class="site-description" itemprop="description">Sagalee Odaa marsariitii oduu hawaasaa kan gaazexeessitoota walabaa naannoo Odaa Badhoo irraa hojjetamuu dha.</div>
</div>
<div class="site-state-wrap animated">
  <nav class="site-state">
      <div class="site-state-item site-state-posts">
        <a href="/archives/">
          <span class="site-state-item-count">214</span>
          <span class="site-state-item-name">barreeffamoota</span>
        </a>
      </div>
      <div class="site-state-item site-state-categories">
          <a href="/categories/">
        <span class="site-state-item-count">6</span>
        <span class="site-state-item-name">ramaddii</span></a>
      </div>
      <div class="site-state-item site-state-tags">
          <a href="/tags/">
        <span class="site-state-item-count">87</span>
        <span class="site-state-item-name">mallattoo</span></a>
      </div>
  </nav>
</div>
  <div class="links-of-author animated">
      <span class="links-of-author-item">
        <a href="https://www.facebook.example/sagaleeodaa" title="Facebook → https://www.facebook.example/sagaleeodaa" rel="noopener me" target="_blank"><i class="fab fa-facebook fa-fw"></i>Facebook</a>
      </span>
      <span class="links-of-author-item">
        <a href="https://t.me/sagaleeodaa" title="Telegram → https://t.me/sagaleeodaa" rel="noopener me" target="_blank"><i class="fab fa-telegram fa-fw"></i>Telegram</a>
      </span>
      <span class="links-of-author-item">
        <a href="/atom.xml" title="RSS → /atom.xml" rel="noopener me"><i class="fa fa-rss fa-fw"></i>RSS</a>
      </span>
  </div>

        </div>
      </div>
    </div>


  </aside>


    </div>

    <div class="main-inner post posts-expand">





<div class="post-block">



  <article itemscope itemtype="http://schema.org/Article" class="post-content" lang="om">
    <link itemprop="mainEntityOfPage" href="{url}">

    <span hidden itemprop="author" itemscope itemtype="http://schema.org/Person">
      <meta itemprop="image" content="/images/avatar.png">
      <meta itemprop="name" content="{e(art["author"])}">
    </span>

    <span hidden itemprop="publisher" itemscope itemtype="http://schema.org/Organization">
      <meta itemprop="name" content="Sagalee Odaa">
      <meta itemprop="description" content="Oduu naannoo fi sagalee hawaasaa">
    </span>

    <span hidden itemprop="post" itemscope itemtype="http://schema.org/CreativeWork">
      <meta itemprop="name" content="{e(art["title"])} | Sagalee Odaa">
      <meta itemprop="description" content="">
    </span>
      <header class="post-header">
        <h1 class="post-title" itemprop="name headline">
          {e(art["title"])}
        </h1>

        <div class="post-meta-container">
          <div class="post-meta">
    <span class="post-meta-item">
      <span class="post-meta-item-icon">
        <i class="far fa-calendar"></i>
      </span>
      <span class="post-meta-item-text">Maxxanfame</span>

      <time title="Uumame: 2025-10-12 09:14:00" itemprop="dateCreated datePublished" datetime="2025-10-12T09:14:00+03:00">2025-10-12</time>
    </span>
    <span class="post-meta-item">
      <span class="post-meta-item-icon">
        <i class="far fa-calendar-check"></i>
      </span>
      <span class="post-meta-item-text">Fooyya'e</span>
      <time title="Fooyya'e: 2025-10-12 12:02:00" itemprop="dateModified" datetime="2025-10-12T12:02:00+03:00">2025-10-12</time>
    </span>
    <span class="post-meta-item">
      <span class="post-meta-item-icon">
        <i class="far fa-folder"></i>
      </span>
      <span class="post-meta-item-text">Ramaddii</span>
        <span itemprop="about" itemscope itemtype="http://schema.org/Thing">
          <a href="/categories/Diinagdee/" itemprop="url" rel="index"><span itemprop="name">Diinagdee</span></a>
        </span>
    </span>
    <span class="post-meta-item">
      <span class="post-meta-item-icon"><i class="far fa-user"></i></span>
      <span class="post-meta-item-text">Barreessaa</span>
      <span>{e(art["author"])}</span>
    </span>

    <span class="post-meta-break"></span>
    <span class="post-meta-item" title="Jechoota">
      <span class="post-meta-item-icon">
        <i class="far fa-file-word"></i>
      </span>
      <span class="post-meta-item-text">Jechoota: </span>
      <span>412</span>
    </span>
    <span class="post-meta-item" title="Yeroo dubbisaa">
      <span class="post-meta-item-icon">
        <i class="far fa-clock"></i>
      </span>
      <span class="post-meta-item-text">Yeroo dubbisaa &asymp;</span>
      <span>2 daqiiqaa</span>
    </span>
    <span id="busuanzi_container_page_pv" class="post-meta-item" title="Ilaalcha">
      <span class="post-meta-item-icon">
        <i class="far fa-eye"></i>
      </span>
      <span class="post-meta-item-text">Ilaalcha: </span>
      <span id="busuanzi_value_page_pv"></span>
    </span>
</div>

        </div>
      </header>




    <div class="post-body" itemprop="articleBody">{body}
</div>





        <div class="reward-container">
  <div>Sagalee Odaa deeggaruu barbaadduu? Gumaachi keessan gabaasa walabaa itti fufsiisuuf nu gargaara.</div>
  <button>
    Deeggari
  </button>
  <div class="post-reward">
      <div>
        <img src="/images/wechatpay.png" alt="{e(art["author"])} Baankii">
        <span>Baankii</span>
      </div>
  </div>
</div>

          <div class="post-copyright">
<ul>
  <li class="post-copyright-author">
      <strong>Barreessaa: </strong>{e(art["author"])}
  </li>
  <li class="post-copyright-link">
      <strong>Geessituu barreeffamaa: </strong>
      <a href="{url}" title="{e(art["title"])}">{url}</a>
  </li>
  <li class="post-copyright-license">
      <strong>Mirga qabeenyaa: </strong>Barreeffamoonni marsariitii kanaa hundi <a href="https://creativecommons.org/licenses/by-nc-sa/4.0/deed.om" rel="noopener" target="_blank"><i class="fab fa-fw fa-creative-commons"></i>BY-NC-SA</a> jala jiru. Yoo fayyadamtan maddichi Sagalee Odaa ta'uu ibsaa!
  </li>
</ul>
</div>



    <footer class="post-footer">
          <div class="post-tags">
              <a href="/tags/gabaa/" rel="tag"># gabaa</a>
              <a href="/tags/dubartoota/" rel="tag"># dubartoota</a>
              <a href="/tags/Odaa-Badhoo/" rel="tag"># Odaa Badhoo</a>
          </div>

          <div class="popular-posts-header">Barreeffamoota walqabatan</div>
    <ul class="popular-posts">{popular}</ul>



          <div class="post-nav">
            <div class="post-nav-item">
                <a href="/2025/10/09/kubbaa-miilaa-shamarranii/" rel="prev" title="Garee kubbaa miilaa shamarranii Odaa Badhoo dorgommii godinaa mo'ate">
                  <i class="fa fa-angle-left"></i> Garee kubbaa miilaa shamarranii Odaa Badhoo dorgommii godinaa mo'ate
                </a>
            </div>
            <div class="post-nav-item">
                <a href="/2025/10/14/irreechaa-qophii/" rel="next" title="Qophiin ayyaana Irreechaa magaalaa keessatti jalqabe">
                  Qophiin ayyaana Irreechaa magaalaa keessatti jalqabe <i class="fa fa-angle-right"></i>
                </a>
            </div>
          </div>
    </footer>
  </article>
</div>







  <div class="comments" id="disqus_thread">
    <noscript>Yaada ilaaluuf JavaScript dandeessisaa. Yaadni karaa Disqus dhiyaata.</noscript>
  </div>

</div>
  </main>

  <footer class="footer">
    <div class="footer-inner">

  <div class="copyright">
    &copy; 2021 –
    <span itemprop="copyrightYear">2025</span>
    <span class="with-love">
      <i class="fa fa-heart"></i>
    </span>
    <span class="author" itemprop="copyrightHolder">Sagalee Odaa</span>
  </div>
<div class="busuanzi-count">
    <span class="post-meta-item" id="busuanzi_container_site_uv">
      <span class="post-meta-item-icon">
        <i class="fa fa-user"></i>
      </span>
      <span class="site-uv" title="Daawwattoota">
        <span id="busuanzi_value_site_uv"></span>
      </span>
    </span>
</div>
  <div class="powered-by">Kan hojjetame <a href="https://hexo.io/" rel="noopener" target="_blank">Hexo</a> & <a href="https://theme-next.js.org/" rel="noopener" target="_blank">NexT.Gemini</a> tiin
  </div>

    </div>
  </footer>


  <div class="toggle sidebar-toggle" role="button">
    <span class="toggle-line"></span>
    <span class="toggle-line"></span>
    <span class="toggle-line"></span>
  </div>
  <div class="sidebar-dimmer"></div>
  <div class="back-to-top" role="button" aria-label="Back to top">
    <i class="fa fa-arrow-up fa-lg"></i>
    <span>0%</span>
  </div>
  <div class="reading-progress-bar"></div>

<noscript>
  <div class="noscript-warning">Theme NexT works best with JavaScript enabled</div>
</noscript>



  <script src="https://cdnjs.cloudflare.example/ajax/libs/animejs/3.2.1/anime.min.js" integrity="sha256-XL2inqUJaslATFnHdJOi9GfQ60on8Wx1C2H8DYiN1xY=" crossorigin="anonymous"></script>
<script src="/js/comments.js"></script><script src="/js/utils.js"></script><script src="/js/motion.js"></script><script src="/js/sidebar.js"></script><script src="/js/next-boot.js"></script>


<script src="https://cdnjs.cloudflare.example/ajax/libs/hexo-generator-searchdb/1.4.1/search.js" integrity="sha256-1kfA5uHPf65M5cphT2dvymhkuyHPQp5A53EGZOnOLmc=" crossorigin="anonymous"></script>
<script src="/js/third-party/search/local-search.js"></script>

  <script async src="https://busuanzi.ibruce.example/busuanzi/2.3/busuanzi.pure.mini.js"></script>

<script class="next-config" data-name="disqus" type="application/json">{{"enable":true,"shortname":"sagaleeodaa","count":true,"i18n":{{"disqus":"disqus"}}}}</script>
<script src="/js/third-party/comments/disqus.js"></script>

</body>
</html>
"""


CT_SVG = '<svg class="ct-icon" width="15" height="15" viewBox="0 0 20 20" aria-hidden="true"><path d="M0 0h20v20H0z"></path></svg>'


def chichewa(art):
    """WordPress with the Blocksy theme, WP QUADS ads, Cookie Notice."""
    site = "https://www.lusumbwetimes.example"
    url = f"{site}/2025/10/13/alimi-khola-mtendere-dzuwa/"
    ps = art["paragraphs"]

    def ad(n, img, alt):
        return f'<div class="quads-location quads-ad{n}" id="quads-ad{n}" style="float:none;margin:10px 0 10px 0;text-align:center;"><p class="quads-ad-label quads-ad-label-new" style="font-size:11px;color:#999;">Malonda</p>\n<a href="https://{img}.example/?utm_source=lusumbwetimes" target="_blank" rel="sponsored noopener"><img src="{site}/wp-content/uploads/2025/09/{img}-728x90.jpg" width="728" height="90" alt="{alt}" /></a></div>'

    read = f'<p><strong>WERENGANI:</strong> <a href="{site}/2025/09/30/chilala-lusumbwe-chimanga/">Mabanja 3,000 ku Lusumbwe akusowa chakudya chifukwa cha chilala</a></p>'
    fig = f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="{site}/wp-content/uploads/2025/10/ngalande-khola-1024x683.jpg" alt="" class="wp-image-30477" /><figcaption class="wp-element-caption">Alimi akukumba ngalande yomwe imatenga madzi kupita kuminda. (Chithunzi: Lusumbwe Times)</figcaption></figure>'
    wa = '<div class="wp-block-group has-pale-cyan-blue-background-color has-background is-layout-constrained wp-block-group-is-layout-constrained"><p class="has-text-align-center"><strong>Landirani nkhani za Lusumbwe Times pa WhatsApp. <a href="https://whatsapp.example/channel/0029VaLusumbweTimes">Dinani apa kuti mulowe nawo</a>.</strong></p></div>'
    body = paras(
        art,
        h='<h2 class="wp-block-heading">{}</h2>',
        ul='ul class="wp-block-list"',
        between={
            1: ad(1, "chuma-mobile-money", "Malonda"),
            3: fig,
            5: read,
            11: ad(2, "lusumbwe-bank-ulimi", "Ngongole ya ulimi"),
        },
        stop=len(ps) - 1,
    )
    body += f"\n<p><em>{e(ps[-1])}</em></p>\n{wa}"
    menu_items = [
        ("", "Tsamba Loyamba"),
        ("category/nkhani/", "Nkhani"),
        ("category/ulimi/", "Ulimi"),
        ("category/ndale/", "Ndale"),
        ("category/zamasewera/", "Zamasewera"),
        ("category/zosangalatsa/", "Zosangalatsa"),
        ("category/maganizo/", "Maganizo"),
    ]
    menu = "".join(
        f'<li id="menu-item-{60 + i}" class="menu-item menu-item-type-taxonomy menu-item-object-category{" current-post-ancestor current-menu-parent current-post-parent" if h == "category/ulimi/" else ""} menu-item-{60 + i}" role="none"><a href="{site}/{h}" class="ct-menu-link" role="menuitem">{t}</a></li>'
        for i, (h, t) in enumerate(menu_items)
    )
    socials = "".join(
        f'<a href="https://www.{n}.example/lusumbwetimes" data-network="{n}" aria-label="{t}" target="_blank" rel="noopener noreferrer nofollow"><span class="ct-icon-container">{CT_SVG}</span></a>'
        for n, t in [("facebook", "Facebook"), ("x", "X"), ("youtube", "YouTube")]
    )
    share = "".join(
        f'<a href="{h}" data-network="{n}" aria-label="{t}" rel="noopener noreferrer nofollow"><span class="ct-icon-container">{CT_SVG}</span><span class="ct-label" aria-hidden="true">{t}</span></a>'
        for n, t, h in [
            ("facebook", "Facebook", f"https://www.facebook.com/sharer/sharer.php?u={url}"),
            ("twitter", "X (Twitter)", f"https://twitter.com/intent/tweet?url={url}"),
            ("whatsapp", "WhatsApp", f"https://api.whatsapp.com/send?text={url}"),
            ("telegram", "Telegram", f"https://t.me/share/url?url={url}"),
        ]
    )
    related = "".join(
        f'<article class="ct-related-post" itemscope="itemscope" itemtype="https://schema.org/CreativeWork"><div id="post-{n}" class="post-{n} post type-post status-publish format-standard has-post-thumbnail hentry category-ulimi"><a class="ct-media-container" href="{site}/{h}/" aria-label="{e(t)}"><img width="768" height="512" src="{site}/wp-content/uploads/2025/{img}-768x512.jpg" class="attachment-medium_large size-medium_large wp-post-image" alt="" loading="lazy" decoding="async" itemprop="image" style="aspect-ratio: 16/9;" /></a><h4 class="related-entry-title" itemprop="name"><a href="{site}/{h}/" itemprop="url" rel="bookmark">{e(t)}</a></h4><ul class="entry-meta" data-type="simple:slash" data-id="related_meta"><li class="meta-date" itemprop="datePublished"><time class="ct-meta-element-date" datetime="{dt}">{d}</time></li></ul><div class="entry-excerpt"><p>{e(x)}</p></div></div></article>'
        for n, h, img, t, dt, d, x in [
            (
                30412,
                "2025/09/30/chilala-lusumbwe-chimanga",
                "09/chilala",
                "Mabanja 3,000 ku Lusumbwe akusowa chakudya chifukwa cha chilala",
                "2025-09-30T09:00:00+02:00",
                "Seputembala 30, 2025",
                "Bungwe loona za ngozi zogwa mwadzidzidzi lati lidzayamba kugawa chimanga kumapeto kwa mwezi wa Okutobala.",
            ),
            (
                30388,
                "2025/09/22/fetereza-mitengo",
                "09/fetereza",
                "Mitengo ya fetereza yatsika pang'ono m'misika ya m'boma",
                "2025-09-22T14:30:00+02:00",
                "Seputembala 22, 2025",
                "Ogulitsa ati thumba la makilogalamu 50 tsopano likugulitsidwa pa mtengo wotsika ndi 8 peresenti poyerekeza ndi mwezi watha.",
            ),
            (
                30351,
                "2025/09/11/amayi-alimi-mtedza",
                "09/mtedza",
                "Gulu la amayi alimi a mtedza lapeza msika watsopano",
                "2025-09-11T11:15:00+02:00",
                "Seputembala 11, 2025",
                "Amayi 60 a m'dera la Chisanga agulitsa mtedza wawo kukampani yopanga mafuta ophikira kwa nthawi yoyamba.",
            ),
        ]
    )
    comments = "".join(
        f'<li id="comment-{i}" class="comment even thread-even depth-1"><article class="ct-comment-inner" id="ct-comment-inner-{i}" itemprop="comment" itemscope="" itemtype="https://schema.org/Comment"><footer class="ct-comment-meta"><figure class="ct-media-container"><img alt="" src="https://secure.gravatar.example/avatar/{i}?s=50&amp;d=mm&amp;r=g" class="avatar avatar-50 photo" height="50" width="50" loading="lazy" decoding="async" style="aspect-ratio: 1/1;"/></figure><h4 class="ct-comment-author" itemprop="author" itemscope="" itemtype="https://schema.org/Person"><cite itemprop="name" class="fn">{e(n)}</cite></h4><div class="ct-comment-meta-data"><a href="{url}#comment-{i}"><time datetime="{dt}" itemprop="datePublished">{d}</time></a><a rel="nofollow" class="comment-reply-link" href="#comment-{i}" data-commentid="{i}" data-postid="30481" data-belowelement="ct-comment-inner-{i}" data-respondelement="respond" data-replyto="Yankhani {e(n)}" aria-label="Yankhani {e(n)}">Yankhani</a></div></footer><div class="ct-comment-content entry-content is-layout-flow" itemprop="text"><p>{e(t)}</p></div></article></li>'
        for i, n, dt, d, t in [
            (
                7702,
                "Mphatso Kachale",
                "2025-10-13T10:12:00+02:00",
                "Okutobala 13, 2025 / 10:12",
                "Zikomo kwambiri kwa onse amene anathandiza. Ntchito ngati iyi ikufunika m'midzi yonse ya m'mphepete mwa mtsinje.",
            ),
            (
                7705,
                "Yohane B.",
                "2025-10-13T12:40:00+02:00",
                "Okutobala 13, 2025 / 12:40",
                "Ndalama za 2,000 pa mwezi ndi zambiri kwa amayi amasiye. Kalabu iganizire za iwo.",
            ),
            (
                7709,
                "Thokozani",
                "2025-10-13T17:03:00+02:00",
                "Okutobala 13, 2025 / 17:03",
                "Ndikufuna kudziwa ngati alimi a mudzi woyandikana nawo angalowenso nawo ntchitoyi.",
            ),
        ]
    )
    recent = "".join(
        f'<li><a href="{site}/{h}/">{e(t)}</a><span class="post-date">{d}</span></li>'
        for h, t, d in [
            (
                "2025/10/13/sukulu-ya-mkaka",
                "Sukulu ya Mkaka yatsegulidwanso pambuyo pokonzedwa",
                "Okutobala 13, 2025",
            ),
            (
                "2025/10/12/msewu-lusumbwe-chisanga",
                "Ntchito ya msewu wa Lusumbwe-Chisanga iyamba mwezi wamawa",
                "Okutobala 12, 2025",
            ),
            (
                "2025/10/11/mpira-lusumbwe-united",
                "Lusumbwe United yapambana masewera achitatu motsatizana",
                "Okutobala 11, 2025",
            ),
        ]
    )
    return f"""<!doctype html>
<html lang="ny">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=5, viewport-fit=cover">
    <link rel="profile" href="https://gmpg.org/xfn/11">
    <meta name='robots' content='index, follow, max-image-preview:large' />
    <title>{e(art["title"])} &#8211; Lusumbwe Times</title>
    <link rel="canonical" href="{url}" />
    <meta property="og:locale" content="ny_MW" />
    <meta property="og:type" content="article" />
    <meta property="og:title" content="{e(art["title"])}" />
    <meta property="og:url" content="{url}" />
    <meta property="og:site_name" content="Lusumbwe Times" />
    <meta property="article:published_time" content="2025-10-13T06:30:00+00:00" />
    <meta name="author" content="{e(art["author"])}" />
    {ld({"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "@id": url + "#article", "headline": art["title"], "datePublished": "2025-10-13T08:30:00+02:00", "author": {"@type": "Person", "name": art["author"]}, "publisher": {"@type": "Organization", "name": "Lusumbwe Times"}, "inLanguage": "ny", "commentCount": 3}]}, ' class="yoast-schema-graph"')}
    <link rel='stylesheet' id='wp-block-library-css' href='{site}/wp-includes/css/dist/block-library/style.min.css?ver=6.8.3' media='all' />
    <link rel='stylesheet' id='ct-main-styles-css' href='{site}/wp-content/themes/blocksy/static/bundle/main.min.css?ver=2.1.14' media='all' />
    <link rel='stylesheet' id='ct-comments-styles-css' href='{site}/wp-content/themes/blocksy/static/bundle/comments.min.css?ver=2.1.14' media='all' />
    <link rel='stylesheet' id='ct-author-box-styles-css' href='{site}/wp-content/themes/blocksy/static/bundle/author-box.min.css?ver=2.1.14' media='all' />
    <link rel='stylesheet' id='ct-share-box-styles-css' href='{site}/wp-content/themes/blocksy/static/bundle/share-box.min.css?ver=2.1.14' media='all' />
    <link rel='stylesheet' id='cookie-notice-front-css' href='{site}/wp-content/plugins/cookie-notice/css/front.min.css?ver=2.5.7' media='all' />
    <style id='quads-styles-inline-css'>.quads-location ins.adsbygoogle {{ background: transparent !important; }}</style>
    <noscript><link rel='stylesheet' href='{site}/wp-content/themes/blocksy/static/bundle/no-scripts.min.css' type='text/css'></noscript>
    <meta name="generator" content="WordPress 6.8.3" />
</head>


<body class="wp-singular post-template-default single single-post postid-30481 single-format-standard wp-custom-logo wp-embed-responsive wp-theme-blocksy cookies-not-set" data-link="type-2" data-prefix="single_blog_post" data-header="type-1:sticky" data-footer="type-1" itemscope="itemscope" itemtype="https://schema.org/Blog">

<a class="skip-link screen-reader-text" href="#main">Skip to content</a><div class="ct-drawer-canvas" data-location="start">
        <div id="search-modal" class="ct-panel" data-behaviour="modal" role="dialog" aria-label="Search modal" inert>
            <div class="ct-panel-actions">
                <button class="ct-toggle-close" data-type="type-1" aria-label="Close search modal">
                    {CT_SVG}
                </button>
            </div>

            <div class="ct-panel-content">
                <form role="search" method="get" class="ct-search-form" action="{site}/" aria-haspopup="listbox" data-live-results="thumbs">
    <input type="search" class="modal-field" placeholder="Sakani" value="" name="s" autocomplete="off" title="Sakani" aria-label="Sakani">
    <div class="ct-search-form-controls">
        <button type="submit" class="wp-element-button" data-button="icon" aria-label="Search button">
            {CT_SVG}
            <span class="ct-ajax-loader"></span>
        </button>
        <input type="hidden" name="ct_post_type" value="post:page">
        <input type="hidden" value="1f5a9c7e02" class="ct-live-results-nonce">
    </div>
            <div class="screen-reader-text" aria-live="polite" role="status">
            Palibe zotsatira
        </div>
    </form>
            </div>
        </div>

        <div id="offcanvas" class="ct-panel ct-header" data-behaviour="right-side" role="dialog" aria-label="Offcanvas modal" inert=""><div class="ct-panel-inner">
        <div class="ct-panel-actions">
            <button class="ct-toggle-close" data-type="type-1" aria-label="Close drawer">
                {CT_SVG}
            </button>
        </div>
        <div class="ct-panel-content" data-device="desktop"><div class="ct-panel-content-inner"></div></div><div class="ct-panel-content" data-device="mobile"><div class="ct-panel-content-inner">
<nav class="mobile-menu menu-container has-submenu" data-id="mobile-menu" data-interaction="click" data-toggle-type="type-1" data-submenu-dots="yes" aria-label="Off Canvas Menu">
    <ul id="menu-main-1" class="" role="menubar">{menu}</ul></nav>
</div></div></div></div></div>
<div id="main-container">
    <header id="header" class="ct-header" data-id="type-1" itemscope="" itemtype="https://schema.org/WPHeader"><div data-device="desktop"><div class="ct-sticky-container"><div data-sticky="shrink"><div data-row="top" data-column-set="2"><div class="ct-container"><div data-column="start" data-placements="1"><div data-items="primary">
<div
    class="ct-header-text "
    data-id="text">
    <div class="entry-content is-layout-flow">
        <p>Lolemba, 13 Okutobala 2025 · <a href="{site}/e-paper/">Nyuzipepala ya pa intaneti</a></p>	</div>
</div>
</div></div><div data-column="end" data-placements="1"><div data-items="primary">
<div
    class="ct-header-socials "
    data-id="socials">
        <div class="ct-social-box" data-color="custom" data-icon-size="custom" data-icons-type="simple" >{socials}</div>
</div>
</div></div></div></div><div data-row="middle" data-column-set="2"><div class="ct-container"><div data-column="start" data-placements="1"><div data-items="primary">
<div	class="site-branding"
    data-id="logo"		itemscope="itemscope" itemtype="https://schema.org/Organization">

            <a href="{site}/" class="site-logo-container" rel="home" itemprop="url" ><img width="300" height="72" src="{site}/wp-content/uploads/2024/05/lusumbwe-times-logo.png" class="default-logo" alt="Lusumbwe Times" decoding="async" /></a>

            <div class="site-title-container">
                            <span class="site-title " itemprop="name"><a href="{site}/" rel="home" >Lusumbwe Times</a></span>			<p class="site-description " itemprop="description">Nkhani za m'boma lathu, m'Chichewa</p>		</div>
      </div>

</div></div><div data-column="end" data-placements="1"><div data-items="primary">
<nav
    id="header-menu-1"
    class="header-menu-1 menu-container"
    data-id="menu" data-interaction="hover"	data-menu="type-1"
    data-dropdown="type-1:simple"		data-responsive="no"	itemscope="" itemtype="https://schema.org/SiteNavigationElement"	aria-label="Main">

    <ul id="menu-main" class="menu" role="menubar">{menu}</ul></nav>


<button
    class="ct-header-search ct-toggle "
    data-toggle-panel="#search-modal"
    aria-controls="search-modal"
    aria-label="Sakani"
    data-label="left"
    data-id="search">

    <span class="ct-label ct-hidden-sm ct-hidden-md ct-hidden-lg" aria-hidden="true">Sakani</span>

    {CT_SVG}</button>
</div></div></div></div></div></div></div><div data-device="mobile"><div class="ct-sticky-container"><div data-sticky="shrink"><div data-row="middle" data-column-set="2"><div class="ct-container"><div data-column="start" data-placements="1"><div data-items="primary">
<div	class="site-branding"
    data-id="logo"		>

            <a href="{site}/" class="site-logo-container" rel="home" itemprop="url" ><img width="300" height="72" src="{site}/wp-content/uploads/2024/05/lusumbwe-times-logo.png" class="default-logo" alt="Lusumbwe Times" decoding="async" /></a>
      </div>

</div></div><div data-column="end" data-placements="1"><div data-items="primary">
<button
    class="ct-header-trigger ct-toggle "
    data-toggle-panel="#offcanvas"
    aria-controls="offcanvas"
    data-design="simple"
    data-label="right"
    aria-label="Menyu"
    data-id="trigger">

    <span class="ct-label ct-hidden-sm ct-hidden-md ct-hidden-lg" aria-hidden="true">Menyu</span>

    <svg class="ct-icon" width="18" height="14" viewBox="0 0 18 14" data-type="type-1" aria-hidden="true"><rect y="0.00" width="18" height="1.7" rx="1"/><rect y="6.15" width="18" height="1.7" rx="1"/><rect y="12.3" width="18" height="1.7" rx="1"/></svg></button>
</div></div></div></div></div></div></div></header>
    <main id="main" class="site-main hfeed" itemscope="itemscope" itemtype="https://schema.org/CreativeWork">


    <div
        class="ct-container-full"
                data-content="normal"		data-vertical-spacing="top:bottom">



    <article
        id="post-30481"
        class="post-30481 post type-post status-publish format-standard has-post-thumbnail hentry category-ulimi tag-dzuwa tag-kuthirira tag-lusumbwe">


<div class="hero-section is-width-constrained" data-type="type-1">
            <header class="entry-header">
            <ul class="entry-meta" data-type="simple:slash" data-id="meta_1" ><li class="meta-categories" data-type="pill"><a href="{site}/category/ulimi/" rel="tag" class="ct-term-7">Ulimi</a></li></ul><h1 class="page-title" title="{e(art["title"])}" itemprop="headline">{e(art["title"])}</h1><ul class="entry-meta" data-type="label:slash" data-id="meta_2" ><li class="meta-author" itemprop="author" itemscope="" itemtype="https://schema.org/Person"><a href="{site}/author/chisomo/" tabindex="-1" class="ct-media-container-static"><img decoding="async" src="https://secure.gravatar.example/avatar/chisomo?s=50&amp;d=mm&amp;r=g" width="25" height="25" style="height:25px" alt="{e(art["author"])}"></a><span>Yolembedwa ndi</span><a class="ct-meta-element-author" href="{site}/author/chisomo/" title="Nkhani za {e(art["author"])}" rel="author" itemprop="url"><span itemprop="name">{e(art["author"])}</span></a></li><li class="meta-date" itemprop="datePublished"><span>Tsiku</span><time class="ct-meta-element-date" datetime="2025-10-13T08:30:00+02:00">Okutobala 13, 2025</time></li><li class="meta-comments"><a href="{url}#comments">Ndemanga 3</a></li></ul>		</header>
    </div>

<figure class="ct-featured-image "><div class="ct-media-container"><img width="1600" height="900" src="{site}/wp-content/uploads/2025/10/mapampu-dzuwa-khola.jpg" class="attachment-full size-full wp-post-image" alt="" loading="lazy" decoding="async" style="aspect-ratio: 16/9;" itemprop="image" /></div><figcaption>Mapampu a dzuwa m'munda wa Khola-Mtendere. (Chithunzi: Lusumbwe Times)</figcaption></figure>

        <div class="entry-content is-layout-flow">
            {body}
        </div>


                    <div class="entry-tags is-width-constrained "><span class="ct-module-title">Mitu</span><div class="entry-tags-items"><a href="{site}/tag/dzuwa/" rel="tag"><span>#</span> dzuwa</a><a href="{site}/tag/kuthirira/" rel="tag"><span>#</span> kuthirira</a><a href="{site}/tag/lusumbwe/" rel="tag"><span>#</span> Lusumbwe</a></div></div>

<div class="ct-share-box is-width-constrained ct-hidden-sm" data-location="bottom" data-type="type-1" >
            <span class="ct-module-title">Gawani nkhaniyi</span>

    <div data-icons-type="simple">
                            {share}
            </div>
</div>

<div class="author-box is-width-constrained " data-type="type-2" ><a href="{site}/author/chisomo/" class="ct-media-container"><img decoding="async" src="https://secure.gravatar.example/avatar/chisomo?s=120&amp;d=mm&amp;r=g" width="60" height="60" style="height:60px" alt="{e(art["author"])}"></a><section><h5 class="author-box-name">{e(art["author"])}</h5><div class="author-box-bio"><p>Chisomo Banda ndi mtolankhani wa Lusumbwe Times yemwe amalemba nkhani za ulimi ndi chilengedwe. Anayamba ntchito ya utolankhani mu 2017.</p></div><a href="{site}/author/chisomo/" class="ct-author-box-more">Nkhani zonse za {e(art["author"])}</a></section></div>

<nav class="post-navigation is-width-constrained " >
                <a href="{site}/2025/10/12/msewu-lusumbwe-chisanga/" class="nav-item-prev">
                <figure class="ct-media-container  "><img width="300" height="200" src="{site}/wp-content/uploads/2025/10/msewu-300x200.jpg" class="attachment-medium size-medium wp-post-image" alt="" loading="lazy" decoding="async" style="aspect-ratio: 1/1;" /><svg width="20px" height="15px" viewBox="0 0 20 15" fill="#ffffff"><polygon points="0,7.5 5.5,13 6.4,12.1 2.4,8.1 20,8.1 20,6.9 2.4,6.9 6.4,2.9 5.5,2 "/></svg></figure>
                <div class="item-content">
                    <span class="item-label">
                        Nkhani <span>Yapitayo</span>					</span>
                                            <span class="item-title ct-hidden-sm">
                            Ntchito ya msewu wa Lusumbwe-Chisanga iyamba mwezi wamawa						</span>
                                    </div>
            </a>
            <a href="{site}/2025/10/13/sukulu-ya-mkaka/" class="nav-item-next">
                <div class="item-content">
                    <span class="item-label">
                        Nkhani <span>Yotsatira</span>					</span>
                                            <span class="item-title ct-hidden-sm">
                            Sukulu ya Mkaka yatsegulidwanso pambuyo pokonzedwa						</span>
                                    </div>
                <figure class="ct-media-container  "><img width="300" height="200" src="{site}/wp-content/uploads/2025/10/sukulu-300x200.jpg" class="attachment-medium size-medium wp-post-image" alt="" loading="lazy" decoding="async" style="aspect-ratio: 1/1;" /></figure>
            </a>
    </nav>

    </article>



            </div>

<div class="ct-related-posts-container" >
    <div class="ct-container">
    <div class="ct-related-posts" >
                <h3 class="ct-module-title">Nkhani Zofananira</h3>
        <div class="ct-related-posts-items" data-layout="grid">{related}</div>
    </div>
    </div>
</div>

<div class="ct-comments-container"><div class="ct-container-narrow">
<div class="ct-comments" id="comments">
    <h3 class="ct-comments-title">
        3 Ndemanga	</h3>
        <ol class="ct-comment-list">{comments}</ol>
        <div id="respond" class="comment-respond">
        <h2 id="reply-title" class="comment-reply-title">Siyani Ndemanga<span class="ct-cancel-reply"><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">Letsani</a></span></h2><form action="{site}/wp-comments-post.php" method="post" id="commentform" class="comment-form has-website-field has-labels-outside" novalidate><p class="comment-notes"><span id="email-notes">Imelo yanu sidzasindikizidwa.</span> <span class="required-field-message">Malo ofunikira alembedwa <span class="required">*</span></span></p><p class="comment-form-field-input-author required">
            <label for="author">Dzina<b class="required">&nbsp;*</b></label>
            <input id="author" name="author" type="text" value="" size="30" required='required'>
            </p>
<p class="comment-form-field-input-email required">
            <label for="email">Imelo<b class="required">&nbsp;*</b></label>
            <input id="email" name="email" type="email" value="" size="30" required='required'>
            </p>
<p class="comment-form-field-textarea">
            <label for="comment">Ndemanga<b class="required">&nbsp;*</b></label>
            <textarea id="comment" name="comment" cols="45" rows="8" required='required'></textarea>
        </p><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"><label for="wp-comment-cookies-consent">Sungani dzina ndi imelo yanga mu msakatuli uyu kuti ndidzagwiritse ntchito nthawi ina ndikamalemba ndemanga.</label></p>
<p class="form-submit"><button name="submit" type="submit" id="submit" class="submit" value="Tumizani Ndemanga">Tumizani Ndemanga</button> <input type='hidden' name='comment_post_ID' value='30481' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' />
</p></form>	</div><!-- #respond -->
    </div>
</div></div>	</main>

    <footer id="footer" class="ct-footer" data-id="type-1" itemscope="" itemtype="https://schema.org/WPFooter"><div data-row="middle"><div class="ct-container" data-columns-divider="md:sm"><div data-column="widget-area-1"><div class="ct-widget is-layout-flow widget_block" id="block-7"><h3 class="widget-title">Za Ife</h3><p>Lusumbwe Times ndi nyuzipepala yodziyimira payokha yomwe imafalitsa nkhani za m'boma la Lusumbwe ndi madera ozungulira m'Chichewa.</p></div></div><div data-column="widget-area-2"><div class="ct-widget widget_recent_entries" id="recent-posts-2"><h3 class="widget-title">Nkhani Zaposachedwa</h3><ul>{recent}</ul></div></div><div data-column="widget-area-3"><div class="ct-widget widget_nav_menu" id="nav_menu-3"><h3 class="widget-title">Maulalo</h3><div class="menu-footer-container"><ul id="menu-footer" class="widget-menu"><li class="menu-item"><a href="{site}/za-ife/">Za Ife</a></li><li class="menu-item"><a href="{site}/lumikizanani/">Lumikizanani nafe</a></li><li class="menu-item"><a href="{site}/malonda/">Malonda</a></li><li class="menu-item"><a href="{site}/privacy-policy/">Chinsinsi</a></li></ul></div></div></div></div></div><div data-row="bottom"><div class="ct-container"><div data-column="copyright">
<div
    class="ct-footer-copyright"
    data-id="copyright">

    <p>Copyright &copy; 2025 Lusumbwe Times - WordPress Theme by <a href="https://creativethemes.example">CreativeThemes</a></p></div>
</div></div></div></footer></div>

<div class="ct-drawer-canvas" data-location="end"><div class="ct-drawer-inner">
    <a href="#main-container" class="ct-back-to-top ct-hidden-sm"
        data-shape="square"
        data-alignment="right"
        title="Kubwerera pamwamba" aria-label="Kubwerera pamwamba" hidden>

        <svg class="ct-icon" width="15" height="15" viewBox="0 0 20 20"><path d="M2.3 15.2L10 7.5l7.7 7.7 2.3-2.3L10 3 0 12.9z"/></svg>	</a>

    </div></div><script type="speculationrules">{{"prefetch":[{{"source":"document","where":{{"and":[{{"href_matches":"/*"}},{{"not":{{"href_matches":["/wp-*.php","/wp-admin/*"]}}}}]}},"eagerness":"conservative"}}]}}</script>
<script id="ct-scripts-js-extra">var ct_localizations = {{"ajax_url":"{site}\\/wp-admin\\/admin-ajax.php","public_url":"{site}\\/wp-content\\/themes\\/blocksy\\/static\\/bundle\\/","rest_url":"{site}\\/wp-json\\/","search_url":"{site}\\/search\\/QUERY_STRING\\/","show_more_text":"Onani zambiri","more_text":"Zambiri","search_live_results":"Zotsatira zakusaka","search_live_no_result":"Palibe zotsatira"}};</script>
<script src="{site}/wp-content/themes/blocksy/static/bundle/main.js?ver=2.1.14" id="ct-scripts-js"></script>
<script src="{site}/wp-includes/js/comment-reply.min.js?ver=6.8.3" id="comment-reply-js" async data-wp-strategy="async"></script>

        <!-- Cookie Notice plugin v2.5.7 by Hu-manity.co https://hu-manity.co/ -->
        <div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice" style="background-color: rgba(50,50,58,1);"><div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text" class="cn-text-container">Tsambali limagwiritsa ntchito makeke (cookies) kuti likupatseni zinthu zabwino. Mukapitiriza kugwiritsa ntchito tsambali, tikuona kuti mwavomereza.</span><span id="cn-notice-buttons" class="cn-buttons-container"><button id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="Ndavomera" style="background-color: #00a99d">Ndavomera</button><a href="{site}/privacy-policy/" target="_blank" id="cn-more-info" class="cn-more-info cn-button" aria-label="Werengani zambiri" style="background-color: #00a99d">Werengani zambiri</a></span><span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" title="Ayi"></span></div>

        </div>
        <!-- / Cookie Notice plugin -->
</body>
</html>
"""


def citydaily(art):
    """Gannett-like front end (``gnt_`` classes), big-city daily."""
    site = "https://www.portcalderpress.example"
    path = "/story/news/local/2025/10/15/larkin-avenue-library-branch-stays-open/86712345007/"
    url = site + path
    ps = art["paragraphs"]

    def p(i):
        return f'<p class="gnt_ar_b_p">{e(ps[i])}</p>'

    def ad(n):
        return f'<div aria-label="advertisement" class="gnt_em_pl gnt_ar_b_pl" data-gl-method="loadAd" data-gl-slot="high_impact_{n}" data-gl-sb="gnt_xmst_sb"><span class="gnt_em_pl_lbl">Advertisement</span></div>'

    img = '<figure class="gnt_em gnt_em_img" aria-label="Image"><div class="gnt_em_img_w"><img class="gnt_em_img_i" src="https://www.portcalderpress.example/gcdn/authoring/images/pcp/2025/10/15/larkin-branch.jpg?width=660&amp;height=440&amp;fit=crop&amp;format=pjpg&amp;auto=webp" alt="Residents hold signs outside City Hall" width="660" height="440" loading="lazy"></div><figcaption class="gnt_em_img_ccw" aria-label="Westbrook Heights residents rally outside City Hall before the council meeting on Tuesday, Oct. 14, 2025."><span class="gnt_em_img_ccw_ct">Westbrook Heights residents rally outside City Hall before the council meeting on Tuesday, Oct. 14, 2025.</span><div class="gnt_em_img_ccw_cr">Ruben Salgado/Port Calder Press</div></figcaption></figure>'
    more = f'<p class="gnt_ar_b_p"><strong class="gnt_ar_b_al">MORE:</strong> <a href="{site}/story/news/local/2025/08/21/library-budget-shortfall-branch-closures/85291044007/" class="gnt_ar_b_a" data-t-l="|inline|intext|n/a">Port Calder library faces $3.2 million shortfall; Larkin branch could close</a></p>'
    nl = '<aside class="gnt_em gnt_em_nl" aria-label="Newsletter signup"><div class="gnt_em_nl_t">The Morning Dispatch</div><p class="gnt_em_nl_d">Start your day with the stories Port Calder is talking about, delivered to your inbox every weekday morning.</p><form class="gnt_em_nl_f"><input type="email" class="gnt_em_nl_i" placeholder="Enter email address" aria-label="Email address"><button type="submit" class="gnt_em_nl_b">Sign Up</button></form><p class="gnt_em_nl_pp">By signing up, you agree to our Terms of Service and Privacy Policy.</p></aside>'
    items = "".join(f'<li class="gnt_ar_b_ul_li">{e(x[2:])}</li>' for x in ps if x.startswith("- "))
    body = "".join(
        [
            p(0),
            p(1),
            img,
            p(2),
            ad(1),
            f'<h2 class="gnt_ar_b_h2">{e(ps[3][3:])}</h2>',
            p(4),
            more,
            p(5),
            p(6),
            ad(2),
            f'<h2 class="gnt_ar_b_h2">{e(ps[7][3:])}</h2>',
            p(8),
            nl,
            p(9),
            p(10),
            f'<ul class="gnt_ar_b_ul">{items}</ul>',
            p(14),
            ad(3),
            f'<p class="gnt_ar_b_p"><em>{e(ps[15])}</em></p>',
            '<p class="gnt_ar_b_p"><em>Danielle Ocampo covers city government for the Port Calder Press. Reach her at docampo@portcalderpress.example or follow her on X at @DOcampoPCP.</em></p>',
        ]
    )
    nav = "".join(
        f'<a class="gnt_n_mn_l{" gnt_n_mn_l__a" if t == "News" else ""}" href="{site}/{h}/" data-t-l="|nav|{t}">{t}</a>'
        for h, t in [
            ("news", "News"),
            ("sports", "Sports"),
            ("entertainment", "Entertainment"),
            ("business", "Business"),
            ("opinion", "Opinion"),
            ("obituaries", "Obituaries"),
            ("eedition", "eNewspaper"),
        ]
    )
    latest = "".join(
        f'<a class="gnt_m_flm_a" href="{site}{h}" data-t-l="|flm|{n}"><img class="gnt_m_flm_i" src="{site}/gcdn/thumb{n}.jpg" alt="" loading="lazy" width="120" height="80"><div class="gnt_m_flm_hl">{e(t)}</div><div class="gnt_m_flm_sbt">{e(x)}</div></a>'
        for n, h, t, x in [
            (
                1,
                "/story/news/local/2025/10/15/harbor-bridge-lane-closures/86711998007/",
                "Harbor Street bridge will lose a lane for six weeks starting Monday",
                "Crews will replace expansion joints on the 1960s bridge, and the city expects delays of up to 15 minutes at rush hour.",
            ),
            (
                2,
                "/story/news/education/2025/10/14/school-board-later-start-times/86699410007/",
                "School board backs later start times for Port Calder high schools",
                "The change, which takes effect next fall, would push the first bell at all six high schools back to 8:30 a.m.",
            ),
            (
                3,
                "/story/news/local/2025/10/14/westbrook-heights-grocery-store/86698221007/",
                "Developer says Westbrook Heights grocery store is still on track",
                "The long-promised store on Canal Road is now expected to open in the spring of 2027, a year later than first announced.",
            ),
        ]
    )
    popular = "".join(
        f'<li class="gnt_m_tl_li"><a class="gnt_m_tl_a" href="{site}/story/{n}/">{e(t)}</a></li>'
        for n, t in [
            (86700101007, "Port Calder Mariners name new head coach after 11-win season"),
            (86700188007, "Restaurant inspections: 4 eateries cited for pest problems"),
            (86700245007, "Here's when leaf collection starts in every Port Calder neighborhood"),
            (86700310007, "Man charged after police chase ends in crash on Route 40"),
            (86700399007, "Review: The new riverfront food hall is worth the wait"),
        ]
    )
    utag = {
        "ssts": "news/local",
        "page_type": "story",
        "asset_id": "86712345007",
        "byline": art["author"],
        "topic": "news",
        "subtopic": "local",
        "story_word_count": 612,
        "paywall": "metered",
    }
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Larkin Avenue library branch stays open after neighbors rally</title>
<meta name="description" content="The Port Calder City Council voted 7-2 to restore funding for the 92-year-old branch after more than 40 residents spoke.">
<link rel="canonical" href="{url}">
<meta property="og:title" content="{e(art["title"])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Port Calder Press">
<meta property="article:published_time" content="2025-10-15T05:00:00Z">
<meta name="twitter:site" content="@PortCalderPress">
<link rel="stylesheet" href="/gcdn/dpcss/1760470000/story.css">
<script>window.utag_data = {json.dumps(utag)};</script>
<script async src="/gcdn/dpjs/1760470000/gnt.min.js"></script>
{ld({"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": url, "headline": "Larkin Avenue library branch stays open after neighbors rally", "datePublished": "2025-10-15T05:00:00Z", "dateModified": "2025-10-15T15:42:00Z", "author": [{"@type": "Person", "name": art["author"]}], "publisher": {"@type": "Organization", "name": "Port Calder Press"}, "isAccessibleForFree": False, "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".gnt_ar_b"}})}
</head>
<body class="gnt_b gnt_b__s">
<a class="gnt_sk" href="#mainContentSection">Skip to main content</a>
<div class="gnt_n" aria-label="Navigation"><div class="gnt_n_w"><a class="gnt_n_lg" href="{site}/" aria-label="Port Calder Press logo"><svg class="gnt_n_lg_svg" viewBox="0 0 120 30"><path d="M0 0h120v30H0z"/></svg></a><nav class="gnt_n_mn" aria-label="Main">{nav}<button class="gnt_n_mn_m" aria-label="More">...</button></nav><div class="gnt_n_us"><a class="gnt_n_us_a" href="{site}/subscribe/?gps-source=CPNV" data-t-l="|nav|subscribe">Subscribe</a><a class="gnt_n_us_a gnt_n_us_a__si" href="{site}/signin/" data-t-l="|nav|sign in">Sign In</a></div><button class="gnt_n_se" aria-label="Search"><svg viewBox="0 0 24 24"><path d="M0 0h24v24H0z"/></svg></button></div></div>
<div class="gnt_bb" role="alert"><span class="gnt_bb_l">BREAKING</span><a class="gnt_bb_a" href="{site}/story/news/2025/10/15/route-40-crash/">Route 40 reopens after overnight crash near Exit 12</a></div>
<main class="gnt_cw" id="mainContentSection">
<article class="gnt_pr" aria-label="Story">
<div class="gnt_ar_lbl"><a class="gnt_ar_lbl_a" href="{site}/news/local/">LOCAL</a></div>
<h1 class="gnt_ar_hl" elementtiming="ar-headline">{e(art["title"])}</h1>
<div class="gnt_ar_by"><div class="gnt_ar_by_a"><a class="gnt_ar_by_a" href="{site}/staff/2648123001/danielle-ocampo/">{e(art["author"])}</a></div><div class="gnt_ar_by_t">Port Calder Press</div></div>
<div class="gnt_ar_dt" aria-label="Published: 1:00 a.m. ET Oct. 15, 2025 | Updated: 11:42 a.m. ET Oct. 15, 2025">Published 1:00 a.m. ET Oct. 15, 2025 | Updated 11:42 a.m. ET Oct. 15, 2025</div>
<div class="gnt_ss" aria-label="Share"><button class="gnt_ss_fb" aria-label="Share to Facebook">Facebook</button><button class="gnt_ss_x" aria-label="Share to X">X</button><button class="gnt_ss_em" aria-label="Email">Email</button><button class="gnt_ss_gift" aria-label="Gift this article">Gift Article</button><span class="gnt_ss_cc"><a href="#comments">Comments</a></span></div>
<div class="gnt_ar_b" aria-label="Article body">{body}</div>
<div class="gnt_ar_tp"><span class="gnt_ar_tp_l">Topics:</span><a href="{site}/topic/libraries/">Libraries</a><a href="{site}/topic/city-council/">City Council</a><a href="{site}/topic/westbrook-heights/">Westbrook Heights</a></div>
<div class="gnt_cmt" id="comments"><button class="gnt_cmt_b">Comments (48)</button><p class="gnt_cmt_p">Subscribers can join the conversation. Comments are moderated and must follow our community guidelines.</p></div>
</article>
<aside class="gnt_rr" aria-label="Right rail"><div class="gnt_rr_ad" aria-label="advertisement"><span class="gnt_em_pl_lbl">Advertisement</span></div><section class="gnt_m_tl"><h2 class="gnt_m_tl_h">Most Popular</h2><ol class="gnt_m_tl_ol">{popular}</ol></section></aside>
<section class="gnt_m_flm" aria-label="Latest in Local News"><h2 class="gnt_m_flm_h">More from Local News</h2>{latest}</section>
</main>
<footer class="gnt_f"><div class="gnt_f_w"><a class="gnt_f_lg" href="{site}/">Port Calder Press</a><ul class="gnt_f_ul"><li><a href="{site}/about/">About Us</a></li><li><a href="{site}/newsroom-staff/">Newsroom Staff Directory</a></li><li><a href="{site}/corrections/">Corrections &amp; Clarifications</a></li><li><a href="{site}/contact/">Contact Us</a></li><li><a href="{site}/accessibility/">Accessibility</a></li><li><a href="{site}/privacy/">Privacy Policy</a></li><li><a href="{site}/privacy/#do-not-sell">Your Privacy Choices</a></li><li><a href="{site}/terms/">Terms of Service</a></li></ul><p class="gnt_f_c">&copy; 2025 www.portcalderpress.example. All rights reserved.</p></div></footer>
<div class="gnt_cb" role="dialog" aria-label="Cookie notice"><p>We use cookies and similar technologies to personalize content and ads and to analyze our traffic. You can manage your choices at any time in Your Privacy Choices.</p><button class="gnt_cb_b">Accept</button><button class="gnt_cb_b gnt_cb_b__m">Manage</button></div>
</body>
</html>
"""


def bizwire(art):
    """Pimcore 11 (Symfony) area bricks, financial wire story page."""
    site = "https://www.northwire.example"
    path = "/en/business/retail-consumer/halvern-foods-close-two-bakeries-cut-640-jobs-2025-10-16"
    url = site + path
    ps = art["paragraphs"]

    def area(kind, inner, extra=""):
        return f'<div class="pimcore_area_{kind} pimcore_area_content{extra}">{inner}</div>'

    def wys(idx):
        return area(
            "wysiwyg",
            '<div class="wysiwyg">' + "".join(f"<p>{e(ps[i])}</p>" for i in idx) + "</div>",
        )

    def hl(i):
        return area("headline", f'<h2 class="article-subheadline">{e(ps[i][3:])}</h2>')

    quote = area(
        "quote-card",
        '<aside class="quote-card" data-ric="HALV.NX"><div class="quote-card__name"><a href="/en/markets/companies/HALV.NX">Halvern Foods AB</a></div><div class="quote-card__ric">HALV.NX</div><div class="quote-card__price">84.62</div><div class="quote-card__change quote-card__change--up">+3.42 (+4.21%)</div><div class="quote-card__time">As of 10:14 CET</div><p class="quote-card__delay">Quotes delayed at least 15 minutes.</p></aside>',
    )
    image = area(
        "image",
        '<figure class="article-image"><picture><source srcset="/Images/2025/10/halvern-bakery/image-thumb__48211__article-wide/halvern-bakery.webp 1x, /Images/2025/10/halvern-bakery/image-thumb__48211__article-wide/halvern-bakery@2x.webp 2x" type="image/webp"><img src="/Images/2025/10/halvern-bakery/image-thumb__48211__article-wide/halvern-bakery.jpg" width="1200" height="675" alt="Loaves on a production line" loading="lazy"></picture><figcaption class="article-image__caption">Loaves on the production line at a Halvern Foods bakery in Marlow Cross, March 4, 2024. <span class="article-image__credit">NorthWire/Ola Brekke/File Photo</span> <a class="article-image__license" href="/en/licensing/?image=48211">Purchase Licensing Rights</a></figcaption></figure>',
    )
    teaser = area(
        "teaser",
        '<aside class="inline-teaser"><span class="inline-teaser__label">Read more</span><a class="inline-teaser__link" href="/en/business/retail-consumer/bakers-warn-energy-costs-2025-09-30">Bakers warn of more closures as energy contracts roll over</a></aside>',
    )
    ad = area(
        "ad-slot",
        '<div class="ad-slot ad-slot--mid" id="div-gpt-ad-mid-1" data-ad-unit="/2148/northwire/business"><span class="ad-slot__label">Advertisement · Scroll to continue</span></div>',
    )
    bricks = "".join(
        [
            area(
                "wysiwyg",
                f'<div class="wysiwyg"><p class="article-updates"><em>{e(ps[0])}</em></p></div>',
            ),
            wys([1, 2]),
            image,
            wys([3]),
            quote,
            wys([4]),
            hl(5),
            wys([6, 7]),
            ad,
            wys([8, 9]),
            teaser,
            hl(10),
            wys([11, 12]),
            area(
                "wysiwyg",
                f'<div class="wysiwyg"><p class="article-credit">{e(art["credits"][0])}</p><p class="article-standards">Our Standards: <a href="/en/about/trust-principles/">The NorthWire Trust Principles.</a></p></div>',
            ),
        ]
    )
    ticker = "".join(
        f'<li class="ticker__item"><span class="ticker__name">{n}</span><span class="ticker__value">{v}</span><span class="ticker__change ticker__change--{d}">{c}</span></li>'
        for n, v, d, c in [
            ("NX All-Share", "2,418.36", "up", "+0.62%"),
            ("NX Mid-Cap", "1,104.92", "up", "+0.88%"),
            ("EUR/NXK", "11.3120", "down", "-0.14%"),
            ("Brent", "71.48", "down", "-0.53%"),
            ("Wheat (Dec)", "214.75", "up", "+1.10%"),
        ]
    )
    nav = "".join(
        f'<li class="main-nav__item{" main-nav__item--active" if t == "Business" else ""}"><a class="main-nav__link" href="/en/{h}">{t}</a></li>'
        for h, t in [
            ("world", "World"),
            ("business", "Business"),
            ("markets", "Markets"),
            ("sustainability", "Sustainability"),
            ("legal", "Legal"),
            ("technology", "Technology"),
            ("investigations", "Investigations"),
        ]
    )
    next_items = "".join(
        f'<li class="read-next__item"><a class="read-next__link" href="{h}"><span class="read-next__kicker">{k}</span><h3 class="read-next__title">{e(t)}</h3><p class="read-next__summary">{e(x)}</p><time class="read-next__time">{tm}</time></a></li>'
        for h, k, t, x, tm in [
            (
                "/en/business/retail-consumer/supermarket-price-war-2025-10-15",
                "Retail",
                "Supermarkets cut bread and milk prices as price war deepens",
                "The country's two largest grocers lowered prices on more than 200 staple items, putting further pressure on suppliers' margins.",
                "October 15, 2025",
            ),
            (
                "/en/markets/commodities/wheat-futures-rise-2025-10-16",
                "Commodities",
                "Wheat futures climb to three-month high on dry-weather worries",
                "Traders said forecasts of a dry winter across the main growing regions had prompted funds to cover short positions.",
                "October 16, 2025",
            ),
            (
                "/en/business/energy/industrial-power-prices-2025-10-14",
                "Energy",
                "Industrial power prices remain 40% above pre-crisis levels, regulator says",
                "Food manufacturers and other energy-intensive industries have been hit hardest, the energy regulator said in its quarterly report.",
                "October 14, 2025",
            ),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{e(art["title"])} | NorthWire</title>
    <meta name="description" content="Halvern Foods will close bakeries in Marlow Cross and Tenby Vale and cut about 640 jobs, blaming energy and wheat costs.">
    <link rel="canonical" href="{url}">
    <meta property="og:title" content="{e(art["title"])}">
    <meta property="og:type" content="article">
    <meta property="og:image" content="{site}/Images/2025/10/halvern-bakery/image-thumb__48211__og-image/halvern-bakery.jpg">
    <meta name="article:section" content="Retail &amp; Consumer">
    <meta name="article:author" content="{e(art["author"])}">
    <link rel="stylesheet" href="/build/app/app.7c41e0d2.css">
    <script src="/build/app/runtime.5b2f1a9e.js" defer></script>
    <script src="/build/app/app.0e8d34c1.js" defer></script>
    {ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"], "datePublished": "2025-10-16T07:41:00Z", "dateModified": "2025-10-16T08:58:00Z", "author": {"@type": "Person", "name": art["author"]}, "publisher": {"@type": "Organization", "name": "NorthWire", "logo": {"@type": "ImageObject", "url": site + "/static/img/northwire-logo.png"}}, "articleSection": "Retail & Consumer"})}
</head>
<body class="page page--article">
<a class="skip-link" href="#main-content">Skip to main content</a>
<div class="ticker" aria-label="Market data"><ul class="ticker__list">{ticker}</ul><span class="ticker__note">Market data delayed 15 minutes.</span></div>
<header class="site-header">
    <div class="site-header__inner container">
        <a class="site-header__logo" href="/en"><img src="/static/img/northwire-logo.svg" alt="NorthWire" width="160" height="32"></a>
        <nav class="main-nav" aria-label="Main"><ul class="main-nav__list">{nav}</ul></nav>
        <form class="site-search" action="/en/search" method="get" role="search"><label class="visually-hidden" for="q">Search NorthWire</label><input id="q" name="q" type="search" placeholder="Search"><button type="submit">Search</button></form>
        <div class="site-header__account"><a href="/en/account/sign-in" class="btn btn--link">Sign In</a><a href="/en/account/register" class="btn btn--primary">Register</a></div>
    </div>
</header>
<main id="main-content" class="container">
    <nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/en/business">Business</a></li><li><a href="/en/business/retail-consumer">Retail &amp; Consumer</a></li></ol></nav>
    <div class="row">
        <article class="article col-lg-8" data-document-id="18834">
            <header class="article__header">
                <h1 class="article__headline">{e(art["title"])}</h1>
                <div class="article__byline">By <a href="/en/authors/priya-castellano/">{e(art["author"])}</a></div>
                <div class="article__meta"><time datetime="2025-10-16T08:58:00Z">October 16, 2025 10:58 AM CEST</time> <span class="article__updated">Updated 2 hours ago</span> <span class="article__readtime">3 min read</span></div>
                <div class="article__tools"><button class="share-btn" data-share="linkedin">LinkedIn</button><button class="share-btn" data-share="x">X</button><button class="share-btn" data-share="email">Email</button><button class="share-btn" data-share="link">Link</button><a class="article__licensing" href="/en/licensing/?doc=18834">Purchase Licensing Rights</a></div>
            </header>
            <div class="article__body">
                {bricks}
            </div>
            <footer class="article__footer">
                <div class="article__tags"><span>Companies</span><a href="/en/markets/companies/HALV.NX">Halvern Foods AB</a></div>
                <div class="article__tags"><span>Topics</span><a href="/en/topics/food-beverage">Food &amp; Beverage</a><a href="/en/topics/employment">Employment</a></div>
            </footer>
        </article>
        <aside class="sidebar col-lg-4">
            <div class="pimcore_area_markets-widget pimcore_area_content"><section class="markets-widget"><h2 class="markets-widget__title">Markets</h2><table class="markets-widget__table"><tr><td>NX All-Share</td><td>2,418.36</td><td class="up">+0.62%</td></tr><tr><td>NX Mid-Cap</td><td>1,104.92</td><td class="up">+0.88%</td></tr><tr><td>NXK 10Y</td><td>2.71%</td><td class="down">-0.03</td></tr></table><a href="/en/markets">View all markets</a></section></div>
            <div class="ad-slot ad-slot--rail"><span class="ad-slot__label">Advertisement</span></div>
            <section class="newsletter-box"><h2>Business Briefing</h2><p>The day's most important business stories and market moves, in your inbox every weekday at 7am.</p><form action="/en/newsletters/subscribe" method="post"><input type="email" name="email" placeholder="Work email"><button type="submit">Sign up</button></form></section>
        </aside>
    </div>
    <section class="read-next"><h2 class="read-next__heading">Read Next</h2><ul class="read-next__list">{next_items}</ul></section>
</main>
<footer class="site-footer">
    <div class="container">
        <ul class="site-footer__links"><li><a href="/en/about">About NorthWire</a></li><li><a href="/en/careers">Careers</a></li><li><a href="/en/licensing">Licensing</a></li><li><a href="/en/about/trust-principles">Trust Principles</a></li><li><a href="/en/privacy">Privacy</a></li><li><a href="/en/cookies">Cookies</a></li></ul>
        <p class="site-footer__disclaimer">All quotes delayed a minimum of 15 minutes. NorthWire content is for information only and is not investment advice.</p>
        <p class="site-footer__copyright">&copy; 2025 NorthWire. All rights reserved.</p>
    </div>
</footer>
<div class="cookie-consent" id="cookie-consent" role="dialog" aria-live="polite"><p>We use cookies to run this site, measure its use and show relevant advertising. Choose "Accept all" to agree or "Settings" to decide which cookies we can use.</p><button class="btn btn--primary" data-consent="all">Accept all</button><button class="btn btn--link" data-consent="settings">Settings</button></div>
</body>
</html>
"""


def sportsblog(art):
    """Chorus-like sports-network platform (``c-``/``l-`` classes), team blog recap."""
    site = "https://www.seawallsquawk.example"
    path = "/2025/12/21/26119034/gulls-foxes-overtime-okafor-price-recap"
    url = site + path
    ps = art["paragraphs"]

    def p(i):
        return f'<p id="{"abcdefghijklmnop"[i]}{i * 37 % 100:02d}Xq">{e(ps[i])}</p>'

    ad = '<div id="dfp_ad_article_middle_{0}" class="dfp_ad dfp_ad--article-middle dfp_ad--desktop" data-cid="site/dfp_ad_article_middle-{0}"><div class="dfp_ad__inner"><span class="dfp_ad__label">Advertisement</span></div></div>'
    related = '<aside id="related-nRqbz" class="c-related-list"><h3 class="c-related-list__head">Related</h3><ul><li><a href="https://www.seawallsquawk.example/2025/12/14/26117702/gulls-run-defense-film-breakdown">Film room: Why the Gulls could not stop the run in Corvale</a></li><li><a href="https://www.seawallsquawk.example/2025/12/19/26118540/gulls-foxes-preview-five-questions">Five questions with the Foxes blog before Sunday\'s showdown</a></li></ul></aside>'
    post = '<div id="tweet-Lq7x"><blockquote class="twitter-tweet" data-conversation="none"><p lang="en" dir="ltr">DEVIN OKAFOR TO JALEN PRICE. GULLS WIN IN OVERTIME. WHAT A GAME AT SEAWALL.</p>&mdash; Harbor City Gulls (@HCGulls) <a href="https://x.example/HCGulls/status/1870012345678901234">December 21, 2025</a></blockquote><script async src="https://platform.x.example/widgets.js" charset="utf-8"></script></div>'
    items = "".join(f"<li>{e(x[2:])}</li>" for x in ps if x.startswith("- "))
    body = "\n".join(
        [
            p(0),
            p(1),
            p(2),
            ad.format(1),
            p(3),
            f"<h3>{e(ps[4][3:])}</h3>",
            p(5),
            related,
            p(6),
            post,
            p(7),
            ad.format(2),
            f"<h3>{e(ps[8][3:])}</h3>",
            f"<ul>{items}</ul>",
            p(12),
            f"<p><em>{e(ps[13])}</em></p>",
        ]
    )
    river = "".join(
        f'<div class="c-compact-river__entry"><div class="c-entry-box--compact c-entry-box--compact--article"><a class="c-entry-box--compact__image-wrapper" href="{site}{h}"><div class="c-entry-box--compact__image"><img alt="" src="https://cdn.seawallsquawk.example/thumbor/{n}.jpg" loading="lazy"></div></a><div class="c-entry-box--compact__body"><h2 class="c-entry-box--compact__title"><a href="{site}{h}">{e(t)}</a></h2><p class="p-dek c-entry-box--compact__dek">{e(x)}</p><div class="c-byline"><span class="c-byline__item"><span class="c-byline__author-name">{a}</span></span><span class="c-byline__item"><time datetime="{dt}">{d}</time></span><span class="c-byline__item"><a class="c-entry-stat--words" href="{site}{h}#comments"><span class="c-entry-stat__comment-data">{c}</span></a></span></div></div></div></div>'
        for n, h, t, x, a, dt, d, c in [
            (
                "a1",
                "/2025/12/21/26119051/gulls-foxes-instant-reaction-overtime",
                "Instant reaction: The Gulls refuse to go away",
                "Harbor City's season was 15 minutes from ending. Now the Gulls control part of their own fate.",
                "Nora Feld",
                "2025-12-21T19:02:00-05:00",
                "Dec 21, 2025, 7:02pm EST",
                "312",
            ),
            (
                "b2",
                "/2025/12/21/26119080/gulls-playoff-picture-week-17-scenarios",
                "Playoff picture: What the Gulls need in the final two weeks",
                "Harbor City needs to win out and get help from Weston, and there is a tiebreaker path that runs through Corvale.",
                "Eli Stroud",
                "2025-12-21T21:30:00-05:00",
                "Dec 21, 2025, 9:30pm EST",
                "88",
            ),
            (
                "c3",
                "/2025/12/20/26118811/gulls-injury-report-benning-questionable",
                "Injury report: Carl Benning questionable with a hamstring injury",
                "The tight end was limited in practice all week but told reporters he expected to play on Sunday.",
                "Nora Feld",
                "2025-12-20T14:11:00-05:00",
                "Dec 20, 2025, 2:11pm EST",
                "41",
            ),
        ]
    )
    fanposts = "".join(
        f'<li class="c-rock-list__item"><a href="{site}/fanposts/{n}">{e(t)}</a><span class="c-rock-list__byline">by {u}</span></li>'
        for n, t, u in [
            (
                "2025/12/21/gulls-offseason-wishlist",
                "My offseason wish list: two guards and a real backup quarterback",
                "SeawallSam",
            ),
            (
                "2025/12/20/ranking-gulls-uniforms",
                "Ranking every Gulls alternate uniform since 1998",
                "PelicanPete",
            ),
        ]
    )
    nav = "".join(
        f'<li class="c-nav-list__item"><a href="{site}/{h}" data-analytics-link="header-nav">{t}</a></li>'
        for h, t in [
            ("gulls-news", "Gulls News"),
            ("gulls-game-recaps", "Game Recaps"),
            ("gulls-draft", "Draft"),
            ("gulls-free-agency", "Free Agency"),
            ("fanposts", "Fanposts"),
            ("community-guidelines", "Community Guidelines"),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(art["title"])} - Seawall Squawk</title>
<meta name="description" content="Devin Okafor threw for 187 yards in the fourth quarter and overtime as the Gulls beat Dunmore 30-27.">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="Seawall Squawk">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(art["title"])}">
<meta property="article:author" content="{e(art["author"])}">
<meta property="article:section" content="Gulls Game Recaps">
<meta name="parsely-metadata" content='{{"post_id":"26119034","community":"Seawall Squawk","network":"Tidewater Sports Network"}}'>
<link rel="stylesheet" href="https://cdn.tidewaterchorus.example/packs/css/application-5d2c91b0.css">
<script>window.Chorus = window.Chorus || {{}}; Chorus.AdData = {{"community":"seawallsquawk","entry_id":26119034,"entry_type":"article","hub":"gulls-game-recaps","kw":["gulls","foxes","okafor"]}};</script>
{ld({"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": url, "headline": art["title"], "description": "Devin Okafor threw for 187 yards in the fourth quarter and overtime as the Gulls beat Dunmore 30-27.", "datePublished": "2025-12-21T20:12:00-05:00", "author": [{"@type": "Person", "name": art["author"]}], "publisher": {"@type": "Organization", "name": "Seawall Squawk"}})}
</head>
<body class="entry_template_standard entry-type-article">
<svg xmlns="http://www.w3.org/2000/svg" style="display:none"><symbol id="icon-facebook" viewBox="0 0 24 24"><path d="M0 0h24v24H0z"/></symbol><symbol id="icon-x" viewBox="0 0 24 24"><path d="M0 0h24v24H0z"/></symbol></svg>
<div class="l-root l-reskin">
<div class="l-header" data-cid="site/header">
<div class="c-network-nav" data-cid="site/network_nav"><a class="c-network-nav__logo" href="https://www.tidewatersports.example">Tidewater Sports Network</a><ul class="c-network-nav__list"><li><a href="https://www.tidewatersports.example/football">Football</a></li><li><a href="https://www.tidewatersports.example/basketball">Basketball</a></li><li><a href="https://www.tidewatersports.example/all-teams">All 140 team sites</a></li></ul></div>
<header class="c-global-header"><div class="c-global-header__logo"><a href="{site}/"><img src="https://cdn.seawallsquawk.example/uploads/chorus_asset/file/seawall-squawk-logo.svg" alt="Seawall Squawk, a Harbor City Gulls community"></a></div><nav class="c-global-header__nav"><ul class="c-nav-list" data-cid="site/navigation">{nav}</ul></nav><div class="c-global-header__search"><form action="{site}/search" class="c-search" role="search"><input name="q" type="text" placeholder="Search" aria-label="Search"></form></div><div class="c-global-header__login"><a class="c-global-header__login-link" href="{site}/account/login">Login</a><a class="c-global-header__signup-link" href="{site}/account/register">Sign Up</a></div></header>
</div>
<main id="content" class="l-main-content">
<div class="l-segment l-col__main">
<article class="l-article">
<div class="c-entry-hero c-entry-hero--default">
<div class="c-entry-group-labels"><ul class="c-entry-group-labels__list"><li class="c-entry-group-labels__item"><a href="{site}/gulls-game-recaps"><span>Gulls Game Recaps</span></a></li></ul></div>
<h1 class="c-page-title">{e(art["title"])}</h1>
<h2 class="c-entry-summary p-dek">Devin Okafor was at his best when it mattered most, and Harbor City's season lives on for at least another week.</h2>
<div class="c-byline" data-cid="site/byline"><span class="c-byline__item"><span class="c-byline__author-name">By <a href="{site}/authors/marcus-delaney">{e(art["author"])}</a></span><span class="c-byline__twitter-handle"><a href="https://x.example/MDelaneyGulls">@MDelaneyGulls</a></span></span><span class="c-byline__item"><time class="c-byline__item" data-ui="timestamp-container" datetime="2025-12-21T20:12:00-05:00">Dec 21, 2025, 8:12pm EST</time></span></div>
<div class="c-social-buttons c-social-buttons--popover" data-cid="site/social_buttons_list/popover"><a class="c-social-buttons__item c-social-buttons__facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}" data-analytics-social="facebook"><svg class="p-svg-icon"><use xlink:href="#icon-facebook"></use></svg><span class="sr-only">Share this story on Facebook</span></a><a class="c-social-buttons__item c-social-buttons__x" href="https://x.example/intent/tweet?url={url}" data-analytics-social="x"><svg class="p-svg-icon"><use xlink:href="#icon-x"></use></svg><span class="sr-only">Share this story on X</span></a><a class="c-social-buttons__item c-social-buttons__more" href="#"><span class="sr-only">Share All sharing options for: {e(art["title"])}</span></a></div>
<div class="c-entry-hero__image"><div class="e-image e-image--hero"><span class="e-image__inner"><span class="e-image__image" data-original="https://cdn.seawallsquawk.example/uploads/chorus_image/image/74411902/okafor_td.0.jpg"><picture class="c-picture"><img alt="Dunmore Foxes v Harbor City Gulls" src="https://cdn.seawallsquawk.example/thumbor/okafor_td_1200x800.jpg"></picture></span></span><div class="e-image__meta"><figcaption>Devin Okafor (8) celebrates the winning touchdown with Jalen Price in overtime at Seawall Stadium.</figcaption><cite>Photo by Kira Vance/Tidewater Images</cite></div></div></div>
</div>
<div class="c-entry-content ">
{body}
</div>
<div class="c-entry-group-labels c-entry-group-labels--footer"><span class="c-entry-group-labels__label">Filed under:</span><ul><li><a href="{site}/gulls-game-recaps">Gulls Game Recaps</a></li><li><a href="{site}/gulls-news">Gulls News</a></li></ul></div>
<div class="c-newsletter_signup_box" data-cid="site/newsletter_signup_box"><h3 class="c-newsletter_signup_box__title">Sign up for the newsletter Gulls Daily Roundup</h3><p class="c-newsletter_signup_box__dek">A daily roundup of Harbor City Gulls news from Seawall Squawk, delivered to your inbox every morning.</p><form class="c-newsletter_signup_box__form"><input type="email" placeholder="Email (required)" aria-label="Email"><button type="submit">Subscribe</button></form><p class="c-newsletter_signup_box__legal">By submitting your email, you agree to our Terms and Privacy Notice. You can opt out at any time.</p></div>
<div class="c-entry-comments" id="comments"><h3>Comments</h3><p>Join the discussion: 214 comments on this story. You must be a member of Seawall Squawk to comment.</p><button class="c-comments-button">View all 214 comments</button></div>
</article>
</div>
<div class="l-col__sidebar"><div id="dfp_ad_sidebar" class="dfp_ad dfp_ad--sidebar"><div class="dfp_ad__inner"><span class="dfp_ad__label">Advertisement</span></div></div><div class="c-rock-list" data-cid="site/rock_list"><h2 class="c-rock-list__title">Latest Fanposts</h2><ul>{fanposts}</ul><a class="c-rock-list__more" href="{site}/fanposts">Write a Fanpost</a></div></div>
<section class="c-compact-river" data-cid="site/river"><h2 class="c-compact-river__heading">More From Seawall Squawk</h2>{river}</section>
</main>
<footer class="c-footer"><div class="c-footer__logo">Seawall Squawk, a Harbor City Gulls community</div><ul class="c-footer__links"><li><a href="{site}/about">About Seawall Squawk</a></li><li><a href="{site}/masthead">Masthead</a></li><li><a href="https://www.tidewatersports.example/terms">Terms of Use</a></li><li><a href="https://www.tidewatersports.example/privacy">Privacy Notice</a></li><li><a href="https://www.tidewatersports.example/cookies">Cookie Policy</a></li></ul><p class="c-footer__legal">Seawall Squawk is not affiliated with the Harbor City Gulls. &copy; 2025 Tidewater Sports Network. All Rights Reserved.</p></footer>
<div class="c-consent-banner" role="dialog"><p>We and our partners use cookies to personalize content and ads and to understand how you use our sites. By clicking Accept, you agree to this use.</p><button>Accept</button><button>Manage Settings</button></div>
</div>
</body>
</html>
"""


def localtv(art):
    """WorldNow-like local TV station platform (``wn`` classes, ``WNStoryBody``)."""
    site = "https://www.kcgx12.example"
    path = "/story/49821733/brush-fire-near-cedar-gap-forces-evacuation-of-about-40-homes"
    url = site + path
    ps = art["paragraphs"]
    upd, rest = ps[0].split(": ", 1)
    body = "\n".join(
        [
            f"<p><strong>{e(upd)}:</strong> {e(rest)}</p>",
            f"<p>{e(ps[1])}</p>",
            f"<p>{e(ps[2])}</p>",
            '<p><strong>RELATED:</strong> <a href="/story/49790210/red-flag-warning-issued-for-tolland-county-hills">Red flag warning issued for Tolland County hills through Thursday</a></p>',
            f"<p>{e(ps[3])}</p>",
            '<div class="wnAd wnAdInline" id="WNAd52"><div class="wnAdLabel">Advertisement</div><script>wnAd.write("52","728x90");</script></div>',
            f"<p>{e(ps[4])}</p>",
            f"<p><strong>{e(ps[5][3:])}</strong></p>",
            f"<p>{e(ps[6])}</p>",
            f"<p>{e(ps[7])}</p>",
            f"<p>{e(ps[8])}</p>",
            "<p><em>Download the KCGX 12 News app and turn on notifications to get breaking news alerts as they happen.</em></p>",
            '<p class="wnCopyright">Copyright 2025 KCGX. All rights reserved.</p>',
        ]
    )
    nav = "".join(
        f'<li class="wnNavItem{" wnNavItemSelected" if t == "News" else ""}"><a href="{site}/{h}" class="wnNavLink">{t}</a></li>'
        for h, t in [
            ("category/208603/news", "News"),
            ("category/208604/weather", "Weather"),
            ("category/208605/traffic", "Traffic"),
            ("category/208606/sports", "Sports"),
            ("category/208607/12-on-your-side", "12 On Your Side"),
            ("category/208608/community", "Community"),
            ("category/208609/contests", "Contests"),
        ]
    )
    headlines = "".join(
        f'<li class="wnHeadlineItem"><a href="{site}/story/{n}/{s}" class="wnHeadlineLink">{e(t)}</a><p class="wnHeadlineSummary">{e(x)}</p><span class="wnHeadlineDate">{d}</span></li>'
        for n, s, t, x, d in [
            (
                49821540,
                "cedar-gap-school-board-bond",
                "Cedar Gap school board puts $38 million bond on November ballot",
                "The money would pay for a new roof and heating system at Cedar Gap High School and two new classroom wings.",
                "Sep 17, 2025 2:40 PM",
            ),
            (
                49821102,
                "route-8-overnight-paving",
                "Overnight paving on Route 8 begins next week",
                "Drivers should expect single-lane closures between 9 p.m. and 5 a.m. near the county fairgrounds through early October.",
                "Sep 17, 2025 11:05 AM",
            ),
            (
                49820877,
                "tolland-county-fair-attendance",
                "Tolland County Fair sets attendance record in its 110th year",
                "More than 96,000 people passed through the gates over 10 days, about 8,000 more than last year, organizers said.",
                "Sep 16, 2025 6:22 PM",
            ),
        ]
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{e(art["title"])} - KCGX 12 News - Tolland County, News, Weather</title>
<meta name="description" content="A brush fire burning in the hills above Cedar Gap forced the evacuation of about 40 homes Wednesday afternoon." />
<meta name="keywords" content="brush fire, Cedar Gap, evacuation, Tolland County Fire District" />
<link rel="canonical" href="{url}" />
<meta property="og:title" content="{e(art["title"])}" />
<meta property="og:site_name" content="KCGX 12 News" />
<meta property="og:type" content="article" />
<link rel="stylesheet" type="text/css" href="/global/interface/css/wnglobal.css?v=2025.09" />
<link rel="stylesheet" type="text/css" href="/global/affiliate/kcgx/css/affiliate.css?v=2025.09" />
<script type="text/javascript">var wng_pageInfo = {{"affiliate":"KCGX","affiliateNumber":"1192","containerId":"208603","containerType":"C","contentId":"49821733","contentType":"story","baseUrl":"{site}"}};</script>
<script type="text/javascript" src="/global/interface/js/wnlib.js?v=2025.09"></script>
<script type="text/javascript" src="/global/interface/js/wnad.js?v=2025.09"></script>
</head>
<body class="wnAffiliate-KCGX wnContentType-story">
<div id="WNWrapper">
<div id="WNHeader" class="wnHeader">
  <div id="WNAffiliateLogo"><a href="{site}/"><img src="/global/affiliate/kcgx/images/kcgx12-logo.png" alt="KCGX 12 News" width="220" height="60" /></a></div>
  <div id="WNHeaderWeather" class="wnWeatherMini"><span class="wnWeatherTemp">78&deg;</span><span class="wnWeatherCond">Windy</span><span class="wnWeatherLoc">Cedar Gap</span><a href="{site}/category/208604/weather">7-Day Forecast</a></div>
  <div id="WNHeaderLinks"><a href="{site}/category/208610/watch-live" class="wnWatchLive">Watch Live</a> <a href="{site}/category/208611/closings">Closings &amp; Delays</a> <a href="{site}/category/208612/newsletters">Newsletters</a></div>
  <form id="WNSearchForm" action="{site}/search" method="get"><input type="text" name="qu" class="wnSearchText" value="" /><input type="submit" value="Search" class="wnSearchButton" /></form>
  <ul id="WNNav" class="wnNav">{nav}</ul>
</div>
<div id="WNBreaking" class="wnBreakingNews"><span class="wnBreakingLabel">WEATHER ALERT</span> <a href="{site}/story/49790210/red-flag-warning">Red Flag Warning in effect for the Tolland County hills until 8 p.m. Thursday</a></div>
<div id="WNColumns">
<div id="WNCol23" class="wnCol23">
<div id="WNContainerStory" class="wnContainer wnStory">
  <div id="WNStoryHeader">
    <h1 id="WNStoryHeadline" class="wnStoryHeadline">{e(art["title"])}</h1>
    <div id="WNByline" class="wnByline"><span class="wnAuthor">By {e(art["author"])}</span><br /><span class="wnDate" id="WNPostedDate">Posted: Sep 17, 2025 4:12 PM PDT</span><br /><span class="wnDate" id="WNUpdatedDate">Updated: Sep 17, 2025 7:15 PM PDT</span></div>
    <div id="WNStoryUtils" class="wnStoryUtils"><a href="#" class="wnShareFacebook">Share on Facebook</a> <a href="#" class="wnShareX">Share on X</a> <a href="mailto:?subject={e(art["title"])}&amp;body={url}" class="wnEmail">Email</a> <a href="javascript:window.print()" class="wnPrint">Print</a></div>
  </div>
  <div id="WNVideoPlayer" class="wnVideoPlayer"><div class="wnVideoPoster"><img src="/global/video/49821733-poster.jpg" alt="" width="640" height="360" /></div><div class="wnVideoCaption">Chopper 12 over the Cedar Gap brush fire Wednesday afternoon</div><noscript><p>Your browser does not support JavaScript, which is required to view this video.</p></noscript></div>
  <div id="WNStoryBody" class="wnStoryBody">
{body}
  </div>
  <div id="WNStoryRelatedBox" class="wnStoryRelated"><h3>Related Coverage</h3><ul><li><a href="{site}/story/49790210/red-flag-warning">Red flag warning issued for Tolland County hills through Thursday</a></li><li><a href="{site}/story/49655120/how-to-prepare-go-bag">How to pack a go-bag before wildfire season</a></li></ul></div>
  <div id="WNStoryFeedback" class="wnFeedback"><p>See a spelling or grammatical error in our story? Please include the headline and <a href="mailto:newsdesk@kcgx12.example">email the newsroom</a>.</p></div>
</div>
</div>
<div id="WNCol4" class="wnCol4">
  <div class="wnAd wnAdRail" id="WNAd41"><div class="wnAdLabel">Advertisement</div><script>wnAd.write("41","300x250");</script></div>
  <div id="WNWeatherBox" class="wnWeatherBox"><h3>First Alert Weather</h3><p class="wnWeatherSummary">Gusty winds continue through Thursday evening, with humidity as low as 9 percent in the hills. Cooler air arrives over the weekend.</p><a href="{site}/category/208604/weather">Full forecast</a></div>
  <div id="WNHeadlines" class="wnHeadlines"><h3>Top Stories</h3><ul>{headlines}</ul></div>
  <div id="WNAppPromo" class="wnPromo"><h3>Get the KCGX 12 app</h3><p>Watch newscasts live, get First Alert weather warnings and send us your photos and videos from wherever you are.</p></div>
</div>
</div>
<div id="WNFooter" class="wnFooter">
  <ul class="wnFooterLinks"><li><a href="{site}/category/208620/contact-us">Contact Us</a></li><li><a href="{site}/category/208621/jobs">Jobs at KCGX</a></li><li><a href="{site}/category/208622/advertise">Advertise with us</a></li><li><a href="{site}/category/208623/fcc-public-file">FCC Public File</a></li><li><a href="{site}/category/208624/eeo-report">EEO Report</a></li><li><a href="{site}/category/208625/closed-captioning">Closed Captioning</a></li><li><a href="{site}/privacy">Privacy Policy</a></li></ul>
  <p class="wnFooterAddress">KCGX 12, 2200 Valley View Road, Tolland, CA. Newsroom: (555) 012-1212</p>
  <p class="wnFooterCopyright">All content &copy; Copyright 2000 - 2025 KCGX. All Rights Reserved. For more information on this site, please read our Privacy Policy and Terms of Service.</p>
</div>
</div>
</body>
</html>
"""


LAYOUTS_H29 = {
    "h29-01-assamese": ("h29_assamese", assamese),
    "h29-02-uyghur": ("h29_uyghur", uyghur),
    "h29-03-dhivehi": ("h29_dhivehi", dhivehi),
    "h29-04-oromo": ("h29_oromo", oromo),
    "h29-05-chichewa": ("h29_chichewa", chichewa),
    "h29-06-citydaily": ("h29_citydaily", citydaily),
    "h29-07-bizwire": ("h29_bizwire", bizwire),
    "h29-08-sportsblog": ("h29_sportsblog", sportsblog),
    "h29-09-localtv": ("h29_localtv", localtv),
}
